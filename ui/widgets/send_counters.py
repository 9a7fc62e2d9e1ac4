"""Big live numbers: sent, delivered, bounced, complained, failed, skipped, remaining."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from mailer.states import RowState
from ui.models.formats import number
from ui.models.states import STATE_COLOURS

ACCEPTED, REMAINING = "accepted", "remaining"
# Counter key -> colour of its number (the one state colour map; "accepted" as sent).
_COLOURS = {
    ACCEPTED: STATE_COLOURS[RowState.SENT],
    RowState.DELIVERED: STATE_COLOURS[RowState.DELIVERED],
    RowState.BOUNCED: STATE_COLOURS[RowState.BOUNCED],
    RowState.COMPLAINED: STATE_COLOURS[RowState.COMPLAINED],
    RowState.FAILED: STATE_COLOURS[RowState.FAILED],
    # Invalid, duplicate, suppressed, unverified (sandbox), already received: not sent.
    RowState.SKIPPED: STATE_COLOURS[RowState.SKIPPED],
    REMAINING: "",
}


class Counter(QFrame):
    def __init__(self, title: str, colour: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.value = QLabel("0")
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.value.setFont(font)
        if colour:
            self.value.setStyleSheet(f"color: {colour};")
        self.value.setAlignment(Qt.AlignmentFlag.AlignCenter)
        caption = QLabel(title)
        caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.value)
        layout.addWidget(caption)

    def set(self, n: int) -> None:
        self.value.setText(number(n))


class CountersWidget(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        titles = {
            ACCEPTED: self.tr("Sent"),
            RowState.DELIVERED: self.tr("Delivered"),
            RowState.BOUNCED: self.tr("Bounced"),
            RowState.COMPLAINED: self.tr("Complaints"),
            RowState.FAILED: self.tr("Failed"),
            RowState.SKIPPED: self.tr("Skipped"),
            REMAINING: self.tr("Remaining"),
        }
        self.counters = {key: Counter(titles[key], colour) for key, colour in _COLOURS.items()}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        for column, counter in enumerate(self.counters.values()):
            grid.addWidget(counter, 0, column)

    def show_counts(self, counts: dict[str, int], sent: int, remaining: int) -> None:
        """``sent`` counts every accepted message (delivered and bounced included)."""
        values = {
            ACCEPTED: sent,
            RowState.DELIVERED: counts.get(RowState.DELIVERED, 0),
            RowState.BOUNCED: counts.get(RowState.BOUNCED, 0)
            + counts.get(RowState.SOFT_BOUNCED, 0),
            RowState.COMPLAINED: counts.get(RowState.COMPLAINED, 0),
            RowState.FAILED: counts.get(RowState.FAILED, 0),
            RowState.SKIPPED: counts.get(RowState.SKIPPED, 0),
            REMAINING: remaining,
        }
        for key, counter in self.counters.items():
            counter.set(values[key])

    def value(self, key: str) -> str:
        return self.counters[key].value.text()
