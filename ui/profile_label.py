"""What the app shows as a profile's name.

The default profile's name, "local outbox", is a key the settings file and the
`mailer` command share; the app shows it in its own language. Every other name is the
user's own and is shown as typed.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from mailer import DEFAULT_PROFILE


def profile_label(name: str) -> str:
    if name == DEFAULT_PROFILE:
        return QCoreApplication.translate("Profiles", "local outbox")
    return name
