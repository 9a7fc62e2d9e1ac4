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

from PySide6.QtCore import QCoreApplication, QDateTime, QTimer
from PySide6.QtWidgets import QMessageBox, QStackedWidget, QVBoxLayout, QWidget

from mailer.states import CampaignStatus, Reason, ReasonCode, rows_left
from ui.context import AppContext
from ui.errors import error_text, is_user_error, show_error
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
from ui.pages.send_schedule import ScheduleController

if TYPE_CHECKING:
    from mailer import EmptyLink, Progress, RecipientTable
    from mailer.service import ABCreated, CampaignDraft

CLOSE_REASON = Reason(ReasonCode.CLOSED)


# (id, name, rows left, when it last sent) of a campaign offered for resuming.
Unfinished = tuple[int, str, int, float | None]


def find_unfinished(_cancel: threading.Event) -> list[Unfinished]:
    """Worker thread: campaigns that started sending and stopped before the end, the
    most recently sending first (drafts and never-started campaigns are not offered)."""
    from mailer import service

    journal = service.open_journal()
    try:
        return [
            (c.id, c.summary.name, rows_left(c.counts, include_unknown=True), c.last_sent)
            for c in service.unfinished(journal)
        ]
    finally:
        journal.close()


def _moment(epoch: float | None) -> str:
    """When a campaign last sent, as "2026-06-01 19:05" (local time)."""
    if epoch is None:
        return QCoreApplication.translate("SendPage", "never")
    return QDateTime.fromSecsSinceEpoch(int(epoch)).toString("yyyy-MM-dd HH:mm")


class SendPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.hub = SendHub.of(context)
        self.controller: SendController | None = None
        self.review = ReviewPanel()
        # The preview and a test send follow this box (AppContext.advertising_on).
        self.review.advertising.toggled.connect(lambda on: setattr(context, "advertising", on))
        self.dashboard = DashboardPanel()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.review)
        self.stack.addWidget(self.dashboard)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        # Campaigns created in this session, with the table they came from (for colours).
        self._tables: dict[int, RecipientTable] = {}
        self._rows_of: dict[int, list[int]] = {}  # a segment's rows in its file's table
        self._row_maps: dict[int, tuple[RecipientTable, list[int]]] = {}
        self._user_stopped = False
        self._unfinished: list[Unfinished] = []
        self._offered = False  # the resume prompt comes once, at start
        # Tests and benchmarks: SendRequest fields to override (transport_factory, limits).
        self.run_overrides: RunOverrides = {}
        self._review_task: Task | None = None
        self._generation = 0
        self._automatic_name = ""  # the campaign name last filled in, not typed
        # An A/B test's variants, sent one after another: (id, title) still to send, the
        # one sending now, and the test (for the sentence when the last one is sent).
        self._ab_queue: list[tuple[int, str]] = []
        self._ab_current: int | None = None
        self._ab_test: tuple[str, ABCreated] | None = None
        self._review_timer = QTimer(self, singleShot=True, interval=150)
        self._review_timer.timeout.connect(self.refresh_review)

        # Scheduled campaigns: the countdown, starting what is due, offering what was missed.
        self.schedules = ScheduleController(self, self.hub, self.resume_campaign)
        self.schedules.on_next = self.review.show_next
        self.review.start_requested.connect(self.start)
        self.review.step_requested.connect(lambda step: show_step(self, step))
        self.review.resume_button.clicked.connect(self._resume_offered)
        self.dashboard.pause_requested.connect(self.pause)
        self.dashboard.resume_requested.connect(self.resume)
        self.dashboard.cancel_requested.connect(self.cancel)
        self.dashboard.close_requested.connect(self.back_to_review)
        self.hub.resume_requested.connect(self.resume_campaign)
        self.hub.campaign_deleted.connect(self._forget)
        for changed in (
            context.table_changed,
            context.template_changed,
            context.sender_changed,
            context.profile_changed,
            context.limits_changed,
            context.identities_changed,
            context.segment_changed,
        ):
            changed.connect(self._context_changed)
        self._context_changed()
        QTimer.singleShot(0, self.check_unfinished)
        QTimer.singleShot(0, self.schedules.begin)

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
        elif ctx.segment and ctx.segment_table is None:
            found.append(
                (
                    self.tr("The segment filter is being counted or is not understood."),
                    STEP_RECIPIENTS,
                )
            )
        elif ctx.segment_table is not None and not ctx.segment_table.valid_indices():
            found.append(
                (self.tr("No valid recipient matches the segment filter."), STEP_RECIPIENTS)
            )
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
        if checked is not None and checked.empty_links and ctx.table is not None:
            found.append((empty_link_text(checked.empty_links[0]), STEP_TEMPLATE))
        if checked is not None and checked.attachment_missing_count:
            first = checked.attachment_missing[0] if checked.attachment_missing else None
            if checked.missing_policy == "block" and first is not None:
                text = self.tr(
                    "%1 row(s) have no attachment file, the first %2 (row %3); add the "
                    'files, or skip those rows: missing_attachment = "skip" in template.toml.'
                )
                found.append(
                    (
                        text.replace("%1", str(checked.attachment_missing_count))
                        .replace("%2", first.error)
                        .replace("%3", str(first.index + 1)),
                        STEP_TEMPLATE,
                    )
                )
        # Missing variables are said above; otherwise say why no message builds.
        blocked = checked is not None and checked.whole == 0
        if checked is not None and checked.checked and blocked and not checked.missing:
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
        table, template, profile = ctx.campaign_table(), ctx.template, ctx.profile
        from mailer import service

        self.review.ab.set_template_subject(service.template_subject(template))
        if table is None:  # a segment filter still being counted, or not understood
            self.review.show_review(None, ctx.profile)
            self.review.show_problems(self.problems())
            return
        limits, identities, sender = ctx.limits, list(ctx.identities), ctx.sender
        window = ctx.settings.repeat_window_days
        self._review_task = run_task(
            lambda cancel: compute_review(
                table, template, profile, limits, identities, cancel, sender, window
            ),
            lambda review: self._reviewed(generation, review),
            self._task_failed,
            receiver=self,
        )
        # The default name follows the template and the file; a name the user typed stays.
        automatic = f"{template.name} → {table.source.name}"
        if self.review.name.text() in ("", self._automatic_name):
            self.review.name.setText(automatic)
        self._automatic_name = automatic

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

        table = ctx.campaign_table()
        if table is None or not table.valid_indices():
            return  # the segment filter: problems() says why
        new = CampaignDraft(
            name,
            table,
            ctx.template,
            ctx.sender,
            ctx.profile,
            segment=ctx.segment or None,
            repeat_window_days=ctx.settings.repeat_window_days,
            skip_repeats=self.review.skip_repeats.isChecked(),
            window=self.review.when.window_text(),
            audience_name=self.review.chosen_audience(),
            advertising=self.review.advertising.isChecked(),
        )
        if self.review.ab.is_on():  # variants now, the rest scheduled for the winner
            self._start_ab(new)
            return
        at = self.review.when.start_at()
        if at is not None:  # stored for later: the scheduler starts it
            self.schedules.schedule(new, at, lambda _id: self.review.when.reset())
            self.review.reset_confirmation()
            return
        # A segment's campaign numbers its rows 0..n-1: map them back to the file's rows.
        if ctx.segment and ctx.segment_rows is not None:
            self._row_maps[id(table)] = (ctx.table, ctx.segment_rows)
        self._launch(SendRequest(new=new), name)
        self.review.reset_confirmation()

    # -- an A/B subject test ---------------------------------------------------------------
    def _start_ab(self, draft: CampaignDraft) -> None:
        """Create the test on a pool thread (the core refuses what cannot be split), then
        send its variants one after another; the rest stays scheduled for the winner."""
        box = self.review.ab
        problem = box.error()
        if problem:
            QMessageBox.warning(self, self.tr("A/B test"), problem)
            return
        subjects, share = box.subjects(), box.share_percent()
        wait, metric = box.wait_hours(), box.chosen_metric()

        def work(_cancel: threading.Event) -> ABCreated:
            from mailer import service

            journal = service.open_journal()
            try:
                return service.create_ab_test(journal, draft, subjects, share, wait, metric)
            finally:
                journal.close()

        run_task(
            work,
            lambda created: self._ab_created(draft.name, created),
            lambda exc: show_error(self, exc),
            receiver=self,
        )
        self.review.reset_confirmation()

    def _ab_created(self, name: str, created: ABCreated) -> None:
        self.review.ab.reset()  # the next campaign is an ordinary one again
        self._ab_test = (name, created)
        self._ab_queue = [
            (campaign_id, f"{name} [{chr(ord('A') + k)}]")
            for k, campaign_id in enumerate(created.variant_ids)
        ]
        self.hub.campaigns_changed.emit()
        self.schedules.scheduler.check()  # the countdown shows the rest
        self._next_variant()

    def _next_variant(self) -> None:
        if self._ab_current is not None or self.hub.busy:
            return  # the send in progress ends first, then the next variant goes
        if not self._ab_queue:
            self._ab_sent()
            return
        campaign_id, title = self._ab_queue.pop(0)
        self._ab_current = campaign_id
        # The repeat check was made moments ago, when the variants were created.
        self._launch(SendRequest(campaign_id=campaign_id), title)
        show_step(self, STEP_SEND)

    def _ab_ended(self, campaign_id: int | None, finished: bool) -> None:
        """After any send: the next variant goes if this one finished; a variant stopped
        or cancelled by the user stops the queue (the rest are on the Campaigns page)."""
        if self._ab_current is None and not self._ab_queue:
            return
        if campaign_id == self._ab_current:
            self._ab_current = None
            if not finished:
                left = ", ".join(title for _id, title in self._ab_queue)
                self._ab_queue, self._ab_test = [], None
                if left:
                    QMessageBox.information(
                        self,
                        self.tr("A/B test"),
                        self.tr(
                            "The A/B test's other variants were not sent: %1. Send them "
                            "from the Campaigns page (Resume) before the winner is chosen."
                        ).replace("%1", left),
                    )
                return
        QTimer.singleShot(0, self._next_variant)

    def _ab_sent(self) -> None:
        if self._ab_test is None:
            return
        name, created = self._ab_test
        self._ab_test = None
        QMessageBox.information(
            self,
            self.tr("A/B test"),
            self.tr(
                "The variants of “%1” are sent. At %2 the subject that did best goes to "
                "the rest of the list (campaign %3). Bulk Mailer must be running then; if "
                "it is not, it asks at the next start. The Report tab shows each variant."
            )
            .replace("%1", name)
            .replace("%2", created.decide_at.strftime("%Y-%m-%d %H:%M"))
            .replace("%3", str(created.rest_id)),
        )

    def resume_campaign(self, campaign_id: int, resend_unknown: bool = False) -> None:
        if self.hub.busy:
            QMessageBox.information(
                self,
                self.tr("Bulk Mailer"),
                self.tr("Another campaign is sending. Wait for it to end, or pause and cancel it."),
            )
            return
        request = SendRequest(
            campaign_id=campaign_id,
            resend_unknown=resend_unknown,
            repeat_window_days=self.context.settings.repeat_window_days,
        )
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
            mapped = self._row_maps.pop(id(request.new.table), None)
            self._tables[campaign_id] = mapped[0] if mapped else request.new.table
            if mapped:
                self._rows_of[campaign_id] = mapped[1]
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
        rows = self._rows_of.get(p.campaign_id)
        changes = list(p.changes)
        if rows is not None:  # a segment's campaign: row i is the file's rows[i]
            changes = [(rows[i], state) for i, state in changes]
        model.set_row_states(changes)

    def _finished(self, final: Progress) -> None:
        self._colour(final)
        self.dashboard.end(final)
        self._ended()
        self._ab_ended(final.campaign_id, final.status is CampaignStatus.FINISHED)
        if final.status is CampaignStatus.STOPPED and final.reason and not self._user_stopped:
            from mailer.errors import MailerError

            show_error(self, MailerError(reason_label(final.reason)))

    def _failed(self, message: str) -> None:
        from mailer.errors import MailerError

        self.dashboard.end(None, message)
        ended = self.controller.campaign_id if self.controller else None
        self._ended()
        show_error(self, MailerError(message))
        self._ab_ended(ended, False)

    def _crashed(self, exc: BaseException) -> None:
        self.dashboard.end(None, error_text(exc))
        ended = self.controller.campaign_id if self.controller else None
        self._ended()
        show_error(self, exc)
        self._ab_ended(ended, False)

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

    def _found_unfinished(self, found: list[Unfinished]) -> None:
        first_time, self._offered = not self._offered, True
        active = self.controller.campaign_id if self.hub.busy and self.controller else None
        self._unfinished = [u for u in found if u[0] != active]
        self._show_unfinished()
        if first_time and self._unfinished and not self.hub.busy:
            self._offer_resume()

    def _offer_resume(self) -> None:
        """The start-up question. No is the default: Enter must never send a campaign."""
        campaign_id, name, left, last = self._unfinished[0]
        text = (
            self.tr(
                "The campaign “%1” stopped before the end: %2 messages are not sent yet. "
                "It last sent on %3. Resume it now?"
            )
            .replace("%1", name)
            .replace("%2", number(left))
            .replace("%3", _moment(last))
        )
        if len(self._unfinished) > 1:
            text += "\n\n" + self.tr("Also unfinished (see the Campaigns page):")
            for _id, other, other_left, other_last in self._unfinished[1:6]:
                line = self.tr("“%1”: %2 not sent, last sent on %3")
                text += "\n• " + line.replace("%1", other).replace(
                    "%2", number(other_left)
                ).replace("%3", _moment(other_last))
        No, Yes = QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes
        answer = QMessageBox.question(
            self.window(), self.tr("Unfinished campaign"), text, Yes | No, No
        )
        if answer == Yes:
            self.resume_campaign(campaign_id)

    def _forget(self, campaign_id: int) -> None:
        """A deleted campaign is offered no more."""
        self._unfinished = [u for u in self._unfinished if u[0] != campaign_id]
        self._show_unfinished()

    def _show_unfinished(self) -> None:
        if not self._unfinished:
            self.review.show_resume_offer("")
            return
        _campaign_id, name, left, last = self._unfinished[0]
        text = self.tr("“%1” did not finish: %2 messages are not sent yet (last sent on %3).")
        text = text.replace("%1", name).replace("%2", number(left)).replace("%3", _moment(last))
        if len(self._unfinished) > 1:
            text += " " + self.tr("(%1 more unfinished on the Campaigns page.)").replace(
                "%1", str(len(self._unfinished) - 1)
            )
        self.review.show_resume_offer(text)

    def _resume_offered(self) -> None:
        if self._unfinished:
            self.resume_campaign(self._unfinished[0][0])


def empty_link_text(link: EmptyLink) -> str:
    """A link of the template with no address, in the UI's language (issue 16, item 6)."""
    where = (
        QCoreApplication.translate("SendPage", "%1, line %2")
        .replace("%1", link.source)
        .replace("%2", str(link.line))
    )
    if link.row is None:
        text = QCoreApplication.translate(
            "SendPage", 'A link in %1 has no address (href=""): give it its URL or remove it.'
        )
    elif not link.source:
        text = QCoreApplication.translate(
            "SendPage", "A link of the template has no address for row %2 (%3)."
        )
    elif link.expression == "unsubscribe_url":
        text = QCoreApplication.translate(
            "SendPage",
            "The unsubscribe link (%1) is empty: fill in Unsubscribe (a link or a mailto) "
            "in the sender settings or `unsubscribe` in template.toml.",
        )
    else:
        text = QCoreApplication.translate(
            "SendPage",
            "The link in %1 is empty for row %2 (%3): fill that cell for every row or put "
            "the link inside {% if %}.",
        )
    row = str(link.row + 1) if link.row is not None else ""
    return text.replace("%1", where).replace("%2", row).replace("%3", link.email)
