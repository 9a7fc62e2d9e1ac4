"""The one seam between the send loop and whatever delivers a message.

SES API, SMTP, the local outbox and the fake are interchangeable. A transport
instance belongs to one worker thread; the runner makes one per worker through a
``TransportFactory``. Limits (rate, quota) are not the transport's business: they
come from ``mailer.aws.account`` or from the user's settings.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Protocol, runtime_checkable


@dataclass(frozen=True, slots=True)
class SendResult:
    """What the service answered: its id for the message (SES MessageId, SMTP queue id)."""

    message_id: str


class Transport(Protocol):
    """Delivers one complete MIME message to one recipient.

    Raises only ``mailer.errors.TransportError`` subclasses.
    """

    def send(
        self, message: bytes, *, sender: str, recipient: str, tags: Mapping[str, str]
    ) -> SendResult: ...

    def close(self) -> None: ...


@runtime_checkable
class Preparing(Protocol):
    """Optional, besides ``send``: a transport that can do a send's own work (build and
    sign the request, open the connection) before the rate slot, so that only the
    request itself stands between the slot and the wire.

    ``prepare`` raises nothing; the callable it returns sends the message once and
    raises what ``send`` raises.
    """

    def prepare(
        self, message: bytes, *, sender: str, recipient: str, tags: Mapping[str, str]
    ) -> Callable[[], SendResult]: ...


@runtime_checkable
class Committing(Protocol):
    """Optional, besides ``send``: a transport that knows the moment a message becomes
    deliverable (SMTP: the body after DATA; until its last line the server keeps
    nothing). ``send_committed`` sends like ``send`` but calls ``commit()`` exactly
    once, right before that moment, and sends nothing more if it raises.

    The runner then waits for the row's ``sending`` claim there instead of before the
    call, so the claims of several sending threads share one journal commit while
    their MAIL and RCPT round trips run; a claim still reaches the journal before the
    message can reach the server.
    """

    def send_committed(
        self,
        message: bytes,
        *,
        sender: str,
        recipient: str,
        tags: Mapping[str, str],
        commit: Callable[[], None],
    ) -> SendResult: ...


TransportFactory = Callable[[], Transport]
