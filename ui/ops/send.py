"""Running a campaign off the UI thread, with progress batched for the UI.

``CampaignWorker`` is a QObject moved to its own QThread (Qt's documented worker
pattern): its ``run`` slot opens the journal, creates the campaign (or picks up a
stored one), builds a ``CampaignRunner`` and blocks in ``runner.run()``. The runner
calls back from its own threads; those calls only drop the snapshot into a
``ProgressBuffer``. ``SendController`` lives on the UI thread, pulls the buffer with
a 100 ms QTimer and emits at most ~10 ``progress`` signals a second whatever the
send rate, each carrying every row change since the previous one.
"""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TypedDict

from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot

if TYPE_CHECKING:
    from mailer import Journal, Limits, Progress, RowState, TransportFactory
    from mailer.service import CampaignDraft, CampaignSession
    from mailer.states import Reason

PULL_MS = 100  # the UI gets at most one progress signal per pull


@dataclass(frozen=True)
class SendRequest:
    """Either ``new`` (create, then send) or ``campaign_id`` (resume a stored one)."""

    new: CampaignDraft | None = None
    campaign_id: int | None = None
    resend_unknown: bool = False
    journal_path: Path | None = None  # None = <data dir>/journal.sqlite3
    # Resuming a campaign that never sent (a draft): the repeat check again, over this
    # many days (0: none), since others may have received the template meanwhile.
    repeat_window_days: float = 0.0
    # Test and benchmark seams: replace the profile's transport and limits.
    transport_factory: TransportFactory | None = None
    limits: Limits | None = None


class RunOverrides(TypedDict, total=False):
    """The test and benchmark seams of a ``SendRequest``, set on the send page."""

    transport_factory: TransportFactory | None
    limits: Limits | None


@dataclass
class ProgressBuffer:
    """Thread-safe mailbox between the runner's threads and the UI's pull timer.

    Keeps only the newest snapshot but merges the row changes of every snapshot
    pushed since the last ``take`` (last state wins per row), so none is lost.
    """

    _latest: Progress | None = None
    _changes: dict[int, RowState] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def push(self, progress: Progress) -> None:
        with self._lock:
            self._latest = progress
            for idx, state in progress.changes:
                self._changes[idx] = state

    def take(self) -> Progress | None:
        with self._lock:
            latest, changes = self._latest, self._changes
            self._latest, self._changes = None, {}
        if latest is None:
            return None
        return dataclasses.replace(latest, changes=tuple(changes.items()))


class CampaignWorker(QObject):
    """Lives on the send thread; ``run`` blocks there until the campaign ends."""

    created = Signal(int)  # campaign id, once it is in the journal
    done = Signal(object)  # the final Progress
    error = Signal(object)  # the exception (MailerError or a bug)

    def __init__(self, request: SendRequest, buffer: ProgressBuffer) -> None:
        super().__init__()
        self.request = request
        self.buffer = buffer
        self.tracking_errors: list[str] = []
        self.outcome: Progress | BaseException | None = None  # set before done/error
        self._session: CampaignSession | None = None
        self._lock = threading.Lock()
        self._early: list[Callable[[CampaignSession], None]] = []  # before the session exists

    # -- control (UI thread; the session's methods are thread-safe) -----------
    def _control(self, act: Callable[[CampaignSession], None]) -> None:
        with self._lock:
            session = self._session
            if session is None:
                self._early.append(act)
                return
        act(session)

    def pause(self) -> None:
        self._control(lambda s: s.pause())

    def resume(self) -> None:
        self._control(lambda s: s.resume())

    def cancel(self) -> None:
        self._control(lambda s: s.cancel())

    def stop(self, why: Reason) -> None:
        self._control(lambda s: s.stop(why))

    # -- the send thread -------------------------------------------------------
    @Slot()
    def run(self) -> None:
        try:
            final = self._run()
        except BaseException as exc:  # everything goes back to the UI thread
            self.outcome = exc
            self.error.emit(exc)
        else:
            self.outcome = final
            self.done.emit(final)
        finally:
            thread = self.thread()
            if thread is not None:
                thread.quit()  # the documented pattern: the thread ends with its work

    def _run(self) -> Progress:
        from mailer import service

        journal = service.open_journal(self.request.journal_path)
        try:
            return self._send(journal)
        finally:
            journal.close()

    def _send(self, journal: Journal) -> Progress:
        from mailer import service

        req = self.request
        if req.new is not None:
            campaign_id = service.create(journal, req.new).campaign_id
            profile = req.new.profile
        elif req.campaign_id is not None:
            campaign_id, profile = req.campaign_id, None  # the stored profile, as the CLI does
            if service.campaign_overview(journal, campaign_id).never_sent:
                service.skip_stored_repeats(
                    journal, campaign_id, window_days=req.repeat_window_days
                )
        else:
            raise ValueError("SendRequest needs a new campaign or a campaign id")
        self.created.emit(campaign_id)
        session = service.CampaignSession(
            journal,
            campaign_id,
            profile=profile,
            resend_unknown=req.resend_unknown,
            on_progress=self.buffer.push,
            on_tracking_error=self.tracking_errors.append,
            transport_factory=req.transport_factory,
            limits=req.limits,
        )
        with self._lock:
            self._session = session
            early, self._early = self._early, []
        for act in early:
            act(session)
        return session.run()


class SendController(QObject):
    """The UI thread's handle on one send: start it, steer it, hear about it."""

    created = Signal(int)
    progress = Signal(object)  # Progress with the changes since the previous signal
    finished = Signal(object)  # the final Progress
    failed = Signal(str)  # a MailerError's sentence
    crashed = Signal(object)  # an unexpected exception: a bug for the crash dialog

    def __init__(self, request: SendRequest, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.request = request
        self.campaign_id: int | None = request.campaign_id
        self.last: Progress | None = None
        self.buffer = ProgressBuffer()
        self.worker = CampaignWorker(request, self.buffer)
        self.send_thread = QThread()
        self.send_thread.setObjectName("campaign-sender")
        self.worker.moveToThread(self.send_thread)
        self.send_thread.started.connect(self.worker.run)
        # Queued to this (UI-thread) object: the handlers run on the UI thread.
        self.worker.created.connect(self._created)
        self.worker.done.connect(self._done)
        self.worker.error.connect(self._error)
        self._timer = QTimer(self, interval=PULL_MS)
        self._timer.timeout.connect(self.pull)
        self.running = False

    def start(self) -> None:
        self.running = True
        self._timer.start()
        self.send_thread.start()

    # Thread-safe pass-throughs to the runner.
    def pause(self) -> None:
        self.worker.pause()

    def resume(self) -> None:
        self.worker.resume()

    def cancel(self) -> None:
        self.worker.cancel()

    def stop(self, why: Reason) -> None:
        self.worker.stop(why)

    def wait(self, msecs: int = 60_000) -> bool:
        """Block until the send thread has ended (closing the app), then deliver the end."""
        ended = bool(self.send_thread.wait(msecs))
        outcome = self.worker.outcome
        if ended and self.running and outcome is not None:
            # The queued done/error signal waits for an event loop that is not running:
            # deliver the end now; the late signal is then ignored.
            if isinstance(outcome, BaseException):
                self._error(outcome)
            else:
                self._done(outcome)
        return ended

    @property
    def tracking_errors(self) -> list[str]:
        return list(self.worker.tracking_errors)

    def pull(self) -> None:
        snapshot = self.buffer.take()
        if snapshot is not None:
            self.last = snapshot
            self.progress.emit(snapshot)

    def _created(self, campaign_id: int) -> None:
        self.campaign_id = campaign_id
        self.created.emit(campaign_id)

    def _end(self) -> None:
        self._timer.stop()
        self.pull()  # the last changes before the end signal
        self.running = False
        self.send_thread.quit()
        self.send_thread.wait()

    def _done(self, final: Progress) -> None:
        if not self.running:
            return
        self._end()
        self.last = dataclasses.replace(final, changes=())
        self.finished.emit(self.last)

    def _error(self, exc: BaseException) -> None:
        from ui.errors import error_text, is_user_error

        if not self.running:
            return
        self._end()
        if is_user_error(exc):
            self.failed.emit(error_text(exc))
        else:
            self.crashed.emit(exc)
