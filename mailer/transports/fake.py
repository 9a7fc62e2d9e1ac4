"""A transport with scripted latency and errors, for tests and benchmarks.

``script`` maps a recipient address (or ``"*"`` with a 1-based call number) to an
exception to raise; ``error_every`` injects a RetryableError on every Nth call.
With ``record_to`` it also writes each accepted message into a Maildir, so a test
can count what "went out".
"""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from mailer.errors import RetryableError, TransportError
from mailer.transports.base import SendResult
from mailer.transports.outbox import OutboxTransport


@dataclass
class FakeScript:
    """Shared by every FakeTransport a factory makes (one per worker)."""

    latency: float = 0.0
    errors: dict[str, list[TransportError]] = field(default_factory=dict)
    error_every: int = 0
    calls: int = 0
    sent: list[tuple[str, str]] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)
    record_to: Path | None = None
    on_send: Callable[[str], None] | None = None

    def fail(self, recipient: str, *errors: TransportError) -> None:
        """The next sends to ``recipient`` raise these errors, in order."""
        self.errors.setdefault(recipient, []).extend(errors)


class FakeTransport:
    def __init__(self, script: FakeScript | None = None) -> None:
        self.script = script or FakeScript()
        self._outbox = OutboxTransport(self.script.record_to) if self.script.record_to else None

    def send(
        self, message: bytes, *, sender: str, recipient: str, tags: Mapping[str, str]
    ) -> SendResult:
        s = self.script
        if s.latency:
            time.sleep(s.latency)
        with s.lock:
            s.calls += 1
            call = s.calls
            queued = s.errors.get(recipient)
            error = queued.pop(0) if queued else None
        if error is not None:
            raise error
        if s.error_every and call % s.error_every == 0:
            raise RetryableError("Maximum sending rate exceeded (fake).", throttled=True)
        if self._outbox is not None:
            self._outbox.send(message, sender=sender, recipient=recipient, tags=tags)
        message_id = f"fake-{uuid.uuid4().hex}"
        with s.lock:
            s.sent.append((recipient, message_id))
        if s.on_send:
            s.on_send(recipient)
        return SendResult(message_id=message_id)

    def close(self) -> None:
        return None


def fake_factory(script: FakeScript) -> Callable[[], FakeTransport]:
    return lambda: FakeTransport(script)
