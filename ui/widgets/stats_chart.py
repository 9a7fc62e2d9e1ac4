"""The account's last two weeks as SES reports them (GetSendStatistics): daily delivery
attempts as bars on the left axis; bounces, complaints and rejects, which are a small
fraction of them, as lines on their own axis on the right so they stay visible."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QEvent, QMargins, QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QWidget

DAYS = 14
Day = tuple[dt.date, int, int, int, int]  # day, attempts, bounces, complaints, rejects


class StatsChart(QChartView):
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
            self._line(self.tr("Bounces"), "#d64545"),
            self._line(self.tr("Complaints"), "#b03aa8"),
            self._line(self.tr("Rejects"), "#8a8a8a"),
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
        self._apply_palette()
        self.set_days([], today=dt.datetime.now(dt.UTC).date())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_palette()

    def _apply_palette(self) -> None:
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.Text)
        grid = QColor(text)
        grid.setAlpha(40)
        chart = self.chart()
        chart.setBackgroundBrush(palette.brush(QPalette.ColorRole.Base))
        chart.setBackgroundPen(QPen(palette.color(QPalette.ColorRole.Mid)))
        chart.legend().setLabelColor(text)
        for axis in (self.days_axis, self.count_axis, self.problem_axis):
            axis.setLabelsColor(text)
            axis.setTitleBrush(text)
            axis.setGridLineColor(grid)
            axis.setLinePenColor(palette.color(QPalette.ColorRole.Mid))

    def _line(self, name: str, colour: str) -> QLineSeries:
        line = QLineSeries()
        line.setName(name)
        line.setPen(QPen(QColor(colour), 2))
        line.setPointsVisible(True)
        return line

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
