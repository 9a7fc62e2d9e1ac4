"""The status bar: active profile, sandbox or production, today's quota used / left."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QPushButton, QStatusBar, QWidget

from ui.context import AppContext
from ui.ops.send_hub import SendHub
from ui.ops.tasks import run_task
from ui.profile_label import profile_label

if TYPE_CHECKING:
    from mailer import Profile, Progress
    from ui.ops.send import SendController


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
        self._followed = ""  # repr of the profile whose account the running send is on
        self.hub = SendHub.of(context)
        self.hub.send_started.connect(self._follow_send)
        self.refresh()

    def _follow_send(self, campaign_id: int) -> None:
        """While a campaign sends on the shown profile's account, today's quota moves
        with it (re-read at its end). One account, one figure: a campaign resumed here
        that the CLI started under another profile name counts too."""
        from mailer.service import campaign_on_account, same_account

        controller = self.hub.active
        if controller is None:
            return
        profile, request = self.context.profile, controller.request
        if request.new is not None:
            if same_account(request.new.profile, profile):
                self._follow(controller, profile)
            return

        def found(same: bool) -> None:
            if same and self.hub.active is controller:
                self._follow(controller, profile)

        journal = request.journal_path
        run_task(
            lambda _c: campaign_on_account(campaign_id, profile, journal),
            found,
            lambda _exc: None,  # not followed: the figure is re-read when the send ends
            receiver=self,
        )

    def _follow(self, controller: SendController, profile: Profile) -> None:
        self._followed = repr(profile)
        controller.progress.connect(self._send_progress)

    def _send_progress(self, p: Progress) -> None:
        if self._followed != repr(self.context.profile):
            return  # another profile is shown now
        if self.context.limits is not None and not self.context.limits_error:
            self._show_quota(p.quota_used, p.quota_limit)

    def refresh(self) -> None:
        ctx = self.context
        profile = ctx.profile
        self.profile_button.setText(
            self.tr("Profile: %1").replace("%1", profile_label(profile.name))
        )
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
