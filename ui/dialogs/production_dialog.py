"""The request to leave the SES sandbox (PutAccountDetails), as a form.

AWS reads the request in English or Japanese only, so the use-case text is a template in
English for the user to edit. The request is validated by the core before it is sent;
the answer (review status and case id) shows in the dialog.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ui.errors import show_error
from ui.models.checklist import ses_status
from ui.ops.setup import request_production
from ui.ops.tasks import run_task

if TYPE_CHECKING:
    from mailer import ProductionRequest, Profile, ReviewState


class ProductionDialog(QDialog):
    def __init__(self, profile: Profile, parent: QWidget | None = None) -> None:
        from mailer import DEFAULT_USE_CASE

        super().__init__(parent)
        self.profile = profile
        self.state: ReviewState | None = None
        self.setWindowTitle(self.tr("Request production access"))
        self.resize(720, 640)
        intro = QLabel(
            self.tr(
                "AWS reviews this request and usually answers within a day. Until then the "
                "account stays in the sandbox (verified addresses only, 200 messages a day)."
            )
        )
        intro.setWordWrap(True)
        self.mail_type = QComboBox()
        self.mail_type.addItem(self.tr("Marketing (newsletters, offers)"), "MARKETING")
        self.mail_type.addItem(self.tr("Transactional (orders, accounts)"), "TRANSACTIONAL")
        self.website = QLineEdit()
        self.website.setPlaceholderText("https://shop.example.com")
        english = QLabel(
            self.tr(
                "AWS reviews requests in English or Japanese only, so write the use case in "
                "English. Replace the parts in brackets."
            )
        )
        english.setWordWrap(True)
        english.setStyleSheet("color: #b26a00;")
        self.use_case = QPlainTextEdit(DEFAULT_USE_CASE)
        self.use_case.setMinimumHeight(200)
        self.language = QComboBox()
        self.language.addItem(self.tr("English"), "EN")
        self.language.addItem(self.tr("Japanese"), "JA")
        language_note = QLabel(
            self.tr("SES accepts only English or Japanese as the language AWS writes to you in.")
        )
        language_note.setWordWrap(True)
        self.contacts = QLineEdit()
        self.contacts.setPlaceholderText(self.tr("optional: up to 4 addresses, comma-separated"))
        form = QFormLayout()
        form.addRow(self.tr("Mail type:"), self.mail_type)
        form.addRow(self.tr("Website URL:"), self.website)
        form.addRow(self.tr("Use case:"), english)
        form.addRow("", self.use_case)
        form.addRow(self.tr("Contact language:"), self.language)
        form.addRow("", language_note)
        form.addRow(self.tr("Extra contacts:"), self.contacts)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.send_button = self.buttons.addButton(
            self.tr("Send request"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.send_button.clicked.connect(self.send)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form, 1)
        layout.addWidget(self.result_label)
        layout.addWidget(self.buttons)

    def request(self) -> ProductionRequest:
        from mailer import ProductionRequest

        contacts = tuple(c for c in self.contacts.text().replace(";", ",").split(",") if c.strip())
        return ProductionRequest(
            website_url=self.website.text(),
            use_case=self.use_case.toPlainText(),
            mail_type=str(self.mail_type.currentData()),
            language=str(self.language.currentData()),
            extra_contacts=contacts,
        )

    def send(self) -> None:
        try:
            request = self.request().validated()  # no I/O: a sentence at once
        except Exception as exc:
            show_error(self, exc, self.tr("Request production access"))
            return
        self.send_button.setEnabled(False)
        self.result_label.setText(self.tr("Sending the request to AWS…"))
        profile = self.profile

        def work(_c: threading.Event) -> ReviewState:
            return request_production(profile, request)

        run_task(work, self._sent, self._failed, receiver=self)

    def _sent(self, state: ReviewState) -> None:
        self.state = state
        self.result_label.setText(
            self.tr("Request sent. Review status: %1, case %2.")
            .replace("%1", ses_status(state.status))
            .replace("%2", state.case_id or "—")
        )
        self.buttons.clear()
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)  # rejected: closes

    def _failed(self, exc: BaseException) -> None:
        self.send_button.setEnabled(True)
        self.result_label.clear()
        show_error(self, exc, self.tr("Request production access"))
