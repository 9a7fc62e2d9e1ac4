"""What the send page and the campaigns page share: the one send that may run.

The hub is a child QObject of the AppContext (found with ``findChild``), so neither
page needs a reference to the other and the frame needs no extra wiring: the
campaigns page asks for a resume through it, and hears when a send ends.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from ui.ops.send import SendController

STEP_SEND = 2  # ui.main_window's page order


class SendHub(QObject):
    resume_requested = Signal(int, bool)  # campaign id, resend unknown rows
    send_started = Signal(int)
    send_ended = Signal(int)
    campaign_deleted = Signal(int)  # deleted or archived: the send page stops offering it
    campaigns_changed = Signal()  # one was scheduled, rescheduled or cancelled

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("send-hub")
        self.active: SendController | None = None

    @classmethod
    def of(cls, context: QObject) -> SendHub:
        found = context.findChild(SendHub, "send-hub")
        return found if found is not None else cls(context)

    @property
    def busy(self) -> bool:
        return self.active is not None and self.active.running


def show_step(widget: QWidget, step: int) -> None:
    """Switch the main window to a step, when the widget sits in it."""
    steps = getattr(widget.window(), "steps", None)
    if steps is not None:
        steps.setCurrentRow(step)
