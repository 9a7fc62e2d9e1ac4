"""Pacing: sends per second (RateLimiter) and the rolling 24-hour quota (DailyQuota).

The clock is injected so tests run on a fake clock instead of sleeping. DailyQuota
counts one process's sends; a runner uses ``quota.SharedQuota``, which shares the
quota of an account with every process and campaign through the journal.

RateLimiter hands out evenly spaced slots (1/rate apart, scheduled from the
previous slot, not from when the caller woke up, so sleep overshoot does not make
the long-run rate drift). Slots missed while no worker could take them (a stall of
the machine) may be taken late, up to ``CATCH_UP`` seconds' worth: a short stall
then costs no throughput. A sliding-window guard on the actual grant times then
makes sure no one-second window ever holds more than ``floor(rate)`` grants (or,
below 1/s, that grants are at least 1/rate apart), even when a late wake-up lets
slots bunch together. The guard's window is a few milliseconds longer than a second
(``MARGIN``), so the jitter between a grant and the request leaving the machine
cannot push a window over the limit as the service measures it.
"""

from __future__ import annotations

import math
import threading
import time
from collections import deque
from collections.abc import Iterable
from typing import Protocol

DAY = 24 * 60 * 60.0
MARGIN = 0.008  # seconds: room for thread and GIL jitter; costs 0.8% of the rate at most
EASE_FLOOR = 0.25
# Seconds of missed slots that may still be taken: the window guard still holds every
# one-second window to the rate, and after a throttle (ease) nothing is made up.
CATCH_UP = 0.25


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


class RateLimiter:
    """Grants at most ``rate`` sends per second; ``rate == 0`` means unlimited.

    Thread-safe: many workers call ``acquire`` at once.
    """

    def __init__(self, rate: float, clock: Clock = SYSTEM_CLOCK) -> None:
        self._clock = clock
        self._lock = threading.Lock()
        self._next_slot = -math.inf
        self._base_rate = max(0.0, rate)
        self._eased_until = 0.0
        self._ease_factor = 1.0
        self._grants: deque[float] = deque()

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

    def ease(self, factor: float, seconds: float) -> None:
        """Run at ``factor`` x the rate for ``seconds`` (after the service throttled us).

        Repeated throttling while eased compounds (down to EASE_FLOOR); a single one
        costs little, so one stray 429 does not slow a whole campaign."""
        with self._lock:
            now = self._clock.monotonic()
            current = self._ease_factor if now < self._eased_until else 1.0
            self._ease_factor = max(EASE_FLOOR, current * factor)
            self._eased_until = now + seconds
            self._next_slot = max(self._next_slot, now)  # throttled: make nothing up

    def acquire(self, interrupt: threading.Event | None = None) -> bool:
        """Block until a send may start. False if ``interrupt`` was set while waiting."""
        slot = self._reserve_slot()
        if slot is None:
            return not (interrupt and interrupt.is_set())
        if not self._clock.sleep(slot - self._clock.monotonic(), interrupt):
            return False
        while True:
            wait = self._try_grant()
            if wait <= 0:
                return True
            if not self._clock.sleep(wait, interrupt):
                return False

    def _effective_rate(self, now: float) -> float:
        if now < self._eased_until:
            return self._base_rate * self._ease_factor
        return self._base_rate

    def _reserve_slot(self) -> float | None:
        with self._lock:
            now = self._clock.monotonic()
            rate = self._effective_rate(now)
            if rate <= 0:
                return None
            if self._next_slot == -math.inf:
                self._next_slot = now  # the first send: nothing to make up
            slot = max(now - CATCH_UP, self._next_slot)
            self._next_slot = slot + 1.0 / rate
            return slot

    def _try_grant(self) -> float:
        """Record a grant and return 0, or return how long to wait for the window."""
        with self._lock:
            now = self._clock.monotonic()
            rate = self._effective_rate(now)
            if rate <= 0:
                return 0.0
            burst, window = _window(rate)
            # Same expression as the wait below, so float rounding cannot make them disagree.
            while self._grants and self._grants[0] + window <= now:
                self._grants.popleft()
            if len(self._grants) >= burst:
                return self._grants[-burst] + window - now
            self._grants.append(now)
            return 0.0


def _window(rate: float) -> tuple[int, float]:
    """How many grants a window may hold, and the window's length in seconds."""
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
