"""Open a file or folder with the desktop's program, or say why not and show the path.

``QDesktopServices.openUrl`` returns False when no program is registered for the file
(a fresh desktop without xdg-utils, a bare window manager): instead of nothing
happening, a small dialog says so and offers the path with a Copy button.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class PathNotice(QDialog):
    def __init__(self, path: Path, *, folder: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Could not open"))
        if folder:
            text = self.tr(
                "No file manager was found to open this folder. Open it yourself; it is here:"
            )
        else:
            text = self.tr(
                "No program was found to open this file. Open it in your editor yourself; "
                "it is here:"
            )
        message = QLabel(text)
        message.setWordWrap(True)
        self.path_edit = QLineEdit(str(path))
        self.path_edit.setReadOnly(True)
        self.path_edit.setMinimumWidth(420)
        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.clicked.connect(self.copy)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.copy_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(message)
        layout.addLayout(row)
        layout.addWidget(buttons)

    def copy(self) -> None:
        clipboard = QGuiApplication.clipboard()
        clipboard.setText(self.path_edit.text())
        self.copy_button.setText(self.tr("Copied"))


def open_path(path: Path, parent: QWidget, *, folder: bool = False) -> bool:
    """Open ``path`` with the desktop; on failure show the path. True if it opened."""
    if QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        return True
    notice = PathNotice(path, folder=folder, parent=parent)
    notice.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    notice.show()  # not modal: the user may want to copy the path and keep working
    return False
