"""Amazon SES API transport: sesv2 SendEmail with the exact MIME bytes.

Sending skips botocore's generic client path, which cost about 1.1 ms of CPU per call
(parameter validation, serialisation, some forty event hooks, user-agent and retry
bookkeeping): most of what one Python process has per message at 500/s. Each worker
builds the SendEmail request itself, in the rest-json shape of botocore's model
(``POST /v2/email/outbound-emails``, the raw bytes base64 in ``Content.Raw.Data``),
signs it with botocore's SigV4 signer and the session's credentials, and sends it
over its own keep-alive connection (mailer.transports.keepalive; botocore's HTTP
session when a proxy is configured). Error replies go through botocore's rest-json
parser, so ``mailer.aws.errors`` sees exactly what a client would have raised.
Accounts, identities and tracking keep using ordinary boto3 clients.

``prepare`` (transports.base.Preparing) does all of that but the write before the
runner takes the rate slot: at 500/s the slot-to-arrival delay is what decides
whether the service's strict one-second window overflows.

There is one attempt per send: the runner owns retries and pacing, and botocore's own
retry would repeat even "Daily message quota exceeded", which no retry can fix.
"""

from __future__ import annotations

import base64
import contextlib
import functools
import json
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import botocore
from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSPreparedRequest, AWSRequest, HeadersDict
from botocore.credentials import ReadOnlyCredentials
from botocore.exceptions import BotoCoreError, ClientError, NoCredentialsError
from botocore.httpsession import URLLib3Session
from botocore.parsers import create_parser

from mailer.aws import session as aws
from mailer.aws.errors import describe, send_error
from mailer.content.addresses import ascii_address
from mailer.content.listmanagement import ListManagement
from mailer.errors import AccountError, DeliveryInDoubt, RecipientRejected, TransportError
from mailer.settings import Profile
from mailer.transports.base import SendResult
from mailer.transports.keepalive import KeepAliveConnection
from mailer.transports.tags import email_tags, sanitize_tag

OPERATION = "SendEmail"
# A request signed ahead of its rate slot is signed again if the slot came this late:
# SES refuses signatures older than five minutes, and credentials may have rotated.
RESIGN_AFTER = 60.0
# After a wait this long (a pause, the quota, a slow rate) the connection is checked
# again before the request goes out; sooner, the check made when preparing holds.
RECHECK_AFTER = 1.0


@dataclass(frozen=True, slots=True)
class Signed:
    """A signed SendEmail request: plain data, so a build process can make it."""

    headers: tuple[tuple[str, str], ...]
    body: bytes
    wire: bytes  # the whole HTTP request, as KeepAliveConnection writes it
    at: float  # time.monotonic() when signed (one clock for every process of the host)
    # time.time() when signed: the monotonic clock stops while a laptop sleeps, the
    # signature's X-Amz-Date does not.
    wall: float = 0.0

    def age(self) -> float:
        """Seconds since signing, by whichever clock says longer (a suspend, a clock
        set back or forward: either way, sign again)."""
        return max(time.monotonic() - self.at, abs(time.time() - self.wall))


@dataclass(frozen=True, slots=True)
class RequestShape:
    """Everything but the credentials that makes and signs a SendEmail request, as
    plain data: the sending threads use it, and so do build processes
    (mailer.sending.buildpool), which sign with the credentials the run hands them."""

    url: str
    target: str
    host: str
    region: str
    signing_name: str
    agent: str
    configuration_set: str = ""
    list_options: Mapping[str, Any] | None = None

    def body(
        self, message: bytes, *, sender: str, recipient: str, tags: Mapping[str, str]
    ) -> bytes:
        """The request's JSON; TransportError for an address SES cannot take."""
        from_addr = _envelope_address(sender, AccountError)
        to_addr = _envelope_address(recipient, RecipientRejected)
        request: dict[str, Any] = {
            "FromEmailAddress": from_addr,
            "Destination": {"ToAddresses": [to_addr]},
            "Content": {"Raw": {"Data": base64.b64encode(message).decode("ascii")}},
        }
        if self.configuration_set:
            request["ConfigurationSetName"] = self.configuration_set
        if tags:
            request["EmailTags"] = email_tags(tags)
        if self.list_options:
            request["ListManagementOptions"] = self.list_options
        return json.dumps(request).encode()

    def sign(self, body: bytes, credentials: ReadOnlyCredentials) -> Signed:
        request = AWSRequest(
            method="POST",
            url=self.url,
            headers={
                "Host": self.host,
                "Content-Type": "application/json",
                "User-Agent": self.agent,
            },
            data=body,
        )
        SigV4Auth(credentials, self.signing_name, self.region).add_auth(request)
        headers = tuple(request.prepare().headers.items())
        head = f"POST {self.target} HTTP/1.1\r\n" + "".join(
            f"{name}: {value}\r\n" for name, value in headers
        )
        wire = head.encode("latin-1") + b"\r\n" + body
        return Signed(headers, body, wire, time.monotonic(), time.time())

    def prepared(self, signed: Signed) -> AWSPreparedRequest:
        """botocore's form of the request, for its before-send hooks and its HTTP session."""
        return AWSPreparedRequest(
            method="POST",
            url=self.url,
            headers=HeadersDict(signed.headers),
            body=signed.body,
            stream_output=False,
        )


class SesTransport:
    """Sends SendEmail over one keep-alive connection; not shared between threads.

    ``client`` (one sesv2 client, shared by the workers of a factory) supplies the
    endpoint, region and signing name; its ``before-send`` hooks are honoured as
    botocore honours them, so stubs of botocore (moto's in-process mock, tests that
    inject error replies) still work. ``credentials`` are the session's (``None`` when
    none were found); refreshable ones are refreshed as botocore refreshes them.
    ``http`` is this worker's connection: a KeepAliveConnection, or botocore's HTTP
    session when a proxy is configured. ``on_sent``, if set, is called as soon as a
    request has been written (the runner's rate guard counts it from then).
    """

    def __init__(
        self,
        client: Any,
        *,
        credentials: Any,
        http: KeepAliveConnection | URLLib3Session,
        configuration_set: str = "",
        list_management: ListManagement | None = None,
    ) -> None:
        self.client = client
        self.configuration_set = configuration_set
        self.where = describe(client)
        self._credentials = credentials
        self._http = http
        self.on_sent: Callable[[], object] | None = None
        meta = client.meta
        self._operation = meta.service_model.operation_model(OPERATION)
        self.shape = request_shape(
            client,
            host=http.host_header if isinstance(http, KeepAliveConnection) else None,
            configuration_set=configuration_set,
            list_management=list_management,
        )
        self._event = f"before-send.{meta.service_model.service_id.hyphenize()}.{OPERATION}"

    def send(
        self, message: bytes, *, sender: str, recipient: str, tags: Mapping[str, str]
    ) -> SendResult:
        return self.prepare(message, sender=sender, recipient=recipient, tags=tags)()

    def prepare(
        self, message: bytes, *, sender: str, recipient: str, tags: Mapping[str, str]
    ) -> Callable[[], SendResult]:
        """Build and sign the request and make sure the connection is open, ahead of
        the rate slot; the result sends it. Raises nothing: a failure here (no
        credentials, endpoint down) happens again, and is reported, when sending."""
        try:
            body = self.shape.body(message, sender=sender, recipient=recipient, tags=tags)
        except TransportError as exc:
            return functools.partial(_raise, exc)
        signed: Signed | None = None
        # Credentials that cannot be refreshed (an assume-role's STS ClientError among
        # them) fail again when sending, where the error is classified.
        with contextlib.suppress(BotoCoreError, ClientError):
            signed = self._sign(body)
        return self.presigned(body, signed, sender=sender, recipient=recipient)

    def presigned(
        self, body: bytes, signed: Signed | None, *, sender: str, recipient: str
    ) -> Callable[[], SendResult]:
        """The send of a request made ahead (here, or by a build process); ``signed``
        None: signed when sent."""
        if isinstance(self._http, KeepAliveConnection):
            with contextlib.suppress(BotoCoreError):
                self._http.ready()
        return functools.partial(self._send, body, signed, sender, recipient)

    def _send(self, body: bytes, signed: Signed | None, sender: str, recipient: str) -> SendResult:
        try:
            waited = signed.age() if signed else 0.0
            if signed is None or waited > RESIGN_AFTER:
                signed = self._sign(body)
            if waited > RECHECK_AFTER and isinstance(self._http, KeepAliveConnection):
                self._http.ready()  # the server may have closed it meanwhile
            status, headers, content = self._exchange(signed)
            if status >= 300:
                raise ClientError(self._parse_error(status, headers, content), OPERATION)
        except (ClientError, BotoCoreError) as exc:
            raise send_error(exc, where=self.where, sender=sender, recipient=recipient) from exc
        try:
            message_id = json.loads(content)["MessageId"]
        except (ValueError, KeyError, TypeError) as exc:
            raise DeliveryInDoubt(
                f"{self.where} answered {status} without a message id; "
                "the message may have been sent."
            ) from exc
        return SendResult(message_id=str(message_id))

    def _sign(self, body: bytes) -> Signed:
        if self._credentials is None:
            raise NoCredentialsError()
        return self.shape.sign(body, self._credentials.get_frozen_credentials())

    def _exchange(self, signed: Signed) -> tuple[int, Mapping[str, str], bytes]:
        events = self.client.meta.events
        request = self.shape.prepared(signed)
        _, stubbed = events.emit_until_response(self._event, request=request)
        if stubbed is not None:
            return stubbed.status_code, stubbed.headers, stubbed.content
        if isinstance(self._http, KeepAliveConnection):
            return self._http.exchange(signed.wire, self.on_sent)
        if self.on_sent is not None:  # botocore's session writes it next
            self.on_sent()
        response = self._http.send(request)
        return response.status_code, response.headers, response.content

    def _parse_error(self, status: int, headers: Mapping[str, str], body: bytes) -> dict[str, Any]:
        """An error reply as botocore parses it: {"Error": {Code, Message}, ...}."""
        reply = {
            "status_code": status,
            "headers": HeadersDict(headers),
            "body": body,
            "context": {"operation_name": OPERATION},
        }
        parser = create_parser(self._operation.metadata["protocol"])
        parsed: dict[str, Any] = parser.parse(reply, self._operation.output_shape)
        return parsed

    def close(self) -> None:
        self._http.close()


def request_shape(
    client: Any,
    *,
    host: str | None = None,
    configuration_set: str = "",
    list_management: ListManagement | None = None,
) -> RequestShape:
    """The SendEmail request of ``client``'s endpoint, region and signing name."""
    meta = client.meta
    operation = meta.service_model.operation_model(OPERATION)
    url = meta.endpoint_url.rstrip("/") + operation.http["requestUri"]
    parts = urlsplit(url)
    return RequestShape(
        url=url,
        target=parts.path,
        host=host or parts.netloc,
        region=meta.region_name,
        signing_name=meta.service_model.signing_name,
        agent=f"{aws.USER_AGENT} botocore/{botocore.__version__}",
        configuration_set=configuration_set,
        # SES adds List-Unsubscribe and hosts the unsubscribe page (docs/ses-subscriptions.md).
        list_options=list_management.api_options() if list_management else None,
    )


def _envelope_address(address: str, error: type[TransportError]) -> str:
    """SES has no SMTPUTF8: an IDN domain goes as punycode, the local part must be ASCII."""
    try:
        ascii_form = ascii_address(address)
    except ValueError as exc:
        raise error(f"{address} cannot be used: {exc}.") from exc
    if not ascii_form.isascii():
        raise error(
            f"Amazon SES cannot send to or from {address}: it takes only ASCII characters "
            "before the @ (no SMTPUTF8)."
        )
    return ascii_form


def _raise(exc: TransportError) -> SendResult:
    raise exc


class SesTransportFactory:
    """Makes the workers' transports. Session, credentials, region and endpoint are
    resolved once, in the caller's thread (sessions are not thread-safe); the workers
    share one client for those and each has its own connection."""

    def __init__(self, profile: Profile, list_management: ListManagement | None) -> None:
        self._profile = profile
        self._list_management = list_management
        session = aws.make_session(profile)
        self._client = aws.make_client(profile, "sesv2", sending=True, session=session)
        self._credentials = session.get_credentials()
        self._verify, self._proxies = aws.http_options(session, self._client.meta.endpoint_url)

    def __call__(self) -> SesTransport:
        return SesTransport(
            self._client,
            credentials=self._credentials,
            http=self._connection(),
            configuration_set=self._profile.configuration_set,
            list_management=self._list_management,
        )

    def signing(self) -> tuple[RequestShape, Callable[[], ReadOnlyCredentials | None]]:
        """How requests are made and signed elsewhere (mailer.sending.buildpool): the
        request's shape, and the credentials to sign with now (refreshed when due)."""
        http = self._connection()
        host = http.host_header if isinstance(http, KeepAliveConnection) else None
        http.close()
        shape = request_shape(
            self._client,
            host=host,
            configuration_set=self._profile.configuration_set,
            list_management=self._list_management,
        )
        credentials = self._credentials

        def frozen() -> ReadOnlyCredentials | None:
            if credentials is None:
                return None
            with contextlib.suppress(BotoCoreError, ClientError):  # signed when sent
                value: ReadOnlyCredentials = credentials.get_frozen_credentials()
                return value
            return None

        return shape, frozen

    def _connection(self) -> KeepAliveConnection | URLLib3Session:
        if self._proxies:
            return aws.http_session(self._verify, self._proxies)
        return KeepAliveConnection(
            self._client.meta.endpoint_url,
            verify=self._verify,
            connect_timeout=aws.CONNECT_TIMEOUT,
            read_timeout=aws.READ_TIMEOUT,
        )


def ses_transport_factory(
    profile: Profile, *, concurrency: int, list_management: ListManagement | None = None
) -> SesTransportFactory:
    """``concurrency`` is accepted for symmetry with the other kinds: every worker holds
    exactly one connection."""
    del concurrency
    return SesTransportFactory(profile, list_management)


__all__ = [
    "RequestShape",
    "SesTransport",
    "SesTransportFactory",
    "Signed",
    "email_tags",
    "sanitize_tag",
    "ses_transport_factory",
]
