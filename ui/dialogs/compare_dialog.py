"""Campaigns side by side: each campaign's delivered, bounce, complaint, open, click
and unsubscribe rates, newest first (sortable by any column)."""

from __future__ import annotations

import time
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mailer import CampaignRates
from ui.widgets.report_words import opens_note, percent


class _Sortable(QTableWidgetItem):
    """Sorts by the number behind the text ("12.5%" after "9.0%")."""

    def __init__(self, text: str, key: float) -> None:
        super().__init__(text)
        self.key = key
        self.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def __lt__(self, other: QTableWidgetItem) -> bool:
        return self.key < other.key if isinstance(other, _Sortable) else super().__lt__(other)


def _rate(rate: float | None, digits: int = 1) -> _Sortable:
    return _Sortable(percent(rate, digits), -1.0 if rate is None else rate)


class CompareDialog(QDialog):
    def __init__(self, rows: Sequence[CampaignRates], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Compare campaigns"))
        self.resize(900, 420)
        headers = [
            self.tr("Campaign"), self.tr("Created"), self.tr("Sent"), self.tr("Delivered"),
            self.tr("Hard bounced"), self.tr("Complained"), self.tr("Opened"),
            self.tr("Clicked"), self.tr("Unsubscribed"),
        ]  # fmt: skip
        self.table = QTableWidget(len(rows), len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for r, row in enumerate(rows):
            created = time.strftime("%Y-%m-%d %H:%M", time.localtime(row.created))
            items = [
                QTableWidgetItem(f"{row.campaign_id}  {row.name}"),
                QTableWidgetItem(created),
                _Sortable(f"{row.sent:,}", row.sent),
                _rate(row.delivered),
                _rate(row.hard_bounced),
                _rate(row.complained, 2),
                _rate(row.opened),
                _rate(row.clicked),
                _rate(row.unsubscribed, 2),
            ]
            for c, item in enumerate(items):
                self.table.setItem(r, c, item)
        self.table.setSortingEnabled(True)
        empty = QLabel(self.tr("No campaign has sent anything yet."))
        empty.setVisible(not rows)
        note = QLabel(
            self.tr(
                "Delivered, bounced and complained are shares of the messages sent; opened, "
                "clicked and unsubscribed are shares of those delivered."
            )
            + " "
            + opens_note()
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(empty)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
