"""An OS-level lock per campaign: held while a runner sends it, released by the
kernel even when the process is killed, so a crashed campaign is told apart from one
another process is still sending."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import IO

from mailer.errors import JournalError


class CampaignLock:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._fh: IO[str] | None = None

    def acquire(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fh = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 - held until release()
        try:
            _lock(fh)
        except OSError as exc:
            fh.close()
            raise JournalError(
                f"This campaign is being sent by another process right now (lock {self.path}). "
                "Wait for it to finish or stop it first."
            ) from exc
        fh.seek(0)
        fh.truncate()
        fh.write(str(os.getpid()))
        fh.flush()
        self._fh = fh

    def release(self) -> None:
        if self._fh is not None:
            self._fh.close()  # closing drops the lock
            self._fh = None


def _lock(fh: IO[str]) -> None:
    if sys.platform == "win32":
        import msvcrt

        msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
    else:
        import fcntl

        fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
