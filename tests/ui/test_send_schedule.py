"""Scheduled sends in the app (issue 15, scheduling): schedule from Review & send, start
when due, and at start offer - never silently start - a campaign missed while closed."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDateTime

from mailer import service
from mailer.sending.runner import Limits
from mailer.sending.schedule import schedule
from mailer.service import CampaignDraft
from mailer.settings import Profile
from mailer.states import CampaignStatus
from mailer.transports.fake import FakeScript, fake_factory
from tests.ui.send_fixtures import sender, table_and_template
from tests.ui.test_send_page import page_of, ready
from ui.dialogs import missed_dialog
from ui.main_window import MainWindow


def stored(tmp_path: Path, n: int, due: datetime) -> int:
    """A campaign scheduled for ``due`` (past times allowed: the clock moved on)."""
    table, template = table_and_template(tmp_path, n)
    draft = CampaignDraft("예약 캠페인", table, template, sender(), Profile())
    journal = service.open_journal()
    try:
        campaign_id = service.create(journal, draft).campaign_id
        schedule(journal, campaign_id, due)
        return campaign_id
    finally:
        journal.close()


def status_of(campaign_id: int) -> CampaignStatus:
    journal = service.open_journal()
    try:
        return journal.campaigns.get(campaign_id).status
    finally:
        journal.close()


def window_answering(
    qtbot: Any, context: Any, monkeypatch: pytest.MonkeyPatch, answer: missed_dialog.Answer
) -> tuple[MainWindow, FakeScript, list[str]]:
    asked: list[str] = []

    def ask(_parent: Any, name: str, _due: datetime) -> missed_dialog.Answer:
        asked.append(name)
        return answer

    monkeypatch.setattr(missed_dialog, "ask", ask)
    window = MainWindow(context, restore=False)
    qtbot.addWidget(window)
    script = FakeScript()
    page_of(window).run_overrides = {
        "transport_factory": fake_factory(script),
        "limits": Limits(rate=0, daily=None),
    }
    return window, script, asked


def test_schedule_from_review_and_send(
    qtbot: Any, context: Any, tmp_path: Path, boxes: Any
) -> None:
    window = MainWindow(context, restore=False)
    qtbot.addWidget(window)
    script = ready(qtbot, window, tmp_path, 12)
    page = page_of(window)
    when = page.review.when
    when.later.setChecked(True)
    when.at.setDateTime(QDateTime.currentDateTime().addDays(1))
    when.in_window.setChecked(True)
    assert page.review.start_button.text() == "Schedule"
    page.review.confirm.setChecked(True)
    page.review.start_button.click()
    qtbot.waitUntil(lambda: any("is scheduled for" in t for t in boxes.texts()), timeout=10_000)
    assert script.sent == []  # nothing now
    journal = service.open_journal()
    try:
        (campaign,) = journal.campaigns.all()
        assert campaign.status is CampaignStatus.SCHEDULED
        assert campaign.settings["window"] == "09:00-20:00"
        assert campaign.settings["scheduled_at"] > datetime.now().timestamp() + 23 * 3600
    finally:
        journal.close()
    qtbot.waitUntil(lambda: page.review.next_scheduled.isVisibleTo(page), timeout=10_000)
    assert "Next scheduled:" in page.review.next_scheduled.text()
    assert not when.later.isChecked()  # the next campaign starts "now" again


def test_a_due_campaign_starts_by_itself(
    qtbot: Any, context: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    campaign_id = stored(tmp_path, 5, datetime.now().astimezone() - timedelta(minutes=2))
    _window, script, asked = window_answering(
        qtbot, context, monkeypatch, missed_dialog.Answer(missed_dialog.Choice.LATER)
    )
    qtbot.waitUntil(lambda: status_of(campaign_id) is CampaignStatus.FINISHED, timeout=15_000)
    assert len(script.sent) == 5 and asked == []


def test_a_missed_campaign_is_offered_not_started(
    qtbot: Any, context: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    campaign_id = stored(tmp_path, 5, datetime.now().astimezone() - timedelta(hours=5))
    _window, script, asked = window_answering(
        qtbot, context, monkeypatch, missed_dialog.Answer(missed_dialog.Choice.LATER)
    )
    qtbot.waitUntil(lambda: asked == ["예약 캠페인"], timeout=10_000)
    page_of(_window).schedules.scheduler.check()  # asked once per session, not again
    qtbot.wait(300)
    assert asked == ["예약 캠페인"] and script.sent == []
    assert status_of(campaign_id) is CampaignStatus.SCHEDULED


@pytest.mark.parametrize(
    ("choice", "expected"),
    [
        (missed_dialog.Choice.START, CampaignStatus.FINISHED),
        (missed_dialog.Choice.CANCEL, CampaignStatus.CANCELLED),
        (missed_dialog.Choice.RESCHEDULE, CampaignStatus.SCHEDULED),
    ],
)
def test_each_answer_to_a_missed_campaign(
    qtbot: Any,
    context: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    choice: missed_dialog.Choice,
    expected: CampaignStatus,
) -> None:
    campaign_id = stored(tmp_path, 4, datetime.now().astimezone() - timedelta(hours=5))
    new_time = datetime.now().astimezone().replace(microsecond=0) + timedelta(days=2)
    _window, script, asked = window_answering(
        qtbot, context, monkeypatch, missed_dialog.Answer(choice, new_time)
    )
    qtbot.waitUntil(lambda: status_of(campaign_id) is expected and bool(asked), timeout=15_000)
    if choice is missed_dialog.Choice.START:
        qtbot.waitUntil(lambda: len(script.sent) == 4, timeout=10_000)
    else:
        assert script.sent == []
    if choice is missed_dialog.Choice.RESCHEDULE:

        def moved() -> bool:
            journal = service.open_journal()
            try:
                at = journal.campaigns.get(campaign_id).settings["scheduled_at"]
            finally:
                journal.close()
            return bool(at == new_time.timestamp())

        qtbot.waitUntil(moved, timeout=10_000)
