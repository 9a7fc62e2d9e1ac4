"""Secrets only in the keyring; no backend -> a ConfigError that says what to install."""

from __future__ import annotations

import logging
import traceback
from pathlib import Path
from typing import Any

import keyring
import pytest
from keyring.backends import fail, null

from mailer import credentials
from mailer.errors import ConfigError, MailerError
from mailer.transports.smtp import SmtpConfig, SmtpTransport


def test_round_trip_in_keyring(memory_keyring: object) -> None:
    credentials.set_secret("prod", credentials.SMTP_PASSWORD, "s3cret")
    assert credentials.get_secret("prod", credentials.SMTP_PASSWORD) == "s3cret"
    assert memory_keyring.store == {("bulk-mailer", "prod:smtp_password"): "s3cret"}  # type: ignore[attr-defined]
    credentials.delete_secret("prod", credentials.SMTP_PASSWORD)
    credentials.delete_secret("prod", credentials.SMTP_PASSWORD)  # missing: fine
    assert credentials.get_secret("prod", credentials.SMTP_PASSWORD) is None


@pytest.mark.parametrize("backend", [fail.Keyring, null.Keyring])
def test_no_usable_keyring_is_a_clear_error(backend: type) -> None:
    keyring.set_keyring(backend())
    assert not credentials.keyring_available()
    with pytest.raises(ConfigError) as info:
        credentials.set_secret("prod", credentials.SMTP_PASSWORD, "s3cret")
    text = str(info.value)
    assert "GNOME Keyring" in text and "AWS profile" in text
    assert "keyrings.alt" not in text and "s3cret" not in text
    assert credentials.get_secret("prod", credentials.SMTP_PASSWORD) is None
    credentials.delete_secret("prod", credentials.SMTP_PASSWORD)


def test_chainer_without_backends_is_unusable(monkeypatch: pytest.MonkeyPatch) -> None:
    from keyring.backends import chainer

    monkeypatch.setattr(chainer.ChainerBackend, "backends", [])
    keyring.set_keyring(chainer.ChainerBackend())
    with pytest.raises(ConfigError, match="No usable system keyring"):
        credentials.set_secret("p", "k", "v")


def test_keyring_errors_become_config_errors(monkeypatch: pytest.MonkeyPatch) -> None:
    import keyring.errors

    def locked(*args: object) -> None:
        raise keyring.errors.KeyringLocked("locked; value was s3cret")

    monkeypatch.setattr(keyring, "set_password", locked)
    monkeypatch.setattr(keyring, "get_password", locked)
    with pytest.raises(ConfigError, match="unlock the keyring") as info:
        credentials.set_secret("p", "k", "s3cret")
    assert "s3cret" not in str(info.value)
    with pytest.raises(ConfigError, match="KeyringLocked"):
        credentials.get_secret("p", "k")


def test_no_secret_leaks_anywhere(
    aws: str, tmp_path: Path, data_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """Save settings, send through SES and SMTP, fail auth: then grep everything."""
    import boto3

    from mailer.aws.account import fetch_limits, list_identities
    from mailer.settings import Profile, Settings, config_dir
    from mailer.transports import make_transport_factory
    from tests.mailer.transports.test_ses_transport import MESSAGE, inject_error
    from tests.mailer.transports.test_smtp_transport import PASSWORD, USER, smtp_server

    caplog.set_level(logging.DEBUG)
    key_id, secret, smtp_secret = "AKIALEAKCHECK0001", "LeakCheck/Secret+Key0", "Smtp-Leak-Pw-42"
    credentials.set_secret("ses", credentials.AWS_ACCESS_KEY_ID, key_id)
    credentials.set_secret("ses", credentials.AWS_SECRET_ACCESS_KEY, secret)
    credentials.set_secret("smtp", credentials.SMTP_PASSWORD, smtp_secret)
    texts: list[str] = []  # tracebacks (with causes), logs, files
    messages: list[str] = []  # what a user sees (4 errors), plus the files (settings.json)

    def record(exc: BaseException) -> None:
        messages.append(str(exc))
        texts.append("".join(traceback.format_exception(exc)))

    ses = Profile(name="ses", kind="ses", from_addr="News <news@example.com>")
    settings = Settings.load()
    settings.put(ses)
    settings.save()
    boto3.client("sesv2").create_email_identity(EmailIdentity="news@example.com")
    transport: Any = make_transport_factory(ses, concurrency=2)()
    transport.send(MESSAGE, sender="news@example.com", recipient="a@example.org", tags={})
    fetch_limits(ses)
    list_identities(ses)
    for code in ("SignatureDoesNotMatch", "UnrecognizedClientException", "ExpiredTokenException"):
        fresh: Any = make_transport_factory(ses, concurrency=1)()
        inject_error(fresh.client, 403, code, f"Signature error; canonical string {key_id}")
        with pytest.raises(MailerError) as info:
            fresh.send(MESSAGE, sender="news@example.com", recipient="a@example.org", tags={})
        record(info.value)

    with smtp_server("starttls", tmp_path) as server:
        smtp = Profile(
            name="smtp", kind="smtp", smtp_host="127.0.0.1", smtp_port=server.port, smtp_user=USER
        )
        settings.put(smtp)
        settings.save()
        config = SmtpConfig.from_profile(smtp, cafile=server.cafile)
        assert config.password == smtp_secret  # wrong for this server: auth fails
        with pytest.raises(MailerError) as info:
            SmtpTransport(config).send(
                MESSAGE, sender="n@example.com", recipient="a@x.org", tags={}
            )
        record(info.value)
        texts.append(repr(config))
        good = SmtpConfig.from_profile(smtp, cafile=server.cafile)
        object.__setattr__(good, "password", PASSWORD)
        SmtpTransport(good).send(MESSAGE, sender="n@example.com", recipient="a@x.org", tags={})

    texts.append(caplog.text)
    for folder in (config_dir(), data_dir):
        messages.extend(p.read_text("utf-8", "replace") for p in folder.rglob("*") if p.is_file())
    everything = "\n".join(texts + messages)
    assert len(messages) == 4 + 1 and "settings.json" in str(list(config_dir().iterdir()))
    for value in (secret, smtp_secret, PASSWORD):
        assert value not in everything, value
    # The key id is not secret (botocore's debug log shows it in the Authorization
    # header), but our messages leave out AWS's echo of signing details all the same.
    assert key_id not in "\n".join(messages)
