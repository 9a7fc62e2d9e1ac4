from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import pytest

from mailer.aws.notifications import DeliveryEvent
from mailer.content.templates import TemplateSet
from mailer.errors import JournalError
from mailer.states import EventKind, ReasonCode, RowState, describe
from mailer.store.journal import Journal, RowChange
from mailer.store.lock import CampaignLock
from tests.mailer.campaign_fixtures import make_campaign


@pytest.fixture
def journal(tmp_path: Path) -> Journal:
    return Journal(tmp_path / "j.sqlite3")


def _event(kind: EventKind, mid: str, **kw: str) -> DeliveryEvent:
    return DeliveryEvent(
        kind=kind,
        message_id=mid,
        recipients=("user0@example.com",),
        timestamp="2026-11-22T01:00:00Z",
        **kw,
    )


def test_snapshot_survives_the_files_changing(tmp_path: Path, journal: Journal) -> None:
    cid = make_campaign(tmp_path, journal, 3)
    (tmp_path / "tpl" / "plain" / "subject.txt").write_text("CHANGED {{ nope }}", encoding="utf-8")
    (tmp_path / "list-3.csv").write_text("garbage", encoding="utf-8")
    template = TemplateSet.from_snapshot(journal.template_snapshot(cid))
    rows = journal.pending_rows(cid, -1, 10)
    assert template.render(rows[0].data).subject == "안녕하세요 사용자 0"
    assert [r.email for r in rows] == [f"user{i}@example.com" for i in range(3)]
    assert journal.campaign(cid).settings["sender"]["from_addr"] == "sender@example.com"


def test_wal_mode_and_counts(journal: Journal, tmp_path: Path) -> None:
    cid = make_campaign(tmp_path, journal, 4)
    mode = sqlite3.connect(journal.path).execute("PRAGMA journal_mode").fetchone()[0]
    assert mode == "wal"
    counts = journal.counts(cid)
    assert counts["pending"] == 4 and set(counts) == {s.value for s in RowState}


def test_sending_rows_become_unknown_after_a_crash(journal: Journal, tmp_path: Path) -> None:
    cid = make_campaign(tmp_path, journal, 3)
    journal.write_batch(cid, [RowChange(1, RowState.SENDING, attempt=1)], "a")
    assert journal.mark_crashed(cid) == 1
    assert journal.unknown_rows(cid) == [1]
    assert journal.recipients(cid)[1].reason.code is ReasonCode.CRASHED
    assert "may or may not" in describe(journal.recipients(cid)[1].reason)


def test_events_move_states_up_only_and_suppress(journal: Journal, tmp_path: Path) -> None:
    cid = make_campaign(tmp_path, journal, 2)
    journal.write_batch(cid, [RowChange(0, RowState.SENT, message_id="m-0")], "a")
    bounce = _event(EventKind.BOUNCE, "m-0", bounce_type="Permanent", bounce_subtype="General")
    delivery = _event(EventKind.DELIVERY, "m-0")
    assert journal.apply_events([bounce, delivery, bounce]) == (3, 0)  # duplicate, late delivery
    row = journal.recipients(cid)[0]
    assert row.state == "bounced" and "Permanent" in row.error
    assert journal.suppressed() == {"user0@example.com"}
    assert len(journal.row_events(cid, 0)) == 2  # the duplicate bounce is not recorded twice


def test_soft_bounce_does_not_suppress_and_unknown_ids_are_kept(
    journal: Journal, tmp_path: Path
) -> None:
    cid = make_campaign(tmp_path, journal, 1)
    journal.write_batch(cid, [RowChange(0, RowState.SENT, message_id="m-0")], "a")
    soft = _event(EventKind.BOUNCE, "m-0", bounce_type="Transient")
    stray = _event(EventKind.DELIVERY, "not-ours")
    assert journal.apply_events([soft, stray]) == (1, 1)
    assert journal.recipients(cid)[0].state == "soft_bounced"
    assert journal.suppressed() == set()
    assert journal.unmatched_events()[0][1] == "not-ours"


def test_send_log_window(journal: Journal, tmp_path: Path) -> None:
    cid = make_campaign(tmp_path, journal, 2)
    now = time.time()
    journal.write_batch(
        cid, [RowChange(0, RowState.SENT, message_id="x", time=now - 90000)], "acct"
    )
    journal.write_batch(cid, [RowChange(1, RowState.SENT, message_id="y", time=now - 10)], "acct")
    assert journal.send_times_since(now - 86400, "acct") == [pytest.approx(now - 10)]
    assert journal.send_times_since(now - 86400, "other") == []


def test_missing_campaign_and_unwritable_journal(journal: Journal, tmp_path: Path) -> None:
    with pytest.raises(JournalError, match="no campaign 99"):
        journal.campaign(99)
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(JournalError, match="Cannot open the campaign journal"):
        Journal(blocker / "j.sqlite3")


def test_campaign_lock_refuses_a_second_holder(tmp_path: Path) -> None:
    first = CampaignLock(tmp_path / "c.lock")
    first.acquire()
    with pytest.raises(JournalError, match="another process"):
        CampaignLock(tmp_path / "c.lock").acquire()
    first.release()
    CampaignLock(tmp_path / "c.lock").acquire()


def test_export_rows_and_test_sends(journal: Journal, tmp_path: Path) -> None:
    cid = make_campaign(tmp_path, journal, 2)
    journal.write_batch(cid, [RowChange(0, RowState.FAILED, error="rejected")], "a")
    rows = list(journal.export_rows(cid))
    assert rows[0][:5] == [2, "user0@example.com", "failed", None, "rejected"]
    assert rows[0][-4:] == ["사용자 0", "user0@example.com", "서울", "free"]
    journal.log_test_send("p", "t@example.com", "mid")
    assert journal.test_sends()[0][1:4] == ("p", "t@example.com", "mid")
    assert journal.send_times_since(0, "p") == []  # test sends do not count against the quota
