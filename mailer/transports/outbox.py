"""The local outbox: every message into a Maildir. The default when no account is set up.

Delivery follows the Maildir protocol (write into tmp/, then rename into new/), so
a killed process never leaves half a message, and any Maildir reader (the stdlib
``mailbox.Maildir``, mutt, Thunderbird) opens the folder. The file name carries the
campaign and recipient ids, which lets the runner settle its own ``unknown`` rows
after a crash by looking for them here.
"""

from __future__ import annotations

import itertools
import os
import re
import socket
import threading
import time
from collections.abc import Mapping
from pathlib import Path

from mailer.errors import AccountError
from mailer.transports.base import SendResult

_counter = itertools.count()
_counter_lock = threading.Lock()
_UNSAFE = re.compile(r"[^A-Za-z0-9_-]")


def outbox_key(tags: Mapping[str, str]) -> str:
    """The part of the file name that identifies a campaign's recipient."""
    campaign = _UNSAFE.sub("", tags.get("campaign", ""))
    recipient = _UNSAFE.sub("", tags.get("recipient", ""))
    return f"{campaign}-{recipient}" if campaign and recipient else ""


class OutboxTransport:
    """Writes each message as one file of a Maildir."""

    def __init__(self, directory: str | Path) -> None:
        self.directory = Path(directory)
        self._host = socket.gethostname().replace("/", "_").replace(":", "_")
        self._pid = os.getpid()
        try:
            for sub in ("tmp", "new", "cur"):
                (self.directory / sub).mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise AccountError(
                f"Cannot create the outbox folder {self.directory}: {exc.strerror}. "
                "Choose another outbox folder or free some disk space."
            ) from exc

    def send(
        self, message: bytes, *, sender: str, recipient: str, tags: Mapping[str, str]
    ) -> SendResult:
        name = self._unique_name(outbox_key(tags))
        tmp = self.directory / "tmp" / name
        try:
            _write_new(tmp, message)
            os.rename(tmp, self.directory / "new" / name)
        except OSError as exc:
            raise AccountError(
                f"Cannot write to the outbox {self.directory}: {exc.strerror}. "
                "Free some disk space or choose another outbox folder, then resume."
            ) from exc
        return SendResult(message_id=name)

    def close(self) -> None:
        return None

    def _unique_name(self, key: str) -> str:
        with _counter_lock:
            n = next(_counter)
        now = time.time()
        unique = f"{int(now)}.M{int(now % 1 * 1e6)}P{self._pid}Q{n}"
        return f"{unique}_{key}.{self._host}" if key else f"{unique}.{self._host}"


def _write_new(path: Path, data: bytes) -> None:
    """Create and write a file with bare syscalls: open() adds an isatty ioctl, an fstat
    and an lseek per file, a tenth of the outbox's cost per message. Mode 0600: the
    messages hold recipients' personal data."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
    finally:
        os.close(fd)


def delivered_keys(directory: str | Path) -> dict[str, str]:
    """Map each campaign/recipient key found in the Maildir to its file name."""
    found: dict[str, str] = {}
    for sub in ("new", "cur"):
        folder = Path(directory) / sub
        if not folder.is_dir():
            continue
        for entry in os.scandir(folder):
            name = entry.name.split(":", 1)[0]
            unique = name.split(".", 2)
            if len(unique) >= 2 and "_" in unique[1]:
                found[unique[1].split("_", 1)[1]] = entry.name
    return found
