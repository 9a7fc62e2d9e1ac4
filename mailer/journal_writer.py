"""The one thread that writes a running campaign's rows to the journal.

Workers hand it row changes. A claim (``sending``) is waited for: the worker calls
the transport only once the claim is committed. Other changes are grouped: each
loop commits everything that queued up meanwhile in one transaction, which keeps
the journal far from being the bottleneck at 1,000 messages/s.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from mailer.errors import JournalError
from mailer.journal import Journal, RowChange


@dataclass
class _Item:
    change: RowChange
    previous: str
    done: threading.Event | None


Committed = Callable[[Sequence[tuple[RowChange, str]]], None]


class JournalWriter:
    def __init__(
        self,
        journal: Journal,
        campaign_id: int,
        account: str,
        on_committed: Committed,
        on_tick: Callable[[], None],
        tick: float = 0.05,
    ) -> None:
        self._journal = journal
        self._campaign_id = campaign_id
        self._account = account
        self._on_committed = on_committed
        self._on_tick = on_tick
        self._tick = tick
        self._queue: queue.Queue[_Item | None] = queue.Queue()
        self._thread = threading.Thread(target=self._loop, name="journal-writer", daemon=True)
        self.error: JournalError | None = None

    def start(self) -> None:
        self._thread.start()

    def submit(self, change: RowChange, previous: str, *, wait: bool = False) -> None:
        """Queue a change; with ``wait`` return only once it is committed."""
        if self.error is not None:
            raise self.error
        done = threading.Event() if wait else None
        self._queue.put(_Item(change, previous, done))
        if done is not None:
            done.wait()
            if self.error is not None:
                raise self.error

    def close(self) -> None:
        """Commit what is queued and stop the thread."""
        self._queue.put(None)
        self._thread.join()

    def _loop(self) -> None:
        running = True
        while running:
            items, running = self._drain()
            if items:
                self._commit(items)
            self._on_tick()

    def _drain(self) -> tuple[list[_Item], bool]:
        items: list[_Item] = []
        try:
            first = self._queue.get(timeout=self._tick)
        except queue.Empty:
            return items, True
        if first is None:
            return items, False
        items.append(first)
        while True:
            try:
                item = self._queue.get_nowait()
            except queue.Empty:
                return items, True
            if item is None:
                return items, False
            items.append(item)

    def _commit(self, items: list[_Item]) -> None:
        try:
            if self.error is None:
                self._journal.write_batch(
                    self._campaign_id, [i.change for i in items], self._account
                )
                self._on_committed([(i.change, i.previous) for i in items])
        except JournalError as exc:
            self.error = exc
        finally:
            for item in items:
                if item.done is not None:
                    item.done.set()
