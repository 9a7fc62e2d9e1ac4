"""The recipients table: each campaign's rows, their state, message id and error.

Rows are snapshotted when the campaign is created (``insert_snapshot``, called by
``journal.campaigns.create``), then change only through ``write_batch`` (the runner's
group-commit writer), ``mark_crashed`` and the delivery events (``mailer.store.events``).
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from mailer.errors import CampaignDamaged
from mailer.redaction import scrub
from mailer.states import (
    ATTEMPTED,
    NO_REASON,
    Reason,
    ReasonCode,
    RowState,
    RowStatus,
    describe,
    empty_counts,
)
from mailer.store.damage import cells as stored_cells
from mailer.store.damage import is_int, is_number, row_damaged, unsendable_row
from mailer.store.send_log import log_sends
from mailer.store.tallies import domain_of

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
    damage: str = ""  # why the stored row cannot be sent (a damaged journal): it fails


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
            if state not in counts:
                raise self._damaged_state(campaign_id, state)
            counts[state] = n
        return counts

    def _damaged_state(self, campaign_id: int, state: object) -> CampaignDamaged:
        rows = self._journal._query(
            "SELECT line, idx FROM recipients WHERE campaign_id = ? AND state = ? LIMIT 1",
            (campaign_id, state),
        )
        line, idx = rows[0] if rows else (None, None)
        return row_damaged(
            self._journal.path, campaign_id, line, idx, f"its state {state!r} is unknown"
        )

    def page(
        self, campaign_id: int, *, offset: int = 0, limit: int | None = None
    ) -> list[RecipientRecord]:
        """Rows with idx >= ``offset`` in order, at most ``limit`` of them (all: None)."""
        rows = self._journal._query(
            "SELECT campaign_id, idx, line, email, state, reason, message_id, error, attempts,"
            " updated FROM recipients WHERE campaign_id = ? AND idx >= ? ORDER BY idx LIMIT ?",
            (campaign_id, offset, -1 if limit is None else limit),
        )
        records = []
        for row in rows:
            wrong = _wrong_types(row)
            if wrong:
                raise row_damaged(self._journal.path, campaign_id, row[2], row[1], wrong)
            records.append(_record(row))
        return records

    def export(
        self, campaign_id: int, words: Callable[[str, Reason], str] | None = None
    ) -> Iterator[list[Any]]:
        """Rows for a results CSV: line, email, state, message id, error, attempts, time,
        data row (1-based), cells.
        ``words(error, reason)`` makes the error column (default: the stored error, else the
        reason in English); the app passes its own to write it in the user's language."""
        rows = self._journal._query(
            "SELECT line, email, state, message_id, error, reason, attempts, updated, idx, data"
            " FROM recipients WHERE campaign_id = ? ORDER BY idx",
            (campaign_id,),
        )
        columns = self._journal.campaigns.columns(campaign_id, damaged_ok=True)
        size = None if columns is None else len(columns)  # None: lost, take what is there
        for line, email, state, message_id, error, why, attempts, updated, idx, data in rows:
            # Lenient: the export is what a user saves from a damaged campaign.
            stamp = (
                time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(updated))
                if is_number(updated)
                else ""
            )
            stored = Reason.decode(why if isinstance(why, str) else "")
            text = words(str(error or ""), stored) if words else error or describe(stored)
            found, wrong = stored_cells(data, size)
            if wrong:
                text = f"{text} (damaged in the journal: {wrong})".lstrip()
            row = idx + 1 if isinstance(idx, int) else ""
            yield [line, email, state, message_id, text, attempts, stamp, row, *found]

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
            "SELECT idx, email, data, state, line FROM recipients"
            f" WHERE campaign_id = ? AND state IN ({marks}) AND idx > ? ORDER BY idx LIMIT ?",
            (campaign_id, *states, after, limit),
        )
        columns = self._journal.campaigns.columns(campaign_id)
        pending = []
        for i, e, d, st, line in rows:
            found, wrong = stored_cells(d, len(columns))
            if not isinstance(e, str):
                wrong = "its address is not text"
            damage = unsendable_row(campaign_id, line, i, wrong) if wrong else ""
            data = {} if wrong else dict(zip(columns, found, strict=True))
            pending.append(PendingRow(i, str(e), data, RowState(st), damage=damage))
        return pending

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

    def last_sent(self, campaign_id: int) -> float | None:
        """When a row of the campaign last reached the transport (None: none did)."""
        marks = ",".join("?" * len(ATTEMPTED))
        rows = self._journal._query(
            f"SELECT MAX(updated) FROM recipients WHERE campaign_id = ? AND state IN ({marks})",
            (campaign_id, *sorted(ATTEMPTED)),
        )
        value = rows[0][0] if rows else None
        return float(value) if is_number(value) else None

    def skip(self, campaign_id: int, reasons: Mapping[int, Reason]) -> int:
        """Pending rows (by idx) become ``skipped`` with their reason; returns how many."""
        now = time.time()
        with self._journal.transaction() as db:
            cur = db.executemany(
                "UPDATE recipients SET state = ?, reason = ?, updated = ?"
                " WHERE campaign_id = ? AND idx = ? AND state = ?",
                [
                    (RowState.SKIPPED, why.encode(), now, campaign_id, idx, RowState.PENDING)
                    for idx, why in reasons.items()
                ],
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
                        scrub(ch.error) if ch.error else "",
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
        " (campaign_id, idx, line, email, data, state, reason, updated, domain)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
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
            domain_of(table.emails[idx]),  # the report groups by it (store.tallies)
        )


_STATES = frozenset(s.value for s in RowState)


def _wrong_types(row: Sequence[Any]) -> str:
    """What is wrong with a stored row's values (a damaged journal), or ""."""
    _cid, idx, line, email, state, why, message_id, error, attempts, updated = row
    if state not in _STATES:
        return f"its state {state!r} is unknown"
    checks = (
        (is_int(idx) and is_int(line), "its position is not a number"),
        (isinstance(email, str), "its address is not text"),
        (isinstance(why, str) and isinstance(error, str), "its error is not text"),
        (message_id is None or isinstance(message_id, str), "its message id is not text"),
        (is_int(attempts), "its number of attempts is not a number"),
        (is_number(updated), "its time is not a number"),
    )
    return next((what for ok, what in checks if not ok), "")


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
