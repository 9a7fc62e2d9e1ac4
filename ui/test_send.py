"""Test sends: one built message to one address, logged, never counted as a campaign send.

``check_sandbox`` runs on the UI thread with what the AppContext already knows;
``send_test`` runs in a worker (transport, journal).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ui.context import AppContext

if TYPE_CHECKING:
    from mailer.settings import Profile

TEST_TAGS = {"bulk_mailer": "test_send"}


@dataclass(frozen=True)
class TestSendResult:
    recipient: str
    message_id: str = ""
    error: str = ""  # a MailerError's sentence when the transport refused


def check_sandbox(context: AppContext, address: str) -> str:
    """Why the SES sandbox would refuse ``address`` ("" = go ahead), from cached facts."""
    from mailer.account import sandbox_allows

    if not context.is_ses or not context.sandbox:
        return ""
    if sandbox_allows(address, context.identities):
        return ""
    return QCoreApplication.translate(
        "test_send",
        "This account is in the SES sandbox, which only delivers to verified addresses "
        "and the mailbox simulator. Verify %1 first (Settings → Account), or pick a "
        "verified address.",
    ).replace("%1", address)


def send_test(profile: Profile, message: bytes, sender: str, address: str) -> TestSendResult:
    """Worker side: sandbox re-check with fresh facts, send, log to the journal."""
    from mailer.account import fetch_limits, list_identities, sandbox_allows
    from mailer.errors import TransportError
    from mailer.transports import make_transport_factory

    sandboxed = profile.kind == "ses" and not fetch_limits(profile).production
    if sandboxed and not sandbox_allows(address, list_identities(profile)):
        return TestSendResult(
            address,
            error=QCoreApplication.translate(
                "test_send",
                "The SES sandbox only delivers to verified addresses; %1 is not verified.",
            ).replace("%1", address),
        )
    transport = make_transport_factory(profile, concurrency=1)()
    try:
        result = TestSendResult(
            address,
            message_id=transport.send(
                message, sender=sender, recipient=address, tags=TEST_TAGS
            ).message_id,
        )
    except TransportError as exc:
        result = TestSendResult(address, error=str(exc))
    finally:
        transport.close()
    _log(profile.name, result)
    return result


def _log(profile: str, result: TestSendResult) -> None:
    from mailer.journal import Journal

    journal = Journal.open_default()
    try:
        journal.log_test_send(profile, result.recipient, result.message_id, result.error)
    finally:
        journal.close()
