"""Review & send's scheduled campaigns: store one for later, count down to the next,
start it when due (an A/B test's rest gets its winner first), and offer - never start
silently - one whose time passed while the app was closed or the computer slept."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from ui.dialogs import missed_dialog
from ui.errors import show_error
from ui.models.formats import duration
from ui.ops.campaigns import JournalSource
from ui.ops.scheduler import Scheduler
from ui.ops.send_hub import SendHub
from ui.ops.tasks import run_task

if TYPE_CHECKING:
    from mailer import Journal, Scheduled
    from mailer.service import CampaignDraft

Ask = Callable[[QWidget, str, datetime], missed_dialog.Answer]


class ScheduleController(QObject):
    """Owned by the send page; ``start(campaign_id)`` is the page's resume_campaign."""

    def __init__(self, page: QWidget, hub: SendHub, start: Callable[[int], None]) -> None:
        super().__init__(page)
        self.page = page
        self._start = start
        self.hub = hub
        self.ask: Ask = missed_dialog.ask  # tests answer instead of a modal dialog
        self.source = JournalSource()
        self.scheduler = Scheduler(self.source, self)
        self.scheduler.due.connect(self._due)
        self.scheduler.missed.connect(self._missed)
        self.on_next: Callable[[str], None] = lambda _text: None

    def begin(self) -> None:
        self.scheduler.changed.connect(lambda item: self.on_next(self.countdown(item)))
        self.scheduler.start()

    def close(self) -> None:
        self.scheduler.timer.stop()
        self.source.close()

    # -- scheduling a new campaign -------------------------------------------------------
    def schedule(self, draft: CampaignDraft, at: datetime, done: Callable[[int], None]) -> None:
        def work(_cancel: threading.Event) -> int:
            from mailer import service

            journal = service.open_journal()
            try:
                campaign_id = service.create(journal, draft).campaign_id
                service.schedule_campaign(journal, campaign_id, at, draft.window)
                return campaign_id
            finally:
                journal.close()

        def created(campaign_id: int) -> None:
            QMessageBox.information(
                self.page.window(),
                self.tr("Campaign scheduled"),
                self.tr(
                    "“%1” is scheduled for %2. Bulk Mailer starts it then if it is running; "
                    "if it is not, it asks at the next start."
                )
                .replace("%1", draft.name)
                .replace("%2", at.strftime("%Y-%m-%d %H:%M")),
            )
            done(campaign_id)
            self.scheduler.check()

        run_task(work, created, lambda exc: show_error(self.page, exc), receiver=self)

    def countdown(self, item: Scheduled | None) -> str:
        if item is None:
            return ""
        return (
            self.tr("Next scheduled: “%1” at %2 (in %3)")
            .replace("%1", item.name)
            .replace("%2", datetime.fromtimestamp(item.at).strftime("%Y-%m-%d %H:%M"))
            .replace("%3", duration(max(0.0, item.at - time.time())))
        )

    # -- due and missed ------------------------------------------------------------------
    def _due(self, campaign_id: int, _name: str) -> None:
        if self.hub.busy:  # one send at a time: asked again at the next check
            self.scheduler.forget(campaign_id)
            return
        self._launch(campaign_id)

    def _missed(self, campaign_id: int, name: str, at: float) -> None:
        answer = self.ask(self.page.window(), name, datetime.fromtimestamp(at))
        choice = missed_dialog.Choice
        if answer.choice is choice.START:
            if self.hub.busy:
                self.scheduler.forget(campaign_id)  # offered again when the send ends
                return
            self._launch(campaign_id)
        elif answer.choice is choice.RESCHEDULE and answer.at is not None:
            self._call(lambda j: _reschedule(j, campaign_id, answer.at))
        elif answer.choice is choice.CANCEL:
            self._call(lambda j: _cancel(j, campaign_id))

    def _launch(self, campaign_id: int) -> None:
        def work(_cancel: threading.Event) -> str:
            from mailer import service

            return service.start_scheduled(self.source.get(), campaign_id)

        run_task(
            work,
            lambda _winner: self._start(campaign_id),
            lambda exc: show_error(self.page, exc),
            receiver=self,
        )

    def _call(self, fn: Callable[[Journal], None]) -> None:
        def work(_cancel: threading.Event) -> None:
            fn(self.source.get())

        def done(_none: None) -> None:
            self.hub.campaigns_changed.emit()
            self.scheduler.check()

        run_task(work, done, lambda exc: show_error(self.page, exc), receiver=self)


def _reschedule(journal: Journal, campaign_id: int, at: datetime | None) -> None:
    from mailer import service

    if at is not None:
        service.schedule_campaign(journal, campaign_id, at)


def _cancel(journal: Journal, campaign_id: int) -> None:
    from mailer import service

    service.cancel_campaign(journal, campaign_id)
