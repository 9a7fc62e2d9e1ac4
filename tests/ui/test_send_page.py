"""Review & send: the review, a whole send, controls, errors, closing mid-send."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from mailer.aws.account import AccountLimits, Identity
from mailer.errors import AccountError
from mailer.sending.runner import Limits
from mailer.settings import Profile, data_dir
from mailer.store.journal import Journal
from mailer.transports.fake import FakeScript, fake_factory
from tests.mailer.campaign_fixtures import write_recipients, write_template
from tests.ui.send_fixtures import table_and_template
from ui.main_window import RECIPIENTS, SEND, TEMPLATE, MainWindow
from ui.pages.send_page import SendPage
from ui.pages.send_review import ReviewPanel, compute_review


@pytest.fixture
def window(qtbot: Any, context: Any) -> MainWindow:
    widget = MainWindow(context, restore=False)
    qtbot.addWidget(widget)
    return widget


def page_of(window: MainWindow) -> SendPage:
    assert isinstance(window.send_page, SendPage)
    return window.send_page


def ready(qtbot: Any, window: MainWindow, tmp_path: Path, n: int, **limits: Any) -> FakeScript:
    """Load n recipients, a template and a sender; route sends to a FakeScript."""
    with qtbot.waitSignal(window.recipients_page.loaded, timeout=10_000):
        window.open_recipients(write_recipients(tmp_path / "list.csv", n))
    window.template_page.open_folder_path(write_template(tmp_path / "tpl" / "plain"))
    window.template_page.sender_panel.from_addr.setEditText("news@example.com")
    page = page_of(window)
    qtbot.waitUntil(
        lambda: window.context.template is not None and window.context.sender is not None
    )
    qtbot.waitUntil(
        lambda: page.review.review is not None and not page.review.problems_box.isVisibleTo(page)
    )
    script = FakeScript()
    page.run_overrides = {
        "transport_factory": fake_factory(script),
        "limits": Limits(rate=limits.get("rate", 0), daily=limits.get("daily")),
    }
    page.review.confirm.setChecked(True)
    return script


def test_problems_point_to_the_step_that_fixes_them(qtbot: Any, window: MainWindow) -> None:
    page = page_of(window)
    window.steps.setCurrentRow(SEND)
    qtbot.waitUntil(lambda: page.review.problems_layout.count() >= 3)
    assert not page.review.start_button.isEnabled()
    texts = [
        b.text() for b in page.review.problems_box.findChildren(type(page.review.start_button))
    ]
    assert "Go to Recipients" in texts and "Go to Template" in texts
    page.review.step_requested.emit(TEMPLATE)
    assert window.steps.currentRow() == TEMPLATE
    page.review.step_requested.emit(RECIPIENTS)
    assert window.steps.currentRow() == RECIPIENTS


def test_review_numbers_sandbox_and_quota(qtbot: Any, tmp_path: Path) -> None:
    table, template = table_and_template(tmp_path, 30)
    limits = AccountLimits(max_send_rate=2, max_24h=10, sent_last_24h=4, production=False)
    identities = [
        Identity("user1@example.com", "email", True, ""),
        Identity("x.org", "domain", True, ""),
    ]
    review = compute_review(
        table, template, Profile(kind="ses"), limits, identities, threading.Event()
    )
    assert (review.valid, review.sandbox_skips, review.to_send) == (30, 29, 1)
    assert review.quota_left == 6 and review.finish_at is None
    panel = ReviewPanel()
    qtbot.addWidget(panel)
    panel.show_review(review, Profile(name="ses-main", kind="ses"))
    assert not panel.sandbox.isHidden() and "sandbox" in panel.sandbox.text()
    assert "29" in panel.recipients.text()
    # Too small a quota: the review says when it would finish.
    big = compute_review(
        table, template, Profile(), AccountLimits(1, 10, 0, True), [], threading.Event()
    )
    assert big.finish_at is not None and big.finish_at > big.now
    panel.show_review(big, Profile())
    assert "would finish around" in panel.quota.text()
    assert "30 s" in panel.duration.text()


def test_whole_send_updates_counters_colours_rows_and_finishes(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    script = ready(qtbot, window, tmp_path, 60)
    page = page_of(window)
    assert page.review.start_button.isEnabled()
    assert page.review.recipients.text() == "60"
    page.review.start_button.click()
    assert page.stack.currentWidget() is page.dashboard
    qtbot.waitUntil(lambda: page.dashboard.done_button.isVisibleTo(page), timeout=15_000)
    counters = page.dashboard.counters
    assert counters.value("accepted") == "60" and counters.value("remaining") == "0"
    assert page.dashboard.status.text() == "Finished"
    assert len(script.sent) == 60
    model = window.recipients_page.model
    assert all(model.row_state(i) == "sent" for i in range(60))
    campaigns = window.campaigns_page
    qtbot.waitUntil(lambda: campaigns.list_model.rowCount() == 1, timeout=5_000)
    page.dashboard.done_button.click()
    assert page.stack.currentWidget() is page.review
    assert not page.review.confirm.isChecked()  # each campaign is confirmed anew


def test_pause_resume_cancel_buttons(qtbot: Any, window: MainWindow, tmp_path: Path) -> None:
    ready(qtbot, window, tmp_path, 300, rate=40)
    page = page_of(window)
    board = page.dashboard
    page.review.start_button.click()
    qtbot.waitUntil(lambda: board.last is not None and board.last.sent > 2, timeout=10_000)
    board.pause_button.click()
    qtbot.waitUntil(lambda: board.resume_button.isVisibleTo(page), timeout=5_000)
    assert board.status.text() == "Paused"
    assert "Paused by you" in board.reason.text() and board.reason.isVisibleTo(page)
    board.resume_button.click()
    qtbot.waitUntil(lambda: board.pause_button.isVisibleTo(page), timeout=5_000)
    assert "per second" in board.rate.text()
    board.cancel_button.click()
    qtbot.waitUntil(lambda: board.done_button.isVisibleTo(page), timeout=10_000)
    assert board.status.text() == "Cancelled"
    assert board.last is not None and board.last.counts["pending"] > 0


def test_account_error_is_shown_as_a_message(
    qtbot: Any, window: MainWindow, tmp_path: Path, boxes: Any
) -> None:
    script = ready(qtbot, window, tmp_path, 40)
    script.fail("user3@example.com", AccountError("Sending is paused for this SES account."))
    page = page_of(window)
    page.review.start_button.click()
    qtbot.waitUntil(lambda: page.dashboard.done_button.isVisibleTo(page), timeout=10_000)
    assert any("Sending is paused" in t for t in boxes.texts())
    assert page.dashboard.status.text() == "Stopped (resumable)"


def test_closing_mid_send_stops_resumably_and_reopening_offers_resume(
    qtbot: Any, window: MainWindow, tmp_path: Path, boxes: Any, context: Any
) -> None:
    ready(qtbot, window, tmp_path, 400, rate=30)
    page = page_of(window)
    page.review.start_button.click()
    qtbot.waitUntil(lambda: page.dashboard.last is not None and page.dashboard.last.sent > 2)
    boxes.answer = QMessageBox.StandardButton.No
    assert not window.close()  # "No": keep sending
    assert page.controller is not None and page.controller.running
    boxes.answer = QMessageBox.StandardButton.Yes
    assert window.close()
    campaign_id = page.controller.campaign_id
    assert campaign_id is not None and not page.controller.running
    journal = Journal(data_dir() / "journal.sqlite3")
    summary, counts = journal.campaigns.get(campaign_id), journal.rows.counts(campaign_id)
    journal.close()
    assert summary.status == "stopped"
    assert counts["sending"] == 0 and counts["unknown"] == 0 and counts["pending"] > 0
    assert not [t for t in boxes.texts() if "closed" in t]  # no error box for our own stop

    boxes.shown.clear()
    boxes.answer = QMessageBox.StandardButton.No
    again = MainWindow(context, restore=False)
    qtbot.addWidget(again)
    qtbot.waitUntil(lambda: any(k == "question" for k, _t, _x in boxes.shown), timeout=5_000)
    assert "Resume it now?" in boxes.shown[-1][2]
    assert not page_of(again).review.resume_row.isHidden()
