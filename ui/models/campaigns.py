"""Qt models for the campaigns page: the campaign list and one campaign's recipients.

``CampaignRowsModel`` pages through ``journal.rows.page`` with canFetchMore /
fetchMore, and each page is read on a pool thread: a campaign of a million rows
opens with its first page, and the view asks for more only as the user scrolls.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from mailer.states import RowState
from ui.errors import is_user_error
from ui.models.formats import row_number
from ui.models.states import (
    CAMPAIGN_COLOURS,
    WARNING_COLOUR,
    campaign_status,
    reason_label,
    row_problem,
    state_colour,
    status_label,
)
from ui.ops.campaigns import JournalSource, recipients_page
from ui.ops.tasks import run_task

if TYPE_CHECKING:
    from mailer import RecipientRecord
    from mailer.service import CampaignOverview

_INDEX = QModelIndex()
PAGE = 500


def _when(epoch: float) -> str:
    return time.strftime("%Y-%m-%d %H:%M", time.localtime(epoch))


class _ColumnTable(QAbstractTableModel):
    """The Qt plumbing both campaign models share: fixed columns, translated headers."""

    COLUMNS: tuple[str, ...] = ()
    _headers: list[str]

    def _count(self) -> int:
        raise NotImplementedError

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _INDEX) -> int:
        return 0 if parent.isValid() else self._count()

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _INDEX) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return section + 1


class CampaignListModel(_ColumnTable):
    """One row per campaign, newest first."""

    COLUMNS: tuple[str, ...] = (
        "id",
        "name",
        "created",
        "status",
        "accepted",
        RowState.DELIVERED,
        RowState.BOUNCED,
        RowState.COMPLAINED,
        RowState.FAILED,
        RowState.UNKNOWN,
        RowState.SKIPPED,  # suppressed, invalid, repeats...: the total adds up on screen
        "left",
        "total",
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[CampaignOverview] = []
        self._headers = [
            QCoreApplication.translate("CampaignModels", "No."),
            QCoreApplication.translate("CampaignModels", "Name"),
            QCoreApplication.translate("CampaignModels", "Created"),
            QCoreApplication.translate("CampaignModels", "Status"),
            QCoreApplication.translate("CampaignModels", "Sent"),
            QCoreApplication.translate("CampaignModels", "Delivered"),
            QCoreApplication.translate("CampaignModels", "Bounced"),
            QCoreApplication.translate("CampaignModels", "Complaints"),
            QCoreApplication.translate("CampaignModels", "Failed"),
            QCoreApplication.translate("CampaignModels", "Unknown"),
            QCoreApplication.translate("CampaignModels", "Skipped"),
            QCoreApplication.translate("CampaignModels", "Not sent yet"),
            QCoreApplication.translate("CampaignModels", "Total"),
        ]

    def set_rows(self, rows: list[CampaignOverview]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_of(self, campaign_id: int) -> int | None:
        for i, r in enumerate(self.rows):
            if r.id == campaign_id:
                return i
        return None

    def _count(self) -> int:
        return len(self.rows)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        key = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, key)
        if role == Qt.ItemDataRole.ToolTipRole and key in ("status", "name"):
            return reason_label(row.summary.reason) or row.summary.name
        if role == Qt.ItemDataRole.ForegroundRole and key == "status":
            colour = CAMPAIGN_COLOURS.get(row.status)
            if colour is None and row.unfinished:
                colour = WARNING_COLOUR
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.TextAlignmentRole and key not in ("name", "status", "created"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, row: CampaignOverview, key: str) -> int | str:
        c = row.counts
        if key == "id":
            return row.id
        if key == "name":
            return row.summary.name
        if key == "created":
            return _when(row.summary.created)
        if key == "status":  # a killed run's says "interrupted"
            if row.archived:
                text = QCoreApplication.translate("CampaignModels", "%1 (archived)")
                return text.replace("%1", campaign_status(row.status))
            return campaign_status(row.status)
        if key == "accepted":
            return f"{row.sent:,}"
        if key == RowState.BOUNCED:
            return f"{c.get(RowState.BOUNCED, 0) + c.get(RowState.SOFT_BOUNCED, 0):,}"
        if key == "left":
            return f"{row.left:,}"
        if key == "total":
            return f"{row.summary.total:,}"
        return f"{c.get(key, 0):,}"


class CampaignRowsModel(_ColumnTable):
    """One campaign's recipients, loaded a page at a time off the UI thread."""

    COLUMNS = ("line", "email", "state", "error", "message_id", "attempts", "updated")
    # A page could not be read (a MailerError, e.g. a damaged journal): the view shows it.
    load_failed = Signal(object)

    def __init__(self, source: JournalSource, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.source = source
        self.campaign_id: int | None = None
        self.total = 0
        self.records: list[RecipientRecord] = []
        self._loading = False
        self._generation = 0
        self._exhausted = False
        self._headers = [
            QCoreApplication.translate("CampaignModels", "Row"),
            QCoreApplication.translate("CampaignModels", "E-mail"),
            QCoreApplication.translate("CampaignModels", "Status"),
            QCoreApplication.translate("CampaignModels", "Error or reason"),
            QCoreApplication.translate("CampaignModels", "Message ID"),
            QCoreApplication.translate("CampaignModels", "Attempts"),
            QCoreApplication.translate("CampaignModels", "Updated"),
        ]

    def set_campaign(self, campaign_id: int | None, total: int = 0) -> None:
        self.beginResetModel()
        self._generation += 1  # pages still on their way belong to the old campaign
        self.campaign_id = campaign_id
        self.total = total
        self.records = []
        self._loading = False
        self._exhausted = campaign_id is None
        self.endResetModel()

    def record(self, row: int) -> RecipientRecord | None:
        return self.records[row] if 0 <= row < len(self.records) else None

    @property
    def loading(self) -> bool:
        """A page is being read (tests wait on it)."""
        return self._loading

    # -- paging --------------------------------------------------------------
    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = _INDEX) -> bool:
        if parent.isValid() or self.campaign_id is None or self._exhausted:
            return False
        return not self._loading and len(self.records) < self.total

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = _INDEX) -> None:
        if not self.canFetchMore(parent):
            return
        assert self.campaign_id is not None
        self._loading = True
        generation, campaign_id = self._generation, self.campaign_id
        after = self.records[-1].idx + 1 if self.records else 0
        source = self.source
        run_task(
            lambda _c: recipients_page(source, campaign_id, after, PAGE),
            lambda page: self._arrived(generation, page),
            lambda exc: self._failed(generation, exc),
            receiver=self,
        )

    def _arrived(self, generation: int, page: list[RecipientRecord]) -> None:
        if generation != self._generation:
            return
        self._loading = False
        if not page:
            self._exhausted = True
            return
        first = len(self.records)
        self.beginInsertRows(_INDEX, first, first + len(page) - 1)
        self.records.extend(page)
        self.endInsertRows()
        if len(page) < PAGE:
            self._exhausted = True

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self._loading = False
            self._exhausted = True
        if not is_user_error(exc):
            raise exc  # a bug: the excepthook shows it
        if generation == self._generation:
            self.load_failed.emit(exc)

    # -- Qt model API --------------------------------------------------------
    def _count(self) -> int:
        return len(self.records)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.records):
            return None
        r = self.records[index.row()]
        key = self.COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if key == "state":
                return status_label(r.state)
            if key == "error":  # why a row was skipped or failed, in the UI's language
                return row_problem(r.error, r.reason)
            if key == "message_id":
                return r.message_id or ""
            if key == "updated":
                return _when(r.updated)
            if key == "line":  # the data row, with the file line where they differ
                return row_number(r.idx, r.line)
            return getattr(r, key)
        if role == Qt.ItemDataRole.ForegroundRole and key == "state":
            colour = state_colour(r.state)
            return QBrush(colour) if colour else None
        if role == Qt.ItemDataRole.TextAlignmentRole and key in ("line", "attempts"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
