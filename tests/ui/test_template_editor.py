"""The template editor: typing changes the live preview, errors point at their line,
variables insert, saves are atomic, shipped templates are copied, outside edits reload."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from ui.ops.tasks import wait_for_tasks
from ui.pages.template_page import TemplatePage, variable_expression
from ui.widgets.code_editor import CodeEditor
from ui.widgets.new_template import NewTemplateDialog
from ui.widgets.path_notice import PathNotice

WAIT = 15_000


@pytest.fixture
def page(qtbot: Any, context: Any) -> TemplatePage:
    widget = TemplatePage(context)
    qtbot.addWidget(widget)
    widget.resize(1300, 800)
    return widget


def open_folder(qtbot: Any, page: TemplatePage, folder: Path) -> None:
    with qtbot.waitSignal(page.context.template_changed, timeout=WAIT):
        page.open_folder_path(folder)
    qtbot.waitUntil(
        lambda: page.preview.current is not None or not page.error_box.isHidden(), timeout=WAIT
    )


def editor(page: TemplatePage, name: str) -> CodeEditor:
    page.tabs.setCurrentWidget(page.editors[name])
    return page.editors[name]


def type_text(_qtbot: Any, view: QWidget, text: str) -> None:
    """Key presses carrying each character, as a keyboard (or an input method, for
    Korean) delivers them; QTest.keyClicks only knows ASCII key codes."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(view, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def type_at_end(qtbot: Any, view: CodeEditor, text: str) -> None:
    view.setFocus()
    view.moveCursor(QTextCursor.MoveOperation.End)
    type_text(qtbot, view, text)


def preview_html(page: TemplatePage) -> str:
    return page.preview.html_view.html()


def load_table(tmp_path: Path, text: str) -> Any:
    from mailer.content.recipients import load_recipients

    path = tmp_path / "list.csv"
    path.write_text(text, encoding="utf-8")
    return load_recipients(path)


def test_typing_in_the_editor_updates_the_preview(
    qtbot: Any, page: TemplatePage, template_dir: Path, context: Any, examples: Path
) -> None:
    from mailer.content.recipients import load_recipients

    context.set_table(load_recipients(examples / "recipients.csv"))
    open_folder(qtbot, page, template_dir)
    assert "김민준" in preview_html(page)  # data row 1, as the preview dialog renders it
    body = editor(page, "body.html")
    assert not body.isReadOnly()
    body.moveCursor(QTextCursor.MoveOperation.End)
    body.moveCursor(QTextCursor.MoveOperation.Up)
    body.moveCursor(QTextCursor.MoveOperation.EndOfLine)
    type_text(qtbot, body, "<p>Typed {{ city }}</p>")
    qtbot.waitUntil(lambda: "Typed 서울" in preview_html(page), timeout=WAIT)
    assert page.dirty and page.save_button.isEnabled()
    assert page.tabs.tabText(page.tabs.indexOf(body)) == "body.html •"
    subject = editor(page, "subject.txt")
    subject.selectAll()
    type_text(qtbot, subject, "새 소식 {{ plan }}")
    qtbot.waitUntil(lambda: page.preview.subject.text() == "새 소식 pro", timeout=WAIT)
    # The file on disk is untouched until Save.
    assert "Typed" not in (template_dir / "body.html").read_text(encoding="utf-8")
    page.preview.spin.setValue(2)  # another recipient
    qtbot.waitUntil(lambda: "이서연" in preview_html(page), timeout=WAIT)


def test_without_a_recipients_file_variables_show_as_names(
    qtbot: Any, page: TemplatePage, template_dir: Path
) -> None:
    open_folder(qtbot, page, template_dir)
    assert "{name}" in preview_html(page)
    assert page.preview.current is not None and page.preview.current.sample


def test_an_error_marks_its_line_and_keeps_the_last_good_preview(
    qtbot: Any, page: TemplatePage, template_dir: Path
) -> None:
    open_folder(qtbot, page, template_dir)
    good = preview_html(page)
    body = editor(page, "body.html")
    body.moveCursor(QTextCursor.MoveOperation.End)
    type_text(qtbot, body, "second {{ broken }")
    qtbot.waitUntil(lambda: not page.error_box.isHidden(), timeout=WAIT)
    assert "body.html" in page.error.text() and "line 2" in page.error.text()
    assert body.error_line == 2
    assert preview_html(page) == good  # the last good preview stays
    assert "last version" in page.preview.note.text()
    body.moveCursor(QTextCursor.MoveOperation.StartOfLine)  # go away, then jump back
    page.go_to_error()
    assert body.textCursor().blockNumber() == 1
    qtbot.keyClick(body, Qt.Key.Key_End)
    type_text(qtbot, body, "}")
    qtbot.waitUntil(lambda: page.error_box.isHidden(), timeout=WAIT)
    assert body.error_line == 0


def test_an_undefined_variable_is_flagged_in_the_variables_panel(
    qtbot: Any, page: TemplatePage, template_dir: Path, examples: Path
) -> None:
    from mailer.content.recipients import load_recipients

    page.context.set_table(load_recipients(examples / "recipients.csv"))
    open_folder(qtbot, page, template_dir)
    body = editor(page, "body.html")
    body.moveCursor(QTextCursor.MoveOperation.End)
    type_text(qtbot, body, "{{ grade }}")
    qtbot.waitUntil(lambda: not page.error_box.isHidden(), timeout=WAIT)
    assert "grade" in page.error.text()
    qtbot.waitUntil(lambda: "grade" in page.variables_note.text(), timeout=WAIT)
    shown = [page.variables.item(i).text() for i in range(page.variables.count())]
    assert "⚠  grade" in shown


def test_a_slow_stream_of_keys_never_shows_a_stale_result(
    qtbot: Any, page: TemplatePage, template_dir: Path
) -> None:
    open_folder(qtbot, page, template_dir)
    subject = editor(page, "subject.txt")
    for n in range(12):  # each edit renders or waits; the last text must win
        subject.selectAll()
        subject.insertPlainText(f"version {n}")
        page.render_now()
    qtbot.waitUntil(lambda: page.preview.subject.text() == "version 11", timeout=WAIT)
    wait_for_tasks()
    qtbot.wait(50)
    assert page.preview.subject.text() == "version 11"


def test_variable_expression_for_korean_and_other_columns() -> None:
    assert variable_expression("이름") == "{{ 이름 }}"
    assert variable_expression("first name") == '{{ row["first name"] }}'
    assert variable_expression("in") == '{{ row["in"] }}'
    assert variable_expression('a"b') == '{{ row["a\\"b"] }}'


def test_clicking_a_column_inserts_it_and_it_renders(
    qtbot: Any, page: TemplatePage, template_dir: Path, context: Any, tmp_path: Path
) -> None:
    table = load_table(
        tmp_path,
        'email,name,plan,city,이름,first name,a"b\na@example.com,A,pro,서울,홍길동,Gil,"q"\n',
    )
    context.set_table(table)
    open_folder(qtbot, page, template_dir)
    texts = [page.variables.item(i).text() for i in range(page.variables.count())]
    assert any(t.startswith("+") and "이름" in t for t in texts)
    body = editor(page, "body.txt")
    for column in ("이름", "first name", 'a"b'):
        body.moveCursor(QTextCursor.MoveOperation.End)
        item = next(
            page.variables.item(i)
            for i in range(page.variables.count())
            if page.variables.item(i).data(Qt.ItemDataRole.UserRole) == column
        )
        rect = page.variables.visualItemRect(item)
        qtbot.mouseClick(page.variables.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert body.toPlainText().endswith('{{ 이름 }}{{ row["first name"] }}{{ row["a\\"b"] }}')
    qtbot.waitUntil(
        lambda: (
            page.preview.current is not None
            and page.preview.current.built is not None
            and page.preview.current.built.text.rstrip().endswith("홍길동Gilq")
        ),
        timeout=WAIT,
    )


def test_save_is_atomic_and_unsaved_changes_ask(
    qtbot: Any, page: TemplatePage, template_dir: Path, boxes: Any
) -> None:
    open_folder(qtbot, page, template_dir)
    before = os.stat(template_dir / "body.txt").st_ino
    body = editor(page, "body.txt")
    type_at_end(qtbot, body, "추가 문장")
    boxes.answer = QMessageBox.StandardButton.Cancel
    assert page.can_close() is False and page.dirty
    page.save()
    qtbot.waitUntil(
        lambda: "추가 문장" in (template_dir / "body.txt").read_text(encoding="utf-8"),
        timeout=WAIT,
    )
    assert os.stat(template_dir / "body.txt").st_ino != before  # replaced, not rewritten
    assert not [p for p in template_dir.iterdir() if p.name.startswith(".")]  # no temp left
    assert not page.dirty and page.can_close()
    boxes.shown.clear()
    # Our own save reloads without asking anything.
    qtbot.wait(800)
    wait_for_tasks()
    assert not [b for b in boxes.shown if b[0] == "question"]
    type_at_end(qtbot, body, "!")
    boxes.answer = QMessageBox.StandardButton.Discard
    assert page.can_close() is True and not page.dirty
    assert not body.toPlainText().endswith("!")


def test_switching_templates_with_unsaved_changes_asks(
    qtbot: Any, page: TemplatePage, template_dir: Path, boxes: Any, tmp_path: Path
) -> None:
    other = tmp_path / "other"
    other.mkdir()
    (other / "subject.txt").write_text("다른 제목\n", encoding="utf-8")
    (other / "body.txt").write_text("본문\n", encoding="utf-8")
    open_folder(qtbot, page, template_dir)
    type_at_end(qtbot, editor(page, "subject.txt"), "x")
    boxes.answer = QMessageBox.StandardButton.Cancel
    assert page.open_folder_path(other) is False
    assert page.folder == template_dir and page.dirty
    boxes.answer = QMessageBox.StandardButton.Save
    open_folder(qtbot, page, other)
    assert page.folder == other
    assert (template_dir / "subject.txt").read_text(encoding="utf-8").rstrip().endswith("x")


def test_outside_changes_reload_and_ask_when_both_changed(
    qtbot: Any, page: TemplatePage, template_dir: Path, boxes: Any
) -> None:
    open_folder(qtbot, page, template_dir)
    with qtbot.waitSignal(page.context.template_changed, timeout=WAIT):
        (template_dir / "body.txt").write_text("바깥 편집기 {{ name }}\n", encoding="utf-8")
    assert editor(page, "body.txt").toPlainText() == "바깥 편집기 {{ name }}\n"
    assert not boxes.shown
    subject = editor(page, "subject.txt")
    type_at_end(qtbot, subject, " mine")
    boxes.answer = QMessageBox.StandardButton.No  # keep mine
    with qtbot.waitSignal(page.context.template_changed, timeout=WAIT):
        (template_dir / "subject.txt").write_text("theirs\n", encoding="utf-8")
    assert [b for b in boxes.shown if b[0] == "question" and "subject.txt" in b[2]]
    assert subject.toPlainText().rstrip().endswith("mine") and page.dirty
    page.save()
    qtbot.waitUntil(
        lambda: (template_dir / "subject.txt").read_text(encoding="utf-8").endswith("mine"),
        timeout=WAIT,
    )


def accept_dialog(monkeypatch: pytest.MonkeyPatch, name: str, starter: str = "") -> None:
    def exec_(dialog: NewTemplateDialog) -> int:
        if starter:
            dialog.starter.setCurrentIndex(dialog.starter.findText(starter))
        dialog.name.setText(name)
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(NewTemplateDialog, "exec", exec_)


def test_a_shipped_template_is_saved_as_a_copy(
    qtbot: Any,
    page: TemplatePage,
    templates_root: Path,
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shipped = templates_root / "newsletter"
    original = {p.name: p.read_bytes() for p in shipped.iterdir() if p.is_file()}
    open_folder(qtbot, page, shipped)
    assert not page.shipped_note.isHidden()
    assert page.editors["_layouts/base.html"].isReadOnly()  # shared: never edited here
    type_at_end(qtbot, editor(page, "subject.txt"), " 6월호")
    assert page.save_button.text() == page.tr("Save as a copy…")
    accept_dialog(monkeypatch, "내 소식지")
    with qtbot.waitSignal(page.context.template_changed, timeout=WAIT):
        page.save()
    copy = data_dir / "templates" / "내 소식지"
    assert page.folder == copy and page.shipped_note.isHidden()
    assert (copy / "subject.txt").read_text(encoding="utf-8").endswith("6월호")
    assert (copy / "_layouts" / "base.html").is_file()  # what it needs came along
    assert {p.name: p.read_bytes() for p in shipped.iterdir() if p.is_file()} == original
    assert page.context.template is not None  # the copy loads on its own
    assert page.picker.findData(str(copy)) >= 0


def test_new_template_from_a_starter(
    qtbot: Any, page: TemplatePage, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    accept_dialog(monkeypatch, "공지", starter="announcement")
    with qtbot.waitSignal(page.context.template_changed, timeout=WAIT):
        page.new_template()
    assert page.folder == data_dir / "templates" / "공지"
    assert (page.folder / "subject.txt").is_file()
    assert page.context.template is not None and page.context.template.name == "공지"
    assert page.editors["subject.txt"].isReadOnly() is False
    # The same name again is refused with a sentence, not a crash.
    accept_dialog(monkeypatch, "공지", starter="announcement")
    page.new_template()
    wait_for_tasks()
    qtbot.wait(50)


def test_find_and_replace_all_is_one_undo_step(
    qtbot: Any, page: TemplatePage, template_dir: Path
) -> None:
    open_folder(qtbot, page, template_dir)
    body = editor(page, "body.txt")
    before = body.toPlainText()
    page.find_bar.open(replace=True)
    page.find_bar.find_edit.setText("{{ name }}")
    page.find_bar.replace_edit.setText("{{ 이름 }}")
    assert page.find_bar.find_next()
    assert page.find_bar.replace_all() == 1
    assert "{{ 이름 }}" in body.toPlainText()
    body.undo()
    assert body.toPlainText() == before
    page.find_bar.find_edit.setText("not there at all")
    assert not page.find_bar.find_next()
    assert page.find_bar.status.text()


def test_open_in_editor_without_a_launcher_shows_the_path(
    qtbot: Any, page: TemplatePage, template_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtGui import QDesktopServices

    opened: list[str] = []

    def no_launcher(url: Any) -> bool:
        opened.append(url.toLocalFile())
        return False

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(no_launcher))
    open_folder(qtbot, page, template_dir)
    editor(page, "body.html")
    page.open_in_editor()
    notices = [w for w in QApplication.topLevelWidgets() if isinstance(w, PathNotice)]
    assert notices and notices[-1].isVisible()
    notice = notices[-1]
    assert notice.path_edit.text() == str(template_dir / "body.html")
    qtbot.mouseClick(notice.copy_button, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == str(template_dir / "body.html")
    notice.close()
    page.open_folder()
    notices = [w for w in QApplication.topLevelWidgets() if isinstance(w, PathNotice)]
    assert any(n.path_edit.text() == str(template_dir) and n.isVisible() for n in notices)
    assert opened == [str(template_dir / "body.html"), str(template_dir)]


def test_editing_after_creating_a_campaign_does_not_change_it(
    qtbot: Any, page: TemplatePage, template_dir: Path, context: Any, examples: Path
) -> None:
    from mailer import SenderSettings
    from mailer.content.recipients import load_recipients
    from mailer.service import CampaignDraft, create, open_journal

    table = load_recipients(examples / "recipients.csv")
    context.set_table(table)
    open_folder(qtbot, page, template_dir)
    assert page.context.template is not None
    journal = open_journal()
    try:
        draft = CampaignDraft(
            "snapshot",
            table,
            page.context.template,
            SenderSettings(from_addr="news@example.com"),
            context.profile,
        )
        campaign = create(journal, draft).campaign_id
        before = journal.campaigns.template(campaign).sources
        body = editor(page, "body.html")
        body.selectAll()
        type_text(qtbot, body, "<p>완전히 새 본문 {{ name }}</p>")
        with qtbot.waitSignal(page.context.template_changed, timeout=WAIT):
            page.save()
        assert "완전히 새 본문" in page.context.template.sources[f"{template_dir.name}/body.html"]
        after = journal.campaigns.template(campaign)
        assert after.sources == before
        assert "완전히" not in (after.render(table.row(0), email=table.emails[0]).html or "")
    finally:
        journal.close()


def test_the_default_campaign_name_follows_the_template_and_file(
    qtbot: Any, context: Any, tmp_path: Path
) -> None:
    from tests.mailer.campaign_fixtures import write_recipients, write_template
    from ui.main_window import MainWindow
    from ui.pages.send_page import SendPage

    window = MainWindow(context, restore=False)
    qtbot.addWidget(window)
    page = window.send_page
    assert isinstance(page, SendPage)
    with qtbot.waitSignal(window.recipients_page.loaded, timeout=WAIT):
        window.open_recipients(write_recipients(tmp_path / "list.csv", 3))
    open_folder(qtbot, window.template_page, write_template(tmp_path / "tpl" / "june"))
    qtbot.waitUntil(lambda: page.review.name.text() == "june → list.csv", timeout=WAIT)
    open_folder(qtbot, window.template_page, write_template(tmp_path / "tpl" / "july"))
    qtbot.waitUntil(lambda: page.review.name.text() == "july → list.csv", timeout=WAIT)
    with qtbot.waitSignal(window.recipients_page.loaded, timeout=WAIT):
        window.open_recipients(write_recipients(tmp_path / "vip.csv", 2))
    qtbot.waitUntil(lambda: page.review.name.text() == "july → vip.csv", timeout=WAIT)
    page.review.name.setText("7월 VIP 소식")  # typed by the user: kept
    open_folder(qtbot, window.template_page, write_template(tmp_path / "tpl" / "june"))
    qtbot.wait(400)
    assert page.review.name.text() == "7월 VIP 소식"


def test_closing_the_window_with_unsaved_changes_asks(
    qtbot: Any, context: Any, template_dir: Path, boxes: Any
) -> None:
    from ui.main_window import MainWindow

    window = MainWindow(context, restore=False)
    qtbot.addWidget(window)
    open_folder(qtbot, window.template_page, template_dir)
    type_at_end(qtbot, editor(window.template_page, "body.txt"), "끝")
    boxes.answer = QMessageBox.StandardButton.Cancel
    assert window.close() is False
    assert [b for b in boxes.shown if b[0] == "question" and "tmpl" in b[2]]
    boxes.answer = QMessageBox.StandardButton.Discard
    assert window.close() is True


def test_the_preview_keeps_its_scroll_position_while_typing(
    qtbot: Any, page: TemplatePage, template_dir: Path
) -> None:
    from ui.widgets import html_preview

    if not html_preview.HAVE_WEBENGINE:
        pytest.skip("no Qt WebEngine")
    rows = "".join(f"<p>줄 {i}</p>" for i in range(300))
    (template_dir / "body.html").write_text(f"<html><body>{rows}</body></html>", encoding="utf-8")
    page.show()
    open_folder(qtbot, page, template_dir)
    web = page.preview.html_view.view
    qtbot.waitUntil(lambda: web.page().contentsSize().height() > 2000, timeout=WAIT)
    web.page().runJavaScript("window.scrollTo(0, 1500)", 1)  # the reader scrolled down
    qtbot.waitUntil(lambda: web.page().scrollPosition().y() >= 1000, timeout=WAIT)
    type_at_end(qtbot, editor(page, "body.html"), "<p>맨 끝</p>")
    qtbot.waitUntil(lambda: "맨 끝" in preview_html(page), timeout=WAIT)
    qtbot.wait(300)
    qtbot.waitUntil(lambda: web.page().scrollPosition().y() >= 1000, timeout=WAIT)


def test_about_shows_the_templates_folder_and_the_path_when_it_cannot_open(
    qtbot: Any, data_dir: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from PySide6.QtGui import QDesktopServices

    from mailer.service import user_templates_dir
    from ui.dialogs.about_dialog import AboutDialog

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda _url: False))
    dialog = AboutDialog(tmp_path / "config" / "settings.json")
    qtbot.addWidget(dialog)
    assert dialog.folders["templates"] == user_templates_dir() == data_dir / "templates"
    assert str(data_dir / "templates") in dialog.links["templates"].text()
    dialog.links["templates"].linkActivated.emit("templates")
    notices = [w for w in dialog.findChildren(PathNotice)]
    assert notices and notices[0].path_edit.text() == str(data_dir / "templates")


def test_a_markdown_body_previews_while_typing(
    qtbot: Any, page: TemplatePage, templates_root: Path, context: Any, examples: Path
) -> None:
    from mailer.content.recipients import load_recipients

    # The Markdown starter is shipped (issue 14): a missing one is a failure, not a skip.
    assert (templates_root / "markdown" / "body.md").is_file()
    context.set_table(load_recipients(examples / "recipients.csv"))
    open_folder(qtbot, page, templates_root / "markdown")
    assert page.tabs.tabText(1) == "body.md"
    body = editor(page, "body.md")
    assert not body.isReadOnly()
    type_at_end(qtbot, body, "\n\n## 새 소식 {{ city }}\n\n**굵게** 쓴 글\n")
    qtbot.waitUntil(lambda: "새 소식 서울" in preview_html(page), timeout=WAIT)
    html = preview_html(page)
    assert "<h2" in html and "<strong>굵게</strong>" in html
    text = page.preview.text_view.toPlainText()
    assert "새 소식 서울" in text and "**" not in text


def test_the_plain_text_part_can_be_written_from_the_derived_one(
    qtbot: Any, page: TemplatePage, template_dir: Path, context: Any, examples: Path
) -> None:
    from mailer.content.recipients import load_recipients

    (template_dir / "body.txt").unlink()  # HTML only: the text part is derived
    context.set_table(load_recipients(examples / "recipients.csv"))
    open_folder(qtbot, page, template_dir)
    assert "body.txt" not in page.editors and not page.text_part_button.isHidden()
    page.text_part_button.click()
    qtbot.waitUntil(lambda: "body.txt" in page.editors, timeout=WAIT)
    text = page.editors["body.txt"]
    assert page.tabs.indexOf(text) == 2 and page.tabs.currentWidget() is text
    assert page.tabs.tabText(2) == "body.txt •"  # unsaved
    assert "안녕하세요 {{ name }}님" in text.toPlainText()  # derived, variables put back
    assert "Plan: {{ plan }}" in text.toPlainText()
    assert text.dirty and not (template_dir / "body.txt").exists()
    type_at_end(qtbot, text, "손으로 쓴 줄 {{ city }}")
    qtbot.waitUntil(
        lambda: "손으로 쓴 줄 서울" in page.preview.text_view.toPlainText(), timeout=WAIT
    )
    # An outside change to another file keeps the unsaved new tab.
    with qtbot.waitSignal(page.context.template_changed, timeout=WAIT):
        (template_dir / "subject.txt").write_text("바뀐 제목\n", encoding="utf-8")
    assert page.editors["body.txt"] is text and text.dirty and not text.isReadOnly()
    page.save()
    qtbot.waitUntil(lambda: (template_dir / "body.txt").is_file(), timeout=WAIT)
    assert "손으로 쓴 줄 {{ city }}" in (template_dir / "body.txt").read_text(encoding="utf-8")
    qtbot.waitUntil(lambda: page.text_part_button.isHidden(), timeout=WAIT)


def test_the_preview_follows_the_recipient_selected_on_the_recipients_page(
    qtbot: Any, context: Any, template_dir: Path, examples: Path
) -> None:
    from ui.main_window import RECIPIENTS, TEMPLATE, MainWindow

    window = MainWindow(context, restore=False)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.recipients_page.loaded, timeout=WAIT):
        window.open_recipients(examples / "recipients.csv")
    page = window.template_page
    open_folder(qtbot, page, template_dir)
    view, model = window.recipients_page.view, window.recipients_page.model
    window.steps.setCurrentRow(RECIPIENTS)
    view.setCurrentIndex(model.index(2, 0))  # the third data row: 박지호
    window.steps.setCurrentRow(TEMPLATE)
    assert page.preview.row == window.recipients_page.selected_row() == 2
    qtbot.waitUntil(lambda: "박지호" in preview_html(page), timeout=WAIT)


def test_open_log_folder_without_a_file_manager_shows_the_path(
    qtbot: Any, context: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from PySide6.QtGui import QDesktopServices

    from mailer import log_dir
    from ui.main_window import MainWindow

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda _url: False))
    window = MainWindow(context, restore=False)
    qtbot.addWidget(window)
    window.open_log_folder()
    notices = window.findChildren(PathNotice)
    assert notices and notices[0].path_edit.text() == str(log_dir())


def test_a_taken_name_keeps_the_new_template_dialog_open(qtbot: Any, tmp_path: Path) -> None:
    destination = tmp_path / "templates"
    (destination / "내 뉴스레터").mkdir(parents=True)
    starter = tmp_path / "shipped" / "newsletter"
    starter.mkdir(parents=True)
    dialog = NewTemplateDialog([starter], destination)
    qtbot.addWidget(dialog)
    dialog.name.setText("내 뉴스레터")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.problem.isVisibleTo(dialog) and "내 뉴스레터" in dialog.problem.text()
    dialog.name.setText("내 뉴스레터 2")
    assert not dialog.problem.isVisibleTo(dialog)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_the_korean_app_offers_the_korean_starters_first(qapp: Any, tmp_path: Path) -> None:
    """In Korean, "New template" starts from newsletter-ko; the suggested name follows
    the starter chosen, and a name the user typed stays."""
    from ui import i18n
    from ui.paths import shipped_templates

    starters = shipped_templates()
    assert {"newsletter-ko", "markdown-ko"} <= {p.name for p in starters}
    try:
        i18n.install(qapp, "ko")
        dialog = NewTemplateDialog(starters, tmp_path)
        names = [dialog.starter.itemText(i) for i in range(dialog.starter.count())]
        assert names[:2] == ["markdown-ko", "newsletter-ko"] and len(names) == len(starters)
        assert dialog.name.text() == "my-markdown-ko"
        dialog.starter.setCurrentIndex(names.index("newsletter-ko"))
        assert dialog.name.text() == "my-newsletter-ko"
        dialog.name.setText("12월-소식")
        dialog.starter.setCurrentIndex(names.index("newsletter"))
        assert dialog.chosen() == (
            starters[[p.name for p in starters].index("newsletter")],
            "12월-소식",
        )
    finally:
        i18n.install(qapp, "en")
    english = NewTemplateDialog(starters, tmp_path)
    assert english.starter.itemText(0) == starters[0].name  # as shipped, A-Z
