"""Help → About: version, licence, and where the app keeps data, settings and logs.

The folder paths are links; clicking one creates the folder if needed (the log folder
may not exist yet) and opens it in the system's file manager.
"""

from __future__ import annotations

import html
import os
from pathlib import Path

import platformdirs
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ui import __version__
from ui.resources import app_icon

LICENCE = "MIT"


def open_folder(path: Path) -> bool:
    """Open ``path`` in the file manager, creating it first; False if that failed."""
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError:
        return False
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def app_folders(settings_file: Path | None = None) -> dict[str, Path]:
    """Label key -> folder: data (journal, outbox), settings, logs."""
    from mailer import config_dir, data_dir, log_dir
    from mailer.errors import MailerError

    try:
        data = data_dir()
    except MailerError:  # cannot be created: still show where it would be
        data = Path(os.environ.get("MAILER_DATA_DIR") or platformdirs.user_data_dir("bulk-mailer"))
    settings = settings_file.parent if settings_file is not None else config_dir()
    # Templates made with "New template" (mailer.service.user_templates_dir).
    templates = data / "templates"
    return {"data": data, "templates": templates, "settings": settings, "logs": log_dir()}


class AboutDialog(QDialog):
    def __init__(self, settings_file: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Bulk Mailer"))
        self.folders = app_folders(settings_file)
        self.opened: list[Path] = []

        icon = QLabel()
        icon.setPixmap(app_icon().pixmap(96, 96))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        text = QLabel(
            self.tr(
                "<h3>Bulk Mailer %1</h3><p>Send personalised newsletters through "
                "Amazon SES at the pace your account allows, and see what happened to "
                "every message.</p><p>Licensed under the %2 licence.</p>"
            )
            .replace("%1", html.escape(__version__))
            .replace("%2", LICENCE)
        )
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        form = QFormLayout()
        self.links: dict[str, QLabel] = {}
        for key, label in (
            ("data", self.tr("Data (campaigns, outbox):")),
            ("templates", self.tr("Your templates:")),
            ("settings", self.tr("Settings:")),
            ("logs", self.tr("Logs:")),
        ):
            path = self.folders[key]
            link = QLabel(f'<a href="{key}">{html.escape(str(path))}</a>')
            link.setToolTip(self.tr("Open this folder"))
            link.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
            link.linkActivated.connect(self.open_link)
            self.links[key] = link
            form.addRow(label, link)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(icon)
        right = QVBoxLayout()
        right.addWidget(text)
        right.addLayout(form)
        top.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(buttons)

    def open_link(self, key: str) -> None:
        path = self.folders[key]
        self.opened.append(path)
        if not open_folder(path):  # no file manager: say so and show the path
            from ui.widgets.path_notice import PathNotice

            notice = PathNotice(path, folder=True, parent=self)
            notice.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            notice.show()
