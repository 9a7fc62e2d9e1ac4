"""Review & send shows the content checks as warnings (never blocking), with the
largest message and the estimated SES cost (issue 14, part 4)."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from mailer.content.message import SenderSettings
from mailer.content.recipients import load_recipients
from mailer.content.templates import TemplateSet
from mailer.settings import Profile
from ui.pages.send_review import ReviewPanel, compute_review


def test_review_lists_content_warnings_size_and_cost(qtbot: Any, tmp_path: Path) -> None:
    folder = tmp_path / "t"
    folder.mkdir()
    (folder / "subject.txt").write_text("HUGE SALE FOR {{ name }}", encoding="utf-8")
    (folder / "body.html").write_text(
        "<p>" + "Real news for our readers this month. " * 8 + "</p>"
        '<a href="http://example.com/sale">the sale</a>',
        encoding="utf-8",
    )
    csv = tmp_path / "list.csv"
    csv.write_text("name,email\nKIM,kim@example.com\nLEE,lee@example.com\n", encoding="utf-8")
    sender = SenderSettings.parse("News <news@example.com>")
    review = compute_review(
        load_recipients(csv),
        TemplateSet.load(folder),
        Profile(),
        None,
        [],
        threading.Event(),
        sender,
    )
    assert review.checked is not None and review.checked.sendable
    panel = ReviewPanel()
    qtbot.addWidget(panel)
    panel.show_review(review, Profile())  # the local outbox
    text = panel.content_warnings.text()
    assert "capital letters" in text
    assert "http://example.com/sale (t/body.html, line 1) uses http:" in text
    assert not panel.content_warnings.isHidden()
    assert "Largest message:" in panel.size_cost.text()
    assert "SES" not in panel.size_cost.text()  # nothing goes through SES: no SES price
    panel._profile = Profile(kind="ses", region="us-east-1")  # as an SES profile shows it
    panel._show_content(review.checked)
    assert "estimated SES cost $0.0002 (2 messages: $0.0002)" in panel.size_cost.text()
    panel.show_review(None, Profile())
    assert panel.content_warnings.isHidden() and panel.size_cost.isHidden()


def test_review_says_which_rows_are_skipped_for_a_missing_attachment(
    qtbot: Any, tmp_path: Path
) -> None:
    folder = tmp_path / "t"
    (folder / "files").mkdir(parents=True)
    (folder / "subject.txt").write_text("Your invoice, {{ name }}", encoding="utf-8")
    (folder / "body.txt").write_text("Dear {{ name }}, your invoice is attached.", encoding="utf-8")
    (folder / "template.toml").write_text(
        'attachments = ["files/{{ no }}.pdf"]\nmissing_attachment = "skip"\n', encoding="utf-8"
    )
    (folder / "files" / "1.pdf").write_bytes(b"%PDF")
    csv = tmp_path / "list.csv"
    csv.write_text(
        "name,email,no\nKim,kim@example.com,1\nLee,lee@example.com,2\n", encoding="utf-8"
    )
    sender = SenderSettings.parse("News <news@example.com>")
    review = compute_review(
        load_recipients(csv),
        TemplateSet.load(folder),
        Profile(),
        None,
        [],
        threading.Event(),
        sender,
    )
    assert review.checked is not None and review.checked.sendable
    panel = ReviewPanel()
    qtbot.addWidget(panel)
    panel.show_review(review, Profile())
    assert "1 row(s) are skipped: their attachment file is missing (the first: files/2.pdf)" in (
        panel.content_warnings.text()
    )
