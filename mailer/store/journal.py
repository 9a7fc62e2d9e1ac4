"""The campaign journal: one SQLite file (WAL) under the data dir, one connection.

It keeps, per campaign, a snapshot of the recipients and the template (a resumed
campaign renders the same messages even if the files changed), its settings, and
per-recipient state, message id, error and timestamps; plus an append-only send log
(for the rolling 24-hour quota), the suppression list, delivery events, events that
matched no message, and test sends.

``Journal`` is the connection and the schema; each table family has its store,
reached as an attribute (like Anki's collection and its managers), all sharing the
one connection and its lock::

    journal.campaigns    campaigns        (mailer.store.campaigns)
    journal.rows         recipients       (mailer.store.rows)
    journal.send_log     send_log, quota_holds  (mailer.store.send_log)
    journal.suppression  suppression, unsubscribes, audience_contacts
                                          (mailer.store.suppression)
    journal.events       events, unmatched_events  (mailer.store.events)
    journal.test_sends   test_sends       (mailer.store.test_sends)

An archived campaign is listed in ``archived_campaigns`` (hidden from the default lists,
never offered for resuming, still counted by the repeat check). A deleted campaign
leaves only its id in ``deleted_campaigns`` (ids are never reused:
its sends stay in the send log, which the 24-hour quota counts) and its addresses in
the suppression list.

Crash safety: a row is committed as ``sending`` before the transport is called and
as ``sent`` after. A campaign's runner holds an OS file lock while it runs; a
campaign found with ``sending`` rows and no lock holder crashed, and those rows
become ``unknown`` (never resent silently).
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from mailer.errors import JournalError
from mailer.store.campaigns import CampaignStore
from mailer.store.damage import file_damaged, schema_damaged
from mailer.store.events import EventStore
from mailer.store.rows import RowStore
from mailer.store.send_log import SendLog
from mailer.store.suppression import SuppressionStore
from mailer.store.tallies import migrate as migrate_tallies
from mailer.store.test_sends import TestSendLog

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
CREATE TABLE IF NOT EXISTS quota_holds (
    campaign_id INTEGER PRIMARY KEY,
    account TEXT NOT NULL,
    slots INTEGER NOT NULL,
    time REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS suppression (
    email TEXT PRIMARY KEY,
    reason TEXT NOT NULL,
    added REAL NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS unsubscribes (
    email TEXT NOT NULL,
    topic TEXT NOT NULL,
    added REAL NOT NULL,
    source TEXT NOT NULL,
    PRIMARY KEY (email, topic)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS audience_contacts (
    contact_list TEXT NOT NULL,
    email TEXT NOT NULL,
    added REAL NOT NULL,
    PRIMARY KEY (contact_list, email)
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
CREATE TABLE IF NOT EXISTS deleted_campaigns (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL,
    deleted REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS archived_campaigns (
    campaign_id INTEGER PRIMARY KEY,
    archived REAL NOT NULL
);
"""


class Journal:
    """Thread-safe: one connection, serialised by a lock; short transactions.

    The stores never open a connection of their own: they read through ``_query``
    and write inside ``transaction()``, so a transaction may span several stores.
    """

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        db: sqlite3.Connection | None = None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            db = sqlite3.connect(
                self.path, check_same_thread=False, isolation_level=None, timeout=30
            )
            _use_wal(db)
            db.execute("PRAGMA synchronous=NORMAL")
            db.executescript(SCHEMA)
            migrate_tallies(db)  # the report's columns and counters (older journals too)
            # Found at open, not by the first query that needs the column mid-send.
            missing = _missing_columns(db)
            if missing:
                raise schema_damaged(self.path, missing)
        except (sqlite3.Error, OSError, JournalError) as exc:
            if db is not None:
                db.close()  # an open handle would keep the file from being moved aside
            if isinstance(exc, JournalError):
                raise
            damaged = file_damaged(self.path, exc) if isinstance(exc, sqlite3.Error) else None
            raise damaged or JournalError(
                f"Cannot open the campaign journal {self.path}: {exc}. "
                "Check that the folder is writable and the disk is not full."
            ) from exc
        self._db = db
        self._lock = threading.RLock()
        self._depth = 0  # transactions open on the lock-holding thread
        self.campaigns = CampaignStore(self)
        self.rows = RowStore(self)
        self.send_log = SendLog(self)
        self.suppression = SuppressionStore(self)
        self.events = EventStore(self)
        self.test_sends = TestSendLog(self)

    def close(self) -> None:
        with self._lock:
            self._db.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """A write transaction: BEGIN IMMEDIATE ... COMMIT, ROLLBACK on any exception.

        Opened inside another one (same thread: the lock is re-entrant) it is a savepoint
        of the outer one, so a store's write can join a transaction that spans stores.
        """
        with self._lock:
            nested = self._depth > 0
            self._depth += 1
            try:
                self._db.execute("SAVEPOINT nested" if nested else "BEGIN IMMEDIATE")
                try:
                    yield self._db
                except BaseException:
                    if nested:
                        self._db.execute("ROLLBACK TO nested")
                        self._db.execute("RELEASE nested")
                    else:
                        self._db.execute("ROLLBACK")
                    raise
                self._db.execute("RELEASE nested" if nested else "COMMIT")
            except sqlite3.Error as exc:
                raise file_damaged(self.path, exc) or JournalError(
                    f"Writing the campaign journal {self.path} failed: {exc}."
                ) from exc
            finally:
                self._depth -= 1

    def _query(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        with self._lock:
            try:
                return self._db.execute(sql, params).fetchall()
            except sqlite3.Error as exc:
                raise file_damaged(self.path, exc) or JournalError(
                    f"Reading the campaign journal {self.path} failed: {exc}."
                ) from exc


def _use_wal(db: sqlite3.Connection, wait: float = 30.0) -> None:
    """Switch to WAL. Two processes creating the journal at once (two `mailer send`
    started together) get "database is locked" here at once: SQLite does not call the
    busy handler for this switch, so wait for the other one as the timeout would."""
    deadline = time.monotonic() + wait
    while True:
        try:
            db.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


def _missing_columns(db: sqlite3.Connection) -> list[str]:
    """Columns of SCHEMA the file lacks, named for a sentence: CREATE TABLE IF NOT
    EXISTS leaves a damaged table as it is. (A migration that adds a column to an
    existing table must run before this check.)"""
    reference = sqlite3.connect(":memory:")
    try:
        reference.executescript(SCHEMA)
        tables = [
            r[0] for r in reference.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        ]
        missing = []
        for table in tables:
            want = [r[1] for r in reference.execute(f"PRAGMA table_info({table})")]
            have = {r[1] for r in db.execute(f"PRAGMA table_info({table})")}
            missing += [f"the column {table}.{c}" for c in want if c not in have]
        return missing
    finally:
        reference.close()
