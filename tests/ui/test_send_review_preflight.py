"""The review step runs the same preflight as `mailer check` (issue 17, item 4): a
template no row can be built with blocks Start with the reason; rows that would fail
are counted and the first is named."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest

from mailer.content.message import SenderSettings
from mailer.content.recipients import load_recipients
from mailer.settings import Profile
from tests.mailer.campaign_fixtures import write_recipients, write_template
from tests.ui.send_fixtures import table_and_template
from ui.main_window import SEND, MainWindow
from ui.pages.send_page import SendPage
from ui.pages.send_review import ReviewPanel, compute_review


@pytest.fixture
def window(qtbot: Any, context: Any) -> MainWindow:
    widget = MainWindow(context, restore=False)
    qtbot.addWidget(widget)
    return widget


def test_review_blocks_a_template_that_fails_every_row(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    with qtbot.waitSignal(window.recipients_page.loaded, timeout=10_000):
        window.open_recipients(write_recipients(tmp_path / "list.csv", 5))
    folder = write_template(tmp_path / "tpl" / "plain")
    # A line break folds to a space (issue 16, item 5); a control character still fails.
    (folder / "subject.txt").write_text("Hello\x07{{ name }}", encoding="utf-8")
    window.template_page.open_folder_path(folder)
    window.template_page.sender_panel.from_addr.setEditText("news@example.com")
    page = window.send_page
    assert isinstance(page, SendPage)
    window.steps.setCurrentRow(SEND)
    qtbot.waitUntil(
        lambda: window.context.template is not None and window.context.sender is not None
    )

    def blocked() -> bool:
        labels = [w.text() for w in page.review.problems_box.findChildren(type(page.review.via))]
        return any("No recipient's message can be built" in t for t in labels)

    qtbot.waitUntil(blocked, timeout=10_000)
    assert "Subject header would contain a line break" in " ".join(
        w.text() for w in page.review.problems_box.findChildren(type(page.review.via))
    )
    page.review.confirm.setChecked(True)
    assert not page.review.start_button.isEnabled()


def test_review_counts_rows_that_would_fail(qtbot: Any, tmp_path: Path) -> None:
    table, template = table_and_template(tmp_path, 3)
    sender = SenderSettings.parse(
        "News <news@bücher.de>", unsubscribe=["https://example.com/u?n={{ name }}" + "x" * 990]
    )
    review = compute_review(table, template, Profile(), None, [], threading.Event(), sender)
    assert review.checked is not None and review.checked.failing == 3
    assert not review.checked.sendable
    fine = SenderSettings.parse("News <news@bücher.de>")
    review = compute_review(table, template, Profile(), None, [], threading.Event(), fine)
    assert review.checked is not None and review.checked.sendable
    assert review.checked.failing == 0
    panel = ReviewPanel()
    qtbot.addWidget(panel)
    panel.show_review(review, Profile())
    assert panel.recipients.text() == "3"
    # One address the message builder refuses: counted and named, not blocking.
    csv = tmp_path / "mixed.csv"
    csv.write_text("name,email\nKim,kim@example.com\nLee,김@example.com\n", encoding="utf-8")
    mixed = compute_review(
        load_recipients(csv), template, Profile(), None, [], threading.Event(), fine
    )
    assert mixed.checked is not None and mixed.checked.sendable
    panel.show_review(mixed, Profile())
    # Data rows, as the table and `mailer check` number them (issue 16, item 13).
    assert "1 would fail when sent; the first, row 2: The To address" in panel.recipients.text()


def test_a_cancelled_review_is_quiet(tmp_path: Path) -> None:
    table, template = table_and_template(tmp_path, 3)
    cancel = threading.Event()
    cancel.set()
    sender = SenderSettings.parse("news@example.com")
    review = compute_review(table, template, Profile(), None, [], cancel, sender)
    assert review.checked is None
