"""Scheduled sends: a start time, a daily send window, and what is due.

A scheduled campaign is stored with status ``scheduled`` and ``settings["scheduled_at"]``
(epoch seconds). Whoever runs at that time starts it: the app (it counts down), `mailer
send --at` (it waits), or `mailer run-due` from cron / Task Scheduler. A campaign whose
time passed long ago while nothing ran (the computer slept, the app was closed) is
*missed*: it is offered (start now / reschedule / cancel), never started silently late.

A send window (``settings["window"]``, local "09:00-20:00"; overnight "22:00-06:00"
works) pauses a running campaign when it closes and resumes it when it opens
(:class:`WindowGuard`). Every clock is injected, so tests never sleep.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any, Protocol

from mailer.errors import InputError
from mailer.states import CampaignStatus, Reason, ReasonCode

if TYPE_CHECKING:
    from mailer.store.journal import Journal

DEFAULT_MAX_LATE_MINUTES = 60.0  # later than this after its time, a start is offered
Clock = Callable[[], float]


# -- the start time ----------------------------------------------------------------------

_FORMATS = ("%Y-%m-%d %H:%M", "%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M", "%Y-%m-%dT%H:%M:%S")


def parse_at(text: str, now: datetime) -> datetime:
    """'2026-12-24 09:00' (local time), ISO 8601 with an offset, or 'HH:MM' (today) ->
    an aware datetime. A time that is not in the future is refused."""
    raw = text.strip()
    when = _parse(raw, now)
    if when is None:
        raise InputError(
            f"--at {raw!r} is not a time: write it as 2026-12-24 09:00 (local time) or 09:00 "
            "(today)."
        )
    if when <= now:
        raise InputError(
            f"--at {raw!r} is in the past ({when:%Y-%m-%d %H:%M %Z}, now "
            f"{now:%Y-%m-%d %H:%M}): give a later time, or leave --at out to send now."
        )
    return when


def _parse(raw: str, now: datetime) -> datetime | None:
    local = now.astimezone().tzinfo
    if re.fullmatch(r"\d{1,2}:\d{2}", raw):
        hour, minute = map(int, raw.split(":"))
        if hour > 23 or minute > 59:
            return None
        return datetime.combine(now.astimezone().date(), time(hour, minute), tzinfo=local)
    for fmt in _FORMATS:
        try:
            return datetime.strptime(raw, fmt).replace(tzinfo=local)
        except ValueError:
            continue
    try:
        parsed = datetime.fromisoformat(raw)
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=local)


# -- the send window ---------------------------------------------------------------------


@dataclass(frozen=True)
class SendWindow:
    """Local hours in which a campaign may send, every day."""

    start: time
    end: time

    @classmethod
    def parse(cls, text: str) -> SendWindow:
        m = re.fullmatch(r"\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*", text)
        if m is None:
            raise InputError(f"--window {text!r}: write it as 09:00-20:00 (local hours).")
        h1, m1, h2, m2 = map(int, m.groups())
        if h1 > 23 or h2 > 24 or m1 > 59 or m2 > 59 or (h2 == 24 and m2):
            raise InputError(f"--window {text!r}: hours go from 00:00 to 24:00.")
        start, end = time(h1, m1), time(0, 0) if h2 == 24 else time(h2, m2)
        if start == end:
            raise InputError(f"--window {text!r} is empty: give two different times.")
        return cls(start, end)

    def text(self) -> str:
        return f"{self.start:%H:%M}-{self.end:%H:%M}"

    def contains(self, moment: datetime) -> bool:
        now = moment.astimezone().time()
        if self.start < self.end:
            return self.start <= now < self.end
        return now >= self.start or now < self.end  # overnight, or up to midnight

    def next_open(self, moment: datetime) -> datetime:
        """When the window next opens (``moment`` itself when it is open)."""
        if self.contains(moment):
            return moment
        local = moment.astimezone()
        today = datetime.combine(local.date(), self.start, tzinfo=local.tzinfo)
        return today if today > local else _tomorrow(local.date(), self.start, local)

    def next_close(self, moment: datetime) -> datetime:
        local = moment.astimezone()
        today = datetime.combine(local.date(), self.end, tzinfo=local.tzinfo)
        return today if today > local else _tomorrow(local.date(), self.end, local)


def _tomorrow(day: date, at: time, like: datetime) -> datetime:
    return datetime.combine(day + timedelta(days=1), at, tzinfo=like.tzinfo)


# -- scheduled campaigns in the journal --------------------------------------------------


@dataclass(frozen=True)
class Scheduled:
    campaign_id: int
    name: str
    at: float  # epoch seconds
    window: str  # "" = any time

    def due(self, now: float) -> bool:
        return self.at <= now

    def missed(self, now: float, max_late_minutes: float) -> bool:
        return now - self.at > max_late_minutes * 60


def schedule(
    journal: Journal, campaign_id: int, at: datetime, window: SendWindow | None = None
) -> None:
    """Store a start time (and window) and mark the campaign scheduled."""
    journal.campaigns.update_settings(
        campaign_id, scheduled_at=at.timestamp(), window=window.text() if window else ""
    )
    journal.campaigns.set_status(campaign_id, CampaignStatus.SCHEDULED)


def unschedule(journal: Journal, campaign_id: int) -> None:
    """Back to an ordinary ready campaign (started now, or by hand later)."""
    journal.campaigns.set_status(campaign_id, CampaignStatus.READY)


def scheduled(journal: Journal) -> list[Scheduled]:
    """Every scheduled campaign, soonest first."""
    found = []
    for c in journal.campaigns.all():
        at = c.settings.get("scheduled_at")
        if c.status is CampaignStatus.SCHEDULED and isinstance(at, int | float):
            found.append(Scheduled(c.id, c.name, float(at), str(c.settings.get("window") or "")))
    return sorted(found, key=lambda s: (s.at, s.campaign_id))


def split_due(
    items: list[Scheduled], now: float, max_late_minutes: float = DEFAULT_MAX_LATE_MINUTES
) -> tuple[list[Scheduled], list[Scheduled], list[Scheduled]]:
    """(due now, missed: due long ago, later)."""
    due = [s for s in items if s.due(now) and not s.missed(now, max_late_minutes)]
    missed = [s for s in items if s.missed(now, max_late_minutes)]
    later = [s for s in items if not s.due(now)]
    return due, missed, later


def missed_reason(item: Scheduled) -> Reason:
    return Reason(ReasonCode.MISSED_START, {"at": item.at})


# -- the window guard --------------------------------------------------------------------


class Pausable(Protocol):
    def pause(self, why: Reason = ...) -> None: ...
    def resume(self) -> None: ...


class WindowGuard:
    """Pauses a run when its send window closes and resumes it when it opens again.

    Only its own pause is undone: a pause by the user stays. ``check`` does one step
    (tests call it with a fake clock); ``start`` runs it every ``period`` seconds."""

    def __init__(
        self,
        target: Pausable,
        window: SendWindow,
        clock: Clock,
        period: float = 5.0,
    ) -> None:
        self.target, self.window, self.clock, self.period = target, window, clock, period
        self.paused_by_us = False
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def check(self) -> None:
        now = datetime.fromtimestamp(self.clock()).astimezone()
        inside = self.window.contains(now)
        if not inside and not self.paused_by_us:
            opens = self.window.next_open(now).timestamp()
            self.target.pause(
                Reason(ReasonCode.OUTSIDE_WINDOW, {"window": self.window.text(), "opens": opens})
            )
            self.paused_by_us = True
        elif inside and self.paused_by_us:
            self.target.resume()
            self.paused_by_us = False

    def start(self) -> WindowGuard:
        self.check()  # a run started outside its window waits from the first message
        self._thread = threading.Thread(target=self._loop, name="send-window", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=2)

    def _loop(self) -> None:
        while not self._stop.wait(self.period):
            self.check()


def window_of(settings: dict[str, Any]) -> SendWindow | None:
    text = settings.get("window")
    return SendWindow.parse(text) if isinstance(text, str) and text else None
