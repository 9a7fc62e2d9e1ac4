"""The fields of one profile. Secrets are typed here but only ever go to the keyring.

``profile()`` builds a Profile from the fields (no secrets in it); ``secrets()``
returns what the user typed into the secret fields, to be stored with
mailer.credentials. Empty secret fields mean "keep what the keyring has".

An SMTP profile for Amazon SES can be filled from an IAM access key: the user name is
the key id, the host the region's SES SMTP endpoint, and the password is derived from
the secret key (off the UI thread) into the password field, so it goes to the keyring
with the other secrets; the secret key itself is not kept.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Mapping
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui.errors import show_error
from ui.ops.setup import SmtpAccess, ses_regions, smtp_access
from ui.ops.tasks import run_task
from ui.profile_label import profile_label
from ui.widgets.file_dialogs import ask_folder

if TYPE_CHECKING:
    from mailer import Profile

KINDS = ("outbox", "ses", "smtp")
SECURITY = ("starttls", "ssl", "none")


def _secret_edit(placeholder: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setPlaceholderText(placeholder)
    return edit


class ProfileForm(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._base: Profile | None = None
        self.name = QLineEdit()
        self.kind = QComboBox()
        for kind, label in zip(
            KINDS,
            (
                self.tr("Local outbox (test run)"),
                self.tr("Amazon SES (API)"),
                self.tr("SMTP server"),
            ),
            strict=True,
        ):
            self.kind.addItem(label, kind)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.from_addr = QLineEdit()
        self.from_addr.setPlaceholderText(self.tr("Name <news@example.com>"))
        self.reply_to = QLineEdit()
        common = QFormLayout()
        common.addRow(self.tr("Name:"), self.name)
        common.addRow(self.tr("Sends through:"), self.kind)
        common.addRow(self.tr("Default From:"), self.from_addr)
        common.addRow(self.tr("Default Reply-To:"), self.reply_to)

        keep = self.tr("saved only in the system keyring")
        self.region = QLineEdit()
        self.region.setPlaceholderText(self.tr("e.g. ap-northeast-2 (Seoul)"))
        self.aws_profile = QLineEdit()
        self.aws_profile.setPlaceholderText(self.tr("optional: a profile from ~/.aws/credentials"))
        self.access_key = _secret_edit(keep)
        # An identifier, not a secret (AWS shows it in the console): visible, so a typo
        # can be seen. It is still kept only in the keyring, with the secret key.
        self.access_key.setEchoMode(QLineEdit.EchoMode.Normal)
        self.secret_key = _secret_edit(keep)
        self.endpoint = QLineEdit()
        self.endpoint.setPlaceholderText(self.tr("optional"))
        self.configuration_set = QLineEdit()
        self.configuration_set.setPlaceholderText(self.tr("optional; “Set up tracking” fills it"))
        self.ses_box = QGroupBox(self.tr("Amazon SES"))
        ses = QFormLayout(self.ses_box)
        ses.addRow(self.tr("Region:"), self.region)
        ses.addRow(self.tr("AWS profile:"), self.aws_profile)
        ses.addRow(self.tr("Access key ID:"), self.access_key)
        ses.addRow(self.tr("Secret access key:"), self.secret_key)
        ses.addRow(self.tr("Configuration set:"), self.configuration_set)
        ses.addRow(self.tr("Endpoint URL:"), self.endpoint)

        self.smtp_host = QLineEdit()
        self.smtp_host.setPlaceholderText(self.tr("e.g. email-smtp.ap-northeast-2.amazonaws.com"))
        self.smtp_port = QSpinBox(minimum=1, maximum=65535, value=587)
        self.smtp_security = QComboBox()
        for value, label in zip(
            SECURITY,
            (self.tr("STARTTLS"), self.tr("SSL/TLS"), self.tr("None (local only)")),
            strict=True,
        ):
            self.smtp_security.addItem(label, value)
        self.smtp_user = QLineEdit()
        self.smtp_password = _secret_edit(keep)
        self.smtp_box = QGroupBox(self.tr("SMTP server"))
        smtp = QFormLayout(self.smtp_box)
        smtp.addRow(self.tr("Host:"), self.smtp_host)
        smtp.addRow(self.tr("Port:"), self.smtp_port)
        smtp.addRow(self.tr("Security:"), self.smtp_security)
        smtp.addRow(self.tr("User name:"), self.smtp_user)
        smtp.addRow(self.tr("Password:"), self.smtp_password)
        smtp.addRow(self._access_key_box())

        self.outbox_dir = QLineEdit()
        self.outbox_dir.setPlaceholderText(self.tr("default: the app's data folder"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        folder = QHBoxLayout()
        folder.addWidget(self.outbox_dir, 1)
        folder.addWidget(browse)
        self.outbox_box = QGroupBox(self.tr("Local outbox"))
        outbox = QFormLayout(self.outbox_box)
        outbox.addRow(self.tr("Folder:"), folder)

        # Unset limits (the default) are the transport's: see mailer.sending.plan.
        self.default_limits = QCheckBox(self.tr("Use the default limits"))
        self.default_limits.setChecked(True)
        self.default_note = QLabel()
        self.default_note.setWordWrap(True)
        self.rate = QDoubleSpinBox(minimum=0, maximum=10_000, decimals=1, value=0.0)
        self.rate.setSpecialValueText(self.tr("no limit"))
        self.rate.setSuffix(self.tr(" per second"))
        self.daily = QSpinBox(minimum=0, maximum=100_000_000, value=200)
        self.daily.setSuffix(self.tr(" per 24 hours"))
        self.daily_unlimited = QCheckBox(self.tr("no daily limit"))
        self.daily_unlimited.setChecked(True)
        self.daily_unlimited.toggled.connect(lambda _on: self._limits_enabled())
        self.default_limits.toggled.connect(lambda _on: self._limits_enabled())
        self.smtp_host.textChanged.connect(lambda _t: self._show_default_limits())
        daily = QHBoxLayout()
        daily.addWidget(self.daily, 1)
        daily.addWidget(self.daily_unlimited)
        self.limits_box = QGroupBox(self.tr("Sending limits"))
        limits = QFormLayout(self.limits_box)
        limits.addRow(self.default_limits)
        limits.addRow(self.default_note)
        limits.addRow(self.tr("Rate:"), self.rate)
        limits.addRow(self.tr("Daily:"), daily)
        self._limits_enabled()
        self.advertising_box = self._advertising_box()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(common)
        for box in (
            self.ses_box,
            self.smtp_box,
            self.outbox_box,
            self.limits_box,
            self.advertising_box,
        ):
            layout.addWidget(box)
        layout.addStretch(1)
        self._kind_changed()

    def _advertising_box(self) -> QGroupBox:
        """Korean advertising-mail rules: the default marking and the consent date."""
        self.advertising = QComboBox()
        for label, value in (
            (self.tr("Automatic: yes when the computer's language is Korean"), "auto"),
            (self.tr("Yes: mark every new campaign as advertising"), "on"),
            (self.tr("No: only when I tick it on Review & send"), "off"),
        ):
            self.advertising.addItem(label, value)
        self.consent_confirmed = QLineEdit()
        self.consent_confirmed.setPlaceholderText(self.tr("YYYY-MM-DD (not yet)"))
        today = QPushButton(self.tr("Today"))
        today.clicked.connect(lambda: self.consent_confirmed.setText(dt.date.today().isoformat()))
        consent = QHBoxLayout()
        consent.addWidget(self.consent_confirmed, 1)
        consent.addWidget(today)
        note = QLabel(
            self.tr(
                "Korean law: advertising mail starts its subject with “(광고)”, names the "
                "sender and a contact, offers a free unsubscribe, and its recipients' consent "
                "is re-confirmed every two years."
            )
        )
        note.setWordWrap(True)
        box = QGroupBox(self.tr("Advertising mail (Korea)"))
        form = QFormLayout(box)
        form.addRow(note)
        form.addRow(self.tr("Mark as advertising:"), self.advertising)
        form.addRow(self.tr("Consent last re-confirmed:"), consent)
        return box

    def _access_key_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Amazon SES: fill these settings from an AWS access key"))
        note = QLabel(
            self.tr(
                "The user name becomes the access key ID, the host the region's SES SMTP "
                "endpoint (port 587, STARTTLS), and the password is derived from the secret "
                "access key and stored only in the system keyring. The IAM user needs the "
                "ses:SendRawEmail permission."
            )
        )
        note.setWordWrap(True)
        self.access_key_note = note
        self.smtp_key_id = QLineEdit()
        self.smtp_key_id.setPlaceholderText("AKIA…")
        self.smtp_secret = _secret_edit(self.tr("used once, not stored"))
        self.smtp_region = QComboBox()
        self.smtp_region.setEditable(True)
        self.smtp_region.setEditText("us-east-1")
        self.fill_button = QPushButton(self.tr("Fill SMTP settings"))
        self.fill_button.clicked.connect(self.fill_from_access_key)
        form = QFormLayout(box)
        form.addRow(note)
        form.addRow(self.tr("Access key ID:"), self.smtp_key_id)
        form.addRow(self.tr("Secret access key:"), self.smtp_secret)
        form.addRow(self.tr("Region:"), self.smtp_region)
        form.addRow("", self.fill_button)
        run_task(lambda _c: ses_regions(), self._regions, lambda _e: None, receiver=self)
        return box

    def _regions(self, regions: list[str]) -> None:
        chosen = self.smtp_region.currentText()
        self.smtp_region.clear()
        self.smtp_region.addItems(regions)
        self.smtp_region.setEditText(chosen)

    def fill_from_access_key(self) -> None:
        from mailer import ConfigError

        key_id, secret = self.smtp_key_id.text().strip(), self.smtp_secret.text().strip()
        region = self.smtp_region.currentText().strip()
        if not key_id or not secret:
            text = self.tr("Paste the IAM user's access key ID and secret access key.")
            show_error(self, ConfigError(text))
            return
        self.fill_button.setEnabled(False)

        def work(_c: threading.Event) -> SmtpAccess:
            return smtp_access(key_id, secret, region)

        run_task(work, self._filled, self._fill_failed, receiver=self)

    def _filled(self, access: SmtpAccess) -> None:
        self.fill_button.setEnabled(True)
        self.smtp_host.setText(access.host)
        self.smtp_port.setValue(587)
        self.smtp_security.setCurrentIndex(max(0, self.smtp_security.findData("starttls")))
        self.smtp_user.setText(access.user)
        self.smtp_password.setText(access.password)
        self.smtp_secret.clear()

    def _fill_failed(self, exc: BaseException) -> None:
        self.fill_button.setEnabled(True)
        show_error(self, exc)

    def _browse(self) -> None:
        chosen = ask_folder(self, self.tr("Outbox folder"))
        if chosen:
            self.outbox_dir.setText(chosen)

    def kind_value(self) -> str:
        return str(self.kind.currentData())

    def _kind_changed(self) -> None:
        kind = self.kind_value()
        self.ses_box.setVisible(kind == "ses")
        self.smtp_box.setVisible(kind == "smtp")
        self.outbox_box.setVisible(kind == "outbox")
        self.limits_box.setVisible(kind != "ses")  # SES tells its own limits
        self._show_default_limits()

    def _limits_enabled(self) -> None:
        own = not self.default_limits.isChecked()
        self.rate.setEnabled(own)
        self.daily_unlimited.setEnabled(own)
        self.daily.setEnabled(own and not self.daily_unlimited.isChecked())

    def _show_default_limits(self) -> None:
        """The defaults in words, as `mailer send --help` and the README give them."""
        from mailer import Profile
        from mailer.service import limits_by_default

        probe = Profile(kind=self.kind_value(), smtp_host=self.smtp_host.text().strip())
        if self.kind_value() == "outbox":
            text = self.tr("Default: no rate limit and no daily limit (a rehearsal).")
        elif limits_by_default(probe) == "ses_account":
            text = self.tr(
                "Default: the limits of the Amazon SES account behind this SMTP endpoint, "
                "read with your AWS credentials; without them the sandbox's, 1 a second "
                "and 200 a day."
            )
        else:
            text = self.tr("Default: no rate limit and no daily limit.")
        self.default_note.setText(text)

    def set_profile(self, profile: Profile, *, fixed_name: bool = False) -> None:
        self._base = profile
        # A saved profile keeps its name (the keyring's entries hang off it): shown in
        # the app's language for the default one, and read back from the profile.
        self.name.setText(profile_label(profile.name) if fixed_name else profile.name)
        self.name.setReadOnly(fixed_name)
        self.kind.setCurrentIndex(max(0, self.kind.findData(profile.kind)))
        self.from_addr.setText(profile.from_addr)
        self.reply_to.setText(profile.reply_to)
        self.region.setText(profile.region)
        self.aws_profile.setText(profile.aws_profile)
        self.endpoint.setText(profile.endpoint_url)
        self.configuration_set.setText(profile.configuration_set)
        self.smtp_host.setText(profile.smtp_host)
        self.smtp_port.setValue(profile.smtp_port)
        security = self.smtp_security.findData(profile.smtp_security)
        self.smtp_security.setCurrentIndex(max(0, security))
        self.smtp_user.setText(profile.smtp_user)
        self.outbox_dir.setText(profile.outbox_dir)
        self.default_limits.setChecked(profile.rate is None and profile.daily is None)
        self.rate.setValue(profile.rate or 0.0)
        self.daily_unlimited.setChecked(not profile.daily)  # None or 0: no daily limit
        self.daily.setValue(profile.daily or 200)
        self.advertising.setCurrentIndex(max(0, self.advertising.findData(profile.advertising)))
        self.consent_confirmed.setText(profile.consent_confirmed)
        for edit in (self.access_key, self.secret_key, self.smtp_password, self.smtp_secret):
            edit.clear()
        self.smtp_key_id.clear()
        if profile.region:
            self.smtp_region.setEditText(profile.region)
        self._kind_changed()

    def profile(self) -> Profile:
        """The profile as typed (tracking fields kept from the loaded one)."""
        from mailer import Profile

        base = self._base or Profile()
        fixed = self._base is not None and self.name.isReadOnly()
        return replace(
            base,
            name=base.name if fixed else self.name.text().strip(),
            kind=self.kind_value(),
            from_addr=self.from_addr.text().strip(),
            reply_to=self.reply_to.text().strip(),
            region=self.region.text().strip(),
            aws_profile=self.aws_profile.text().strip(),
            endpoint_url=self.endpoint.text().strip(),
            configuration_set=self.configuration_set.text().strip(),
            smtp_host=self.smtp_host.text().strip(),
            smtp_port=self.smtp_port.value(),
            smtp_security=str(self.smtp_security.currentData()),
            smtp_user=self.smtp_user.text().strip(),
            outbox_dir=self.outbox_dir.text().strip(),
            rate=self._limits()[0],
            daily=self._limits()[1],
            advertising=str(self.advertising.currentData()),
            consent_confirmed=self.consent_confirmed.text().strip(),
        )

    def _limits(self) -> tuple[float | None, int | None]:
        """(rate, daily) as typed; None for both: the transport's default (0: no limit)."""
        if self.default_limits.isChecked():
            return None, None
        daily = 0 if self.daily_unlimited.isChecked() else self.daily.value()
        return float(self.rate.value()), daily

    def secrets(self) -> dict[str, str]:
        """Secrets the user typed for this kind of profile (keyring key -> value); empty
        fields, and those of another kind (keys typed before switching to SMTP), are
        left out."""
        from mailer import credentials

        typed = {
            credentials.AWS_ACCESS_KEY_ID: self.access_key.text().strip(),
            credentials.AWS_SECRET_ACCESS_KEY: self.secret_key.text().strip(),
            credentials.SMTP_PASSWORD: self.smtp_password.text(),
        }
        return secrets_for(self.kind_value(), typed)


def secrets_for(kind: str, values: Mapping[str, str]) -> dict[str, str]:
    """The secrets a profile of ``kind`` uses, non-empty, from ``values``."""
    from mailer import credentials

    wanted = {
        "ses": {credentials.AWS_ACCESS_KEY_ID, credentials.AWS_SECRET_ACCESS_KEY},
        "smtp": {credentials.SMTP_PASSWORD},
    }.get(kind, set())
    return {key: value for key, value in values.items() if key in wanted and value}
