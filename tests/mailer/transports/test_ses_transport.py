"""SES API transport against moto in server mode, with errors injected two ways.

The transport builds, signs and sends SendEmail itself (not through the client's
generic path) but honours the client's ``before-send`` hooks as botocore does: errors
injected there are real SES JSON error responses, parsed by botocore's rest-json
parser. The same replies also come over a real socket from a small local server
(``ErrorServer``), with connections dropped before and after the answer.
"""

from __future__ import annotations

import base64
import json
import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import boto3
import pytest
from botocore.awsrequest import AWSResponse
from botocore.exceptions import ClientError

from mailer import credentials
from mailer.aws import session as mailer_aws
from mailer.errors import (
    AccountError,
    ConfigError,
    DeliveryInDoubt,
    QuotaExhausted,
    RecipientRejected,
    RetryableError,
    TransportError,
)
from mailer.settings import Profile
from mailer.transports import make_transport_factory
from mailer.transports.ses import SesTransport
from mailer.transports.tags import sanitize_tag

SENDER = "news@example.com"
MESSAGE = (
    b"From: News <news@example.com>\r\nTo: a@example.org\r\nSubject: =?utf-8?q?Caf=C3=A9?=\r\n"
    b"Message-ID: <m1@example.com>\r\nMIME-Version: 1.0\r\n"
    b"Content-Type: text/plain; charset=utf-8\r\n\r\n.leading dot\r\nbody\r\n"
)
SES_PROFILE = Profile(name="ses", kind="ses")


class _Body:
    """The raw-response object botocore reads an AWSResponse's content from."""

    def __init__(self, data: bytes) -> None:
        self.data = data

    def stream(self, **kwargs: Any) -> Iterator[bytes]:
        yield self.data


def inject_error(client: Any, status: int, code: str, message: str) -> list[Any]:
    """Answer every SendEmail with this SES error; returns the list of attempts."""
    calls: list[Any] = []

    def handler(request: Any, **kwargs: Any) -> AWSResponse:
        calls.append(request)
        headers = {
            "Content-Type": "application/json",
            "x-amzn-ErrorType": f"{code}:http://internal.amazon.com/coral/com.amazon.sesv2/",
            "x-amzn-RequestId": "0e1f2a3b-test",
        }
        body = json.dumps({"message": message}).encode()
        return AWSResponse(request.url, status, headers, _Body(body))

    client.meta.events.register_first("before-send.sesv2.SendEmail", handler)
    return calls


def capture_requests(client: Any) -> list[dict[str, Any]]:
    """Record the JSON of every SendEmail that goes to the server (and let it go)."""
    seen: list[dict[str, Any]] = []

    def handler(request: Any, **kwargs: Any) -> None:
        seen.append(json.loads(request.body))

    client.meta.events.register("before-send.sesv2.SendEmail", handler)
    return seen


@pytest.fixture
def ses(aws: str) -> Iterator[SesTransport]:
    boto3.client("sesv2").create_email_identity(EmailIdentity=SENDER)
    transport = make_transport_factory(SES_PROFILE, concurrency=4)()
    assert isinstance(transport, SesTransport)
    yield transport
    transport.close()


def send(transport: SesTransport, recipient: str = "a@example.org") -> str:
    tags = {"campaign": "7", "recipient": "42"}
    return transport.send(MESSAGE, sender=SENDER, recipient=recipient, tags=tags).message_id


def test_raw_send_reaches_moto_with_exact_bytes(ses: SesTransport) -> None:
    seen = capture_requests(ses.client)
    message_id = send(ses)
    assert message_id
    (request,) = seen
    assert base64.b64decode(request["Content"]["Raw"]["Data"]) == MESSAGE
    assert request["FromEmailAddress"] == SENDER
    assert request["Destination"] == {"ToAddresses": ["a@example.org"]}
    assert request["EmailTags"] == [
        {"Name": "campaign", "Value": "7"},
        {"Name": "recipient", "Value": "42"},
    ]
    assert "ConfigurationSetName" not in request
    # moto counts the To header as well as the destination, so only "it arrived" is checked
    assert boto3.client("ses").get_send_quota()["SentLast24Hours"] >= 1


def test_configuration_set_and_sanitised_tags(aws: str) -> None:
    boto3.client("sesv2").create_email_identity(EmailIdentity="example.com")  # domain identity
    profile = Profile(name="ses", kind="ses", configuration_set="tracking")
    transport = make_transport_factory(profile, concurrency=1)()
    assert isinstance(transport, SesTransport)
    seen = capture_requests(transport.client)
    transport.send(MESSAGE, sender=SENDER, recipient="b@example.org", tags={"camp aign": "a.b/c"})
    assert seen[0]["ConfigurationSetName"] == "tracking"
    assert seen[0]["EmailTags"] == [{"Name": "camp_aign", "Value": "a_b_c"}]


def test_sanitize_tag() -> None:
    assert sanitize_tag("Spring sale: 50%!") == "Spring_sale__50__"
    assert sanitize_tag("ok-_9") == "ok-_9"
    assert sanitize_tag("") == "_"
    assert sanitize_tag("é" * 300) == "_" * 256


def test_unverified_sender_from_moto_is_an_account_error(aws: str) -> None:
    transport = make_transport_factory(SES_PROFILE, concurrency=1)()
    with pytest.raises(AccountError, match=r"127\.0\.0\.1.*us-east-1.*news@example\.com"):
        send(transport)  # type: ignore[arg-type]


NOT_VERIFIED = (
    "Email address is not verified. The following identities failed the check in "
    "region US-EAST-1: {}"
)


@pytest.mark.parametrize(
    ("status", "code", "message", "expected", "throttled"),
    [
        (429, "TooManyRequestsException", "Maximum sending rate exceeded.", RetryableError, True),
        (400, "Throttling", "Maximum sending rate exceeded.", RetryableError, True),
        (429, "TooManyRequestsException", "Daily message quota exceeded.", QuotaExhausted, None),
        (400, "LimitExceededException", "Daily message quota exceeded.", QuotaExhausted, None),
        (400, "Throttling", "Daily message quota exceeded.", QuotaExhausted, None),
        (400, "SendingPausedException", "Sending is paused for this account.", AccountError, None),
        (400, "AccountSuspendedException", "Account suspended.", AccountError, None),
        (400, "MailFromDomainNotVerifiedException", "MAIL FROM not verified.", AccountError, None),
        (404, "NotFoundException", "Configuration set <x> does not exist.", AccountError, None),
        (403, "UnrecognizedClientException", "The security token is invalid.", AccountError, None),
        (403, "InvalidSignatureException", "Signature mismatch.", AccountError, None),
        (403, "SignatureDoesNotMatch", "Signature mismatch.", AccountError, None),
        (403, "InvalidClientTokenId", "Token invalid.", AccountError, None),
        (400, "ExpiredTokenException", "The security token has expired.", AccountError, None),
        (403, "AccessDeniedException", "User is not authorized.", AccountError, None),
        (500, "InternalFailure", "Internal failure.", RetryableError, False),
        (503, "ServiceUnavailable", "Service unavailable.", RetryableError, False),
        (400, "MessageRejected", NOT_VERIFIED.format("a@example.org"), RecipientRejected, None),
        (400, "MessageRejected", NOT_VERIFIED.format(SENDER), AccountError, None),
        (400, "MessageRejected", NOT_VERIFIED.format("example.com"), AccountError, None),
        (400, "MessageRejected", "Illegal address", RecipientRejected, None),
        (400, "BadRequestException", "Missing final '@domain'", RecipientRejected, None),
    ],
)
def test_injected_errors_are_mapped_without_botocore_retries(
    ses: SesTransport,
    status: int,
    code: str,
    message: str,
    expected: type[TransportError],
    throttled: bool | None,
) -> None:
    calls = inject_error(ses.client, status, code, message)
    with pytest.raises(TransportError) as info:
        send(ses)
    assert type(info.value) is expected
    assert len(calls) == 1  # the app owns retries: botocore made exactly one attempt
    assert "127.0.0.1" in str(info.value) and "us-east-1" in str(info.value)
    if throttled is not None:
        assert isinstance(info.value, RetryableError) and info.value.throttled is throttled


def test_botocore_default_retries_would_repeat_the_quota_error(aws: str) -> None:
    """Why sends make one attempt: standard retries repeat a 429 even for the daily quota."""
    client = aws_client_with_default_retries()
    calls = inject_error(client, 429, "TooManyRequestsException", "Daily message quota exceeded.")
    with pytest.raises(ClientError):
        client.send_email(
            FromEmailAddress=SENDER,
            Destination={"ToAddresses": ["a@example.org"]},
            Content={"Raw": {"Data": MESSAGE}},
        )
    assert len(calls) == 3


def aws_client_with_default_retries() -> Any:
    return mailer_aws.make_client(SES_PROFILE, "sesv2", sending=False)


def test_connection_refused_is_retryable(aws: str) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    profile = Profile(name="x", kind="ses", endpoint_url=f"http://127.0.0.1:{port}")
    transport = make_transport_factory(profile, concurrency=1)()
    with pytest.raises(RetryableError, match=f"127.0.0.1:{port}") as info:
        send(transport)  # type: ignore[arg-type]
    assert not info.value.throttled


def test_read_timeout_after_the_request_is_in_doubt(ses: SesTransport) -> None:
    # The request reached SES and no answer came back: retrying could send it twice.
    from botocore.exceptions import ReadTimeoutError

    calls: list[int] = []

    def timeout(request: Any, **kwargs: Any) -> None:
        calls.append(1)
        raise ReadTimeoutError(endpoint_url=request.url)

    ses.client.meta.events.register_first("before-send.sesv2.SendEmail", timeout)
    with pytest.raises(DeliveryInDoubt, match="may have been sent"):
        send(ses)
    assert calls == [1]


class ErrorServer:
    """A local HTTP server answering every request with one scripted SES reply, over
    a real socket; ``None`` as the reply closes the connection without answering."""

    def __init__(self) -> None:
        self.reply: tuple[int, dict[str, str], bytes] | None = (200, {}, b"{}")
        self.requests: list[tuple[str, dict[str, str], bytes]] = []
        self.ports: list[int] = []  # the client's port per request: one per connection
        self.hang_up = False  # close the connection after answering, without saying so
        self.hang_up_when: threading.Event | None = None  # ... once this is set
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:
                return

            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                server.requests.append((self.path, dict(self.headers), body))
                server.ports.append(self.client_address[1])
                if server.reply is None:
                    self.close_connection = True
                    return
                status, headers, data = server.reply
                self.send_response(status)
                for name, value in {"Content-Length": str(len(data)), **headers}.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(data)
                self.close_connection = server.hang_up
                if server.hang_up and server.hang_up_when is not None:
                    self.wfile.flush()
                    server.hang_up_when.wait(5)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def answer(self, status: int, code: str, message: str) -> None:
        """SES's restJson error: the code in x-amzn-ErrorType and ``__type``."""
        headers = {
            "Content-Type": "application/json",
            "x-amzn-ErrorType": f"{code}:http://internal.amazon.com/coral/com.amazon.sesv2/",
            "x-amzn-RequestId": "0e1f2a3b-wire",
        }
        self.reply = (status, headers, json.dumps({"__type": code, "message": message}).encode())

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def wire(aws: str) -> Iterator[tuple[ErrorServer, SesTransport]]:
    server = ErrorServer()
    profile = Profile(name="wire", kind="ses", endpoint_url=server.url)
    transport = make_transport_factory(profile, concurrency=1)()
    assert isinstance(transport, SesTransport)
    yield server, transport
    transport.close()
    server.close()


@pytest.mark.parametrize(
    ("status", "code", "message", "expected"),
    [
        (429, "TooManyRequestsException", "Maximum sending rate exceeded.", RetryableError),
        (429, "TooManyRequestsException", "Daily message quota exceeded.", QuotaExhausted),
        (400, "MessageRejected", NOT_VERIFIED.format(SENDER), AccountError),
        (400, "MessageRejected", "Illegal address", RecipientRejected),
        (403, "UnrecognizedClientException", "The security token is invalid.", AccountError),
        (500, "InternalFailure", "Internal failure.", RetryableError),
    ],
)
def test_error_replies_over_the_wire(
    wire: tuple[ErrorServer, SesTransport],
    status: int,
    code: str,
    message: str,
    expected: type[TransportError],
) -> None:
    server, transport = wire
    server.answer(status, code, message)
    with pytest.raises(TransportError) as info:
        send(transport)
    assert type(info.value) is expected
    assert len(server.requests) == 1  # one attempt
    assert f"({server.url[7:]}, us-east-1)" in str(info.value)


def test_signed_request_on_the_wire_and_connection_reused(
    wire: tuple[ErrorServer, SesTransport],
) -> None:
    server, transport = wire
    server.reply = (200, {"Content-Type": "application/json"}, b'{"MessageId":"0100-abc"}')
    assert send(transport) == "0100-abc"
    assert send(transport, "b@example.org") == "0100-abc"
    (path, headers, body), second = server.requests
    assert path == "/v2/email/outbound-emails"
    assert headers["Authorization"].startswith("AWS4-HMAC-SHA256 Credential=testing/")
    assert "/us-east-1/ses/aws4_request" in headers["Authorization"]
    assert headers["Content-Type"] == "application/json"
    request = json.loads(body)
    assert base64.b64decode(request["Content"]["Raw"]["Data"]) == MESSAGE
    assert json.loads(second[2])["Destination"] == {"ToAddresses": ["b@example.org"]}
    assert len(set(server.ports)) == 1  # one keep-alive connection


def test_connection_closed_while_idle_is_reopened_before_sending(
    wire: tuple[ErrorServer, SesTransport],
) -> None:
    server, transport = wire
    server.reply = (200, {"Content-Type": "application/json"}, b'{"MessageId":"0100-abc"}')
    server.hang_up = True
    for _ in range(3):  # each time the server has closed the connection since the answer
        time.sleep(0.05)
        assert send(transport) == "0100-abc"
    assert len(set(server.ports)) == 3


def test_prepared_send_checks_the_connection_again_after_a_wait(
    wire: tuple[ErrorServer, SesTransport], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Prepared (and connected) ahead of its slot, then paused: the server closed the
    idle connection meanwhile, so the send opens a new one instead of failing in doubt."""
    from mailer.transports import ses as ses_module

    server, transport = wire
    monkeypatch.setattr(ses_module, "RECHECK_AFTER", 0.05)
    server.reply = (200, {"Content-Type": "application/json"}, b'{"MessageId":"0100-abc"}')
    server.hang_up, server.hang_up_when = True, threading.Event()
    assert send(transport) == "0100-abc"  # the server keeps the connection open for now
    prepared = transport.prepare(MESSAGE, sender=SENDER, recipient="a@example.org", tags={})
    server.hang_up_when.set()  # ... and closes it while the send waits for its slot
    time.sleep(0.1)
    assert prepared().message_id == "0100-abc"
    assert len(set(server.ports)) == 2


def test_connection_closed_before_the_answer_is_in_doubt(
    wire: tuple[ErrorServer, SesTransport],
) -> None:
    server, transport = wire
    server.reply = None
    with pytest.raises(DeliveryInDoubt, match="may have been sent"):
        send(transport)
    assert len(server.requests) == 1


def test_no_credentials_is_an_account_error(aws: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("AWS_ACCESS_KEY_ID")
    monkeypatch.delenv("AWS_SECRET_ACCESS_KEY")
    monkeypatch.setenv("AWS_EC2_METADATA_DISABLED", "true")
    transport = make_transport_factory(SES_PROFILE, concurrency=1)()
    with pytest.raises(AccountError, match="No AWS credentials"):
        send(transport)  # type: ignore[arg-type]


def test_one_connection_per_worker_and_endpoint_from_environment(aws: str) -> None:
    factory = make_transport_factory(SES_PROFILE, concurrency=32)
    first, second = factory(), factory()
    assert isinstance(first, SesTransport) and isinstance(second, SesTransport)
    assert first._http is not second._http  # one keep-alive connection per worker
    assert first.client.meta.endpoint_url == aws  # AWS_ENDPOINT_URL honoured by botocore
    first.close()
    second.close()


def test_keyring_keys_region_and_endpoint(aws: str, monkeypatch: pytest.MonkeyPatch) -> None:
    credentials.set_secret("ses", credentials.AWS_ACCESS_KEY_ID, "AKIAKEYRING")
    credentials.set_secret("ses", credentials.AWS_SECRET_ACCESS_KEY, "keyring-secret")
    assert aws_session_key(SES_PROFILE) == "AKIAKEYRING"
    monkeypatch.delenv("AWS_DEFAULT_REGION")  # botocore reads only this one itself
    client = mailer_aws.make_client(SES_PROFILE, "sesv2")
    assert client.meta.region_name == "us-east-1"  # from AWS_REGION
    profile = Profile(name="ses", kind="ses", region="eu-west-1", endpoint_url="http://x.test:1")
    client = mailer_aws.make_client(profile, "sesv2")
    assert (client.meta.region_name, client.meta.endpoint_url) == ("eu-west-1", "http://x.test:1")


def aws_session_key(profile: Profile) -> str:
    return str(mailer_aws.make_session(profile).get_credentials().access_key)


def test_named_aws_profile(aws: str, tmp_path: Path) -> None:
    (tmp_path / "aws-credentials").write_text(
        "[work]\naws_access_key_id = AKIANAMED\naws_secret_access_key = named-secret\n"
    )
    assert aws_session_key(Profile(name="p", kind="ses", aws_profile="work")) == "AKIANAMED"
    with pytest.raises(ConfigError, match=r"'nope'.*aws configure"):
        mailer_aws.make_session(Profile(name="p", kind="ses", aws_profile="nope"))


def test_no_region_is_a_config_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("AWS_REGION", raising=False)
    monkeypatch.delenv("AWS_DEFAULT_REGION", raising=False)
    with pytest.raises(ConfigError, match="no AWS region"):
        make_transport_factory(SES_PROFILE, concurrency=1)


class _ExpiringCredentials:
    """An assume-role session whose refresh fails: STS answers ExpiredToken, which
    botocore re-raises as a ClientError (not a BotoCoreError)."""

    def get_frozen_credentials(self) -> Any:
        raise ClientError(
            {"Error": {"Code": "ExpiredToken", "Message": "The security token expired"}},
            "AssumeRole",
        )


def test_credentials_that_cannot_be_refreshed_are_an_account_error(ses: SesTransport) -> None:
    ses._credentials = _ExpiringCredentials()  # type: ignore[assignment]
    tags = {"campaign": "7", "recipient": "42"}
    go = ses.prepare(MESSAGE, sender=SENDER, recipient="a@example.org", tags=tags)  # no raise
    with pytest.raises(AccountError, match="expired"):
        go()
    factory = make_transport_factory(SES_PROFILE, concurrency=1)
    factory._credentials = _ExpiringCredentials()  # type: ignore[attr-defined]
    _shape, frozen = factory.signing()  # type: ignore[attr-defined]
    assert frozen() is None  # build processes leave it unsigned: signed (and failing) when sent
