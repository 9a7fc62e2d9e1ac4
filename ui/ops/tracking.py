"""Brings SES notifications in while the app is open, not only during a send.

For the active profile, when it is an SES profile with a tracking queue, a core
TrackingPoller runs in its own thread and commits events to the journal; the
Campaigns page shows them on its next refresh. Two pollers on one queue (this one and
a running send's) are harmless: SQS hands each message to one of them, and applying
an event twice changes nothing.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from mailer.service import Tracking
    from ui.context import AppContext

log = logging.getLogger(__name__)


class TrackingService(QObject):
    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.context = context
        self.tracking: Tracking | None = None
        context.profile_changed.connect(self.restart)
        self.restart()

    def restart(self) -> None:
        from mailer import service

        self.stop()
        self.tracking = service.track(self.context.profile, on_error=self._error)

    def stop(self) -> None:
        if self.tracking is not None:
            self.tracking.stop()
            self.tracking = None

    def _error(self, message: str) -> None:
        log.warning("tracking: %s", message)
