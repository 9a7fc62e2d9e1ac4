"""A campaign's timeline: sends, deliveries, opens and clicks per hour (QtCharts), on a
time axis in the user's local time. Hours without anything are drawn as zero, so a
line falls to the axis between a morning's sends and the evening's opens."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import QAbstractAxis, QChart, QDateTimeAxis, QValueAxis
from PySide6.QtCore import QDateTime, QMargins, QPointF, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QWidget

from mailer import Hour
from ui.widgets.themed_chart import ThemedChartView, line_series

HOUR_MS = 3600 * 1000
# Beyond this many hours the chart would be a comb of zeros: gaps are not filled in.
FILL_LIMIT = 24 * 62


class TimelineChart(ThemedChartView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        chart = QChart()
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.setBackgroundRoundness(4)
        self.series = {
            "sends": line_series(self.tr("Sends"), "#8a8a8a"),
            "deliveries": line_series(self.tr("Deliveries"), "#3d7eff"),
            "opens": line_series(self.tr("Opens"), "#2e9e5b"),
            "clicks": line_series(self.tr("Clicks"), "#e08a1e"),
        }
        for line in self.series.values():
            chart.addSeries(line)
        self.time_axis = QDateTimeAxis()
        self.time_axis.setFormat("M/d H:mm")
        self.time_axis.setTitleText(self.tr("Hour (local time)"))
        self.count_axis = QValueAxis()
        self.count_axis.setLabelFormat("%d")
        self.count_axis.setTitleText(self.tr("Per hour"))
        chart.addAxis(self.time_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(self.count_axis, Qt.AlignmentFlag.AlignLeft)
        for line in self.series.values():
            line.attachAxis(self.time_axis)
            line.attachAxis(self.count_axis)
        self.setChart(chart)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(220)
        self.apply_palette()
        self.set_hours([])

    def themed_axes(self) -> Sequence[QAbstractAxis]:
        return (self.time_axis, self.count_axis)

    def set_hours(self, hours: Sequence[Hour]) -> None:
        filled = _filled(hours)
        for name, line in self.series.items():
            line.replace([QPointF(h.start * 1000.0, getattr(h, name)) for h in filled])
            # A line needs two points: one hour alone (a short campaign) is a dot.
            line.setPointsVisible(len(filled) == 1)
        if len(filled) == 1:  # the dot in the middle, not on the axis's edge
            first = filled[0].start * 1000 - HOUR_MS // 2
            last = first + HOUR_MS
        elif filled:
            first, last = filled[0].start * 1000, filled[-1].start * 1000
        else:
            first = QDateTime.currentDateTime().toMSecsSinceEpoch() // HOUR_MS * HOUR_MS
            last = first
        last = max(last, first + HOUR_MS)  # one hour at least: the axis needs a span
        self.time_axis.setRange(
            QDateTime.fromMSecsSinceEpoch(int(first)), QDateTime.fromMSecsSinceEpoch(int(last))
        )
        self.time_axis.setTickCount(min(5, max(2, len(filled))))
        top = max((max(h.sends, h.deliveries, h.opens, h.clicks) for h in filled), default=0)
        self.count_axis.setRange(0, max(5, top * 1.1))
        self.count_axis.applyNiceNumbers()

    def point_count(self, name: str) -> int:
        return self.series[name].count()


def _filled(hours: Sequence[Hour]) -> list[Hour]:
    """Every hour from the first to the last, the empty ones as zeros."""
    if not hours:
        return []
    span = (hours[-1].start - hours[0].start) // 3600 + 1
    if span > FILL_LIMIT:
        return list(hours)
    by_start = {h.start: h for h in hours}
    return [
        by_start.get(start, Hour(start))
        for start in range(hours[0].start, hours[-1].start + 3600, 3600)
    ]
