"""The delivery events (``events``, ``unmatched_events``): how an SES notification
changes the journal.

``journal.events.apply`` applies a batch of notifications in one transaction. Events
are matched on SES's message id. A state only moves up the ladder
sent < delivered < soft_bounced < bounced < complained, so duplicates and
out-of-order arrivals are harmless (a late Delivery does not undo a Bounce).
Hard bounces and complaints go onto the suppression list. Events for message ids
this journal never sent are kept in ``unmatched_events``, not dropped; so are tracking
messages that are no SES notification at all (``add_unparsed``).
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from mailer.states import EVENT_RANK, EventKind, RowState
from mailer.store.suppression import Unsubscribe, record_unsubscribes, suppress
from mailer.store.tallies import count_event, hour_of

if TYPE_CHECKING:
    from mailer.aws.notifications import DeliveryEvent
    from mailer.store.journal import Journal


class EventStore:
    """``journal.events``."""

    def __init__(self, journal: Journal) -> None:
        self._journal = journal

    def apply(self, events: Sequence[DeliveryEvent]) -> tuple[int, int]:
        """Apply SES notifications; returns (matched, unmatched). Idempotent."""
        with self._journal.transaction() as db:
            return apply_events(db, events)

    def add_unparsed(self, body: str, reason: str) -> None:
        """A tracking message that is not an SES notification: kept, not dropped."""
        with self._journal.transaction() as db:
            db.execute(
                "INSERT INTO unmatched_events (received, message_id, kind, body)"
                " VALUES (?, '', ?, ?)",
                (time.time(), f"unparsed: {reason}", body),
            )

    def unmatched(self) -> list[tuple[float, str, str, str]]:
        """(received, message id, kind, body) of every event kept unmatched, oldest first."""
        return [
            tuple(r)
            for r in self._journal._query(
                "SELECT received, message_id, kind, body FROM unmatched_events ORDER BY id"
            )
        ]

    def of_row(self, campaign_id: int, idx: int) -> list[tuple[str, str, str]]:
        """(kind, SES timestamp, detail JSON) of one row's events, in arrival order
        (as text even where a damaged journal holds something else)."""
        return [
            (str(kind), str(when), str(detail))
            for kind, when, detail in self._journal._query(
                "SELECT kind, time, detail FROM events"
                " WHERE campaign_id = ? AND idx = ? ORDER BY id",
                (campaign_id, idx),
            )
        ]


def target_state(event: DeliveryEvent) -> RowState | None:
    """The recipient state an event leads to, or None if it only adds to the history."""
    kind = event.kind
    if kind is EventKind.DELIVERY:
        return RowState.DELIVERED
    if kind is EventKind.BOUNCE:
        return RowState.BOUNCED if event.bounce_type == "Permanent" else RowState.SOFT_BOUNCED
    if kind is EventKind.COMPLAINT:
        return RowState.COMPLAINED
    if kind in (EventKind.REJECT, EventKind.RENDERING_FAILURE):
        return RowState.FAILED
    return None


def _detail(event: DeliveryEvent) -> str:
    parts = {
        "bounce_type": event.bounce_type,
        "bounce_subtype": event.bounce_subtype,
        "diagnostic": event.diagnostic,
        "feedback_type": event.feedback_type,
        "recipients": list(event.recipients),
        "link": event.link,
        "opted_out": list(event.opted_out),
        "opted_out_all": event.opted_out_all,
    }
    return json.dumps({k: v for k, v in parts.items() if v}, ensure_ascii=False, sort_keys=True)


def _error_text(event: DeliveryEvent) -> str:
    bits = [event.bounce_type, event.bounce_subtype, event.feedback_type, event.diagnostic]
    return " / ".join(b for b in bits if b)


def apply_events(db: sqlite3.Connection, events: Sequence[DeliveryEvent]) -> tuple[int, int]:
    """Apply events inside the caller's transaction; returns (matched, unmatched)."""
    matched = unmatched = 0
    now = time.time()
    for event in events:
        # An unsubscribe counts whatever message it came from (one this journal never
        # sent included): the person said no.
        _unsubscribe(db, event, now)
        row = db.execute(
            "SELECT campaign_id, idx, state FROM recipients WHERE message_id = ?",
            (event.message_id,),
        ).fetchone()
        if row is None:
            unmatched += 1
            db.execute(
                "INSERT INTO unmatched_events (received, message_id, kind, body)"
                " VALUES (?, ?, ?, ?)",
                (now, event.message_id, str(event.kind), event.raw),
            )
            continue
        matched += 1
        campaign_id, idx, state = row
        _record(db, campaign_id, idx, event, now)
        _advance(db, campaign_id, idx, state, event, now)
        _suppress(db, event, now)
    return matched, unmatched


def _record(
    db: sqlite3.Connection, campaign_id: int, idx: int, event: DeliveryEvent, now: float
) -> None:
    detail = _detail(event)
    duplicate = db.execute(
        "SELECT 1 FROM events WHERE campaign_id = ? AND idx = ? AND kind = ? AND time = ?"
        " AND detail = ?",
        (campaign_id, idx, str(event.kind), event.timestamp, detail),
    ).fetchone()
    if duplicate is None:
        if _tallied(event):  # before the insert: "first of its kind" asks the ones before
            hour = hour_of(event.timestamp, now)
            count_event(db, campaign_id, idx, event.kind, hour, event.link)
        db.execute(
            "INSERT INTO events (campaign_id, idx, kind, time, detail, received, link)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (campaign_id, idx, str(event.kind), event.timestamp, detail, now, event.link),
        )


def _tallied(event: DeliveryEvent) -> bool:
    """Counted for the report: every kind, but of subscription changes only opt-outs."""
    if event.kind is EventKind.SUBSCRIPTION:
        return event.opted_out_all or bool(event.opted_out)
    return True


def _advance(
    db: sqlite3.Connection,
    campaign_id: int,
    idx: int,
    state: str,
    event: DeliveryEvent,
    now: float,
) -> None:
    target = target_state(event)
    if target is None:
        return
    current = RowState(state)
    if target is RowState.FAILED:
        allowed = current is RowState.SENT
    else:
        allowed = current in EVENT_RANK and EVENT_RANK[target] > EVENT_RANK[current]
    if allowed:
        db.execute(
            "UPDATE recipients SET state = ?, error = ?, updated = ?"
            " WHERE campaign_id = ? AND idx = ?",
            (target, _error_text(event), now, campaign_id, idx),
        )


def _unsubscribe(db: sqlite3.Connection, event: DeliveryEvent, now: float) -> None:
    if event.kind is not EventKind.SUBSCRIPTION:
        return
    topics = [""] if event.opted_out_all else list(event.opted_out)
    when = _epoch(event.timestamp, now)
    record_unsubscribes(
        db,
        (Unsubscribe(a, topic, when, "ses-event") for a in event.recipients for topic in topics),
    )


def _epoch(timestamp: str, default: float) -> float:
    try:
        return datetime.fromisoformat(timestamp.replace("Z", "+00:00")).timestamp()
    except ValueError:
        return default


def _suppress(db: sqlite3.Connection, event: DeliveryEvent, now: float) -> None:
    kind = event.kind
    if kind is EventKind.BOUNCE and event.bounce_type == "Permanent":
        reason = f"hard bounce ({event.bounce_subtype or 'General'})"
    elif kind is EventKind.COMPLAINT:
        reason = f"complaint ({event.feedback_type or 'abuse'})"
    else:
        return
    suppress(db, ((addr.lower(), reason, now) for addr in event.recipients))
