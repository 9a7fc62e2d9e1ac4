"""Sender settings: From name and address, Reply-To, unsubscribe targets.

The From address is offered from the profile's verified identities when it is SES.
Every edit is checked with ``SenderSettings.parse`` (cheap, no I/O) and published on
the AppContext; the fields are remembered in QSettings.
"""

from __future__ import annotations

from email.utils import parseaddr

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QLineEdit, QWidget

from ui import prefs
from ui.context import AppContext
from ui.errors import is_user_error


def _quoted(name: str) -> str:
    return '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'


class SenderPanel(QGroupBox):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Sender"))
        self.context = context
        self.from_name = QLineEdit(prefs.get_str("sender/from_name"))
        self.from_name.setPlaceholderText(self.tr("e.g. Hana Flower Shop"))
        self.from_addr = QComboBox()
        self.from_addr.setEditable(True)
        self.from_addr.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.from_addr.setEditText(prefs.get_str("sender/from_addr"))
        address_edit = self.from_addr.lineEdit()
        assert address_edit is not None  # editable combo boxes always have one
        address_edit.setPlaceholderText(self.tr("news@example.com"))
        self.reply_to = QLineEdit(prefs.get_str("sender/reply_to"))
        self.reply_to.setPlaceholderText(self.tr("optional"))
        self.unsubscribe = QLineEdit(prefs.get_str("sender/unsubscribe"))
        self.unsubscribe.setPlaceholderText(
            self.tr("https://… or mailto:… (several: separate with spaces)")
        )
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #c62828;")
        self.hint = QLabel()
        self.hint.setWordWrap(True)

        form = QFormLayout(self)
        form.addRow(self.tr("From name:"), self.from_name)
        form.addRow(self.tr("From address:"), self.from_addr)
        form.addRow(self.tr("Reply-To:"), self.reply_to)
        form.addRow(self.tr("Unsubscribe:"), self.unsubscribe)
        form.addRow(self.hint)
        form.addRow(self.problem)

        self._timer = QTimer(self, singleShot=True, interval=200)
        self._timer.timeout.connect(self.publish)
        for edit in (self.from_name, self.reply_to, self.unsubscribe, address_edit):
            edit.textChanged.connect(lambda _t: self._timer.start())
        context.identities_changed.connect(self._offer_identities)
        context.template_changed.connect(self._template_defaults)
        context.profile_changed.connect(self._profile_defaults)
        self._profile_defaults()

    def _offer_identities(self) -> None:
        current = self.from_addr.currentText()
        self.from_addr.blockSignals(True)
        self.from_addr.clear()
        self.from_addr.addItems(self.context.verified_emails())
        self.from_addr.setEditText(current)
        self.from_addr.blockSignals(False)
        domains = [i.name for i in self.context.identities if i.verified and i.kind == "domain"]
        self.hint.setText(
            self.tr("Any address at a verified domain works: %1").replace("%1", ", ".join(domains))
            if domains
            else ""
        )

    def _fill_empty(self, header: str) -> None:
        name, addr = parseaddr(header)
        if addr and not self.from_addr.currentText().strip():
            self.from_addr.setEditText(addr)
            if name and not self.from_name.text().strip():
                self.from_name.setText(name)

    def _template_defaults(self) -> None:
        template = self.context.template
        if template is None:
            return
        self._fill_empty(template.settings.from_addr)
        if template.settings.reply_to and not self.reply_to.text().strip():
            self.reply_to.setText(template.settings.reply_to)

    def _profile_defaults(self) -> None:
        profile = self.context.profile
        self._fill_empty(profile.from_addr)
        if profile.reply_to and not self.reply_to.text().strip():
            self.reply_to.setText(profile.reply_to)
        self.publish()

    def publish(self) -> None:
        """Check the fields and publish a SenderSettings (or why there is none)."""
        from mailer import SenderSettings

        name, addr = self.from_name.text().strip(), self.from_addr.currentText().strip()
        prefs.set_str("sender/from_name", name)
        prefs.set_str("sender/from_addr", addr)
        prefs.set_str("sender/reply_to", self.reply_to.text().strip())
        prefs.set_str("sender/unsubscribe", self.unsubscribe.text().strip())
        if not addr:
            self.problem.setText(self.tr("Enter the address your newsletter comes from."))
            self.context.set_sender(None, self.problem.text())
            return
        try:
            # The name is kept as typed (Korean too); the core encodes it when building.
            sender = SenderSettings.parse(
                f"{_quoted(name)} <{addr}>" if name else addr,
                reply_to=self.reply_to.text().strip(),
                unsubscribe=self.unsubscribe.text().split(),
            )
        except Exception as exc:
            if not is_user_error(exc):
                raise
            self.problem.setText(str(exc))
            self.context.set_sender(None, str(exc))
            return
        self.problem.setText("")
        self.context.set_sender(sender)
