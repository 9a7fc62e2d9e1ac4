"""Processes that create the journal at the same moment (two `mailer send` started
together) all open it: none is refused with "database is locked"."""

from __future__ import annotations

import multiprocessing
from pathlib import Path
from typing import Any

PROCESSES = 4
ROUNDS = 5


def _open(path: str, barrier: Any, results: Any) -> None:
    from mailer.errors import JournalError
    from mailer.store.journal import Journal

    barrier.wait()
    try:
        journal = Journal(path)
        with journal.transaction() as db:
            db.execute("INSERT INTO send_log (time, account, campaign_id) VALUES (1, 'a', 1)")
        journal.close()
        results.put("ok")
    except JournalError as exc:
        results.put(str(exc))


def test_processes_creating_the_journal_at_once_all_open_it(tmp_path: Path) -> None:
    ctx = multiprocessing.get_context("spawn")
    for n in range(ROUNDS):  # the race is won or lost in microseconds: try it a few times
        path = str(tmp_path / f"journal-{n}.sqlite3")
        barrier, results = ctx.Barrier(PROCESSES), ctx.Queue()
        procs = [ctx.Process(target=_open, args=(path, barrier, results)) for _ in range(PROCESSES)]
        for p in procs:
            p.start()
        outcomes = [results.get(timeout=60) for _ in procs]
        for p in procs:
            p.join(60)
        assert outcomes == ["ok"] * PROCESSES
