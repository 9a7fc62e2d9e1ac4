"""Keeps the AppContext's account facts fresh: limits and verified identities.

On start and whenever the active profile changes, fetches ``fetch_limits`` (every
kind: an outbox profile answers from its own rate/daily) and, for SES profiles,
``list_identities`` in background threads. Answers for a profile that is no longer
active are dropped.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from ui.context import AppContext
from ui.errors import error_text, is_user_error
from ui.ops.tasks import run_task

if TYPE_CHECKING:
    from mailer import AccountLimits, Identity, Profile


class AccountWatcher(QObject):
    REFRESH_MS = 5 * 60 * 1000  # quota "used today" creeps while others send

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.context = context
        self._generation = 0
        context.profile_changed.connect(self.refresh)
        from ui.ops.send_hub import SendHub

        # Quota used today changes with every campaign: re-read it when one ends.
        SendHub.of(context).send_ended.connect(lambda _cid: self.refresh())
        self._timer = QTimer(self, interval=self.REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()

    def refresh(self) -> None:
        self._generation += 1
        generation = self._generation
        profile = self.context.profile
        run_task(
            lambda _c: _limits_of(profile),
            lambda limits: self._limits(generation, limits),
            lambda exc: self._limits_failed(generation, exc),
            receiver=self,
        )
        if profile.kind == "ses":
            run_task(
                lambda _c: _identities_of(profile),
                lambda found: self._identities(generation, found),
                lambda _exc: None,  # the status bar already says what is wrong
                receiver=self,
            )
        else:
            self.context.set_identities([])

    def _limits(self, generation: int, limits: AccountLimits) -> None:
        if generation == self._generation:
            self.context.set_limits(limits)

    def _limits_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        if not is_user_error(exc):
            raise exc  # a bug: the excepthook shows it
        self.context.set_limits(None, error_text(exc))

    def _identities(self, generation: int, found: list[Identity]) -> None:
        if generation == self._generation:
            self.context.set_identities(list(found))


# Imported in the worker thread: boto3 takes a while to load and must not stall the UI.
def _limits_of(profile: Profile) -> AccountLimits:
    from mailer.service import account_limits

    return account_limits(profile)


def _identities_of(profile: Profile) -> list[Identity]:
    from mailer import list_identities

    return list_identities(profile)
