"""The campaign lock excludes a second process, and the kernel frees it when the holder
exits or is killed.

Regression for the home-made Windows lock: it locked one byte at the end of a file it
then rewrote (the holder's pid), so a second process locked a different byte and got
in. Here the holder is a real, separate interpreter, and the lock file itself must stay
untouched while the pid goes next to it. Every step waits on an explicit line from the
child's stdout; nothing sleeps and nothing is timed.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from mailer.errors import JournalError, MailerError
from mailer.store.lock import CampaignLock, is_locked

ROOT = Path(__file__).resolve().parents[3]

# Takes the lock, says "ready <pid>", then waits for one line on stdin before releasing.
HOLDER = """
import os, sys
from pathlib import Path
from mailer.store.lock import CampaignLock

lock = CampaignLock(Path(sys.argv[1]))
lock.acquire()
print("ready", os.getpid(), flush=True)
sys.stdin.readline()
lock.release()
print("released", flush=True)
"""

BUSY = "being sent by another process right now"


@contextmanager
def holder(path: Path) -> Iterator[subprocess.Popen[str]]:
    """A separate process holding the lock at ``path`` (until told or killed)."""
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path)],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        if not line.startswith("ready"):
            proc.kill()
            _, err = proc.communicate()
            raise AssertionError(f"the holder did not take the lock: {line!r} {err}")
        assert int(line.split()[1]) == proc.pid
        yield proc
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.communicate()


def _tell_release(proc: subprocess.Popen[str]) -> None:
    assert proc.stdin is not None and proc.stdout is not None
    proc.stdin.write("release\n")
    proc.stdin.flush()
    assert proc.stdout.readline().strip() == "released"
    assert proc.wait() == 0


def _refused(path: Path) -> JournalError:
    with pytest.raises(JournalError) as info:
        CampaignLock(path).acquire()
    assert isinstance(info.value, MailerError)
    assert BUSY in str(info.value) and "Wait for it to finish or stop it first" in str(info.value)
    return info.value


def test_second_process_is_refused_until_the_holder_releases(tmp_path: Path) -> None:
    path = tmp_path / "locks" / "campaign-7.lock"
    with holder(path) as proc:
        # The pid goes next to the lock; the locked file is never written to.
        assert CampaignLock(path).pid_path.read_text(encoding="utf-8") == str(proc.pid)
        assert path.stat().st_size == 0
        assert is_locked(path)
        _refused(path)
        _refused(path)  # a failed attempt leaves the holder's lock (and pid) in place
        assert CampaignLock(path).pid_path.read_text(encoding="utf-8") == str(proc.pid)

        _tell_release(proc)

        assert not is_locked(path)
        assert not CampaignLock(path).pid_path.exists()
        mine = CampaignLock(path)
        mine.acquire()
        assert mine.pid_path.read_text(encoding="utf-8") == str(os.getpid())
        mine.release()


def test_a_killed_holder_frees_the_lock(tmp_path: Path) -> None:
    path = tmp_path / "campaign-8.lock"
    with holder(path) as proc:
        _refused(path)
        proc.kill()  # SIGKILL: no release, no cleanup
        proc.wait()

        assert not is_locked(path)
        mine = CampaignLock(path)
        mine.acquire()  # the stale pid file does not get in the way...
        assert mine.pid_path.read_text(encoding="utf-8") == str(os.getpid())  # ...it is replaced
        mine.release()


def test_another_process_is_refused_while_this_one_holds_it(tmp_path: Path) -> None:
    path = tmp_path / "campaign-9.lock"
    mine = CampaignLock(path)
    mine.acquire()
    try:
        proc = subprocess.run(
            [sys.executable, "-c", HOLDER, str(path)],
            cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
            input="",
            capture_output=True,
            text=True,
            check=False,
        )
        assert proc.returncode != 0
        assert "JournalError" in proc.stderr and BUSY in proc.stderr
    finally:
        mine.release()


def test_same_process_reacquires_after_release(tmp_path: Path) -> None:
    path = tmp_path / "campaign-1.lock"
    lock = CampaignLock(path)
    lock.acquire()
    assert lock.held and is_locked(path)
    with pytest.raises(JournalError, match=BUSY):
        lock.acquire()  # not re-entrant: one run per lock at a time
    lock.release()
    lock.release()  # releasing twice is harmless
    assert not lock.held and not is_locked(path)

    lock.acquire()
    lock.release()
    other = CampaignLock(path)
    other.acquire()
    other.release()
    assert not is_locked(path)


def test_release_from_another_thread(tmp_path: Path) -> None:
    path = tmp_path / "campaign-2.lock"
    lock = CampaignLock(path)
    worker = threading.Thread(target=lock.acquire)
    worker.start()
    worker.join()
    assert lock.held
    lock.release()
    assert not is_locked(path)
    other = CampaignLock(path)
    other.acquire()
    other.release()


def test_the_lock_folder_is_created(tmp_path: Path) -> None:
    path = tmp_path / "data" / "locks" / "campaign-3.lock"
    assert not is_locked(path)
    assert not path.parent.exists()  # looking creates nothing

    lock = CampaignLock(path)
    lock.acquire()
    assert path.parent.is_dir() and is_locked(path)
    lock.release()


def test_an_unusable_folder_is_a_journal_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(JournalError, match="Cannot create the campaign lock"):
        CampaignLock(blocker / "locks" / "campaign-4.lock").acquire()


def test_campaign_lock_refuses_a_second_holder(tmp_path: Path) -> None:
    first = CampaignLock(tmp_path / "c.lock")
    first.acquire()
    with pytest.raises(JournalError, match="another process"):
        CampaignLock(tmp_path / "c.lock").acquire()
    first.release()
    CampaignLock(tmp_path / "c.lock").acquire()
