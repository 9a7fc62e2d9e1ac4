"""journal.events: SES notifications applied to rows, up the ladder only; the rest kept."""

from __future__ import annotations

from pathlib import Path

from mailer.aws.notifications import DeliveryEvent
from mailer.states import EventKind, RowState
from mailer.store.journal import Journal
from mailer.store.rows import RowChange
from tests.mailer.campaign_fixtures import make_campaign


def _event(kind: EventKind, mid: str, **kw: str) -> DeliveryEvent:
    return DeliveryEvent(
        kind=kind,
        message_id=mid,
        recipients=("user0@example.com",),
        timestamp="2026-11-22T01:00:00Z",
        **kw,
    )


def test_events_move_states_up_only_and_suppress(journal: Journal, tmp_path: Path) -> None:
    cid = make_campaign(tmp_path, journal, 2)
    journal.rows.write_batch(cid, [RowChange(0, RowState.SENT, message_id="m-0")], "a")
    bounce = _event(EventKind.BOUNCE, "m-0", bounce_type="Permanent", bounce_subtype="General")
    delivery = _event(EventKind.DELIVERY, "m-0")
    assert journal.events.apply([bounce, delivery, bounce]) == (3, 0)  # duplicate, late delivery
    row = journal.rows.page(cid)[0]
    assert row.state == "bounced" and "Permanent" in row.error
    assert journal.suppression.addresses() == {"user0@example.com"}
    assert len(journal.events.of_row(cid, 0)) == 2  # the duplicate bounce is not recorded twice


def test_soft_bounce_does_not_suppress_and_unknown_ids_are_kept(
    journal: Journal, tmp_path: Path
) -> None:
    cid = make_campaign(tmp_path, journal, 1)
    journal.rows.write_batch(cid, [RowChange(0, RowState.SENT, message_id="m-0")], "a")
    soft = _event(EventKind.BOUNCE, "m-0", bounce_type="Transient")
    stray = _event(EventKind.DELIVERY, "not-ours")
    assert journal.events.apply([soft, stray]) == (1, 1)
    assert journal.rows.page(cid)[0].state == "soft_bounced"
    assert journal.suppression.addresses() == set()
    assert journal.events.unmatched()[0][1] == "not-ours"


def test_unparsed_messages_are_kept(journal: Journal) -> None:
    journal.events.add_unparsed("not json", "no Message")
    [(received, message_id, kind, body)] = journal.events.unmatched()
    assert received > 0 and message_id == "" and kind == "unparsed: no Message"
    assert body == "not json"
