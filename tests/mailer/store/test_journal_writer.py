"""JournalWriter: claims are committed before submit returns, on the claiming thread,
grouped with whatever else was queued; everything else is committed by close()."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path

import pytest

from mailer.errors import JournalError
from mailer.states import RowState
from mailer.store.journal import Journal
from mailer.store.rows import RowChange
from mailer.store.writer import JournalWriter
from tests.mailer.campaign_fixtures import make_campaign


class Recorder:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.batches: list[list[tuple[int, str]]] = []
        self.threads: set[str] = set()

    def committed(self, items: Sequence[tuple[RowChange, str]]) -> None:
        with self.lock:
            self.batches.append([(c.idx, str(c.state)) for c, _ in items])
            self.threads.add(threading.current_thread().name)


def _states(path: Path, campaign_id: int) -> dict[int, str]:
    """Read through a second connection: only committed rows are visible there."""
    other = Journal(path)
    try:
        return {r.idx: r.state for r in other.rows.page(campaign_id)}
    finally:
        other.close()


def _writer(journal: Journal, campaign_id: int, recorder: Recorder) -> JournalWriter:
    writer = JournalWriter(journal, campaign_id, "test", recorder.committed, lambda: None)
    writer.start()
    return writer


def test_a_claim_is_committed_before_submit_returns_with_what_was_queued(tmp_path: Path) -> None:
    journal = Journal(tmp_path / "journal.sqlite3")
    campaign = make_campaign(tmp_path, journal, 3)
    recorder = Recorder()
    writer = JournalWriter(journal, campaign, "test", recorder.committed, lambda: None, tick=60)
    writer.start()
    writer.submit(RowChange(0, RowState.SENDING), RowState.PENDING)  # queued only
    assert _states(journal.path, campaign)[0] == "pending"
    writer.submit(RowChange(1, RowState.SENDING), RowState.PENDING, wait=True)
    states = _states(journal.path, campaign)
    assert states[0] == "sending" and states[1] == "sending" and states[2] == "pending"
    # one commit, on the claiming thread, in queue order
    assert recorder.batches == [[(0, "sending"), (1, "sending")]]
    assert recorder.threads == {threading.current_thread().name}
    writer.submit(RowChange(1, RowState.SENT, message_id="m1", time=1.0), RowState.SENDING)
    writer.close()
    assert _states(journal.path, campaign)[1] == "sent"


def test_many_workers_every_change_committed_once_in_order(tmp_path: Path) -> None:
    journal = Journal(tmp_path / "journal.sqlite3")
    n, workers = 400, 8
    campaign = make_campaign(tmp_path, journal, n)
    recorder = Recorder()
    writer = _writer(journal, campaign, recorder)

    def work(start: int) -> None:
        for idx in range(start, n, workers):
            writer.submit(RowChange(idx, RowState.SENDING, attempt=1), RowState.PENDING, wait=True)
            assert _states(journal.path, campaign)[idx] == "sending"
            writer.submit(RowChange(idx, RowState.SENT, message_id=f"m{idx}"), RowState.SENDING)

    threads = [threading.Thread(target=work, args=(s,)) for s in range(workers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    writer.close()
    changes = [c for batch in recorder.batches for c in batch]
    assert sorted(changes) == sorted(
        [(i, "sending") for i in range(n)] + [(i, "sent") for i in range(n)]
    )
    for idx in range(n):  # each row's claim is committed before its result
        assert changes.index((idx, "sending")) < changes.index((idx, "sent"))
    assert len(recorder.batches) < 2 * n  # grouped: fewer commits than changes
    assert set(_states(journal.path, campaign).values()) == {"sent"}
    assert journal.rows.counts(campaign)["sent"] == n
    assert len(journal.send_log.times_since(0, "test")) == n


def test_a_failed_commit_reaches_the_claiming_worker_and_every_later_submit(
    tmp_path: Path,
) -> None:
    journal = Journal(tmp_path / "journal.sqlite3")
    campaign = make_campaign(tmp_path, journal, 2)
    recorder = Recorder()
    writer = _writer(journal, campaign, recorder)
    journal.close()  # the real failure: the database is gone from under the writer
    with pytest.raises(JournalError, match="journal"):
        writer.submit(RowChange(0, RowState.SENDING), RowState.PENDING, wait=True)
    with pytest.raises(JournalError):
        writer.submit(RowChange(1, RowState.SENT), RowState.SENDING)
    writer.close()
    assert recorder.batches == []
