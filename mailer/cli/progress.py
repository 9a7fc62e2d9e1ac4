"""The live progress bar of `mailer send` / `resume` and the closing summary.

The bar counts the messages to send: rows skipped (invalid, duplicate, suppressed,
unverified) are neither done nor left, they are named beside it. The time left is the
rows left over a smoothed send rate (an exponential moving average with a time constant
of ``ETA_SMOOTHING`` seconds), so it does not jump with every burst or pause.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

from mailer.sending.progress import Progress as RunProgress
from mailer.states import CampaignStatus, RowState, describe

ETA_SMOOTHING = 10.0  # seconds: the time constant of the rate the ETA is computed from


def _describe(p: RunProgress, eta_seconds: float | None) -> str:
    failed = p.counts.get(RowState.FAILED, 0)
    skipped = p.counts.get(RowState.SKIPPED, 0)
    rate = f"{p.rate:.1f}/s" + (f" of {p.max_rate:g}/s" if p.max_rate else "")
    eta = f"ETA {_duration(eta_seconds)}" if eta_seconds is not None else ""
    state = str(p.status)
    if p.status is CampaignStatus.WAITING_QUOTA and p.waiting_until:
        state = "waiting for quota until " + clock_time(p.waiting_until)
    elif p.status is CampaignStatus.PAUSED and p.reason:
        state = describe(p.reason)
    elif p.retrying:
        state = "retrying"
    parts = (rate, eta, f"failed {failed}", f"skipped {skipped}" if skipped else "", state)
    return "  ".join(x for x in parts if x)


def to_send(p: RunProgress) -> tuple[int, int]:
    """(done, total) of the messages to send: skipped rows are neither."""
    total = p.total - p.counts.get(RowState.SKIPPED, 0)
    return max(0, total - p.remaining), total


class SmoothEta:
    """Time left from an exponentially smoothed send rate (time constant ``span``)."""

    def __init__(self, span: float = ETA_SMOOTHING, clock: Callable[[], float] = time.monotonic):
        self.span = span
        self._clock = clock
        self._rate: float | None = None
        self._at = 0.0

    def update(self, p: RunProgress) -> float | None:
        now = self._clock()
        measured = p.rate or p.max_rate  # nothing measured yet: the pace it may keep
        if p.status in (CampaignStatus.WAITING_QUOTA, CampaignStatus.PAUSED) or measured <= 0:
            return p.eta_seconds if self._rate is None else self._left(p)
        if self._rate is None:
            self._rate = measured
        else:
            weight = 1 - math.exp(-max(0.0, now - self._at) / self.span)
            self._rate += weight * (measured - self._rate)
        self._at = now
        return self._left(p)

    def _left(self, p: RunProgress) -> float | None:
        if not self._rate:
            return None
        return p.remaining / self._rate


def clock_time(epoch: float) -> str:
    """HH:MM today, or with the date when it is another day."""
    when = time.localtime(epoch)
    if time.strftime("%Y%m%d", when) == time.strftime("%Y%m%d"):
        return time.strftime("%H:%M", when)
    return time.strftime("%Y-%m-%d %H:%M", when)


def _duration(seconds: float | None) -> str:
    if seconds is None:
        return "-"
    s = int(seconds)
    return (
        f"{s // 3600}:{s // 60 % 60:02d}:{s % 60:02d}" if s >= 3600 else f"{s // 60}:{s % 60:02d}"
    )


class LiveBar:
    """Feeds runner progress into a rich progress bar (redrawn at most 10 times a second)."""

    def __init__(self, console: Console, total: int) -> None:
        self._bar = Progress(
            TextColumn("sending…"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.description}"),
            console=console,
            transient=False,
            disable=not console.is_terminal,
            refresh_per_second=10,
        )
        self._task = self._bar.add_task("", total=total)
        self._eta = SmoothEta()
        self._lock = threading.Lock()
        self.last: RunProgress | None = None
        self._printed_wait = 0.0
        self._printed_retry = ""
        self._console = console

    def __enter__(self) -> LiveBar:
        self._bar.__enter__()
        return self

    def __exit__(self, *exc: object) -> None:
        self._bar.__exit__(None, None, None)

    def update(self, p: RunProgress) -> None:
        with self._lock:
            self.last = p
            done, total = to_send(p)
            eta = self._eta.update(p)
            self._bar.update(self._task, completed=done, total=total, description=_describe(p, eta))
            if not self._console.is_terminal and p.status is CampaignStatus.WAITING_QUOTA:
                self._note_wait(p)
            self._note_retry(p)

    def _note_retry(self, p: RunProgress) -> None:
        """Why rows are being retried, once per cause (the bar says "retrying")."""
        if p.retrying != self._printed_retry:
            self._printed_retry = p.retrying
            if p.retrying:
                self._console.print(f"retrying: {p.retrying}", markup=False)

    def _note_wait(self, p: RunProgress) -> None:
        if p.waiting_until and p.waiting_until != self._printed_wait:
            self._printed_wait = p.waiting_until
            until = clock_time(p.waiting_until)
            self._console.print(f"waiting for quota until {until}", markup=False)


def summary(
    console: Console, counts: dict[str, int], extra: Callable[[], None] | None = None
) -> None:
    shown = ", ".join(f"{k} {v}" for k, v in counts.items() if v)
    console.print(f"result: {shown or 'nothing to send'}", markup=False)
    if extra:
        extra()
