"""The account's last two weeks as SES reports them (GetSendStatistics): daily delivery
attempts as bars on the left axis; bounces, complaints and rejects, which are a small
fraction of them, as lines on their own axis on the right so they stay visible."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCharts import (
    QAbstractAxis,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QValueAxis,
)
from PySide6.QtCore import QMargins, QPointF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

from ui.widgets.themed_chart import ThemedChartView, line_series

DAYS = 14
Day = tuple[dt.date, int, int, int, int]  # day, attempts, bounces, complaints, rejects


class StatsChart(ThemedChartView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        chart = QChart()
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.setBackgroundRoundness(4)
        self.attempts = QBarSet(self.tr("Delivery attempts"))
        self.attempts.setColor(QColor("#3d7eff"))
        self.attempts.setBorderColor(QColor("#3d7eff"))
        self.series = QBarSeries()
        self.series.append(self.attempts)
        chart.addSeries(self.series)
        self.lines = [
            line_series(self.tr("Bounces"), "#d64545", points=True),
            line_series(self.tr("Complaints"), "#b03aa8", points=True),
            line_series(self.tr("Rejects"), "#8a8a8a", points=True),
        ]
        for line in self.lines:
            chart.addSeries(line)
        self.days_axis = QBarCategoryAxis()
        self.count_axis = QValueAxis()
        self.count_axis.setLabelFormat("%d")
        self.count_axis.setTitleText(self.tr("Delivery attempts per day"))
        self.problem_axis = QValueAxis()
        self.problem_axis.setLabelFormat("%d")
        self.problem_axis.setTitleText(self.tr("Bounces, complaints, rejects"))
        chart.addAxis(self.days_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(self.count_axis, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(self.problem_axis, Qt.AlignmentFlag.AlignRight)
        self.series.attachAxis(self.days_axis)
        self.series.attachAxis(self.count_axis)
        for line in self.lines:
            line.attachAxis(self.days_axis)
            line.attachAxis(self.problem_axis)
        self.setChart(chart)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(240)
        self.apply_palette()
        self.set_days([], today=dt.datetime.now(dt.UTC).date())

    def themed_axes(self) -> Sequence[QAbstractAxis]:
        return (self.days_axis, self.count_axis, self.problem_axis)

    def set_days(self, days: Sequence[Day], *, today: dt.date) -> None:
        """One group of bars per day of the last two weeks (days without sends at 0)."""
        by_day = {d[0]: d[1:] for d in days}
        span = [today - dt.timedelta(days=n) for n in range(DAYS - 1, -1, -1)]
        values = [by_day.get(day, (0, 0, 0, 0)) for day in span]
        self.attempts.remove(0, self.attempts.count())
        self.attempts.append([float(v[0]) for v in values])
        for n, line in enumerate(self.lines, start=1):
            line.replace([QPointF(i, v[n]) for i, v in enumerate(values)])
        self.days_axis.clear()
        self.days_axis.append([f"{d.month}/{d.day}" for d in span])
        self.count_axis.setRange(0, max(5, max(v[0] for v in values) * 1.1))
        self.count_axis.applyNiceNumbers()
        self.problem_axis.setRange(0, max(5, max(max(v[1:]) for v in values) * 1.2))
        self.problem_axis.applyNiceNumbers()
