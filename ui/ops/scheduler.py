"""Scheduled campaigns while the app runs: count down, start what is due, offer what was
missed (never start it silently hours late). The journal is read on pool threads."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from ui.ops.tasks import Task, run_task

if TYPE_CHECKING:
    from mailer import Scheduled
    from ui.ops.campaigns import JournalSource

CHECK_EVERY_MS = 15_000


class Scheduler(QObject):
    """Checks the journal's scheduled campaigns every 15 s (and on ``check``).

    ``due`` is emitted once per campaign whose time has come; ``missed`` once per
    campaign found overdue by more than an hour (at start, or after the computer
    slept); ``changed`` after each check with the soonest scheduled campaign (or None),
    for the countdown."""

    due = Signal(int, str)  # campaign id, name
    missed = Signal(int, str, float)  # campaign id, name, when it was due (epoch)
    changed = Signal(object)  # Scheduled | None

    def __init__(self, source: JournalSource, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self._task: Task | None = None
        self._told: set[int] = set()  # due or missed already said: once per campaign
        self.next: Scheduled | None = None
        self.timer = QTimer(self, interval=CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        self.timer.start()
        self.check()

    def check(self) -> None:
        if self._task is not None and not self._task.finished:
            return
        source = self._source

        def read(_cancel: object) -> tuple[list[Scheduled], list[Scheduled], list[Scheduled]]:
            from mailer import service

            return service.due_campaigns(source.get(), time.time())

        self._task = run_task(read, self._checked, lambda _exc: None, receiver=self)

    def forget(self, campaign_id: int) -> None:
        """Say it again if it is still due later (the user chose "not now")."""
        self._told.discard(campaign_id)

    def _checked(self, found: tuple[list[Scheduled], list[Scheduled], list[Scheduled]]) -> None:
        self._task = None
        due, missed, later = found
        for item in missed:
            if item.campaign_id not in self._told:
                self._told.add(item.campaign_id)
                self.missed.emit(item.campaign_id, item.name, item.at)
        for item in due:
            if item.campaign_id not in self._told:
                self._told.add(item.campaign_id)
                self.due.emit(item.campaign_id, item.name)
        self.next = later[0] if later else None
        self.changed.emit(self.next)
