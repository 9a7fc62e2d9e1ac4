"""Build processes: render, build and sign SES requests outside the sending process.

At high SES rates one Python process runs out of CPU, and mostly out of GIL: about
half of a message's CPU is rendering, building the MIME message and signing the
request, work that needs nothing of the run's state. Here it runs in other
processes. Everything that decides what is sent, and when, stays single in the
sending process: the row feed, the claim (committed before the rate slot, as
always), the rate limiter and its window, the quota, the journal writer. A build
process only turns rows into signed requests, ahead of the senders; if one is
killed, its rows were never claimed and stay pending. If a build process ends
unexpectedly, its rows (and every row after) are built by the sending threads
themselves, as without build processes.

Processes are started with "spawn" (no fork of a process that runs threads or Qt).
The credentials a build process signs with are handed to it through its pipe, with
each batch of rows when they changed (a refreshable session's rotate); they are never
written anywhere.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import pickle
import queue
import signal
import threading
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any

from botocore.credentials import ReadOnlyCredentials
from botocore.exceptions import BotoCoreError

from mailer.errors import InputError, TransportError
from mailer.sending.build import BuildSpec, MessageBuilder
from mailer.sending.feed import RowFeed
from mailer.store.rows import PendingRow
from mailer.transports.ses import RequestShape, Signed

log = logging.getLogger(__name__)

CHUNK = 16  # rows per message to a build process: a few ms of work at 1,000/s
IN_FLIGHT = 2  # chunks a build process holds, so it never waits for the next
START_TIMEOUT = 60.0  # seconds for a build process to start (imports) and say ready
STOP_TIMEOUT = 5.0
_STARTED = "build process started"


@dataclass(frozen=True, slots=True)
class Built:
    """One row as a build process left it: a request ready to send, or why not.

    ``error`` is the InputError of a row that cannot be built (it fails), or the
    TransportError of an address SES cannot take (raised when sent, as the transport
    itself would), or another exception (a bug: it stops the run, as in a thread).
    ``signed`` None with a body: signed when sent (no credentials yet)."""

    idx: int
    body: bytes | None = None
    signed: Signed | None = None
    error: BaseException | None = None


@dataclass(frozen=True)
class BuildJob:
    """What every build process of a run needs."""

    spec: BuildSpec
    shape: RequestShape
    sender: str  # the envelope sender (FromEmailAddress)


Credentials = Callable[[], ReadOnlyCredentials | None]
Item = tuple[PendingRow, Built | None]  # None: build it here


class BuildPool:
    """Rows in feed order, each with its request built by a build process.

    ``next()`` is called by the sending threads; it returns None when the feed is
    done. ``stopping`` is polled so that nothing blocks a stopping run."""

    def __init__(
        self,
        job: BuildJob,
        feed: RowFeed,
        credentials: Credentials,
        *,
        processes: int,
        stopping: Callable[[], bool],
        ahead: int,
        on_broken: Callable[[str], None] | None = None,
    ) -> None:
        self._job = job
        self._feed = feed
        self._credentials = credentials
        self._count = max(1, processes)
        self._stopping = stopping
        self._out: queue.Queue[Item | None] = queue.Queue(max(CHUNK, ahead))
        self._procs: list[Any] = []
        self._threads: list[threading.Thread] = []
        self._running = 0  # dispatchers not yet ended: the last one puts the end marker
        self._working = 0  # dispatchers not broken: the last one to break takes the feed
        self._lock = threading.Lock()
        self._done = False
        self._go = threading.Event()  # every dispatcher started (or the start failed)
        self._aborted = False
        self._failure: Exception | None = None  # the row feed's own error: stops the run
        self.broken = ""  # why building moved back into the sending process, if it did
        self._on_broken = on_broken

    # -- life -----------------------------------------------------------------------------

    def start(self) -> bool:
        """Start the processes and wait until they are ready; False (and nothing
        running) if they could not start or the run stopped meanwhile: the caller
        builds in its own threads."""
        context = multiprocessing.get_context("spawn")
        conns: list[Connection] = []
        try:
            for n in range(self._count):
                here, there = context.Pipe()
                conns.append(here)
                proc = context.Process(
                    target=serve, args=(there, self._job), name=f"mailer-build-{n}", daemon=True
                )
                try:
                    proc.start()
                finally:
                    there.close()
                self._procs.append(proc)
            for conn in conns:
                self._wait_ready(conn)
            self._running = self._working = len(conns)
            for n, conn in enumerate(conns):
                thread = threading.Thread(
                    target=self._dispatch, args=(conn,), name=f"build-feed-{n}", daemon=True
                )
                thread.start()
                self._threads.append(thread)
        except Exception as exc:  # never a reason to stop the run: threads build instead
            log.warning("build processes not used: %s", exc or type(exc).__name__)
            self._aborted = True
            self._go.set()
            for thread in self._threads:  # they end without taking a row
                thread.join(STOP_TIMEOUT)
            self._threads.clear()
            for conn in conns:
                conn.close()
            self._kill()
            return False
        self._go.set()
        return True

    def _wait_ready(self, conn: Connection) -> None:
        waited = 0.0
        while True:
            if self._stopping():
                raise OSError("the run stopped while build processes were starting")
            if conn.poll(0.2):
                break
            waited += 0.2
            if waited >= START_TIMEOUT:
                raise OSError(f"a build process did not start within {START_TIMEOUT:.0f} s")
        said = conn.recv()
        if said != _STARTED:
            raise OSError(f"a build process could not start ({said})")

    def close(self) -> None:
        for thread in self._threads:
            thread.join(STOP_TIMEOUT)
        for proc in self._procs:
            proc.join(STOP_TIMEOUT)
        self._kill()

    def _kill(self) -> None:
        for proc in self._procs:
            if proc.is_alive():
                proc.kill()
                proc.join(STOP_TIMEOUT)
        self._procs.clear()

    # -- the sending threads' side ----------------------------------------------------------

    def next(self) -> Item | None:
        """The next row, None at the end; raises the row feed's error (a journal that
        cannot be read), as the feed itself would in a sending thread."""
        while True:
            if self._failure is not None:
                raise self._failure
            try:
                item = self._out.get(timeout=0.1)
            except queue.Empty:
                if self._stopping():
                    return None
                continue
            if item is None:  # the end: pass it on to the next thread
                self._out.put(None)
            return item

    # -- one thread per build process -------------------------------------------------------

    def _dispatch(self, conn: Connection) -> None:
        self._go.wait()
        if self._aborted:
            conn.close()
            return
        sent_credentials: ReadOnlyCredentials | None = None
        # Every row taken from the feed is in here until it is queued for the senders:
        # whatever breaks, these rows are handed to the sending threads.
        pending: list[list[PendingRow]] = []
        broke = False
        try:
            while True:
                while len(pending) < IN_FLIGHT and not self._stopping():
                    rows: list[PendingRow] = []
                    pending.append(rows)
                    self._take(rows)
                    if not rows:
                        pending.pop()
                        break
                    if self._failure is not None:
                        return
                    now = self._credentials()
                    conn.send((now if now != sent_credentials else None, rows))
                    sent_credentials = now
                if not pending or self._failure is not None:
                    return
                built: list[Built] = conn.recv()
                rows = pending.pop(0)  # only now: a chunk lost with its process is redone
                for row, item in zip(rows, built, strict=True):
                    if not self._put((row, item)):
                        return
        except (OSError, EOFError, ValueError) as exc:
            broke = True
            self._broke(f"a build process ended ({exc or type(exc).__name__})", pending)
        except Exception as exc:  # a pickling error, a bug: the threads build instead
            log.warning("build process feed failed", exc_info=True)
            broke = True
            self._broke(f"building ahead failed ({type(exc).__name__}: {exc})", pending)
        finally:
            if not broke:
                with self._lock:
                    self._working -= 1
            with contextlib.suppress(Exception):
                conn.send(None)
            conn.close()
            self._finished()

    def _broke(self, why: str, pending: list[list[PendingRow]]) -> None:
        """This dispatcher's rows go to the sending threads; the last working one also
        hands over the rest of the feed (another one that works goes on building it)."""
        with self._lock:
            first = not self.broken
            self.broken = self.broken or why
            self._working -= 1
            last = self._working == 0
        log.warning("%s: building in the sending process from here", why)
        if first and self._on_broken is not None:
            self._on_broken(why)
        for rows in pending:
            for row in rows:
                if not self._put((row, None)):
                    return
        if last:
            self._pass_through()

    def _take(self, rows: list[PendingRow]) -> None:
        while len(rows) < CHUNK and (row := self._next_row()) is not None:
            rows.append(row)

    def _next_row(self) -> PendingRow | None:
        """The feed's next row; None at its end or when it failed (kept for ``next``)."""
        try:
            return self._feed.next()
        except Exception as exc:
            with self._lock:
                self._failure = self._failure or exc
            return None

    def _pass_through(self) -> None:
        """The rest of the feed, unbuilt."""
        while not self._stopping():
            row = self._next_row()
            if row is None or not self._put((row, None)):
                return

    def _put(self, item: Item | None) -> bool:
        while not self._stopping():
            try:
                self._out.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def _finished(self) -> None:
        with self._lock:
            self._running -= 1
            last = self._running == 0 and not self._done
            self._done = self._done or last
        if last:
            self._put(None)


# -- the build process ----------------------------------------------------------------------


def serve(conn: Connection, job: BuildJob) -> None:
    """A build process: rows in, built requests out, until told to stop or the
    sending process is gone."""
    # Ctrl+C reaches the whole process group: the sending process decides what stops,
    # and this one ends when its pipe closes.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    with contextlib.suppress(EOFError, OSError):
        _serve(conn, job)


def _serve(conn: Connection, job: BuildJob) -> None:
    try:
        builder = MessageBuilder.from_spec(job.spec)
    except Exception as exc:  # a snapshot the sending process could read: unlikely
        conn.send(f"{type(exc).__name__}: {exc}")
        return
    conn.send(_STARTED)
    credentials: ReadOnlyCredentials | None = None
    while (message := conn.recv()) is not None:
        fresh, rows = message
        credentials = fresh or credentials
        conn.send([build_one(builder, job, row, credentials) for row in rows])


def build_one(
    builder: MessageBuilder, job: BuildJob, row: PendingRow, credentials: ReadOnlyCredentials | None
) -> Built:
    if row.damage:
        return Built(row.idx)  # fails in the sending process, unbuilt
    try:
        message = builder.build(row)
    except InputError as exc:
        return Built(row.idx, error=exc)
    except Exception as exc:  # a bug: stops the run there, as in a sending thread
        return Built(row.idx, error=_portable(exc))
    tags = {"campaign": job.spec.uid, "recipient": str(row.idx)}
    try:
        body = job.shape.body(message, sender=job.sender, recipient=row.email, tags=tags)
    except TransportError as exc:
        return Built(row.idx, error=exc)
    signed = None
    if credentials is not None:
        with contextlib.suppress(BotoCoreError):
            signed = job.shape.sign(body, credentials)
    return Built(row.idx, body=body, signed=signed)


def _portable(exc: Exception) -> BaseException:
    """An exception that survives the pipe (not every one pickles)."""
    try:
        pickle.loads(pickle.dumps(exc))
        return exc
    except Exception:
        return RuntimeError(f"{type(exc).__name__}: {exc}")
