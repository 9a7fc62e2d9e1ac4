"""Preview of a skipped row: the panes never keep the previous recipient's message, and
the reason is said in the UI language (issue 16, item 9)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from mailer.content.message import SenderSettings
from mailer.content.recipients import load_recipients
from mailer.content.templates import TemplateSet
from mailer.states import RowStatus
from ui.dialogs.preview_dialog import PreviewDialog


@pytest.fixture
def ready(context: Any, examples: Path, template_dir: Path) -> Any:
    context.set_table(load_recipients(examples / "recipients.csv"))
    context.set_template(TemplateSet.load(template_dir), template_dir)
    context.set_sender(SenderSettings(from_addr="news@example.com", from_name="하나 꽃집"))
    return context


def _first(table: Any, status: RowStatus) -> int:
    return next(i for i, s in enumerate(table.statuses) if s is status)


def _open_on_valid_row(qtbot: Any, context: Any) -> PreviewDialog:
    dialog = PreviewDialog(context, 0)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.current is not None and dialog.current.row == 0)
    return dialog


@pytest.mark.parametrize(
    ("status", "words"),
    [
        (RowStatus.EMPTY, "empty"),
        (RowStatus.INVALID, "there is no @-sign"),
        (RowStatus.DUPLICATE, "duplicate of"),
    ],
)
def test_skipped_row_clears_the_panes_and_says_why(
    qtbot: Any, ready: Any, status: RowStatus, words: str
) -> None:
    table = ready.table
    dialog = _open_on_valid_row(qtbot, ready)
    previous = table.row(0)["name"]
    row = _first(table, status)
    dialog.spin.setValue(row + 1)
    qtbot.waitUntil(lambda: "will not be sent" in dialog.text_view.toPlainText(), timeout=5000)
    assert dialog.current is None
    assert dialog.skipped_row == row
    for label in (dialog.from_label, dialog.to_label, dialog.subject_label, dialog.size_label):
        assert label.text() == ""
    assert previous not in dialog.html_view.html()
    assert previous not in dialog.text_view.toPlainText()
    assert dialog.raw_view.toPlainText() == ""
    assert words in dialog.warning.text()
    assert f"Data row {row + 1}" in dialog.warning.text()
    assert not dialog.send_button.isEnabled()
    # back to a valid row: the message comes back, the note goes
    dialog.spin.setValue(1)
    qtbot.waitUntil(lambda: dialog.current is not None and dialog.current.row == 0)
    assert dialog.skipped_row is None
    assert previous in dialog.text_view.toPlainText()
    assert "will not be sent" not in dialog.warning.text()
    assert dialog.tabs.currentIndex() == 0  # the HTML again, as before the skipped row


def test_skipped_row_reason_is_korean(qtbot: Any, qapp: Any, ready: Any) -> None:
    from ui import i18n

    table = ready.table
    row = _first(table, RowStatus.INVALID)
    try:
        assert i18n.install(qapp, "ko") == "ko"
        dialog = _open_on_valid_row(qtbot, ready)
        dialog.spin.setValue(row + 1)
        qtbot.waitUntil(lambda: dialog.skipped_row == row, timeout=5000)
        shown = dialog.warning.text()
        assert "보내지 않습니다" in shown and "@" in shown
        assert "must have" not in shown and "invalid" not in shown
        assert dialog.text_view.toPlainText() == shown
    finally:
        i18n.install(qapp, "en")


def test_a_row_that_fails_to_render_clears_the_panes(
    qtbot: Any, ready: Any, template_dir: Path
) -> None:
    dialog = _open_on_valid_row(qtbot, ready)
    previous = ready.table.row(0)["name"]
    (template_dir / "subject.txt").write_text("{{ no_such_column }}\n", encoding="utf-8")
    ready.set_template(TemplateSet.load(template_dir), template_dir)
    qtbot.waitUntil(lambda: dialog.current is None and dialog.warning.text() != "")
    assert dialog.subject_label.text() == "" and dialog.to_label.text() == ""
    assert previous not in dialog.text_view.toPlainText()
    assert previous not in dialog.html_view.html()
    assert dialog.raw_view.toPlainText() == ""
