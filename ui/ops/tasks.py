"""Run one blocking core call off the UI thread and get its result back on it.

The UI thread never reads files, renders, sends or polls: every such call goes
through :func:`run_task`. The callable runs on the global ``QThreadPool``; its result
or exception comes back through queued signals, so the callbacks run on the UI thread.
A callback bound to a QObject that has been deleted meanwhile is simply not called
(checked with shiboken6.isValid), so a closed dialog never receives a late answer.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

# Keeps the signal carriers alive until their runnable has reported.
_live: set[_Carrier] = set()
_lock = threading.Lock()

T = TypeVar("T")


class _Carrier(QObject):
    """Lives on the UI thread; emitting from a pool thread queues to it."""

    succeeded = Signal(object)
    failed = Signal(object)


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[[], object], carrier: _Carrier) -> None:
        super().__init__()
        self._fn = fn
        self._carrier = carrier

    def run(self) -> None:
        try:
            result = self._fn()
        except BaseException as exc:  # every failure goes back to the UI
            self._carrier.failed.emit(exc)
        else:
            self._carrier.succeeded.emit(result)


class Task:
    """A handle to a running call: ``cancel`` sets the event given to the callable."""

    def __init__(self, cancel: threading.Event) -> None:
        self.cancel_event = cancel
        self.finished = False

    def cancel(self) -> None:
        self.cancel_event.set()

    @property
    def cancelled(self) -> bool:
        return self.cancel_event.is_set()


def run_task(
    fn: Callable[[threading.Event], T],
    on_done: Callable[[T], None],
    on_error: Callable[[BaseException], None],
    *,
    receiver: QObject | None = None,
) -> Task:
    """Run ``fn(cancel_event)`` on the thread pool; call ``on_done``/``on_error`` on the UI thread.

    ``on_done`` gets what ``fn`` returned, typed. When ``receiver`` is given, callbacks
    are dropped once it has been destroyed. A cancelled task never calls ``on_done``.
    """
    cancel = threading.Event()
    task = Task(cancel)
    carrier = _Carrier()
    with _lock:
        _live.add(carrier)

    def finish() -> None:
        task.finished = True
        with _lock:
            _live.discard(carrier)
        carrier.deleteLater()

    def alive() -> bool:
        return receiver is None or shiboken6.isValid(receiver)

    def done(result: T) -> None:
        finish()
        if not cancel.is_set() and alive():
            on_done(result)

    def failed(exc: BaseException) -> None:
        finish()
        if alive():
            on_error(exc)

    carrier.succeeded.connect(done)
    carrier.failed.connect(failed)
    QThreadPool.globalInstance().start(_Runnable(lambda: fn(cancel), carrier))
    return task


def wait_for_tasks(msecs: int = 10_000) -> bool:
    """Block until the pool is idle (tests and shutdown)."""
    return QThreadPool.globalInstance().waitForDone(msecs)
