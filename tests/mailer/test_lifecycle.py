"""A campaign's life outside a run: declined (a draft), never started, unfinished (offered
for resuming), deleted (issue 16, item 1)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from mailer import service
from mailer.errors import InputError
from mailer.states import CampaignStatus, Reason, ReasonCode, RowState
from mailer.store.journal import Journal
from mailer.store.lock import CampaignLock, campaign_lock_path, lock_folder
from mailer.store.rows import RowChange
from tests.mailer.campaign_fixtures import make_campaign

ACCOUNT = "outbox:test"


@pytest.fixture
def journal(tmp_path: Path) -> Journal:
    j = Journal(tmp_path / "data" / "journal.sqlite3")
    yield j  # type: ignore[misc]
    j.close()


def _send(journal: Journal, campaign_id: int, rows: range, state: RowState = RowState.SENT) -> None:
    """What a run writes for rows it sent (the send log included)."""
    journal.rows.write_batch(
        campaign_id, [RowChange(i, state, message_id=f"m{campaign_id}-{i}") for i in rows], ACCOUNT
    )


def test_a_declined_campaign_is_a_draft_and_is_not_offered(
    journal: Journal, tmp_path: Path
) -> None:
    cid = make_campaign(tmp_path / "a", journal, 5)
    service.CampaignSession(journal, cid).decline()
    found = service.campaign_overview(journal, cid)
    assert found.status is CampaignStatus.DRAFT
    assert found.summary.reason == Reason(ReasonCode.NOT_CONFIRMED)
    assert not found.unfinished and not found.interrupted
    assert found.resumable  # it can still be sent when asked for by id
    assert service.unfinished(journal) == []


def test_only_campaigns_that_started_sending_are_unfinished(
    journal: Journal, tmp_path: Path
) -> None:
    never = make_campaign(tmp_path / "a", journal, 5)  # created, never run: "ready"
    killed_early = make_campaign(tmp_path / "b", journal, 5)
    journal.campaigns.set_status(killed_early, CampaignStatus.RUNNING)  # died before a send
    older = make_campaign(tmp_path / "c", journal, 5)
    _send(journal, older, range(2))
    journal.campaigns.set_status(older, CampaignStatus.STOPPED)
    time.sleep(0.02)
    newer = make_campaign(tmp_path / "d", journal, 5)
    _send(journal, newer, range(1))
    journal.campaigns.set_status(newer, CampaignStatus.PAUSED)
    cancelled = make_campaign(tmp_path / "e", journal, 5)
    _send(journal, cancelled, range(1))
    journal.campaigns.set_status(cancelled, CampaignStatus.CANCELLED)

    found = service.unfinished(journal)
    # The most recently sending first, each with when it last sent.
    assert [c.id for c in found] == [newer, older]
    last = {c.id: c.last_sent for c in found}
    assert last[newer] is not None and last[older] is not None
    assert last[newer] >= last[older] > time.time() - 60
    listed = {c.id: c for c in service.overview(journal)}
    assert not listed[never].unfinished and not listed[killed_early].unfinished
    assert listed[killed_early].interrupted  # still shown as such on the Campaigns page


def test_last_sent_is_none_for_a_campaign_that_sent_nothing(
    journal: Journal, tmp_path: Path
) -> None:
    cid = make_campaign(tmp_path / "a", journal, 3)
    assert journal.rows.last_sent(cid) is None
    _send(journal, cid, range(1), RowState.FAILED)
    assert journal.rows.last_sent(cid) is not None


def test_delete_removes_the_campaign_but_keeps_quota_and_suppression(
    journal: Journal, tmp_path: Path
) -> None:
    keep = make_campaign(tmp_path / "a", journal, 4)
    gone = make_campaign(tmp_path / "b", journal, 6)
    _send(journal, gone, range(3))
    journal.suppression.add(["user1@example.com"], "bounce")
    with journal.transaction() as db:
        db.execute(
            "INSERT INTO events (campaign_id, idx, kind, time, detail, received)"
            " VALUES (?, 0, 'delivery', '2026-01-01T00:00:00Z', '', 0)",
            (gone,),
        )
    since = time.time() - 3600
    logged = len(journal.send_log.times_since(since, ACCOUNT))

    assert service.delete_campaign(journal, gone) == 6

    assert [c.id for c in service.overview(journal)] == [keep]
    left = journal._query("SELECT COUNT(*) FROM recipients WHERE campaign_id = ?", (gone,))
    events = journal._query("SELECT COUNT(*) FROM events WHERE campaign_id = ?", (gone,))
    assert left[0][0] == 0 and events[0][0] == 0
    tables = [r[0] for r in journal._query("SELECT name FROM sqlite_master WHERE type='table'")]
    holding = [
        t
        for t in tables
        if any(c[1] == "campaign_id" for c in journal._query(f'PRAGMA table_info("{t}")'))
        and journal._query(f'SELECT 1 FROM "{t}" WHERE campaign_id = ?', (gone,))
    ]
    assert holding == ["send_log"]  # nothing of it is left but its sends
    assert journal.rows.counts(keep)[RowState.PENDING] == 4  # the other one is untouched
    # The daily quota still counts its sends; suppressed addresses stay suppressed.
    assert len(journal.send_log.times_since(since, ACCOUNT)) == logged == 3
    assert "user1@example.com" in journal.suppression.addresses()
    # Its id is never given to a new campaign (its sends are in the log under it).
    assert make_campaign(tmp_path / "c", journal, 2) == gone + 1
    with pytest.raises(Exception, match=f"no campaign {gone}"):
        service.delete_campaign(journal, gone)


def test_delete_is_refused_while_the_campaign_is_sending(journal: Journal, tmp_path: Path) -> None:
    cid = make_campaign(tmp_path / "a", journal, 3)
    lock = CampaignLock(campaign_lock_path(lock_folder(journal.path), cid))
    lock.acquire()  # a runner (here or in another process) is sending it
    try:
        with pytest.raises(InputError, match="being sent right now"):
            service.delete_campaign(journal, cid)
    finally:
        lock.release()
    assert journal.campaigns.get(cid).id == cid
    service.delete_campaign(journal, cid)
    assert service.overview(journal) == []


def test_a_damaged_campaign_can_be_deleted(journal: Journal, tmp_path: Path) -> None:
    cid = make_campaign(tmp_path / "a", journal, 3)
    with journal.transaction() as db:
        db.execute("UPDATE campaigns SET status = 'nonsense' WHERE id = ?", (cid,))
    assert service.overview(journal)[0].summary.damage
    service.delete_campaign(journal, cid)
    assert service.overview(journal) == []


def test_an_archived_campaign_is_kept_but_never_offered(journal: Journal, tmp_path: Path) -> None:
    cid = make_campaign(tmp_path / "a", journal, 4)
    _send(journal, cid, range(1))
    journal.campaigns.set_status(cid, CampaignStatus.STOPPED)
    assert [c.id for c in service.unfinished(journal)] == [cid]
    service.archive_campaign(journal, cid)
    assert service.unfinished(journal) == []
    assert service.campaign_overview(journal, cid).archived
    listed = service.overview(journal)
    assert [c.id for c in listed] == [cid] and listed[0].archived  # front ends hide it
    service.archive_campaign(journal, cid, archived=False)
    assert [c.id for c in service.unfinished(journal)] == [cid]
    lock = CampaignLock(campaign_lock_path(lock_folder(journal.path), cid))
    lock.acquire()
    try:
        with pytest.raises(InputError, match="cannot be archived"):
            service.archive_campaign(journal, cid)
    finally:
        lock.release()
    service.archive_campaign(journal, cid)
    service.delete_campaign(journal, cid)  # its archive mark goes with it
    assert journal.campaigns.archived() == set()
