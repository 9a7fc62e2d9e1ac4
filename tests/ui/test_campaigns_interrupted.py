"""The campaign list agrees with `mailer status`: a campaign the journal says is sending,
whose lock no process holds (the sender was killed), is interrupted, not sending."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from mailer.settings import data_dir
from mailer.states import CampaignStatus
from mailer.store.journal import Journal
from mailer.store.lock import CampaignLock, campaign_lock_path, lock_folder
from tests.mailer.campaign_fixtures import make_campaign
from ui.pages.campaigns_page import CampaignsPage

STATUS = 3  # the list's status column


@pytest.fixture
def journal() -> Iterator[Journal]:
    j = Journal(data_dir() / "journal.sqlite3")
    yield j
    j.close()


def test_a_killed_run_is_interrupted_and_a_live_one_is_sending(
    qtbot: Any, context: Any, journal: Journal, tmp_path: Path
) -> None:
    killed = make_campaign(tmp_path / "a", journal, 5)
    live = make_campaign(tmp_path / "b", journal, 5)
    for cid in (killed, live):  # what a run stores when it starts; a kill leaves it so
        journal.campaigns.set_status(cid, CampaignStatus.RUNNING)
    lock = CampaignLock(campaign_lock_path(lock_folder(journal.path), live))
    lock.acquire()  # someone is sending ``live`` right now
    try:
        page = CampaignsPage(context)
        qtbot.addWidget(page)
        model = page.list_model
        qtbot.waitUntil(lambda: model.rowCount() == 2, timeout=10_000)
        shown = {model.rows[r].id: model.index(r, STATUS).data() for r in range(2)}
    finally:
        lock.release()
    assert shown == {killed: "Interrupted (resumable)", live: "Sending"}
    page.select_campaign(killed)
    assert "Interrupted (resumable)" in page.title.text()
    assert page.resume_button.isEnabled()
