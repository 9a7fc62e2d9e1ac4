"""A clock that only moves when someone sleeps on it: throttle tests without real waits."""

from __future__ import annotations

import threading


class FakeClock:
    def __init__(self, start: float = 1_700_000_000.0, overshoot: float = 0.0) -> None:
        self.now = 0.0
        self.epoch = start
        self.overshoot = overshoot  # every sleep lasts this much longer, like a real OS
        self.sleeps = 0

    def monotonic(self) -> float:
        return self.now

    def time(self) -> float:
        return self.epoch + self.now

    def sleep(self, seconds: float, interrupt: threading.Event | None = None) -> bool:
        if interrupt is not None and interrupt.is_set():
            return False
        if seconds > 0:
            self.now += seconds + self.overshoot
            self.sleeps += 1
        return True

    def advance(self, seconds: float) -> None:
        self.now += seconds
