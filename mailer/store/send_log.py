"""The send log: one append-only row per message sent, per account.

The rolling 24-hour quota counts it (``DailyQuota`` is seeded from ``times_since``).
Rows are appended by ``journal.rows.write_batch``, in the same transaction that marks
the rows ``sent``; test sends are not logged here (they never count against the quota).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mailer.store.journal import Journal


class SendLog:
    """``journal.send_log``."""

    def __init__(self, journal: Journal) -> None:
        self._journal = journal

    def times_since(self, epoch: float, account: str) -> list[float]:
        """When the account's messages after ``epoch`` were sent, oldest first."""
        rows = self._journal._query(
            "SELECT time FROM send_log WHERE account = ? AND time > ? ORDER BY time",
            (account, epoch),
        )
        return [r[0] for r in rows]


def log_sends(
    db: sqlite3.Connection, account: str, campaign_id: int, times: Sequence[float]
) -> None:
    """Append sends (inside the caller's transaction)."""
    db.executemany(
        "INSERT INTO send_log (time, account, campaign_id) VALUES (?, ?, ?)",
        [(at, account, campaign_id) for at in times],
    )
