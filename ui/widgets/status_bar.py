"""The status bar: active profile, sandbox or production, today's quota used / left."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QPushButton, QStatusBar, QWidget

from ui.context import AppContext
from ui.ops.send_hub import SendHub

if TYPE_CHECKING:
    from mailer import Progress


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
        self.hub = SendHub.of(context)
        self.hub.send_started.connect(self._follow_send)
        self.refresh()

    def _follow_send(self, _campaign_id: int) -> None:
        """While a campaign sends, today's quota moves with it (re-read at its end)."""
        controller = self.hub.active
        if controller is not None:
            controller.progress.connect(self._send_progress)

    def _send_progress(self, p: Progress) -> None:
        controller = self.hub.active
        new = controller.request.new if controller is not None else None
        if new is None or new.profile.name != self.context.profile.name:
            return  # a resumed campaign, or another profile is shown now
        if self.context.limits is not None and not self.context.limits_error:
            self._show_quota(p.quota_used, p.quota_limit)

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
        else:
            self._show_quota(limits.sent_last_24h, limits.max_24h)

    def _show_quota(self, used: int, limit: int | None) -> None:
        if limit is None:
            self.quota.setText(self.tr("Today: %1 sent, no daily limit").replace("%1", f"{used:,}"))
        else:
            self.quota.setText(
                self.tr("Today: %1 used / %2 left")
                .replace("%1", f"{used:,}")
                .replace("%2", f"{max(0, limit - used):,}")
            )
