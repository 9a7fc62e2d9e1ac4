"""A chart view whose colours follow the light or dark palette (QtCharts draws white by
default), and the line series the app's charts share."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import QAbstractAxis, QChartView, QLineSeries
from PySide6.QtCore import QEvent
from PySide6.QtGui import QColor, QPalette, QPen


class ThemedChartView(QChartView):
    """Subclasses return their axes from ``themed_axes`` and call ``apply_palette`` once
    their chart is set; palette changes (light/dark switch) re-apply it."""

    def themed_axes(self) -> Sequence[QAbstractAxis]:
        return ()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.apply_palette()

    def apply_palette(self) -> None:
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.Text)
        grid = QColor(text)
        grid.setAlpha(40)
        chart = self.chart()
        chart.setBackgroundBrush(palette.brush(QPalette.ColorRole.Base))
        chart.setBackgroundPen(QPen(palette.color(QPalette.ColorRole.Mid)))
        chart.legend().setLabelColor(text)
        for axis in self.themed_axes():
            axis.setLabelsColor(text)
            axis.setTitleBrush(text)
            axis.setGridLineColor(grid)
            axis.setLinePenColor(palette.color(QPalette.ColorRole.Mid))


def line_series(name: str, colour: str, *, points: bool = False) -> QLineSeries:
    line = QLineSeries()
    line.setName(name)
    line.setPen(QPen(QColor(colour), 2))
    line.setPointsVisible(points)
    return line
