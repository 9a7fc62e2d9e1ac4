"""Template page: sources shown, variables vs columns, syntax errors, live reload, sender."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

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


def test_sources_are_shown_read_only(qtbot: Any, page: TemplatePage, template_dir: Path) -> None:
    open_folder(qtbot, page, template_dir)
    assert page.context.template is not None
    assert tab_names(page)[:3] == ["subject.txt", "body.html", "body.txt"]
    view = page.tabs.widget(1)
    assert view.isReadOnly() and "안녕하세요" in view.toPlainText()
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
