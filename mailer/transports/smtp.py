"""SMTP transport (any server, SES's SMTP endpoints included) over smtplib.

One persistent connection per transport instance (smtplib is not thread-safe);
reconnects when the server dropped it, and checks it with NOOP after an idle spell.
TLS is implicit ("ssl") or STARTTLS with the certificate verified; "none" is allowed
only to a loopback host, so a password never crosses a network in the clear.
"""

from __future__ import annotations

import contextlib
import ipaddress
import os
import re
import smtplib
import socket
import ssl
import time
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from email.parser import BytesHeaderParser
from typing import Any

from mailer import credentials
from mailer.content.addresses import ascii_address
from mailer.errors import (
    AccountError,
    ConfigError,
    DeliveryInDoubt,
    ErrorCode,
    QuotaExhausted,
    RecipientRejected,
    RetryableError,
    TransportError,
)
from mailer.redaction import register
from mailer.settings import Profile
from mailer.transports.base import SendResult, TransportFactory
from mailer.transports.tags import email_tags, sanitize_tag

PASSWORD_ENV = "MAILER_SMTP_PASSWORD"
SECURITY = ("starttls", "ssl", "none")
# An ASCII addr-spec with nothing to quote: its SMTP path is just "<addr>".
_PLAIN_ADDRESS = re.compile(r"[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9.-]+")
_QUEUE_ID = (
    re.compile(r"queued as\s+<?([^\s>]+)>?", re.IGNORECASE),  # Postfix, Exim
    re.compile(r"^(?:\d\.\d\.\d\s+)?ok\s+<?([^\s>]+)>?\s*$", re.IGNORECASE),  # SES "Ok <id>"
)


def ses_smtp_host(region: str) -> str:
    return f"email-smtp.{region}.amazonaws.com"


def is_loopback(host: str) -> bool:
    if host.strip().lower() in ("localhost", "localhost.localdomain"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


@dataclass(frozen=True)
class SmtpConfig:
    host: str
    port: int = 587
    security: str = "starttls"
    user: str = ""
    password: str = field(default="", repr=False)  # never in repr, logs or messages
    cafile: str | None = None  # extra CA bundle (tests, private CAs)
    timeout: float = 30.0
    idle_check: float = 30.0  # seconds idle after which a NOOP checks the connection
    configuration_set: str = ""  # SES SMTP: sent as X-SES-CONFIGURATION-SET (+ tags)

    def __post_init__(self) -> None:
        # Whatever its source (environment, keyring, a test), a server may echo it back.
        register(self.password, user=self.user)
        if self.security not in SECURITY:
            raise ConfigError(
                f"SMTP security {self.security!r} is unknown; use {', '.join(SECURITY)}."
            )
        if not self.host:
            raise ConfigError(
                "No SMTP host is set; give one (e.g. email-smtp.REGION.amazonaws.com)."
            )
        if self.security == "none" and not is_loopback(self.host):
            raise ConfigError(
                f"SMTP without TLS is allowed only to this computer, not to {self.host}; "
                "use starttls (port 587) or ssl (port 465)."
            )
        if self.user and not self.password:
            raise ConfigError(
                f"No password for SMTP user {self.user!r} at {self.host}; store it in the "
                f"profile (system keyring) or set {PASSWORD_ENV}."
            )

    @property
    def where(self) -> str:
        return f"SMTP server {self.host}:{self.port}"

    @classmethod
    def from_profile(cls, profile: Profile, *, cafile: str | None = None) -> SmtpConfig:
        """Host defaults to SES's SMTP endpoint for the region; password: env, then keyring."""
        host = profile.smtp_host.strip()
        if not host:
            from mailer.aws.session import resolve_region  # boto3 only when a region is needed

            region = resolve_region(profile)
            if not region:
                raise ConfigError(
                    f"Profile {profile.name!r} has neither an SMTP host nor a region; "
                    "set the host, or the region for SES's SMTP endpoint."
                )
            host = ses_smtp_host(region)
        password = ""
        if profile.smtp_user:
            password = os.environ.get(PASSWORD_ENV) or (
                credentials.get_secret(profile.name, credentials.SMTP_PASSWORD) or ""
            )
        return cls(
            host=host,
            port=profile.smtp_port,
            security=profile.smtp_security,
            user=profile.smtp_user,
            password=password,
            cafile=cafile,
            configuration_set=profile.configuration_set,
        )


def _text(reply: bytes | str) -> str:
    return reply.decode("utf-8", "replace") if isinstance(reply, bytes) else reply


def map_reply(
    code: int, reply: bytes | str, *, where: str, stage: str, sender: str, recipient: str
) -> TransportError:
    """An SMTP refusal -> TransportError. ``stage`` is connect, mail, rcpt or data."""
    text = _text(reply).strip()
    lowered = text.lower()
    said = f"{where} answered {code} {text}"
    if "daily message quota exceeded" in lowered:
        return QuotaExhausted(
            f"{said}; sending resumes as the 24-hour window frees up.",
            code=ErrorCode.QUOTA_USED_UP,
            params={"where": where},
        )
    if "maximum sending rate exceeded" in lowered or "throttling" in lowered:
        return RetryableError(
            f"{said}; slowing down.",
            throttled=True,
            code=ErrorCode.THROTTLED,
            params={"where": where},
        )
    if code in (530, 534, 535, 538):
        return AccountError(
            f"{said}; check the SMTP user name and password.",
            code=ErrorCode.CREDENTIALS,
            params={"where": where, "detail": str(code)},
        )
    if 400 <= code < 500:
        return RetryableError(f"{said}; will retry.")
    if stage == "rcpt":
        return RecipientRejected(f"{said} for {recipient}.", **_rejected(where, recipient, said))
    if stage == "connect":
        return AccountError(f"{said}; check the host, port and security settings.")
    from mailer.aws.account import sender_not_verified

    if stage == "mail" or sender_not_verified(text, sender, recipient):
        # The sender is the same for every message: refusing it stops the campaign.
        return AccountError(f"{said} for the sender {sender}; check the From address.")
    return RecipientRejected(
        f"{said} for the message to {recipient}.", **_rejected(where, recipient, said)
    )


def _rejected(where: str, recipient: str, said: str) -> dict[str, Any]:
    """Code and parameters of a refused recipient: the reply ("550 5.1.1 ...") as said."""
    reply = said.split(" answered ", 1)[-1]
    return {
        "code": ErrorCode.RECIPIENT_REJECTED,
        "params": {"where": where, "recipient": recipient, "reply": reply},
    }


def queue_id(reply: bytes | str) -> str | None:
    """The server's id for the message from its final 250 reply, when it gives one."""
    text = _text(reply).strip()
    for pattern in _QUEUE_ID:
        match = pattern.search(text)
        if match:
            return match.group(1)
    return None


def _message_id(message: bytes) -> str:
    # Only the header block: parsing the whole message costs more than sending it.
    end = message.find(b"\r\n\r\n")
    head = message if end < 0 else message[: end + 4]
    header = BytesHeaderParser().parsebytes(head).get("Message-ID", "")
    return str(header).strip().strip("<>") or f"{uuid.uuid4().hex}@bulk-mailer"


class SmtpTransport:
    """Sends over one persistent SMTP connection; not shared between threads."""

    def __init__(self, config: SmtpConfig, *, clock: Callable[[], float] = time.monotonic):
        self.config = config
        self._clock = clock
        self._conn: smtplib.SMTP | None = None
        self._last_used = 0.0

    # -- connection -------------------------------------------------------------------
    def _context(self) -> ssl.SSLContext:
        return ssl.create_default_context(cafile=self.config.cafile)

    def _open(self) -> smtplib.SMTP:
        cfg = self.config
        conn: smtplib.SMTP
        if cfg.security == "ssl":
            conn = smtplib.SMTP_SSL(
                cfg.host, cfg.port, timeout=cfg.timeout, context=self._context()
            )
        else:
            conn = smtplib.SMTP(cfg.host, cfg.port, timeout=cfg.timeout)
        try:
            conn.ehlo()
            if cfg.security == "starttls":
                if not conn.has_extn("starttls"):
                    raise AccountError(
                        f"{cfg.where} does not offer STARTTLS; use ssl or another port."
                    )
                conn.starttls(context=self._context())
                conn.ehlo()
            if cfg.user:
                conn.login(cfg.user, cfg.password)
        except BaseException:
            _quietly_close(conn)
            raise
        return conn

    def _connect(self) -> smtplib.SMTP:
        cfg = self.config
        try:
            return self._open()
        except smtplib.SMTPAuthenticationError as exc:
            raise AccountError(
                f"{cfg.where} refused the login for {cfg.user!r} ({exc.smtp_code}); "
                "check the SMTP user name and password (SES SMTP credentials differ "
                "from API keys).",
                code=ErrorCode.CREDENTIALS,
                params={"where": cfg.where, "detail": str(exc.smtp_code)},
            ) from None  # the reply can echo the AUTH exchange
        except smtplib.SMTPNotSupportedError as exc:
            said = str(exc).rstrip(".")
            raise AccountError(f"{cfg.where} does not support AUTH here: {said}.") from exc
        except ssl.SSLCertVerificationError as exc:
            raise AccountError(
                f"The certificate of {cfg.where} could not be verified "
                f"({exc.verify_message}); check the host name."
            ) from exc
        except smtplib.SMTPResponseException as exc:
            raise map_reply(
                exc.smtp_code,
                exc.smtp_error,
                where=cfg.where,
                stage="connect",
                sender="",
                recipient="",
            ) from exc
        except (OSError, smtplib.SMTPException) as exc:
            raise RetryableError(
                f"Could not connect to {cfg.where} ({_describe(exc)}).",
                **_connect_failed(cfg.where, exc),
            ) from exc

    def _connection(self) -> tuple[smtplib.SMTP, bool]:
        """The open connection (checked with NOOP after idling), and whether it is reused."""
        if self._conn is not None and self._clock() - self._last_used > self.config.idle_check:
            try:
                ok = self._conn.noop()[0] == 250
            except (OSError, smtplib.SMTPException):
                ok = False
            if not ok:
                self._drop()
        if self._conn is None:
            self._conn = self._connect()
            return self._conn, False
        return self._conn, True

    def _drop(self) -> None:
        if self._conn is not None:
            _quietly_close(self._conn)
            self._conn = None

    # -- sending ----------------------------------------------------------------------
    def send(
        self, message: bytes, *, sender: str, recipient: str, tags: Mapping[str, str]
    ) -> SendResult:
        return self.send_committed(
            message, sender=sender, recipient=recipient, tags=tags, commit=_nothing
        )

    def send_committed(
        self,
        message: bytes,
        *,
        sender: str,
        recipient: str,
        tags: Mapping[str, str],
        commit: Callable[[], None],
    ) -> SendResult:
        """``send``, calling ``commit()`` once the server has said 354 to DATA and
        before the body goes (see transports.base.Committing)."""
        data = ses_headers(self.config.configuration_set, tags) + message
        conn, reused = self._connection()
        try:
            reply = self._transaction(conn, data, sender, recipient, reused, commit)
        except DeliveryInDoubt:
            raise
        except smtplib.SMTPServerDisconnected as exc:
            self._drop()
            raise RetryableError(f"{self.config.where} closed the connection; will retry.") from exc
        except (OSError, smtplib.SMTPException) as exc:
            self._drop()
            raise RetryableError(
                f"The connection to {self.config.where} failed ({_describe(exc)}).",
                **_connect_failed(self.config.where, exc),
            ) from exc
        finally:
            self._last_used = self._clock()
        return SendResult(message_id=queue_id(reply) or _message_id(message))

    def _envelope(self, conn: smtplib.SMTP, sender: str, recipient: str) -> tuple[str, str]:
        """Both addresses as this server can take them: IDN domains in punycode; a
        non-ASCII local part only with SMTPUTF8 (smtplib would crash on it otherwise)."""
        utf8 = conn.has_extn("smtputf8")
        where = self.config.where
        try:
            mail_from = ascii_address(sender)
        except ValueError as exc:
            raise AccountError(f"The sender {sender} cannot be used: {exc}.") from exc
        if not (utf8 or mail_from.isascii()):
            raise AccountError(
                f"{where} does not accept characters other than ASCII before the @ "
                f"(it has no SMTPUTF8), so the sender {sender} cannot be used."
            )
        try:
            rcpt_to = ascii_address(recipient)
        except ValueError as exc:
            raise RecipientRejected(f"The address {recipient} cannot be used: {exc}.") from exc
        if not (utf8 or rcpt_to.isascii()):
            raise RecipientRejected(
                f"{where} does not accept characters other than ASCII before the @ "
                f"(it has no SMTPUTF8), so nothing was sent to {recipient}."
            )
        return mail_from, rcpt_to

    def _transaction(
        self,
        conn: smtplib.SMTP,
        message: bytes,
        sender: str,
        recipient: str,
        reused: bool,
        commit: Callable[[], None],
    ) -> bytes | str:
        sender, recipient = self._envelope(conn, sender, recipient)
        options = _mail_options(conn, message, sender, recipient)
        reply: bytes | str
        try:
            code, reply = _mail(conn, sender, options)
        except smtplib.SMTPServerDisconnected:
            if not reused:
                raise
            # Closed while idle, before anything was sent: reconnect once, transparently.
            self._drop()
            conn = self._conn = self._connect()
            code, reply = _mail(conn, sender, options)
        self._expect(conn, code, reply, (250,), "mail", sender, recipient)
        code, reply = _rcpt(conn, recipient)
        self._expect(conn, code, reply, (250, 251), "rcpt", sender, recipient)
        try:
            code, reply = _data(conn, message, self._or_drop(commit))
        except smtplib.SMTPDataError as exc:
            code, reply = exc.smtp_code, exc.smtp_error
        except (OSError, smtplib.SMTPServerDisconnected) as exc:
            # The message was (partly) transmitted: the server may have queued it.
            self._drop()
            raise DeliveryInDoubt(
                f"The connection to {self.config.where} broke while sending the message; "
                "it may have been delivered."
            ) from exc
        self._expect(conn, code, reply, (250,), "data", sender, recipient)
        return reply

    def _or_drop(self, commit: Callable[[], None]) -> Callable[[], None]:
        """``commit`` that closes the connection when it fails: the server is waiting
        for the body, and a closed connection makes it drop the message."""

        def checked() -> None:
            try:
                commit()
            except BaseException:
                self._drop()
                raise

        return checked

    def _expect(
        self,
        conn: smtplib.SMTP,
        code: int,
        reply: bytes | str,
        ok: tuple[int, ...],
        stage: str,
        sender: str,
        recipient: str,
    ) -> None:
        if code in ok:
            return
        if code == 421 or code < 0:
            self._drop()  # the server is closing the channel
        else:
            try:
                conn.rset()
            except (OSError, smtplib.SMTPException):
                self._drop()
        raise map_reply(
            code, reply, where=self.config.where, stage=stage, sender=sender, recipient=recipient
        )

    def close(self) -> None:
        if self._conn is not None:
            with contextlib.suppress(OSError, smtplib.SMTPException):
                self._conn.quit()
            self._drop()


def ses_headers(configuration_set: str, tags: Mapping[str, str]) -> bytes:
    """SES's SMTP interface takes the configuration set and tags as headers (it strips
    them); without a configuration set nothing is added and the bytes go out as built."""
    if not configuration_set:
        return b""
    lines = [f"X-SES-CONFIGURATION-SET: {sanitize_tag(configuration_set)}"]
    pairs = [f"{t['Name']}={t['Value']}" for t in email_tags(tags)]
    if pairs:
        lines.append(f"X-SES-MESSAGE-TAGS: {', '.join(pairs)}")
    return "".join(f"{line}\r\n" for line in lines).encode("ascii")


def _mail(conn: smtplib.SMTP, sender: str, options: list[str]) -> tuple[int, bytes]:
    """``conn.mail`` without its RFC 5322 parse of a plain address (smtplib's quoteaddr
    cost about a third of this transport's CPU per message); anything else, and
    SMTPUTF8, goes through smtplib."""
    if "SMTPUTF8" in options or not _PLAIN_ADDRESS.fullmatch(sender):
        return conn.mail(sender, options)
    extra = " " + " ".join(options) if options and conn.does_esmtp else ""
    conn.putcmd("mail", f"FROM:<{sender}>{extra}")
    return conn.getreply()


def _rcpt(conn: smtplib.SMTP, recipient: str) -> tuple[int, bytes]:
    """``conn.rcpt`` likewise."""
    if not _PLAIN_ADDRESS.fullmatch(recipient):
        return conn.rcpt(recipient)
    conn.putcmd("rcpt", f"TO:<{recipient}>")
    return conn.getreply()


def _data(conn: smtplib.SMTP, message: bytes, commit: Callable[[], None]) -> tuple[int, bytes]:
    """``conn.data`` for bytes, with its dot-stuffing done without a regex (smtplib's
    took a tenth of this transport's CPU per message); ``commit()`` between the 354
    and the body."""
    code, reply = conn.docmd("data")
    if code != 354:
        raise smtplib.SMTPDataError(code, reply)
    stuffed = dot_stuffed(message)
    commit()
    conn.send(stuffed + (b".\r\n" if stuffed.endswith(b"\r\n") else b"\r\n.\r\n"))
    return conn.getreply()


def dot_stuffed(message: bytes) -> bytes:
    """A leading dot doubled on every line (RFC 5321 4.5.2), as smtplib does it."""
    stuffed = message.replace(b"\n.", b"\n..")
    return b"." + stuffed if stuffed.startswith(b".") else stuffed


def _mail_options(conn: smtplib.SMTP, message: bytes, sender: str, recipient: str) -> list[str]:
    options = []
    if not message.isascii() and conn.has_extn("8bitmime"):
        options.append("BODY=8BITMIME")
    if not (sender + recipient).isascii() and conn.has_extn("smtputf8"):
        options.append("SMTPUTF8")
    return options


def _connect_failed(where: str, exc: BaseException) -> dict[str, Any]:
    """Code and parameters of a failed connection: ``problem`` is timeout, refused,
    unknown_host or other (then ``detail`` is the library's words)."""
    if isinstance(exc, socket.timeout | TimeoutError):
        problem = "timeout"
    elif isinstance(exc, ConnectionRefusedError):
        problem = "refused"
    elif isinstance(exc, socket.gaierror):
        problem = "unknown_host"
    else:
        problem = "other"
    params = {"where": where, "problem": problem, "detail": _describe(exc)}
    return {"code": ErrorCode.CONNECTION_FAILED, "params": params}


def _describe(exc: BaseException) -> str:
    if isinstance(exc, socket.timeout | TimeoutError):
        return "timed out"
    return str(exc) or type(exc).__name__


def _nothing() -> None:
    pass


def _quietly_close(conn: smtplib.SMTP) -> None:
    with contextlib.suppress(OSError):
        conn.close()


def smtp_transport_factory(profile: Profile, *, cafile: str | None = None) -> TransportFactory:
    """Resolve the config (and password) once; each worker gets its own connection."""
    config = SmtpConfig.from_profile(profile, cafile=cafile)
    return lambda: SmtpTransport(config)


__all__ = [
    "SmtpConfig",
    "SmtpTransport",
    "is_loopback",
    "map_reply",
    "queue_id",
    "ses_headers",
    "ses_smtp_host",
    "smtp_transport_factory",
]
