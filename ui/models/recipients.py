"""Qt models over the core's RecipientTable, fast on a million rows.

``RecipientModel`` reads cells straight from the table's column arrays (no per-row
Python copies) and shows only the rows of an index array: filtering is computed off
the UI thread with numpy/pandas (``compute_rows``) and swapped in at once, instead of
a QSortFilterProxyModel calling Python once per row. ``set_row_state`` /
``set_row_states`` let the send dashboard colour rows by their journal state.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush

from mailer.states import RowState, RowStatus
from ui.models.formats import row_number
from ui.models.states import reason_label, state_colour, state_tint, status_label

if TYPE_CHECKING:
    import numpy.typing as npt

    from mailer import RecipientTable

ROW_STATUSES: tuple[RowStatus, ...] = tuple(RowStatus)
SEND_STATES: tuple[RowState, ...] = tuple(RowState)
_INDEX = QModelIndex()


@dataclass(frozen=True)
class TableIndex:
    """Column lists and status codes of a table, prepared off the UI thread."""

    columns: tuple[list[str], ...]  # one cell list per file column: the table's own, no copy
    status_codes: npt.NDArray[np.int8]  # index into ROW_STATUSES

    @classmethod
    def build(cls, table: RecipientTable) -> TableIndex:
        import pandas as pd

        arrays = tuple(table.cells)
        code: dict[str, int] = {s: i for i, s in enumerate(ROW_STATUSES)}
        codes = pd.Series(table.statuses, dtype=object).map(lambda s: code[str(s)])
        return cls(arrays, codes.to_numpy(dtype=np.int8))

    def counts(self) -> dict[str, int]:
        found = np.bincount(self.status_codes, minlength=len(ROW_STATUSES))
        return {s: int(found[i]) for i, s in enumerate(ROW_STATUSES)}


def compute_rows(
    table: RecipientTable,
    index: TableIndex,
    statuses: Iterable[str] = (),
    search: str = "",
    cancel: threading.Event | None = None,
) -> npt.NDArray[np.int64] | None:
    """The table rows to show, ascending; None = all rows. Runs in a worker thread."""
    import pandas as pd

    wanted = [ROW_STATUSES.index(s) for s in statuses]
    text = search.strip()
    if not wanted and not text:
        return None
    mask = np.isin(index.status_codes, wanted) if wanted else np.ones(len(table), dtype=bool)
    if text:
        hit = pd.Series(table.emails, dtype=object).str.contains(text, case=False, regex=False)
        found = hit.to_numpy(dtype=bool, na_value=False).copy()  # may be a read-only view
        for column in table.cells:
            if cancel is not None and cancel.is_set():
                return None
            cells = pd.Series(column, dtype=object).str.contains(text, case=False, regex=False)
            found |= cells.to_numpy(dtype=bool, na_value=False)
        if text.isdigit():  # "123" also finds data row 123 and the row on file line 123
            found |= np.asarray(table.lines, dtype=np.int64) == int(text)
            if 0 < int(text) <= len(table):
                found[int(text) - 1] = True
        mask &= found
    return np.flatnonzero(mask).astype(np.int64)


class RecipientModel(QAbstractTableModel):
    """Columns: row, status, the file's columns, reason. Rows: the current filter.

    The row is the data row, as the preview, `mailer check` and `--row` count it, with
    the file line beside it where the two differ (after a cell with line breaks)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._table: RecipientTable | None = None
        self._index: TableIndex | None = None
        self._rows: npt.NDArray[np.int64] | None = None
        self._states: npt.NDArray[np.int8] | None = None  # -1 = no send state yet
        self._headers: list[str] = []

    # -- data in -------------------------------------------------------------
    def set_table(self, table: RecipientTable | None, index: TableIndex | None = None) -> None:
        self.beginResetModel()
        self._table = table
        self._index = index if index is not None or table is None else TableIndex.build(table)
        self._rows = None
        self._states = None
        self._headers = (
            [
                QCoreApplication.translate("RecipientModel", "Row"),
                QCoreApplication.translate("RecipientModel", "Status"),
                *table.columns,
                QCoreApplication.translate("RecipientModel", "Reason"),
            ]
            if table
            else []
        )
        self.endResetModel()

    def set_rows(self, rows: npt.NDArray[np.int64] | None) -> None:
        """Show only these table rows (ascending), or all with None."""
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    @property
    def table(self) -> RecipientTable | None:
        return self._table

    @property
    def table_index(self) -> TableIndex | None:
        return self._index

    def source_row(self, view_row: int) -> int:
        return int(self._rows[view_row]) if self._rows is not None else view_row

    def view_row(self, source_row: int) -> int | None:
        if self._rows is None:
            return source_row if self._table and 0 <= source_row < len(self._table) else None
        pos = int(np.searchsorted(self._rows, source_row))
        return pos if pos < len(self._rows) and self._rows[pos] == source_row else None

    # -- send states (the dashboard's hook) ----------------------------------
    def set_row_state(self, index: int, state: str) -> None:
        """Colour table row ``index`` (0-based data row) by its journal state."""
        self.set_row_states([(index, state)])

    def set_row_states(self, changes: Sequence[tuple[int, str]]) -> None:
        """Apply a batch of (row index, state); one dataChanged for the touched span."""
        if self._table is None or not changes:
            return
        if self._states is None:
            self._states = np.full(len(self._table), -1, dtype=np.int8)
        rows = []
        for row, state in changes:
            self._states[row] = SEND_STATES.index(state) if state in SEND_STATES else -1
            view = self.view_row(row)
            if view is not None:
                rows.append(view)
        if rows:
            last = self.columnCount() - 1
            self.dataChanged.emit(self.index(min(rows), 0), self.index(max(rows), last))

    def row_state(self, index: int) -> str:
        if self._states is None or self._states[index] < 0:
            return ""
        return SEND_STATES[int(self._states[index])]

    # -- Qt model API --------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _INDEX) -> int:
        if parent.isValid() or self._table is None:
            return 0
        return len(self._rows) if self._rows is not None else len(self._table)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _INDEX) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return section + 1

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        table, prepared = self._table, self._index
        if table is None or prepared is None or not index.isValid():
            return None
        row = self.source_row(index.row())
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if col == 0:
                return row_number(row, table.lines[row])
            if col == 1:
                return status_label(self.row_state(row) or ROW_STATUSES[prepared.status_codes[row]])
            if col == len(self._headers) - 1:
                return reason_label(table.reasons[row])
            return str(prepared.columns[col - 2][row])
        if role == Qt.ItemDataRole.ForegroundRole and col in (1, len(self._headers) - 1):
            colour = state_colour(ROW_STATUSES[prepared.status_codes[row]])
            return QBrush(colour) if colour else None
        if role == Qt.ItemDataRole.BackgroundRole:
            state = self.row_state(row)
            tint = state_tint(state) if state else None
            return QBrush(tint) if tint else None
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
