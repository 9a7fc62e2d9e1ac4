"""The live chart: sends per second, and deliveries and bounces so far, over time.

Samples go into a bounded ring buffer (ten minutes at one sample a second), and the
series are replaced at once from it, so a day-long campaign costs the same as a
one-minute one.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Sequence
from typing import NamedTuple

from PySide6.QtCharts import QAbstractAxis, QChart, QValueAxis
from PySide6.QtCore import QMargins, QPointF, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QWidget

from ui.widgets.themed_chart import ThemedChartView, line_series

WINDOW = 600  # samples kept: ten minutes at one a second


class Sample(NamedTuple):
    t: float  # seconds since the send started
    per_second: float
    delivered: int
    bounced: int


class SendChart(ThemedChartView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.samples: deque[Sample] = deque(maxlen=WINDOW)
        chart = QChart()
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.setBackgroundRoundness(4)
        self.sends = line_series(self.tr("Sent per second"), "#3d7eff")
        self.delivered = line_series(self.tr("Delivered (total)"), "#1f8a4c")
        self.bounced = line_series(self.tr("Bounced (total)"), "#d64545")
        for series in (self.sends, self.delivered, self.bounced):
            chart.addSeries(series)
        self.x_axis = QValueAxis()
        self.x_axis.setTitleText(self.tr("Seconds"))
        self.x_axis.setLabelFormat("%d")
        self.x_axis.setTickCount(7)
        self.rate_axis = QValueAxis()
        self.rate_axis.setTitleText(self.tr("Per second"))
        self.rate_axis.setLabelFormat("%d")
        self.total_axis = QValueAxis()
        self.total_axis.setTitleText(self.tr("Messages"))
        self.total_axis.setLabelFormat("%d")
        chart.addAxis(self.x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(self.rate_axis, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(self.total_axis, Qt.AlignmentFlag.AlignRight)
        self.sends.attachAxis(self.x_axis)
        self.sends.attachAxis(self.rate_axis)
        for series in (self.delivered, self.bounced):
            series.attachAxis(self.x_axis)
            series.attachAxis(self.total_axis)
        self.setChart(chart)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(200)
        self.apply_palette()
        self.clear()

    def themed_axes(self) -> Sequence[QAbstractAxis]:
        return (self.x_axis, self.rate_axis, self.total_axis)

    def clear(self) -> None:
        self.samples.clear()
        for series in (self.sends, self.delivered, self.bounced):
            series.clear()
        self.x_axis.setRange(0, 60)
        self.rate_axis.setRange(0, 5)
        self.total_axis.setRange(0, 5)

    def add(self, sample: Sample, max_rate: float = 0.0) -> None:
        """Append one sample (the caller samples at most once a second) and redraw."""
        self.samples.append(sample)
        s = self.samples
        self.sends.replace([QPointF(x.t, x.per_second) for x in s])
        self.delivered.replace([QPointF(x.t, x.delivered) for x in s])
        self.bounced.replace([QPointF(x.t, x.bounced) for x in s])
        last = sample.t
        self.x_axis.setRange(max(0.0, last - WINDOW) if len(s) == WINDOW else 0.0, max(60.0, last))
        top_rate = max(max_rate, max(x.per_second for x in s))
        self.rate_axis.setRange(0, max(5.0, top_rate * 1.1))
        self.rate_axis.applyNiceNumbers()
        top_total = max(max(x.delivered for x in s), max(x.bounced for x in s))
        self.total_axis.setRange(0, max(5.0, top_total * 1.1))
        self.total_axis.applyNiceNumbers()
