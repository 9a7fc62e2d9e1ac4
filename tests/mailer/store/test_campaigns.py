"""journal.campaigns: the snapshot, summaries, status."""

from __future__ import annotations

from pathlib import Path

import pytest

from mailer.content.templates import TemplateSet
from mailer.errors import JournalError
from mailer.states import CampaignStatus, Reason, ReasonCode
from mailer.store.journal import Journal
from tests.mailer.campaign_fixtures import make_campaign


def test_snapshot_survives_the_files_changing(tmp_path: Path, journal: Journal) -> None:
    cid = make_campaign(tmp_path, journal, 3)
    (tmp_path / "tpl" / "plain" / "subject.txt").write_text("CHANGED {{ nope }}", encoding="utf-8")
    (tmp_path / "list-3.csv").write_text("garbage", encoding="utf-8")
    template = TemplateSet.from_snapshot(journal.campaigns.template_snapshot(cid))
    rows = journal.rows.pending(cid, -1, 10)
    assert template.render(rows[0].data).subject == "안녕하세요 사용자 0"
    assert [r.email for r in rows] == [f"user{i}@example.com" for i in range(3)]
    assert journal.campaigns.get(cid).settings["sender"]["from_addr"] == "sender@example.com"
    assert journal.campaigns.columns(cid) == ["name", "email", "city", "plan"]


def test_missing_campaign(journal: Journal) -> None:
    with pytest.raises(JournalError, match="no campaign 99"):
        journal.campaigns.get(99)
    with pytest.raises(JournalError, match="no campaign 99"):
        journal.campaigns.template_snapshot(99)
    assert journal.campaigns.columns(99) == []


def test_all_newest_first_and_status_with_reason(journal: Journal, tmp_path: Path) -> None:
    first = make_campaign(tmp_path / "a", journal, 1)
    second = make_campaign(tmp_path / "b", journal, 2)
    assert [c.id for c in journal.campaigns.all()] == [second, first]
    summary = journal.campaigns.get(second)
    assert summary.status is CampaignStatus.READY and summary.total == 2
    journal.campaigns.set_status(first, CampaignStatus.STOPPED, Reason(ReasonCode.NOT_CONFIRMED))
    stopped = journal.campaigns.get(first)
    assert stopped.status is CampaignStatus.STOPPED
    assert stopped.reason.code is ReasonCode.NOT_CONFIRMED
    assert stopped.updated >= summary.created
