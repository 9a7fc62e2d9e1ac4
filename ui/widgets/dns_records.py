"""DNS records to publish: a table with a copy button per value, and the same records
as BIND zone-file text with one "Copy all" button (most DNS providers take either)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from mailer import DnsRecord


def copy_text(text: str) -> None:
    QGuiApplication.clipboard().setText(text)


class RecordsView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.records: list[DnsRecord] = []
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Type"), self.tr("Value"), ""]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.zone = QPlainTextEdit(readOnly=True)
        self.zone.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.zone.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.copy_all = QPushButton(self.tr("Copy all"))
        self.copy_all.setToolTip(self.tr("Copy the zone-file lines to paste into a DNS provider"))
        self.copy_all.clicked.connect(lambda: copy_text(self.zone.toPlainText()))
        zone_row = QHBoxLayout()
        zone_row.addWidget(QLabel(self.tr("As zone-file lines (BIND):")), 1)
        zone_row.addWidget(self.copy_all)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(zone_row)
        layout.addWidget(self.zone)
        self.hide()

    def set_records(self, records: Sequence[DnsRecord]) -> None:
        self.records = list(records)
        self.table.setRowCount(len(self.records))
        for row, record in enumerate(self.records):
            for column, text in enumerate((record.name, record.type, record.value)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
            button = QPushButton(self.tr("Copy value"))
            button.clicked.connect(lambda _c=False, v=record.value: copy_text(v))
            self.table.setCellWidget(row, 3, button)
        self.table.resizeRowsToContents()
        rows = sum(self.table.rowHeight(r) for r in range(len(self.records)))
        self.table.setFixedHeight(rows + self.table.horizontalHeader().height() + 4)
        self.zone.setPlainText("\n".join(r.zone_line() for r in self.records))
        line = self.zone.fontMetrics().lineSpacing()
        self.zone.setFixedHeight(line * max(1, len(self.records)) + 16)
        self.setVisible(bool(self.records))
