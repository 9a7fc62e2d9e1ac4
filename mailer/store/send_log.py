"""The send log: one append-only row per message sent, per account; and the quota
holds: slots of an account's rolling 24-hour quota that a running campaign has
reserved and not logged yet.

The rolling 24-hour quota counts both (``sending.quota.SharedQuota``), so every
process and campaign sending on one account shares one cap: a runner reserves a
batch of slots in one transaction (``reserve``), each send logged returns one slot of
its hold in the same transaction that logs it (``log_sends``), and a run that ends
drops what it still holds (``release``). Sends are appended by
``journal.rows.write_batch``, in the transaction that marks the rows ``sent``; test
sends are not logged here (they never count against the quota).
"""

from __future__ import annotations

import bisect
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from mailer.store.tallies import count_sends

if TYPE_CHECKING:
    from mailer.store.journal import Journal


@dataclass(frozen=True, slots=True)
class QuotaView:
    """An account's 24-hour window as every runner on the journal sees it."""

    logged: int  # sends logged in the window
    held_by_others: int  # slots other campaigns hold and have not logged yet
    held: int  # slots this campaign holds (the grant included)
    granted: int  # slots this reservation added to the hold
    oldest: float | None  # the oldest logged send in the window

    @property
    def used(self) -> int:
        return self.logged + self.held_by_others + self.held


class LogWindow:
    """One account's logged send times in the rolling window, mirrored in memory.

    ``reserve`` reads only the rows logged since its last look (by id), so a
    reservation costs the same at 100 or 1,000,000 sends a day; counting the window in
    SQL each time took ~20 ms per 100,000 logged sends."""

    def __init__(self, account: str) -> None:
        self.account = account
        self.last_id: int | None = None  # None: not loaded yet
        self._times: list[float] = []  # sorted; the window starts at _start
        self._start = 0

    def add(self, times: Sequence[float]) -> None:
        for at in times:
            if not self._times or at >= self._times[-1]:
                self._times.append(at)
            else:  # another process's clock, a few ms behind
                bisect.insort(self._times, at, lo=self._start)

    def prune(self, since: float) -> None:
        self._start = bisect.bisect_right(self._times, since, lo=self._start)
        if self._start > 4096 and self._start * 2 > len(self._times):
            del self._times[: self._start]
            self._start = 0

    @property
    def count(self) -> int:
        return len(self._times) - self._start

    @property
    def oldest(self) -> float | None:
        return self._times[self._start] if self.count else None


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

    def reserve(
        self,
        window: LogWindow,
        campaign_id: int,
        *,
        want: int,
        limit: int,
        since: float,
        now: float,
    ) -> QuotaView:
        """Add up to ``want`` slots to the campaign's hold, as far as the account's
        ``limit`` allows after its sends since ``since`` and every hold (``want=0``
        only looks). One write transaction: reservers in other processes wait for it."""
        account = window.account
        with self._journal.transaction() as db:
            if window.last_id is None:
                window.last_id = db.execute("SELECT COALESCE(MAX(id), 0) FROM send_log").fetchone()[
                    0
                ]
                new = db.execute(
                    "SELECT time FROM send_log WHERE account = ? AND time > ? ORDER BY time",
                    (account, since),
                ).fetchall()
            else:
                # By id, not by account: only the rows logged since the last look.
                new = db.execute(
                    "SELECT time, id FROM send_log WHERE id > ? AND +account = ? ORDER BY id",
                    (window.last_id, account),
                ).fetchall()
                if new:
                    window.last_id = new[-1][1]
            window.add([r[0] for r in new])
            window.prune(since)
            others = db.execute(
                "SELECT COALESCE(SUM(slots), 0) FROM quota_holds"
                " WHERE account = ? AND campaign_id != ?",
                (account, campaign_id),
            ).fetchone()[0]
            row = db.execute(
                "SELECT slots FROM quota_holds WHERE campaign_id = ? AND account = ?",
                (campaign_id, account),
            ).fetchone()
            held = row[0] if row else 0
            granted = max(0, min(want, limit - window.count - others - held))
            if granted:
                db.execute(
                    "INSERT INTO quota_holds (campaign_id, account, slots, time)"
                    " VALUES (?, ?, ?, ?) ON CONFLICT (campaign_id) DO UPDATE SET"
                    " account = excluded.account, slots = excluded.slots, time = excluded.time",
                    (campaign_id, account, held + granted, now),
                )
        return QuotaView(window.count, others, held + granted, granted, window.oldest)

    def release(self, campaign_id: int) -> None:
        """Drop the campaign's hold (its run ended, or a new run starts afresh)."""
        with self._journal.transaction() as db:
            db.execute("DELETE FROM quota_holds WHERE campaign_id = ?", (campaign_id,))

    def holds(self, account: str) -> list[tuple[int, float]]:
        """(campaign id, time of its last reservation) of every hold on the account."""
        rows = self._journal._query(
            "SELECT campaign_id, time FROM quota_holds WHERE account = ? AND slots > 0",
            (account,),
        )
        return [(r[0], r[1]) for r in rows]

    def drop_hold(self, campaign_id: int, *, unchanged_since: float) -> None:
        """Drop a hold left by a run that died, unless it reserved again meanwhile."""
        with self._journal.transaction() as db:
            db.execute(
                "DELETE FROM quota_holds WHERE campaign_id = ? AND time <= ?",
                (campaign_id, unchanged_since),
            )


def log_sends(
    db: sqlite3.Connection, account: str, campaign_id: int, times: Sequence[float]
) -> None:
    """Append sends (inside the caller's transaction); each one uses up a slot of the
    campaign's hold, so the two are never counted twice."""
    if not times:
        return
    db.executemany(
        "INSERT INTO send_log (time, account, campaign_id) VALUES (?, ?, ?)",
        [(at, account, campaign_id) for at in times],
    )
    db.execute(
        "UPDATE quota_holds SET slots = MAX(0, slots - ?) WHERE campaign_id = ?",
        (len(times), campaign_id),
    )
    count_sends(db, campaign_id, times)  # the report's sends per hour (store.tallies)
