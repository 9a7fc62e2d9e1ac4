"""Sender settings: From name and address, Reply-To, unsubscribe targets.

The From address is offered from the profile's verified identities when it is SES.
Every edit is checked with ``SenderSettings.parse`` (cheap, no I/O) and published on
the AppContext.

Choosing a template fills in its From/Reply-To (template.toml), else the profile's;
an empty Unsubscribe field means the template's own targets (shown as the hint). A
value the user typed is never replaced without asking. Only typed values are
remembered across restarts: a template's demo sender is filled in again from the
template, never kept as if the user had typed it.
"""

from __future__ import annotations

import json
from email.utils import parseaddr

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from ui import prefs
from ui.context import AppContext
from ui.errors import error_text, is_user_error


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
        # The value last filled in per field; equal to it means "not typed".
        self._auto: dict[str, str] = {}
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

    # -- defaults from the template and the profile ------------------------------
    def _fields(self) -> dict[str, str]:
        return {
            "from_name": self.from_name.text().strip(),
            "from_addr": self.from_addr.currentText().strip(),
            "reply_to": self.reply_to.text().strip(),
            "unsubscribe": self.unsubscribe.text().strip(),
        }

    def _set_field(self, key: str, value: str) -> None:
        if key == "from_addr":
            self.from_addr.setEditText(value)
        else:
            {
                "from_name": self.from_name,
                "reply_to": self.reply_to,
                "unsubscribe": self.unsubscribe,
            }[key].setText(value)

    def _defaults(self) -> dict[str, str]:
        """What the fields hold when the user typed nothing: the template's sender,
        else the profile's; an empty Unsubscribe (= the template's targets)."""
        template, profile = self.context.template, self.context.profile
        header = (template.settings.from_addr if template else "") or profile.from_addr
        name, addr = parseaddr(header) if header else ("", "")
        reply_to = (template.settings.reply_to if template else "") or profile.reply_to
        return {"from_name": name, "from_addr": addr, "reply_to": reply_to, "unsubscribe": ""}

    def typed(self, key: str) -> bool:
        """Whether the field holds something the user entered (not a filled-in default)."""
        value = self._fields()[key]
        return bool(value) and value != self._auto.get(key, "")

    def _apply_defaults(self, *, ask: bool) -> None:
        """Fill each field the user did not type with its default; a typed one is
        replaced only by something the template or profile offers, and only if the user
        says so (when ``ask``): an empty default never asks to clear a typed value."""
        wanted = self._defaults()
        current = self._fields()
        template = self.context.template
        own_unsubscribe = template is not None and bool(template.settings.unsubscribe)

        def offered(key: str) -> bool:
            return bool(wanted[key]) or (key == "unsubscribe" and own_unsubscribe)

        conflicts = [k for k in wanted if wanted[k] != current[k] and self.typed(k) and offered(k)]
        for key, value in wanted.items():
            if value != current[key] and not self.typed(key):
                self._set_field(key, value)
        if conflicts and ask and self._replace_typed(conflicts, wanted):
            for key in conflicts:
                self._set_field(key, wanted[key])
        self._auto = wanted
        self.publish()

    def _replace_typed(self, keys: list[str], wanted: dict[str, str]) -> bool:
        labels = {
            "from_name": self.tr("From name"),
            "from_addr": self.tr("From address"),
            "reply_to": self.tr("Reply-To"),
            "unsubscribe": self.tr("Unsubscribe"),
        }
        lines = [f"{labels[k]}: {wanted[k] or self.tr('(the template’s own)')}" for k in keys]
        template = self.context.template
        answer = QMessageBox.question(
            self,
            self.tr("Use the template's sender?"),
            self.tr("The template %1 sets:\n%2\n\nReplace what you entered?")
            .replace("%1", template.name if template else "")
            .replace("%2", "\n".join(lines)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _template_defaults(self) -> None:
        template = self.context.template
        if template is None:
            return
        entries = " ".join(template.settings.unsubscribe)
        self.unsubscribe.setPlaceholderText(
            self.tr("From the template: %1").replace("%1", entries)
            if entries
            else self.tr("https://… or mailto:… (several: separate with spaces)")
        )
        # Reloads of the same template (a file saved) do not ask again; a template
        # chosen last time, restored at start, keeps the fields the user typed.
        key = json.dumps([str(self.context.template_folder), self._defaults()], sort_keys=True)
        again = key == prefs.get_str("sender/applied")
        prefs.set_str("sender/applied", key)
        self._apply_defaults(ask=not again)

    def _profile_defaults(self) -> None:
        self._apply_defaults(ask=False)

    def publish(self) -> None:
        """Check the fields and publish a SenderSettings (or why there is none)."""
        from mailer import SenderSettings

        name, addr = self.from_name.text().strip(), self.from_addr.currentText().strip()
        for key, value in self._fields().items():  # only what the user typed is kept
            prefs.set_str(f"sender/{key}", value if self.typed(key) else "")
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
            self.problem.setText(error_text(exc))
            self.context.set_sender(None, error_text(exc))
            return
        self.problem.setText("")
        self.context.set_sender(sender)
