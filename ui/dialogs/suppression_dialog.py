"""Settings → Suppression list: every address the app will not send to, and why.

Bounced, complained, unsubscribed (from one audience or from everything), added by hand,
or from the SES account list; with the source and the date. Search and filter by kind;
add addresses, remove one (with a confirmation - for an unsubscribe a consent warning),
import and export CSV. Every read and write goes through ``mailer.service`` on the
thread pool (``run_task``), never on the UI thread.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mailer import service
from mailer.service import ADDED_BY_HAND, SuppressionRow
from mailer.states import SuppressionKind
from ui.errors import show_error
from ui.ops.tasks import run_task
from ui.widgets.file_dialogs import ask_open_file, ask_save_file

T = TypeVar("T")


def kind_label(kind: str) -> str:
    words = {
        SuppressionKind.BOUNCED: QCoreApplication.translate("suppression", "bounced"),
        SuppressionKind.COMPLAINED: QCoreApplication.translate("suppression", "complained"),
        SuppressionKind.UNSUBSCRIBED: QCoreApplication.translate("suppression", "unsubscribed"),
        SuppressionKind.MANUAL: QCoreApplication.translate("suppression", "added by hand"),
        SuppressionKind.SES_ACCOUNT: QCoreApplication.translate("suppression", "SES account list"),
        SuppressionKind.OTHER: QCoreApplication.translate("suppression", "other"),
    }
    return words.get(SuppressionKind(kind), kind) if kind in set(SuppressionKind) else kind


def detail_label(row: SuppressionRow) -> str:
    if row.kind == SuppressionKind.UNSUBSCRIBED:
        if not row.detail:
            return QCoreApplication.translate("suppression", "from everything")
        return QCoreApplication.translate("suppression", "from %1").replace("%1", row.detail)
    if row.detail == ADDED_BY_HAND:
        return QCoreApplication.translate("suppression", "added by hand")
    return row.detail


def source_label(source: str) -> str:
    words = {
        "ses-event": QCoreApplication.translate("suppression", "SES unsubscribe event"),
        "ses-contact-list": QCoreApplication.translate("suppression", "SES contact list"),
    }
    return words.get(source, source)


class SuppressionDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, journal_path: Path | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Suppression list"))
        self.resize(820, 520)
        self.journal_path = journal_path
        self.rows: list[SuppressionRow] = []
        self.shown: list[SuppressionRow] = []

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search addresses…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("All reasons"), "")
        for kind in SuppressionKind:
            self.kind.addItem(kind_label(kind), kind.value)
        self.kind.currentIndexChanged.connect(self._filter)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.kind)

        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Address"),
                self.tr("Reason"),
                self.tr("Detail"),
                self.tr("Source"),
                self.tr("Date"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # One line per entry: a date never wraps (Qt measures at most 1,000 rows for it).
        self.table.setWordWrap(False)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._selected)

        self.count = QLabel()
        self.add_button = QPushButton(self.tr("Add…"))
        self.add_button.clicked.connect(self.add)
        self.remove_button = QPushButton(self.tr("Remove…"))
        self.remove_button.setEnabled(False)
        self.remove_button.clicked.connect(self.remove)
        self.import_button = QPushButton(self.tr("Import CSV…"))
        self.import_button.clicked.connect(self.import_csv)
        self.export_button = QPushButton(self.tr("Export CSV…"))
        self.export_button.clicked.connect(self.export_csv)
        actions = QHBoxLayout()
        actions.addWidget(self.count, 1)
        for button in (self.add_button, self.remove_button, self.import_button, self.export_button):
            actions.addWidget(button)

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(close)
        self.reload()

    # -- reading -------------------------------------------------------------
    def _with_journal(self, work: Callable[[Any], T]) -> T:
        """``work(journal)`` on a journal of its own (closed after): for the thread pool."""
        journal = service.open_journal(self.journal_path)
        try:
            return work(journal)
        finally:
            journal.close()

    def reload(self) -> None:
        run_task(
            lambda _c: self._with_journal(service.suppression_rows),
            self.show_rows,
            lambda exc: show_error(self, exc),
            receiver=self,
        )

    def show_rows(self, rows: list[SuppressionRow]) -> None:
        self.rows = list(reversed(rows))  # newest first
        self._filter()

    def _filter(self) -> None:
        text = self.search.text().strip().lower()
        kind = self.kind.currentData()
        self.shown = [r for r in self.rows if text in r.email and (not kind or r.kind == kind)]
        table = self.table
        table.setRowCount(len(self.shown))
        for i, r in enumerate(self.shown):
            when = dt.datetime.fromtimestamp(r.added).strftime("%Y-%m-%d %H:%M")
            cells = (r.email, kind_label(r.kind), detail_label(r), source_label(r.source), when)
            for c, value in enumerate(cells):
                table.setItem(i, c, QTableWidgetItem(value))
        self.count.setText(
            self.tr("%1 of %2 entries")
            .replace("%1", str(len(self.shown)))
            .replace("%2", str(len(self.rows)))
        )
        self._selected()

    def _selected(self) -> None:
        self.remove_button.setEnabled(self.selected() is not None)

    def selected(self) -> SuppressionRow | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.shown):
            return None
        return self.shown[rows[0].row()]

    # -- changing ------------------------------------------------------------
    def _write(self, work: Callable[[Any], object]) -> None:
        run_task(
            lambda _c: self._with_journal(work),
            lambda _n: self.reload(),
            lambda exc: show_error(self, exc),
            receiver=self,
        )

    def add(self) -> None:
        text, ok = QInputDialog.getText(
            self,
            self.tr("Add to the suppression list"),
            self.tr("Addresses (separated by commas or spaces):"),
        )
        if ok and text.strip():
            self.add_addresses(text.replace(",", " ").split())

    def add_addresses(self, addresses: list[str]) -> None:
        self._write(lambda j: service.add_suppressions(j, addresses))

    def remove(self) -> None:
        row = self.selected()
        if row is None:
            return
        if row.kind == SuppressionKind.UNSUBSCRIBED:
            question = self.tr(
                "%1 unsubscribed. Sending to them again needs their new, explicit consent "
                "(Gmail, Yahoo and Korean law all ask for it); mail without it becomes spam "
                "complaints. Did they ask to receive the mail again?"
            ).replace("%1", row.email)
        else:
            question = self.tr(
                "Remove %1 from the suppression list? Campaigns will send to it again."
            ).replace("%1", row.email)
        answer = QMessageBox.question(
            self, self.tr("Remove from the suppression list"), question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )  # fmt: skip
        if answer == QMessageBox.StandardButton.Yes:
            self.remove_row(row)

    def remove_row(self, row: SuppressionRow) -> None:
        self._write(lambda j: service.remove_suppression(j, row))

    def import_csv(self) -> None:
        path = ask_open_file(
            self, self.tr("Import addresses"), "", self.tr("Tables (*.csv *.tsv *.txt *.xlsx)")
        )
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        self._write(lambda j: service.import_suppressions(j, path))

    def export_csv(self) -> None:
        path = ask_save_file(
            self, self.tr("Export the suppression list"), "suppression.csv", "CSV (*.csv)"
        )
        if path:
            self.export_file(Path(path))

    def export_file(self, path: Path) -> None:
        run_task(
            lambda _c: self._with_journal(lambda j: service.export_suppressions(j, path)),
            lambda _n: None,
            lambda exc: show_error(self, exc),
            receiver=self,
        )
