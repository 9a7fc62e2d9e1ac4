"""A QTableView tuned for a million rows.

Fixed row height (the view never measures rows), no word wrap, column widths from
the header and a small sample of rows instead of resizeToContents (which would visit
every row).
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from ui.models.recipients import RecipientModel

_SAMPLE_ROWS = 200
_MAX_WIDTH = 320


class RecipientView(QTableView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(False)
        self.setAlternatingRowColors(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        rows = self.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        rows.hide()  # the Row column numbers data rows (and gives the file line if it differs)
        columns = self.horizontalHeader()
        columns.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        columns.setStretchLastSection(True)
        columns.setHighlightSections(False)

    def fit_columns(self) -> None:
        """Size columns from the header and the first rows only."""
        model = self.model()
        if not isinstance(model, RecipientModel):
            return
        metrics = self.fontMetrics()
        sample = min(model.rowCount(), _SAMPLE_ROWS)
        for col in range(model.columnCount()):
            title = str(model.headerData(col, self.horizontalHeader().orientation()) or "")
            width = metrics.horizontalAdvance(title) + 32
            for row in range(sample):
                text = str(model.data(model.index(row, col)) or "")
                width = max(width, metrics.horizontalAdvance(text) + 20)
            self.setColumnWidth(col, min(width, _MAX_WIDTH))
