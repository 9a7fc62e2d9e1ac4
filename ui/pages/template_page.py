"""Step 2: pick a template folder, read its sources, check its variables, set the sender.

Loading (TemplateSet.load) runs in a worker; a QFileSystemWatcher reloads the
folder, debounced, whenever a file in it changes, so the user can edit in their own
editor and watch this page follow.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QFileSystemWatcher, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QFontDatabase
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui import paths, prefs
from ui.context import AppContext
from ui.errors import is_user_error, show_error
from ui.ops.tasks import run_task
from ui.widgets.highlighter import JinjaHighlighter
from ui.widgets.sender_panel import SenderPanel

if TYPE_CHECKING:
    from mailer import TemplateSet

BUILT_INS = ("email", "unsubscribe_url")
_PARTS = ("subject.txt", "body.html", "body.txt", "template.toml")
OTHER = "__other__"


@dataclass
class LoadedTemplate:
    """What a worker found in a folder: the template, or the error and the raw files."""

    folder: Path
    template: TemplateSet | None
    error: str = ""
    sources: dict[str, str] = field(default_factory=dict)
    watch: list[str] = field(default_factory=list)


def load_folder(folder: Path, _cancel: threading.Event) -> LoadedTemplate:
    """Worker side: load with the core; on a TemplateError still show the files."""
    from mailer import TemplateSet
    from mailer.errors import TemplateError

    watch = [str(folder)] + [str(p) for p in sorted(folder.iterdir()) if p.is_file()]
    try:
        template = TemplateSet.load(folder)
    except TemplateError as exc:
        raw = {}
        for name in _PARTS:
            part = folder / name
            if part.is_file():
                raw[name] = part.read_text(encoding="utf-8", errors="replace")
        return LoadedTemplate(folder, None, str(exc), raw, watch)
    # The core keys sources as "<folder name>/<file>"; show them relative to the folder.
    prefix = f"{folder.name}/"
    shown = {k.removeprefix(prefix): v for k, v in template.sources.items()}
    return LoadedTemplate(folder, template, "", shown, watch)


class TemplatePage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.folder: Path | None = None
        self._generation = 0

        self.picker = QComboBox()
        self.picker.setMinimumContentsLength(24)
        self.picker.activated.connect(self._picked)
        self.open_file_button = QPushButton(self.tr("Open in editor"))
        self.open_file_button.setToolTip(self.tr("Open the file shown below in your editor"))
        self.open_file_button.clicked.connect(self.open_in_editor)
        self.open_folder_button = QPushButton(self.tr("Open folder"))
        self.open_folder_button.clicked.connect(self.open_folder)
        self.description = QLabel()
        self.description.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Template:")))
        top.addWidget(self.picker)
        top.addWidget(self.open_file_button)
        top.addWidget(self.open_folder_button)
        top.addStretch(1)

        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.setStyleSheet(
            "QLabel { color: #c62828; border: 1px solid #c62828; border-radius: 4px;"
            " padding: 6px; }"
        )
        self.error.hide()

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self._highlighters: list[JinjaHighlighter] = []

        self.variables = QListWidget()
        self.variables_note = QLabel()
        self.variables_note.setWordWrap(True)
        variables_box = QGroupBox(self.tr("Variables"))
        vbox = QVBoxLayout(variables_box)
        vbox.addWidget(self.variables_note)
        vbox.addWidget(self.variables, 1)
        self.sender_panel = SenderPanel(context)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(variables_box, 1)
        side_layout.addWidget(self.sender_panel)

        split = QSplitter()
        split.addWidget(self.tabs)
        split.addWidget(side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        split.setSizes([700, 460])  # the sources get most of the width
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.description)
        layout.addWidget(self.error)
        layout.addWidget(split, 1)

        self.watcher = QFileSystemWatcher(self)
        self._reload_timer = QTimer(self, singleShot=True, interval=300)
        self._reload_timer.timeout.connect(self.reload)
        self.watcher.fileChanged.connect(lambda _p: self._reload_timer.start())
        self.watcher.directoryChanged.connect(lambda _p: self._reload_timer.start())
        context.table_changed.connect(self._show_variables)
        self._fill_picker()

    # -- choosing ------------------------------------------------------------
    def _fill_picker(self) -> None:
        self.picker.clear()
        for folder in paths.shipped_templates():
            self.picker.addItem(folder.name, str(folder))
        last = prefs.last_template()
        if last and self.picker.findData(last) < 0:
            self.picker.addItem(Path(last).name, last)
        self.picker.addItem(self.tr("Other folder…"), OTHER)
        self.picker.setCurrentIndex(-1)

    def _picked(self, position: int) -> None:
        data = self.picker.itemData(position)
        if data == OTHER:
            chosen = QFileDialog.getExistingDirectory(
                self, self.tr("Choose a template folder"), str(self.folder or Path.home())
            )
            if not chosen:
                self._select_in_picker(self.folder)
                return
            self.open_folder_path(Path(chosen))
        elif data:
            self.open_folder_path(Path(data))

    def _select_in_picker(self, folder: Path | None) -> None:
        if folder is None:
            self.picker.setCurrentIndex(-1)
            return
        position = self.picker.findData(str(folder))
        if position < 0:
            self.picker.insertItem(self.picker.count() - 1, folder.name, str(folder))
            position = self.picker.findData(str(folder))
        self.picker.setCurrentIndex(position)

    def open_folder_path(self, folder: Path) -> None:
        self.folder = folder
        self._select_in_picker(folder)
        prefs.set_last_template(str(folder))
        self.reload()

    def reload(self) -> None:
        if self.folder is None:
            return
        self._generation += 1
        generation, folder = self._generation, self.folder
        run_task(
            lambda cancel: load_folder(folder, cancel),
            lambda loaded: self._loaded(generation, loaded),
            self._failed,
            receiver=self,
        )

    def _failed(self, exc: BaseException) -> None:
        if is_user_error(exc) or isinstance(exc, OSError):
            self.error.setText(str(exc))
            self.error.show()
            self.context.set_template(None, self.folder)
        else:
            show_error(self, exc)

    # -- showing -------------------------------------------------------------
    def _loaded(self, generation: int, loaded: LoadedTemplate) -> None:
        if generation != self._generation:
            return
        # Editors save by replacing files, which drops them from the watcher.
        old = self.watcher.files() + self.watcher.directories()
        if old:
            self.watcher.removePaths(old)
        self.watcher.addPaths(loaded.watch)
        self.error.setText(loaded.error)
        self.error.setVisible(bool(loaded.error))
        template = loaded.template
        self.description.setText(template.settings.description if template else "")
        self.description.setVisible(bool(self.description.text()))
        self._show_sources(loaded.sources)
        self.context.set_template(template, loaded.folder)
        self._show_variables()

    def _show_sources(self, sources: dict[str, str]) -> None:
        current = self.tabs.tabText(self.tabs.currentIndex()) if self.tabs.count() else ""
        self.tabs.clear()
        self._highlighters.clear()
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        order = {name: i for i, name in enumerate(_PARTS)}
        for name in sorted(sources, key=lambda n: (order.get(n, len(order)), n)):
            view = QPlainTextEdit(sources[name])
            view.setReadOnly(True)
            view.setFont(mono)
            view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
            view.setProperty("file_name", name)
            self._highlighters.append(
                JinjaHighlighter(view.document(), html=name.endswith((".html", ".htm")))
            )
            self.tabs.addTab(view, name)
            if name == current:
                self.tabs.setCurrentWidget(view)

    def _show_variables(self) -> None:
        self.variables.clear()
        template = self.context.template
        if template is None:
            self.variables_note.setText(self.tr("Choose a template to see its variables."))
            return
        used: dict[str, list[str]] = {}
        for part, names in template.variables().items():
            for name in names:
                used.setdefault(name, []).append(part)
        table = self.context.table
        missing = set(template.missing_variables(table.columns)) if table else set()
        for name in sorted(used):
            parts = ", ".join(sorted(used[name]))
            if name in missing:
                item = QListWidgetItem(f"⚠  {name}   ({parts})")
                item.setForeground(Qt.GlobalColor.red)
                item.setToolTip(self.tr("No column of the recipients file is called this"))
            elif table is None:
                item = QListWidgetItem(f"•  {name}   ({parts})")
            else:
                item = QListWidgetItem(f"✓  {name}   ({parts})")
                if name in BUILT_INS and name not in table.columns:
                    item.setToolTip(self.tr("Built in: filled in by Bulk Mailer"))
            self.variables.addItem(item)
        if table is None:
            note = self.tr("Open a recipients file to check these against its columns.")
        elif missing:
            note = self.tr("%n variable(s) have no matching column: %1", "", len(missing))
            note = note.replace("%1", ", ".join(sorted(missing)))
        else:
            note = self.tr("Every variable has a matching column.")
        self.variables_note.setText(note)
        self.variables_note.setStyleSheet("color: #c62828;" if missing else "")

    # -- editor --------------------------------------------------------------
    def current_file(self) -> Path | None:
        view = self.tabs.currentWidget()
        if self.folder is None or view is None:
            return None
        return self.folder / str(view.property("file_name"))

    def open_in_editor(self) -> None:
        target = self.current_file() or self.folder
        if target is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))

    def open_folder(self) -> None:
        if self.folder is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder)))
