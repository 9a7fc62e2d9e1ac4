"""Running tallies for the campaign report (``mailer.reports``), kept as events arrive.

A report of a 1,000,000-recipient campaign with 3,000,000 events must open in about a
second; grouping the raw ``events`` table by hour or by link takes several (SQLite
sorts every row to group them). So each new event also bumps a few small counters in
the same transaction that records it:

    event_counts  (campaign, kind, UTC hour) -> events, firsts (the recipient's first
                  of that kind: unique opens, clicks, unsubscribes)
    send_hours    (campaign, hour start) -> messages sent (kept by the send log)
    link_counts   (campaign, link) -> clicks, clickers (unique per link)
    recipients    .opens, .clicks per row, and .domain (lower-case part after the @),
                  indexed with the state so the domain table is one covering-index scan

``migrate`` brings a journal written by an earlier version up to this: it adds the
columns, and fills the tallies once from the events already recorded (clicks recorded
before links were kept count under the link "").
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Sequence
from datetime import UTC, datetime

from mailer.states import EventKind

TALLY_SCHEMA = """
CREATE TABLE IF NOT EXISTS event_counts (
    campaign_id INTEGER NOT NULL,
    kind TEXT NOT NULL,
    hour TEXT NOT NULL,
    events INTEGER NOT NULL,
    firsts INTEGER NOT NULL,
    PRIMARY KEY (campaign_id, kind, hour)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS send_hours (
    campaign_id INTEGER NOT NULL,
    hour INTEGER NOT NULL,
    sends INTEGER NOT NULL,
    PRIMARY KEY (campaign_id, hour)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS link_counts (
    campaign_id INTEGER NOT NULL,
    link TEXT NOT NULL,
    clicks INTEGER NOT NULL,
    clickers INTEGER NOT NULL,
    PRIMARY KEY (campaign_id, link)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS recipients_domain
    ON recipients (campaign_id, domain, state, opens, clicks);
CREATE INDEX IF NOT EXISTS events_problems ON events (campaign_id, kind)
    WHERE kind IN ('bounce', 'complaint', 'reject', 'rendering_failure', 'delay');
"""
# Kinds whose events the report lists one by one (bounce and failure reasons): few
# compared with opens and deliveries, so a partial index keeps them cheap to find.
# (The same list is spelled in the partial index above: a query must repeat it exactly.)
PROBLEM_KINDS: tuple[EventKind, ...] = (
    EventKind.BOUNCE,
    EventKind.COMPLAINT,
    EventKind.REJECT,
    EventKind.RENDERING_FAILURE,
    EventKind.DELAY,
)
_NEW_COLUMNS: dict[str, list[tuple[str, str]]] = {
    "recipients": [
        ("domain", "TEXT NOT NULL DEFAULT ''"),
        ("opens", "INTEGER NOT NULL DEFAULT 0"),
        ("clicks", "INTEGER NOT NULL DEFAULT 0"),
    ],
    "events": [("link", "TEXT NOT NULL DEFAULT ''")],
}


def domain_of(email: str) -> str:
    """The part after the last @, lower-cased: how the report groups recipients."""
    return email.rpartition("@")[2].strip().lower() if isinstance(email, str) else ""


def hour_of(timestamp: str, received: float) -> str:
    """SES's ISO timestamp as its UTC hour, "2026-11-22T05"; the arrival time if the
    timestamp is missing or odd (SES JSON is external input)."""
    try:
        moment = datetime.fromisoformat(timestamp.replace("Z", "+00:00"))
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
    except ValueError:
        moment = datetime.fromtimestamp(received, UTC)
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H")


def count_event(
    db: sqlite3.Connection,
    campaign_id: int,
    idx: int,
    kind: EventKind,
    hour: str,
    link: str = "",
) -> None:
    """Tally one new event (inside the transaction that records it, before it is
    inserted, so "first of its kind" is asked of the events recorded so far)."""
    first = _first(db, "campaign_id = ? AND idx = ? AND kind = ?", (campaign_id, idx, kind))
    db.execute(
        "INSERT INTO event_counts (campaign_id, kind, hour, events, firsts) VALUES (?, ?, ?, 1, ?)"
        " ON CONFLICT (campaign_id, kind, hour) DO UPDATE SET events = events + 1,"
        " firsts = firsts + excluded.firsts",
        (campaign_id, kind, hour, int(first)),
    )
    if kind is EventKind.OPEN:
        db.execute(
            "UPDATE recipients SET opens = opens + 1 WHERE campaign_id = ? AND idx = ?",
            (campaign_id, idx),
        )
    elif kind is EventKind.CLICK:
        db.execute(
            "UPDATE recipients SET clicks = clicks + 1 WHERE campaign_id = ? AND idx = ?",
            (campaign_id, idx),
        )
        new_clicker = _first(
            db,
            "campaign_id = ? AND idx = ? AND kind = ? AND link = ?",
            (campaign_id, idx, kind, link),
        )
        db.execute(
            "INSERT INTO link_counts (campaign_id, link, clicks, clickers) VALUES (?, ?, 1, ?)"
            " ON CONFLICT (campaign_id, link) DO UPDATE SET clicks = clicks + 1,"
            " clickers = clickers + excluded.clickers",
            (campaign_id, link, int(new_clicker)),
        )


def count_sends(db: sqlite3.Connection, campaign_id: int, times: Sequence[float]) -> None:
    """Tally sends per hour (inside the transaction that logs them)."""
    hours = Counter(int(at // 3600) * 3600 for at in times)
    db.executemany(
        "INSERT INTO send_hours (campaign_id, hour, sends) VALUES (?, ?, ?)"
        " ON CONFLICT (campaign_id, hour) DO UPDATE SET sends = sends + excluded.sends",
        [(campaign_id, hour, n) for hour, n in hours.items()],
    )


def _first(db: sqlite3.Connection, where: str, params: tuple[object, ...]) -> bool:
    return db.execute(f"SELECT 1 FROM events WHERE {where} LIMIT 1", params).fetchone() is None


def migrate(db: sqlite3.Connection) -> None:
    """Add the report's columns, tables and indexes; fill the tallies of a journal
    written before them. Idempotent; one transaction (two processes opening an old
    journal at once: the second finds the work done)."""
    if not _readable(db):
        return  # a damaged journal: the column check that follows names what is missing
    if _current(db):
        return  # the usual case: no write lock taken just to open the journal
    db.execute("BEGIN IMMEDIATE")
    try:
        had_tallies = _has_table(db, "send_hours")
        added = _add_columns(db)
        for statement in _statements(TALLY_SCHEMA):
            db.execute(statement)
        if "recipients.domain" in added:
            _fill_domains(db)
        if not had_tallies:
            rebuild(db)
        db.execute("COMMIT")
    except BaseException:
        db.execute("ROLLBACK")
        raise


# The columns the migration reads (the rest of a damaged table is not its business).
_NEEDED = {
    "recipients": {"campaign_id", "idx", "email", "state"},
    "events": {"id", "campaign_id", "idx", "kind", "time", "detail"},
    "send_log": {"campaign_id", "time"},
}


def _readable(db: sqlite3.Connection) -> bool:
    return all(
        need <= {r[1] for r in db.execute(f"PRAGMA table_info({table})")}
        for table, need in _NEEDED.items()
    )


_OBJECTS = ("event_counts", "link_counts", "send_hours", "recipients_domain", "events_problems")


def _current(db: sqlite3.Connection) -> bool:
    names = {r[0] for r in db.execute("SELECT name FROM sqlite_master")}
    if not names.issuperset(_OBJECTS):
        return False
    return all(
        {name for name, _spec in columns} <= {r[1] for r in db.execute(f"PRAGMA table_info({t})")}
        for t, columns in _NEW_COLUMNS.items()
    )


def _statements(script: str) -> list[str]:
    # executescript would COMMIT the transaction this runs in; split instead (the
    # schema holds no ";" inside a statement).
    return [s.strip() for s in script.split(";") if s.strip()]


def _has_table(db: sqlite3.Connection, name: str) -> bool:
    found = db.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)
    ).fetchone()
    return found is not None


def _add_columns(db: sqlite3.Connection) -> set[str]:
    added = set()
    for table, columns in _NEW_COLUMNS.items():
        have = {r[1] for r in db.execute(f"PRAGMA table_info({table})")}
        for name, spec in columns:
            if name not in have:
                db.execute(f"ALTER TABLE {table} ADD COLUMN {name} {spec}")
                added.add(f"{table}.{name}")
    return added


def _fill_domains(db: sqlite3.Connection) -> None:
    db.create_function("mailer_domain", 1, domain_of, deterministic=True)
    db.execute("UPDATE recipients SET domain = mailer_domain(email)")


def rebuild(db: sqlite3.Connection) -> None:
    """Fill every tally from the events table (inside the caller's transaction): for a
    journal written before the tallies existed, and for the benchmark's bulk-made one."""
    db.execute("DELETE FROM event_counts")
    db.execute("DELETE FROM link_counts")
    db.execute("DELETE FROM send_hours")
    db.execute(
        "INSERT INTO send_hours (campaign_id, hour, sends) SELECT campaign_id,"
        " CAST(time / 3600 AS INTEGER) * 3600, COUNT(*) FROM send_log"
        " WHERE campaign_id IS NOT NULL GROUP BY 1, 2"
    )
    # Hours are the first 13 characters of SES's UTC ("...Z") timestamps.
    db.execute(
        "INSERT INTO event_counts (campaign_id, kind, hour, events, firsts)"
        " SELECT e.campaign_id, e.kind, substr(e.time, 1, 13), COUNT(*),"
        " SUM(e.id = f.first) FROM events e JOIN (SELECT campaign_id, idx, kind,"
        " MIN(id) AS first FROM events GROUP BY campaign_id, idx, kind) f"
        " ON f.campaign_id = e.campaign_id AND f.idx = e.idx AND f.kind = e.kind"
        " WHERE e.kind <> ? OR e.detail LIKE '%\"opted_out%'"
        " GROUP BY e.campaign_id, e.kind, substr(e.time, 1, 13)",
        (EventKind.SUBSCRIPTION,),  # only opt-outs count (as unsubscribes)
    )
    db.execute(
        "INSERT INTO link_counts (campaign_id, link, clicks, clickers)"
        " SELECT campaign_id, link, COUNT(*), COUNT(DISTINCT idx) FROM events"
        " WHERE kind = ? GROUP BY campaign_id, link",
        (EventKind.CLICK,),
    )
    db.execute("UPDATE recipients SET opens = 0, clicks = 0 WHERE opens <> 0 OR clicks <> 0")
    for column, kind in (("opens", EventKind.OPEN), ("clicks", EventKind.CLICK)):
        db.execute(
            f"UPDATE recipients SET {column} = c.n FROM (SELECT campaign_id, idx, COUNT(*) AS n"
            " FROM events WHERE kind = ? GROUP BY campaign_id, idx) AS c"
            " WHERE recipients.campaign_id = c.campaign_id AND recipients.idx = c.idx",
            (kind,),
        )
