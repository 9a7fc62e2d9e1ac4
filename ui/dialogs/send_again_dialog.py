""" "Send again to ..." from a finished campaign: its non-openers, openers, clickers (of a
link), soft-bounced or in-doubt recipients, with a template of the user's choice. The
new campaign keeps the first one's sender and profile; it is created here and started
through the send page (the hub), where the user follows it as any other."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mailer.states import FollowUp
from ui.errors import error_text
from ui.models.formats import number
from ui.ops.tasks import Task, run_task
from ui.widgets.file_dialogs import ask_folder

if TYPE_CHECKING:
    from mailer.service import CampaignDraft


def group_label(group: FollowUp) -> str:
    labels = {
        FollowUp.NON_OPENERS: QCoreApplication.translate("SendAgain", "who did not open it"),
        FollowUp.OPENERS: QCoreApplication.translate("SendAgain", "who opened it"),
        FollowUp.CLICKERS: QCoreApplication.translate("SendAgain", "who clicked a link"),
        FollowUp.SOFT_BOUNCED: QCoreApplication.translate(
            "SendAgain", "whose mailbox was full or unavailable (soft bounce)"
        ),
        FollowUp.IN_DOUBT: QCoreApplication.translate(
            "SendAgain", "in doubt (the app stopped while sending: they may have it already)"
        ),
    }
    return labels[group]


def build_draft(
    campaign_id: int, group: FollowUp, link: str, folder: Path, _cancel: threading.Event
) -> CampaignDraft:
    from mailer import TemplateSet, service

    journal = service.open_journal()
    try:
        template = TemplateSet.load(folder)
        return service.followup_draft(journal, campaign_id, group, template, link or None)
    finally:
        journal.close()


def create(draft: CampaignDraft, _cancel: threading.Event) -> int:
    from mailer import service

    journal = service.open_journal()
    try:
        return service.create(journal, draft).campaign_id
    finally:
        journal.close()


class SendAgainDialog(QDialog):
    created = Signal(int)  # the new campaign: the send page starts it

    def __init__(
        self,
        campaign_id: int,
        name: str,
        template_folder: Path | None,
        links: list[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.campaign_id = campaign_id
        self.setWindowTitle(self.tr("Send again to part of “%1”").replace("%1", name))
        self.group = QComboBox()
        for group in FollowUp:
            self.group.addItem(group_label(group), group)
        self.link = QComboBox()
        self.link.addItem(self.tr("any link"), "")
        for url in links:
            self.link.addItem(url, url)
        self.folder = template_folder
        self.folder_label = QLabel(str(template_folder) if template_folder else self.tr("none"))
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self._choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_label, 1)
        folder_row.addWidget(choose)
        self.count = QLabel()
        self.count.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.send_button = self.buttons.addButton(
            self.tr("Create and send"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self._create)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Recipients:"), self.group)
        form.addRow(self.tr("Clicked:"), self.link)
        form.addRow(self.tr("Template:"), folder_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.count)
        layout.addWidget(self.buttons)
        self.draft: CampaignDraft | None = None
        self._task: Task | None = None
        self.group.currentIndexChanged.connect(self.recount)
        self.link.currentIndexChanged.connect(self.recount)
        self.recount()

    def chosen(self) -> FollowUp:
        return FollowUp(self.group.currentData())

    def _choose_folder(self) -> None:
        start = str(self.folder) if self.folder else ""
        folder = ask_folder(self, self.tr("Template folder"), start)
        if folder:
            self.folder = Path(folder)
            self.folder_label.setText(folder)
            self.recount()

    def recount(self) -> None:
        self.link.setEnabled(self.chosen() is FollowUp.CLICKERS)
        self.draft = None
        self.send_button.setEnabled(False)
        if self.folder is None:
            self.count.setText(self.tr("Choose a template folder."))
            return
        if self._task is not None:
            self._task.cancel()
        group, folder = self.chosen(), self.folder
        link = self.link.currentData() if group is FollowUp.CLICKERS else ""
        self.count.setText(self.tr("Counting…"))
        self._task = run_task(
            lambda cancel: build_draft(self.campaign_id, group, link, folder, cancel),
            self._counted,
            self._failed,
            receiver=self,
        )

    def _counted(self, draft: CampaignDraft) -> None:
        self.draft = draft
        valid = len(draft.table.valid_indices())
        skipped = len(draft.table) - valid
        text = self.tr("%1 recipients will get “%2”.").replace("%1", number(valid))
        text = text.replace("%2", draft.template.name)
        if skipped:
            text += " " + self.tr(
                "%1 are left out: they bounced, complained or unsubscribed since."
            ).replace("%1", number(skipped))
        self.count.setText(text)
        self.send_button.setEnabled(valid > 0)

    def _failed(self, exc: BaseException) -> None:
        self.count.setText(error_text(exc))  # e.g. no opens recorded: tracking was off

    def _create(self) -> None:
        draft = self.draft
        if draft is None:
            return
        self.send_button.setEnabled(False)
        run_task(
            lambda cancel: create(draft, cancel),
            self._created,
            self._failed,
            receiver=self,
        )

    def _created(self, campaign_id: int) -> None:
        self.created.emit(campaign_id)
        self.accept()
