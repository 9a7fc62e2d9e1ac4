from __future__ import annotations

import itertools
import math
import threading

import pytest

from mailer.sending.throttle import DAY, DailyQuota, RateLimiter
from tests.fakeclock import FakeClock


def _grant_times(rate: float, n: int, clock: FakeClock) -> list[float]:
    limiter = RateLimiter(rate, clock)
    times = []
    for _ in range(n):
        assert limiter.acquire()
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


def test_ease_lowers_the_rate_for_a_while_then_restores_it() -> None:
    clock = FakeClock()
    limiter = RateLimiter(10, clock)
    limiter.ease(0.5, 10.0)
    assert limiter.rate == 5
    clock.advance(10.5)
    assert limiter.rate == 10


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
        times.append(clock.monotonic())
    assert _max_in_window(times) <= 10
    # 60 grants at 10/s take 5.9 s from the first; without making up the stall they
    # took 6.1 s. (The window guard's margin keeps a few ms of it.)
    assert 5.9 <= times[-1] - times[0] < 5.96
    assert times[0] == 0.0  # the first send is not a burst of made-up slots


def test_a_long_stall_is_made_up_only_in_part_and_a_throttle_not_at_all() -> None:
    clock = FakeClock()
    limiter = RateLimiter(10, clock)
    limiter.acquire()
    clock.advance(5.0)  # far longer than CATCH_UP
    start = clock.monotonic()
    burst = 0
    while True:
        limiter.acquire()
        if clock.monotonic() > start:
            break
        burst += 1
    assert burst == 3  # 0.25 s of slots at 10/s, plus the one due now, minus the last
    clock.advance(1.0)
    limiter.ease(0.5, 10.0)
    after = clock.monotonic()
    limiter.acquire()
    limiter.acquire()
    assert clock.monotonic() == pytest.approx(after + 0.2)  # 5/s from now on, nothing owed
