"""Template page: sources shown, variables vs columns, syntax errors, live reload, sender."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from ui.pages.template_page import TemplatePage


@pytest.fixture
def page(qtbot: Any, context: Any) -> TemplatePage:
    widget = TemplatePage(context)
    qtbot.addWidget(widget)
    return widget


def open_folder(qtbot: Any, page: TemplatePage, folder: Path) -> None:
    with qtbot.waitSignal(page.context.template_changed, timeout=10_000):
        page.open_folder_path(folder)


def tab_names(page: TemplatePage) -> list[str]:
    return [page.tabs.tabText(i) for i in range(page.tabs.count())]


def test_sources_are_shown_for_editing(qtbot: Any, page: TemplatePage, template_dir: Path) -> None:
    open_folder(qtbot, page, template_dir)
    assert page.context.template is not None
    assert tab_names(page)[:3] == ["subject.txt", "body.html", "body.txt"]
    view = page.tabs.widget(1)
    assert not view.isReadOnly() and "안녕하세요" in view.toPlainText()
    assert page.current_file() == template_dir / "subject.txt"


def test_missing_variables_are_flagged(
    qtbot: Any, page: TemplatePage, template_dir: Path, context: Any, examples: Path
) -> None:
    from mailer.content.recipients import load_recipients

    (template_dir / "body.txt").write_text("{{ name }} {{ coupon }}\n", encoding="utf-8")
    open_folder(qtbot, page, template_dir)
    assert "Open a recipients file" in page.variables_note.text()
    context.set_table(load_recipients(examples / "recipients.csv"))
    items = [page.variables.item(i).text() for i in range(page.variables.count())]
    assert any(t.startswith("⚠") and "coupon" in t for t in items)
    assert any(t.startswith("✓") and "name" in t for t in items)
    assert "coupon" in page.variables_note.text()


def test_syntax_error_names_file_and_line(
    qtbot: Any, page: TemplatePage, template_dir: Path
) -> None:
    (template_dir / "body.html").write_text("<p>\n{{ name }\n</p>\n", encoding="utf-8")
    open_folder(qtbot, page, template_dir)
    assert page.context.template is None
    assert not page.error.isHidden()
    assert "body.html" in page.error.text() and "2" in page.error.text()
    assert "body.html" in tab_names(page)  # the raw files are still shown


def test_editing_a_file_reloads(qtbot: Any, page: TemplatePage, template_dir: Path) -> None:
    open_folder(qtbot, page, template_dir)
    with qtbot.waitSignal(page.context.template_changed, timeout=10_000):
        (template_dir / "subject.txt").write_text("새 제목 {{ name }}\n", encoding="utf-8")
    assert "새 제목" in page.tabs.widget(0).toPlainText()


def test_sender_fields_publish_sender_settings(
    qtbot: Any, page: TemplatePage, context: Any
) -> None:
    panel = page.sender_panel
    panel.from_name.setText("하나 꽃집")
    panel.from_addr.setEditText("news@example.com")
    panel.reply_to.setText("owner@example.com")
    panel.unsubscribe.setText("mailto:unsubscribe@example.com")
    panel.publish()
    assert context.sender is not None
    assert context.sender.from_addr == "news@example.com"
    assert context.sender.from_name == "하나 꽃집"
    panel.from_addr.setEditText("not an address")
    panel.publish()
    assert context.sender is None and panel.problem.text()


def test_shipped_templates_are_offered(page: TemplatePage) -> None:
    from ui.paths import shipped_templates

    offered = [page.picker.itemData(i) for i in range(page.picker.count())]
    assert [str(p) for p in shipped_templates()] == offered[: len(shipped_templates())]
    assert offered[-1] == "__other__"


def _shipped_copy(tmp_path: Path, templates_root: Path, name: str, sender: str) -> Path:
    """A copy of the announcement template whose template.toml sets ``sender``."""
    import shutil

    folder = tmp_path / "mine" / name
    shutil.copytree(templates_root / "announcement", folder)
    (folder / "template.toml").write_text(
        f'from = "{sender}"\nreply_to = "{name}@example.com"\n', encoding="utf-8"
    )
    return folder


def test_choosing_a_template_sets_its_sender(
    qtbot: Any, page: TemplatePage, tmp_path: Path, templates_root: Path, boxes: Any
) -> None:
    first = _shipped_copy(tmp_path, templates_root, "first", "첫째 <one@example.com>")
    second = _shipped_copy(tmp_path, templates_root, "second", "둘째 <two@example.com>")
    panel = page.sender_panel
    open_folder(qtbot, page, first)
    assert panel.from_addr.currentText() == "one@example.com"
    assert panel.from_name.text() == "첫째" and panel.reply_to.text() == "first@example.com"
    # Not typed by the user: the next template's sender replaces it without a question.
    open_folder(qtbot, page, second)
    assert panel.from_addr.currentText() == "two@example.com"
    assert panel.reply_to.text() == "second@example.com" and not boxes.shown
    # Typed: asked first; "No" keeps what was typed.
    panel.from_addr.setEditText("me@shop.example")
    boxes.answer = QMessageBox.StandardButton.No
    open_folder(qtbot, page, first)
    assert [b for b in boxes.shown if "one@example.com" in b[2]]
    assert panel.from_addr.currentText() == "me@shop.example"
    assert panel.reply_to.text() == "first@example.com"  # not typed: followed the template
    boxes.answer = QMessageBox.StandardButton.Yes
    open_folder(qtbot, page, second)
    assert panel.from_addr.currentText() == "two@example.com"
    # A template with no sender of its own never offers to clear a typed one.
    bare = tmp_path / "bare"
    bare.mkdir()
    (bare / "subject.txt").write_text("s\n", encoding="utf-8")
    (bare / "body.txt").write_text("b\n", encoding="utf-8")
    panel.from_addr.setEditText("me@shop.example")
    boxes.shown.clear()
    open_folder(qtbot, page, bare)
    assert not boxes.shown and panel.from_addr.currentText() == "me@shop.example"
    assert panel.reply_to.text() == ""  # the last template's, not typed: cleared


def test_the_demo_sender_is_not_remembered_as_typed(
    qtbot: Any, page: TemplatePage, context: Any, templates_root: Path
) -> None:
    from ui.widgets.sender_panel import SenderPanel

    open_folder(qtbot, page, templates_root / "newsletter")
    assert page.sender_panel.from_addr.currentText() == "demo@example.com"
    page.sender_panel.publish()
    restarted = SenderPanel(context.__class__(context.settings))
    qtbot.addWidget(restarted)
    assert restarted.from_addr.currentText() == ""  # the demo address was not kept
    page.sender_panel.from_name.setText("하나 꽃집")  # typed: kept
    page.sender_panel.publish()
    again = SenderPanel(context.__class__(context.settings))
    qtbot.addWidget(again)
    assert again.from_name.text() == "하나 꽃집"


def test_a_template_with_unsubscribe_targets_offers_them(
    qtbot: Any, page: TemplatePage, templates_root: Path, boxes: Any
) -> None:
    panel = page.sender_panel
    panel.unsubscribe.setText("mailto:mine@shop.example")  # typed for another template
    boxes.answer = QMessageBox.StandardButton.Yes
    open_folder(qtbot, page, templates_root / "newsletter")
    asked = [b for b in boxes.shown if b[0] == "question"]
    assert asked and "Unsubscribe" in asked[0][2]
    assert panel.unsubscribe.text() == ""  # empty: the template's own targets
    assert "example.com/unsubscribe" in panel.unsubscribe.placeholderText()
    panel.publish()
    assert page.context.sender is not None and page.context.sender.unsubscribe == ()
