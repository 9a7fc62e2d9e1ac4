"""The proof: SIGKILL the sending process at random moments, resume, and check that
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


def _start(journal: Path, cid: int, mode: str, maildir: Path) -> subprocess.Popen[bytes]:
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
