"""The Report tab's A/B test section: each variant's subject, sent messages, unique opens
(or clicks) and rate, the winner once chosen, or when it will be. Hidden for a campaign
that is no part of a test. The words are shared with the PDF (``ui.report_pdf``)."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mailer.states import ABMetric
from ui.widgets.report_words import percent

if TYPE_CHECKING:
    from mailer import ABReport

ROW_HEIGHT_MARGIN = 8
NUMBER_COLUMNS = (2, 3, 4, 5)


def ab_title() -> str:
    return QCoreApplication.translate("ABSection", "A/B test")


def ab_headers(ab: ABReport) -> list[str]:
    opens = ab.metric is ABMetric.OPENS
    return [
        QCoreApplication.translate("ABSection", "Variant"),
        QCoreApplication.translate("ABSection", "Subject"),
        QCoreApplication.translate("ABSection", "Sent"),
        QCoreApplication.translate("ABSection", "Unique opens")
        if opens
        else QCoreApplication.translate("ABSection", "Unique clicks"),
        QCoreApplication.translate("ABSection", "Rate (of sent)"),
        QCoreApplication.translate("ABSection", "At the decision"),
    ]


def ab_rows(ab: ABReport) -> list[list[str]]:
    rows = []
    for v in ab.variants:
        name = v.letter
        if v.letter == ab.winner:
            name += " — " + QCoreApplication.translate("ABSection", "winner")
        if v.letter == ab.this:
            name += " " + QCoreApplication.translate("ABSection", "(this campaign)")
        decided = ""
        if v.decided_sent is not None:
            decided = f"{v.decided_unique:,}/{v.decided_sent:,} ({percent(v.decided_rate)})"
        rows.append([name, v.subject, f"{v.sent:,}", f"{v.unique:,}", percent(v.rate), decided])
    return rows


def ab_summary(ab: ABReport) -> str:
    text = QCoreApplication.translate("ABSection", "Each variant went to %1% of the list.").replace(
        "%1", f"{ab.share * 100:g}"
    )
    rest = (
        QCoreApplication.translate("ABSection", "this campaign")
        if not ab.this
        else QCoreApplication.translate("ABSection", "campaign %1").replace("%1", str(ab.rest_id))
    )
    if ab.winner:
        won = QCoreApplication.translate("ABSection", "Variant %1 won and went to the rest (%2).")
        text += " " + won.replace("%1", ab.winner).replace("%2", rest)
    elif ab.decide_at is not None:
        when = datetime.fromtimestamp(ab.decide_at).strftime("%Y-%m-%d %H:%M")
        later = QCoreApplication.translate(
            "ABSection", "At %1 the variant with the highest rate goes to the rest (%2)."
        )
        text += " " + later.replace("%1", when).replace("%2", rest)
    return text


class ABSection(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(ab_title(), parent)
        self.table = QTableWidget(0, 6)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(False)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.summary)
        self.set_test(None)

    def set_test(self, ab: ABReport | None) -> None:
        self.setVisible(ab is not None)
        if ab is None:
            self.table.setRowCount(0)
            self.summary.clear()
            return
        self.table.setHorizontalHeaderLabels(ab_headers(ab))
        rows = ab_rows(ab)
        self.table.setRowCount(len(rows))
        for r, (cells, variant) in enumerate(zip(rows, ab.variants, strict=True)):
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c in NUMBER_COLUMNS:
                    right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    item.setTextAlignment(right)
                if variant.letter == ab.winner:  # the winner's row in bold
                    font = QFont(item.font())
                    font.setBold(True)
                    item.setFont(font)
                item.setToolTip(text)
                self.table.setItem(r, c, item)
        # As tall as its rows: a few variants, no scroll bar inside the report.
        height = self.table.horizontalHeader().height() + ROW_HEIGHT_MARGIN
        height += sum(self.table.rowHeight(r) for r in range(len(rows)))
        self.table.setFixedHeight(height)
        self.summary.setText(ab_summary(ab))
