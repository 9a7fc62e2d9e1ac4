"""The proof: SIGKILL the sending process at random moments (outbox, fake, and the
SES API with a build process), resume, and check that
every valid recipient got exactly one message — except rows reported ``unknown``
(only those in flight at the kill), and that none is missing."""

from __future__ import annotations

import collections
import mailbox
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from mailer.store.journal import Journal
from tests.mailer.campaign_fixtures import make_campaign

ROOT = Path(__file__).resolve().parents[2]
DRIVER = Path(__file__).with_name("kill_driver.py")
N = 2000
TRIALS = 10
CONCURRENCY = 4


def _start(journal: Path, cid: int, mode: str, maildir: Path | str) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [sys.executable, str(DRIVER), str(journal), str(cid), mode, str(maildir)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def _kill_after(proc: subprocess.Popen[bytes], journal: Journal, cid: int, target: int) -> bool:
    """SIGKILL once ``target`` rows are sent; False if the run ended first."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            return False
        if journal.rows.counts(cid)["sent"] >= target:
            proc.send_signal(signal.SIGKILL)
            proc.wait()
            return True
        time.sleep(0.002)
    proc.kill()
    raise AssertionError("the child made no progress")


def _files_per_key(maildir: Path, uid: str) -> collections.Counter[int]:
    counts: collections.Counter[int] = collections.Counter()
    for sub in ("new", "cur"):
        for name in os.listdir(maildir / sub):
            key = name.split(".")[1].split("_", 1)[1]
            assert key.startswith(uid + "-")
            counts[int(key.rsplit("-", 1)[1])] += 1
    return counts


@pytest.mark.slow
@pytest.mark.parametrize("mode", ["outbox", "fake"])
def test_sigkill_at_random_moments_never_loses_or_duplicates(tmp_path: Path, mode: str) -> None:
    rng = random.Random(20261122)
    journal_path = tmp_path / "journal.sqlite3"
    journal = Journal(journal_path)
    total_unknown = 0
    for trial in range(TRIALS):
        maildir = tmp_path / f"maildir-{trial}"
        cid = make_campaign(tmp_path / f"t{trial}", journal, N)
        uid = journal.campaigns.get(cid).uid
        kills = 0
        for _ in range(2):  # kill up to twice per trial, at random points
            proc = _start(journal_path, cid, mode, maildir)
            if _kill_after(proc, journal, cid, rng.randrange(1, N - 100)):
                kills += 1
        proc = _start(journal_path, cid, mode, maildir)
        _, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err.decode()
        counts = journal.rows.counts(cid)
        assert counts["pending"] == counts["sending"] == 0
        files = _files_per_key(maildir, uid)
        states = {r.idx: r.state for r in journal.rows.page(cid)}
        unknown = [i for i, s in states.items() if s == "unknown"]
        if mode == "outbox":
            assert unknown == []  # the outbox settles its own rows in doubt
        assert len(unknown) <= kills * CONCURRENCY
        total_unknown += len(unknown)
        for idx, state in states.items():
            if state == "unknown":
                assert files[idx] <= 1
            else:
                assert state == "sent" and files[idx] == 1, (idx, state, files[idx])
        assert set(files) <= set(states)
    # The Maildir is a real one: the stdlib reads it.
    assert len(mailbox.Maildir(tmp_path / "maildir-0", create=False)) >= N - total_unknown


SES_N = 600
SES_TRIALS = 3


def _children(pid: int) -> list[int]:
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").glob("*/children"):
        found += [int(x) for x in task.read_text().split()]
    return found


def _gone(pid: int) -> bool:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except FileNotFoundError:
        return True
    return "State:\tZ" in status  # ended; only not yet reaped


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="reads /proc (Linux)")
def test_sigkill_with_a_build_process_never_loses_or_duplicates(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The SES API transport with a build process (mailer.sending.buildpool): the kill
    lands while requests are built in the other process; what reached the service
    (tests/sessink.py) matches the journal, and the build process ends with its run."""
    from tests.sessink import ses_sink

    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "AKIDKILLTEST")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "kill-test-secret")
    rng = random.Random(20261203)
    journal_path = tmp_path / "journal.sqlite3"
    journal = Journal(journal_path)
    total_kills = 0
    with ses_sink() as sink:
        for trial in range(SES_TRIALS):
            cid = make_campaign(tmp_path / f"t{trial}", journal, SES_N)
            kills = 0
            for _ in range(2):
                proc = _start(journal_path, cid, "ses", sink.url)
                children = _wait_children(proc)
                if _kill_after(proc, journal, cid, rng.randrange(1, SES_N - 100)):
                    kills += 1
                deadline = time.monotonic() + 15
                while not all(_gone(c) for c in children) and time.monotonic() < deadline:
                    time.sleep(0.05)
                assert all(_gone(c) for c in children), "a build process outlived its run"
            proc = _start(journal_path, cid, "ses", sink.url)
            _, err = proc.communicate(timeout=120)
            assert proc.returncode == 0, err.decode()
            counts = journal.rows.counts(cid)
            assert counts["pending"] == counts["sending"] == 0
            uid = journal.campaigns.get(cid).uid
            with sink.lock:
                received = {idx: n for idx, n in sink.received.items()}
                sink.received.clear()
            unknown = 0
            for row in journal.rows.page(cid):
                if row.state == "unknown":
                    unknown += 1
                    assert received.get(row.idx, 0) <= 1
                else:
                    assert row.state == "sent", (row.idx, row.state)
                    assert received.get(row.idx) == 1, (row.idx, received.get(row.idx))
                    assert row.message_id == f"{uid}-{row.idx}"
            assert unknown <= kills * CONCURRENCY
            assert set(received) <= set(range(SES_N))
            total_kills += kills
    assert total_kills >= SES_TRIALS  # the kills did land mid-run


def _wait_children(proc: subprocess.Popen[bytes]) -> list[int]:
    """The driver's child processes (its build process), once started."""
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and proc.poll() is None:
        found = _children(proc.pid)
        if found:
            return found
        time.sleep(0.01)
    return []
