"""The report's tallies: kept as events arrive, and filled once for a journal written
before they existed (which must keep opening)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from mailer.aws.notifications import parse_notification
from mailer.reports import campaign_report
from mailer.store.journal import Journal
from tests.mailer.reports.fixtures import EVENTS, LINK_A, make_sent_campaign, ses_event


def _apply_all(journal: Journal) -> None:
    for idx, kind, options in EVENTS:
        journal.events.apply(parse_notification(ses_event(idx, kind, options)))


def _downgrade(path: Path) -> None:
    """Make the file what the version before the report wrote: no tallies, no columns."""
    db = sqlite3.connect(path)
    for index in ("recipients_domain", "events_problems"):
        db.execute(f"DROP INDEX {index}")
    db.execute("DROP TABLE send_hours")
    db.execute("DROP TABLE event_counts")
    db.execute("DROP TABLE link_counts")
    for table, column in (("recipients", "domain"), ("recipients", "opens"),
                          ("recipients", "clicks"), ("events", "link")):  # fmt: skip
        db.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
    db.commit()
    db.close()


def _figures(journal: Journal, campaign_id: int) -> tuple[object, ...]:
    r = campaign_report(journal, campaign_id)
    return r.figures, r.timeline, r.domains, r.reasons


def test_an_older_journal_opens_and_its_tallies_are_filled(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    journal = Journal(path)
    campaign_id = make_sent_campaign(tmp_path, journal)
    _apply_all(journal)
    expected = _figures(journal, campaign_id)
    journal.close()
    _downgrade(path)

    reopened = Journal(path)  # migrates: columns added, tallies filled from the events
    assert _figures(reopened, campaign_id) == expected
    # Clicks recorded before links were kept count under "" (the report says so).
    links = [(k.url, k.clickers, k.clicks) for k in campaign_report(reopened, campaign_id).links]
    assert links == [("", 2, 4)]
    # New events after the migration are tallied as they arrive.
    reopened.events.apply(parse_notification(ses_event(1, "Click", {"link": LINK_A})))
    links = [(k.url, k.clickers, k.clicks) for k in campaign_report(reopened, campaign_id).links]
    assert links == [("", 2, 4), (LINK_A, 1, 1)]
    reopened.close()
    Journal(path).close()  # and a second open finds nothing left to do


def test_tallies_match_a_rebuild_from_the_events(tmp_path: Path) -> None:
    """What apply keeps incrementally equals what a rebuild computes from scratch."""
    from mailer.store.tallies import rebuild

    journal = Journal(tmp_path / "journal.sqlite3")
    campaign_id = make_sent_campaign(tmp_path, journal)
    _apply_all(journal)
    _apply_all(journal)  # every event again: duplicates change no tally
    kept = campaign_report(journal, campaign_id)
    with journal.transaction() as db:
        rebuild(db)
    assert campaign_report(journal, campaign_id) == kept
