"""Secrets in the OS keyring, never anywhere else.

Service ``bulk-mailer``, username ``"{profile}:{key}"``. When no real keyring backend
is available (headless Linux without a Secret Service), storing a secret raises a
``ConfigError`` that says how to get one; there is deliberately no plaintext fallback.
Values never appear in a message or a log line produced here, and every value read or
stored is registered with ``mailer.redaction``, so a server echoing it back cannot put
it in one either.
"""

from __future__ import annotations

from types import ModuleType
from typing import TYPE_CHECKING

from mailer.errors import ConfigError, ErrorCode
from mailer.redaction import register

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

SERVICE = "bulk-mailer"
AWS_ACCESS_KEY_ID = "aws_access_key_id"
AWS_SECRET_ACCESS_KEY = "aws_secret_access_key"
SMTP_PASSWORD = "smtp_password"

NO_KEYRING = (
    "No usable system keyring was found, so the secret cannot be stored safely. "
    "Install and unlock one (GNOME Keyring or KWallet with the 'secretstorage' or "
    "'dbus-python' package on Linux; Keychain on macOS and Credential Manager on Windows "
    "work out of the box), or use a named AWS profile (~/.aws/credentials) for SES, "
    "or the MAILER_SMTP_PASSWORD environment variable for SMTP."
)


def _keyring() -> ModuleType:
    """keyring, imported on first use: it costs ~50 ms, and sends without a password
    (outbox, SMTP without login) never need it."""
    import keyring
    import keyring.errors

    return keyring


def _is_unusable(backend: KeyringBackend) -> bool:
    """The fail and null backends, or a chainer with nothing to chain, store nothing."""
    from keyring.backends import chainer, fail, null

    if isinstance(backend, fail.Keyring | null.Keyring):
        return True
    if isinstance(backend, chainer.ChainerBackend):
        return not any(not _is_unusable(b) for b in backend.backends)
    return False


def keyring_available() -> bool:
    """True when secrets can be stored (a real backend is configured)."""
    try:
        return not _is_unusable(_keyring().get_keyring())
    except Exception:  # a broken backend import is as good as none
        return False


def _username(profile: str, key: str) -> str:
    return f"{profile}:{key}"


def _keyring_failed(action: str, profile: str, key: str, exc: Exception) -> ConfigError:
    # Only the exception's class goes into the text: backends may echo their input.
    return ConfigError(
        f"The system keyring failed to {action} {key!r} for profile {profile!r} "
        f"({type(exc).__name__}); unlock the keyring and try again. {NO_KEYRING}",
        code=ErrorCode.KEYRING_FAILED,
        params={"action": action, "key": key, "profile": profile},
    )


def set_secret(profile: str, key: str, value: str) -> None:
    """Store a secret; ConfigError when there is no usable keyring."""
    if not keyring_available():
        raise ConfigError(NO_KEYRING, code=ErrorCode.NO_KEYRING)
    _remember(key, value)
    kr = _keyring()
    try:
        kr.set_password(SERVICE, _username(profile, key), value)
    except kr.errors.KeyringError as exc:
        raise _keyring_failed("store", profile, key, exc) from None


def get_secret(profile: str, key: str) -> str | None:
    """The stored secret, or None (also when there is no keyring: nothing can be in it)."""
    if not keyring_available():
        return None
    kr = _keyring()
    try:
        value: str | None = kr.get_password(SERVICE, _username(profile, key))
    except kr.errors.KeyringError as exc:
        raise _keyring_failed("read", profile, key, exc) from None
    _remember(key, value)
    return value


def _remember(key: str, value: str | None) -> None:
    """Every secret read or stored here is masked in error texts from then on
    (mailer.redaction); the key id is no secret, and users need it to tell keys apart."""
    if key != AWS_ACCESS_KEY_ID:
        register(value)


def delete_secret(profile: str, key: str) -> None:
    """Forget a secret; a missing one is not an error."""
    if not keyring_available():
        return
    kr = _keyring()
    try:
        kr.delete_password(SERVICE, _username(profile, key))
    except kr.errors.PasswordDeleteError:
        return
    except kr.errors.KeyringError as exc:
        raise _keyring_failed("delete", profile, key, exc) from None


__all__ = [
    "AWS_ACCESS_KEY_ID",
    "AWS_SECRET_ACCESS_KEY",
    "NO_KEYRING",
    "SERVICE",
    "SMTP_PASSWORD",
    "delete_secret",
    "get_secret",
    "keyring_available",
    "set_secret",
]
