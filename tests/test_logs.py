"""mailer.logs: the rotating file, ids on each line, and no secret ever written."""

from __future__ import annotations

import logging
import logging.handlers
from collections.abc import Iterator
from pathlib import Path

import pytest

from mailer import logs

AWS_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
AWS_KEY_ID = "AKIAIOSFODNN7EXAMPLE"


@pytest.fixture
def log_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    folder = tmp_path / "logs"
    monkeypatch.setenv("MAILER_LOG_DIR", str(folder))
    monkeypatch.delenv("MAILER_LOG_LEVEL", raising=False)
    logs.shutdown()  # a handler from an earlier in-process app start
    yield folder
    logs.shutdown()


def _read(folder: Path) -> str:
    for handler in logging.getLogger().handlers:
        handler.flush()
    return (folder / logs.LOG_FILE).read_text(encoding="utf-8")


def test_setup_logs_to_the_override_folder_with_ids(log_dir: Path) -> None:
    path = logs.setup()
    assert path == log_dir / "bulk-mailer.log"
    assert logs.setup() == path  # idempotent: one handler, one file
    assert (
        sum(
            isinstance(h, logging.handlers.RotatingFileHandler)
            for h in logging.getLogger().handlers
        )
        == 1
    )
    log = logging.getLogger("mailer.sending.runner")
    log.info("sent", extra={"campaign": "c-42", "message_id": "0100018c-abcd", "recipient": "7"})
    log.debug("not at INFO")
    logging.getLogger("botocore.credentials").info("library chatter stays out")
    text = _read(log_dir)
    assert "INFO mailer.sending.runner" in text
    assert "sent campaign=c-42 recipient=7 message_id=0100018c-abcd" in text
    assert "not at INFO" not in text and "chatter" not in text


def test_default_folder_is_the_platform_user_log_dir(monkeypatch: pytest.MonkeyPatch) -> None:
    import platformdirs

    monkeypatch.delenv("MAILER_LOG_DIR", raising=False)
    assert logs.log_dir() == Path(platformdirs.user_log_dir("bulk-mailer"))


def test_the_file_rotates(log_dir: Path) -> None:
    logs.setup(max_bytes=2_000)
    for i in range(100):
        logging.getLogger("mailer").info("line %d %s", i, "x" * 50)
    names = sorted(p.name for p in log_dir.iterdir())
    assert "bulk-mailer.log.1" in names
    assert len(names) <= 1 + logs.BACKUPS


def test_an_unwritable_folder_leaves_logging_off(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    monkeypatch.setenv("MAILER_LOG_DIR", str(blocker / "logs"))  # a folder under a file
    logs.shutdown()
    assert logs.setup() is None
    assert logs.log_file() is None


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        (f"aws_secret_access_key = {AWS_SECRET}", AWS_SECRET),
        (f"loaded key {AWS_SECRET} from the keyring", AWS_SECRET),
        (f"access key id {AWS_KEY_ID}", "IOSFODNN7EXAMPLE"),
        ("smtp login password=hunter2!x for bob", "hunter2!x"),
        ('{"password": "s3cret-pw", "user": "bob"}', "s3cret-pw"),
        ("SMTP_PASSWORD: 'pa55word'", "pa55word"),
        (
            "Authorization: AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20240101/"
            "us-east-1/ses/aws4_request, SignedHeaders=host, Signature=fe5f80f77d5fa3beca038",
            "fe5f80f77d5fa3beca038",
        ),
        (
            "{'Authorization': b'AWS4-HMAC-SHA256 Credential=x, Signature=abc123def456', "
            "'X-Amz-Date': b'20240101T000000Z'}",
            "abc123def456",
        ),
        ("X-Amz-Security-Token=FwoGZXIvYXdzEJr//////////wEaDA", "FwoGZXIvYXdzEJr"),
        ("send: 'AUTH PLAIN AGJvYgBodW50ZXIy\\r\\n'", "AGJvYgBodW50ZXIy"),
        ("connecting to smtp://bob:hunter2@mail.example.com:587", "hunter2"),
        ("header Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.e30.sig", "eyJhbGci"),
    ],
)
def test_redact_removes_secrets(text: str, secret: str) -> None:
    cleaned = logs.redact(text)
    assert secret not in cleaned
    assert "***" in cleaned


def test_redact_keeps_ids_and_ordinary_text() -> None:
    line = (
        "sent campaign=c-42 message_id=0100018c1e2f3a4b-5c6d7e8f-0000-0000 "
        "digest 356a192b7913b04c54574d18c28d46e6395428ab to minjun.kim@example.com"
    )
    assert logs.redact(line) == line


def test_redact_masks_values_of_secret_environment_variables(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("MAILER_SMTP_PASSWORD", "correct-horse-battery")
    assert logs.redact("login with correct-horse-battery") == "login with ***"


def test_nothing_secret_reaches_the_file(log_dir: Path) -> None:
    logs.setup()
    log = logging.getLogger("mailer.transports.smtp")
    log.info("login %s password=%s", "bob", "hunter2!x")  # a secret in the args
    log.warning("request headers %r", {"Authorization": "AWS4-HMAC-SHA256 Signature=deadbeef99"})
    log.info("profile", extra={"campaign": f"key={AWS_SECRET}"})
    try:
        raise RuntimeError(f"aws_secret_access_key={AWS_SECRET}")
    except RuntimeError:
        log.exception("send failed")
    log.info("stack", stack_info=True, extra={"message_id": "m-1"})
    text = _read(log_dir)
    for secret in ("hunter2!x", "deadbeef99", AWS_SECRET):
        assert secret not in text
    assert "Traceback" in text and "RuntimeError" in text and "message_id=m-1" in text


def test_the_filter_works_on_any_handler() -> None:
    """Other handlers (a console in a debug session) can use the same filter."""
    record = logging.LogRecord("mailer", logging.INFO, __file__, 1, "key %s", (AWS_SECRET,), None)
    assert logs.RedactingFilter().filter(record)
    assert record.getMessage() == "key ***"
