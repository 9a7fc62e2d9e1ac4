"""File dialogs in the UI's language.

``QFileDialog``'s static functions open the platform's native dialog where there is one
(GTK or the desktop portal on Linux, Windows, macOS). A native dialog speaks the
operating system's language, not the one chosen in Bulk Mailer: a Korean UI on an
English system (or the reverse) showed "Open"/"Cancel" and English folder names. When
the two languages differ, Qt's own dialog is used instead; it is translated by the
qtbase catalogue ``ui.i18n.install`` loads. When they agree, the native dialog stays
(it knows the user's bookmarks and recent places).

Every file dialog of the app goes through these functions.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QFileDialog, QWidget

from ui import i18n


def dialog_options(system: QLocale | None = None) -> QFileDialog.Option:
    """Qt's own dialog when the UI language is not the system's, else the native one."""
    if i18n.current() == i18n.resolve_language("system", system):
        return QFileDialog.Option(0)
    return QFileDialog.Option.DontUseNativeDialog


def ask_open_file(parent: QWidget | None, caption: str, start: str = "", filters: str = "") -> str:
    """The chosen file's path, or "" when cancelled."""
    name, _chosen_filter = QFileDialog.getOpenFileName(
        parent, caption, start, filters, options=dialog_options()
    )
    return name


def ask_save_file(parent: QWidget | None, caption: str, start: str = "", filters: str = "") -> str:
    """The path to save to, or "" when cancelled."""
    name, _chosen_filter = QFileDialog.getSaveFileName(
        parent, caption, start, filters, options=dialog_options()
    )
    return name


def ask_folder(parent: QWidget | None, caption: str, start: str = "") -> str:
    """The chosen folder, or "" when cancelled."""
    options = dialog_options() | QFileDialog.Option.ShowDirsOnly
    return QFileDialog.getExistingDirectory(parent, caption, start, options)
