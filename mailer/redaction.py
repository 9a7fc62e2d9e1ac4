"""The secrets this process knows, and ``scrub(text)`` that masks them anywhere.

A server may echo a password back in a reply (a 530 quoting the AUTH exchange, a
rejection naming the login), and that reply becomes a row error, a stop reason, a CLI
line or a message box. Pattern-based masking (``mailer.logs``) cannot know every
secret's shape, so whatever reads a secret registers it here:
``credentials.get_secret``/``set_secret`` (the keyring), the SMTP config (its password,
with its user), and the variables in ``SECRET_ENV``, read on every call. ``scrub``
replaces the secret and the forms a server may echo: base64 (AUTH LOGIN), base64 of
``\\0user\\0password`` (AUTH PLAIN), URL-quoted, JSON- and repr-escaped.

``MailerError`` scrubs every text it carries, the journal scrubs what it stores, and
the log filter scrubs before its patterns. This module imports nothing from mailer
(errors.py imports it).
"""

from __future__ import annotations

import base64
import json
import os
import threading
import urllib.parse

MASK = "***"
# Environment variables whose values are secrets (AWS's are read by botocore itself).
SECRET_ENV = ("MAILER_SMTP_PASSWORD", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN")
# Shorter values are not masked: they would mangle every sentence they occur in.
MIN_LENGTH = 4

_lock = threading.Lock()
_known: set[tuple[str, str]] = set()
_forms: tuple[str, ...] = ()  # every masked form, longest first


def encodings(secret: str, user: str = "") -> set[str]:
    """The secret and the forms of it that a server or a library may echo."""
    raw = secret.encode("utf-8")
    forms = {
        secret,
        repr(secret)[1:-1],
        json.dumps(secret)[1:-1],
        urllib.parse.quote(secret, safe=""),
        urllib.parse.quote_plus(secret),
    }
    blobs = [raw]
    if user:
        login = user.encode("utf-8")
        # AUTH PLAIN: authzid NUL authcid NUL password; smtplib leaves authzid empty.
        blobs += [b"\0" + login + b"\0" + raw, login + b"\0" + login + b"\0" + raw]
    for blob in blobs:
        encoded = base64.b64encode(blob).decode("ascii")
        forms |= {encoded, encoded.rstrip("=")}
    return {f for f in forms if len(f) >= MIN_LENGTH}


def register(secret: str | None, *, user: str = "") -> None:
    """Remember a secret (and its user, for the AUTH PLAIN form) for ``scrub``."""
    global _forms
    if not secret or len(secret) < MIN_LENGTH or (secret, user) in _known:
        return
    with _lock:
        _known.add((secret, user))
        _forms = tuple(sorted(set(_forms) | encodings(secret, user), key=len, reverse=True))


def scrub(text: str) -> str:
    """``text`` with every known secret, in every form above, replaced by ``***``."""
    for name in SECRET_ENV:
        register(os.environ.get(name))
    for form in _forms:
        if form in text:
            text = text.replace(form, MASK)
    return text


__all__ = ["MASK", "SECRET_ENV", "encodings", "register", "scrub"]
