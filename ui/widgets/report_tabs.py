"""The report tabs of a campaign: Report (totals and rates, SES's review levels, the
timeline chart, cost), Links, Domains and Events (bounce and failure reasons).

``ReportPanel`` owns the four pages; the campaigns page puts them beside its
Recipients tab and tells the panel which campaign is open. The report is computed on
a pool thread (``ui.ops.reports``) when one of these tabs is looked at, never on the
UI thread.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mailer import CampaignReport, Measure
from ui.widgets.report_ab import ABSection
from ui.widgets.report_chart import TimelineChart
from ui.widgets.report_words import (
    base_label,
    cost_text,
    domain_label,
    link_label,
    measure_label,
    no_tracking_note,
    opens_note,
    percent,
    reason_kind_label,
)

OVER = QColor("#d64545")
SHOWN_REASONS = 500  # the CSV and PDF have them all; a table of thousands helps no one
RATE_DIGITS = {Measure.COMPLAINED: 2, Measure.UNSUBSCRIBED: 2}


def _table(headers: Sequence[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    table.setWordWrap(False)
    return table


def _item(value: object, *, number: bool = False) -> QTableWidgetItem:
    text = f"{value:,}" if number and isinstance(value, int) else str(value)
    item = QTableWidgetItem(text)
    if number:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _fill(table: QTableWidget, rows: Sequence[Sequence[QTableWidgetItem]]) -> None:
    table.setRowCount(len(rows))
    for r, items in enumerate(rows):
        for c, item in enumerate(items):
            table.setItem(r, c, item)


class ReportPage(QWidget):
    """Totals and rates, the notes beside them, the timeline and the cost."""

    export_pdf = Signal()
    export_csv = Signal()
    compare = Signal()
    tracking = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = QLabel(self.tr("Choose a campaign to see its report."))
        self.status.setWordWrap(True)
        self.figures = _table(
            [self.tr("Figure"), self.tr("Count"), self.tr("Rate"), self.tr("Measured on"),
             self.tr("SES review level")]
        )  # fmt: skip
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.cost = QLabel()
        self.cost.setWordWrap(True)
        self.cost.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.chart = TimelineChart()
        self.ab = ABSection()  # each variant of an A/B test (hidden for other campaigns)
        self.pdf_button = QPushButton(self.tr("Export PDF…"))
        self.csv_button = QPushButton(self.tr("Export CSV…"))
        self.compare_button = QPushButton(self.tr("Compare campaigns…"))
        self.tracking_button = QPushButton(self.tr("Open and click tracking…"))
        self.tracking_button.setToolTip(
            self.tr("Turn on open and click tracking for the current SES profile")
        )
        for button, signal in (
            (self.pdf_button, self.export_pdf),
            (self.csv_button, self.export_csv),
            (self.compare_button, self.compare),
            (self.tracking_button, self.tracking),
        ):
            button.clicked.connect(signal)
        buttons = QHBoxLayout()
        buttons.addWidget(self.tracking_button)
        buttons.addStretch(1)
        for button in (self.compare_button, self.csv_button, self.pdf_button):
            buttons.addWidget(button)
        top = QSplitter()
        top.addWidget(self.figures)
        top.addWidget(self.chart)
        top.setStretchFactor(0, 6)
        top.setStretchFactor(1, 5)
        top.setSizes([600, 500])  # the figures' five columns first, the chart beside them
        self.chart.setMinimumWidth(280)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(top, 1)
        layout.addWidget(self.ab)
        layout.addWidget(self.note)
        layout.addWidget(self.cost)
        layout.addLayout(buttons)
        self.set_report(None)

    def set_report(self, report: CampaignReport | None) -> None:
        for button in (self.pdf_button, self.csv_button):
            button.setEnabled(report is not None)
        self.ab.set_test(report.ab if report is not None else None)
        if report is None:
            _fill(self.figures, [])
            self.chart.set_hours([])
            self.note.clear()
            self.cost.clear()
            return
        rows = []
        for f in report.figures:
            over = f.over_review_level
            level = "" if f.review_level is None else percent(f.review_level, 1)
            rate = percent(f.rate, RATE_DIGITS.get(f.measure, 1))
            items = [
                _item(measure_label(f.measure)),
                _item(f.count, number=True),
                _item(rate, number=True),
                _item(f"{base_label(f.base)} ({f.of:,})" if f.base.value else ""),
                _item(level + (" — " + self.tr("over it") if over else "")),
            ]
            if over:
                for item in items:
                    item.setForeground(QBrush(OVER))
            rows.append(items)
        _fill(self.figures, rows)
        self.chart.set_hours(report.timeline)
        self.note.setText(opens_note() if report.tracks_opens else no_tracking_note())
        c = report.cost
        self.cost.setText(cost_text(c.total, c.messages, c.message_cost, c.attachment_cost))

    def over_rows(self) -> list[str]:
        """The figures drawn as over SES's review level (tests, screenshots)."""
        items = [self.figures.item(r, 0) for r in range(self.figures.rowCount())]
        return [i.text() for i in items if i is not None and i.foreground().color() == OVER]


class LinksPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = _table(
            [self.tr("Link"), self.tr("Unique clicks"), self.tr("Total clicks"),
             self.tr("Click-through (of delivered)")]
        )  # fmt: skip
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.empty = QLabel(self.tr("No clicks recorded."))
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)

    def set_report(self, report: CampaignReport | None) -> None:
        links = report.links if report else ()
        self.empty.setVisible(not links)
        _fill(
            self.table,
            [
                [_item(link_label(k.url)), _item(k.clickers, number=True),
                 _item(k.clicks, number=True), _item(percent(k.click_through), number=True)]
                for k in links
            ],
        )  # fmt: skip


class DomainsPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = _table(
            [self.tr("Domain"), self.tr("Recipients"), self.tr("Sent"), self.tr("Delivered"),
             self.tr("Bounced"), self.tr("Complained"), self.tr("Opened")]
        )  # fmt: skip
        hint = QLabel(
            self.tr(
                "Delivered, bounced and complained are shares of the messages sent to the "
                "domain; opened is a share of those delivered. A provider that blocks or "
                "bins the mail stands out here."
            )
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)

    def set_report(self, report: CampaignReport | None) -> None:
        _fill(
            self.table,
            [
                [_item(domain_label(d.group)), _item(d.recipients, number=True),
                 _item(d.sent, number=True), _item(percent(d.rate(d.delivered)), number=True),
                 _item(percent(d.rate(d.bounced)), number=True),
                 _item(percent(d.rate(d.complained), 2), number=True),
                 _item(percent(d.rate(d.opened, on_delivered=True)), number=True)]
                for d in (report.domains if report else ())
            ],
        )  # fmt: skip


class EventsPage(QWidget):
    """Bounce and failure reasons, grouped, with example recipients."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = _table(
            [self.tr("Kind"), self.tr("Type"), self.tr("Subtype"), self.tr("Events"),
             self.tr("Recipients"), self.tr("Diagnostic code"), self.tr("Examples")]
        )  # fmt: skip
        self.more = QLabel()
        self.empty = QLabel(self.tr("No bounces, complaints or failures."))
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.more)

    def set_report(self, report: CampaignReport | None) -> None:
        reasons = report.reasons if report else ()
        self.empty.setVisible(not reasons)
        shown = reasons[:SHOWN_REASONS]
        rows = []
        for r in shown:
            diagnostic = _item(r.diagnostic)
            diagnostic.setToolTip(r.diagnostic)
            rows.append(
                [_item(reason_kind_label(r.kind)), _item(r.bounce_type), _item(r.subtype),
                 _item(r.count, number=True), _item(r.recipients, number=True), diagnostic,
                 _item(", ".join(r.examples))]
            )  # fmt: skip
        _fill(self.table, rows)
        hidden = len(reasons) - len(shown)
        self.more.setVisible(hidden > 0)
        self.more.setText(
            self.tr("%1 more reasons are in the CSV and PDF exports.").replace("%1", f"{hidden:,}")
        )


class ReportPanel(QObject):
    """The four pages, filled from one report."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.report_page = ReportPage()
        self.links_page = LinksPage()
        self.domains_page = DomainsPage()
        self.events_page = EventsPage()
        self.report: CampaignReport | None = None

    def pages(self) -> list[tuple[QWidget, str]]:
        return [
            (self.report_page, self.tr("Report")),
            (self.links_page, self.tr("Links")),
            (self.domains_page, self.tr("Domains")),
            (self.events_page, self.tr("Events")),
        ]

    def show_status(self, text: str) -> None:
        self.report_page.status.setText(text)

    def set_report(self, report: CampaignReport | None) -> None:
        self.report = report
        for page in (self.report_page, self.links_page, self.domains_page, self.events_page):
            page.set_report(report)
