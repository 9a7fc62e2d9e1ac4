"""Settings → Account: profiles (local outbox, SES API, SMTP), connection test, tracking.

Edits a copy of the core's Settings; OK stores typed secrets in the keyring
(mailer.credentials) and saves the settings file, both in a worker. Every network
call (limits, identities, verification, tracking set-up) runs in a worker too.
"""

from __future__ import annotations

import dataclasses
import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ui.context import AppContext
from ui.dialogs.profile_form import ProfileForm, secrets_for
from ui.errors import error_text, is_user_error, show_error
from ui.ops.account import (
    connection_report,
    save_settings,
    set_up_tracking,
    store_secrets,
    verify_address,
)
from ui.ops.tasks import run_task
from ui.profile_label import profile_label

if TYPE_CHECKING:
    from mailer import Profile, Settings

_NAME = Qt.ItemDataRole.UserRole  # a list item's profile name (its text is the label)


class AccountDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Account and profiles"))
        self.resize(900, 680)
        self.profiles: dict[str, Profile] = {
            name: dataclasses.replace(p) for name, p in context.settings.profiles.items()
        }
        self.active = context.settings.active
        self.secrets: dict[str, dict[str, str]] = {}  # profile -> typed secrets, until OK
        self.new_names: set[str] = set()
        self.current: str | None = None

        self.list = QListWidget()
        # Items show profile_label(name) and carry the name itself (_NAME).
        self.list.currentItemChanged.connect(self._item_selected)
        add = QPushButton(self.tr("Add"))
        add.clicked.connect(self.add_profile)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove_profile)
        self.use_button = QPushButton(self.tr("Use this profile"))
        self.use_button.clicked.connect(self.use_profile)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("Profiles (bold = in use):")))
        left_layout.addWidget(self.list, 1)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(self.remove_button)
        left_layout.addLayout(row)
        left_layout.addWidget(self.use_button)

        self.form = ProfileForm()
        self.form.kind.currentIndexChanged.connect(self._kind_changed)
        # A result said about the other kind of profile no longer applies.
        self.form.kind.currentIndexChanged.connect(self._forget_result)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)

        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.clicked.connect(self.test_connection)
        self.tracking_button = QPushButton(self.tr("Set up tracking"))
        self.tracking_button.setToolTip(
            self.tr(
                "Create the SES configuration set, SNS topic and SQS queue that report "
                "deliveries, bounces and complaints back to Bulk Mailer"
            )
        )
        self.tracking_button.clicked.connect(self.set_up_tracking)
        self.verify_edit = QLineEdit()
        self.verify_edit.setPlaceholderText(self.tr("address to verify"))
        self.verify_button = QPushButton(self.tr("Verify address"))
        self.verify_button.clicked.connect(self.verify)
        actions = QHBoxLayout()
        actions.addWidget(self.test_button)
        actions.addWidget(self.tracking_button)
        actions.addStretch(1)
        actions.addWidget(self.verify_edit)
        actions.addWidget(self.verify_button)
        self.report = QPlainTextEdit(readOnly=True)
        self.report.setPlaceholderText(
            self.tr("“Test connection” shows the sending limits, sandbox status and identities.")
        )
        self.report.setMaximumHeight(170)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(scroll, 1)
        right_layout.addLayout(actions)
        right_layout.addWidget(self.report)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        split.setSizes([220, 680])

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addWidget(self.buttons)
        self._fill_list(self.active)

    # -- the list ------------------------------------------------------------
    def _fill_list(self, select: str) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for name in sorted(self.profiles, key=str.casefold):
            item = QListWidgetItem(profile_label(name))
            item.setData(_NAME, name)
            if name == self.active:
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)
            self.list.addItem(item)
        self.list.blockSignals(False)
        found = self._item(select)
        self.current = None
        self.list.setCurrentItem(found if found is not None else self.list.item(0))

    def _item(self, name: str) -> QListWidgetItem | None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(_NAME) == name:
                return item
        return None

    def _item_selected(self, item: QListWidgetItem | None) -> None:
        self._selected("" if item is None else str(item.data(_NAME)))

    def _selected(self, name: str) -> None:
        if self.current is not None and not self._commit():
            self._reselect(self.current)
            return
        if name not in self.profiles:
            return
        item = self.list.currentItem()
        if item is None or item.data(_NAME) != name:
            # Committing a rename rebuilt the list and selected the renamed profile: show
            # the one clicked selected, so that Remove acts on what the user sees.
            self._reselect(name)
        self.current = name
        self.report.clear()
        self.form.set_profile(self.profiles[name], fixed_name=name not in self.new_names)
        self.remove_button.setEnabled(name != self._default_name())
        self._kind_changed()

    def _reselect(self, name: str) -> None:
        self.list.blockSignals(True)
        item = self._item(name)
        if item is not None:
            self.list.setCurrentItem(item)
        self.list.blockSignals(False)

    @staticmethod
    def _default_name() -> str:
        from mailer import DEFAULT_PROFILE

        return DEFAULT_PROFILE

    def _commit(self) -> bool:
        """Form -> working copy; False (and a message) when the form is not valid."""
        if self.current is None:
            return True
        profile = self.form.profile()
        typed = self.form.secrets()  # before a rename rebuilds the form
        try:
            profile.validate(self.tr("this profile"))
        except Exception as exc:
            show_error(self, exc)
            return False
        if profile.name != self.current:
            if profile.name in self.profiles:
                self.report.setPlainText(self.tr("There is already a profile with that name."))
                return False
            del self.profiles[self.current]
            self.new_names.discard(self.current)
            self.new_names.add(profile.name)
            if self.active == self.current:
                self.active = profile.name
            self.secrets[profile.name] = self.secrets.pop(self.current, {})
            self.profiles[profile.name] = profile
            self.current = None  # nothing to commit while the list is rebuilt
            self._fill_list(profile.name)
        self.profiles[profile.name] = profile
        if typed:
            self.secrets.setdefault(profile.name, {}).update(typed)
        return True

    def add_profile(self) -> None:
        from mailer import Profile

        if not self._commit():
            return
        number = 1
        while f"SES {number}" in self.profiles:
            number += 1
        name = f"SES {number}"
        self.profiles[name] = Profile(name=name, kind="ses")
        self.new_names.add(name)
        self.current = None
        self._fill_list(name)

    def remove_profile(self) -> None:
        name = self.current
        if name is None or name == self._default_name():
            return
        answer = QMessageBox.question(
            self, self.tr("Remove profile"),
            self.tr("Remove the profile “%1”? Nothing changes until you press OK.").replace(
                "%1", name
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )  # fmt: skip
        if answer != QMessageBox.StandardButton.Yes:
            return
        del self.profiles[name]
        self.secrets.pop(name, None)
        if self.active == name:
            self.active = self._default_name()
        self.current = None
        self._fill_list(self.active)

    def use_profile(self) -> None:
        if self._commit() and self.current is not None:
            self.active = self.current
            self._fill_list(self.current)

    def _forget_result(self, _index: int) -> None:
        self.report.clear()

    def _kind_changed(self) -> None:
        ses = self.form.kind_value() == "ses"
        self.tracking_button.setEnabled(ses)
        self.verify_button.setEnabled(ses)
        self.verify_edit.setEnabled(ses)

    # -- network actions -----------------------------------------------------
    def _busy(self, text: str) -> None:
        self.report.setPlainText(text)
        for button in (self.test_button, self.tracking_button, self.verify_button):
            button.setEnabled(False)

    def _idle(self) -> None:
        self.test_button.setEnabled(True)
        self._kind_changed()

    def _report_error(self, exc: BaseException) -> None:
        self._idle()
        if is_user_error(exc):
            self.report.setPlainText(error_text(exc))
        else:
            show_error(self, exc)

    def _prepared(self) -> tuple[Profile, dict[str, str]] | None:
        if not self._commit() or self.current is None:
            return None
        profile = self.profiles[self.current]
        return profile, secrets_for(profile.kind, self.secrets.get(self.current, {}))

    def test_connection(self) -> None:
        prepared = self._prepared()
        if prepared is None:
            return
        profile, secrets = prepared
        self._busy(self.tr("Connecting…"))

        def work(_c: threading.Event) -> str:
            store_secrets(profile.name, secrets)  # the core reads keys only from the keyring
            return connection_report(profile)

        run_task(work, self._tested, self._report_error, receiver=self)

    def _tested(self, text: str) -> None:
        self._idle()
        self.report.setPlainText(text)

    def set_up_tracking(self) -> None:
        prepared = self._prepared()
        if prepared is None:
            return
        profile, secrets = prepared
        self._busy(self.tr("Setting up tracking… (this takes a few seconds)"))

        def work(_c: threading.Event) -> Profile:
            store_secrets(profile.name, secrets)
            return set_up_tracking(profile)

        run_task(work, self._tracking_ready, self._report_error, receiver=self)

    def _tracking_ready(self, profile: Profile) -> None:
        self._idle()
        self.profiles[profile.name] = profile
        if self.current == profile.name:
            self.form.set_profile(profile, fixed_name=profile.name not in self.new_names)
        self.report.setPlainText(
            self.tr("Tracking is set up: configuration set %1, queue %2. Click OK to keep it.")
            .replace("%1", profile.configuration_set)
            .replace("%2", profile.tracking_queue_url)
        )

    def verify(self) -> None:
        address = self.verify_edit.text().strip()
        prepared = self._prepared()
        if prepared is None or "@" not in address:
            self.report.setPlainText(self.tr("Type the e-mail address to verify."))
            return
        profile, secrets = prepared
        self._busy(self.tr("Asking Amazon SES to verify %1…").replace("%1", address))

        def work(_c: threading.Event) -> None:
            store_secrets(profile.name, secrets)
            verify_address(profile, address)

        run_task(work, lambda _r: self._verified(address), self._report_error, receiver=self)

    def _verified(self, address: str) -> None:
        self._idle()
        self.report.setPlainText(
            self.tr(
                "Amazon SES sent a confirmation link to %1. Open it, then test the "
                "connection again to see the address as verified."
            ).replace("%1", address)
        )

    # -- saving --------------------------------------------------------------
    def save(self) -> None:
        if not self._commit():
            return
        settings = dataclasses.replace(
            self.context.settings, profiles=dict(self.profiles), active=self.active
        )
        secrets = {  # only what each profile's kind uses (keys typed before a switch: not)
            name: secrets_for(self.profiles[name].kind, values)
            for name, values in self.secrets.items()
            if name in self.profiles
        }
        self.buttons.setEnabled(False)
        run_task(
            lambda _c: save_settings(settings, secrets),
            lambda _r: self._saved(settings),
            self._save_failed,
            receiver=self,
        )

    def _saved(self, settings: Settings) -> None:
        self.context.settings = settings
        self.context.settings_replaced()
        self.accept()

    def _save_failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        show_error(self, exc, self.tr("Cannot save the settings"))
