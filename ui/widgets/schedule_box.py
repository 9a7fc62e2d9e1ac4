"""When to send: now, or at a chosen local time; any time of day, or within a window.

Shown on Review & send. The time zone is named beside the time; a start time in the past
is refused by the core when the campaign is scheduled (and flagged here at once)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateTimeEdit,
    QHBoxLayout,
    QLabel,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)


class ScheduleBox(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.later = QCheckBox(self.tr("Start at"))
        self.at = QDateTimeEdit()
        self.at.setCalendarPopup(True)
        self.at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.at.setDateTime(QDateTime.currentDateTime().addSecs(3600))
        self.zone = QLabel(datetime.now().astimezone().strftime("%Z (UTC%z)"))
        self.in_window = QCheckBox(self.tr("Only between"))
        self.window_start = QTimeEdit(QTime(9, 0))
        self.window_end = QTimeEdit(QTime(20, 0))
        for edit in (self.window_start, self.window_end):
            edit.setDisplayFormat("HH:mm")
        self.problem = QLabel()
        self.problem.setStyleSheet("QLabel { color: #c62828; }")
        self.problem.hide()

        first = QHBoxLayout()
        first.setContentsMargins(0, 0, 0, 0)
        first.addWidget(self.later)
        first.addWidget(self.at)
        first.addWidget(self.zone)
        first.addStretch(1)
        second = QHBoxLayout()
        second.setContentsMargins(0, 0, 0, 0)
        second.addWidget(self.in_window)
        second.addWidget(self.window_start)
        second.addWidget(QLabel("–"))
        second.addWidget(self.window_end)
        second.addWidget(QLabel(self.tr("every day; paused outside these hours")))
        second.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(first)
        layout.addLayout(second)
        layout.addWidget(self.problem)
        for box in (self.later, self.in_window):
            box.toggled.connect(self._update)
        self.at.dateTimeChanged.connect(self._update)
        self.window_start.timeChanged.connect(self._update)
        self.window_end.timeChanged.connect(self._update)
        self._update()

    def start_at(self) -> datetime | None:
        """The chosen start (local, aware), or None for now."""
        if not self.later.isChecked():
            return None
        chosen = self.at.dateTime()
        date, clock = chosen.date(), chosen.time()
        local = datetime(date.year(), date.month(), date.day(), clock.hour(), clock.minute())
        return local.astimezone()

    def window_text(self) -> str:
        if not self.in_window.isChecked():
            return ""
        start, end = self.window_start.time(), self.window_end.time()
        return f"{start.toString('HH:mm')}-{end.toString('HH:mm')}"

    def error(self) -> str:
        """Why the choice cannot be used ("" when it can)."""
        at = self.start_at()
        if at is not None and at <= datetime.now().astimezone():
            return self.tr("The start time is in the past: choose a later one.")
        if self.in_window.isChecked() and self.window_start.time() == self.window_end.time():
            return self.tr("The send window is empty: choose two different times.")
        return ""

    def reset(self) -> None:
        self.later.setChecked(False)
        self.at.setDateTime(QDateTime.currentDateTime().addSecs(3600))

    def _update(self) -> None:
        self.at.setEnabled(self.later.isChecked())
        self.window_start.setEnabled(self.in_window.isChecked())
        self.window_end.setEnabled(self.in_window.isChecked())
        problem = self.error()
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        self.changed.emit()
