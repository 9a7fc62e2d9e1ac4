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
import math
import threading
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.models.checklist import step_sentence, step_title, warnings
from ui.models.formats import clock, duration, number
from ui.ops.setup import cached_checklist
from ui.ops.tasks import run_task

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

# Steps of the main window (ui.main_window: RECIPIENTS, TEMPLATE, SETUP).
STEP_RECIPIENTS, STEP_TEMPLATE, STEP_SETUP = 0, 1, 4
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
    checked: Preflight | None = None  # every row built as send would (None: no sender)

    @property
    def to_send(self) -> int:
        return self.valid - self.sandbox_skips

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
) -> Review:
    """Worker thread: sandbox skips, missing variables and, with a sender, the rows
    send would refuse (the preflight `mailer check` runs), with the known limits."""
    from mailer import InputError, preflight, sandbox_allows

    checked = None
    if sender is not None:
        with contextlib.suppress(InputError):  # raised only when cancelled: not wanted
            checked = preflight(table, template, sender, cancel=cancel)

    valid = table.valid_indices()
    sandbox = profile.kind == "ses" and limits is not None and not limits.production
    skips = 0
    if sandbox:
        skips = sum(1 for i in valid if not sandbox_allows(table.emails[i], identities))
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
    )


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
        facts = QGroupBox(self.tr("This campaign"))
        form = QFormLayout(facts)
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Recipients to send:"), self.recipients)
        form.addRow(self.tr("Estimated time:"), self.duration)
        form.addRow(self.tr("Daily quota:"), self.quota)
        form.addRow(self.tr("Sending through:"), self.via)

        self.sandbox = QLabel()
        self.sandbox.setWordWrap(True)
        self.sandbox.setTextFormat(Qt.TextFormat.RichText)
        self.sandbox.setOpenExternalLinks(True)
        self.sandbox.setStyleSheet(WARNING_STYLE)
        self.sandbox.hide()

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
        bottom = QHBoxLayout()
        bottom.addWidget(self.confirm, 1)
        bottom.addWidget(self.start_button)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.resume_row)
        layout.addWidget(facts)
        layout.addWidget(self.sandbox)
        layout.addWidget(self.setup_box)
        layout.addWidget(self.problems_box)
        layout.addStretch(1)
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
        self.review = review
        if self._profile is None or repr(profile) != repr(self._profile):
            self._profile = profile
            self.show_checklist(None)
            if self.isVisible():
                self.check_setup()
        self.via.setText(_via(profile))
        if review is None:
            for label in (self.recipients, self.duration, self.quota):
                label.setText("—")
            self.sandbox.hide()
            self._update_start()
            return
        text = number(review.to_send)
        if review.sandbox_skips:
            text += self.tr(" (%1 unverified skipped)").replace("%1", number(review.sandbox_skips))
        checked = review.checked
        if checked is not None and checked.sendable and checked.problems:
            first = checked.problems[0]
            text += "\n" + self.tr("%1 would fail when sent; the first, line %2: %3").replace(
                "%1", number(checked.failing)
            ).replace("%2", str(first.line)).replace("%3", first.error)
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
        self.quota.setText(_quota_text(review))
        self.quota.setStyleSheet("color: #b26a00;" if review.finish_at is not None else "")
        if review.sandbox:
            self.sandbox.setText(_sandbox_text(review))
        self.sandbox.setVisible(review.sandbox)
        self._update_start()

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

    def show_resume_offer(self, text: str) -> None:
        self.resume_banner.setText(text)
        self.resume_row.setVisible(bool(text))

    def reset_confirmation(self) -> None:
        self.confirm.setChecked(False)

    def _update_start(self) -> None:
        review = self.review
        sendable = review is not None and review.to_send > 0 and self._ready
        self.start_button.setEnabled(sendable and self.confirm.isChecked())


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
        .replace("%2", profile.name)
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
