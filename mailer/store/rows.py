"""The recipients table: each campaign's rows, their state, message id and error.

Rows are snapshotted when the campaign is created (``insert_snapshot``, called by
``journal.campaigns.create``), then change only through ``write_batch`` (the runner's
group-commit writer), ``mark_crashed`` and the delivery events (``mailer.store.events``).
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from mailer.states import (
    NO_REASON,
    Reason,
    ReasonCode,
    RowState,
    RowStatus,
    describe_text,
    empty_counts,
)
from mailer.store.send_log import log_sends

if TYPE_CHECKING:
    from mailer.content.recipients import RecipientTable
    from mailer.store.journal import Journal


@dataclass(frozen=True, slots=True)
class RecipientRecord:
    campaign_id: int
    idx: int
    line: int
    email: str
    state: RowState
    reason: Reason
    message_id: str | None
    error: str
    attempts: int
    updated: float


@dataclass(frozen=True, slots=True)
class PendingRow:
    """What the runner needs to send one row."""

    idx: int
    email: str
    data: dict[str, str]
    state: RowState


@dataclass(frozen=True, slots=True)
class RowChange:
    idx: int
    state: RowState
    message_id: str | None = None
    error: str = ""
    reason: Reason = NO_REASON
    attempt: int = 0
    logged: bool = True  # a SENT change appends to the send log (the 24-hour quota)
    time: float = 0.0


class RowStore:
    """``journal.rows``."""

    def __init__(self, journal: Journal) -> None:
        self._journal = journal

    def counts(self, campaign_id: int) -> dict[str, int]:
        """Rows per state, with every state as a key."""
        counts = empty_counts()
        for state, n in self._journal._query(
            "SELECT state, COUNT(*) FROM recipients WHERE campaign_id = ? GROUP BY state",
            (campaign_id,),
        ):
            counts[state] = n
        return counts

    def page(
        self, campaign_id: int, *, offset: int = 0, limit: int | None = None
    ) -> list[RecipientRecord]:
        """Rows with idx >= ``offset`` in order, at most ``limit`` of them (all: None)."""
        rows = self._journal._query(
            "SELECT campaign_id, idx, line, email, state, reason, message_id, error, attempts,"
            " updated FROM recipients WHERE campaign_id = ? AND idx >= ? ORDER BY idx LIMIT ?",
            (campaign_id, offset, -1 if limit is None else limit),
        )
        return [_record(r) for r in rows]

    def export(self, campaign_id: int) -> Iterator[list[Any]]:
        """Rows for a results CSV: line, email, state, message id, error, attempts, time, cells."""
        rows = self._journal._query(
            "SELECT line, email, state, message_id, error, reason, attempts, updated, data"
            " FROM recipients WHERE campaign_id = ? ORDER BY idx",
            (campaign_id,),
        )
        for line, email, state, message_id, error, why, attempts, updated, data in rows:
            stamp = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(updated))
            text = error or describe_text(why)
            yield [line, email, state, message_id, text, attempts, stamp, *json.loads(data)]

    def pending(
        self,
        campaign_id: int,
        after: int,
        limit: int,
        states: Sequence[RowState] = (RowState.PENDING,),
    ) -> list[PendingRow]:
        """The next ``limit`` rows after idx ``after`` in one of ``states``, with their cells."""
        marks = ",".join("?" * len(states))
        rows = self._journal._query(
            "SELECT idx, email, data, state FROM recipients"
            f" WHERE campaign_id = ? AND state IN ({marks}) AND idx > ? ORDER BY idx LIMIT ?",
            (campaign_id, *states, after, limit),
        )
        columns = self._journal.campaigns.columns(campaign_id)
        return [
            PendingRow(i, e, dict(zip(columns, json.loads(d), strict=True)), RowState(st))
            for i, e, d, st in rows
        ]

    def mark_crashed(self, campaign_id: int) -> int:
        """Rows left ``sending`` by a crash become ``unknown``; returns how many."""
        with self._journal.transaction() as db:
            cur = db.execute(
                "UPDATE recipients SET state = ?, error = '', reason = ?, updated = ?"
                " WHERE campaign_id = ? AND state = ?",
                (
                    RowState.UNKNOWN,
                    Reason(ReasonCode.CRASHED).encode(),
                    time.time(),
                    campaign_id,
                    RowState.SENDING,
                ),
            )
            return cur.rowcount

    def unknown(self, campaign_id: int) -> list[int]:
        """The idx of every row in doubt (``unknown``), in order."""
        rows = self._journal._query(
            "SELECT idx FROM recipients WHERE campaign_id = ? AND state = ? ORDER BY idx",
            (campaign_id, RowState.UNKNOWN),
        )
        return [r[0] for r in rows]

    def write_batch(self, campaign_id: int, changes: Sequence[RowChange], account: str) -> None:
        """Commit several row changes in one transaction (the runner's writer thread);
        SENT changes go onto the send log in the same transaction."""
        now = time.time()
        with self._journal.transaction() as db:
            # executemany keeps the order (a row may change twice in one batch) and
            # saves a Python round trip per statement.
            db.executemany(
                "UPDATE recipients SET state = ?, message_id = COALESCE(?, message_id),"
                " error = ?, reason = ?, attempts = attempts + ?, updated = ?"
                " WHERE campaign_id = ? AND idx = ?",
                [
                    (
                        ch.state,
                        ch.message_id,
                        ch.error,
                        ch.reason.encode(),
                        ch.attempt,
                        now,
                        campaign_id,
                        ch.idx,
                    )
                    for ch in changes
                ],
            )
            log_sends(
                db,
                account,
                campaign_id,
                [ch.time or now for ch in changes if ch.state == RowState.SENT and ch.logged],
            )


def insert_snapshot(
    db: sqlite3.Connection,
    campaign_id: int,
    table: RecipientTable,
    skips: dict[int, Reason],
    now: float,
) -> None:
    """A new campaign's rows (inside its creating transaction): valid rows ``pending``,
    the others ``skipped`` with the table's reason or the one in ``skips``."""
    db.executemany(
        "INSERT INTO recipients"
        " (campaign_id, idx, line, email, data, state, reason, updated)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        _snapshot_rows(campaign_id, table, skips, now),
    )


def _snapshot_rows(
    campaign_id: int, table: RecipientTable, skips: dict[int, Reason], now: float
) -> Iterator[tuple[Any, ...]]:
    for idx, cells in enumerate(zip(*table.cells, strict=True)):
        if table.statuses[idx] is not RowStatus.VALID:
            state, why = RowState.SKIPPED, table.reasons[idx]
        elif idx in skips:
            state, why = RowState.SKIPPED, skips[idx]
        else:
            state, why = RowState.PENDING, Reason()
        yield (
            campaign_id,
            idx,
            table.lines[idx],
            table.emails[idx],
            json.dumps(list(cells), ensure_ascii=False),
            state,
            why.encode(),
            now,
        )


def _record(row: Sequence[Any]) -> RecipientRecord:
    cid, idx, line, email, state, why, message_id, error, attempts, updated = row
    return RecipientRecord(
        cid,
        idx,
        line,
        email,
        RowState(state),
        Reason.decode(why),
        message_id,
        error,
        attempts,
        updated,
    )
