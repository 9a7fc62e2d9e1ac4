"""Set up Amazon SES: the checklist from a new AWS account to production sending.

For the active SES profile the page shows each step of the core's checklist
(``mailer.run_checklist``) with its state, a sentence in the UI's language and the
button that does it: the Account dialog, a domain identity with Easy DKIM, a custom
MAIL FROM, the DMARC record to publish, the production access request and tracking.
DNS records to publish show as a table with copy buttons and as zone-file text. A
second tab lists the account's identities (with Delete), a third the sending
statistics of the last two weeks. Everything that asks AWS or DNS runs through
``run_task``; the checklist is re-read on demand and every 3 minutes while visible.
"""

from __future__ import annotations

import datetime as dt
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont, QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mailer.states import CheckState, SetupStep
from ui.context import AppContext
from ui.errors import error_text, is_user_error, show_error
from ui.models.checklist import CHECK_COLOURS, ses_status, state_word, step_sentence, step_title
from ui.models.formats import number
from ui.ops import setup as ops
from ui.ops.tasks import run_task
from ui.widgets.dns_records import RecordsView
from ui.widgets.stats_chart import StatsChart

if TYPE_CHECKING:
    from mailer import Checklist, DomainIdentity, Profile, SendStatistics, Settings

RECHECK_MS = 3 * 60 * 1000
FRESH_SECONDS = 30.0  # showing the page again within this re-uses the last answer
KEY_LENGTHS = ("2048", "1024")
MX_BEHAVIOURS = ("USE_DEFAULT_VALUE", "REJECT_MESSAGE")
BOUNCE_REVIEW, COMPLAINT_REVIEW = 0.05, 0.001  # SES's review levels (mailer.aws.stats)


def _from_domain(profile: Profile) -> str:
    return profile.from_addr.rpartition("@")[2].strip(" >")


class StepBox(QFrame):
    """One step: a coloured state, its title, the sentence, its controls and records."""

    def __init__(self, key: SetupStep, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.badge = QLabel()
        self.badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.badge.setMinimumWidth(96)
        title = QLabel(step_title(key))
        font = QFont(title.font())
        font.setBold(True)
        title.setFont(font)
        top = QHBoxLayout()
        top.addWidget(self.badge)
        top.addWidget(title, 1)
        self.sentence = QLabel()
        self.sentence.setWordWrap(True)
        self.sentence.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.controls = QHBoxLayout()
        self.records = RecordsView()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.sentence)
        layout.addLayout(self.controls)
        layout.addWidget(self.records)
        self.state: CheckState | None = None
        self.show_state(None, "")

    def show_state(self, state: CheckState | None, sentence: str) -> None:
        self.state = state
        colour = CHECK_COLOURS[state] if state is not None else "#8a8a8a"
        word = state_word(state) if state is not None else "…"
        self.badge.setText(word)
        self.badge.setStyleSheet(
            f"QLabel {{ color: white; background: {colour}; border-radius: 4px;"
            " padding: 2px 8px; }"
        )
        self.sentence.setText(sentence)


class SetupPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.checklist: Checklist | None = None
        self.checking = False
        self.busy = 0  # actions running
        self.statistics: SendStatistics | None = None
        self.identity_rows: list[ops.IdentityRow] = []
        self._generation = 0
        self._checked_at = 0.0
        self._domain_for = ""  # the profile the domain field was filled for

        heading = QLabel(self.tr("Set up Amazon SES"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        self.where = QLabel()
        self.where.setWordWrap(True)

        # Not an SES profile.
        self.not_ses = QWidget()
        not_ses = QVBoxLayout(self.not_ses)
        text = QLabel(
            self.tr(
                "The set-up checklist applies to Amazon SES profiles. The active profile "
                "sends through the local outbox or an SMTP server: add or choose an SES "
                "profile in Settings > Account and profiles."
            )
        )
        text.setWordWrap(True)
        self.account_button = QPushButton(self.tr("Account and profiles…"))
        self.account_button.clicked.connect(self.open_account)
        not_ses.addWidget(text)
        not_ses.addWidget(self.account_button, 0, Qt.AlignmentFlag.AlignLeft)
        not_ses.addStretch(1)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._checklist_tab(), self.tr("Checklist"))
        self.tabs.addTab(self._identities_tab(), self.tr("Identities"))
        self.tabs.addTab(self._statistics_tab(), self.tr("Sending statistics"))

        self.check_button = QPushButton(self.tr("Check again"))
        self.check_button.clicked.connect(self.check)
        self.status = QLabel()
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(self.status)
        top.addWidget(self.check_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.where)
        layout.addWidget(self.not_ses)
        layout.addWidget(self.tabs, 1)

        self.timer = QTimer(self, interval=RECHECK_MS)
        self.timer.timeout.connect(self.check)
        context.profile_changed.connect(self._profile_changed)
        self._profile_changed()

    # -- building ------------------------------------------------------------
    def _checklist_tab(self) -> QWidget:
        self.boxes = {key: StepBox(key) for key in SetupStep}
        boxes = self.boxes

        self.credentials_button = QPushButton(self.tr("Account and profiles…"))
        self.credentials_button.clicked.connect(self.open_account)
        boxes[SetupStep.CREDENTIALS].controls.addWidget(self.credentials_button)
        boxes[SetupStep.CREDENTIALS].controls.addStretch(1)

        self.domain_edit = QLineEdit()
        self.domain_edit.setPlaceholderText(self.tr("example.com"))
        self.key_length = QComboBox()
        self.key_length.addItem(self.tr("RSA 2048-bit (recommended)"), KEY_LENGTHS[0])
        self.key_length.addItem(
            self.tr("RSA 1024-bit (for DNS providers with short records)"), KEY_LENGTHS[1]
        )
        self.create_button = QPushButton(self.tr("Create domain identity"))
        self.create_button.clicked.connect(self.create_domain)
        row = boxes[SetupStep.DOMAIN].controls
        row.addWidget(QLabel(self.tr("Domain:")))
        row.addWidget(self.domain_edit, 1)
        row.addWidget(QLabel(self.tr("DKIM key:")))
        row.addWidget(self.key_length)
        row.addWidget(self.create_button)

        self.subdomain = QLineEdit("mail")
        self.subdomain.setMaximumWidth(120)
        self.mx_failure = QComboBox()
        self.mx_failure.addItem(
            self.tr("If the MX record is missing: send with SES's own MAIL FROM"), MX_BEHAVIOURS[0]
        )
        self.mx_failure.addItem(
            self.tr("If the MX record is missing: reject the message"), MX_BEHAVIOURS[1]
        )
        self.mail_from_button = QPushButton(self.tr("Set MAIL FROM"))
        self.mail_from_button.clicked.connect(self.set_mail_from)
        row = boxes[SetupStep.MAIL_FROM].controls
        row.addWidget(QLabel(self.tr("Subdomain:")))
        row.addWidget(self.subdomain)
        row.addWidget(self.mx_failure, 1)
        row.addWidget(self.mail_from_button)

        self.production_button = QPushButton(self.tr("Request production access…"))
        self.production_button.clicked.connect(self.request_production)
        boxes[SetupStep.PRODUCTION].controls.addWidget(self.production_button)
        boxes[SetupStep.PRODUCTION].controls.addStretch(1)

        self.tracking_button = QPushButton(self.tr("Set up tracking"))
        self.tracking_button.setToolTip(
            self.tr(
                "Create the SES configuration set, SNS topic and SQS queue that report "
                "deliveries, bounces and complaints back to Bulk Mailer"
            )
        )
        self.tracking_button.clicked.connect(self.set_up_tracking)
        boxes[SetupStep.TRACKING].controls.addWidget(self.tracking_button)
        boxes[SetupStep.TRACKING].controls.addStretch(1)

        self.audience_name = QLineEdit()
        self.audience_name.setPlaceholderText(self.tr("newsletter"))
        self.audience_name.setToolTip(
            self.tr("The audience's name for SES: letters A-Z, digits, - and _ (at most 64).")
        )
        self.audience_display = QLineEdit()
        self.audience_display.setPlaceholderText(self.tr("Newsletter"))
        self.audience_display.setToolTip(
            self.tr("What SES's unsubscribe page shows your readers (Korean is fine).")
        )
        self.audience_button = QPushButton(self.tr("Create audience"))
        self.audience_button.clicked.connect(self.create_audience)
        row = boxes[SetupStep.AUDIENCES].controls
        row.addWidget(QLabel(self.tr("Name:")))
        row.addWidget(self.audience_name)
        row.addWidget(QLabel(self.tr("Shown as:")))
        row.addWidget(self.audience_display, 1)
        row.addWidget(self.audience_button)

        inner = QWidget()
        column = QVBoxLayout(inner)
        for box in boxes.values():
            column.addWidget(box)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        return scroll

    def _identities_tab(self) -> QWidget:
        self.identities = QTableWidget(0, 5)
        self.identities.setHorizontalHeaderLabels(
            [
                self.tr("Identity"),
                self.tr("Type"),
                self.tr("Verified"),
                self.tr("DKIM"),
                self.tr("MAIL FROM"),
            ]
        )
        self.identities.verticalHeader().hide()
        self.identities.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.identities.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.identities.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.identities.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.identities.itemSelectionChanged.connect(self._identity_selected)
        self.delete_button = QPushButton(self.tr("Delete identity…"))
        self.delete_button.setEnabled(False)
        self.delete_button.clicked.connect(self.delete_identity)
        self.identities_note = QLabel()
        self.identities_note.setWordWrap(True)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(self.identities, 1)
        row = QHBoxLayout()
        row.addWidget(self.identities_note, 1)
        row.addWidget(self.delete_button)
        layout.addLayout(row)
        return tab

    def _statistics_tab(self) -> QWidget:
        self.chart = StatsChart()
        self.attempts = QLabel("—")
        self.bounce_rate = QLabel("—")
        self.complaint_rate = QLabel("—")
        self.enforcement = QLabel("—")
        self.stats_note = QLabel()
        self.stats_note.setWordWrap(True)
        facts = QFormLayout()
        facts.addRow(self.tr("Delivery attempts (two weeks):"), self.attempts)
        facts.addRow(self.tr("Bounce rate:"), self.bounce_rate)
        facts.addRow(self.tr("Complaint rate:"), self.complaint_rate)
        facts.addRow(self.tr("Account status:"), self.enforcement)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(self.chart, 1)
        layout.addLayout(facts)
        layout.addWidget(self.stats_note)
        return tab

    # -- visibility and profile ----------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.timer.start()
        if self.checklist is None or time.monotonic() - self._checked_at > FRESH_SECONDS:
            self.check()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.timer.stop()

    def _profile_changed(self) -> None:
        profile = self.context.profile
        ses = profile.kind == "ses"
        self.not_ses.setVisible(not ses)
        self.tabs.setVisible(ses)
        self.check_button.setVisible(ses)
        self.status.setVisible(ses)
        self._generation += 1  # answers for the previous profile are dropped
        self.checking = False
        self.checklist = None
        if profile.name != self._domain_for:
            self._domain_for = profile.name
            self.domain_edit.setText(_from_domain(profile))
        if ses:
            region = profile.region or self.tr("the default region")
            self.where.setText(
                self.tr("Profile “%1”, region %2.")
                .replace("%1", profile.name)
                .replace("%2", region)
            )
            for box in self.boxes.values():
                box.show_state(None, "")
                box.records.set_records([])
            if self.isVisible():
                self.check()
        else:
            self.where.clear()

    # -- checking ------------------------------------------------------------
    def check(self) -> None:
        profile = self.context.profile
        if profile.kind != "ses":
            return
        self._generation += 1
        generation = self._generation
        self.checking = True
        self.check_button.setEnabled(False)
        self.status.setText(self.tr("Checking…"))
        domain = self.domain_edit.text().strip()
        run_task(
            lambda _c: ops.check(profile, domain),
            lambda checklist: self._checked(generation, checklist),
            lambda exc: self._check_failed(generation, exc),
            receiver=self,
        )
        run_task(
            lambda _c: ops.identities(profile),
            lambda rows: self._identities_read(generation, rows),
            lambda exc: self._identities_failed(generation, exc),
            receiver=self,
        )
        run_task(
            lambda _c: ops.statistics(profile),
            lambda stats: self._statistics_read(generation, stats),
            lambda exc: self._statistics_failed(generation, exc),
            receiver=self,
        )

    def _checked(self, generation: int, checklist: Checklist) -> None:
        if generation != self._generation:
            return
        self.checking = False
        self.check_button.setEnabled(True)
        self.show_checklist(checklist)

    def show_checklist(self, checklist: Checklist) -> None:
        self.checklist = checklist
        self._checked_at = time.monotonic()
        self.status.setText(
            self.tr("Checked at %1").replace("%1", dt.datetime.now().strftime("%H:%M"))
        )
        if checklist.domain and not self.domain_edit.text().strip():
            self.domain_edit.setText(checklist.domain)
        credentials_ok = checklist.step(SetupStep.CREDENTIALS).state is CheckState.OK
        for step in checklist.steps:
            box = self.boxes[step.key]
            box.show_state(
                step.state,
                step_sentence(step, credentials_ok=credentials_ok, domain=checklist.domain),
            )
            box.records.set_records(step.publish)
        self._update_buttons()

    def show_results(
        self, checklist: Checklist, rows: list[ops.IdentityRow], stats: SendStatistics
    ) -> None:
        """Show known answers (screenshots, demos); answers still on their way are dropped."""
        self._generation += 1
        self.checking = False
        self.check_button.setEnabled(True)
        self.show_checklist(checklist)
        self.show_identities(rows)
        self.show_statistics(stats)

    def _check_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self.checking = False
        self.check_button.setEnabled(True)
        if not is_user_error(exc):
            show_error(self, exc)
            self.status.clear()
            return
        self.status.setText(self.tr("Not checked"))
        # The whole checklist could not run (e.g. a domain that is not a domain).
        self.boxes[SetupStep.DOMAIN].show_state(CheckState.WRONG, error_text(exc))

    def _update_buttons(self) -> None:
        checklist = self.checklist
        idle = self.busy == 0

        def state(key: SetupStep) -> CheckState | None:
            return checklist.step(key).state if checklist is not None else None

        signed_in = state(SetupStep.CREDENTIALS) is CheckState.OK
        domain_step = checklist.step(SetupStep.DOMAIN) if checklist is not None else None
        has_identity = domain_step is not None and (
            domain_step.state is CheckState.OK or "dkim" in domain_step.facts
        )
        self.create_button.setEnabled(idle and signed_in)
        self.mail_from_button.setEnabled(idle and signed_in and has_identity)
        self.production_button.setEnabled(
            idle and signed_in and state(SetupStep.PRODUCTION) is not CheckState.OK
        )
        self.tracking_button.setEnabled(idle and signed_in)
        self.audience_button.setEnabled(idle and signed_in)

    # -- identities and statistics -------------------------------------------
    def _identities_read(self, generation: int, rows: list[ops.IdentityRow]) -> None:
        if generation == self._generation:
            self.show_identities(rows)

    def show_identities(self, rows: list[ops.IdentityRow]) -> None:
        self.identity_rows = list(rows)
        table = self.identities
        table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            kind = self.tr("domain") if row.kind == "domain" else self.tr("address")
            verified = self.tr("yes") if row.verified else self.tr("no")
            mail_from = (
                f"{row.mail_from} ({ses_status(row.mail_from_status)})" if row.mail_from else "—"
            )
            dkim = ses_status(row.dkim) if row.dkim else "—"
            for c, text in enumerate((row.name, kind, verified, dkim, mail_from)):
                table.setItem(r, c, QTableWidgetItem(text))
        table.resizeColumnsToContents()
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.identities_note.setText(
            self.tr("No identities yet: create the domain identity on the Checklist tab.")
            if not rows
            else ""
        )
        self._identity_selected()

    def _identities_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        if not is_user_error(exc):
            show_error(self, exc)
            return
        self.identities.setRowCount(0)
        self.identity_rows = []
        self.identities_note.setText(error_text(exc))

    def _identity_selected(self) -> None:
        self.delete_button.setEnabled(self.busy == 0 and self._selected_identity() is not None)

    def _selected_identity(self) -> str | None:
        rows = self.identities.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.identity_rows):
            return None
        return self.identity_rows[rows[0].row()].name

    def _statistics_read(self, generation: int, stats: SendStatistics) -> None:
        if generation == self._generation:
            self.show_statistics(stats)

    def show_statistics(self, stats: SendStatistics) -> None:
        self.statistics = stats
        self.chart.set_days(stats.daily(), today=dt.datetime.now(dt.UTC).date())
        self.attempts.setText(number(stats.attempts))
        self._rate(self.bounce_rate, stats.bounce_rate, BOUNCE_REVIEW, "5%")
        self._rate(self.complaint_rate, stats.complaint_rate, COMPLAINT_REVIEW, "0.1%")
        self.enforcement.setText(ses_status(stats.enforcement))
        healthy = stats.enforcement in ("HEALTHY", "")
        self.enforcement.setStyleSheet(
            "" if healthy else f"color: {CHECK_COLOURS[CheckState.WRONG]};"
        )
        self.stats_note.setText(
            self.tr(
                "Rates over the last two weeks as SES counts them. SES reviews an account "
                "whose bounce rate reaches 5% or complaint rate 0.1%."
            )
        )

    def _rate(self, label: QLabel, rate: float, review: float, level: str) -> None:
        label.setText(
            self.tr("%1 (SES reviews at %2)").replace("%1", f"{rate:.2%}").replace("%2", level)
        )
        over = rate >= review
        label.setStyleSheet(f"color: {CHECK_COLOURS[CheckState.WRONG]};" if over else "")

    def _statistics_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        if not is_user_error(exc):
            show_error(self, exc)
            return
        self.statistics = None
        self.stats_note.setText(error_text(exc))

    # -- actions -------------------------------------------------------------
    def _run_action(self, work: ops.Work, text: str) -> None:
        """Run one AWS action; then check everything again (its result shows there)."""
        self.busy += 1
        self._update_buttons()
        self._identity_selected()
        self.status.setText(text)

        def done(_result: object) -> None:
            self._action_ended()
            self.check()

        def failed(exc: BaseException) -> None:
            self._action_ended()
            self.status.clear()
            show_error(self, exc)

        run_task(lambda _c: work(), done, failed, receiver=self)

    def _action_ended(self) -> None:
        self.busy -= 1
        self._update_buttons()
        self._identity_selected()

    def create_domain(self) -> None:
        profile = self.context.profile
        domain = self.domain_edit.text().strip()
        if not domain:
            show_error(
                self, _input_error(self.tr("Type the domain you send from, e.g. example.com."))
            )
            return
        key_length = str(self.key_length.currentData())

        def work() -> DomainIdentity:
            return ops.create_domain(profile, domain, key_length)

        self._run_action(work, self.tr("Creating the domain identity…"))

    def set_mail_from(self) -> None:
        profile = self.context.profile
        domain = (self.checklist.domain if self.checklist else "") or self.domain_edit.text()
        subdomain, behaviour = self.subdomain.text(), str(self.mx_failure.currentData())

        def work() -> DomainIdentity:
            return ops.set_mail_from(profile, domain, subdomain, behaviour)

        self._run_action(work, self.tr("Setting the MAIL FROM domain…"))

    def set_up_tracking(self) -> None:
        profile, settings = self.context.profile, self.context.settings
        self.busy += 1
        self._update_buttons()
        self.status.setText(self.tr("Setting up tracking… (this takes a few seconds)"))

        def done(saved: Settings) -> None:
            self._action_ended()
            self.context.settings = saved
            self.context.settings_replaced()  # the profile now has its queue: checks again

        def failed(exc: BaseException) -> None:
            self._action_ended()
            self.status.clear()
            show_error(self, exc)

        run_task(lambda _c: ops.set_up_tracking(settings, profile), done, failed, receiver=self)

    def create_audience(self) -> None:
        """Step 7: an SES audience, so SES adds one-click unsubscribe to campaigns."""
        profile = self.context.profile
        name, display = self.audience_name.text().strip(), self.audience_display.text().strip()
        if not name and not display:
            name, display = "newsletter", self.tr("Newsletter")
        self.busy += 1
        self._update_buttons()
        self.status.setText(self.tr("Creating the audience…"))

        def done(_audiences: object) -> None:
            self._action_ended()
            self.audience_name.clear()
            self.audience_display.clear()
            self.check()

        def failed(exc: BaseException) -> None:
            self._action_ended()
            self.status.clear()
            show_error(self, exc)

        run_task(
            lambda _c: ops.create_audience(profile, name, display), done, failed, receiver=self
        )

    def request_production(self) -> None:
        from ui.dialogs.production_dialog import ProductionDialog

        self.production_dialog = ProductionDialog(self.context.profile, self)
        self.production_dialog.finished.connect(lambda _r: self.check())
        self.production_dialog.open()

    def delete_identity(self) -> None:
        name = self._selected_identity()
        if name is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete identity"),
            self.tr(
                "Delete the identity %1 from Amazon SES? Mail from it stops at once; a "
                "domain must be verified again (new DKIM records) to use it later."
            ).replace("%1", name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        profile = self.context.profile

        def work() -> None:
            ops.delete_identity(profile, name)

        self._run_action(work, self.tr("Deleting %1…").replace("%1", name))

    def open_account(self) -> None:
        from ui.dialogs.account_dialog import AccountDialog

        AccountDialog(self.context, self).exec()


def _input_error(text: str) -> BaseException:
    from mailer import ConfigError

    return ConfigError(text)
