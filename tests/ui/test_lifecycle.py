"""The app's side of issue 16, items 1 and 2: the start-up resume question offers only
campaigns that started sending, with No as the default; campaigns are deleted from the
Campaigns page; Review & send warns about recipients who already received the template."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from mailer import service
from mailer.sending.runner import Limits
from mailer.settings import data_dir
from mailer.states import CampaignStatus, RowState
from mailer.store.journal import Journal
from mailer.store.lock import CampaignLock, campaign_lock_path, lock_folder
from mailer.store.rows import RowChange
from mailer.transports.fake import FakeScript, fake_factory
from tests.mailer.campaign_fixtures import make_campaign, write_recipients, write_template
from ui.main_window import MainWindow
from ui.pages.campaigns_page import CampaignsPage
from ui.pages.send_page import SendPage

ACCOUNT = "outbox:test"


@pytest.fixture
def journal() -> Iterator[Journal]:
    j = Journal(data_dir() / "journal.sqlite3")
    yield j
    j.close()


@dataclass
class Questions:
    """Every QMessageBox.question with its buttons and default button."""

    asked: list[dict[str, Any]] = field(default_factory=list)
    answer: Any = QMessageBox.StandardButton.No


@pytest.fixture
def questions(monkeypatch: pytest.MonkeyPatch) -> Questions:
    record = Questions()

    def question(_parent: Any, title: str, text: str, *args: Any, **_kw: Any) -> Any:
        buttons = args[0] if args else None
        default = args[1] if len(args) > 1 else QMessageBox.StandardButton.NoButton
        record.asked.append({"title": title, "text": text, "buttons": buttons, "default": default})
        return record.answer

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return record


def _sent(journal: Journal, cid: int, rows: range) -> None:
    journal.rows.write_batch(cid, [RowChange(i, RowState.SENT) for i in rows], ACCOUNT)


def _window(qtbot: Any, context: Any) -> MainWindow:
    window = MainWindow(context, restore=False)
    qtbot.addWidget(window)
    return window


def test_start_up_offers_only_started_campaigns_with_no_as_default(
    qtbot: Any, context: Any, journal: Journal, tmp_path: Path, questions: Questions
) -> None:
    declined = make_campaign(tmp_path / "a", journal, 5)
    service.CampaignSession(journal, declined).decline()  # the CLI's "Send now?" -> n
    make_campaign(tmp_path / "b", journal, 5)  # created, never started
    started = make_campaign(tmp_path / "c", journal, 8)
    _sent(journal, started, range(3))
    journal.campaigns.set_status(started, CampaignStatus.STOPPED)
    last = journal.rows.last_sent(started)
    assert last is not None

    window = _window(qtbot, context)
    qtbot.waitUntil(lambda: len(questions.asked) == 1, timeout=10_000)
    asked = questions.asked[0]
    yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
    assert asked["default"] == no and asked["buttons"] == yes | no
    assert "Resume it now?" in asked["text"] and "5 messages are not sent yet" in asked["text"]
    from PySide6.QtCore import QDateTime

    when = QDateTime.fromSecsSinceEpoch(int(last)).toString("yyyy-MM-dd HH:mm")
    assert f"It last sent on {when}." in asked["text"]
    page = window.send_page
    assert isinstance(page, SendPage)
    assert [u[0] for u in page._unfinished] == [started]  # the banner: the same one only
    assert not page.hub.busy  # "No": nothing is sent


def test_no_question_when_only_drafts_and_unstarted_campaigns_exist(
    qtbot: Any, context: Any, journal: Journal, tmp_path: Path, questions: Questions
) -> None:
    declined = make_campaign(tmp_path / "a", journal, 5)
    service.CampaignSession(journal, declined).decline()
    make_campaign(tmp_path / "b", journal, 5)
    window = _window(qtbot, context)
    page = window.send_page
    assert isinstance(page, SendPage)
    qtbot.waitUntil(lambda: page._offered, timeout=10_000)
    assert questions.asked == []
    assert page.review.resume_row.isHidden()


def test_the_question_lists_the_other_unfinished_campaigns(
    qtbot: Any, context: Any, journal: Journal, tmp_path: Path, questions: Questions
) -> None:
    for n, folder in ((4, "a"), (6, "b")):
        cid = make_campaign(tmp_path / folder, journal, n)
        _sent(journal, cid, range(1))
        journal.campaigns.set_status(cid, CampaignStatus.STOPPED)
    _window(qtbot, context)
    qtbot.waitUntil(lambda: len(questions.asked) == 1, timeout=10_000)
    text = questions.asked[0]["text"]
    assert "Also unfinished" in text and "3 not sent, last sent on" in text


@pytest.fixture
def campaigns_page(qtbot: Any, context: Any) -> CampaignsPage:
    page = CampaignsPage(context)
    qtbot.addWidget(page)
    return page


def test_delete_from_the_campaigns_page_asks_first(
    qtbot: Any,
    context: Any,
    journal: Journal,
    tmp_path: Path,
    questions: Questions,
) -> None:
    keep = make_campaign(tmp_path / "a", journal, 3)
    gone = make_campaign(tmp_path / "b", journal, 4)
    _sent(journal, gone, range(2))
    page = CampaignsPage(context)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.list_model.rowCount() == 2, timeout=10_000)
    page.select_campaign(gone)
    assert page.delete_button.isEnabled()

    page.delete_button.click()  # answered No
    asked = questions.asked[-1]
    assert asked["default"] == QMessageBox.StandardButton.No
    assert "still count towards the daily quota" in asked["text"] and "2 messages" in asked["text"]
    assert page.list_model.rowCount() == 2

    questions.answer = QMessageBox.StandardButton.Yes
    page.delete_button.click()
    qtbot.waitUntil(lambda: page.list_model.rowCount() == 1, timeout=10_000)
    assert page.list_model.rows[0].id == keep
    assert page.current is None or page.current.id == keep
    assert [c.id for c in service.overview(journal)] == [keep]


def test_delete_of_a_campaign_being_sent_is_refused_with_a_sentence(
    qtbot: Any,
    context: Any,
    journal: Journal,
    tmp_path: Path,
    questions: Questions,
    boxes: Any,
) -> None:
    cid = make_campaign(tmp_path / "a", journal, 3)
    page = CampaignsPage(context)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.list_model.rowCount() == 1, timeout=10_000)
    page.select_campaign(cid)
    questions.answer = QMessageBox.StandardButton.Yes
    lock = CampaignLock(campaign_lock_path(lock_folder(journal.path), cid))
    lock.acquire()  # another process is sending it
    try:
        page.delete_button.click()
        qtbot.waitUntil(lambda: bool(boxes.shown), timeout=10_000)
    finally:
        lock.release()
    assert "being sent right now" in boxes.shown[-1][2]
    assert journal.campaigns.get(cid).id == cid


# -- Review & send: the repeat warning -------------------------------------------------------


def _ready(qtbot: Any, window: MainWindow, tmp_path: Path, n: int) -> SendPage:
    with qtbot.waitSignal(window.recipients_page.loaded, timeout=10_000):
        window.open_recipients(write_recipients(tmp_path / "list.csv", n))
    window.template_page.open_folder_path(write_template(tmp_path / "tpl" / "plain"))
    window.template_page.sender_panel.from_addr.setEditText("news@example.com")
    page = window.send_page
    assert isinstance(page, SendPage)
    qtbot.waitUntil(
        lambda: window.context.template is not None and window.context.sender is not None
    )
    qtbot.waitUntil(
        lambda: page.review.review is not None and not page.review.problems_box.isVisibleTo(page),
        timeout=10_000,
    )
    page.run_overrides = {
        "transport_factory": fake_factory(FakeScript()),
        "limits": Limits(rate=0, daily=None),
    }
    return page


def test_review_warns_about_repeats_and_skips_them_by_default(
    qtbot: Any, context: Any, journal: Journal, tmp_path: Path, questions: Questions
) -> None:
    earlier = make_campaign(tmp_path / "earlier", journal, 4)  # the same template, "plain"
    _sent(journal, earlier, range(4))
    journal.campaigns.set_status(earlier, CampaignStatus.FINISHED)
    window = _window(qtbot, context)
    page = _ready(qtbot, window, tmp_path, 10)
    review = page.review
    qtbot.waitUntil(lambda: review.review is not None and review.review.repeats == 4)
    assert review.repeat_box.isVisibleTo(review)
    assert "4 recipients already received this template" in review.repeat_warning.text()
    assert f"in campaign {earlier}" in review.repeat_warning.text()
    assert review.skip_repeats.isChecked()
    assert review.recipients.text().startswith("6 (4 who already received it skipped)")

    review.skip_repeats.setChecked(False)  # send to them anyway
    assert review.recipients.text() == "10"
    review.skip_repeats.setChecked(True)

    review.confirm.setChecked(True)
    with qtbot.waitSignal(page.hub.send_ended, timeout=15_000):
        review.start_button.click()
    created = max(c.id for c in service.overview(journal))
    counts = journal.rows.counts(created)
    assert counts[RowState.SKIPPED] == 4 and counts[RowState.SENT] == 6
    # Each skipped row says why, in the UI's words, on the Campaigns page.
    rows = window.campaigns_page.rows_model
    # The list learns of the new campaign off the UI thread: select it once it is there
    # (on a busy machine it came after the send ended, and nothing was selected).
    listed = window.campaigns_page.list_model
    qtbot.waitUntil(lambda: listed.row_of(created) is not None, timeout=10_000)
    window.campaigns_page.select_campaign(created)
    qtbot.waitUntil(lambda: rows.rowCount() == 10, timeout=10_000)
    from ui.models.campaigns import CampaignRowsModel

    error = CampaignRowsModel.COLUMNS.index("error")
    assert (
        rows.index(0, error).data() == f"already received this within 7 days (campaign {earlier})"
    )


def test_review_sends_to_repeats_when_unticked(
    qtbot: Any, context: Any, journal: Journal, tmp_path: Path, questions: Questions
) -> None:
    earlier = make_campaign(tmp_path / "earlier", journal, 3)
    _sent(journal, earlier, range(3))
    journal.campaigns.set_status(earlier, CampaignStatus.FINISHED)
    window = _window(qtbot, context)
    page = _ready(qtbot, window, tmp_path, 5)
    qtbot.waitUntil(lambda: page.review.review is not None and page.review.review.repeats == 3)
    page.review.skip_repeats.setChecked(False)
    page.review.confirm.setChecked(True)
    with qtbot.waitSignal(page.hub.send_ended, timeout=15_000):
        page.review.start_button.click()
    created = max(c.id for c in service.overview(journal))
    assert journal.rows.counts(created)[RowState.SENT] == 5


def test_no_warning_with_the_check_turned_off(
    qtbot: Any, context: Any, journal: Journal, tmp_path: Path, questions: Questions
) -> None:
    earlier = make_campaign(tmp_path / "earlier", journal, 3)
    _sent(journal, earlier, range(3))
    journal.campaigns.set_status(earlier, CampaignStatus.FINISHED)
    context.settings.repeat_window_days = 0
    window = _window(qtbot, context)
    page = _ready(qtbot, window, tmp_path, 5)
    assert page.review.review is not None and page.review.review.repeats == 0
    assert page.review.repeat_box.isHidden()


def test_archive_hides_a_campaign_and_show_archived_brings_it_back(
    qtbot: Any, context: Any, journal: Journal, tmp_path: Path, questions: Questions
) -> None:
    keep = make_campaign(tmp_path / "a", journal, 3)
    old = make_campaign(tmp_path / "b", journal, 4)
    _sent(journal, old, range(1))
    journal.campaigns.set_status(old, CampaignStatus.STOPPED)
    page = CampaignsPage(context)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.list_model.rowCount() == 2, timeout=10_000)
    assert "1 unfinished" in page.summary.text()
    page.select_campaign(old)
    assert page.archive_button.text() == "Archive"
    page.archive_button.click()
    qtbot.waitUntil(lambda: page.list_model.rowCount() == 1, timeout=10_000)
    assert page.list_model.rows[0].id == keep
    assert "1 archived (hidden)" in page.summary.text()
    assert service.unfinished(journal) == []  # the start-up question will not offer it

    page.show_archived.setChecked(True)
    qtbot.waitUntil(lambda: page.list_model.rowCount() == 2, timeout=10_000)
    row = page.list_model.row_of(old)
    assert row is not None
    assert page.list_model.index(row, 3).data() == "Stopped (resumable) (archived)"
    page.select_campaign(old)
    assert page.archive_button.text() == "Unarchive"
    page.archive_button.click()
    qtbot.waitUntil(lambda: not journal.campaigns.archived(), timeout=10_000)


def test_sending_a_draft_from_the_campaigns_page_asks_and_checks_repeats_again(
    qtbot: Any, context: Any, journal: Journal, tmp_path: Path, questions: Questions
) -> None:
    draft = make_campaign(tmp_path / "a", journal, 5)
    service.CampaignSession(journal, draft).decline()
    meanwhile = make_campaign(tmp_path / "b", journal, 2)  # the same template, sent since
    _sent(journal, meanwhile, range(2))
    journal.campaigns.set_status(meanwhile, CampaignStatus.FINISHED)
    window = _window(qtbot, context)
    send_page = window.send_page
    assert isinstance(send_page, SendPage)
    send_page.run_overrides = {
        "transport_factory": fake_factory(FakeScript()),
        "limits": Limits(rate=0, daily=None),
    }
    page = window.campaigns_page
    assert isinstance(page, CampaignsPage)
    qtbot.waitUntil(lambda: page.list_model.rowCount() == 2, timeout=10_000)
    page.select_campaign(draft)
    with qtbot.assertNotEmitted(page.hub.resume_requested):
        page.resume_button.click()  # answered No (the default)
    asked = questions.asked[-1]
    assert asked["default"] == QMessageBox.StandardButton.No
    assert "has not been sent yet" in asked["text"] and "within 7 days" in asked["text"]

    questions.answer = QMessageBox.StandardButton.Yes
    with qtbot.waitSignal(page.hub.send_ended, timeout=15_000):
        page.resume_button.click()
    counts = journal.rows.counts(draft)
    assert counts[RowState.SKIPPED] == 2 and counts[RowState.SENT] == 3
