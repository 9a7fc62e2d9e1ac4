"""SMTP transport against aiosmtpd on 127.0.0.1: plain, STARTTLS+AUTH, implicit TLS, errors."""

from __future__ import annotations

import contextlib
import smtplib
import socket
import ssl
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import trustme
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

from mailer import credentials
from mailer.errors import (
    AccountError,
    ConfigError,
    DeliveryInDoubt,
    JournalError,
    QuotaExhausted,
    RecipientRejected,
    RetryableError,
)
from mailer.settings import Profile
from mailer.transports import make_transport_factory
from mailer.transports.base import Committing
from mailer.transports.smtp import (
    SmtpConfig,
    SmtpTransport,
    _message_id,
    dot_stuffed,
    map_reply,
    queue_id,
)

USER, PASSWORD = "smtp-user", "smtp-pass-Zq9!x"
SENDER = "news@example.com"
MESSAGE = (
    b"From: news@example.com\r\nTo: a@example.org\r\nSubject: hi\r\n"
    b"Message-ID: <abc.123@example.com>\r\n\r\n.starts with a dot\r\nCaf\xc3\xa9\r\n"
)


class Handler:
    """Accepts mail, or answers on cue from the recipient's local part."""

    def __init__(self) -> None:
        self.received: list[bytes] = []
        self.logins: list[str] = []

    async def handle_RCPT(
        self, server: Any, session: Any, envelope: Any, address: str, options: Any
    ) -> str:
        if address.startswith("reject"):
            return "550 5.1.1 Recipient address rejected: User unknown"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        rcpt = envelope.rcpt_tos[0]
        if rcpt.startswith("throttle"):
            return "454 Throttling failure: Maximum sending rate exceeded."
        if rcpt.startswith("quota"):
            return "454 Throttling failure: Daily message quota exceeded."
        if rcpt.startswith("unverified"):
            return (
                "554 Message rejected: Email address is not verified. The following "
                f"identities failed the check in region US-EAST-1: {envelope.mail_from}"
            )
        if rcpt.startswith("drop"):
            server.transport.close()
            return "250 never seen"
        self.received.append(envelope.original_content)
        return f"250 Ok 0100018c-{len(self.received):04d}-000000"


def authenticator(
    server: Any, session: Any, envelope: Any, mechanism: str, data: Any
) -> AuthResult:
    ok = isinstance(data, LoginPassword) and (data.login, data.password) == (
        USER.encode(),
        PASSWORD.encode(),
    )
    server.event_handler.logins.append(mechanism)
    return AuthResult(success=ok, handled=False)  # False: aiosmtpd sends the 535


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Server:
    port: int
    handler: Handler
    cafile: str = ""
    kwargs: dict[str, Any] = field(default_factory=dict)
    controller: Controller | None = None

    def start(self) -> None:
        self.controller = Controller(
            self.handler, hostname="127.0.0.1", port=self.port, **self.kwargs
        )
        self.controller.start()

    def stop(self) -> None:
        assert self.controller is not None
        self.controller.stop()


@contextlib.contextmanager
def smtp_server(mode: str, tmp_path: Path) -> Iterator[Server]:
    """mode: plain | starttls (AUTH required, trustme cert) | ssl (implicit TLS)."""
    server = Server(free_port(), Handler())
    if mode != "plain":
        ca = trustme.CA()
        cafile = tmp_path / "ca.pem"
        ca.cert_pem.write_to_path(str(cafile))
        server.cafile = str(cafile)
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        ca.issue_cert("127.0.0.1", "localhost").configure_cert(context)
        if mode == "starttls":
            server.kwargs = dict(
                tls_context=context,
                require_starttls=True,
                authenticator=authenticator,
                auth_required=True,
            )
        else:
            server.kwargs = dict(ssl_context=context)
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def plain(tmp_path: Path) -> Iterator[Server]:
    with smtp_server("plain", tmp_path) as server:
        yield server


def transport(server: Server, **kwargs: Any) -> SmtpTransport:
    base: dict[str, Any] = dict(host="127.0.0.1", port=server.port, security="none", timeout=5)
    return SmtpTransport(SmtpConfig(**{**base, **kwargs}))


def send(t: SmtpTransport, recipient: str = "a@example.org") -> str:
    return t.send(MESSAGE, sender=SENDER, recipient=recipient, tags={"campaign": "1"}).message_id


def test_plain_send_exact_bytes_and_queue_id(plain: Server) -> None:
    t = transport(plain)
    assert send(t) == "0100018c-0001-000000"
    first = t._conn
    assert send(t) == "0100018c-0002-000000"
    assert t._conn is first  # one persistent connection
    assert plain.handler.received[0] == MESSAGE
    t.close()
    t.close()


def test_configuration_set_and_tags_as_ses_headers(plain: Server) -> None:
    t = transport(plain, configuration_set="tracking")
    send(t)
    assert plain.handler.received == [
        b"X-SES-CONFIGURATION-SET: tracking\r\nX-SES-MESSAGE-TAGS: campaign=1\r\n" + MESSAGE
    ]


def test_starttls_with_auth_and_verified_certificate(tmp_path: Path) -> None:
    with smtp_server("starttls", tmp_path) as server:
        t = transport(
            server, security="starttls", user=USER, password=PASSWORD, cafile=server.cafile
        )
        assert send(t).startswith("0100018c-")
        assert server.handler.logins and server.handler.received == [MESSAGE]
        t.close()
        untrusted = transport(server, security="starttls", user=USER, password=PASSWORD)
        with pytest.raises(AccountError, match=r"certificate.*could not be verified"):
            send(untrusted)


def test_auth_failure_is_an_account_error_without_the_password(tmp_path: Path) -> None:
    with smtp_server("starttls", tmp_path) as server:
        t = transport(
            server, security="starttls", user=USER, password="wrong-pw-77", cafile=server.cafile
        )
        with pytest.raises(AccountError, match=r"535.*user name and password") as info:
            send(t)
        assert "wrong-pw-77" not in str(info.value) and "wrong-pw-77" not in repr(t.config)


def test_implicit_tls(tmp_path: Path) -> None:
    with smtp_server("ssl", tmp_path) as server:
        t = transport(server, security="ssl", cafile=server.cafile)
        assert send(t) == "0100018c-0001-000000"
        t.close()


def test_errors_on_cue_and_the_connection_survives(plain: Server) -> None:
    t = transport(plain)
    with pytest.raises(RetryableError, match="454 Throttling") as info:
        send(t, "throttle@example.org")
    assert info.value.throttled
    with pytest.raises(QuotaExhausted):
        send(t, "quota@example.org")
    with pytest.raises(RecipientRejected, match=r"550.*reject@example.org"):
        send(t, "reject@example.org")
    with pytest.raises(AccountError, match=r"554.*sender"):
        send(t, "unverified@example.org")
    assert send(t) == "0100018c-0001-000000"


def test_drop_during_data_is_in_doubt_then_reconnects(plain: Server) -> None:
    # The message was transmitted before the drop: retrying could duplicate it.
    t = transport(plain)
    with pytest.raises(DeliveryInDoubt, match="may have been delivered"):
        send(t, "drop@example.org")
    assert send(t) == "0100018c-0001-000000"


def test_server_restart_between_sends_reconnects_transparently(plain: Server) -> None:
    t = transport(plain)
    send(t)
    plain.stop()
    plain.start()  # the idle connection is gone; the next send must not fail
    assert send(t)
    plain.stop()
    plain.start()
    t.config = SmtpConfig(host="127.0.0.1", port=plain.port, security="none", idle_check=0)
    assert send(t)  # found dead by the NOOP check instead


class _Commits:
    """A commit callback that records what the server had received when it was called."""

    def __init__(self, server: Server, fail: bool = False) -> None:
        self.server, self.fail = server, fail
        self.seen: list[int] = []

    def __call__(self) -> None:
        self.seen.append(len(self.server.handler.received))
        if self.fail:
            raise JournalError("Writing the campaign journal failed: disk full.")


def send_committed(t: SmtpTransport, commit: _Commits, recipient: str = "a@example.org") -> str:
    tags = {"campaign": "1"}
    return t.send_committed(
        MESSAGE, sender=SENDER, recipient=recipient, tags=tags, commit=commit
    ).message_id


def test_commit_comes_once_after_the_envelope_and_before_the_message(plain: Server) -> None:
    # The runner's claim rides on commit(): it must reach the journal before the server
    # can hold the message, and only for an envelope the server took.
    t = transport(plain)
    commit = _Commits(plain)
    assert isinstance(t, Committing)
    assert send_committed(t, commit) == "0100018c-0001-000000"
    assert commit.seen == [0]  # called once, with nothing received yet
    assert plain.handler.received == [MESSAGE]
    with pytest.raises(RecipientRejected):
        send_committed(t, commit, "reject@example.org")
    assert commit.seen == [0]  # a refused recipient: no commit point reached
    send(t)  # plain send(): no commit point to call
    assert len(plain.handler.received) == 2


def test_a_failed_commit_sends_nothing_and_the_next_send_reconnects(plain: Server) -> None:
    t = transport(plain)
    with pytest.raises(JournalError, match="disk full"):
        send_committed(t, _Commits(plain, fail=True))
    assert plain.handler.received == []  # the body never left: the server dropped it
    commit = _Commits(plain)
    assert send_committed(t, commit) == "0100018c-0001-000000"
    assert commit.seen == [0] and plain.handler.received == [MESSAGE]


def test_connection_refused_is_retryable() -> None:
    t = SmtpTransport(SmtpConfig(host="127.0.0.1", port=free_port(), security="none", timeout=2))
    with pytest.raises(RetryableError, match="Could not connect"):
        send(t)


def test_plaintext_only_to_loopback_and_password_required() -> None:
    with pytest.raises(ConfigError, match="only to this computer"):
        SmtpConfig(host="smtp.example.com", security="none")
    SmtpConfig(host="::1", security="none")
    SmtpConfig(host="localhost", security="none")
    with pytest.raises(ConfigError, match="No password"):
        SmtpConfig(host="smtp.example.com", user="u")
    with pytest.raises(ConfigError, match="security"):
        SmtpConfig(host="smtp.example.com", security="tls")


def test_profile_defaults_and_password_sources(monkeypatch: pytest.MonkeyPatch) -> None:
    profile = Profile(name="ses-smtp", kind="smtp", region="eu-west-1", smtp_user="AKIA")
    credentials.set_secret("ses-smtp", credentials.SMTP_PASSWORD, "from-keyring")
    config = SmtpConfig.from_profile(profile)
    assert (config.host, config.port, config.security) == (
        "email-smtp.eu-west-1.amazonaws.com",
        587,
        "starttls",
    )
    assert config.password == "from-keyring"
    monkeypatch.setenv("MAILER_SMTP_PASSWORD", "from-env")
    assert SmtpConfig.from_profile(profile).password == "from-env"
    with pytest.raises(ConfigError, match="only to this computer"):
        make_transport_factory(
            Profile(name="x", kind="smtp", smtp_host="mail.example.com", smtp_security="none"),
            concurrency=2,
        )


def test_factory_gives_each_worker_its_own_connection(plain: Server) -> None:
    profile = Profile(
        name="local", kind="smtp", smtp_host="127.0.0.1", smtp_port=plain.port, smtp_security="none"
    )
    factory = make_transport_factory(profile, concurrency=2)
    a, b = factory(), factory()
    assert isinstance(a, SmtpTransport) and isinstance(b, SmtpTransport)
    send(a)
    send(b)
    assert a._conn is not b._conn
    a.close()
    b.close()


def test_map_reply_and_queue_id() -> None:
    where = "SMTP server h:587"
    kw: dict[str, Any] = dict(where=where, sender=SENDER, recipient="r@x.org")
    assert isinstance(map_reply(421, b"4.4.2 closing", stage="mail", **kw), RetryableError)
    assert isinstance(
        map_reply(535, b"Authentication Credentials Invalid", stage="connect", **kw), AccountError
    )
    assert isinstance(map_reply(553, b"sender refused", stage="mail", **kw), AccountError)
    assert isinstance(map_reply(552, b"message too big", stage="data", **kw), RecipientRejected)
    assert queue_id(b"Ok 0100018c6a1b2c3d-abc-000000") == "0100018c6a1b2c3d-abc-000000"
    assert queue_id(b"2.0.0 Ok: queued as 4XyZ1") == "4XyZ1"
    assert queue_id(b"OK") is None


@pytest.mark.parametrize(
    "message",
    [
        MESSAGE,
        b".first\r\n..two\r\n.\r\nend.\r\n",
        b"a\n.b\r.c\r\n. d",
        b"",
        b"no dots at all\r\n",
    ],
)
def test_dot_stuffing_is_smtplibs(message: bytes) -> None:
    assert dot_stuffed(message) == smtplib._quote_periods(message)  # type: ignore[attr-defined]


def test_message_id_when_the_server_gives_no_queue_id() -> None:
    """Read from the header block only: a body line that looks like a header is text."""
    assert _message_id(MESSAGE) == "abc.123@example.com"
    no_header = b"From: news@example.com\r\nSubject: hi\r\n\r\nMessage-ID: <body@x.org>\r\n"
    made_up = _message_id(no_header)
    assert made_up.endswith("@bulk-mailer") and "body@x.org" not in made_up
    assert _message_id(b"Message-ID: <only@head.org>") == "only@head.org"  # no body at all
