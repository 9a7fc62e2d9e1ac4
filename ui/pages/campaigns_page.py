"""Campaigns: every past and unfinished campaign, one campaign's recipients and events,
resume, resend the rows left in doubt, export the results.

Every journal read and the export run on pool threads (``ui.ops.campaigns``). The
list refreshes when the page is shown, when a send starts or ends, and on demand.
Resuming goes through the ``SendHub`` to the Review & send page, which runs it.
"""

from __future__ import annotations

import html
import json
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, QItemSelection, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mailer.states import CampaignStatus, EventKind
from ui.context import AppContext
from ui.errors import show_error
from ui.models.campaigns import CampaignListModel, CampaignRowsModel
from ui.models.formats import number
from ui.models.states import campaign_status, reason_label
from ui.ops.campaigns import JournalSource, export_results, list_campaigns, row_events
from ui.ops.send_hub import SendHub
from ui.ops.tasks import run_task

if TYPE_CHECKING:
    from mailer.service import CampaignOverview


def _table_view() -> QTableView:
    view = QTableView()
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class CampaignsPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.hub = SendHub.of(context)
        self.source = JournalSource()
        self.list_model = CampaignListModel(self)
        self.rows_model = CampaignRowsModel(self.source, self)
        self.rows_model.load_failed.connect(lambda exc: show_error(self, exc))
        self.current: CampaignOverview | None = None
        self._list_generation = 0

        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        self.summary = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.refresh_button)

        self.list_view = _table_view()
        self.list_view.setModel(self.list_model)
        header = self.list_view.horizontalHeader()
        header.setStretchLastSection(False)  # the name gets the room, not "Total"
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        name = CampaignListModel.COLUMNS.index("name")
        header.setSectionResizeMode(name, QHeaderView.ResizeMode.Stretch)
        self.list_view.selectionModel().selectionChanged.connect(self._campaign_selected)

        self.title = QLabel(self.tr("Choose a campaign above to see its recipients."))
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.resume_button = QPushButton(self.tr("Resume"))
        self.resume_button.setToolTip(self.tr("Send the messages that are not sent yet"))
        self.resume_button.clicked.connect(self.resume)
        self.resend_button = QPushButton(self.tr("Resend unknown…"))
        self.resend_button.setToolTip(
            self.tr("Send again the messages the app was sending when it stopped")
        )
        self.resend_button.clicked.connect(self.resend_unknown)
        self.export_button = QPushButton(self.tr("Export results…"))
        self.export_button.clicked.connect(self.export)
        actions = QHBoxLayout()
        actions.addWidget(self.title, 1)
        for button in (self.resume_button, self.resend_button, self.export_button):
            actions.addWidget(button)

        self.rows_view = _table_view()
        self.rows_view.setModel(self.rows_model)
        self.rows_view.selectionModel().selectionChanged.connect(self._row_selected)
        header = self.rows_view.horizontalHeader()
        header.setStretchLastSection(False)
        fit, stretch = QHeaderView.ResizeMode.ResizeToContents, QHeaderView.ResizeMode.Stretch
        for key, mode in (("line", fit), ("state", fit), ("error", stretch), ("attempts", fit)):
            header.setSectionResizeMode(CampaignRowsModel.COLUMNS.index(key), mode)
        header.setSectionResizeMode(CampaignRowsModel.COLUMNS.index("updated"), fit)
        for key, width in (("email", 240), ("message_id", 180)):
            self.rows_view.setColumnWidth(CampaignRowsModel.COLUMNS.index(key), width)
        self.events = QListWidget()
        self.events.setMaximumHeight(110)
        self.events_label = QLabel(self.tr("Events of the selected recipient:"))

        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addLayout(actions)
        detail_layout.addWidget(self.rows_view, 1)
        detail_layout.addWidget(self.events_label)
        detail_layout.addWidget(self.events)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.list_view)
        split.addWidget(detail)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)

        self.hub.send_started.connect(lambda _id: self.refresh())
        self.hub.send_ended.connect(lambda _id: self.refresh())
        self._update_actions()
        self.refresh()

    # -- the list ------------------------------------------------------------
    def page_shown(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        self._list_generation += 1
        generation = self._list_generation
        source = self.source
        run_task(
            lambda _c: list_campaigns(source),
            lambda rows: self._listed(generation, rows),
            lambda exc: show_error(self, exc),
            receiver=self,
        )

    def _listed(self, generation: int, rows: list[CampaignOverview]) -> None:
        if generation != self._list_generation:
            return
        keep = self.current.id if self.current else None
        self.list_model.set_rows(rows)
        unfinished = sum(1 for r in rows if r.status is not CampaignStatus.FINISHED and r.resumable)
        text = self.tr("%1 campaigns").replace("%1", number(len(rows)))
        if unfinished:
            text += " — " + self.tr("%1 unfinished").replace("%1", number(unfinished))
        self.summary.setText(text)
        row = self.list_model.row_of(keep) if keep is not None else None
        selection = self.list_view.selectionModel()
        blocked = selection.blockSignals(True)  # reopen explicitly, exactly once
        if row is not None:
            self.list_view.selectRow(row)
        selection.blockSignals(blocked)
        self.open_campaign(rows[row] if row is not None else None)

    def _campaign_selected(self, selected: QItemSelection, _old: QItemSelection) -> None:
        indexes = selected.indexes()
        row = self.list_model.rows[indexes[0].row()] if indexes else None
        self.open_campaign(row)

    def select_campaign(self, campaign_id: int) -> None:
        row = self.list_model.row_of(campaign_id)
        if row is not None:
            self.list_view.selectRow(row)

    # -- one campaign --------------------------------------------------------
    def open_campaign(self, row: CampaignOverview | None) -> None:
        self.current = row
        self.events.clear()
        if row is None:
            self.title.setText(self.tr("Choose a campaign above to see its recipients."))
            self.rows_model.set_campaign(None)
        else:
            text = f"<b>{html.escape(row.summary.name)}</b> — {campaign_status(row.status)}"
            if row.summary.reason:
                text += "<br>" + html.escape(reason_label(row.summary.reason))
            self.title.setText(text)
            self.rows_model.set_campaign(row.id, row.summary.total)
            self.rows_model.fetchMore()
        self._update_actions()

    def _row_selected(self, selected: QItemSelection, _old: QItemSelection) -> None:
        indexes = selected.indexes()
        record = self.rows_model.record(indexes[0].row()) if indexes else None
        self.events.clear()
        if record is None:
            return
        why = record.error or reason_label(record.reason)
        if why:
            self.events.addItem(why)
        source, campaign_id, idx = self.source, record.campaign_id, record.idx
        run_task(
            lambda _c: row_events(source, campaign_id, idx),
            lambda found: self._events(campaign_id, idx, found),
            lambda exc: show_error(self, exc),
            receiver=self,
        )

    def _events(self, campaign_id: int, idx: int, found: list[tuple[str, str, str]]) -> None:
        current = self.rows_view.currentIndex()
        record = self.rows_model.record(current.row()) if current.isValid() else None
        if record is None or (record.campaign_id, record.idx) != (campaign_id, idx):
            return  # the user has moved on
        if found:
            self.events.clear()  # the row's error came from these events: say it once
        for kind, when, detail in found:
            line = self._event_line(kind, when, detail)
            self.events.addItem(line)
            self.events.item(self.events.count() - 1).setToolTip(line)
        if not found and not self.events.count():
            self.events.addItem(self.tr("No delivery events for this recipient."))

    def _event_line(self, kind: str, when: str, detail: str) -> str:
        """ "2025-06-01 19:00:00  Bounced: Permanent / General / smtp; 550 …" (local time)."""
        kinds: dict[str, str] = {
            EventKind.SEND: self.tr("Accepted by SES"),
            EventKind.DELIVERY: self.tr("Delivered"),
            EventKind.BOUNCE: self.tr("Bounced"),
            EventKind.COMPLAINT: self.tr("Complaint"),
            EventKind.REJECT: self.tr("Rejected"),
            EventKind.DELAY: self.tr("Delivery delayed"),
            EventKind.RENDERING_FAILURE: self.tr("Rendering failed"),
            EventKind.OPEN: self.tr("Opened"),
            EventKind.CLICK: self.tr("Clicked"),
            EventKind.SUBSCRIPTION: self.tr("Subscription changed"),
        }
        moment = QDateTime.fromString(when, Qt.DateFormat.ISODateWithMs)
        if moment.isValid():
            when = moment.toLocalTime().toString("yyyy-MM-dd HH:mm:ss")
        try:
            info = json.loads(detail) if detail else {}
        except ValueError:
            info = {"diagnostic": detail}
        keys = ("bounce_type", "bounce_subtype", "feedback_type", "diagnostic")
        facts = " / ".join(str(info[k]) for k in keys if isinstance(info, dict) and info.get(k))
        text = f"{when}  {kinds.get(kind, kind)}"
        return f"{text}: {facts}" if facts else text

    def _update_actions(self) -> None:
        row = self.current
        busy = self.hub.busy
        self.resume_button.setEnabled(row is not None and row.resumable and not busy)
        unknown = row.in_doubt if row is not None else 0
        self.resend_button.setEnabled(unknown > 0 and not busy)
        self.export_button.setEnabled(row is not None)

    # -- actions -------------------------------------------------------------
    def resume(self) -> None:
        if self.current is not None:
            self.hub.resume_requested.emit(self.current.id, False)

    def resend_unknown(self) -> None:
        row = self.current
        if row is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Resend unknown messages?"),
            self.tr(
                "%1 messages were being sent when the app stopped. Bulk Mailer cannot tell "
                "whether they went out. If you send them again, some recipients may get "
                "the same message twice. Resend them?"
            ).replace("%1", number(row.in_doubt)),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.hub.resume_requested.emit(row.id, True)

    def export(self) -> None:
        row = self.current
        if row is None:
            return
        suggested = str(Path.home() / f"campaign-{row.id}-results.csv")
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export results"), suggested, self.tr("CSV files (*.csv)")
        )
        if not path:
            return
        target = Path(path)
        source, campaign_id = self.source, row.id
        self.export_button.setEnabled(False)
        run_task(
            lambda _c: export_results(source, campaign_id, target),
            lambda count: self._exported(target, count),
            self._export_failed,
            receiver=self,
        )

    def _exported(self, path: Path, count: int) -> None:
        self._update_actions()
        QMessageBox.information(
            self,
            self.tr("Export results"),
            self.tr("Exported %1 recipients to %2.")
            .replace("%1", number(int(count)))
            .replace("%2", str(path)),
        )

    def _export_failed(self, exc: BaseException) -> None:
        self._update_actions()
        show_error(self, exc)

    def can_close(self) -> bool:
        return True
