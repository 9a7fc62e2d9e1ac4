"""The daily quota is one per account, shared through the journal: two runners (each
on its own connection to the same SQLite file, as two processes are) never send more
than the cap between them, and a hold left by a dead run does not block anyone."""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

from mailer.sending.progress import Progress
from mailer.sending.quota import SharedQuota, quota_batch
from mailer.sending.runner import CampaignRunner, Limits, RunOptions
from mailer.states import CampaignStatus, ReasonCode, RowState, reason
from mailer.store.journal import Journal
from mailer.store.lock import CampaignLock, campaign_lock_path, lock_folder
from mailer.store.rows import RowChange
from mailer.store.send_log import LogWindow
from mailer.transports.outbox import OutboxTransport
from tests.mailer.campaign_fixtures import make_campaign

ACCOUNT = "outbox:shared"
DAY = 24 * 3600.0


def _runner(journal: Journal, cid: int, outbox: Path, daily: int | None) -> CampaignRunner:
    holder: list[CampaignRunner] = []

    def stop_when_waiting(p: Progress) -> None:
        # The cap is reached for this runner: end it (resumable) instead of waiting a day.
        if p.status is CampaignStatus.WAITING_QUOTA:
            holder[0].stop(reason(ReasonCode.INTERRUPTED))

    runner = CampaignRunner(
        journal,
        cid,
        lambda: OutboxTransport(outbox),
        Limits(rate=0, daily=daily),
        # One worker each: no send of the runner's own is in flight when it stops.
        RunOptions(concurrency=1, account=ACCOUNT),
        on_progress=stop_when_waiting,
    )
    holder.append(runner)
    return runner


def _files(outbox: Path) -> int:
    return len(os.listdir(outbox / "new")) if (outbox / "new").is_dir() else 0


def test_two_runners_on_one_account_never_send_more_than_the_cap(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    setup = Journal(path)
    first = make_campaign(tmp_path / "a", setup, 150)
    second = make_campaign(tmp_path / "b", setup, 150)
    outbox = tmp_path / "outbox"
    # Both exist (and have read the send log) before either sends, as two processes
    # started together do.
    runners = [
        _runner(Journal(path), first, outbox, 100),
        _runner(Journal(path), second, outbox, 100),
    ]
    results: list[Progress] = []
    threads = [threading.Thread(target=lambda r=r: results.append(r.run())) for r in runners]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert not any(t.is_alive() for t in threads)
    assert sorted(p.status for p in results) == [CampaignStatus.STOPPED] * 2
    sent = sum(setup.rows.counts(cid)[RowState.SENT] for cid in (first, second))
    assert sent == 100 == _files(outbox)
    assert len(setup.send_log.times_since(time.time() - DAY, ACCOUNT)) == 100
    assert setup.send_log.holds(ACCOUNT) == []  # both runs gave back what they held


def test_the_cap_counts_sends_logged_by_another_campaign_while_running(tmp_path: Path) -> None:
    journal = Journal(tmp_path / "journal.sqlite3")
    cid = make_campaign(tmp_path / "a", journal, 30)
    other = make_campaign(tmp_path / "b", journal, 30)
    runner = _runner(journal, cid, tmp_path / "outbox", 20)
    # Another process sends 15 on the account after this runner was made.
    journal.rows.write_batch(
        other,
        [RowChange(i, RowState.SENT, message_id=f"m{i}", time=time.time()) for i in range(15)],
        ACCOUNT,
    )
    runner.run()
    assert journal.rows.counts(cid)[RowState.SENT] == 5


def test_a_live_hold_counts_and_a_dead_one_is_dropped(tmp_path: Path) -> None:
    journal = Journal(tmp_path / "journal.sqlite3")
    cid = make_campaign(tmp_path / "a", journal, 30)
    live, dead = (
        make_campaign(tmp_path / "b", journal, 1),
        make_campaign(tmp_path / "c", journal, 1),
    )
    now = time.time()
    for holder in (live, dead):
        view = journal.send_log.reserve(
            LogWindow(ACCOUNT), holder, want=5, limit=100, since=now - DAY, now=now
        )
        assert view.granted == 5
    # ``live`` is being sent by someone (its lock is held); ``dead`` was SIGKILLed.
    lock = CampaignLock(campaign_lock_path(lock_folder(journal.path), live))
    lock.acquire()
    try:
        runner = _runner(journal, cid, tmp_path / "outbox", 20)
        runner.run()
    finally:
        lock.release()
    assert journal.rows.counts(cid)[RowState.SENT] == 15  # 20 less the live hold of 5
    assert [c for c, _ in journal.send_log.holds(ACCOUNT)] == [live]


def test_each_logged_send_uses_up_a_slot_of_the_hold(tmp_path: Path) -> None:
    journal = Journal(tmp_path / "journal.sqlite3")
    cid = make_campaign(tmp_path, journal, 5)
    now = time.time()
    window = LogWindow(ACCOUNT)
    view = journal.send_log.reserve(window, cid, want=4, limit=10, since=now - DAY, now=now)
    assert (view.granted, view.held, view.used) == (4, 4, 4)
    journal.rows.write_batch(
        cid, [RowChange(i, RowState.SENT, message_id=f"m{i}") for i in range(3)], ACCOUNT
    )
    view = journal.send_log.reserve(window, cid, want=0, limit=10, since=now - DAY, now=now)
    assert (view.logged, view.held, view.used) == (3, 1, 4)  # never counted twice
    view = journal.send_log.reserve(window, cid, want=50, limit=10, since=now - DAY, now=now)
    assert view.granted == 6 and view.used == 10


def test_quota_without_a_cap_never_reserves(tmp_path: Path) -> None:
    journal = Journal(tmp_path / "journal.sqlite3")
    cid = make_campaign(tmp_path, journal, 1)
    quota = SharedQuota(journal, ACCOUNT, cid, None, lock_dir=tmp_path / "locks")
    quota.start()
    assert all(quota.try_take() is None for _ in range(1000))
    assert quota.used() == 1000 and quota.remaining() is None
    assert journal.send_log.holds(ACCOUNT) == []
    assert quota_batch(0) == quota_batch(1e9) == 256 and quota_batch(1) == 1


def test_the_mirrored_window_counts_what_a_full_count_counts(tmp_path: Path) -> None:
    """The reservation reads only new rows (by id); the plain SQL count over the whole
    window is the reference, with sends logged out of order by two connections and the
    window sliding past old ones."""
    import random

    path = tmp_path / "journal.sqlite3"
    mine, theirs = Journal(path), Journal(path)
    cids = [make_campaign(tmp_path / n, mine, 400) for n in ("a", "b")]
    rng = random.Random(17)
    window = LogWindow(ACCOUNT)
    start, idx = 1_000_000.0, [0, 0]
    for step in range(60):
        now = start + step * 3000.0  # the window slides over the 60 steps (50 hours)
        for n, journal in enumerate((mine, theirs)):
            changes = []
            for _ in range(rng.randrange(0, 6)):
                at = now - rng.uniform(0, 90_000)  # out of order, some already outside
                changes.append(RowChange(idx[n], RowState.SENT, message_id="m", time=at))
                idx[n] += 1
            journal.rows.write_batch(cids[n], changes, rng.choice([ACCOUNT, "elsewhere"]))
        view = mine.send_log.reserve(window, cids[0], want=0, limit=10**6, since=now - DAY, now=now)
        reference = mine.send_log.times_since(now - DAY, ACCOUNT)
        assert view.logged == len(reference)
        assert view.oldest == (reference[0] if reference else None)
