"""What the journal says when its file or a value in it is damaged.

SQLite checks neither JSON nor (outside INTEGER PRIMARY KEY) types, so a journal
edited by another program, restored from a bad copy or hit by a disk fault can hold
anything. The stores check what they read and turn damage into a ``JournalError``
whose sentence names the file, or the campaign and the row, and what to do: a
damaged file is moved aside (the app then starts a new one); from a damaged
campaign what can be read is exported and the rest sent as a new campaign.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TypeGuard

from mailer.errors import CampaignDamaged, JournalError

# SQLite's primary result codes for a file that is not (or no longer) a database.
_SQLITE_CORRUPT, _SQLITE_NOTADB = 11, 26


def _move_aside(path: Path) -> str:
    return (
        f"Move it aside (rename it, e.g. to {path.stem}-damaged{path.suffix}, with the "
        "app and every `mailer` command closed): Bulk Mailer then starts a new, empty "
        "journal; the campaigns in the old file can no longer be resumed."
    )


def file_damaged(path: Path, exc: sqlite3.Error) -> JournalError | None:
    """The sentence for an SQLite error that means the file itself is damaged, or None."""
    code = getattr(exc, "sqlite_errorcode", 0) & 0xFF  # extended codes keep it in the low byte
    if code in (_SQLITE_CORRUPT, _SQLITE_NOTADB):
        return JournalError(f"The campaign journal {path} is damaged ({exc}). {_move_aside(path)}")
    if isinstance(exc, sqlite3.OperationalError) and str(exc).startswith(
        ("no such column", "no such table")
    ):
        return schema_damaged(path, [str(exc).partition(": ")[2]])
    return None


def schema_damaged(path: Path, missing: Sequence[str]) -> JournalError:
    return JournalError(
        f"The campaign journal {path} lacks {', '.join(missing)}: it is damaged or was "
        f"written by another program. {_move_aside(path)}"
    )


def _what_to_do(campaign_id: int) -> str:
    return (
        f"Save what can be read with `mailer export {campaign_id} results.csv` (Export "
        "results in the app) and send the rows not yet sent as a new campaign."
    )


def campaign_damaged(path: Path, campaign_id: int, name: object, what: str) -> CampaignDamaged:
    called = f" ({name!r})" if isinstance(name, str) and name else ""
    return CampaignDamaged(
        f"Campaign {campaign_id}{called} is damaged in the journal {path}: {what}. "
        f"{_what_to_do(campaign_id)}"
    )


def row_name(line: object, idx: object) -> str:
    """How a user finds the row: its line in the recipients file, else its position."""
    if is_int(line):
        return f"line {line}"
    return f"row {idx + 1}" if is_int(idx) else "a row"


def row_damaged(
    path: Path, campaign_id: int, line: object, idx: object, what: str
) -> CampaignDamaged:
    return CampaignDamaged(
        f"The recipient at {row_name(line, idx)} of campaign {campaign_id} is damaged in "
        f"the journal {path}: {what}. {_what_to_do(campaign_id)}"
    )


def unsendable_row(campaign_id: int, line: object, idx: object, what: str) -> str:
    """A row error for a row the runner cannot read: it fails, the campaign goes on."""
    return (
        f"The recipient at {row_name(line, idx)} of campaign {campaign_id} was not sent: "
        f"it is damaged in the journal ({what}). Send to it from a new campaign if it "
        "should get this message."
    )


# -- checks -------------------------------------------------------------------------------


def is_int(value: object) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


def is_number(value: object) -> TypeGuard[int | float]:
    return isinstance(value, int | float) and not isinstance(value, bool)


def json_value(text: object) -> tuple[Any, str]:
    """(value, "") or (None, what is wrong: "not text", "not valid JSON") for a JSON column."""
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8")
        except UnicodeDecodeError:
            return None, "not text"
    if not isinstance(text, str):
        return None, "not text"
    try:
        return json.loads(text), ""
    except ValueError:
        return None, "not valid JSON"


def text_list(value: object, size: int | None = None) -> list[str] | None:
    """``value`` when it is a list of texts (of ``size`` items when given), else None."""
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        return None
    return value if size is None or len(value) == size else None


def cells(data: object, size: int | None) -> tuple[list[str], str]:
    """A row's stored cells, or ([], what is wrong with them); ``size`` None: any number
    (the campaign's column names are lost)."""
    value, wrong = json_value(data)
    if wrong:
        return [], f"its cells are {wrong}"
    found = text_list(value)
    if found is None:
        return [], "its cells are not a list of texts"
    if size is not None and len(found) != size:
        return [], f"it has {len(found)} cells for {size} columns"
    return found, ""


__all__ = [
    "campaign_damaged",
    "cells",
    "file_damaged",
    "is_int",
    "is_number",
    "json_value",
    "row_damaged",
    "row_name",
    "schema_damaged",
    "text_list",
    "unsendable_row",
]
