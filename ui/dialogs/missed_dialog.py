"""A scheduled campaign whose time passed while the app was closed (or the computer
slept): start it now, reschedule it, or cancel it - never started silently late."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import Enum

from PySide6.QtCore import QCoreApplication, QDateTime
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)


class Choice(Enum):
    START = "start"
    RESCHEDULE = "reschedule"
    CANCEL = "cancel"
    LATER = "later"  # decide later: it stays scheduled and is offered again at next start


@dataclass(frozen=True)
class Answer:
    choice: Choice
    at: datetime | None = None  # the new start, for RESCHEDULE


def ask(parent: QWidget, name: str, due: datetime) -> Answer:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("MissedDialog", "Scheduled campaign missed"))
    box.setText(
        QCoreApplication.translate(
            "MissedDialog",
            "“%1” was due at %2 while Bulk Mailer was not running. Nothing was sent yet.",
        )
        .replace("%1", name)
        .replace("%2", due.strftime("%Y-%m-%d %H:%M"))
    )
    start = box.addButton(
        QCoreApplication.translate("MissedDialog", "Start now"), QMessageBox.ButtonRole.AcceptRole
    )
    later = box.addButton(
        QCoreApplication.translate("MissedDialog", "Reschedule…"), QMessageBox.ButtonRole.ActionRole
    )
    cancel = box.addButton(
        QCoreApplication.translate("MissedDialog", "Cancel the campaign"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    keep = box.addButton(
        QCoreApplication.translate("MissedDialog", "Decide later"),
        QMessageBox.ButtonRole.RejectRole,
    )
    box.setDefaultButton(keep)  # Enter never sends hours late by accident
    box.exec()
    clicked = box.clickedButton()
    if clicked is start:
        return Answer(Choice.START)
    if clicked is cancel:
        return Answer(Choice.CANCEL)
    if clicked is later:
        at = pick_time(parent)
        return Answer(Choice.RESCHEDULE, at) if at else Answer(Choice.LATER)
    return Answer(Choice.LATER)


def pick_time(parent: QWidget) -> datetime | None:
    dialog = QDialog(parent)
    dialog.setWindowTitle(QCoreApplication.translate("MissedDialog", "Reschedule"))
    edit = QDateTimeEdit(QDateTime.currentDateTime().addSecs(3600))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd HH:mm")
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(QLabel(QCoreApplication.translate("MissedDialog", "New start time (local):")))
    layout.addWidget(edit)
    layout.addWidget(buttons)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    chosen = edit.dateTime()
    day, clock = chosen.date(), chosen.time()
    return datetime(day.year(), day.month(), day.day(), clock.hour(), clock.minute()).astimezone()
