"""Big live numbers: sent, delivered, bounced, complained, failed, remaining."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from ui.send_format import number

# Counter key -> colour of its number (the state tints of the recipients table).
_COLOURS = {
    "sent": "#2e9e5b",
    "delivered": "#1f8a4c",
    "bounced": "#d64545",
    "complained": "#b03aa8",
    "failed": "#d64545",
    "remaining": "",
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
            "sent": self.tr("Sent"),
            "delivered": self.tr("Delivered"),
            "bounced": self.tr("Bounced"),
            "complained": self.tr("Complaints"),
            "failed": self.tr("Failed"),
            "remaining": self.tr("Remaining"),
        }
        self.counters = {key: Counter(titles[key], colour) for key, colour in _COLOURS.items()}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        for column, counter in enumerate(self.counters.values()):
            grid.addWidget(counter, 0, column)

    def show_counts(self, counts: dict[str, int], sent: int, remaining: int) -> None:
        """``sent`` counts every accepted message (delivered and bounced included)."""
        values = {
            "sent": sent,
            "delivered": counts.get("delivered", 0),
            "bounced": counts.get("bounced", 0) + counts.get("soft_bounced", 0),
            "complained": counts.get("complained", 0),
            "failed": counts.get("failed", 0),
            "remaining": remaining,
        }
        for key, counter in self.counters.items():
            counter.set(values[key])

    def value(self, key: str) -> str:
        return self.counters[key].value.text()
