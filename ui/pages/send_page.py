"""Step 3, Review & send: check, confirm, start, then follow the campaign live.

The page swaps between the ``ReviewPanel`` (before) and the ``DashboardPanel``
(during and after). The campaign is created and run by ``ui.ops.send`` on its own
thread; the page only shows batched snapshots and colours the recipients table.
Closing the app mid-send asks, then stops the runner cleanly (status "stopped",
resumable); at start the page looks for unfinished campaigns and offers to resume.
"""

from __future__ import annotations

import dataclasses
import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox, QStackedWidget, QVBoxLayout, QWidget

from mailer.states import CampaignStatus, Reason, ReasonCode, rows_left
from ui.context import AppContext
from ui.errors import is_user_error, show_error
from ui.models.formats import number
from ui.models.states import reason_label
from ui.ops.send import RunOverrides, SendController, SendRequest
from ui.ops.send_hub import STEP_SEND, SendHub, show_step
from ui.ops.tasks import Task, run_task
from ui.pages.send_dashboard import DashboardPanel
from ui.pages.send_review import (
    STEP_RECIPIENTS,
    STEP_TEMPLATE,
    Review,
    ReviewPanel,
    compute_review,
)

if TYPE_CHECKING:
    from mailer import Progress, RecipientTable

CLOSE_REASON = Reason(ReasonCode.CLOSED)


def find_unfinished(_cancel: threading.Event) -> list[tuple[int, str, int]]:
    """Worker thread: (id, name, rows left) of campaigns that stopped before the end."""
    from mailer import service

    journal = service.open_journal()
    try:
        return [
            (c.id, c.summary.name, rows_left(c.counts, include_unknown=True))
            for c in service.unfinished(journal)
        ]
    finally:
        journal.close()


class SendPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.hub = SendHub.of(context)
        self.controller: SendController | None = None
        self.review = ReviewPanel()
        self.dashboard = DashboardPanel()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.review)
        self.stack.addWidget(self.dashboard)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        # Campaigns created in this session, with the table they came from (for colours).
        self._tables: dict[int, RecipientTable] = {}
        self._user_stopped = False
        self._unfinished: list[tuple[int, str, int]] = []
        self._offered = False  # the resume prompt comes once, at start
        # Tests and benchmarks: SendRequest fields to override (transport_factory, limits).
        self.run_overrides: RunOverrides = {}
        self._review_task: Task | None = None
        self._generation = 0
        self._review_timer = QTimer(self, singleShot=True, interval=150)
        self._review_timer.timeout.connect(self.refresh_review)

        self.review.start_requested.connect(self.start)
        self.review.step_requested.connect(lambda step: show_step(self, step))
        self.review.resume_button.clicked.connect(self._resume_offered)
        self.dashboard.pause_requested.connect(self.pause)
        self.dashboard.resume_requested.connect(self.resume)
        self.dashboard.cancel_requested.connect(self.cancel)
        self.dashboard.close_requested.connect(self.back_to_review)
        self.hub.resume_requested.connect(self.resume_campaign)
        for changed in (
            context.table_changed,
            context.template_changed,
            context.sender_changed,
            context.profile_changed,
            context.limits_changed,
            context.identities_changed,
        ):
            changed.connect(self._context_changed)
        self._context_changed()
        QTimer.singleShot(0, self.check_unfinished)

    # -- before sending ------------------------------------------------------
    def _context_changed(self) -> None:
        self.review.reset_confirmation()  # what was confirmed is not what is there now
        self._review_timer.start()

    def problems(self) -> list[tuple[str, int]]:
        ctx = self.context
        found: list[tuple[str, int]] = []
        if ctx.table is None:
            found.append((self.tr("No recipients: open a recipient file."), STEP_RECIPIENTS))
        elif not ctx.table.valid_indices():
            found.append((self.tr("The recipient file has no valid address."), STEP_RECIPIENTS))
        if ctx.template is None:
            found.append((self.tr("No template: pick a template folder."), STEP_TEMPLATE))
        if ctx.sender is None:
            text = self.tr("No sender: fill in the From address on the Template step.")
            if ctx.sender_error:
                text += " " + ctx.sender_error
            found.append((text, STEP_TEMPLATE))
        review = self.review.review
        if review is not None and review.missing_variables:
            found.append(
                (
                    self.tr(
                        "The template uses %1, which the recipient file has no column for."
                    ).replace("%1", ", ".join(review.missing_variables)),
                    STEP_TEMPLATE,
                )
            )
        checked = review.checked if review is not None else None
        # Missing variables are said above; otherwise say why no message builds.
        if checked is not None and checked.checked and not checked.sendable and not checked.missing:
            text = self.tr("No recipient's message can be built: %1")
            found.append((text.replace("%1", checked.first_error), STEP_TEMPLATE))
        return found

    def refresh_review(self) -> None:
        ctx = self.context
        self._generation += 1
        generation = self._generation
        if self._review_task is not None:
            self._review_task.cancel()
        if ctx.table is None or ctx.template is None:
            self.review.show_review(None, ctx.profile)
            self.review.show_problems(self.problems())
            return
        table, template, profile = ctx.table, ctx.template, ctx.profile
        limits, identities, sender = ctx.limits, list(ctx.identities), ctx.sender
        self._review_task = run_task(
            lambda cancel: compute_review(
                table, template, profile, limits, identities, cancel, sender
            ),
            lambda review: self._reviewed(generation, review),
            self._task_failed,
            receiver=self,
        )
        if not self.review.name.text():
            self.review.name.setText(f"{template.name} → {table.source.name}")

    def _reviewed(self, generation: int, review: Review) -> None:
        if generation != self._generation:
            return
        self.review.show_review(review, self.context.profile)
        self.review.show_problems(self.problems())

    def _task_failed(self, exc: BaseException) -> None:
        show_error(self, exc)

    # -- starting ------------------------------------------------------------
    def start(self) -> None:
        ctx = self.context
        if self.hub.busy or ctx.table is None or ctx.template is None or ctx.sender is None:
            return
        name = self.review.name.text().strip() or f"{ctx.template.name} → {ctx.table.source.name}"
        from mailer.service import CampaignDraft

        new = CampaignDraft(name, ctx.table, ctx.template, ctx.sender, ctx.profile)
        self._launch(SendRequest(new=new), name)
        self.review.reset_confirmation()

    def resume_campaign(self, campaign_id: int, resend_unknown: bool = False) -> None:
        if self.hub.busy:
            QMessageBox.information(
                self,
                self.tr("Bulk Mailer"),
                self.tr("Another campaign is sending. Wait for it to end, or pause and cancel it."),
            )
            return
        request = SendRequest(campaign_id=campaign_id, resend_unknown=resend_unknown)
        names = {u[0]: u[1] for u in self._unfinished}
        title = names.get(campaign_id) or self.tr("Campaign %1").replace("%1", str(campaign_id))
        self._launch(request, title)
        show_step(self, STEP_SEND)

    def _launch(self, request: SendRequest, title: str) -> None:
        if self.run_overrides:
            request = dataclasses.replace(request, **self.run_overrides)
        controller = SendController(request, self)
        controller.created.connect(self._created)
        controller.progress.connect(self._progress)
        controller.finished.connect(self._finished)
        controller.failed.connect(self._failed)
        controller.crashed.connect(self._crashed)
        self.controller = controller
        self.hub.active = controller
        self._user_stopped = False
        self.dashboard.begin(title)
        self.stack.setCurrentWidget(self.dashboard)
        controller.start()

    def _created(self, campaign_id: int) -> None:
        request = self.controller.request if self.controller else None
        if request is not None and request.new is not None:
            self._tables[campaign_id] = request.new.table
        self._unfinished = [u for u in self._unfinished if u[0] != campaign_id]
        self._show_unfinished()
        self.hub.send_started.emit(campaign_id)

    # -- while sending -------------------------------------------------------
    def pause(self) -> None:
        if self.controller is not None:
            self.controller.pause()

    def resume(self) -> None:
        if self.controller is not None:
            self.controller.resume()

    def cancel(self) -> None:
        if self.controller is None:
            return
        self._user_stopped = True
        self.controller.cancel()

    def _progress(self, p: Progress) -> None:
        self.dashboard.show_progress(p)
        self._colour(p)

    def _colour(self, p: Progress) -> None:
        model = self.context.recipient_model
        table = self._tables.get(p.campaign_id)
        if model is None or table is None or model.table is not table or not p.changes:
            return  # another file is open now: its rows are not this campaign's
        model.set_row_states(list(p.changes))

    def _finished(self, final: Progress) -> None:
        self._colour(final)
        self.dashboard.end(final)
        self._ended()
        if final.status is CampaignStatus.STOPPED and final.reason and not self._user_stopped:
            from mailer.errors import MailerError

            show_error(self, MailerError(reason_label(final.reason)))

    def _failed(self, message: str) -> None:
        from mailer.errors import MailerError

        self.dashboard.end(None, message)
        self._ended()
        show_error(self, MailerError(message))

    def _crashed(self, exc: BaseException) -> None:
        self.dashboard.end(None, str(exc))
        self._ended()
        show_error(self, exc)

    def _ended(self) -> None:
        controller = self.controller
        self.hub.active = None
        if controller is not None and controller.campaign_id is not None:
            self.hub.send_ended.emit(controller.campaign_id)
        self.check_unfinished()
        self._review_timer.start()  # today's quota has changed

    def back_to_review(self) -> None:
        self.stack.setCurrentWidget(self.review)

    # -- closing and coming back ---------------------------------------------
    def can_close(self) -> bool:
        """Asked by the main window before quitting: a running send is stopped cleanly."""
        controller = self.controller
        if controller is None or not controller.running:
            return True
        answer = QMessageBox.question(
            self,
            self.tr("A campaign is sending"),
            self.tr(
                "Stop sending and quit? The campaign is paused safely: nothing is lost or "
                "sent twice, and you can resume it when you open Bulk Mailer again."
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self._user_stopped = True
        controller.stop(CLOSE_REASON)
        controller.wait()
        return True

    def check_unfinished(self) -> None:
        run_task(find_unfinished, self._found_unfinished, self._unfinished_failed, receiver=self)

    def _unfinished_failed(self, exc: BaseException) -> None:
        if not is_user_error(exc):
            raise exc  # a bug: the excepthook shows it

    def _found_unfinished(self, found: list[tuple[int, str, int]]) -> None:
        first_time, self._offered = not self._offered, True
        active = self.controller.campaign_id if self.hub.busy and self.controller else None
        self._unfinished = [u for u in found if u[0] != active]
        self._show_unfinished()
        if first_time and self._unfinished and not self.hub.busy:
            campaign_id, name, left = self._unfinished[0]
            answer = QMessageBox.question(
                self.window(),
                self.tr("Unfinished campaign"),
                self.tr(
                    "The campaign “%1” stopped before the end: %2 messages are not sent "
                    "yet. Resume it now?"
                )
                .replace("%1", name)
                .replace("%2", number(left)),
            )
            if answer == QMessageBox.StandardButton.Yes:
                self.resume_campaign(campaign_id)

    def _show_unfinished(self) -> None:
        if not self._unfinished:
            self.review.show_resume_offer("")
            return
        _campaign_id, name, left = self._unfinished[0]
        text = self.tr("“%1” did not finish: %2 messages are not sent yet.")
        text = text.replace("%1", name).replace("%2", number(left))
        if len(self._unfinished) > 1:
            text += " " + self.tr("(%1 more unfinished on the Campaigns page.)").replace(
                "%1", str(len(self._unfinished) - 1)
            )
        self.review.show_resume_offer(text)

    def _resume_offered(self) -> None:
        if self._unfinished:
            self.resume_campaign(self._unfinished[0][0])
