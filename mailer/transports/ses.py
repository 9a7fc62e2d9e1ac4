"""Amazon SES API transport: sesv2 SendEmail with the exact MIME bytes.

Sending skips botocore's generic client path, which cost about 1.1 ms of CPU per call
(parameter validation, serialisation, some forty event hooks, user-agent and retry
bookkeeping): most of what one Python process has per message at 500/s. Each worker
builds the SendEmail request itself, in the rest-json shape of botocore's model
(``POST /v2/email/outbound-emails``, the raw bytes base64 in ``Content.Raw.Data``),
signs it with botocore's SigV4 signer and the session's credentials, and sends it
over its own keep-alive connection (botocore's HTTP session: proxies, CA bundle,
timeouts, and its exceptions). Error replies go through botocore's rest-json parser,
so the mapping below sees exactly what a client would have raised. Accounts,
identities and tracking keep using ordinary boto3 clients.

There is one attempt per send: the runner owns retries and pacing, and botocore's own
retry would repeat even "Daily message quota exceeded", which no retry can fix. Errors
are mapped by code *and* message, because SES reuses codes (Throttling covers both
rate and quota).
"""

from __future__ import annotations

import base64
import json
from collections.abc import Mapping
from typing import Any

import botocore
from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest, AWSResponse
from botocore.endpoint import convert_to_response_dict
from botocore.exceptions import (
    BotoCoreError,
    ClientError,
    ConnectionClosedError,
    ConnectionError,
    HTTPClientError,
    NoCredentialsError,
    ReadTimeoutError,
    SSLError,
)
from botocore.httpsession import URLLib3Session
from botocore.parsers import create_parser

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

OPERATION = "SendEmail"
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
    value = next((v for k, v in headers.items() if str(k).lower() == "retry-after"), None)
    try:
        return float(value) if value is not None else None
    except (TypeError, ValueError):
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
    """Sends SendEmail over one keep-alive connection; not shared between threads.

    ``client`` (one sesv2 client, shared by the workers of a factory) supplies the
    endpoint, region and signing name; its ``before-send`` hooks are honoured as
    botocore honours them, so stubs of botocore (moto's in-process mock, tests that
    inject error replies) still work. ``credentials`` are the session's (``None`` when
    none were found); refreshable ones are refreshed as botocore refreshes them.
    """

    def __init__(
        self,
        client: Any,
        *,
        credentials: Any,
        http: URLLib3Session,
        configuration_set: str = "",
    ) -> None:
        self.client = client
        self.configuration_set = configuration_set
        self.where = aws.describe(client)
        self._credentials = credentials
        self._http = http
        meta = client.meta
        operation = meta.service_model.operation_model(OPERATION)
        self._operation = operation
        self._url = meta.endpoint_url.rstrip("/") + operation.http["requestUri"]
        self._region = meta.region_name
        self._signing_name = meta.service_model.signing_name
        self._event = f"before-send.{meta.service_model.service_id.hyphenize()}.{OPERATION}"
        self._agent = f"{aws.USER_AGENT} botocore/{botocore.__version__}"

    def send(
        self, message: bytes, *, sender: str, recipient: str, tags: Mapping[str, str]
    ) -> SendResult:
        request: dict[str, Any] = {
            "FromEmailAddress": sender,
            "Destination": {"ToAddresses": [recipient]},
            "Content": {"Raw": {"Data": base64.b64encode(message).decode("ascii")}},
        }
        if self.configuration_set:
            request["ConfigurationSetName"] = self.configuration_set
        if tags:
            request["EmailTags"] = email_tags(tags)
        try:
            response = self._post(json.dumps(request).encode())
            if response.status_code >= 300:
                raise ClientError(self._parse_error(response), OPERATION)
        except (ClientError, BotoCoreError) as exc:
            raise map_error(exc, where=self.where, sender=sender, recipient=recipient) from exc
        try:
            message_id = json.loads(response.content)["MessageId"]
        except (ValueError, KeyError, TypeError) as exc:
            raise DeliveryInDoubt(
                f"{self.where} answered {response.status_code} without a message id; "
                "the message may have been sent."
            ) from exc
        return SendResult(message_id=str(message_id))

    def _post(self, body: bytes) -> AWSResponse:
        if self._credentials is None:
            raise NoCredentialsError()
        request = AWSRequest(
            method="POST",
            url=self._url,
            headers={"Content-Type": "application/json", "User-Agent": self._agent},
            data=body,
        )
        frozen = self._credentials.get_frozen_credentials()
        SigV4Auth(frozen, self._signing_name, self._region).add_auth(request)
        prepared = request.prepare()
        _, stubbed = self.client.meta.events.emit_until_response(self._event, request=prepared)
        if stubbed is not None:
            return stubbed
        return self._http.send(prepared)

    def _parse_error(self, response: AWSResponse) -> dict[str, Any]:
        """An error reply as botocore parses it: {"Error": {Code, Message}, ...}."""
        parsed: dict[str, Any] = create_parser(self._operation.metadata["protocol"]).parse(
            convert_to_response_dict(response, self._operation), self._operation.output_shape
        )
        return parsed

    def close(self) -> None:
        self._http.close()


def ses_transport_factory(profile: Profile, *, concurrency: int) -> TransportFactory:
    """Session, credentials, region and endpoint are resolved once, in the caller's thread
    (sessions are not thread-safe); the workers share one client for those and each has
    its own connection. ``concurrency`` is accepted for symmetry with the other kinds:
    every worker holds exactly one connection."""
    del concurrency
    session = aws.make_session(profile)
    client = aws.make_client(profile, "sesv2", sending=True, session=session)
    credentials = session.get_credentials()
    connection = aws.http_session_factory(session, client.meta.endpoint_url)

    def factory() -> SesTransport:
        return SesTransport(
            client,
            credentials=credentials,
            http=connection(),
            configuration_set=profile.configuration_set,
        )

    return factory


__all__ = [
    "SesTransport",
    "email_tags",
    "map_client_error",
    "map_error",
    "sanitize_tag",
    "ses_transport_factory",
]
