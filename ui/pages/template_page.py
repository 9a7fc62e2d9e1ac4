"""Step 2: pick or create a template, write it with a live preview, set the sender.

Each file of the template folder is a tab of a source editor (line numbers, Jinja
colours, find/replace, undo/redo). While the user types, the preview beside it is
rebuilt (debounced) on the thread pool from the unsaved text - the core loads the
folder as if it were saved (mailer.service.load_draft) - and one render is in flight
at a time, the newest text winning. An error names its file and line; the editor marks
that line and the last good preview stays.

Loading (TemplateSet.load) runs in a worker; a QFileSystemWatcher reloads the folder,
debounced, when a file changes, so another editor's saves are followed: silently for
a file with no unsaved change here, with a question when both changed. Shipped
templates are never written: editing one saves as a copy in the user's templates
folder. Saves are atomic (mailer.service.save_template_file).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QFileSystemWatcher, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui import paths, prefs
from ui.context import AppContext
from ui.errors import error_text, is_user_error, show_error
from ui.ops.live_preview import (
    DraftPreview,
    DraftRenderFailed,
    derived_text,
    error_place,
    render_draft,
    variable_expression,
)
from ui.ops.tasks import Task, run_task
from ui.widgets.code_editor import CodeEditor
from ui.widgets.file_dialogs import ask_folder
from ui.widgets.find_bar import FindBar
from ui.widgets.live_preview import LivePreview
from ui.widgets.new_template import NewTemplateDialog
from ui.widgets.path_notice import open_path
from ui.widgets.sender_panel import SenderPanel

if TYPE_CHECKING:
    from mailer import TemplateSet

BUILT_INS = ("email", "unsubscribe_url")
_PARTS = ("subject.txt", "body.md", "footer.md", "body.html", "body.txt", "template.toml")
OTHER = "__other__"
RENDER_DELAY_MS = 300  # typing pauses this long before the preview is rebuilt


@dataclass
class LoadedTemplate:
    """What a worker found in a folder: the template, or the error and the raw files."""

    folder: Path
    template: TemplateSet | None
    error: str = ""
    sources: dict[str, str] = field(default_factory=dict)
    watch: list[str] = field(default_factory=list)
    editable: set[str] = field(default_factory=set)  # files inside the folder


def _tab_order(name: str) -> tuple[int, str]:
    """Tabs in the order a message is read: subject, body, text part, settings, others."""
    return (_PARTS.index(name) if name in _PARTS else len(_PARTS), name)


def load_folder(folder: Path, _cancel: threading.Event) -> LoadedTemplate:
    """Worker side: load with the core; on a TemplateError still show the files."""
    from mailer import TemplateSet
    from mailer.errors import TemplateError

    watch = [str(folder)] + [str(p) for p in sorted(folder.iterdir()) if p.is_file()]
    template: TemplateSet | None = None
    error = ""
    shown: dict[str, str] = {}
    try:
        template = TemplateSet.load(folder)
    except TemplateError as exc:
        error = error_text(exc)
    else:
        # The core keys sources as "<folder name>/<file>"; show them relative to the folder.
        prefix = f"{folder.name}/"
        shown = {k.removeprefix(prefix): v for k, v in template.sources.items()}
    for name in _PARTS:  # template.toml (and any part the load did not reach) as on disk
        part = folder / name
        if name not in shown and part.is_file():
            shown[name] = part.read_text(encoding="utf-8-sig", errors="replace")
    shown = {k: v.replace("\r\n", "\n") for k, v in shown.items()}
    editable = {name for name in shown if (folder / name).is_file()}
    return LoadedTemplate(folder, template, error, shown, watch, editable)


def save_files(folder: Path, texts: dict[str, str], _cancel: threading.Event) -> Path:
    from mailer.service import save_template_file

    for name, text in texts.items():
        save_template_file(folder / name, text)
    return folder


def copy_with_edits(
    starter: Path, name: str, texts: dict[str, str], _cancel: threading.Event
) -> Path:
    """Worker side of "New template" / "Save as a copy": copy, then write the edits."""
    from mailer.service import new_template

    folder = new_template(starter, name)
    return save_files(folder, texts, _cancel)


def user_templates() -> list[Path]:
    from mailer.service import user_templates_dir

    try:
        root = user_templates_dir()
    except Exception:  # the data folder cannot be created: no user templates to offer
        return []
    if not root.is_dir():
        return []
    return sorted(p for p in root.iterdir() if (p / "subject.txt").is_file())


def is_shipped(folder: Path) -> bool:
    root = paths.shipped_templates_dir()
    return root is not None and folder.resolve().is_relative_to(root.resolve())


class TemplatePage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.folder: Path | None = None
        self.editors: dict[str, CodeEditor] = {}
        self.draft: TemplateSet | None = None  # the last template that rendered
        self._generation = 0
        self._render_generation = 0
        self._render_task: Task | None = None
        self._render_pending = False
        self._error_place: tuple[str, int] | None = None
        # The recipients page's selected row (set by the main window): previewed on show.
        self.row_source: Callable[[], int] | None = None

        self._build_top_bar()
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.setStyleSheet(
            "QLabel { color: #c62828; border: 1px solid #c62828; border-radius: 4px;"
            " padding: 6px; }"
        )
        self.goto_button = QPushButton(self.tr("Go to line"))
        self.goto_button.clicked.connect(self.go_to_error)
        error_row = QHBoxLayout()
        error_row.addWidget(self.error, 1)
        error_row.addWidget(self.goto_button, 0, Qt.AlignmentFlag.AlignTop)
        self.error_box = QWidget()
        self.error_box.setLayout(error_row)
        error_row.setContentsMargins(0, 0, 0, 0)
        self.error_box.hide()

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.text_part_button = QPushButton(self.tr("Write the plain-text part"))
        self.text_part_button.setToolTip(
            self.tr(
                "The plain-text part is made from the HTML now. Start a body.txt from it "
                "to write it yourself."
            )
        )
        self.text_part_button.setFlat(True)
        self.text_part_button.clicked.connect(self.add_text_part)
        self.text_part_button.hide()
        self.tabs.setCornerWidget(self.text_part_button, Qt.Corner.TopRightCorner)
        self.find_bar = FindBar(self.current_editor)
        self.find_bar.hide()
        self.find_bar.install_shortcuts(self)
        editor_side = QWidget()
        editor_layout = QVBoxLayout(editor_side)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addWidget(self.tabs, 1)
        editor_layout.addWidget(self.find_bar)

        self.preview = LivePreview()
        self.preview.row_changed.connect(self.render_now)
        self.preview.set_row_count(len(context.table) if context.table is not None else 0)
        side = self._build_side()

        split = QSplitter()
        split.addWidget(editor_side)
        split.addWidget(self.preview)
        split.addWidget(side)
        for index, stretch in enumerate((3, 3, 2)):
            split.setStretchFactor(index, stretch)
        split.setChildrenCollapsible(False)
        split.setSizes([400, 380, 270])
        layout = QVBoxLayout(self)
        layout.addLayout(self.top)
        layout.addWidget(self.description)
        layout.addWidget(self.shipped_note)
        layout.addWidget(self.error_box)
        layout.addWidget(split, 1)

        self.watcher = QFileSystemWatcher(self)
        self._reload_timer = QTimer(self, singleShot=True, interval=300)
        self._reload_timer.timeout.connect(self.reload)
        self.watcher.fileChanged.connect(lambda _p: self._reload_timer.start())
        self.watcher.directoryChanged.connect(lambda _p: self._reload_timer.start())
        self._render_timer = QTimer(self, singleShot=True, interval=RENDER_DELAY_MS)
        self._render_timer.timeout.connect(self.render_now)
        context.table_changed.connect(self._table_changed)
        context.sender_changed.connect(self._render_timer.start)
        # The ✓ of unsubscribe_url depends on the sender's unsubscribe targets.
        context.sender_changed.connect(self._show_variables)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        self._fill_picker()
        self._update_buttons()

    def _build_top_bar(self) -> None:
        self.picker = QComboBox()
        self.picker.setMinimumContentsLength(24)
        self.picker.activated.connect(self._picked)
        self.new_button = QPushButton(self.tr("New template…"))
        self.new_button.setToolTip(self.tr("Copy a starter template into your templates folder"))
        self.new_button.clicked.connect(lambda: self.new_template())
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save the changed files (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        self.open_file_button = QPushButton(self.tr("Open in editor"))
        self.open_file_button.setToolTip(self.tr("Open the file shown below in your editor"))
        self.open_file_button.clicked.connect(self.open_in_editor)
        self.open_folder_button = QPushButton(self.tr("Open folder"))
        self.open_folder_button.clicked.connect(self.open_folder)
        self.top = QHBoxLayout()
        self.top.addWidget(QLabel(self.tr("Template:")))
        self.top.addWidget(self.picker)
        for button in (
            self.new_button,
            self.save_button,
            self.open_file_button,
            self.open_folder_button,
        ):
            self.top.addWidget(button)
        self.top.addStretch(1)
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.shipped_note = QLabel(
            self.tr(
                "This is a template shipped with Bulk Mailer: it is never changed. "
                "Edit it here and Save keeps your version as a copy in your templates folder."
            )
        )
        self.shipped_note.setWordWrap(True)
        self.shipped_note.setStyleSheet("color: #8a6d00;")
        self.shipped_note.hide()

    def _build_side(self) -> QWidget:
        self.variables = QListWidget()
        self.variables.setToolTip(self.tr("Click a name to insert it where the cursor is"))
        self.variables.itemClicked.connect(self._variable_clicked)
        self.variables_note = QLabel()
        self.variables_note.setWordWrap(True)
        variables_box = QGroupBox(self.tr("Variables"))
        vbox = QVBoxLayout(variables_box)
        vbox.addWidget(self.variables_note)
        vbox.addWidget(self.variables, 1)
        self.sender_panel = SenderPanel(self.context)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(variables_box, 1)
        side_layout.addWidget(self.sender_panel)
        return side

    # -- choosing ------------------------------------------------------------
    def _fill_picker(self) -> None:
        self.picker.clear()
        for folder in paths.shipped_templates():
            self.picker.addItem(folder.name, str(folder))
        mine = user_templates()
        if mine:
            self.picker.insertSeparator(self.picker.count())
        for folder in mine:
            self.picker.addItem(folder.name, str(folder))
        last = prefs.last_template()
        if last and self.picker.findData(last) < 0:
            self.picker.addItem(Path(last).name, last)
        self.picker.addItem(self.tr("Other folder…"), OTHER)
        self.picker.setCurrentIndex(-1)

    def _picked(self, position: int) -> None:
        data = self.picker.itemData(position)
        if data == OTHER:
            chosen = ask_folder(
                self, self.tr("Choose a template folder"), str(self.folder or Path.home())
            )
            if not chosen:
                self._select_in_picker(self.folder)
                return
            self.open_folder_path(Path(chosen))
        elif data and Path(data) != self.folder:
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

    def open_folder_path(self, folder: Path) -> bool:
        """Show ``folder``; with unsaved changes, ask first. False if the user cancelled."""
        if folder != self.folder and not self.can_close():
            self._select_in_picker(self.folder)
            return False
        if folder != self.folder:
            self._clear_editors()
        self.folder = folder
        self._select_in_picker(folder)
        prefs.set_last_template(str(folder))
        self.shipped_note.setVisible(is_shipped(folder))
        self.reload()
        return True

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
            self._show_error(error_text(exc))
            self.context.set_template(None, self.folder)
        else:
            show_error(self, exc)

    # -- showing -------------------------------------------------------------
    def _loaded(self, generation: int, loaded: LoadedTemplate) -> None:
        if generation != self._generation or loaded.folder != self.folder:
            return
        # Editors save by replacing files, which drops them from the watcher.
        old = self.watcher.files() + self.watcher.directories()
        if old:
            self.watcher.removePaths(old)
        self.watcher.addPaths(loaded.watch)
        template = loaded.template
        self.description.setText(template.settings.description if template else "")
        self.description.setVisible(bool(self.description.text()))
        self._show_sources(loaded)
        self.context.set_template(template, loaded.folder)
        if loaded.error and not self.dirty:
            self._show_error(loaded.error)
        self.render_now()
        self._show_variables()

    def _show_sources(self, loaded: LoadedTemplate) -> None:
        shown = self.current_editor()
        current = shown.file_name if shown is not None else ""
        # A file written here but not saved yet (a new body.txt) stays with its text.
        unsaved = {n for n, e in self.editors.items() if e.dirty and n not in loaded.sources}
        names = sorted({*loaded.sources, *unsaved}, key=_tab_order)
        if set(self.editors) != set(names):
            self._rebuild_tabs(loaded, names, current, unsaved)
            return
        for name in names:  # same files: follow changes made outside, keep the tabs
            if name in loaded.sources:
                self._follow_disk(self.editors[name], loaded.sources[name])

    def _rebuild_tabs(
        self, loaded: LoadedTemplate, names: list[str], current: str, unsaved: set[str]
    ) -> None:
        kept = {name: e for name, e in self.editors.items() if e.dirty and name in names}
        self.tabs.clear()
        for name, old in self.editors.items():
            if name not in kept:
                old.deleteLater()
        self.editors = {}
        for name in names:
            found = kept.get(name)
            if found is None:
                editor = CodeEditor(name, loaded.sources[name])
                editor.textChanged.connect(self._text_changed)
            else:
                editor = found
                if name in loaded.sources:
                    self._follow_disk(editor, loaded.sources[name])
            editor.setReadOnly(name not in loaded.editable and name not in unsaved)
            if editor.isReadOnly():
                editor.setToolTip(self.tr("Shared with other templates: not edited from here"))
            self.editors[name] = editor
            self.tabs.addTab(editor, name)
            if name == current:
                self.tabs.setCurrentWidget(editor)
        self._update_buttons()

    def _follow_disk(self, editor: CodeEditor, disk: str) -> None:
        """The file on disk is ``disk``: reload it, or ask when both sides changed."""
        if disk == editor.base_text:
            return
        if not editor.dirty:
            if editor.toPlainText() != disk:
                editor.replace_from_disk(disk)
            else:
                editor.mark_saved(disk)
            return
        answer = QMessageBox.question(
            self,
            self.tr("Changed in two places"),
            self.tr(
                "%1 was changed by another program while you have unsaved changes here. "
                "Load the other program's version (your changes here are lost)?"
            ).replace("%1", editor.file_name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            editor.replace_from_disk(disk)
        else:  # keep ours; a save will replace the other version, as the user chose
            editor.base_text = disk
        self._update_buttons()

    def _clear_editors(self) -> None:
        self.tabs.clear()
        for editor in self.editors.values():
            editor.deleteLater()
        self.editors = {}
        self.draft = None
        self._render_generation += 1  # a render of the previous folder is not shown
        self.preview.clear()
        self._hide_error()

    # -- live preview --------------------------------------------------------
    def _text_changed(self) -> None:
        self._update_buttons()
        self._render_timer.start()

    def _table_changed(self) -> None:
        table = self.context.table
        self.preview.set_row_count(len(table) if table is not None else 0)
        if table is not None and self.row_source is not None:
            self.preview.select_row(self.row_source(), quiet=True)
        self._show_variables()
        self.render_now()

    def page_shown(self) -> None:
        """Coming to this page: preview the recipient selected on the Recipients page."""
        if self.row_source is not None and self.context.table is not None:
            row = self.row_source()
            if row != self.preview.row:
                self.preview.select_row(row)

    def edits(self) -> dict[str, str]:
        """The text of every file that can be edited here, as shown."""
        return {n: e.toPlainText() for n, e in self.editors.items() if not e.isReadOnly()}

    def render_now(self) -> None:
        """Rebuild the preview from the editors' text, on the thread pool."""
        self._render_timer.stop()
        if self.folder is None or not self.editors:
            return
        if self._render_task is not None and not self._render_task.finished:
            self._render_pending = True  # one render at a time; the newest text follows
            return
        self._render_generation += 1
        generation, folder, edits = self._render_generation, self.folder, self.edits()
        table, sender, row = self.context.table, self.context.sender, self.preview.row
        self._render_task = run_task(
            lambda cancel: render_draft(folder, edits, table, sender, row, cancel),
            lambda draft: self._rendered(generation, draft),
            lambda exc: self._render_failed(generation, exc),
            receiver=self,
        )

    def _render_finished(self) -> bool:
        """After a render: start the one that waited. True if this result is stale."""
        if self._render_pending:
            self._render_pending = False
            self.render_now()
            return True
        return False

    def _rendered(self, generation: int, draft: DraftPreview) -> None:
        if self._render_finished() or generation != self._render_generation:
            return
        self.draft = draft.template
        self._hide_error()
        self.preview.show_draft(draft)
        self._show_variables()

    def _render_failed(self, generation: int, exc: BaseException) -> None:
        if self._render_finished() or generation != self._render_generation:
            return
        if isinstance(exc, DraftRenderFailed):  # loaded: its variables are known
            self.draft = exc.template
            self._show_variables()
            exc = exc.error
        if not (is_user_error(exc) or isinstance(exc, OSError)):
            show_error(self, exc)
            return
        self._show_error(error_text(exc))
        self.preview.show_stale()

    def _show_error(self, text: str) -> None:
        for each in self.editors.values():
            each.set_error_line(0)
        self._error_place = error_place(text, self.folder.name) if self.folder else None
        editor = self.editors.get(self._error_place[0]) if self._error_place else None
        if self._error_place is not None and editor is not None:
            editor.set_error_line(self._error_place[1])
        self.error.setText(text)
        self.goto_button.setVisible(editor is not None)
        self.error_box.show()

    def _hide_error(self) -> None:
        self._error_place = None
        for editor in self.editors.values():
            editor.set_error_line(0)
        self.error.clear()
        self.error_box.hide()

    def go_to_error(self) -> None:
        if self._error_place is None:
            return
        name, line = self._error_place
        editor = self.editors.get(name)
        if editor is not None:
            self.tabs.setCurrentWidget(editor)
            editor.go_to_line(line)

    # -- the plain-text part ---------------------------------------------------
    def add_text_part(self) -> None:
        """Open a new body.txt tab, started from the text derived from the HTML."""
        if self.folder is None or "body.txt" in self.editors:
            return
        folder, edits, sender = self.folder, self.edits(), self.context.sender
        self.text_part_button.setEnabled(False)

        def failed(exc: BaseException) -> None:
            self.text_part_button.setEnabled(True)
            if is_user_error(exc):
                self._show_error(str(exc))
            else:
                show_error(self, exc)

        run_task(
            lambda cancel: derived_text(folder, edits, sender, cancel),
            self._text_part_ready,
            failed,
            receiver=self,
        )

    def _text_part_ready(self, text: str) -> None:
        self.text_part_button.setEnabled(True)
        if self.folder is None or "body.txt" in self.editors:
            return
        editor = CodeEditor("body.txt", "")  # not on disk yet: unsaved until Save
        editor.textChanged.connect(self._text_changed)
        self.editors["body.txt"] = editor
        self.editors = {n: self.editors[n] for n in sorted(self.editors, key=_tab_order)}
        self.tabs.insertTab(list(self.editors).index("body.txt"), editor, "body.txt")
        editor.insertPlainText(text)  # one undo step, and the tab counts as changed
        editor.moveCursor(QTextCursor.MoveOperation.Start)
        self.tabs.setCurrentWidget(editor)
        self._update_buttons()

    # -- variables -----------------------------------------------------------
    def _show_variables(self) -> None:
        self.variables.clear()
        template = self.draft or self.context.template
        table = self.context.table
        if template is None:
            self.variables_note.setText(self.tr("Choose a template to see its variables."))
            return
        used: dict[str, list[str]] = {}
        for part, names in template.variables().items():
            for name in names:
                if name != "row":
                    used.setdefault(name, []).append(part)
        missing = set(template.missing_variables(table.columns)) if table else set()
        for name in sorted(used):
            self.variables.addItem(self._used_item(name, used[name], name in missing))
        for column in table.columns if table is not None else []:
            if column not in used:
                item = QListWidgetItem(f"+  {column}")
                item.setData(Qt.ItemDataRole.UserRole, column)
                item.setToolTip(self.tr("A column not used yet: click to insert it"))
                self.variables.addItem(item)
        if table is None:
            note = self.tr("Open a recipients file to check these against its columns.")
        elif missing:
            note = self.tr("%n variable(s) have no matching column: %1", "", len(missing))
            note = note.replace("%1", ", ".join(sorted(missing)))
        else:
            note = self.tr("Every variable has a matching column. Click one to insert it.")
        self.variables_note.setText(note)
        self.variables_note.setStyleSheet("color: #c62828;" if missing else "")

    def _used_item(self, name: str, parts: list[str], missing: bool) -> QListWidgetItem:
        table = self.context.table
        where = self.tr("Used in %1").replace("%1", ", ".join(sorted(parts)))
        if self._empty_unsubscribe(name):
            # A link to nothing: `mailer check` refuses it too (issue 16, item 6).
            item = QListWidgetItem(f"⚠  {name}")
            item.setForeground(Qt.GlobalColor.red)
            tip = self.tr(
                "Empty: no unsubscribe link or mailto is set. Fill in Unsubscribe "
                "(sender settings) or `unsubscribe` in template.toml."
            )
        elif missing:
            item = QListWidgetItem(f"⚠  {name}")
            item.setForeground(Qt.GlobalColor.red)
            tip = self.tr("No column of the recipients file is called this")
        elif table is None:
            item, tip = QListWidgetItem(f"•  {name}"), ""
        else:
            item, tip = QListWidgetItem(f"✓  {name}"), ""
            if name in BUILT_INS and name not in table.columns:
                tip = self.tr("Built in: filled in by Bulk Mailer")
        # The parts go in the tooltip: the list stays narrow beside the preview.
        item.setToolTip("\n".join(t for t in (tip, where) if t))
        item.setData(Qt.ItemDataRole.UserRole, name)
        return item

    def _empty_unsubscribe(self, name: str) -> bool:
        """``unsubscribe_url`` with no target to resolve to (and no column of that name)."""
        if name != "unsubscribe_url":
            return False
        template = self.draft or self.context.template
        sender, table = self.context.sender, self.context.table
        targets = (sender.unsubscribe if sender is not None else ()) or (
            template.settings.unsubscribe if template is not None else ()
        )
        return not targets and (table is None or name not in table.columns)

    def _variable_clicked(self, item: QListWidgetItem) -> None:
        self.insert_variable(str(item.data(Qt.ItemDataRole.UserRole)))

    def insert_variable(self, name: str) -> None:
        editor = self.current_editor()
        if editor is None or editor.isReadOnly():
            editor = next((e for e in self.editors.values() if not e.isReadOnly()), None)
            if editor is None:
                return
            self.tabs.setCurrentWidget(editor)
        editor.insert_at_cursor(variable_expression(name))

    # -- saving --------------------------------------------------------------
    @property
    def dirty(self) -> bool:
        return any(e.dirty for e in self.editors.values())

    def _update_buttons(self) -> None:
        shipped = self.folder is not None and is_shipped(self.folder)
        for editor in self.editors.values():  # "•" marks a tab with unsaved changes
            index = self.tabs.indexOf(editor)
            if index >= 0:
                self.tabs.setTabText(index, editor.file_name + (" •" if editor.dirty else ""))
        html_only = "body.txt" not in self.editors and any(
            name in self.editors for name in ("body.html", "body.md")
        )
        self.text_part_button.setVisible(html_only)
        self.save_button.setText(self.tr("Save as a copy…") if shipped else self.tr("Save"))
        self.save_button.setEnabled(self.dirty or (shipped and bool(self.editors)))
        self.open_file_button.setEnabled(self.folder is not None)
        self.open_folder_button.setEnabled(self.folder is not None)

    def save(self) -> None:
        """Write the changed files (atomically); a shipped template is saved as a copy."""
        if self.folder is None:
            return
        if is_shipped(self.folder):
            self.save_as_copy()
            return
        changed = {n: e for n, e in self.editors.items() if e.dirty}
        if not changed:
            return
        texts = {n: e.toPlainText() for n, e in changed.items()}
        previous = {n: e.base_text for n, e in changed.items()}
        for name, editor in changed.items():  # before the watcher sees our own write
            editor.mark_saved(texts[name])
        self._update_buttons()
        folder = self.folder

        def failed(exc: BaseException) -> None:
            for name, editor in changed.items():
                editor.base_text = previous[name]
                editor.document().setModified(True)
            self._update_buttons()
            show_error(self, exc)

        run_task(lambda c: save_files(folder, texts, c), lambda _f: None, failed, receiver=self)

    def save_as_copy(self, *, now: bool = False) -> bool:
        """Save the shipped template being edited as a copy; ``now``: before leaving,
        so the copy is made here and the copy is not opened. False if cancelled."""
        if self.folder is None:
            return False
        return self.new_template(fixed=self.folder, texts=self.edits(), now=now)

    def new_template(
        self, fixed: Path | None = None, texts: dict[str, str] | None = None, now: bool = False
    ) -> bool:
        """Copy a starter (or ``fixed``, with ``texts`` written over it) and open the copy."""
        from mailer.service import user_templates_dir

        if fixed is None and not self.can_close():
            return False
        try:
            destination = user_templates_dir()
        except Exception as exc:
            show_error(self, exc)
            return False
        dialog = NewTemplateDialog(paths.shipped_templates(), destination, fixed=fixed, parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        starter, name = dialog.chosen()
        edits = dict(texts or {})
        if now:
            try:
                copy_with_edits(starter, name, edits, threading.Event())
            except Exception as exc:
                show_error(self, exc)
                return False
            self._mark_all_saved()
            self._fill_picker()
            self._select_in_picker(self.folder)
            return True
        run_task(
            lambda c: copy_with_edits(starter, name, edits, c),
            self._created,
            lambda exc: show_error(self, exc),
            receiver=self,
        )
        return True

    def _mark_all_saved(self) -> None:
        for editor in self.editors.values():  # what they held is saved in the copy
            editor.mark_saved(editor.toPlainText())
        self._update_buttons()

    def _created(self, folder: Path) -> None:
        self._mark_all_saved()
        self._fill_picker()
        self.open_folder_path(folder)

    def can_close(self) -> bool:
        """Unsaved changes: ask to save, discard or cancel. True when it is fine to go."""
        if not self.dirty:
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("The template %1 has unsaved changes. Save them?").replace(
                "%1", self.folder.name if self.folder else ""
            ),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Discard:
            for editor in self.editors.values():
                editor.replace_from_disk(editor.base_text)
            return True
        if answer == QMessageBox.StandardButton.Save:
            return self._save_now()
        return False

    def _save_now(self) -> bool:
        """Save before leaving: written here and now, since what follows needs it done."""
        from mailer.service import save_template_file

        if self.folder is None or is_shipped(self.folder):
            return self.save_as_copy(now=True)
        try:
            for name, editor in self.editors.items():
                if editor.dirty:
                    text = editor.toPlainText()
                    save_template_file(self.folder / name, text)
                    editor.mark_saved(text)
        except Exception as exc:
            show_error(self, exc)
            return False
        return True

    # -- outside editor ------------------------------------------------------
    def current_editor(self) -> CodeEditor | None:
        widget = self.tabs.currentWidget()
        return widget if isinstance(widget, CodeEditor) else None

    def current_file(self) -> Path | None:
        editor = self.current_editor()
        if self.folder is None or editor is None:
            return None
        inside = self.folder / editor.file_name
        # A layout shared from the templates root is shown by its root-relative name.
        return inside if editor.file_name in self.edits() else self.folder.parent / editor.file_name

    def open_in_editor(self) -> None:
        target = self.current_file() or self.folder
        if target is not None:
            open_path(target, self, folder=target == self.folder)

    def open_folder(self) -> None:
        if self.folder is not None:
            open_path(self.folder, self, folder=True)
