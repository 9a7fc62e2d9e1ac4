"""Pacing: sends per second (RateLimiter) and the rolling 24-hour quota (DailyQuota).

The clock is injected so tests run on a fake clock instead of sleeping. DailyQuota
counts one process's sends; a runner uses ``quota.SharedQuota``, which shares the
quota of an account with every process and campaign through the journal.

RateLimiter hands out evenly spaced slots (1/rate apart, scheduled from the
previous slot, not from when the caller woke up, so sleep overshoot does not make
the long-run rate drift). A sliding-window guard then makes sure no one-second
window at the service ever holds more than ``floor(rate)`` requests (or, below 1/s,
that requests are at least 1/rate apart).

The guard counts requests by when they *leave* (the caller reports it with
``left()``, just before the transport writes the request), not by when their slot
was granted: a thread that loses the CPU or the GIL between its grant and the wire
(tens of milliseconds on a busy desktop) would otherwise carry its request into the
next one-second window at the service. A granted request that has not left yet
counts as in the window. What is left between ``left()`` and the service's own
clock (a few Python steps, the network) is covered by the window being ``MARGIN``
longer than a second. The delay from grant to wire is recorded (``delays()``).

Slots missed while no worker could take them (a stall of the machine) may be taken
late, up to ``CATCH_UP`` seconds' worth: the guard lets through only what the
service's window has room for, so a stall costs no throughput when the machine
can catch up. After a throttle or a rate change nothing is made up.

A throttle (``throttled()``) eases the rate as its cause deserves (``EasePolicy``):
a lone one (a stall bunched requests up) costs a small cut for about a second; a
throttle while the previous one is still remembered cuts further and holds longer;
the rate then climbs back gradually, not in one step. Throttles of requests granted
before the last cut are echoes of the same moment and cut nothing more.
"""

from __future__ import annotations

import heapq
import math
import threading
import time
from collections import deque
from collections.abc import Hashable, Iterable
from dataclasses import dataclass
from typing import Protocol

DAY = 24 * 60 * 60.0
# Seconds added to the guard's one-second window: room for what lies between left()
# and the service's clock (the transport's last Python steps, network jitter). Costs
# 0.8% of the rate when the guard binds.
MARGIN = 0.008
EASE_FLOOR = 0.25
# Seconds of missed slots that may still be taken; the guard admits only what the
# service's one-second window has room for.
CATCH_UP = 1.0
# A granted request's thread has not reported leaving and the window is full of such
# requests: look again after this long.
IN_FLIGHT_POLL = 0.001
DELAY_SAMPLES = 2000  # grant-to-wire delays kept for delays()


class Clock(Protocol):
    def monotonic(self) -> float: ...

    def time(self) -> float: ...

    def sleep(self, seconds: float, interrupt: threading.Event | None = None) -> bool:
        """Sleep; return False early if ``interrupt`` is set."""
        ...


class SystemClock:
    def monotonic(self) -> float:
        return time.monotonic()

    def time(self) -> float:
        return time.time()

    def sleep(self, seconds: float, interrupt: threading.Event | None = None) -> bool:
        if seconds <= 0:
            return not (interrupt and interrupt.is_set())
        if interrupt is None:
            time.sleep(seconds)
            return True
        return not interrupt.wait(seconds)


SYSTEM_CLOCK: Clock = SystemClock()


@dataclass(frozen=True)
class EasePolicy:
    """How far and how long the rate eases after the service throttles.

    Strike k (throttles less than ``memory`` seconds apart count up; a quieter gap
    starts again at 1) multiplies the rate in force by ``first`` (k = 1) or
    ``further`` (k > 1), holds it ``hold * 2**(k-1)`` seconds (at most ``max_hold``),
    then climbs back to the full rate in a straight line over ``recover * 2**(k-1)``
    seconds (at most ``max_recover``).
    """

    # A lone throttle on an account we pace exactly is a request that reached the
    # service late (the machine stalled it): 1% for about two seconds costs 0.2% of a
    # ten-second burst. Repeats mean the rate itself is too high (another sender on
    # the account, a lower limit than reported): 10% more each time, held longer.
    first: float = 0.99
    further: float = 0.9
    hold: float = 1.0  # one window of the service: what bunched up has left it by then
    recover: float = 1.0
    memory: float = 10.0
    max_hold: float = 30.0
    max_recover: float = 60.0
    floor: float = EASE_FLOOR


class _Ease:
    """The rate factor after throttles, as a function of time (see EasePolicy)."""

    def __init__(self, policy: EasePolicy) -> None:
        self.policy = policy
        self.strikes = 0
        self.cut_at = -math.inf
        self._cut = 1.0
        self._hold = 0.0
        self._recover = 0.0

    def factor(self, now: float) -> float:
        since = now - self.cut_at
        if since < self._hold:
            return self._cut
        climb = since - self._hold
        if climb >= self._recover:
            return 1.0
        return self._cut + (1.0 - self._cut) * climb / self._recover

    def strike(self, now: float, granted_at: float | None) -> bool:
        """A throttle at ``now`` of a request granted at ``granted_at``; False if it was
        an echo of the last cut (granted before it) and changed nothing."""
        if granted_at is not None and granted_at < self.cut_at:
            return False
        p = self.policy
        current = self.factor(now)
        self.strikes = self.strikes + 1 if now - self.cut_at < p.memory else 1
        scale = 2.0 ** (self.strikes - 1)
        self._cut = max(p.floor, current * (p.first if self.strikes == 1 else p.further))
        self._hold = min(p.max_hold, p.hold * scale)
        self._recover = min(p.max_recover, p.recover * scale)
        self.cut_at = now
        return True


class RateLimiter:
    """Grants at most ``rate`` sends per second; ``rate == 0`` means unlimited.

    Thread-safe: many workers call ``acquire`` at once. Each worker thread, once
    granted, reports ``left()`` when its request goes out (or ``release()`` if it
    will not send); its next ``acquire`` counts a grant it never reported as left then.
    """

    def __init__(
        self, rate: float, clock: Clock = SYSTEM_CLOCK, *, ease: EasePolicy | None = None
    ) -> None:
        self._clock = clock
        self._lock = threading.Lock()
        self._next_slot = -math.inf
        self._base_rate = max(0.0, rate)
        self._ease = _Ease(ease or EasePolicy())
        self._left: list[float] = []  # min-heap: when granted requests left
        self._in_flight: dict[Hashable, float] = {}  # sender -> grant time, not left yet
        self._delays: deque[float] = deque(maxlen=DELAY_SAMPLES)

    @property
    def rate(self) -> float:
        """The rate in force now (lowered for a while after throttling)."""
        with self._lock:
            return self._effective_rate(self._clock.monotonic())

    @rate.setter
    def rate(self, value: float) -> None:
        with self._lock:
            self._base_rate = max(0.0, value)
            self._next_slot = max(self._next_slot, self._clock.monotonic())

    @property
    def base_rate(self) -> float:
        return self._base_rate

    @property
    def strikes(self) -> int:
        """Throttles in the current run of them (0: never throttled)."""
        return self._ease.strikes

    def throttled(self, granted_at: float | None = None) -> bool:
        """The service throttled a request granted at ``granted_at`` (monotonic; None:
        unknown): ease the rate (EasePolicy). Returns False if the throttle was an echo
        of the last one (the request was granted before that cut) and changed nothing."""
        with self._lock:
            now = self._clock.monotonic()
            if not self._ease.strike(now, granted_at):
                return False
            self._next_slot = max(self._next_slot, now)  # throttled: make nothing up
            return True

    def acquire(self, interrupt: threading.Event | None = None, *, worker: Hashable = None) -> bool:
        """Block until a send may start. False if ``interrupt`` was set while waiting.

        ``worker`` names the sender whose grant this is (default: the calling thread);
        a sender has at most one grant in flight."""
        me = _worker(worker)
        slot = self._reserve_slot(me)
        if slot is None:
            return not (interrupt and interrupt.is_set())
        if not self._clock.sleep(slot - self._clock.monotonic(), interrupt):
            return False
        while True:
            wait = self._try_grant(me)
            if wait <= 0:
                return True
            if not self._clock.sleep(wait, interrupt):
                return False

    def left(self, *, worker: Hashable = None) -> float | None:
        """This sender's granted request is going out now: the guard counts it from
        here. Returns its grant time (monotonic), None if it had no grant."""
        me = _worker(worker)
        with self._lock:
            return self._leave(me, self._clock.monotonic())

    def release(self, *, worker: Hashable = None) -> None:
        """This sender's grant will not be used (paused, stopped): nothing left."""
        with self._lock:
            self._in_flight.pop(_worker(worker), None)

    @property
    def in_flight(self) -> int:
        """Granted requests not reported as left (nor released) yet."""
        with self._lock:
            return len(self._in_flight)

    def delays(self) -> list[float]:
        """Recent grant-to-wire delays in seconds (the last DELAY_SAMPLES)."""
        with self._lock:
            return list(self._delays)

    def _leave(self, me: Hashable, now: float) -> float | None:
        granted = self._in_flight.pop(me, None)
        if granted is not None:
            heapq.heappush(self._left, now)
            self._delays.append(now - granted)
        return granted

    def _effective_rate(self, now: float) -> float:
        return self._base_rate * self._ease.factor(now)

    def _reserve_slot(self, me: Hashable) -> float | None:
        with self._lock:
            now = self._clock.monotonic()
            self._leave(me, now)  # an earlier grant never reported: it has left by now
            rate = self._effective_rate(now)
            if rate <= 0:
                return None
            if self._next_slot == -math.inf:
                self._next_slot = now  # the first send: nothing to make up
            slot = max(now - CATCH_UP, self._next_slot)
            self._next_slot = slot + 1.0 / rate
            return slot

    def _try_grant(self, me: Hashable) -> float:
        """Record a grant and return 0, or return how long to wait for the window."""
        with self._lock:
            now = self._clock.monotonic()
            rate = self._effective_rate(now)
            if rate <= 0:
                return 0.0
            burst, window = _window(rate)
            left = self._left
            # Same expression as the wait below, so float rounding cannot make them disagree.
            while left and left[0] + window <= now:
                heapq.heappop(left)
            excess = len(left) + len(self._in_flight) - burst + 1
            if excess > 0:
                if excess > len(left):  # the window is full of requests not out yet
                    return IN_FLIGHT_POLL
                oldest = left[0] if excess == 1 else heapq.nsmallest(excess, left)[-1]
                return oldest + window - now
            self._in_flight[me] = now
            return 0.0


def _worker(worker: Hashable) -> Hashable:
    return threading.get_ident() if worker is None else worker


def _window(rate: float) -> tuple[int, float]:
    """How many requests a window may hold, and the window's length in seconds."""
    if rate >= 1.0:
        return math.floor(rate), 1.0 + MARGIN
    return 1, 1.0 / rate + MARGIN


class DailyQuota:
    """The rolling 24-hour quota; ``limit=None`` means unlimited.

    ``sent_times`` are the epoch times of sends this app logged in the last 24 hours;
    ``extra_sent`` counts sends the account reports beyond those (their times are
    unknown, so they are taken as happening now: the safe assumption).
    """

    def __init__(
        self,
        limit: int | None,
        sent_times: Iterable[float] = (),
        *,
        extra_sent: int = 0,
        clock: Clock = SYSTEM_CLOCK,
    ) -> None:
        self._clock = clock
        self._lock = threading.Lock()
        self.limit = limit
        now = clock.time()
        self._times: deque[float] = deque(sorted(t for t in sent_times if t > now - DAY))
        for _ in range(max(0, extra_sent)):
            self._times.append(now)
        self._full_until = 0.0

    def used(self) -> int:
        with self._lock:
            self._prune(self._clock.time())
            return len(self._times)

    def remaining(self) -> int | None:
        if self.limit is None:
            return None
        return max(0, self.limit - self.used())

    def try_take(self) -> float | None:
        """Take one send: None if taken, else the epoch time when to try again."""
        with self._lock:
            now = self._clock.time()
            self._prune(now)
            if now < self._full_until:
                return self._full_until
            if self.limit is None or len(self._times) < self.limit:
                self._times.append(now)
                return None
            # A limit of 0 has no send to wait for: try again in a day, never IndexError.
            return self._times[0] + DAY if self._times else now + DAY

    def give_back(self) -> None:
        """Undo the latest take: the send never reached the service."""
        with self._lock:
            if self._times:
                self._times.pop()

    def exhausted_by_service(self, retry_at: float | None = None) -> float:
        """The service said the quota is used up: hold off until ``retry_at`` or
        until our oldest logged send leaves the window (at most an hour from now)."""
        with self._lock:
            now = self._clock.time()
            self._prune(now)
            oldest = self._times[0] + DAY if self._times else now + 3600
            self._full_until = retry_at or min(oldest, now + 3600)
            return self._full_until

    def _prune(self, now: float) -> None:
        while self._times and self._times[0] <= now - DAY:
            self._times.popleft()
