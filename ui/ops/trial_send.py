"""Test sends: one built message to one address, logged, never counted as a campaign send.

``check_sandbox`` runs on the UI thread with what the AppContext already knows;
``send_test`` runs in a worker (transport, journal).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication

from ui.context import AppContext

if TYPE_CHECKING:
    from mailer import Profile, RenderedEmail, SenderSettings


class TestMessage(Protocol):
    """What a test send is built from (the preview dialog's BuiltPreview)."""

    @property
    def rendered(self) -> RenderedEmail | None: ...
    @property
    def recipient(self) -> str: ...
    @property
    def message(self) -> bytes: ...


@dataclass(frozen=True)
class TestSendResult:
    recipient: str
    message_id: str = ""
    error: str = ""  # a MailerError's sentence when the transport refused


def check_sandbox(context: AppContext, address: str) -> str:
    """Why the SES sandbox would refuse ``address`` ("" = go ahead), from cached facts."""
    from mailer import sandbox_allows

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


def send_test(
    profile: Profile,
    built: TestMessage,
    sender: SenderSettings,
    address: str,
    *,
    prefix: bool = True,
) -> TestSendResult:
    """Worker side: the previewed message as a test ([TEST] subject unless ``prefix`` is
    off, X-Bulk-Mailer-Test header); the core re-checks the sandbox, sends and logs."""
    from mailer.errors import MailerError
    from mailer.service import build_test_message
    from mailer.service import send_test as core_send_test
    from ui.errors import error_text

    try:
        message = built.message
        if built.rendered is not None:
            message = build_test_message(
                built.rendered, to=built.recipient, sender=sender, prefix=prefix
            )
        message_id = core_send_test(profile, message, sender=sender.from_addr, to=address)
        return TestSendResult(address, message_id=message_id)
    except MailerError as exc:
        return TestSendResult(address, error=error_text(exc))
