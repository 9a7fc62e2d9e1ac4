"""A plain-text source editor: line numbers, a marked error line, Jinja colours.

QPlainTextEdit already gives undo/redo (Ctrl+Z / Ctrl+Shift+Z or Ctrl+Y) and the usual
editing keys; this adds the line-number gutter (Qt's "Code Editor" example), a red
mark on the line a template error names, and what the page needs to know about the
file: its name, the text it was loaded from (to tell "changed here" from "changed on
disk") and whether it may be saved in place.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QFontDatabase, QPainter, QPaintEvent, QResizeEvent, QTextFormat
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QWidget

from ui.widgets.highlighter import JinjaHighlighter

_ERROR_BACKGROUND = QColor(198, 40, 40, 60)  # translucent: readable on light and dark


class _Gutter(QWidget):
    def __init__(self, editor: CodeEditor) -> None:
        super().__init__(editor)
        self.editor = editor

    def sizeHint(self) -> QSize:
        return QSize(self.editor.gutter_width(), 0)

    def paintEvent(self, event: QPaintEvent) -> None:
        self.editor.paint_gutter(event)


class CodeEditor(QPlainTextEdit):
    def __init__(self, file_name: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.file_name = file_name
        self.base_text = text  # what the file held when loaded or last saved
        self.error_line = 0  # 1-based; 0 = none
        self.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        # Soft wrap: the editor shares the page with the preview, and a long line of
        # HTML should not hide behind a horizontal scroll bar. Numbers count real lines.
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setTabStopDistance(self.fontMetrics().horizontalAdvance(" ") * 4)
        self.highlighter = JinjaHighlighter(
            self.document(),
            html=file_name.endswith((".html", ".htm")),
            markdown=file_name.endswith(".md"),
        )
        self.gutter = _Gutter(self)
        self.blockCountChanged.connect(lambda _n: self._fit_gutter())
        self.updateRequest.connect(self._scroll_gutter)
        self.setPlainText(text)
        self.document().setModified(False)
        self._fit_gutter()

    # -- the file --------------------------------------------------------------
    @property
    def dirty(self) -> bool:
        return self.document().isModified() and self.toPlainText() != self.base_text

    def mark_saved(self, text: str) -> None:
        self.base_text = text
        self.document().setModified(False)

    def replace_from_disk(self, text: str) -> None:
        """Show the file's new text, keeping the cursor's line (an outside editor saved)."""
        line = self.textCursor().blockNumber()
        self.setPlainText(text)  # also resets undo: the old text is no longer the file's
        self.mark_saved(text)
        self.go_to_line(line + 1, focus=False)

    def go_to_line(self, line: int, *, focus: bool = True) -> None:
        block = self.document().findBlockByNumber(max(line - 1, 0))
        if not block.isValid():
            return
        cursor = self.textCursor()
        cursor.setPosition(block.position())
        self.setTextCursor(cursor)
        self.centerCursor()
        if focus:
            self.setFocus()

    def insert_at_cursor(self, text: str) -> None:
        self.textCursor().insertText(text)
        self.setFocus()

    # -- the error mark --------------------------------------------------------
    def set_error_line(self, line: int) -> None:
        self.error_line = line
        selections = []
        block = self.document().findBlockByNumber(line - 1) if line > 0 else None
        if block is not None and block.isValid():
            selection = QTextEdit.ExtraSelection()
            selection.format.setBackground(_ERROR_BACKGROUND)
            selection.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
            cursor = self.textCursor()
            cursor.setPosition(block.position())
            selection.cursor = cursor
            selections.append(selection)
        self.setExtraSelections(selections)
        self.gutter.update()

    # -- the gutter --------------------------------------------------------------
    def gutter_width(self) -> int:
        digits = len(str(max(1, self.blockCount())))
        return 10 + self.fontMetrics().horizontalAdvance("9") * max(digits, 2)

    def _fit_gutter(self) -> None:
        self.setViewportMargins(self.gutter_width(), 0, 0, 0)

    def _scroll_gutter(self, rect: QRect, dy: int) -> None:
        if dy:
            self.gutter.scroll(0, dy)
        else:
            self.gutter.update(0, rect.y(), self.gutter.width(), rect.height())
        if rect.contains(self.viewport().rect()):
            self._fit_gutter()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        area = self.contentsRect()
        self.gutter.setGeometry(QRect(area.left(), area.top(), self.gutter_width(), area.height()))

    def paint_gutter(self, event: QPaintEvent) -> None:
        painter = QPainter(self.gutter)
        palette = self.palette()
        painter.fillRect(event.rect(), palette.alternateBase())
        block = self.firstVisibleBlock()
        number = block.blockNumber()
        top = round(self.blockBoundingGeometry(block).translated(self.contentOffset()).top())
        bottom = top + round(self.blockBoundingRect(block).height())
        height = self.fontMetrics().height()
        while block.isValid() and top <= event.rect().bottom():
            if block.isVisible() and bottom >= event.rect().top():
                error = number + 1 == self.error_line
                painter.setPen(QColor("#c62828") if error else palette.placeholderText().color())
                painter.drawText(
                    0,
                    top,
                    self.gutter.width() - 5,
                    height,
                    Qt.AlignmentFlag.AlignRight,
                    str(number + 1),
                )
            block = block.next()
            top = bottom
            bottom = top + round(self.blockBoundingRect(block).height())
            number += 1
        painter.end()
