"""Amazon SES API transport: sesv2 SendEmail with the exact MIME bytes.

One botocore client per transport instance (one per worker), built with a single
attempt: the runner owns retries and pacing, and botocore's own retry would repeat
even "Daily message quota exceeded", which no retry can fix. Errors are mapped by
code *and* message, because SES reuses codes (Throttling covers both rate and quota).
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from typing import Any

from botocore.exceptions import (
    BotoCoreError,
    ClientError,
    ConnectionClosedError,
    ConnectionError,
    HTTPClientError,
    ReadTimeoutError,
    SSLError,
)

from mailer import aws
from mailer.account import sender_not_verified
from mailer.errors import (
    AccountError,
    DeliveryInDoubt,
    QuotaExhausted,
    RecipientRejected,
    RetryableError,
    TransportError,
)
from mailer.settings import Profile
from mailer.transports.base import SendResult, TransportFactory
from mailer.transports.tags import email_tags, sanitize_tag

THROTTLE_CODES = {"TooManyRequests", "Throttling", "ThrottlingException"}
SERVER_CODES = {"InternalFailure", "InternalServerError", "ServiceUnavailable", "InternalError"}
# Codes that stop the campaign, with what to do. Credential codes live in mailer.aws.
ACCOUNT_HINTS = {
    "SendingPaused": "sending is paused for this account or configuration set; "
    "resume it in the SES console (check the bounce and complaint rates first)",
    "AccountSuspended": "the account is suspended from sending; contact AWS Support",
    "MailFromDomainNotVerified": "the custom MAIL FROM domain is not verified; "
    "publish its MX and SPF records or remove it from the identity",
    "NotFound": "the configuration set does not exist in this region; "
    "create it or clear it from the profile",
    "ConfigurationSetDoesNotExist": "the configuration set does not exist in this region; "
    "create it or clear it from the profile",
}
# Per-message problems: bad address or parameter in this one message.
RECIPIENT_CODES = {"BadRequest", "InvalidParameterValue", "MessageRejected"}


def _retry_after(exc: ClientError) -> float | None:
    headers = exc.response.get("ResponseMetadata", {}).get("HTTPHeaders", {})
    try:
        return float(headers["retry-after"])
    except (KeyError, TypeError, ValueError):
        return None


def map_client_error(
    exc: ClientError, *, where: str, sender: str, recipient: str
) -> TransportError:
    """One SES error response -> the TransportError the runner acts on."""
    code, message = aws.error_code(exc), aws.error_message(exc)
    lowered = message.lower()
    if "daily message quota exceeded" in lowered:
        return QuotaExhausted(
            f"{where}: the daily sending quota is used up; sending resumes as the "
            "24-hour window frees up (or request a higher quota in the SES console)."
        )
    if "maximum sending rate exceeded" in lowered or code in THROTTLE_CODES:
        return RetryableError(
            f"{where}: maximum sending rate exceeded; slowing down.",
            throttled=True,
            retry_after=_retry_after(exc),
        )
    credential = aws.credential_error(exc, where)
    if credential:
        return credential
    if code in ACCOUNT_HINTS:
        return AccountError(f"{where} stopped sending ({code}): {ACCOUNT_HINTS[code]}.")
    if code == "MessageRejected" and sender_not_verified(message, sender, recipient):
        return AccountError(
            f"{where} rejected the sender {sender}: {message} Verify the From address "
            "or its domain in this region (mailer verify ADDR), then resume."
        )
    if aws.http_status(exc) >= 500 or code in SERVER_CODES:
        return RetryableError(f"{where} had a temporary error ({code}); will retry.")
    if code in RECIPIENT_CODES:
        return RecipientRejected(f"{where} rejected the message to {recipient}: {message}")
    # Unknown: stop (resumable) rather than fail every remaining recipient the same way.
    return AccountError(f"{where} refused the message ({code}: {message}); check the account.")


def map_error(exc: BaseException, *, where: str, sender: str, recipient: str) -> TransportError:
    """Any boto failure of a send -> a TransportError."""
    if isinstance(exc, ClientError):
        return map_client_error(exc, where=where, sender=sender, recipient=recipient)
    credential = aws.credential_error(exc, where)
    if credential:
        return credential
    if isinstance(exc, SSLError):
        return AccountError(
            f"The TLS connection to {where} failed; check the endpoint and certificates."
        )
    if isinstance(exc, ReadTimeoutError | ConnectionClosedError):
        # The request went out; SES may have accepted it. A retry could duplicate it.
        return DeliveryInDoubt(
            f"The connection to {where} broke before SES answered ({type(exc).__name__}); "
            "the message may have been sent."
        )
    if isinstance(exc, ConnectionError | HTTPClientError):
        return RetryableError(f"The connection to {where} failed ({type(exc).__name__}).")
    return AccountError(f"Sending through {where} failed ({type(exc).__name__}).")


class SesTransport:
    """Sends through one sesv2 client; not shared between threads."""

    def __init__(self, client: Any, *, configuration_set: str = "") -> None:
        self.client = client
        self.configuration_set = configuration_set
        self.where = aws.describe(client)

    def send(
        self, message: bytes, *, sender: str, recipient: str, tags: Mapping[str, str]
    ) -> SendResult:
        request: dict[str, Any] = {
            "FromEmailAddress": sender,
            "Destination": {"ToAddresses": [recipient]},
            "Content": {"Raw": {"Data": message}},
        }
        if self.configuration_set:
            request["ConfigurationSetName"] = self.configuration_set
        if tags:
            request["EmailTags"] = email_tags(tags)
        try:
            reply = self.client.send_email(**request)
        except (ClientError, BotoCoreError) as exc:
            raise map_error(exc, where=self.where, sender=sender, recipient=recipient) from exc
        return SendResult(message_id=str(reply["MessageId"]))

    def close(self) -> None:
        self.client.close()


def ses_transport_factory(profile: Profile, *, concurrency: int) -> TransportFactory:
    """One session for all workers (credentials resolved once, in the caller's thread),
    one client per worker; sessions are not thread-safe, so client creation is locked."""
    session = aws.make_session(profile)
    aws.make_client(profile, "sesv2", session=session)  # fail early on region/endpoint
    lock = threading.Lock()

    def factory() -> SesTransport:
        with lock:
            client = aws.make_client(
                profile, "sesv2", concurrency=concurrency, sending=True, session=session
            )
        return SesTransport(client, configuration_set=profile.configuration_set)

    return factory


__all__ = [
    "SesTransport",
    "email_tags",
    "map_client_error",
    "map_error",
    "sanitize_tag",
    "ses_transport_factory",
]
