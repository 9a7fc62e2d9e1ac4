"""Before a send: what will happen, what is missing, and the explicit confirmation.

``compute_review`` runs off the UI thread (it walks every row for the sandbox check
and reads today's sends from the journal); ``ReviewPanel`` shows its answer, the
problems with a button to the step that fixes each, and a confirmation checkbox
("I have checked the preview...") that must be ticked before Start is enabled and
is cleared whenever the recipients, template, sender or profile change. For an SES
profile, the set-up checklist's failing and to-do steps show as warnings (not blocking):
it runs off the UI thread when the panel is shown, cached per profile for a few minutes.
"""

from __future__ import annotations

import contextlib
import dataclasses
import math
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mailer.states import BulkCheck, CheckState
from ui.models.checklist import step_sentence, step_title, warnings
from ui.models.content_checks import content_warning_text, size_and_cost_text
from ui.models.formats import clock, duration, number, row_number
from ui.ops.setup import cached_checklist
from ui.ops.tasks import run_task
from ui.profile_label import profile_label
from ui.widgets.ab_box import ABBox
from ui.widgets.schedule_box import ScheduleBox

if TYPE_CHECKING:
    from mailer import (
        AccountLimits,
        Checklist,
        Identity,
        Preflight,
        Profile,
        RecipientTable,
        SenderSettings,
        TemplateSet,
    )
    from mailer.service import BulkReport, RepeatCheck

# Steps of the main window (ui.main_window: RECIPIENTS, TEMPLATE, SETUP).
STEP_RECIPIENTS, STEP_TEMPLATE, STEP_SETUP = 0, 1, 4
BULK_THRESHOLD = 300  # Gmail/Yahoo recipients above which one-click is a must (the core's)
WARNING_STYLE = (
    "QLabel { background: rgba(224, 160, 48, 0.18); border: 1px solid #e0a030;"
    " border-radius: 4px; padding: 8px; }"
)


@dataclass(frozen=True)
class Review:
    """The numbers shown before starting."""

    valid: int
    sandbox_skips: int
    missing_variables: tuple[str, ...]
    rate: float | None  # per second; 0 = no limit; None = limits unknown
    quota_limit: int | None
    quota_used: int
    sandbox: bool
    now: float = field(default_factory=time.time)
    # An SES SMTP endpoint whose account could not be read: the sandbox's limits are used.
    assumed_sandbox: bool = False
    checked: Preflight | None = None  # every row built as send would (None: no sender)
    # What the recipients will see: the From, the first recipient's subject, the template.
    sender: str = ""  # "Name <address>"; "" while no sender is set
    subject: str = ""  # "" when the first valid row's subject cannot be rendered
    template: str = ""
    # The repeat check: valid rows (not sandbox-skipped) that already received this
    # template or subject within ``repeat_window`` days; skipped when ``skip_repeats``.
    repeats: int = 0
    repeat_window: float = 0.0
    repeat_campaigns: tuple[int, ...] = ()
    skip_repeats: bool = True
    # The Gmail/Yahoo bulk-sender checklist without an audience, advertising on
    # (the panel drops what the audience and the advertising box change).
    bulk: BulkReport | None = None

    @property
    def to_send(self) -> int:
        skipped = self.repeats if self.skip_repeats else 0
        return self.valid - self.sandbox_skips - skipped

    @property
    def seconds(self) -> float | None:
        if not self.rate:
            return None
        return self.to_send / self.rate

    @property
    def quota_left(self) -> int | None:
        return None if self.quota_limit is None else max(0, self.quota_limit - self.quota_used)

    @property
    def finish_at(self) -> float | None:
        """When the quota is too small: about when the last message could go (epoch)."""
        left = self.quota_left
        if left is None or self.quota_limit is None or self.to_send <= left:
            return None
        if self.quota_limit <= 0:
            return math.inf
        days = math.ceil((self.to_send - left) / self.quota_limit)
        return self.now + days * 24 * 3600


def compute_review(
    table: RecipientTable,
    template: TemplateSet,
    profile: Profile,
    limits: AccountLimits | None,
    identities: list[Identity],
    cancel: threading.Event,
    sender: SenderSettings | None = None,
    repeat_window: float = 0.0,
) -> Review:
    """Worker thread: sandbox skips, missing variables and, with a sender, the rows
    send would refuse (the preflight `mailer check` runs), with the known limits; and
    the recipients who already received this template within ``repeat_window`` days."""
    from mailer import InputError, preflight, sandbox_allows

    checked = None
    if sender is not None:
        with contextlib.suppress(InputError):  # raised only when cancelled: not wanted
            checked = preflight(table, template, sender, cancel=cancel)

    valid = table.valid_indices()
    subject = _first_subject(table, template, sender, valid)
    sandbox = profile.kind == "ses" and limits is not None and not limits.production
    unverified: set[int] = set()
    if sandbox:
        unverified = {i for i in valid if not sandbox_allows(table.emails[i], identities)}
    skips = len(unverified)
    repeats = _repeats(table, template, [i for i in valid if i not in unverified], repeat_window)
    return Review(
        valid=len(valid),
        sandbox_skips=skips,
        missing_variables=tuple(template.missing_variables(table.columns)),
        rate=None if limits is None else limits.max_send_rate,
        quota_limit=None if limits is None else limits.max_24h,
        # account_limits (the status bar's source) already counts our own send log.
        quota_used=0 if limits is None else limits.sent_last_24h,
        sandbox=sandbox,
        checked=checked,
        assumed_sandbox=limits is not None and bool(limits.note),
        sender=_sender_line(sender),
        subject=subject,
        template=template.name,
        repeats=repeats.count,
        repeat_window=repeat_window,
        repeat_campaigns=repeats.campaigns,
        bulk=_bulk(table, template, sender, profile),
    )


def _repeats(
    table: RecipientTable, template: TemplateSet, rows: list[int], window: float
) -> RepeatCheck:
    """The core's repeat check over the journal (SQL; opened and closed here)."""
    from mailer import MailerError, service

    if window <= 0 or not rows:
        return service.RepeatCheck(window, {})
    try:
        journal = service.open_journal()
    except MailerError:  # a damaged journal: Start says so, the review need not
        return service.RepeatCheck(window, {})
    try:
        return service.repeat_check(journal, table, template, window_days=window, rows=rows)
    except MailerError:
        return service.RepeatCheck(window, {})
    finally:
        journal.close()


def _bulk(
    table: RecipientTable, template: TemplateSet, sender: SenderSettings | None, profile: Profile
) -> BulkReport | None:
    from mailer import MailerError, service

    if sender is None:
        return None
    try:
        return service.bulk_sender_check(table, template, sender, profile, advertising=True)
    except MailerError:
        return None


def bulk_sentence(key: BulkCheck, facts: Mapping[str, object], gmail_yahoo: int) -> str:
    """A bulk-sender checklist item that needs attention, in the user's language."""
    words = {
        BulkCheck.ONE_CLICK: QCoreApplication.translate(
            "ReviewPanel",
            "No one-click unsubscribe (%1 recipients at Gmail or Yahoo): choose an SES "
            "audience above, or give an https unsubscribe link your site honours.",
        ).replace("%1", number(gmail_yahoo)),
        BulkCheck.VISIBLE_LINK: QCoreApplication.translate(
            "ReviewPanel",
            "The message has no visible unsubscribe link: put {{ unsubscribe_url }} in the footer.",
        ),
        BulkCheck.COMPLAINT_RATE: QCoreApplication.translate(
            "ReviewPanel",
            "Complaints in the last campaigns are over Gmail's and Yahoo's 0.3%: send only "
            "to people who asked for the mail.",
        ),
        BulkCheck.FROM_DOMAIN: QCoreApplication.translate(
            "ReviewPanel",
            "%1 is a free-mail domain: mail from it fails DMARC. Send from your own domain.",
        ).replace("%1", str(facts.get("domain", ""))),
        BulkCheck.CONSENT: QCoreApplication.translate(
            "ReviewPanel",
            "Korean law asks advertisers to re-confirm consent every two years; record the "
            "date in the profile once you have.",
        ),
    }
    return words.get(key, "")


def _first_subject(
    table: RecipientTable,
    template: TemplateSet,
    sender: SenderSettings | None,
    valid: list[int],
) -> str:
    """The first valid row's subject as sent ("" when it cannot be rendered: the
    problems list says why)."""
    from mailer import MailerError

    if not valid:
        return ""
    first = valid[0]
    unsubscribe = (sender.unsubscribe or None) if sender is not None else None
    try:
        rendered = template.render_headers(
            table.row(first), unsubscribe=unsubscribe, email=table.emails[first]
        )
    except MailerError:
        return ""
    return rendered.subject


def _sender_line(sender: SenderSettings | None) -> str:
    if sender is None:
        return ""
    return f"{sender.from_name} <{sender.from_addr}>" if sender.from_name else sender.from_addr


class ReviewPanel(QWidget):
    """The pre-send summary; emits ``start_requested`` and ``step_requested(step)``."""

    start_requested = Signal()
    step_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = QLabel(self.tr("Review & send"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)

        self.resume_banner = QLabel()
        self.resume_banner.setWordWrap(True)
        self.resume_banner.setStyleSheet(WARNING_STYLE)
        self.resume_button = QPushButton(self.tr("Resume it"))
        self.resume_row = QWidget()
        row = QHBoxLayout(self.resume_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.resume_banner, 1)
        row.addWidget(self.resume_button)
        self.resume_row.hide()

        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. June newsletter"))
        self.recipients = QLabel()
        self.recipients.setWordWrap(True)
        self.duration = QLabel()
        self.quota = QLabel()
        self.quota.setWordWrap(True)
        self.via = QLabel()
        self.via.setWordWrap(True)
        # What recipients see, checked last before the confirmation.
        self.sender_fact, self.subject_fact, self.template_fact = QLabel(), QLabel(), QLabel()
        for label in (self.sender_fact, self.subject_fact, self.template_fact):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        facts = QGroupBox(self.tr("This campaign"))
        form = QFormLayout(facts)
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("From:"), self.sender_fact)
        form.addRow(self.tr("Subject (first recipient):"), self.subject_fact)
        form.addRow(self.tr("Template:"), self.template_fact)
        form.addRow(self.tr("Recipients to send:"), self.recipients)
        form.addRow(self.tr("Estimated time:"), self.duration)
        form.addRow(self.tr("Daily quota:"), self.quota)
        form.addRow(self.tr("Sending through:"), self.via)
        # Unsubscribes: an SES audience (SES adds one-click unsubscribe) or the template's.
        self.audience = QComboBox()
        self.audience.addItem(self.tr("None: the template's unsubscribe link"), "")
        self.audience.setToolTip(
            self.tr(
                "With an SES audience, Amazon SES adds one-click unsubscribe, hosts the "
                "unsubscribe page and tells Bulk Mailer who unsubscribed."
            )
        )
        self.audience.currentIndexChanged.connect(self._show_bulk)
        self.advertising = QCheckBox(
            self.tr("Advertising: “(광고)” before the subject and the notice Korean law asks for")
        )
        self.advertising.toggled.connect(self._show_bulk)
        self.advertising.toggled.connect(lambda _on: self._show_subject())
        form.addRow(self.tr("Unsubscribes:"), self.audience)
        form.addRow("", self.advertising)
        self.bulk_warnings = QLabel()
        self.bulk_warnings.setWordWrap(True)
        self.bulk_warnings.setStyleSheet(WARNING_STYLE)
        self.bulk_warnings.hide()

        # Content checks (warnings, never blocking), the largest message, the SES cost.
        self.content_warnings = QLabel()
        self.content_warnings.setWordWrap(True)
        self.content_warnings.setStyleSheet(WARNING_STYLE)
        self.content_warnings.hide()
        self.size_cost = QLabel()
        self.size_cost.setWordWrap(True)
        self.size_cost.hide()

        self.sandbox = QLabel()
        self.sandbox.setWordWrap(True)
        self.sandbox.setTextFormat(Qt.TextFormat.RichText)
        self.sandbox.setOpenExternalLinks(True)
        self.sandbox.setStyleSheet(WARNING_STYLE)
        self.sandbox.hide()

        # The repeat check: who already received this template lately, skipped by default.
        self.repeat_warning = QLabel()
        self.repeat_warning.setWordWrap(True)
        self.repeat_warning.setTextFormat(Qt.TextFormat.RichText)
        self.skip_repeats = QCheckBox(self.tr("Skip them (recommended)"))
        self.skip_repeats.setChecked(True)
        self.skip_repeats.toggled.connect(self._repeats_toggled)
        self.repeat_warning.setStyleSheet(WARNING_STYLE)
        self.repeat_box = QWidget()
        repeat_layout = QVBoxLayout(self.repeat_box)
        repeat_layout.setContentsMargins(0, 0, 0, 0)
        repeat_layout.addWidget(self.repeat_warning)
        repeat_layout.addWidget(self.skip_repeats)
        self.repeat_box.hide()

        self.setup_box = QGroupBox(self.tr("Amazon SES set-up (you can still send)"))
        self.setup_warnings = QLabel()
        self.setup_warnings.setWordWrap(True)
        self.setup_warnings.setTextFormat(Qt.TextFormat.RichText)
        self.setup_warnings.setStyleSheet(WARNING_STYLE)
        setup_button = QPushButton(self.tr("Open the set-up checklist"))
        setup_button.clicked.connect(lambda: self.step_requested.emit(STEP_SETUP))
        setup_row = QHBoxLayout(self.setup_box)
        setup_row.addWidget(self.setup_warnings, 1)
        setup_row.addWidget(setup_button, 0, Qt.AlignmentFlag.AlignTop)
        self.setup_box.hide()
        self.checklist: Checklist | None = None
        self._profile: Profile | None = None
        self._checking: str | None = None  # repr of the profile being checked

        self.problems_box = QGroupBox(self.tr("Before you can send"))
        self.problems_layout = QVBoxLayout(self.problems_box)
        self.problems_box.hide()

        self.confirm = QCheckBox(
            self.tr("I have checked the preview, the sender and the recipients")
        )
        self.confirm.toggled.connect(self._update_start)
        self.start_button = QPushButton(self.tr("Start sending"))
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start_requested)
        self.next_scheduled = QLabel()  # the countdown to the next scheduled campaign
        self.next_scheduled.setTextFormat(Qt.TextFormat.PlainText)
        self.next_scheduled.hide()
        # When: now, or at a chosen time; any hour, or within a daily window.
        self.when = ScheduleBox()
        self.when.changed.connect(self._when_changed)
        # An A/B subject test: variants now, the rest with the winner later (not with a time).
        self.ab = ABBox()
        self.ab.changed.connect(self._when_changed)
        bottom = QHBoxLayout()
        bottom.addWidget(self.confirm, 1)
        bottom.addWidget(self.start_button)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.next_scheduled)
        layout.addWidget(self.resume_row)
        layout.addWidget(facts)
        layout.addWidget(self.sandbox)
        layout.addWidget(self.size_cost)
        layout.addWidget(self.content_warnings)
        layout.addWidget(self.repeat_box)
        layout.addWidget(self.setup_box)
        layout.addWidget(self.bulk_warnings)
        layout.addWidget(self.problems_box)
        layout.addStretch(1)
        layout.addWidget(self.ab)
        layout.addWidget(self.when)
        layout.addLayout(bottom)
        self._ready = False
        self.review: Review | None = None

    # -- showing -------------------------------------------------------------
    def show_problems(self, problems: list[tuple[str, int]]) -> None:
        """Each problem: a sentence and the step (STEP_*) that fixes it."""
        while self.problems_layout.count():
            item = self.problems_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for text, step in problems:
            line = QWidget()
            row = QHBoxLayout(line)
            row.setContentsMargins(0, 0, 0, 0)
            label = QLabel(text)
            label.setWordWrap(True)
            label.setStyleSheet("color: #c62828;")
            to_recipients = step == STEP_RECIPIENTS
            go = QPushButton(
                self.tr("Go to Recipients") if to_recipients else self.tr("Go to Template")
            )
            go.clicked.connect(lambda _c=False, s=step: self.step_requested.emit(s))
            row.addWidget(label, 1)
            row.addWidget(go)
            self.problems_layout.addWidget(line)
        self.problems_box.setVisible(bool(problems))
        self._ready = not problems
        self._update_start()

    def show_review(self, review: Review | None, profile: Profile) -> None:
        if review is not None:  # the numbers follow the "skip them" checkbox
            review = dataclasses.replace(review, skip_repeats=self.skip_repeats.isChecked())
        self.review = review
        self.ab.set_recipients(None if review is None else review.valid)
        if self._profile is None or repr(profile) != repr(self._profile):
            self._profile = profile
            self.show_checklist(None)
            self._load_audiences(profile)
            if self.isVisible():
                self.check_setup()
        self.via.setText(_via(profile))
        self._show_facts(review)
        if review is None:
            for label in (self.recipients, self.duration, self.quota):
                label.setText("—")
            self.sandbox.hide()
            self._show_content(None)
            self._update_start()
            return
        text = number(review.to_send)
        if review.sandbox_skips:
            text += self.tr(" (%1 unverified skipped)").replace("%1", number(review.sandbox_skips))
        if review.repeats and review.skip_repeats:
            text += self.tr(" (%1 who already received it skipped)").replace(
                "%1", number(review.repeats)
            )
        checked = review.checked
        if checked is not None and checked.sendable and checked.problems:
            first = checked.problems[0]
            text += "\n" + self.tr("%1 would fail when sent; the first, row %2: %3").replace(
                "%1", number(checked.failing)
            ).replace("%2", row_number(first.index, first.line)).replace("%3", first.error)
        self.recipients.setText(text)
        if review.rate is None:
            self.duration.setText(self.tr("unknown until the account answers"))
        elif review.rate == 0:
            self.duration.setText(self.tr("no rate limit: as fast as the server accepts"))
        else:
            self.duration.setText(
                self.tr("about %1 at %2 per second")
                .replace("%1", duration(review.seconds))
                .replace("%2", f"{review.rate:g}")
            )
        quota = _quota_text(review)
        if review.assumed_sandbox:
            quota += "\n" + self.tr(
                "The Amazon SES account's limits could not be read (no AWS credentials for "
                "the SES API): the sandbox's are assumed, 1 a second and 200 a day. Set the "
                "profile's limits to your account's."
            )
        self.quota.setText(quota)
        self.quota.setStyleSheet("color: #b26a00;" if review.finish_at is not None else "")
        if review.sandbox:
            self.sandbox.setText(_sandbox_text(review))
        self.sandbox.setVisible(review.sandbox)
        self._show_content(review.checked)
        self._show_repeats(review)
        self._show_bulk()
        self._update_start()

    def _show_content(self, checked: Preflight | None) -> None:
        """The content checks' warnings, and the largest message with the SES cost."""
        found = [content_warning_text(w) for w in checked.warnings] if checked else []
        if checked is not None and checked.missing_policy == "skip" and checked.attachment_missing:
            text = self.tr(
                "%1 row(s) are skipped: their attachment file is missing (the first: %2)."
            )
            found.insert(
                0,
                text.replace("%1", str(checked.attachment_missing_count)).replace(
                    "%2", checked.attachment_missing[0].error
                ),
            )
        self.content_warnings.setText("\n".join(f"• {line}" for line in found))
        self.content_warnings.setVisible(bool(found))
        # SES's price only for what goes through SES (not the outbox, not another server).
        from mailer import service

        through = self._profile is None or service.through_ses(self._profile)
        cost = checked.cost if checked is not None and through else None
        text = size_and_cost_text(checked.largest, cost) if checked is not None else ""
        self.size_cost.setText(text)
        self.size_cost.setVisible(bool(text))

    # -- unsubscribes: SES audiences, advertising, the bulk-sender rules ---------
    def _load_audiences(self, profile: Profile) -> None:
        """The profile's SES audiences, asked off the UI thread; the advertising box
        follows the profile's setting (on for Korean users by default)."""
        from mailer import service

        self.advertising.setChecked(service.advertising_default(profile))
        while self.audience.count() > 1:
            self.audience.removeItem(1)
        self.audience.setEnabled(service.through_ses(profile))
        if not self.audience.isEnabled():
            return
        run_task(
            lambda _c: service.list_audiences(profile),
            lambda found: self.show_audiences(profile, found),
            lambda _exc: None,  # no permission or offline: the template's link stays
            receiver=self,
        )

    def show_audiences(self, profile: Profile, audiences: list[tuple[str, str]]) -> None:
        if self._profile is not None and repr(profile) != repr(self._profile):
            return  # an answer for an earlier profile
        while self.audience.count() > 1:
            self.audience.removeItem(1)
        for name, display in audiences:
            label = f"{display} ({name})" if display and display != name else name
            self.audience.addItem(label, name)
        if audiences:
            self.audience.setCurrentIndex(1)  # SES-managed unsubscribes when available

    def chosen_audience(self) -> str:
        return str(self.audience.currentData() or "")

    def _show_bulk(self) -> None:
        review = self.review
        bulk = review.bulk if review is not None else None
        if bulk is None:
            self.bulk_warnings.hide()
            return
        skip = {BulkCheck.AUTHENTICATION, BulkCheck.ADVERTISING}  # the set-up checklist's
        if self.chosen_audience():
            skip.add(BulkCheck.ONE_CLICK)
        if not self.advertising.isChecked():
            skip.add(BulkCheck.CONSENT)
        if bulk.gmail_yahoo <= BULK_THRESHOLD:  # a few hundred: then it matters most
            skip.add(BulkCheck.ONE_CLICK)
        lines = [
            bulk_sentence(key, facts, bulk.gmail_yahoo)
            for key, state, facts in bulk.items
            if state is not CheckState.OK
            and state is not CheckState.UNREACHABLE
            and key not in skip
        ]
        lines = [line for line in lines if line]
        self.bulk_warnings.setText("\n".join("• " + line for line in lines))
        self.bulk_warnings.setVisible(bool(lines))

    def _show_subject(self) -> None:
        """The first recipient's subject as sent: with "(광고)" when the box is ticked."""
        from mailer import mark_subject

        subject = self.review.subject if self.review is not None else ""
        if subject and self.advertising.isChecked():
            subject = mark_subject(subject)
        self.subject_fact.setText(subject or "—")

    def _show_facts(self, review: Review | None) -> None:
        """From, the first recipient's subject and the template ("—" until known)."""
        if review is None:
            for label in (self.sender_fact, self.subject_fact, self.template_fact):
                label.setText("—")
            return
        self.sender_fact.setText(review.sender or self.tr("not set yet (Template page)"))
        self._show_subject()
        self.template_fact.setText(review.template)

    # -- the SES set-up checklist --------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.check_setup()

    def check_setup(self) -> None:
        """Read the profile's checklist off the UI thread (cached for a few minutes)."""
        profile = self._profile
        if profile is None or profile.kind != "ses":
            self.show_checklist(None)
            return
        key = repr(profile)
        if self._checking == key:
            return
        self._checking = key

        def done(checklist: Checklist) -> None:
            if self._checking == key:
                self._checking = None
            if self._profile is not None and repr(self._profile) == key:
                self.show_checklist(checklist)

        def failed(_exc: BaseException) -> None:
            # Not blocking: a checklist that cannot run is a warning nobody can act on.
            if self._checking == key:
                self._checking = None

        run_task(lambda _c: cached_checklist(profile), done, failed, receiver=self)

    def show_checklist(self, checklist: Checklist | None) -> None:
        self.checklist = checklist
        steps = warnings(checklist) if checklist is not None else []
        domain = checklist.domain if checklist is not None else ""
        lines = [
            f"<b>{_escape(step_title(s.key))}</b>: {_escape(step_sentence(s, domain=domain))}"
            for s in steps
        ]
        self.setup_warnings.setText("<br>".join(lines))
        self.setup_box.setVisible(bool(lines))

    def show_next(self, text: str) -> None:
        self.next_scheduled.setText(text)
        self.next_scheduled.setVisible(bool(text))

    def show_resume_offer(self, text: str) -> None:
        self.resume_banner.setText(text)
        self.resume_row.setVisible(bool(text))

    def reset_confirmation(self) -> None:
        self.confirm.setChecked(False)
        self.skip_repeats.setChecked(True)  # what changed is checked again: skip by default

    def _repeats_toggled(self) -> None:
        if self.review is not None and self._profile is not None:
            self.show_review(self.review, self._profile)

    def _show_repeats(self, review: Review) -> None:
        if not review.repeats:
            self.repeat_box.hide()
            return
        earlier = ", ".join(str(c) for c in review.repeat_campaigns[:5])
        text = (
            self.tr(
                "<b>%1 recipients already received this template</b> (or one with the "
                "same subject) within the last %2 days, in campaign %3."
            )
            .replace("%1", number(review.repeats))
            .replace("%2", f"{review.repeat_window:g}")
            .replace("%3", earlier)
        )
        self.repeat_warning.setText(text)
        self.repeat_box.show()

    def _update_start(self) -> None:
        review = self.review
        sendable = review is not None and review.to_send > 0 and self._ready
        when_ok = not self.when.error() and not self.ab.error()
        self.start_button.setEnabled(sendable and when_ok and self.confirm.isChecked())

    def _when_changed(self) -> None:
        self.ab.set_scheduled(bool(self.when.start_at() or self.when.window_text()))
        if self.ab.is_on():
            self.start_button.setText(self.tr("Start the A/B test"))
        else:
            self.start_button.setText(
                self.tr("Schedule") if self.when.start_at() else self.tr("Start sending")
            )
        self._update_start()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _via(profile: Profile) -> str:
    kinds = {
        "outbox": QCoreApplication.translate(
            "ReviewPanel", "local outbox (nothing leaves this computer)"
        ),
        "ses": QCoreApplication.translate("ReviewPanel", "Amazon SES"),
        "smtp": QCoreApplication.translate("ReviewPanel", "SMTP server"),
    }
    return (
        QCoreApplication.translate("ReviewPanel", "%1 — profile “%2”")
        .replace("%1", kinds.get(profile.kind, profile.kind))
        .replace("%2", profile_label(profile.name))
    )


def _quota_text(review: Review) -> str:
    left = review.quota_left
    if review.rate is None:
        return QCoreApplication.translate("ReviewPanel", "unknown until the account answers")
    if left is None:
        return QCoreApplication.translate(
            "ReviewPanel", "no daily limit (%1 sent in the last 24 hours)"
        ).replace("%1", number(review.quota_used))
    text = QCoreApplication.translate("ReviewPanel", "%1 left of %2 for the last 24 hours").replace(
        "%1", number(left)
    )
    text = text.replace("%2", number(review.quota_limit or 0))
    finish = review.finish_at
    if finish is not None:
        when = (
            QCoreApplication.translate("ReviewPanel", "never (the daily quota is 0)")
            if math.isinf(finish)
            else clock(finish)
        )
        text += "\n" + QCoreApplication.translate(
            "ReviewPanel",
            "Not enough for everyone today: the campaign waits for the quota to free up "
            "and would finish around %1.",
        ).replace("%1", when)
    return text


def _sandbox_text(review: Review) -> str:
    text = QCoreApplication.translate(
        "ReviewPanel",
        "<b>Your SES account is in the sandbox.</b> It sends only to verified addresses; "
        "unverified recipients are skipped (%1 of them in this list). To send to "
        "everyone, request production access in the SES console (Account dashboard → "
        "Request production access); Amazon usually answers within a day.",
    ).replace("%1", number(review.sandbox_skips))
    return text
