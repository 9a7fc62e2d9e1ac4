"""The source editor: line-number gutter, the error mark, dirty tracking, undo."""

from __future__ import annotations

from typing import Any

from ui.widgets.code_editor import CodeEditor


def test_gutter_grows_with_the_line_count_and_marks_the_error_line(qtbot: Any) -> None:
    editor = CodeEditor("body.html", "<p>{{ name }}</p>\n")
    qtbot.addWidget(editor)
    narrow = editor.gutter_width()
    editor.setPlainText("\n".join(f"줄 {n}" for n in range(1200)))
    assert editor.gutter_width() > narrow  # four digits need more room than two
    editor.set_error_line(7)
    assert editor.error_line == 7 and len(editor.extraSelections()) == 1
    assert editor.extraSelections()[0].cursor.blockNumber() == 6
    editor.set_error_line(0)
    assert editor.extraSelections() == []
    editor.go_to_line(900)
    assert editor.textCursor().blockNumber() == 899


def test_dirty_means_different_from_the_file(qtbot: Any) -> None:
    editor = CodeEditor("subject.txt", "제목")
    qtbot.addWidget(editor)
    assert not editor.dirty
    editor.insertPlainText("!")
    assert editor.dirty
    editor.undo()
    assert not editor.dirty  # back to what the file holds
    editor.insertPlainText("?")
    editor.mark_saved(editor.toPlainText())
    assert not editor.dirty and editor.base_text == "?제목"
    editor.replace_from_disk("바깥에서 바뀜")
    assert editor.toPlainText() == "바깥에서 바뀜" and not editor.dirty


def test_markdown_and_html_files_get_their_colours(qtbot: Any) -> None:
    md = CodeEditor("body.md", "# 제목\n**굵게**")
    html = CodeEditor("body.html", "<p>x</p>")
    qtbot.addWidget(md)
    qtbot.addWidget(html)
    assert md.highlighter.markdown and not md.highlighter.html
    assert html.highlighter.html and not html.highlighter.markdown
    block = md.document().firstBlock()
    assert any(r.format.fontWeight() > 400 for r in block.layout().formats())
