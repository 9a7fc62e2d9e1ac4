"""The campaign store: one SQLite file (WAL) under the data dir.

It keeps, per campaign, a snapshot of the recipients and the template (a resumed
campaign renders the same messages even if the files changed), its settings, and
per-recipient state, message id, error and timestamps; plus an append-only send log
(for the rolling 24-hour quota), the suppression list, delivery events, events that
matched no message, and test sends.

Crash safety: a row is committed as ``sending`` before the transport is called and
as ``sent`` after. A campaign's runner holds an OS file lock while it runs; a
campaign found with ``sending`` rows and no lock holder crashed, and those rows
become ``unknown`` (never resent silently).
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
import uuid
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mailer.errors import JournalError
from mailer.states import (
    NO_REASON,
    CampaignStatus,
    Reason,
    ReasonCode,
    RowState,
    RowStatus,
    describe_text,
    empty_counts,
)

if TYPE_CHECKING:
    from mailer.aws.notifications import DeliveryEvent
    from mailer.content.recipients import RecipientTable
    from mailer.content.templates import TemplateSet


SCHEMA = """
CREATE TABLE IF NOT EXISTS campaigns (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    created REAL NOT NULL,
    updated REAL NOT NULL,
    status TEXT NOT NULL,
    reason TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL,
    template_name TEXT NOT NULL,
    template BLOB NOT NULL,
    columns TEXT NOT NULL,
    email_column TEXT NOT NULL,
    settings TEXT NOT NULL,
    total INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS recipients (
    campaign_id INTEGER NOT NULL,
    idx INTEGER NOT NULL,
    line INTEGER NOT NULL,
    email TEXT NOT NULL,
    data TEXT NOT NULL,
    state TEXT NOT NULL,
    reason TEXT NOT NULL DEFAULT '',
    message_id TEXT,
    error TEXT NOT NULL DEFAULT '',
    attempts INTEGER NOT NULL DEFAULT 0,
    updated REAL NOT NULL,
    PRIMARY KEY (campaign_id, idx)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS recipients_state ON recipients (campaign_id, state, idx);
CREATE INDEX IF NOT EXISTS recipients_message ON recipients (message_id)
    WHERE message_id IS NOT NULL;
CREATE TABLE IF NOT EXISTS send_log (
    id INTEGER PRIMARY KEY,
    time REAL NOT NULL,
    account TEXT NOT NULL,
    campaign_id INTEGER
);
CREATE INDEX IF NOT EXISTS send_log_time ON send_log (account, time);
CREATE TABLE IF NOT EXISTS suppression (
    email TEXT PRIMARY KEY,
    reason TEXT NOT NULL,
    added REAL NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS events (
    id INTEGER PRIMARY KEY,
    campaign_id INTEGER NOT NULL,
    idx INTEGER NOT NULL,
    kind TEXT NOT NULL,
    time TEXT NOT NULL,
    detail TEXT NOT NULL,
    received REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS events_row ON events (campaign_id, idx);
CREATE TABLE IF NOT EXISTS unmatched_events (
    id INTEGER PRIMARY KEY,
    received REAL NOT NULL,
    message_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    body TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS test_sends (
    id INTEGER PRIMARY KEY,
    time REAL NOT NULL,
    profile TEXT NOT NULL,
    recipient TEXT NOT NULL,
    message_id TEXT NOT NULL,
    error TEXT NOT NULL
);
"""


@dataclass(frozen=True, slots=True)
class CampaignSummary:
    id: int
    uid: str
    name: str
    created: float
    updated: float
    status: CampaignStatus
    reason: Reason
    source: str
    template_name: str
    total: int
    settings: dict[str, Any]


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


class Journal:
    """Thread-safe: one connection, serialised by a lock; short transactions."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(
                self.path, check_same_thread=False, isolation_level=None, timeout=30
            )
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.executescript(SCHEMA)
        except (sqlite3.Error, OSError) as exc:
            raise JournalError(
                f"Cannot open the campaign journal {self.path}: {exc}. "
                "Check that the folder is writable and the disk is not full."
            ) from exc
        self._lock = threading.RLock()

    def close(self) -> None:
        with self._lock:
            self._db.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            try:
                self._db.execute("BEGIN IMMEDIATE")
                try:
                    yield self._db
                except BaseException:
                    self._db.execute("ROLLBACK")
                    raise
                self._db.execute("COMMIT")
            except sqlite3.Error as exc:
                raise JournalError(
                    f"Writing the campaign journal {self.path} failed: {exc}."
                ) from exc

    def _query(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        with self._lock:
            try:
                return self._db.execute(sql, params).fetchall()
            except sqlite3.Error as exc:
                raise JournalError(
                    f"Reading the campaign journal {self.path} failed: {exc}."
                ) from exc

    # -- campaigns ---------------------------------------------------------------------

    def create_campaign(
        self,
        *,
        name: str,
        table: RecipientTable,
        template: TemplateSet,
        settings: dict[str, Any],
        skips: dict[int, Reason] | None = None,
    ) -> int:
        """Snapshot the table and template; valid rows start ``pending``, the others
        ``skipped`` with their reason (``skips`` adds reasons such as the sandbox)."""
        now = time.time()
        skips = skips or {}
        with self.transaction() as db:
            cur = db.execute(
                "INSERT INTO campaigns (uid, name, created, updated, status, source, template_name,"
                " template, columns, email_column, settings, total)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    uuid.uuid4().hex[:12],
                    name,
                    now,
                    now,
                    CampaignStatus.READY,
                    str(table.source),
                    template.name,
                    template.snapshot(),
                    json.dumps(table.columns, ensure_ascii=False),
                    table.email_column,
                    json.dumps(settings, ensure_ascii=False),
                    len(table),
                ),
            )
            campaign_id = int(cur.lastrowid or 0)
            db.executemany(
                "INSERT INTO recipients"
                " (campaign_id, idx, line, email, data, state, reason, updated)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                _snapshot_rows(campaign_id, table, skips, now),
            )
        return campaign_id

    def campaigns(self) -> list[CampaignSummary]:
        rows = self._query(f"SELECT {_CAMPAIGN_COLUMNS} FROM campaigns ORDER BY id DESC")
        return [_campaign(r) for r in rows]

    def campaign(self, campaign_id: int) -> CampaignSummary:
        rows = self._query(
            f"SELECT {_CAMPAIGN_COLUMNS} FROM campaigns WHERE id = ?", (campaign_id,)
        )
        if not rows:
            raise JournalError(
                f"There is no campaign {campaign_id} in {self.path}; "
                "`mailer campaigns` lists the campaigns there are."
            )
        return _campaign(rows[0])

    def template_snapshot(self, campaign_id: int) -> bytes:
        rows = self._query("SELECT template FROM campaigns WHERE id = ?", (campaign_id,))
        if not rows:
            self.campaign(campaign_id)  # raises the user-facing error
        return bytes(rows[0][0])

    def columns(self, campaign_id: int) -> list[str]:
        rows = self._query("SELECT columns FROM campaigns WHERE id = ?", (campaign_id,))
        return list(json.loads(rows[0][0])) if rows else []

    def set_status(
        self, campaign_id: int, status: CampaignStatus, reason: Reason = NO_REASON
    ) -> None:
        with self.transaction() as db:
            db.execute(
                "UPDATE campaigns SET status = ?, reason = ?, updated = ? WHERE id = ?",
                (status, reason.encode(), time.time(), campaign_id),
            )

    # -- recipients ---------------------------------------------------------------------

    def counts(self, campaign_id: int) -> dict[str, int]:
        counts = empty_counts()
        for state, n in self._query(
            "SELECT state, COUNT(*) FROM recipients WHERE campaign_id = ? GROUP BY state",
            (campaign_id,),
        ):
            counts[state] = n
        return counts

    def recipients(
        self, campaign_id: int, *, offset: int = 0, limit: int | None = None
    ) -> list[RecipientRecord]:
        rows = self._query(
            "SELECT campaign_id, idx, line, email, state, reason, message_id, error, attempts,"
            " updated FROM recipients WHERE campaign_id = ? AND idx >= ? ORDER BY idx LIMIT ?",
            (campaign_id, offset, -1 if limit is None else limit),
        )
        return [_record(r) for r in rows]

    def export_rows(self, campaign_id: int) -> Iterator[list[Any]]:
        """Rows for a results CSV: line, email, state, message id, error, attempts, time, cells."""
        rows = self._query(
            "SELECT line, email, state, message_id, error, reason, attempts, updated, data"
            " FROM recipients WHERE campaign_id = ? ORDER BY idx",
            (campaign_id,),
        )
        for line, email, state, message_id, error, why, attempts, updated, data in rows:
            stamp = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(updated))
            text = error or describe_text(why)
            yield [line, email, state, message_id, text, attempts, stamp, *json.loads(data)]

    def pending_rows(
        self,
        campaign_id: int,
        after: int,
        limit: int,
        states: Sequence[RowState] = (RowState.PENDING,),
    ) -> list[PendingRow]:
        marks = ",".join("?" * len(states))
        rows = self._query(
            "SELECT idx, email, data, state FROM recipients"
            f" WHERE campaign_id = ? AND state IN ({marks}) AND idx > ? ORDER BY idx LIMIT ?",
            (campaign_id, *states, after, limit),
        )
        columns = self.columns(campaign_id)
        return [
            PendingRow(i, e, dict(zip(columns, json.loads(d), strict=True)), RowState(st))
            for i, e, d, st in rows
        ]

    def mark_crashed(self, campaign_id: int) -> int:
        """Rows left ``sending`` by a crash become ``unknown``; returns how many."""
        with self.transaction() as db:
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

    def unknown_rows(self, campaign_id: int) -> list[int]:
        rows = self._query(
            "SELECT idx FROM recipients WHERE campaign_id = ? AND state = ? ORDER BY idx",
            (campaign_id, RowState.UNKNOWN),
        )
        return [r[0] for r in rows]

    def write_batch(self, campaign_id: int, changes: Sequence[RowChange], account: str) -> None:
        """Commit several row changes in one transaction (the runner's writer thread)."""
        now = time.time()
        with self.transaction() as db:
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
            db.executemany(
                "INSERT INTO send_log (time, account, campaign_id) VALUES (?, ?, ?)",
                [
                    (ch.time or now, account, campaign_id)
                    for ch in changes
                    if ch.state == RowState.SENT and ch.logged
                ],
            )

    # -- send log, suppression, test sends ------------------------------------------------

    def send_times_since(self, epoch: float, account: str) -> list[float]:
        rows = self._query(
            "SELECT time FROM send_log WHERE account = ? AND time > ? ORDER BY time",
            (account, epoch),
        )
        return [r[0] for r in rows]

    def suppressed(self) -> set[str]:
        return {r[0] for r in self._query("SELECT email FROM suppression")}

    def suppression_list(self) -> list[tuple[str, str, float]]:
        return [tuple(r) for r in self._query("SELECT email, reason, added FROM suppression")]

    def add_suppressed(self, addresses: Iterable[str], reason: str) -> int:
        now = time.time()
        with self.transaction() as db:
            before = db.total_changes
            db.executemany(
                "INSERT OR IGNORE INTO suppression (email, reason, added) VALUES (?, ?, ?)",
                ((a.strip().lower(), reason, now) for a in addresses if a.strip()),
            )
            return db.total_changes - before

    def remove_suppressed(self, address: str) -> bool:
        with self.transaction() as db:
            return (
                db.execute(
                    "DELETE FROM suppression WHERE email = ?", (address.strip().lower(),)
                ).rowcount
                > 0
            )

    def log_test_send(self, profile: str, recipient: str, message_id: str, error: str = "") -> None:
        with self.transaction() as db:
            db.execute(
                "INSERT INTO test_sends (time, profile, recipient, message_id, error)"
                " VALUES (?, ?, ?, ?, ?)",
                (time.time(), profile, recipient, message_id, error),
            )

    def test_sends(self) -> list[tuple[float, str, str, str, str]]:
        return [
            tuple(r)
            for r in self._query(
                "SELECT time, profile, recipient, message_id, error FROM test_sends ORDER BY id"
            )
        ]

    # -- delivery events -----------------------------------------------------------------

    def apply_events(self, events: Sequence[DeliveryEvent]) -> tuple[int, int]:
        """Apply SES notifications; returns (matched, unmatched). Idempotent."""
        from mailer.store.events import apply_events

        with self.transaction() as db:
            return apply_events(db, events)

    def add_unparsed(self, body: str, reason: str) -> None:
        """A tracking message that is not an SES notification: kept, not dropped."""
        with self.transaction() as db:
            db.execute(
                "INSERT INTO unmatched_events (received, message_id, kind, body)"
                " VALUES (?, '', ?, ?)",
                (time.time(), f"unparsed: {reason}", body),
            )

    def unmatched_events(self) -> list[tuple[float, str, str, str]]:
        return [
            tuple(r)
            for r in self._query(
                "SELECT received, message_id, kind, body FROM unmatched_events ORDER BY id"
            )
        ]

    def row_events(self, campaign_id: int, idx: int) -> list[tuple[str, str, str]]:
        return [
            tuple(r)
            for r in self._query(
                "SELECT kind, time, detail FROM events"
                " WHERE campaign_id = ? AND idx = ? ORDER BY id",
                (campaign_id, idx),
            )
        ]


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


_CAMPAIGN_COLUMNS = (
    "id, uid, name, created, updated, status, reason, source, template_name, total, settings"
)


def _campaign(row: Sequence[Any]) -> CampaignSummary:
    return CampaignSummary(
        id=row[0],
        uid=row[1],
        name=row[2],
        created=row[3],
        updated=row[4],
        status=CampaignStatus(row[5]),
        reason=Reason.decode(row[6]),
        source=row[7],
        template_name=row[8],
        total=row[9],
        settings=json.loads(row[10]),
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
