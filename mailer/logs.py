"""Logging: one rotating file in the user log folder, with ids and never a secret.

``setup()`` is called once at start by the app and by the ``mailer`` command. It adds a
``RotatingFileHandler`` (1 MB x 5 files) for ``bulk-mailer.log`` in ``log_dir()``:
``MAILER_LOG_DIR`` or platformdirs' ``user_log_dir("bulk-mailer")``. ``mailer.*`` and
``ui.*`` log at INFO (``MAILER_LOG_LEVEL`` changes it); libraries only from WARNING.

Ids go in as ``extra`` and are appended to the line, so a campaign can be followed
with grep::

    log.info("sent", extra={"campaign": campaign_id, "message_id": result.message_id})
    # 2026-11-01 10:00:00,123 INFO mailer.sending.runner [sender-1] sent campaign=7 message_id=0100…

Every record passes ``RedactingFilter`` first: AWS secret keys and key ids,
``password=...``-style pairs, Authorization headers, SMTP AUTH lines, passwords in
URLs, the values of secret-named environment variables and every secret registered
with ``mailer.redaction`` (in its echoed forms too) become ``***``, in the
message, its arguments, ids and the traceback. Still: never log a secret on purpose.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import re
import threading
from pathlib import Path

import platformdirs

from mailer.redaction import scrub

APP_NAME = "bulk-mailer"
LOG_FILE = "bulk-mailer.log"
MAX_BYTES = 1_000_000
BACKUPS = 5
CONTEXT_KEYS = ("campaign", "recipient", "message_id")  # appended as key=value when given
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"
MASK = "***"

# Names of things that hold secrets, as keys in key=value / "key": "value" / key: value.
_SECRET_WORDS = r"password|passwd|pwd|secret|token|api[_-]?key|access[_-]?key|signature|credential"
_ASSIGNMENT = re.compile(
    rf"(?i)(\b[\w.-]*(?:{_SECRET_WORDS})[\w.-]*)"  # the key: aws_secret_access_key, X-Amz-...
    r"(['\"]?\s*[=:]\s*b?['\"]?)"  # = or : with optional quotes (also b'...' reprs)
    r"([^\s'\",;&}\]]+)"  # the value, up to a quote, separator or space
)
# The whole value of an Authorization header, in a header block or a dict repr.
_AUTHORIZATION = re.compile(
    r"(?i)(\b(?:proxy-)?authorization['\"]?\s*[:=]\s*)(b?'[^']*'|b?\"[^\"]*\"|[^\r\n]+)"
)
_BEARER = re.compile(r"(?i)\b(bearer|basic)(\s+)([A-Za-z0-9._~+/=-]{8,})")
_SMTP_AUTH = re.compile(r"(?i)(\bAUTH\s+(?:PLAIN|LOGIN|CRAM-MD5|XOAUTH2)\s+)([^\s'\"\\]+)")
_URL_PASSWORD = re.compile(r"(?i)(\b[a-z][a-z0-9+.-]*://[^/\s:@]+:)([^@\s/]+)(@)")
_AWS_KEY_ID = re.compile(r"\b(AKIA|ASIA|ABIA|ACCA)[0-9A-Z]{16}\b")
# An AWS secret access key: 40 characters of base64. Lowercase-only hex (SHA-1
# digests) and words are spared by requiring upper, lower and a digit or / or +.
_FORTY = re.compile(r"(?<![A-Za-z0-9/+])[A-Za-z0-9/+=]{40}(?![A-Za-z0-9/+=])")
_SECRET_ENV = re.compile(r"KEY|SECRET|TOKEN|PASSW|CREDENTIAL|AUTH", re.I)


def _secret_like(candidate: str) -> bool:
    return (
        any(c.isupper() for c in candidate)
        and any(c.islower() for c in candidate)
        and any(c.isdigit() or c in "/+" for c in candidate)
    )


def redact(text: str) -> str:
    """``text`` with everything that looks like a secret replaced by ``***``."""
    text = scrub(text)  # the secrets this process knows, in every form a server echoes
    for name, value in os.environ.items():
        if len(value) >= 6 and _SECRET_ENV.search(name):
            text = text.replace(value, MASK)
    text = _AUTHORIZATION.sub(lambda m: m.group(1) + MASK, text)
    text = _BEARER.sub(lambda m: m.group(1) + m.group(2) + MASK, text)
    text = _SMTP_AUTH.sub(lambda m: m.group(1) + MASK, text)
    text = _URL_PASSWORD.sub(lambda m: m.group(1) + MASK + m.group(3), text)
    text = _ASSIGNMENT.sub(lambda m: m.group(1) + m.group(2) + MASK, text)
    text = _FORTY.sub(lambda m: MASK if _secret_like(m.group(0)) else m.group(0), text)
    return _AWS_KEY_ID.sub(lambda m: m.group(1) + MASK, text)


class RedactingFilter(logging.Filter):
    """Rewrites each record so that no handler after it sees a secret.

    The message is formatted here (msg % args) and redacted as a whole, because a
    secret may be split between the two; the traceback is formatted and redacted here
    too, since the Formatter would otherwise add it unredacted after the filters ran.
    """

    _formatter = logging.Formatter()

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a bad format string: keep the raw parts, still redacted
            message = f"{record.msg!r} {record.args!r}"
        record.msg = redact(message)
        record.args = None
        for key in CONTEXT_KEYS:
            value = record.__dict__.get(key)
            if isinstance(value, str):
                record.__dict__[key] = redact(value)
        if record.exc_info and not record.exc_text:
            record.exc_text = self._formatter.formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


class ContextFormatter(logging.Formatter):
    """The usual line, then ``campaign=… recipient=… message_id=…`` for the ids given."""

    def formatMessage(self, record: logging.LogRecord) -> str:
        line = super().formatMessage(record)
        ids = [
            f"{key}={record.__dict__[key]}"
            for key in CONTEXT_KEYS
            if record.__dict__.get(key) not in (None, "")
        ]
        return f"{line} {' '.join(ids)}" if ids else line


def log_dir() -> Path:
    """MAILER_LOG_DIR, else the platform's user log folder for the app (not created)."""
    override = os.environ.get("MAILER_LOG_DIR")
    return Path(override).expanduser() if override else Path(platformdirs.user_log_dir(APP_NAME))


_lock = threading.Lock()
_handler: logging.Handler | None = None


def setup(level: int | str | None = None, *, max_bytes: int = MAX_BYTES) -> Path | None:
    """Start logging to ``log_dir()/bulk-mailer.log``; returns the file, None if unusable.

    Idempotent: a second call returns the same file. A folder that cannot be created
    (read-only home) leaves logging off rather than stopping the app.
    """
    global _handler
    with _lock:
        if _handler is not None:
            return log_file()
        folder = log_dir()
        try:
            folder.mkdir(parents=True, exist_ok=True)
            handler = logging.handlers.RotatingFileHandler(
                folder / LOG_FILE, maxBytes=max_bytes, backupCount=BACKUPS, encoding="utf-8"
            )
        except OSError:
            return None
        handler.addFilter(RedactingFilter())
        handler.setFormatter(ContextFormatter(FORMAT))
        chosen = level or os.environ.get("MAILER_LOG_LEVEL", "").upper() or logging.INFO
        # On the root logger, whose default level (WARNING) keeps boto3/urllib3 chatter
        # out; our own loggers get their level and propagate to it.
        logging.getLogger().addHandler(handler)
        for name in ("mailer", "ui"):
            logging.getLogger(name).setLevel(chosen)
        _handler = handler
        return Path(handler.baseFilename)


def shutdown() -> None:
    """Detach and close the handler that setup() added (for tests and a clean exit)."""
    global _handler
    with _lock:
        if _handler is None:
            return
        logging.getLogger().removeHandler(_handler)
        _handler.close()
        _handler = None


def log_file() -> Path | None:
    """The file setup() logs to, or None before setup()."""
    handler = _handler
    return Path(handler.baseFilename) if isinstance(handler, logging.FileHandler) else None


__all__ = ["RedactingFilter", "log_dir", "log_file", "redact", "setup", "shutdown"]
