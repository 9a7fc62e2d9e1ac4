"""Step 1: open a recipient file, check what the core made of it, filter and search.

Loading (mailer.content.recipients.load_recipients) and filtering run off the UI thread; the
page shows a busy bar with Cancel meanwhile. The file's encoding and e-mail column are
detected by the core and can be overridden here, which reloads the file.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui import prefs
from ui.context import AppContext
from ui.errors import show_error
from ui.models.recipients import ROW_STATUSES, RecipientModel, TableIndex, compute_rows
from ui.ops.tasks import Task, run_task
from ui.widgets.file_dialogs import ask_open_file
from ui.widgets.recipient_view import RecipientView

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    from mailer import RecipientTable, Segmenter

SUFFIXES = (".csv", ".tsv", ".txt", ".xlsx")
# "" = let the core detect it; the others are the ones its refusals name as candidates
ENCODINGS = ("", "utf-8", "cp949", "utf-16", "cp1252", "latin-1", "cp932", "gb18030", "big5")


def load_table(
    path: Path, encoding: str, email_column: str, cancel: threading.Event
) -> tuple[RecipientTable, TableIndex]:
    """Everything slow about opening a file, for a worker thread."""
    from mailer import load_recipients, service

    table = load_recipients(
        path,
        encoding=encoding or None,
        email_column=email_column or None,
        suppressed=service.suppressed_reasons(),
        cancel=cancel,
    )
    return table, TableIndex.build(table)


@dataclass(frozen=True)
class Filtered:
    """A filter task's result: the rows to show, and the segment (when it changed)."""

    rows: npt.NDArray[np.int64] | None  # None = every row
    segment: str
    segment_rows: list[int] | None = None  # the segment's rows, when it was computed
    segment_table: RecipientTable | None = None
    error_at: int = -1  # a filter the grammar refuses: the character it stops at


def filter_rows(
    table: RecipientTable,
    index: TableIndex,
    segmenter: Segmenter,
    statuses: list[str],
    search: str,
    segment: str,
    segment_changed: bool,
    cancel: threading.Event,
) -> Filtered:
    """The rows to show (status buttons, search, segment); for a changed segment also
    its rows as a table of their own, which a campaign is then made of."""
    import numpy as np

    from mailer import SegmentError, subset_table

    rows = compute_rows(table, index, statuses, search, cancel)
    if not segment.strip():
        return Filtered(rows, "", [], None) if segment_changed else Filtered(rows, "")
    try:
        kept = segmenter.select(segment)
    except SegmentError as exc:
        return Filtered(rows, segment, error_at=exc.position)
    chosen = np.asarray(kept, dtype=np.int64)
    rows = chosen if rows is None else np.intersect1d(rows, chosen, assume_unique=True)
    if not segment_changed:
        return Filtered(rows, segment)
    return Filtered(rows, segment, kept, subset_table(table, kept))


class RecipientsPage(QWidget):
    """Open, inspect, filter. Publishes the loaded table on the AppContext."""

    preview_requested = Signal(int)  # 0-based data row
    loaded = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.path: Path | None = None
        self._load_task: Task | None = None
        self._filter_task: Task | None = None
        self._filter_generation = 0
        self.setAcceptDrops(True)

        self.open_button = QPushButton(self.tr("Open file…"))
        self.open_button.clicked.connect(self.choose_file)
        self.file_label = QLabel(self.tr("No file open"))
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.encoding_box = QComboBox()
        for code in ENCODINGS:
            self.encoding_box.addItem(self._encoding_label(code), code)
        self.encoding_box.setToolTip(self.tr("Character encoding of the file"))
        self.encoding_box.activated.connect(self.reload)
        # A few decoded names beside the encoding: mojibake shows here before sending.
        self.sample_label = QLabel()
        self.sample_label.setTextFormat(Qt.TextFormat.PlainText)  # cells are data, not HTML
        self.sample_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.sample_label.setToolTip(
            self.tr(
                "The first names as read with this encoding; if they look garbled, "
                "choose another encoding."
            )
        )
        self.column_box = QComboBox()
        self.column_box.setMinimumContentsLength(12)
        self.column_box.setToolTip(self.tr("The column that holds the e-mail addresses"))
        self.column_box.activated.connect(self.reload)

        top = QHBoxLayout()
        top.addWidget(self.open_button)
        top.addWidget(self.file_label, 1)
        top.addWidget(QLabel(self.tr("Encoding:")))
        top.addWidget(self.encoding_box)
        top.addWidget(self.sample_label, 1)
        top.addWidget(QLabel(self.tr("E-mail column:")))
        top.addWidget(self.column_box)

        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # the core reports no progress: a busy bar
        self.progress.setTextVisible(False)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel_load)
        self.busy = QWidget()
        busy_row = QHBoxLayout(self.busy)
        busy_row.setContentsMargins(0, 0, 0, 0)
        self.busy_label = QLabel(self.tr("Reading the file…"))
        busy_row.addWidget(self.busy_label)
        busy_row.addWidget(self.progress, 1)
        busy_row.addWidget(self.cancel_button)
        self.busy.hide()

        self.filter_buttons: dict[str, QToolButton] = {}
        summary = QHBoxLayout()
        self.total_label = QLabel()
        summary.addWidget(self.total_label)
        for status in ROW_STATUSES:
            button = QToolButton()
            button.setCheckable(True)
            button.setAutoRaise(False)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.toggled.connect(self.refilter)
            self.filter_buttons[status] = button
            summary.addWidget(button)
        summary.addStretch(1)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search e-mail, name, any column…"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(240)
        self._search_timer = QTimer(self, singleShot=True, interval=250)
        self._search_timer.timeout.connect(self.refilter)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        summary.addWidget(self.search)
        self.shown_label = QLabel()
        summary.addWidget(self.shown_label)

        # A segment: only these rows become the campaign (README "Segments").
        self.segment_edit = QLineEdit()
        self.segment_edit.setPlaceholderText(
            self.tr("Send only to rows where…  e.g.  등급 == 'VIP' and 지역 != '서울'")
        )
        self.segment_edit.setClearButtonEnabled(True)
        self.segment_edit.setToolTip(
            self.tr(
                "Conditions on columns: == != contains, starts with, ends with, "
                "in ('a', 'b'), is empty, is not empty, < <= > >= for numbers and dates "
                "(2025-06-01); combine with and, or, not and brackets. Text compares "
                "without case. Column names with spaces go in double quotes."
            )
        )
        self._segment_timer = QTimer(self, singleShot=True, interval=300)
        self._segment_timer.timeout.connect(self.refilter)
        self.segment_edit.textChanged.connect(lambda _t: self._segment_timer.start())
        self.segment_label = QLabel()
        self.segment_label.setTextFormat(Qt.TextFormat.PlainText)
        # Saved segments: per file name and columns (next month's export finds them).
        self.saved_button = QToolButton()
        self.saved_button.setText(self.tr("Saved"))
        self.saved_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.saved_menu = QMenu(self.saved_button)
        self.saved_menu.aboutToShow.connect(self._fill_saved_menu)
        self.saved_button.setMenu(self.saved_menu)
        # The count (or what was not understood) goes on a line of its own under the
        # field, always there: beside it, its changing width moved the field while typing.
        self.segment_label.setText("0")
        self.segment_label.setFixedHeight(self.segment_label.sizeHint().height())
        self.segment_label.clear()
        segment_row = QGridLayout()
        segment_row.addWidget(QLabel(self.tr("Segment:")), 0, 0)
        segment_row.addWidget(self.segment_edit, 0, 1)
        segment_row.addWidget(self.saved_button, 0, 2)
        segment_row.addWidget(self.segment_label, 1, 1, 1, 2)
        segment_row.setColumnStretch(1, 1)
        segment_row.setVerticalSpacing(2)
        self._segmenter: Segmenter | None = None

        self.model = RecipientModel(self)
        self.view = RecipientView()
        self.view.setModel(self.model)
        self.view.doubleClicked.connect(self._double_clicked)
        self.empty = QLabel(
            self.tr(
                "Drop a CSV, TSV or Excel file here, or click “Open file…”.\n"
                "The first row must hold the column names; one column holds e-mail addresses."
            )
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("QLabel { color: palette(placeholder-text); font-size: 14pt; }")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.view)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.busy)
        layout.addLayout(summary)
        layout.addLayout(segment_row)
        layout.addWidget(self.stack, 1)
        self._update_summary()

    def _encoding_label(self, code: str) -> str:
        labels = {
            "": self.tr("Auto-detect"),
            "utf-8": self.tr("UTF-8"),
            "cp949": self.tr("Korean (CP949 / EUC-KR)"),
            "utf-16": self.tr("UTF-16"),
            "cp1252": self.tr("Western (Windows-1252)"),
            "latin-1": self.tr("Western (Latin-1)"),
            "cp932": self.tr("Japanese (Shift-JIS / CP932)"),
            "gb18030": self.tr("Chinese, simplified (GB18030)"),
            "big5": self.tr("Chinese, traditional (Big5)"),
        }
        return labels[code]

    # -- opening -------------------------------------------------------------
    def choose_file(self) -> None:
        start = str(self.path.parent) if self.path else str(Path.home())
        name = ask_open_file(
            self,
            self.tr("Open recipients"),
            start,
            self.tr("Recipient tables (*.csv *.tsv *.txt *.xlsx);;All files (*)"),
        )
        if name:
            self.open_file(Path(name))

    def open_file(self, path: Path) -> None:
        """Open a new file: encoding and column go back to auto-detect."""
        self.encoding_box.setCurrentIndex(0)
        # enabled before loading: a refused text file is fixed by choosing its encoding
        self.encoding_box.setEnabled(path.suffix.lower() not in (".xlsx", ".xlsm"))
        self.column_box.clear()
        self.path = path
        self._load(path, "", "")

    def reload(self) -> None:
        if self.path is not None:
            self._load(self.path, self.encoding_box.currentData(), self.column_box.currentData())

    def _load(self, path: Path, encoding: str, column: str) -> None:
        self.cancel_load()
        self.sample_label.clear()
        self.file_label.setText(path.name)
        self.file_label.setToolTip(str(path))
        self.busy_label.setText(self.tr("Reading %1…").replace("%1", path.name))
        self.busy.show()
        self._load_task = run_task(
            lambda cancel: load_table(path, encoding or "", column or "", cancel),
            lambda result: self._loaded(path, result),
            self._load_failed,
            receiver=self,
        )

    def cancel_load(self) -> None:
        if self._load_task is not None and not self._load_task.finished:
            self._load_task.cancel()
        self._load_task = None
        self.busy.hide()

    def _loaded(self, path: Path, result: tuple[RecipientTable, TableIndex]) -> None:
        table, index = result
        self._load_task = None
        self.busy.hide()
        self.model.set_table(table, index)
        self.stack.setCurrentWidget(self.view)
        self.view.fit_columns()
        self._fill_column_box(table)
        self._select_encoding(table.encoding)
        self.sample_label.setText(self.tr("Sample: %1").replace("%1", ", ".join(table.sample())))
        for button in self.filter_buttons.values():
            button.blockSignals(True)
            button.setChecked(False)
            button.blockSignals(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.segment_edit.blockSignals(True)
        self.segment_edit.clear()  # a new file: its columns may differ
        self.segment_edit.blockSignals(False)
        self.segment_label.clear()
        self._segmenter = None
        self._update_summary()
        prefs.add_recent_recipients(str(path))
        self.context.set_table(table, path)
        self.loaded.emit()

    def _load_failed(self, exc: BaseException) -> None:
        self._load_task = None
        self.busy.hide()
        # The page names the file that failed (its encoding or column can be chosen and
        # it is read again): nothing of the file before may stay on screen or be sent.
        if self.model.table_index is not None or self.context.table is not None:
            self.model.set_table(None)
            self.column_box.clear()
            self._update_summary()
            self.context.set_table(None, None)
        name = self.path.name if self.path is not None else ""
        self.empty.setText(
            self.tr(
                "%1 could not be opened. Choose its encoding or e-mail column above and it "
                "is read again, or open another file."
            ).replace("%1", name)
        )
        self.stack.setCurrentWidget(self.empty)
        show_error(self, exc, self.tr("Cannot open the recipients"))

    def _fill_column_box(self, table: RecipientTable) -> None:
        self.column_box.clear()
        for column in table.columns:
            self.column_box.addItem(column, column)
        self.column_box.setCurrentIndex(max(0, table.columns.index(table.email_column)))

    def _select_encoding(self, encoding: str) -> None:
        # The detected codec is shown as the chosen one, so a reload keeps it.
        code = {"utf-8-sig": "utf-8"}.get(encoding, encoding)
        position = self.encoding_box.findData(code)
        if position < 0 and encoding not in ("", "xlsx"):
            self.encoding_box.addItem(encoding, encoding)
            position = self.encoding_box.count() - 1
        self.encoding_box.setCurrentIndex(max(0, position))
        self.encoding_box.setEnabled(encoding != "xlsx")

    # -- filtering -----------------------------------------------------------
    def active_filters(self) -> list[str]:
        return [s for s, b in self.filter_buttons.items() if b.isChecked()]

    def refilter(self) -> None:
        table, index = self.model.table, self.model.table_index
        if table is None or index is None:
            return
        if self._filter_task is not None:
            self._filter_task.cancel()
        self._filter_generation += 1
        generation = self._filter_generation
        statuses, text = self.active_filters(), self.search.text()
        segment = self.segment_edit.text().strip()
        changed = segment != self.context.segment or (
            bool(segment) and self.context.segment_table is None
        )
        if self._segmenter is None:
            from mailer import Segmenter

            self._segmenter = Segmenter(table.columns, table.cells)  # caches per column
        segmenter = self._segmenter
        if changed:
            self.segment_label.setText(self.tr("counting…") if segment else "")
            self.context.set_segment(segment)  # nothing to send to until it is counted
        self._filter_task = run_task(
            lambda cancel: filter_rows(
                table, index, segmenter, statuses, text, segment, changed, cancel
            ),
            lambda result: self._filtered(generation, result),
            lambda exc: show_error(self, exc),
            receiver=self,
        )

    def _filtered(self, generation: int, result: Filtered) -> None:
        if generation != self._filter_generation:
            return  # a newer filter is on its way
        self._filter_task = None
        self.model.set_rows(result.rows)
        if result.error_at >= 0:
            self.context.set_segment(result.segment)  # no rows: the send page says so
            self._show_segment_error(result.segment, result.error_at)
        elif result.segment_rows is not None:
            self.context.set_segment(result.segment, result.segment_table, result.segment_rows)
            self._show_segment_count()
        self._update_summary()

    def _segment_key(self) -> tuple[str, list[str]] | None:
        table = self.model.table
        return (table.source.name, list(table.columns)) if table is not None else None

    def _fill_saved_menu(self) -> None:
        self.saved_menu.clear()
        key = self._segment_key()
        current = self.segment_edit.text().strip()
        save = self.saved_menu.addAction(self.tr("Save this segment"))
        save.setEnabled(
            key is not None and bool(current) and self.context.segment_table is not None
        )
        save.triggered.connect(self.save_segment)
        saved = prefs.saved_segments(*key) if key else []
        if saved:
            self.saved_menu.addSeparator()
        for text in saved:
            action = self.saved_menu.addAction(text)
            action.triggered.connect(lambda _c=False, t=text: self.segment_edit.setText(t))
        if current in saved and key is not None:
            self.saved_menu.addSeparator()
            forget = self.saved_menu.addAction(self.tr("Forget this segment"))
            forget.triggered.connect(lambda: prefs.forget_segment(*key, current))

    def save_segment(self) -> None:
        key, text = self._segment_key(), self.segment_edit.text().strip()
        if key is not None and text:
            prefs.save_segment(*key, text)

    def saved_segments(self) -> list[str]:
        key = self._segment_key()
        return prefs.saved_segments(*key) if key else []

    def _show_segment_error(self, text: str, position: int) -> None:
        self.segment_label.setStyleSheet("QLabel { color: #c62828; }")
        self.segment_label.setText(
            self.tr("Not understood from character %1: %2")
            .replace("%1", str(position + 1))
            .replace("%2", text[:position].rstrip() + " ▲ " + text[position:].lstrip())
        )

    def _show_segment_count(self) -> None:
        self.segment_label.setStyleSheet("")
        chosen, table = self.context.segment_table, self.context.table
        if not self.context.segment or chosen is None or table is None:
            self.segment_label.setText("")
            return
        self.segment_label.setText(
            self.tr("%1 of %2 valid recipients")
            .replace("%1", f"{len(chosen.valid_indices()):,}")
            .replace("%2", f"{len(table.valid_indices()):,}")
        )

    def _update_summary(self) -> None:
        index = self.model.table_index
        counts: dict[str, int] = index.counts() if index else dict.fromkeys(ROW_STATUSES, 0)
        names = {
            "valid": self.tr("Valid"),
            "invalid": self.tr("Invalid"),
            "duplicate": self.tr("Duplicates"),
            "suppressed": self.tr("Suppressed"),
            "empty": self.tr("Empty"),
        }
        for status, button in self.filter_buttons.items():
            button.setText(f"{names[status]}: {counts[status]:,}")
            button.setEnabled(index is not None)
            button.setToolTip(self.tr("Click to show only these rows; click again to show all"))
        total = len(self.model.table) if self.model.table is not None else 0
        self.total_label.setText(self.tr("%1 rows").replace("%1", f"{total:,}"))
        shown = self.model.rowCount()
        self.shown_label.setText(
            self.tr("showing %1").replace("%1", f"{shown:,}") if shown != total else ""
        )
        self.search.setEnabled(index is not None)
        self.segment_edit.setEnabled(index is not None)

    def _double_clicked(self, index: QModelIndex) -> None:
        self.preview_requested.emit(self.model.source_row(index.row()))

    def selected_row(self) -> int:
        """The selected table row (0-based), or the first valid one, or 0."""
        current = self.view.currentIndex()
        if current.isValid():
            return self.model.source_row(current.row())
        table = self.model.table
        if table is not None:
            valid = table.valid_indices()
            if valid:
                return valid[0]
        return 0

    # -- drag and drop -------------------------------------------------------
    @staticmethod
    def _dropped_path(event: QDragEnterEvent | QDropEvent) -> Path | None:
        urls = event.mimeData().urls()
        if len(urls) != 1 or not urls[0].isLocalFile():
            return None
        path = Path(urls[0].toLocalFile())
        return path if path.suffix.lower() in SUFFIXES else None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dropped_path(event) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        path = self._dropped_path(event)
        if path is not None:
            event.acceptProposedAction()
            self.open_file(path)
