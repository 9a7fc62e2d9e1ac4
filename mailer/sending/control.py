"""Run control: the pause / resume / stop state machine of one campaign run.

Callable from any thread. Workers call :meth:`RunControl.gate` before each send: it
blocks while paused and raises :class:`Stopped` once the run is stopping. Sleeping
workers wake on pause and stop (``wake``); the limits refresher sleeps on ``stopped``.
"""

from __future__ import annotations

import threading

from mailer.sending.progress import RunState
from mailer.states import NO_REASON, CampaignStatus, Reason, ReasonCode


class Stopped(Exception):
    """Internal: the worker should leave its row as it is and end."""


class RunControl:
    def __init__(self) -> None:
        self._cond = threading.Condition()
        self.status = CampaignStatus.READY
        self.reason: Reason = NO_REASON
        self.paused = False
        self.stopping = False
        self.final = CampaignStatus.FINISHED
        self.waiting_until: float | None = None
        self.wake = threading.Event()  # set on pause and stop: sleeping workers wake up
        self.stopped = threading.Event()  # set on stop only

    def start(self) -> None:
        with self._cond:
            if not self.stopping and not self.paused:
                self.status = CampaignStatus.RUNNING

    def pause(self, why: Reason) -> bool:
        """Pause (False when already stopping)."""
        with self._cond:
            if self.stopping:
                return False
            self.paused = True
            self.status, self.reason = (
                CampaignStatus.PAUSED,
                why or Reason(ReasonCode.PAUSED_BY_USER),
            )
            self.wake.set()
            return True

    def resume(self) -> bool:
        with self._cond:
            if self.stopping:
                return False
            self.paused = False
            self.status, self.reason = CampaignStatus.RUNNING, NO_REASON
            self.wake.clear()
            self._cond.notify_all()
            return True

    def stop(self, why: Reason, status: CampaignStatus = CampaignStatus.STOPPED) -> bool:
        """Ask every worker to end; the first stop's status and reason win."""
        with self._cond:
            if self.stopping:
                return False
            self.stopping = True
            self.final = status
            if why or status is not CampaignStatus.FINISHED:
                self.reason = why
            self.wake.set()
            self.stopped.set()
            self._cond.notify_all()
            return True

    def gate(self) -> None:
        """Block while paused; raise Stopped once stopping."""
        with self._cond:
            while self.paused and not self.stopping:
                self._cond.wait(0.5)
            if self.stopping:
                raise Stopped

    @property
    def sending_allowed(self) -> bool:
        return not (self.stopping or self.paused)

    def waiting_for_quota(self, free_at: float) -> None:
        with self._cond:
            if self.status is CampaignStatus.RUNNING:
                self.status = CampaignStatus.WAITING_QUOTA
            self.waiting_until = free_at

    def quota_free(self, now: float) -> None:
        with self._cond:
            until = self.waiting_until
            if self.status is CampaignStatus.WAITING_QUOTA and until is not None and now >= until:
                self.status, self.waiting_until = CampaignStatus.RUNNING, None

    def snapshot(self) -> RunState:
        with self._cond:
            return RunState(self.status, self.reason, self.waiting_until)
