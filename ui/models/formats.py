"""Durations, clock times and counts as the send pages show them (translated)."""

from __future__ import annotations

import math
import time

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale


def number(n: int) -> str:
    return f"{n:,}"


def duration(seconds: float | None) -> str:
    """``None`` -> "unknown"; otherwise "45 s", "12 min", "3 h 20 min", "2 days 4 h"."""
    if seconds is None or math.isinf(seconds) or math.isnan(seconds):
        return QCoreApplication.translate("send_format", "unknown")
    s = max(0, round(seconds))
    if s < 90:
        return QCoreApplication.translate("send_format", "%1 s").replace("%1", str(s))
    minutes = round(s / 60)
    if minutes < 90:
        return QCoreApplication.translate("send_format", "%1 min").replace("%1", str(minutes))
    hours, minutes = divmod(minutes, 60)
    if hours < 48:
        return (
            QCoreApplication.translate("send_format", "%1 h %2 min")
            .replace("%1", str(hours))
            .replace("%2", str(minutes))
        )
    days, hours = divmod(hours, 24)
    return (
        QCoreApplication.translate("send_format", "%1 days %2 h")
        .replace("%1", str(days))
        .replace("%2", str(hours))
    )


def clock(epoch: float, now: float | None = None) -> str:
    """ "14:05" today, else the date and time in the UI language's short format."""
    moment = QDateTime.fromSecsSinceEpoch(int(epoch))
    today = time.localtime(now if now is not None else time.time())[:3]
    if time.localtime(epoch)[:3] == today:
        return moment.toString("HH:mm")
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat)


def rate(per_second: float) -> str:
    return f"{per_second:.1f}" if per_second < 10 else f"{per_second:.0f}"


def row_number(index: int, line: int) -> str:
    """A data row as the app numbers it everywhere ("5"), with the file line where the
    two differ ("5 (line 9)": after a cell with line breaks, or blank lines)."""
    if line == index + 2:  # the header on line 1, one line per row
        return number(index + 1)
    return (
        QCoreApplication.translate("formats", "%1 (line %2)")
        .replace("%1", number(index + 1))
        .replace("%2", number(line))
    )
