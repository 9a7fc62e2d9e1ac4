"""Brings SES notifications in while the app is open, not only during a send.

For the active profile, when it is an SES profile with a tracking queue, a core
TrackingPoller runs in its own thread and commits events to the journal; the
Campaigns page shows them on its next refresh. Two pollers on one queue (this one and
a running send's) are harmless: SQS hands each message to one of them, and applying
an event twice changes nothing.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from ui.context import AppContext

log = logging.getLogger(__name__)


class TrackingService(QObject):
    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.context = context
        self.poller: Any = None
        context.profile_changed.connect(self.restart)
        self.restart()

    def restart(self) -> None:
        self.stop()
        profile = self.context.profile
        if profile.kind != "ses" or not profile.tracking_queue_url:
            return
        from mailer.aws.tracking import start_tracking
        from mailer.store.journal import Journal

        journal = Journal.open_default()
        self.poller = start_tracking(profile, journal, on_error=self._error)

    def stop(self) -> None:
        if self.poller is not None:
            self.poller.stop()
            self.poller = None

    def _error(self, message: str) -> None:
        log.warning("tracking: %s", message)
