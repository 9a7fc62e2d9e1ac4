"""Find and replace in the current source editor (Ctrl+F, Ctrl+H; Esc closes).

Searching wraps around the end; "Replace all" is one undo step, so Ctrl+Z takes the
whole replacement back.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)


class FindBar(QWidget):
    def __init__(
        self, editor: Callable[[], QPlainTextEdit | None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._editor = editor  # the editor of the current tab, asked at each use
        self.find_edit = QLineEdit()
        self.find_edit.setPlaceholderText(self.tr("Find"))
        self.find_edit.setClearButtonEnabled(True)
        self.find_edit.returnPressed.connect(self.find_next)
        self.replace_edit = QLineEdit()
        self.replace_edit.setPlaceholderText(self.tr("Replace with"))
        self.replace_edit.returnPressed.connect(self.replace_one)
        self.case = QCheckBox(self.tr("Match case"))
        previous = QPushButton(self.tr("Previous"))
        previous.clicked.connect(self.find_previous)
        following = QPushButton(self.tr("Next"))
        following.clicked.connect(self.find_next)
        replace = QPushButton(self.tr("Replace"))
        replace.clicked.connect(self.replace_one)
        replace_all = QPushButton(self.tr("Replace all"))
        replace_all.clicked.connect(self.replace_all)
        close = QPushButton("✕")
        close.setFlat(True)
        close.setToolTip(self.tr("Close (Esc)"))
        close.clicked.connect(self.hide)
        self.status = QLabel()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        widgets: list[QWidget] = [self.find_edit, previous, following, self.replace_edit]
        for widget in [*widgets, replace, replace_all, self.case, self.status]:
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(close)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.hide)

    def install_shortcuts(self, owner: QWidget) -> None:
        """Ctrl+F / Ctrl+H (and F3) anywhere in ``owner`` open the bar."""
        QShortcut(QKeySequence.StandardKey.Find, owner, lambda: self.open(replace=False))
        QShortcut(QKeySequence.StandardKey.Replace, owner, lambda: self.open(replace=True))
        QShortcut(QKeySequence("Ctrl+H"), owner, lambda: self.open(replace=True))
        QShortcut(QKeySequence.StandardKey.FindNext, owner, self.find_next)

    def open(self, *, replace: bool = False) -> None:
        editor = self._editor()
        selected = editor.textCursor().selectedText() if editor is not None else ""
        if selected and "\u2029" not in selected:  # one line of selection: search for it
            self.find_edit.setText(selected)
        self.show()
        target = self.replace_edit if replace and self.find_edit.text() else self.find_edit
        target.setFocus()
        target.selectAll()

    def _flags(self, backward: bool = False) -> QTextDocument.FindFlag:
        flags = QTextDocument.FindFlag(0)
        if self.case.isChecked():
            flags |= QTextDocument.FindFlag.FindCaseSensitively
        if backward:
            flags |= QTextDocument.FindFlag.FindBackward
        return flags

    def _find(self, backward: bool) -> bool:
        editor, text = self._editor(), self.find_edit.text()
        if editor is None or not text:
            return False
        if editor.find(text, self._flags(backward)):
            self.status.clear()
            return True
        # Wrap around: start again from the other end.
        cursor = editor.textCursor()
        cursor.movePosition(
            QTextCursor.MoveOperation.End if backward else QTextCursor.MoveOperation.Start
        )
        editor.setTextCursor(cursor)
        found = editor.find(text, self._flags(backward))
        self.status.setText("" if found else self.tr("Not found"))
        return found

    def find_next(self) -> bool:
        return self._find(backward=False)

    def find_previous(self) -> bool:
        return self._find(backward=True)

    def _matches(self, selected: str) -> bool:
        wanted = self.find_edit.text()
        if self.case.isChecked():
            return selected == wanted
        return selected.casefold() == wanted.casefold()

    def replace_one(self) -> None:
        editor = self._editor()
        if editor is None or not self.find_edit.text():
            return
        cursor = editor.textCursor()
        if cursor.hasSelection() and self._matches(cursor.selectedText()):
            cursor.insertText(self.replace_edit.text())
        self.find_next()

    def replace_all(self) -> int:
        editor, wanted = self._editor(), self.find_edit.text()
        if editor is None or not wanted:
            return 0
        document = editor.document()
        count = 0
        edit = QTextCursor(document)
        edit.beginEditBlock()  # one undo step for all of them
        found = document.find(wanted, 0, self._flags())
        while not found.isNull():
            found.insertText(self.replace_edit.text())
            count += 1
            found = document.find(wanted, found.position(), self._flags())
        edit.endEditBlock()
        self.status.setText(self.tr("Replaced %n time(s)", "", count))
        return count
