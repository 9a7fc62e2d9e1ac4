"""Preview one recipient's message exactly as it will be sent, and send it as a test.

Rendering and building (mailer.content.templates / mailer.content.message) run in a worker; From, To
and Subject are decoded back from the built bytes, so what is shown is what goes
out. "Send test" delivers those same bytes to another address through the active
profile's transport (see ui/ops/trial_send.py).
"""

from __future__ import annotations

import email
import email.policy
import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mailer.states import RowStatus
from ui.context import AppContext
from ui.errors import error_text, is_user_error, show_error
from ui.models.states import reason_label, status_label
from ui.ops.tasks import run_task
from ui.ops.trial_send import TestSendResult, check_sandbox, send_test
from ui.widgets.html_preview import HtmlPreview

if TYPE_CHECKING:
    from mailer import Reason, RecipientTable, RenderedEmail, SenderSettings, TemplateSet

PLACEHOLDER_SENDER = "sender-not-set@example.invalid"


@dataclass(frozen=True)
class BuiltPreview:
    row: int
    message: bytes
    from_header: str
    to_header: str
    subject: str
    text: str
    html: str | None
    status: str
    reason: Reason
    rendered: RenderedEmail | None = None  # what a test send is built from
    recipient: str = ""  # the row's address (the To of the message)


def build_preview(
    table: RecipientTable,
    template: TemplateSet,
    sender: SenderSettings | None,
    row: int,
    *,
    advertising: bool = False,
) -> BuiltPreview:
    """Worker side: render row ``row`` and build its MIME bytes (``advertising``: with
    the "(광고)" subject and notice the campaign adds)."""
    from mailer import SenderSettings, build_message, service

    # As the runner renders it: the recipient's address, the sender's unsubscribe targets.
    sending_as = sender or SenderSettings(from_addr=PLACEHOLDER_SENDER)
    rendered = service.rendered_as_sent(template, table, row, sending_as, advertising=advertising)
    data = build_message(rendered, to=table.emails[row], sender=sending_as)
    parsed = email.message_from_bytes(data, policy=email.policy.default)
    return BuiltPreview(
        row=row,
        message=data,
        from_header=str(parsed.get("From", "")),
        to_header=str(parsed.get("To", "")),
        subject=str(parsed.get("Subject", "")),
        text=rendered.text,
        html=rendered.preview_html(),  # embedded (cid:) images as data: URIs
        status=str(table.statuses[row]),
        reason=table.reasons[row],
        rendered=rendered,
        recipient=table.emails[row],
    )


def find_row(table: RecipientTable, text: str, after: int) -> int | None:
    """Worker side: the next row (wrapping) whose address contains ``text``."""
    import numpy as np
    import pandas as pd

    hits = pd.Series(table.emails, dtype=object).str.contains(text, case=False, regex=False)
    found = np.flatnonzero(hits.to_numpy(dtype=bool, na_value=False))
    if len(found) == 0:
        return None
    later = found[found > after]
    return int(later[0] if len(later) else found[0])


def size_text(size: int) -> str:
    return f"{size:,} B" if size < 10_240 else f"{size / 1024:,.1f} KB"


class PreviewDialog(QDialog):
    def __init__(self, context: AppContext, row: int = 0, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.current: BuiltPreview | None = None
        self.skipped_row: int | None = None  # the data row shown as skipped, if any
        self._back_to_html = False  # a skipped row moved the tabs off the HTML view
        self._generation = 0
        self.setWindowTitle(self.tr("Preview and test send"))
        self.resize(980, 760)

        self.spin = QSpinBox()
        self.spin.setKeyboardTracking(False)
        self.spin.valueChanged.connect(lambda _v: self.refresh_preview())
        self.prev_button = QPushButton(self.tr("◀ Previous"))
        self.prev_button.clicked.connect(lambda: self.spin.stepBy(-1))
        self.next_button = QPushButton(self.tr("Next ▶"))
        self.next_button.clicked.connect(lambda: self.spin.stepBy(1))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Find by e-mail…"))
        self.search.setClearButtonEnabled(True)
        self.search.returnPressed.connect(self.find_recipient)
        self.search.setMinimumWidth(220)
        chooser = QHBoxLayout()
        chooser.addWidget(QLabel(self.tr("Recipient (data row):")))
        chooser.addWidget(self.spin)
        chooser.addWidget(self.prev_button)
        chooser.addWidget(self.next_button)
        chooser.addStretch(1)
        chooser.addWidget(self.search)

        self.from_label, self.to_label = QLabel(), QLabel()
        self.subject_label, self.size_label = QLabel(), QLabel()
        for label in (self.from_label, self.to_label, self.subject_label):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setTextFormat(Qt.TextFormat.PlainText)
        font = self.subject_label.font()
        font.setBold(True)
        self.subject_label.setFont(font)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #c62828;")
        self.warning.hide()
        headers = QFormLayout()
        headers.addRow(self.tr("From:"), self.from_label)
        headers.addRow(self.tr("To:"), self.to_label)
        headers.addRow(self.tr("Subject:"), self.subject_label)
        headers.addRow(self.tr("Size:"), self.size_label)
        headers.addRow(self.warning)

        self.html_view = HtmlPreview()
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.text_view = QPlainTextEdit(readOnly=True)
        self.raw_view = QPlainTextEdit(readOnly=True)
        self.raw_view.setFont(mono)
        self.raw_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.html_view, self.tr("HTML"))
        self.tabs.addTab(self.text_view, self.tr("Plain text"))
        self.tabs.addTab(self.raw_view, self.tr("Raw MIME"))

        self.test_address = QComboBox()
        self.test_address.setEditable(True)
        self.test_address.setMinimumContentsLength(28)
        address_edit = self.test_address.lineEdit()
        assert address_edit is not None  # editable combo boxes always have one
        address_edit.setPlaceholderText(self.tr("you@example.com"))
        self.send_button = QPushButton(self.tr("Send test"))
        self.send_button.clicked.connect(self.send_test)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        test_row = QHBoxLayout()
        test_row.addWidget(QLabel(self.tr("Send this message as a test to:")))
        test_row.addWidget(self.test_address, 1)
        # On by default: a test is told from the campaign's message in outbox and inbox.
        self.test_prefix = QCheckBox(self.tr("Mark as a test ([TEST] in the subject)"))
        self.test_prefix.setChecked(True)
        test_row.addWidget(self.test_prefix)
        test_row.addWidget(self.send_button)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        # Enter in the row box shows that row: no button may take it as the default
        # (◀ Previous did, so Enter showed the row before the one typed).
        for button in (self.prev_button, self.next_button, self.send_button):
            button.setAutoDefault(False)
            button.setDefault(False)
        layout = QVBoxLayout(self)
        layout.addLayout(chooser)
        layout.addLayout(headers)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(test_row)
        layout.addWidget(self.result_label)
        layout.addWidget(buttons)

        self._fill_test_addresses()
        context.table_changed.connect(self._table_changed)
        context.template_changed.connect(self.refresh_preview)
        context.sender_changed.connect(self.refresh_preview)
        context.identities_changed.connect(self._fill_test_addresses)
        self._table_changed(row)

    # -- choosing the recipient ----------------------------------------------
    def _table_changed(self, row: int = 0) -> None:
        table = self.context.table
        count = len(table) if table is not None else 0
        self.spin.blockSignals(True)
        self.spin.setRange(1 if count else 0, count)
        self.spin.setSuffix(self.tr(" of %1").replace("%1", f"{count:,}"))
        self.spin.setValue(min(row + 1, count))
        self.spin.blockSignals(False)
        self.refresh_preview()

    @property
    def row(self) -> int:
        return self.spin.value() - 1

    def find_recipient(self) -> None:
        table, text = self.context.table, self.search.text().strip()
        if table is None or not text:
            return
        after = self.row
        run_task(
            lambda _c: find_row(table, text, after),
            self._found,
            lambda exc: show_error(self, exc),
            receiver=self,
        )

    def _found(self, row: int | None) -> None:
        if row is None:
            self._warn(
                self.tr("No recipient address contains “%1”.").replace(
                    "%1", self.search.text().strip()
                )
            )
        else:
            self.spin.setValue(row + 1)

    def _warn(self, text: str) -> None:
        self.warning.setText(text)
        self.warning.setVisible(bool(text))

    # -- rendering -----------------------------------------------------------
    def refresh_preview(self) -> None:
        table, template, sender = self.context.table, self.context.template, self.context.sender
        self._generation += 1
        generation = self._generation
        if table is None or template is None or len(table) == 0:
            self._show_missing()
            return
        row = self.row
        if table.statuses[row] is not RowStatus.VALID:
            # Not rendered at all: a skipped row gets no message, and the panes must
            # not keep showing the previous recipient's one beside the reason.
            self._show_skipped(row, table.reasons[row], table.statuses[row])
            return
        self.skipped_row = None
        advertising = self.context.advertising_on()

        def work(_cancel: threading.Event) -> BuiltPreview:
            return build_preview(table, template, sender, row, advertising=advertising)

        run_task(
            work,
            lambda built: self._built(generation, built),
            lambda exc: self._build_failed(generation, exc),
            receiver=self,
        )

    def _clear_panes(self) -> None:
        """No message is shown: headers, HTML, text and raw panes all empty."""
        self.current = None
        for label in (self.from_label, self.to_label, self.subject_label, self.size_label):
            label.clear()
        self.html_view.set_html("")
        self.text_view.clear()
        self.raw_view.clear()
        self.send_button.setEnabled(False)

    def _show_skipped(self, row: int, why: Reason, status: str) -> None:
        self._clear_panes()
        self.skipped_row = row
        text = (
            self.tr("Data row %1 is skipped and will not be sent: %2")
            .replace("%1", f"{row + 1:,}")
            .replace("%2", reason_label(why) or status_label(status))
        )
        self._warn(text)
        self.text_view.setPlainText(text)  # said where the message would be, too
        if self.tabs.currentIndex() == 0:
            self.tabs.setCurrentIndex(1)
            self._back_to_html = True  # the next row that has a message shows its HTML again

    def _show_missing(self) -> None:
        self._clear_panes()
        self.skipped_row = None
        if self.context.table is None:
            self._warn(self.tr("Open a recipients file first."))
        else:
            self._warn(self.tr("Choose a template first."))
        self.send_button.setEnabled(False)

    def _built(self, generation: int, built: BuiltPreview) -> None:
        if generation != self._generation:
            return
        self.current = built
        self.from_label.setText(built.from_header)
        self.to_label.setText(built.to_header)
        self.subject_label.setText(built.subject)
        self.size_label.setText(size_text(len(built.message)))
        notes = []
        if self.context.sender is None:
            notes.append(
                self.tr("The sender is not set yet (Template page): %1").replace(
                    "%1", self.context.sender_error
                )
            )
        self._warn("\n".join(notes))
        self.html_view.set_html(built.html or "")
        self.tabs.setTabEnabled(0, built.html is not None)
        if built.html is not None and self._back_to_html:
            self.tabs.setCurrentIndex(0)
        self._back_to_html = False
        if built.html is None and self.tabs.currentIndex() == 0:
            self.tabs.setCurrentIndex(1)
        self.text_view.setPlainText(built.text)
        self.raw_view.setPlainText(built.message.decode("utf-8", errors="replace"))
        self.send_button.setEnabled(self.context.sender is not None)

    def _build_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._clear_panes()  # never the previous recipient's message beside this error
        if not is_user_error(exc):
            show_error(self, exc)
            return
        self._warn(error_text(exc))

    # -- test send -----------------------------------------------------------
    def _fill_test_addresses(self) -> None:
        from mailer import SIMULATOR_ADDRESSES

        typed = self.test_address.currentText()
        self.test_address.clear()
        self.test_address.addItems(self.context.verified_emails())
        if self.context.is_ses:
            self.test_address.addItems(list(SIMULATOR_ADDRESSES))
        self.test_address.setEditText(typed)

    def send_test(self) -> None:
        built, sender = self.current, self.context.sender
        address = self.test_address.currentText().strip()
        if built is None or sender is None:
            return
        if not address or "@" not in address:
            self._show_result(False, self.tr("Type the address to send the test to."))
            return
        refusal = check_sandbox(self.context, address)
        if refusal:
            self._show_result(False, refusal)
            return
        profile = self.context.profile
        self.send_button.setEnabled(False)
        self.result_label.setText(self.tr("Sending to %1…").replace("%1", address))
        prefix = self.test_prefix.isChecked()
        run_task(
            lambda _c: send_test(profile, built, sender, address, prefix=prefix),
            self._sent,
            self._send_failed,
            receiver=self,
        )

    def _sent(self, outcome: TestSendResult) -> None:
        self.send_button.setEnabled(True)
        if outcome.error:
            self._show_result(False, outcome.error)
        else:
            self._show_result(
                True,
                self.tr("Sent to %1. Message id: %2")
                .replace("%1", outcome.recipient)
                .replace("%2", outcome.message_id),
            )

    def _send_failed(self, exc: BaseException) -> None:
        self.send_button.setEnabled(True)
        if is_user_error(exc):
            self._show_result(False, error_text(exc))
        else:
            show_error(self, exc)

    def _show_result(self, ok: bool, text: str) -> None:
        self.result_label.setStyleSheet("color: #2e7d32;" if ok else "color: #c62828;")
        self.result_label.setText(text)
