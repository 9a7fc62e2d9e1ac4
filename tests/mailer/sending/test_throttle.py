from __future__ import annotations

import heapq
import itertools
import math
import random
import threading
from collections.abc import Callable

import pytest

from mailer.sending.throttle import DAY, EASE_FLOOR, MARGIN, DailyQuota, RateLimiter
from tests.fakeclock import FakeClock


def _grant_times(rate: float, n: int, clock: FakeClock) -> list[float]:
    limiter = RateLimiter(rate, clock)
    times = []
    for _ in range(n):
        assert limiter.acquire()
        limiter.left()  # the request goes out at once
        times.append(clock.monotonic())
    return times


def _max_in_window(times: list[float], window: float = 1.0) -> int:
    """The most grants in any half-open window [t - window, t) (1 ns of float slack)."""
    best, j = 0, 0
    for i, t in enumerate(times):
        while times[j] <= t - window + 1e-9:
            j += 1
        best = max(best, i - j + 1)
    return best


@pytest.mark.parametrize("rate", [0.5, 1, 14, 500])
@pytest.mark.parametrize("overshoot", [0.0, 0.0004])
def test_no_window_exceeds_the_rate_and_long_run_keeps_99_percent(
    rate: float, overshoot: float
) -> None:
    clock = FakeClock(overshoot=overshoot)
    n = int(rate * 120) + 1  # two minutes of sending
    times = _grant_times(rate, n, clock)
    allowed = max(1, math.floor(rate))
    window = 1.0 if rate >= 1 else 1.0 / rate
    assert _max_in_window(times, window) <= allowed
    achieved = (n - 1) / (times[-1] - times[0])
    assert achieved >= 0.99 * rate
    assert achieved <= rate * 1.0001


def test_fractional_rate_spaces_sends_two_seconds_apart() -> None:
    clock = FakeClock()
    times = _grant_times(0.5, 5, clock)
    gaps = [b - a for a, b in itertools.pairwise(times)]
    assert all(g == pytest.approx(2.0, abs=0.01) for g in gaps)


def test_zero_means_unlimited() -> None:
    clock = FakeClock()
    times = _grant_times(0, 1000, clock)
    assert times[-1] == 0.0 and clock.sleeps == 0


def test_rate_can_change_while_running() -> None:
    clock = FakeClock()
    limiter = RateLimiter(10, clock)
    for _ in range(50):
        limiter.acquire()
    start = clock.monotonic()
    limiter.rate = 2
    times = []
    for _ in range(21):
        limiter.acquire()
        times.append(clock.monotonic())
    assert (len(times) - 1) / (times[-1] - times[0]) == pytest.approx(2, rel=0.05)
    assert times[0] >= start


def test_a_lone_throttle_costs_a_small_short_ease_that_recovers_gradually() -> None:
    clock = FakeClock()
    limiter = RateLimiter(500, clock)
    assert limiter.throttled()
    assert limiter.rate == pytest.approx(495)  # 0.99 x
    clock.advance(0.9)
    assert limiter.rate == pytest.approx(495)  # held for one window of the service
    clock.advance(0.6)  # halfway up the one-second climb: no cliff
    assert limiter.rate == pytest.approx(497.5)
    clock.advance(0.6)
    assert limiter.rate == 500
    assert limiter.strikes == 1


def test_repeated_throttles_back_off_further_and_hold_longer() -> None:
    clock = FakeClock()
    limiter = RateLimiter(100, clock)
    limiter.throttled()
    clock.advance(0.5)
    limiter.throttled()  # again while the first is remembered
    assert limiter.strikes == 2
    second = limiter.rate
    assert second == pytest.approx(100 * 0.99 * 0.9)
    clock.advance(1.9)
    assert limiter.rate == pytest.approx(second)  # strike 2 holds 2 s, not 1
    limiter.throttled()
    assert limiter.strikes == 3
    assert limiter.rate == pytest.approx(second * 0.9)
    for _ in range(30):  # however many, the rate never falls below the floor
        clock.advance(0.1)
        limiter.throttled()
    assert limiter.rate >= 100 * EASE_FLOOR - 1e-9
    clock.advance(200.0)  # long quiet: full rate, and the next throttle is a first again
    assert limiter.rate == 100
    limiter.throttled()
    assert limiter.strikes == 1
    assert limiter.rate == pytest.approx(99)


def test_throttles_of_requests_granted_before_the_cut_are_one_episode() -> None:
    clock = FakeClock()
    limiter = RateLimiter(200, clock)
    granted = [clock.monotonic() + i * 0.001 for i in range(5)]
    clock.advance(0.06)  # their answers (429) come back after the request latency
    assert limiter.throttled(granted[0])
    for g in granted[1:]:  # the same overflowing moment: no further cut
        clock.advance(0.001)
        assert not limiter.throttled(g)
    assert limiter.strikes == 1
    assert limiter.rate == pytest.approx(198)
    clock.advance(0.2)
    assert limiter.throttled(clock.monotonic() - 0.05)  # granted after the cut: it counts
    assert limiter.strikes == 2


def test_acquire_returns_false_when_interrupted() -> None:
    clock = FakeClock()
    limiter = RateLimiter(1, clock)
    stop = threading.Event()
    assert limiter.acquire(stop)
    stop.set()
    assert not limiter.acquire(stop)


def test_real_clock_threads_share_the_rate() -> None:
    # A short real run: 4 threads at 50/s for ~1 s never put more than 50 in a second.
    import time

    limiter = RateLimiter(50)
    times: list[float] = []
    lock = threading.Lock()

    def work() -> None:
        for _ in range(15):
            limiter.acquire()
            with lock:
                times.append(time.monotonic())

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert _max_in_window(sorted(times)) <= 50


def test_daily_quota_counts_a_rolling_window() -> None:
    clock = FakeClock()
    quota = DailyQuota(3, [], clock=clock)
    assert quota.try_take() is None
    clock.advance(3600)
    assert quota.try_take() is None
    assert quota.try_take() is None
    free_at = quota.try_take()
    assert free_at == pytest.approx(clock.epoch + DAY)
    clock.advance(DAY - 3600)
    assert quota.try_take() is None  # the first send left the window
    assert quota.remaining() == 0


def test_daily_quota_seeded_from_log_and_account() -> None:
    clock = FakeClock()
    now = clock.time()
    quota = DailyQuota(10, [now - DAY - 1, now - 100, now - 50], extra_sent=5, clock=clock)
    assert quota.used() == 7  # the old entry is outside the window
    assert quota.remaining() == 3


def test_give_back_and_service_exhaustion() -> None:
    clock = FakeClock()
    quota = DailyQuota(None, [], clock=clock)
    assert quota.try_take() is None
    quota.give_back()
    assert quota.used() == 0
    until = quota.exhausted_by_service()
    assert quota.try_take() == until
    clock.advance(until - clock.time() + 1)
    assert quota.try_take() is None


def test_a_short_stall_is_made_up_without_overfilling_a_window() -> None:
    clock = FakeClock()
    limiter = RateLimiter(10, clock)
    times = []
    for n in range(60):
        if n == 20:
            clock.advance(0.2)  # the machine stalled: two slots went by unused
        assert limiter.acquire()
        limiter.left()
        times.append(clock.monotonic())
    assert _max_in_window(times) <= 10
    # 60 grants at 10/s take 5.9 s from the first; without making up the stall they
    # took 6.1 s. (The window guard's margin keeps a few ms of it.)
    assert 5.9 <= times[-1] - times[0] < 5.96
    assert times[0] == 0.0  # the first send is not a burst of made-up slots


def test_a_long_stall_is_made_up_only_as_far_as_one_window_allows() -> None:
    clock = FakeClock()
    limiter = RateLimiter(10, clock)
    limiter.acquire()
    limiter.left()
    clock.advance(5.0)  # far longer than CATCH_UP
    start = clock.monotonic()
    times = []
    while len(times) < 40:
        limiter.acquire()
        limiter.left()
        times.append(clock.monotonic())
    burst = sum(1 for t in times if t == start)
    assert burst == 10  # a full window's worth at once, no more
    assert _max_in_window(times) <= 10


def test_nothing_is_made_up_after_a_throttle() -> None:
    clock = FakeClock()
    limiter = RateLimiter(10, clock)
    limiter.acquire()
    clock.advance(1.0)
    limiter.throttled()
    after = clock.monotonic()
    limiter.acquire()
    limiter.acquire()
    # 9.9/s from now on, nothing owed for the second that went by
    assert clock.monotonic() == pytest.approx(after + 1 / 9.9)


def test_the_window_counts_a_request_from_when_it_left_not_from_its_grant() -> None:
    clock = FakeClock()
    limiter = RateLimiter(10, clock)
    assert limiter.acquire(worker="slow")  # granted at 0.0 ...
    clock.advance(0.3)
    assert limiter.left(worker="slow") == 0.0  # ... but it left only at 0.3
    for n in range(9):
        assert limiter.acquire(worker=n)
        limiter.left(worker=n)
    assert clock.monotonic() == pytest.approx(0.9)
    assert limiter.acquire(worker="next")
    # By grant times a window [0.0, 1.0 + margin) would be over: the 11th waits for
    # the slow one's window instead.
    assert clock.monotonic() == pytest.approx(0.3 + 1.0 + MARGIN)


def test_a_request_still_on_its_way_out_holds_its_place_in_the_window() -> None:
    clock = FakeClock()
    limiter = RateLimiter(1, clock)
    assert limiter.acquire(worker="a")
    polls = clock.sleeps
    # "a" has not left; "b" cannot be granted until it has (and then one window on).
    waiter = threading.Thread(target=limiter.acquire, kwargs={"worker": "b"})
    waiter.start()
    while clock.sleeps < polls + 3:  # b polls while a is in flight
        pass
    limiter.left(worker="a")
    waiter.join()
    assert clock.monotonic() >= 1.0 + MARGIN


def test_release_gives_the_place_back() -> None:
    clock = FakeClock()
    limiter = RateLimiter(1, clock)
    assert limiter.acquire(worker="a")
    limiter.release(worker="a")  # paused after the grant: nothing went out
    assert limiter.acquire(worker="b")
    assert clock.monotonic() == pytest.approx(1.0)  # the next slot, no window wait


class EventClock(FakeClock):
    """A fake clock that runs scheduled callbacks at their times while someone sleeps:
    workers whose requests leave later than their grant, in one thread, deterministic."""

    def __init__(self) -> None:
        super().__init__()
        self._events: list[tuple[float, int, Callable[[], None]]] = []
        self._seq = 0

    def at(self, when: float, action: Callable[[], None]) -> None:
        heapq.heappush(self._events, (when, self._seq, action))
        self._seq += 1

    def sleep(self, seconds: float, interrupt: threading.Event | None = None) -> bool:
        self.run_until(self.now + max(0.0, seconds))
        self.sleeps += 1
        return True

    def run_until(self, target: float) -> None:
        while self._events and self._events[0][0] <= target:
            when, _, action = heapq.heappop(self._events)
            self.now = max(self.now, when)
            action()
        self.now = max(self.now, target)


def _simulate(
    rate: float, seconds: float, *, workers: int, seed: int, throttle_every: float = 0.0
) -> tuple[list[float], RateLimiter]:
    """Workers send through the limiter; each request leaves after a random delay
    (mostly under a millisecond, sometimes 10-80 ms: a thread that lost the CPU) and
    arrives at the service up to MARGIN later. Returns the arrival times."""
    rng = random.Random(seed)
    clock = EventClock()
    limiter = RateLimiter(rate, clock)
    arrivals: list[float] = []
    ready = [(0.0, w) for w in range(workers)]  # (time the worker is free again, worker)
    next_throttle = throttle_every or math.inf
    while clock.now < seconds:
        free, w = heapq.heappop(ready)
        clock.run_until(free)
        if clock.now >= next_throttle:
            limiter.throttled()
            next_throttle += throttle_every
        assert limiter.acquire(worker=w)
        delay = rng.uniform(0.01, 0.08) if rng.random() < 0.03 else rng.uniform(0, 0.001)
        wire = clock.now + delay
        arrival = wire + rng.uniform(0, MARGIN * 0.99)

        def leave(w: int = w, arrival: float = arrival) -> None:
            limiter.left(worker=w)
            arrivals.append(arrival)

        clock.at(wire, leave)
        heapq.heappush(ready, (wire + 0.05, w))  # 50 ms until the answer
    clock.run_until(math.inf)
    return sorted(arrivals), limiter


@pytest.mark.parametrize("rate", [14, 100, 500])
@pytest.mark.parametrize("seed", [1, 2])
def test_late_leaving_requests_never_overfill_a_window_at_arrival(rate: int, seed: int) -> None:
    workers = max(4, math.ceil(rate * 0.05 * 1.5))
    arrivals, limiter = _simulate(rate, 20.0, workers=workers, seed=seed)
    assert _max_in_window(arrivals) <= rate
    assert (len(arrivals) - 1) / (arrivals[-1] - arrivals[0]) >= 0.98 * rate
    assert max(limiter.delays()) > 0.01  # the late ones were there


def test_throttles_and_rate_changes_never_overfill_a_window_at_arrival() -> None:
    arrivals, limiter = _simulate(300, 30.0, workers=23, seed=3, throttle_every=2.5)
    assert limiter.strikes > 2
    assert _max_in_window(arrivals) <= 300
