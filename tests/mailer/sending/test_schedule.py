"""Scheduled sends: start times, send windows, due/missed, the window guard (fake clock)."""

from __future__ import annotations

from datetime import datetime, time, timedelta

import pytest

from mailer.errors import InputError
from mailer.sending.schedule import (
    Scheduled,
    SendWindow,
    WindowGuard,
    parse_at,
    split_due,
)
from mailer.states import NO_REASON, Reason, ReasonCode

NOW = datetime(2026, 12, 3, 10, 30).astimezone()


def local(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 12, day, hour, minute).astimezone()


def test_start_times_in_the_ways_people_write_them() -> None:
    assert parse_at("2026-12-24 09:00", NOW) == local(24, 9)
    assert parse_at("2026-12-24T09:00:30", NOW) == local(24, 9).replace(second=30)
    assert parse_at("11:15", NOW) == local(3, 11, 15)  # today
    aware = parse_at("2026-12-24T09:00+09:00", NOW)
    assert aware.utcoffset() == timedelta(hours=9) and aware.hour == 9


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("2026-12-03 10:29", "is in the past"),
        ("09:00", "is in the past"),  # today's 09:00 has gone
        ("tomorrow", "is not a time"),
        ("25:00", "is not a time"),
        ("2026-13-01 09:00", "is not a time"),
    ],
)
def test_past_and_unreadable_times_are_one_sentence(text: str, words: str) -> None:
    with pytest.raises(InputError, match=words) as caught:
        parse_at(text, NOW)
    assert "--at" in str(caught.value)


def test_a_day_window_and_an_overnight_window() -> None:
    day = SendWindow.parse("09:00-20:00")
    assert day.text() == "09:00-20:00"
    assert day.contains(local(3, 9)) and day.contains(local(3, 19, 59))
    assert not day.contains(local(3, 20)) and not day.contains(local(3, 8, 59))
    assert day.next_open(local(3, 21)) == local(4, 9)
    assert day.next_open(local(3, 7)) == local(3, 9)
    assert day.next_open(local(3, 12)) == local(3, 12)  # open now
    night = SendWindow.parse("22:00-06:00")
    assert night.contains(local(3, 23)) and night.contains(local(4, 5))
    assert not night.contains(local(3, 12))
    assert night.next_open(local(3, 12)) == local(3, 22)
    to_midnight = SendWindow.parse("18:00-24:00")
    assert to_midnight.end == time(0, 0) and to_midnight.contains(local(3, 23, 59))


@pytest.mark.parametrize("text", ["9-17", "09:00-09:00", "25:00-26:00", "09:60-10:00"])
def test_bad_windows_are_refused(text: str) -> None:
    with pytest.raises(InputError, match="--window"):
        SendWindow.parse(text)


def test_due_missed_and_later() -> None:
    now = NOW.timestamp()
    items = [
        Scheduled(1, "a", now - 30 * 60, ""),  # half an hour late: still due
        Scheduled(2, "b", now - 3 * 3600, ""),  # three hours late: missed, offered
        Scheduled(3, "c", now + 60, "09:00-20:00"),
    ]
    due, missed, later = split_due(items, now, max_late_minutes=60)
    assert [s.campaign_id for s in due] == [1]
    assert [s.campaign_id for s in missed] == [2]
    assert [s.campaign_id for s in later] == [3]


class Target:
    def __init__(self) -> None:
        self.calls: list[str] = []
        self.reasons: list[Reason] = []

    def pause(self, why: Reason = NO_REASON) -> None:
        self.calls.append("pause")
        self.reasons.append(why)

    def resume(self) -> None:
        self.calls.append("resume")


def test_the_guard_pauses_at_the_close_and_resumes_at_the_open() -> None:
    clock = [local(3, 19, 58).timestamp()]
    target = Target()
    guard = WindowGuard(target, SendWindow.parse("09:00-20:00"), lambda: clock[0])
    guard.check()
    assert target.calls == []  # inside
    clock[0] = local(3, 20, 0).timestamp()
    guard.check()
    guard.check()  # paused once, not again
    assert target.calls == ["pause"]
    why = target.reasons[0]
    assert why.code is ReasonCode.OUTSIDE_WINDOW
    assert why.params == {"window": "09:00-20:00", "opens": local(4, 9).timestamp()}
    clock[0] = local(4, 9, 0).timestamp()
    guard.check()
    assert target.calls == ["pause", "resume"]
    guard.check()
    assert target.calls == ["pause", "resume"]


def test_a_pause_by_the_user_is_not_undone_by_the_guard() -> None:
    clock = [local(3, 12).timestamp()]
    target = Target()
    guard = WindowGuard(target, SendWindow.parse("09:00-20:00"), lambda: clock[0])
    target.pause(Reason(ReasonCode.PAUSED_BY_USER))  # the user, not the guard
    guard.check()
    clock[0] = local(3, 13).timestamp()
    guard.check()
    assert target.calls == ["pause"]  # nothing from the guard: inside the window
