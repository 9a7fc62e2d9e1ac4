"""Campaigns: every past and unfinished campaign, one campaign's recipients and events,
resume, resend the rows left in doubt, export the results. The campaign's detail is
tabs: Recipients here, then Report, Links, Domains and Events (``campaign_report``).

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
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mailer.states import CampaignStatus, EventKind
from ui.context import AppContext
from ui.errors import show_error
from ui.models.campaigns import CampaignListModel, CampaignRowsModel
from ui.models.formats import number
from ui.models.states import campaign_status, export_labels, reason_label, row_problem
from ui.ops.campaigns import (
    JournalSource,
    archive_campaign,
    delete_campaign,
    export_results,
    list_campaigns,
    row_events,
)
from ui.ops.send_hub import SendHub
from ui.ops.tasks import run_task
from ui.pages.campaign_report import ReportController
from ui.widgets.file_dialogs import ask_save_file

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
        self.show_archived = QCheckBox(self.tr("Show archived"))
        self.show_archived.toggled.connect(self.refresh)
        top.addWidget(self.summary, 1)
        top.addWidget(self.show_archived)
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
        self.again_button = QPushButton(self.tr("Send again to…"))
        self.again_button.setToolTip(
            self.tr("A new campaign to its non-openers, openers, clickers or soft bounces")
        )
        self.again_button.clicked.connect(self.send_again)
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.setToolTip(
            self.tr(
                "Remove the campaign and its recipient list from Bulk Mailer. Its messages "
                "still count towards the daily quota."
            )
        )
        self.delete_button.clicked.connect(self.delete)
        self.archive_button = QPushButton(self.tr("Archive"))
        self.archive_button.setToolTip(
            self.tr(
                "Hide the campaign from this list (Show archived brings it back). It is "
                "kept for reports and never offered for resuming."
            )
        )
        self.archive_button.clicked.connect(self.toggle_archive)
        actions = QHBoxLayout()
        actions.addWidget(self.title, 1)
        for button in (
            self.resume_button,
            self.resend_button,
            self.export_button,
            self.again_button,
            self.archive_button,
            self.delete_button,
        ):
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
        # The campaign's detail: its recipients, and its report in four tabs.
        self.tabs = QTabWidget()
        self.tabs.addTab(detail, self.tr("Recipients"))
        self.report = ReportController(self, self.tabs)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.list_view)
        split.addWidget(self.tabs)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)

        self.hub.send_started.connect(lambda _id: self.refresh())
        self.hub.send_ended.connect(lambda _id: self.refresh())
        self.hub.campaigns_changed.connect(self.refresh)
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
        hidden = sum(1 for r in rows if r.archived)
        if not self.show_archived.isChecked():
            rows = [r for r in rows if not r.archived]
        self.list_model.set_rows(rows)
        unfinished = sum(1 for r in rows if r.unfinished)
        drafts = sum(1 for r in rows if r.status is CampaignStatus.DRAFT)
        text = self.tr("%1 campaigns").replace("%1", number(len(rows)))
        if unfinished:
            text += " — " + self.tr("%1 unfinished").replace("%1", number(unfinished))
        if drafts:
            text += " — " + self.tr("%1 drafts").replace("%1", number(drafts))
        if hidden and not self.show_archived.isChecked():
            text += " — " + self.tr("%1 archived (hidden)").replace("%1", number(hidden))
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
        self.report.set_campaign(row.id if row is not None else None)
        self._update_actions()

    def _row_selected(self, selected: QItemSelection, _old: QItemSelection) -> None:
        indexes = selected.indexes()
        record = self.rows_model.record(indexes[0].row()) if indexes else None
        self.events.clear()
        if record is None:
            return
        why = row_problem(record.error, record.reason)
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
        keys = ("bounce_type", "bounce_subtype", "feedback_type", "diagnostic", "link")
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
        self.again_button.setEnabled(row is not None and not self._sending(row.id))
        self.delete_button.setEnabled(row is not None and not self._sending(row.id))
        self.archive_button.setEnabled(row is not None and not self._sending(row.id))
        archived = row is not None and row.archived
        self.archive_button.setText(self.tr("Unarchive") if archived else self.tr("Archive"))

    def _sending(self, campaign_id: int) -> bool:
        """This app is sending it now (another process sending it: the core refuses)."""
        active = self.hub.active
        return self.hub.busy and active is not None and active.campaign_id == campaign_id

    # -- actions -------------------------------------------------------------
    def send_again(self) -> None:
        """ "Send again to ...": the dialog makes the campaign, the send page runs it."""
        row = self.current
        if row is None:
            return
        campaign_id, name, source = row.id, row.summary.name, self.source

        def links(_cancel: object) -> list[str]:
            from mailer import service

            return service.clicked_links(source.get(), campaign_id)

        def show(found: list[str]) -> None:
            from ui.dialogs.send_again_dialog import SendAgainDialog

            dialog = SendAgainDialog(campaign_id, name, self.context.template_folder, found, self)
            dialog.created.connect(self._again_created)
            self.again_dialog = dialog
            dialog.open()

        run_task(links, show, lambda exc: show_error(self, exc), receiver=self)

    def _again_created(self, campaign_id: int) -> None:
        self.refresh()
        self.hub.resume_requested.emit(campaign_id, False)

    def resume(self) -> None:
        row = self.current
        if row is None:
            return
        if row.never_sent:  # a draft was never confirmed: confirm it now, No by default
            text = self.tr("“%1” has not been sent yet. Send it now to its %2 recipients?")
            text = text.replace("%1", row.summary.name).replace("%2", number(row.left))
            if self.context.settings.repeat_window_days > 0:
                text += " " + self.tr(
                    "Those who already received the same template within %1 days are skipped."
                ).replace("%1", f"{self.context.settings.repeat_window_days:g}")
            answer = QMessageBox.question(
                self,
                self.tr("Send this campaign?"),
                text,
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.hub.resume_requested.emit(row.id, False)

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
        path = ask_save_file(
            self, self.tr("Export results"), suggested, self.tr("CSV files (*.csv)")
        )
        if not path:
            return
        target = Path(path)
        source, campaign_id = self.source, row.id
        labels = export_labels()  # None in English: the file is what `mailer export` writes
        self.export_button.setEnabled(False)
        run_task(
            lambda _c: export_results(source, campaign_id, target, labels),
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

    def delete(self) -> None:
        row = self.current
        if row is None or self._sending(row.id):
            return
        text = self.tr(
            "Delete the campaign “%1” and its list of %2 recipients from Bulk Mailer? "
            "This cannot be undone. Its messages still count towards the daily quota, "
            "and suppressed addresses stay suppressed."
        )
        text = text.replace("%1", row.summary.name).replace("%2", number(row.summary.total))
        if row.left or row.in_doubt:
            text += "\n\n" + self.tr("%1 messages of it are not sent yet.").replace(
                "%1", number(row.left + row.in_doubt)
            )
        answer = QMessageBox.question(
            self,
            self.tr("Delete campaign?"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        source, campaign_id = self.source, row.id
        self.delete_button.setEnabled(False)
        run_task(
            lambda _c: delete_campaign(source, campaign_id),
            lambda _rows: self._deleted(campaign_id),
            self._delete_failed,
            receiver=self,
        )

    def toggle_archive(self) -> None:
        row = self.current
        if row is None or self._sending(row.id):
            return
        source, campaign_id, archived = self.source, row.id, not row.archived
        self.archive_button.setEnabled(False)
        run_task(
            lambda _c: archive_campaign(source, campaign_id, archived),
            lambda _none: self._archived(campaign_id),
            self._delete_failed,
            receiver=self,
        )

    def _archived(self, campaign_id: int) -> None:
        self.refresh()
        self.hub.campaign_deleted.emit(campaign_id)  # archived: not offered any more either

    def _deleted(self, campaign_id: int) -> None:
        if self.current is not None and self.current.id == campaign_id:
            self.open_campaign(None)
        self.refresh()
        self.hub.campaign_deleted.emit(campaign_id)

    def _delete_failed(self, exc: BaseException) -> None:
        self._update_actions()
        show_error(self, exc)

    def can_close(self) -> bool:
        return True
