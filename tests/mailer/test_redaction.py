"""mailer.redaction: every secret this process knows is masked in every error text,
stored reason and log line, in the forms a server echoes it back."""

from __future__ import annotations

import base64
import json
import logging
import urllib.parse
from pathlib import Path

import pytest

from mailer import credentials, logs
from mailer.errors import AccountError, MailerError, RetryableError
from mailer.redaction import register, scrub
from mailer.states import (
    CampaignStatus,
    Reason,
    ReasonCode,
    RowState,
    describe_text,
    error_reason,
)
from mailer.store.journal import Journal
from mailer.store.rows import RowChange
from mailer.transports.smtp import SmtpConfig
from tests.mailer.campaign_fixtures import make_campaign


def b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def test_every_echoed_form_is_masked() -> None:
    secret, user = 'pa"ss\\wörd/+=Zq1', "unit-user-1"
    register(secret, user=user)
    raw = secret.encode()
    echoed = [
        secret,
        b64(raw),  # AUTH LOGIN
        b64(raw).rstrip("="),
        b64(b"\0" + user.encode() + b"\0" + raw),  # AUTH PLAIN, as smtplib sends it
        b64(user.encode() + b"\0" + user.encode() + b"\0" + raw),
        urllib.parse.quote(secret, safe=""),
        json.dumps(secret)[1:-1],
        repr(secret)[1:-1],
    ]
    for form in echoed:
        assert scrub(f"535 bad: {form}.") == "535 bad: ***.", form
    assert scrub("nothing to hide") == "nothing to hide"


def test_short_values_are_not_masked_everywhere() -> None:
    register("abc")
    assert scrub("abc def") == "abc def"


def test_mailer_errors_are_scrubbed_when_made_and_when_shown() -> None:
    register("made-Secret-41")
    exc = AccountError("server said made-Secret-41")
    assert str(exc) == "server said ***" and exc.args == ("server said ***",)
    early = RetryableError("later-Secret-42 echoed", throttled=True)
    register("later-Secret-42")  # known only after the error was made
    assert str(early) == "*** echoed" and early.throttled
    assert describe_text(error_reason(early).encode()) == "*** echoed"


def test_the_environment_and_the_keyring_register_themselves(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("MAILER_SMTP_PASSWORD", "env-Secret-43")
    assert str(MailerError("env-Secret-43")) == "***"
    credentials.set_secret("p", credentials.SMTP_PASSWORD, "kept-Secret-44")
    assert credentials.get_secret("p", credentials.SMTP_PASSWORD) == "kept-Secret-44"
    assert str(MailerError("kept-Secret-44")) == "***"
    credentials.set_secret("p", credentials.AWS_ACCESS_KEY_ID, "AKIDNOTASECRET1")
    assert str(MailerError("key AKIDNOTASECRET1")) == "key AKIDNOTASECRET1"  # an id, shown


def test_the_smtp_config_registers_its_password_with_its_user() -> None:
    SmtpConfig(host="127.0.0.1", security="none", user="cfg-user", password="cfg-Secret-45")
    plain = b64(b"\0cfg-user\0cfg-Secret-45")
    assert str(AccountError(f"530 AUTH PLAIN {plain} refused")) == "530 AUTH PLAIN *** refused"


def test_the_journal_stores_no_known_secret(tmp_path: Path) -> None:
    journal = Journal(tmp_path / "j.sqlite3")
    cid = make_campaign(tmp_path, journal, 2)
    secret = "stored-Secret-46"
    register(secret)
    # Texts that never were a MailerError (a bug's message, a reason made by hand).
    journal.rows.write_batch(cid, [RowChange(0, RowState.FAILED, error=f"x {secret}")], "a")
    journal.campaigns.set_status(
        cid,
        CampaignStatus.STOPPED,
        Reason(ReasonCode.FAILED_IN_A_ROW, {"count": 10, "error": secret}),
    )
    journal.test_sends.log("p", "t@example.com", "", f"refused {secret}")
    journal.close()
    data = b"".join(p.read_bytes() for p in journal.path.parent.glob(journal.path.name + "*"))
    assert secret.encode() not in data


def test_the_log_masks_registered_secrets_in_their_echoed_forms(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MAILER_LOG_DIR", str(tmp_path / "logs"))
    logs.shutdown()
    try:
        path = logs.setup()
        assert path is not None
        register("log-Secret-47", user="log-user")
        plain = b64(b"\0log-user\0log-Secret-47")
        logging.getLogger("mailer.test").warning("server replied 530 %s", plain)
        for handler in logging.getLogger().handlers:
            handler.flush()
        text = path.read_text(encoding="utf-8")
        assert "server replied 530 ***" in text and plain not in text
    finally:
        logs.shutdown()
