"""The status bar: active profile, sandbox or production, today's quota used / left."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QPushButton, QStatusBar, QWidget

from ui.context import AppContext


class AccountStatus(QStatusBar):
    profile_clicked = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.profile_button = QPushButton()
        self.profile_button.setFlat(True)
        self.profile_button.setToolTip(self.tr("Change the account or profile"))
        self.profile_button.clicked.connect(self.profile_clicked)
        self.mode = QLabel()
        self.quota = QLabel()
        self.addPermanentWidget(self.mode)
        self.addPermanentWidget(self.quota)
        self.addPermanentWidget(self.profile_button)
        context.profile_changed.connect(self.refresh)
        context.limits_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        ctx = self.context
        profile = ctx.profile
        self.profile_button.setText(self.tr("Profile: %1").replace("%1", profile.name))
        limits = ctx.limits
        self.mode.setStyleSheet("")
        if ctx.limits_error:
            self.mode.setText(self.tr("Account problem"))
            self.mode.setStyleSheet("color: #c62828;")
            self.mode.setToolTip(ctx.limits_error)
            self.quota.clear()
            return
        self.mode.setToolTip("")
        if profile.kind == "outbox":
            self.mode.setText(self.tr("Local outbox: nothing leaves this computer"))
        elif profile.kind == "smtp":
            self.mode.setText(self.tr("SMTP server"))
        elif limits is None:
            self.mode.setText(self.tr("Checking the account…"))
        elif limits.production:
            self.mode.setText(self.tr("SES production"))
        else:
            self.mode.setText(self.tr("SES sandbox: verified recipients only"))
            self.mode.setStyleSheet("color: #b26a00;")
        if limits is None:
            self.quota.clear()
        elif limits.max_24h is None:
            self.quota.setText(
                self.tr("Today: %1 sent, no daily limit").replace("%1", f"{limits.sent_last_24h:,}")
            )
        else:
            left = max(0, limits.max_24h - limits.sent_last_24h)
            self.quota.setText(
                self.tr("Today: %1 used / %2 left")
                .replace("%1", f"{limits.sent_last_24h:,}")
                .replace("%2", f"{left:,}")
            )
