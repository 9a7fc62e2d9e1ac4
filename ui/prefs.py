"""What the app remembers between runs (QSettings, organisation "BulkMailer").

Only UI choices live here: window geometry, last files, last profile, language and
the sender fields. Profiles themselves live in the core's settings file, and secrets
only in the keyring (mailer.credentials).
"""

from __future__ import annotations

import hashlib

from PySide6.QtCore import QByteArray, QSettings

ORGANISATION = "BulkMailer"
APPLICATION = "Bulk Mailer"
LANGUAGES = ("system", "en", "ko")


def store() -> QSettings:
    # Explicit INI format so tests can redirect it with QSettings.setPath.
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION
    )


def get_str(key: str, default: str = "") -> str:
    value = store().value(key, default)
    return value if isinstance(value, str) else default


def set_str(key: str, value: str) -> None:
    store().setValue(key, value)


def language() -> str:
    value = get_str("ui/language", "system")
    return value if value in LANGUAGES else "system"


def set_language(value: str) -> None:
    set_str("ui/language", value)


def geometry() -> QByteArray | None:
    value = store().value("window/geometry")
    return value if isinstance(value, QByteArray) else None


def set_geometry(value: QByteArray) -> None:
    store().setValue("window/geometry", value)


def last_recipients() -> str:
    return get_str("files/recipients")


def set_last_recipients(path: str) -> None:
    set_str("files/recipients", path)


def recent_recipients() -> list[str]:
    value = store().value("files/recent_recipients", [])
    if isinstance(value, str):  # QSettings returns a bare string for one-item lists
        return [value]
    return [str(v) for v in value] if isinstance(value, list) else []


def add_recent_recipients(path: str) -> None:
    items = [path] + [p for p in recent_recipients() if p != path]
    store().setValue("files/recent_recipients", items[:8])
    set_last_recipients(path)


def last_template() -> str:
    return get_str("files/template")


def set_last_template(folder: str) -> None:
    set_str("files/template", folder)


def last_profile() -> str:
    return get_str("profile/active")


def set_last_profile(name: str) -> None:
    set_str("profile/active", name)


def _segments_key(file_name: str, columns: list[str]) -> str:
    """Saved segments belong to a file name and its columns (next month's export of the
    same list finds them; another list with other columns does not)."""
    digest = hashlib.sha1("\x1f".join([file_name, *columns]).encode("utf-8")).hexdigest()[:16]
    return f"segments/{digest}"


def saved_segments(file_name: str, columns: list[str]) -> list[str]:
    value = store().value(_segments_key(file_name, columns), [])
    if isinstance(value, str):  # QSettings returns a bare string for one-item lists
        return [value] if value else []
    return [str(v) for v in value] if isinstance(value, list) else []


def save_segment(file_name: str, columns: list[str], text: str) -> None:
    items = [text] + [s for s in saved_segments(file_name, columns) if s != text]
    store().setValue(_segments_key(file_name, columns), items[:20])


def forget_segment(file_name: str, columns: list[str], text: str) -> None:
    items = [s for s in saved_segments(file_name, columns) if s != text]
    store().setValue(_segments_key(file_name, columns), items)
