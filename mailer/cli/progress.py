"""The live progress bar of `mailer send` / `resume` and the closing summary."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

from mailer.sending.progress import Progress as RunProgress
from mailer.states import CampaignStatus, RowState, describe


def _describe(p: RunProgress) -> str:
    failed = p.counts.get(RowState.FAILED, 0)
    rate = f"{p.rate:.1f}/s" + (f" of {p.max_rate:g}/s" if p.max_rate else "")
    eta = f"ETA {_duration(p.eta_seconds)}" if p.eta_seconds is not None else ""
    state = str(p.status)
    if p.status is CampaignStatus.WAITING_QUOTA and p.waiting_until:
        state = "waiting for quota until " + clock_time(p.waiting_until)
    elif p.status is CampaignStatus.PAUSED and p.reason:
        state = describe(p.reason)
    return "  ".join(x for x in (rate, eta, f"failed {failed}", state) if x)


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
        self._lock = threading.Lock()
        self.last: RunProgress | None = None
        self._printed_wait = 0.0
        self._console = console

    def __enter__(self) -> LiveBar:
        self._bar.__enter__()
        return self

    def __exit__(self, *exc: object) -> None:
        self._bar.__exit__(None, None, None)

    def update(self, p: RunProgress) -> None:
        with self._lock:
            self.last = p
            done = p.total - p.remaining
            self._bar.update(self._task, completed=done, description=_describe(p))
            if not self._console.is_terminal and p.status is CampaignStatus.WAITING_QUOTA:
                self._note_wait(p)

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
