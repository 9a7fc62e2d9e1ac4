"""An OS-level lock per campaign: held while a runner sends it, released by the
kernel even when the process is killed, so a crashed campaign is told apart from one
another process is still sending.

The locking itself is ``filelock.FileLock`` (``flock`` on Unix, ``LockFileEx`` on byte 0
on Windows). Nothing is ever written to the lock file: the holder's pid goes to a
separate ``<lock>.pid`` file, so writing it can never move or touch the locked range.
"""

from __future__ import annotations

import os
from contextlib import suppress
from pathlib import Path

from filelock import FileLock, Timeout

from mailer.errors import JournalError


class CampaignLock:
    """Held by the one runner sending a campaign; ``acquire()`` never waits."""

    def __init__(self, path: Path) -> None:
        self.path = path
        # For a person looking at the folder; meaningful only while ``is_locked(path)``
        # (a killed holder leaves it behind until the next holder overwrites it).
        self.pid_path = path.with_name(path.name + ".pid")
        # Not thread-local: whichever thread acquired, any thread may release.
        self._lock = FileLock(path, timeout=0, thread_local=False)

    @property
    def held(self) -> bool:
        """Whether this object holds the lock right now."""
        return self._lock.is_locked

    def acquire(self) -> None:
        """Take the lock or raise ``JournalError`` at once if anyone else has it."""
        if self._lock.is_locked:  # filelock is re-entrant; this lock is not
            raise _busy(self.path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._lock.acquire(timeout=0)
        except Timeout as exc:  # before OSError: Timeout is a TimeoutError
            raise _busy(self.path) from exc
        except OSError as exc:
            raise JournalError(
                f"Cannot create the campaign lock {self.path}: {exc}. "
                "Check that the folder is writable and the disk is not full."
            ) from exc
        with suppress(OSError):  # informational only; never fails a send
            self.pid_path.write_text(str(os.getpid()), encoding="utf-8")

    def release(self) -> None:
        """Drop the lock; does nothing if this object does not hold it."""
        if not self._lock.is_locked:
            return
        # Remove the pid while still holding the lock, so a new holder's pid is never removed.
        with suppress(OSError):
            self.pid_path.unlink()
        self._lock.release(force=True)


def campaign_lock_path(folder: Path, campaign_id: int) -> Path:
    """The lock file of a campaign in a lock folder (<data dir>/locks by default)."""
    return folder / f"campaign-{campaign_id}.lock"


def lock_folder(journal_path: Path) -> Path:
    """The default lock folder: beside the journal, so every process using it agrees."""
    return journal_path.parent / "locks"


def is_locked(path: Path) -> bool:
    """Whether some process (this one included) holds the campaign lock at ``path``:
    a campaign whose lock is free is not being sent anywhere.

    Probes with a non-blocking acquire that is released at once, so a runner starting
    in that same instant may be refused as if the campaign were busy.
    """
    if not path.exists():  # never create the folder or the file just to look
        return False
    probe = FileLock(path, timeout=0, thread_local=False)
    try:
        probe.acquire(timeout=0)
    except Timeout:
        return True
    except OSError as exc:
        raise JournalError(
            f"Cannot check the campaign lock {path}: {exc}. Check that the folder is readable."
        ) from exc
    probe.release(force=True)
    return False


def _busy(path: Path) -> JournalError:
    return JournalError(
        f"This campaign is being sent by another process right now (lock {path}). "
        "Wait for it to finish or stop it first."
    )
