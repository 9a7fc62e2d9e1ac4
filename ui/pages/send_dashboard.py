"""While a campaign sends: controls, progress, counters, rate, quota, ETA and the chart.

``DashboardPanel`` only shows ``Progress`` snapshots (at most ~10 a second, from the
SendController) and forwards button presses as signals; the chart takes one sample a
second from its own timer, so it keeps moving while the campaign waits.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from mailer.states import ENDED, CampaignStatus, RowState
from ui.models.formats import clock, duration, number, rate
from ui.models.states import campaign_status, reason_label, recent_errors
from ui.widgets.send_chart import Sample, SendChart
from ui.widgets.send_counters import CountersWidget

if TYPE_CHECKING:
    from mailer import Progress

_BOX = " border-radius: 4px; padding: 8px; font-weight: bold; }"
REASON_STYLES = {
    CampaignStatus.PAUSED: "QLabel { background: rgba(224, 160, 48, 0.20);"
    " border: 1px solid #e0a030;" + _BOX,
    CampaignStatus.STOPPED: "QLabel { background: rgba(214, 69, 69, 0.15);"
    " border: 1px solid #d64545;" + _BOX,
}


class DashboardPanel(QWidget):
    pause_requested = Signal()
    resume_requested = Signal()
    cancel_requested = Signal()
    close_requested = Signal()  # "Done": back to the review

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.status = QLabel()
        self.pause_button = QPushButton(self.tr("Pause"))
        self.resume_button = QPushButton(self.tr("Resume"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.done_button = QPushButton(self.tr("Done"))
        self.pause_button.clicked.connect(self.pause_requested)
        self.resume_button.clicked.connect(self.resume_requested)
        self.cancel_button.clicked.connect(self.cancel_requested)
        self.done_button.clicked.connect(self.close_requested)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.status)
        for button in (self.pause_button, self.resume_button, self.cancel_button):
            top.addWidget(button)
        top.addWidget(self.done_button)

        self.reason = QLabel()
        self.reason.setWordWrap(True)
        self.reason.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reason.hide()
        self.waiting = QLabel()
        self.waiting.setStyleSheet("color: #b26a00; font-weight: bold;")
        self.waiting.hide()

        self.bar = QProgressBar()
        self.bar.setFormat("%p %")
        self.counters = CountersWidget()
        self.rate = QLabel()
        self.eta = QLabel()
        self.quota = QProgressBar()
        self.quota.setTextVisible(True)
        facts = QGridLayout()
        facts.addWidget(QLabel(self.tr("Rate:")), 0, 0)
        facts.addWidget(self.rate, 0, 1)
        facts.addWidget(QLabel(self.tr("Time left:")), 0, 2)
        facts.addWidget(self.eta, 0, 3)
        facts.addWidget(QLabel(self.tr("Daily quota:")), 1, 0)
        facts.addWidget(self.quota, 1, 1, 1, 3)
        facts.setColumnStretch(1, 1)
        facts.setColumnStretch(3, 1)

        self.chart = SendChart()
        self.errors = QListWidget()
        self.errors.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.errors_label = QLabel(self.tr("Recent errors:"))

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.reason)
        layout.addWidget(self.waiting)
        layout.addWidget(self.bar)
        layout.addWidget(self.counters)
        layout.addLayout(facts)
        layout.addWidget(self.chart, 1)
        layout.addWidget(self.errors_label)
        layout.addWidget(self.errors)

        self.last: Progress | None = None
        self._started = 0.0
        self._last_sample: tuple[float, int] | None = None
        self._sampler = QTimer(self, interval=1000)
        self._sampler.timeout.connect(self.sample)

    # -- lifecycle -----------------------------------------------------------
    def begin(self, title: str) -> None:
        self.title.setText(title)
        self.status.setText(self.tr("Preparing…"))
        self.last = None
        self.bar.setRange(0, 0)  # busy until the first snapshot
        self.counters.show_counts({}, 0, 0)
        self.rate.setText("—")
        self.eta.setText("—")
        self.quota.setRange(0, 1)
        self.quota.setValue(0)
        self.quota.setFormat(self.tr("unknown"))
        self.reason.hide()
        self.waiting.hide()
        self.errors.clear()
        self.errors.setVisible(False)
        self.errors_label.setVisible(False)
        self.chart.clear()
        self._started = time.monotonic()
        self._last_sample = None
        self._set_buttons(running=True, paused=False)
        self._sampler.start()

    def end(self, final: Progress | None, failure: str = "") -> None:
        """The send ended (finished, stopped, cancelled) or could not start (``failure``)."""
        self._sampler.stop()
        if final is not None:
            self.show_progress(final)
            self.sample()
        else:
            self.bar.setRange(0, 1)
            self.status.setText(self.tr("Not started"))
            self._show_reason(failure, CampaignStatus.STOPPED)
        self._set_buttons(running=False, paused=False)

    # -- snapshots -----------------------------------------------------------
    def show_progress(self, p: Progress) -> None:
        self.last = p
        self.status.setText(campaign_status(p.status))
        if p.retrying and p.status is CampaignStatus.RUNNING:
            # A server refusing every connection: say so, not just "Sending" standing still.
            said = recent_errors(p)
            why = said[-1] if said and p.recent_errors[-1] == p.retrying else p.retrying
            self.status.setText(self.tr("Retrying: %1").replace("%1", why))
        sendable = max(0, p.total - p.counts.get(RowState.SKIPPED, 0))
        self.bar.setRange(0, max(1, sendable))
        in_doubt = p.counts.get(RowState.UNKNOWN, 0)
        self.bar.setValue(min(sendable, sendable - p.remaining - in_doubt))
        self.counters.show_counts(p.counts, p.sent, p.remaining)
        if p.max_rate:
            shown = self.tr("%1 per second (maximum %2)").replace("%2", rate(p.max_rate))
        else:
            shown = self.tr("%1 per second (no limit)")
        self.rate.setText(shown.replace("%1", rate(p.rate)))
        self.eta.setText(
            self.tr("waiting")
            if p.status is CampaignStatus.WAITING_QUOTA
            else duration(p.eta_seconds)
        )
        if p.status is CampaignStatus.PAUSED or p.status in ENDED:
            self.eta.setText("—")  # paused: nothing moves until you resume
        self._show_quota(p)
        if p.waiting_until is not None:
            self.waiting.setText(
                self.tr("Daily quota reached: waiting for quota until %1").replace(
                    "%1", clock(p.waiting_until)
                )
            )
        self.waiting.setVisible(p.waiting_until is not None)
        if p.status is CampaignStatus.PAUSED:
            self._show_reason(reason_label(p.reason), CampaignStatus.PAUSED)
        elif p.status in (CampaignStatus.STOPPED, CampaignStatus.CANCELLED) and p.reason:
            self._show_reason(reason_label(p.reason), CampaignStatus.STOPPED)
        else:
            self.reason.hide()
        self._show_errors(recent_errors(p))
        if p.status not in ENDED:
            self._set_buttons(running=True, paused=p.status is CampaignStatus.PAUSED)

    def _show_quota(self, p: Progress) -> None:
        if p.quota_limit is None:
            self.quota.setRange(0, 1)
            self.quota.setValue(0)
            self.quota.setFormat(
                self.tr("%1 sent in 24 hours, no daily limit").replace("%1", number(p.quota_used))
            )
            return
        self.quota.setRange(0, max(1, p.quota_limit))
        self.quota.setValue(min(p.quota_used, p.quota_limit))
        self.quota.setFormat(
            self.tr("%1 of %2 used in the last 24 hours")
            .replace("%1", number(p.quota_used))
            .replace("%2", number(p.quota_limit))
        )

    def _show_reason(self, text: str, kind: CampaignStatus) -> None:
        self.reason.setText(text)
        self.reason.setStyleSheet(REASON_STYLES[kind])
        self.reason.setVisible(bool(text))

    def _show_errors(self, errors: tuple[str, ...]) -> None:
        current = [self.errors.item(i).text() for i in range(self.errors.count())]
        if list(errors) != current:
            self.errors.clear()
            self.errors.addItems(list(errors))
            self._fit_errors()
        self.errors.setVisible(bool(errors))
        self.errors_label.setVisible(bool(errors))

    def _fit_errors(self) -> None:
        """As tall as its lines (the runner keeps five): no empty box under one error."""
        view, metrics = self.errors, self.errors.fontMetrics()
        texts = [view.item(i).text() for i in range(view.count())]
        height = max(1, len(texts)) * max(view.sizeHintForRow(0), metrics.height())
        height += 2 * view.frameWidth()
        if max(map(metrics.horizontalAdvance, texts), default=0) > view.viewport().width():
            height += view.horizontalScrollBar().sizeHint().height()
        view.setFixedHeight(height)

    def _set_buttons(self, *, running: bool, paused: bool) -> None:
        self.pause_button.setVisible(running and not paused)
        self.resume_button.setVisible(running and paused)
        self.cancel_button.setVisible(running)
        self.done_button.setVisible(not running)

    def sample(self) -> None:
        """One chart point: sends in the last second, deliveries and bounces so far."""
        p = self.last
        if p is None:
            return
        now = time.monotonic()
        sent = p.sent
        previous = self._last_sample
        per_second = 0.0
        if previous is not None and now - previous[0] >= 0.5:
            per_second = max(0.0, (sent - previous[1]) / (now - previous[0]))
        elif previous is not None and self.chart.samples:  # the end, just after a tick:
            per_second = self.chart.samples[-1].per_second  # too short to measure a rate
        self._last_sample = (now, sent)
        bounced = p.counts.get(RowState.BOUNCED, 0) + p.counts.get(RowState.SOFT_BOUNCED, 0)
        delivered = p.counts.get(RowState.DELIVERED, 0)
        self.chart.add(
            Sample(now - self._started, per_second, delivered, bounced),
            p.max_rate,
        )
