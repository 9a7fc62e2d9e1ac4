"""The editor's preview pane: one recipient's message as it will be sent.

Shows the subject and the HTML (ui.widgets.html_preview: no script, remote images
blocked until asked) or plain-text part. When the text being typed does not render,
the last good message stays and a note says it is the last version that worked.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui.models.states import reason_label, status_label
from ui.widgets.html_preview import HtmlPreview

if TYPE_CHECKING:
    from ui.ops.live_preview import DraftPreview


class LivePreview(QWidget):
    row_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spin = QSpinBox()
        self.spin.setKeyboardTracking(False)
        self.spin.setRange(0, 0)
        self.spin.valueChanged.connect(lambda _v: self.row_changed.emit())
        self.recipient = QLabel()
        self.recipient.setTextFormat(Qt.TextFormat.PlainText)
        chooser = QHBoxLayout()
        chooser.addWidget(QLabel(self.tr("Preview for data row:")))
        chooser.addWidget(self.spin)
        chooser.addWidget(self.recipient, 1)
        self.subject = QLabel()
        self.subject.setTextFormat(Qt.TextFormat.PlainText)
        self.subject.setWordWrap(True)
        self.subject.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.subject.font()
        font.setBold(True)
        self.subject.setFont(font)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #8a6d00;")
        self.note.hide()
        self.html_view = HtmlPreview()
        self.text_view = QPlainTextEdit(readOnly=True)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.html_view, self.tr("HTML"))
        self.tabs.addTab(self.text_view, self.tr("Plain text"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(chooser)
        layout.addWidget(self.subject)
        layout.addWidget(self.note)
        layout.addWidget(self.tabs, 1)
        self.current: DraftPreview | None = None

    @property
    def row(self) -> int:
        """0-based data row to preview."""
        return max(self.spin.value() - 1, 0)

    def set_row_count(self, count: int) -> None:
        self.spin.blockSignals(True)
        self.spin.setRange(1 if count else 0, count)
        self.spin.setSuffix(self.tr(" of %1").replace("%1", f"{count:,}") if count else "")
        self.spin.setEnabled(count > 0)
        self.spin.blockSignals(False)

    def select_row(self, row: int, *, quiet: bool = False) -> None:
        """Show data row ``row`` (0-based); ``quiet``: without asking for a render."""
        self.spin.blockSignals(quiet)
        self.spin.setValue(row + 1)
        self.spin.blockSignals(False)

    def show_draft(self, draft: DraftPreview) -> None:
        self.current = draft
        built = draft.built
        if built is None:  # a skipped row: clear the panes and say why
            why = reason_label(draft.reason) or status_label(draft.status)
            text = (
                self.tr("Data row %1 is skipped and will not be sent: %2")
                .replace("%1", f"{draft.row + 1:,}")
                .replace("%2", why)
            )
            self.subject.clear()
            self.recipient.clear()
            self.html_view.set_html("")
            self.text_view.setPlainText(text)
            self.tabs.setCurrentIndex(1)
            self._note(text)
            return
        self.subject.setText(built.subject)
        if draft.sample:
            self.recipient.setText(self.tr("(no recipients file: variables shown as {name})"))
        else:
            self.recipient.setText(built.to_header)
        self._note("")
        self.html_view.set_html(built.html or "", keep_scroll=True)
        self.tabs.setTabEnabled(0, built.html is not None)
        if built.html is None:
            self.tabs.setCurrentIndex(1)
        self.text_view.setPlainText(built.text)

    def clear(self) -> None:
        self.current = None
        self.subject.clear()
        self.recipient.clear()
        self.html_view.set_html("")
        self.text_view.clear()
        self._note("")

    def show_stale(self) -> None:
        """The newest text did not render: keep what is shown, and say so."""
        if self.current is not None:
            self._note(self.tr("Showing the last version that worked; fix the error to update."))

    def _note(self, text: str) -> None:
        self.note.setText(text)
        self.note.setVisible(bool(text))
