"""A password that the SMTP server echoes back goes nowhere: not to stdout/stderr, not
into the journal file, the log or an export. A real aiosmtpd server on 127.0.0.1 quotes
the password and the AUTH PLAIN string in its refusals; `mailer` runs as a user runs it."""

from __future__ import annotations

import base64
import csv
import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

from tests.mailer.campaign_fixtures import write_template

ROOT = Path(__file__).resolve().parents[2]
USER = "news-sender"
PASSWORD = "Tr0ub4dor&3-horse/Battery+staple"  # quote, URL and JSON forms all differ
WRONG = "wrong-Secret-8812"


def forms(password: str) -> list[str]:
    """What must not appear: the password and what a server echoes of the AUTH exchange."""

    def b64(raw: bytes) -> str:
        return base64.b64encode(raw).decode("ascii")

    pw = password.encode()
    return [password, b64(pw), b64(b"\0" + USER.encode() + b"\0" + pw)]


class EchoingServer:
    """Accepts the right login; then quotes the credentials in every refusal."""

    def __init__(self) -> None:
        self.echoed: list[str] = []

    def _echo(self, session: Any, code: str) -> str:
        login = session.auth_data
        password = login.password.decode() if isinstance(login, LoginPassword) else ""
        plain = base64.b64encode(b"\0" + USER.encode() + b"\0" + password.encode()).decode()
        reply = f"{code} rejected for {USER} with password {password} (AUTH PLAIN {plain})"
        self.echoed.append(reply)
        return reply

    async def handle_MAIL(
        self, server: Any, session: Any, envelope: Any, address: str, options: Any
    ) -> str:
        if address.startswith("stop"):  # the sender is refused: the campaign stops
            return self._echo(session, "530 5.7.1")
        envelope.mail_from = address
        return "250 OK"

    async def handle_RCPT(
        self, server: Any, session: Any, envelope: Any, address: str, options: Any
    ) -> str:
        if address.startswith("echo"):  # only this recipient fails
            return self._echo(session, "550 5.1.1")
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        return "250 Ok queued as 0001"


def authenticator(
    server: Any, session: Any, envelope: Any, mechanism: str, data: Any
) -> AuthResult:
    if isinstance(data, LoginPassword) and data.password == PASSWORD.encode():
        return AuthResult(success=True, auth_data=data)
    password = data.password.decode() if isinstance(data, LoginPassword) else ""
    message = f"535 5.7.8 Bad credentials: {password}"
    server.event_handler.echoed.append(message)
    return AuthResult(success=False, handled=False, message=message)


@pytest.fixture
def smtp() -> Iterator[tuple[int, EchoingServer]]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = int(s.getsockname()[1])
    handler = EchoingServer()
    controller = Controller(
        handler,
        hostname="127.0.0.1",
        port=port,
        authenticator=authenticator,
        auth_required=True,
        auth_require_tls=False,  # loopback only: the transport allows no TLS there
    )
    controller.start()
    yield port, handler
    controller.stop()


@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")
def test_an_echoed_password_is_nowhere(
    smtp: tuple[int, EchoingServer], data_dir: Path, tmp_path: Path
) -> None:
    port, server = smtp
    recipients = tmp_path / "list.csv"
    recipients.write_text(
        "name,email\nEcho,echo@example.org\nFine,fine@example.org\n", encoding="utf-8"
    )
    template = write_template(tmp_path / "tpl")
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "MAILER_DATA_DIR": str(data_dir),
        "MAILER_SMTP_PASSWORD": PASSWORD,
    }
    smtp_args = [
        "--transport", "smtp", "--smtp-host", "127.0.0.1", "--smtp-port", str(port),
        "--smtp-security", "none", "--smtp-user", USER, "--rate", "0", "--concurrency", "1",
        "--yes",
    ]  # fmt: skip

    def mailer(*args: str, password: str = PASSWORD) -> subprocess.CompletedProcess[str]:
        done = subprocess.run(
            [sys.executable, "-m", "mailer.cli", *args],
            env={**env, "MAILER_SMTP_PASSWORD": password},
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert "Traceback" not in done.stderr, done.stderr
        return done

    send = [str(recipients), str(template)]
    # 1: the server refuses one recipient, quoting the credentials (a row error).
    rejected = mailer("send", *send, "--from", "News <news@example.com>", *smtp_args)
    assert rejected.returncode == 1, rejected.stdout + rejected.stderr
    # 2: it refuses the sender the same way (the stop reason, printed and stored).
    stopped = mailer("send", *send, "--from", "stop@example.com", *smtp_args)
    assert stopped.returncode == 3, stopped.stdout + stopped.stderr
    assert "530" in stopped.stdout and "***" in stopped.stdout  # the rest of the reply stays
    # 3: a wrong password, echoed in the AUTH refusal.
    refused = mailer("send", *send, "--from", "News <news@example.com>", *smtp_args, password=WRONG)
    assert refused.returncode == 3
    assert len(server.echoed) >= 3  # the server did quote them

    outputs = [rejected, stopped, refused]
    exports = []
    for campaign in ("1", "2", "3"):
        outputs.append(mailer("status", campaign))
        out = tmp_path / f"results-{campaign}.csv"
        outputs.append(mailer("export", campaign, str(out)))
        exports.append(out.read_text(encoding="utf-8-sig"))
    outputs.append(mailer("campaigns", "--json"))
    with open(tmp_path / "results-1.csv", encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert "550" in rows[1][4] and "***" in rows[1][4]  # the row's error, scrubbed

    journal = b"".join(p.read_bytes() for p in data_dir.glob("journal.sqlite3*"))
    log_dir = Path(os.environ["MAILER_LOG_DIR"])
    log = "".join(p.read_text(encoding="utf-8") for p in log_dir.glob("bulk-mailer.log*"))
    assert "530" in log  # the log saw the stop
    texts = {
        "stdout/stderr": "".join(d.stdout + d.stderr for d in outputs),
        "log": log,
        "export": "".join(exports),
    }
    for secret in forms(PASSWORD) + forms(WRONG):
        for where, text in texts.items():
            assert secret not in text, f"{secret!r} in {where}"
        assert secret.encode() not in journal, f"{secret!r} in the journal file"
