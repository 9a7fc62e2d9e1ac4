"""Read and validate a recipient table (.csv, .tsv, .txt, .xlsx) -> ``RecipientTable``.

Every cell is text. Each row keeps the line where it starts in the file, a status and
a reason. Addresses are checked for syntax only (no DNS) with email-validator; plain
ASCII addresses that a strict regex certainly accepts skip it, because calling
email-validator a million times is too slow (tests prove the two agree). It is even
imported only when an address needs it: compiling its patterns takes ~20 ms, a tenth of
the CLI's start-up, and a list of ordinary addresses never needs them.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from mailer.content import tablefile as _tablefile
from mailer.content.address_problems import classify
from mailer.content.excel import SheetInfo
from mailer.errors import ErrorCode, RecipientsError
from mailer.states import NO_REASON, Reason, ReasonCode, RowStatus

if TYPE_CHECKING:
    from email_validator import ValidatedEmail

__all__ = ["RecipientTable", "RowStatus", "SheetInfo", "load_recipients", "normalize_email"]


@dataclass
class RecipientTable:
    source: Path
    columns: list[str]  # trimmed header names, file order
    email_column: str
    encoding: str  # codec used, or "xlsx"
    delimiter: str | None  # None for xlsx
    cells: list[list[str]]  # one list per column, same order as columns; "" for empty
    emails: list[str]  # normalised address; the raw trimmed cell when empty/invalid
    lines: list[int]  # 1-based line where the row starts (header = line 1)
    statuses: list[RowStatus]
    reasons: list[Reason]  # NO_REASON for valid rows
    sheet: str | None = None  # the sheet read, for workbooks
    sheets: list[SheetInfo] = field(default_factory=list)  # all of a workbook's sheets

    def __len__(self) -> int:
        return len(self.statuses)

    def row(self, index: int) -> dict[str, str]:
        """0-based data row -> {column: cell}."""
        if index < 0 or index >= len(self):
            raise IndexError(f"row {index} is outside 0..{len(self) - 1}")
        return {name: cells[index] for name, cells in zip(self.columns, self.cells, strict=True)}

    def valid_indices(self) -> list[int]:
        return [i for i, s in enumerate(self.statuses) if s is RowStatus.VALID]

    def line_if_different(self, index: int) -> int | None:
        """Where 0-based row ``index`` starts in the file, when counting rows below a
        header on line 1 would not put it there (after a cell with line breaks, blank
        lines); else None. Rows are numbered as data rows everywhere (1 = the first)."""
        line = self.lines[index]
        return line if line != index + 2 else None

    def row_label(self, index: int) -> str:
        """'row 3', or 'row 3 (line 7)' where the file line differs: the CLI's words."""
        line = self.line_if_different(index)
        return f"row {index + 1}" + (f" (line {line})" if line is not None else "")

    def sample(self, count: int = 3) -> list[str]:
        """The first few cells of a text column, as decoded: shown beside the encoding so
        that mojibake is seen before sending. A column with non-ASCII text is preferred
        (that is where a wrong encoding shows), then any column but the e-mail one."""
        order = [c for c in self.columns if c != self.email_column] + [self.email_column]
        texts = {c: self._texts(c, 50) for c in order}
        chosen = next((c for c in order if any(not t.isascii() for t in texts[c])), None)
        chosen = chosen or next((c for c in order if texts[c]), order[0])
        return [t if len(t) <= 30 else t[:29] + "…" for t in texts[chosen][:count]]

    def _texts(self, column: str, rows: int) -> list[str]:
        cells = self.cells[self.columns.index(column)][:rows]
        return [text for text in map(str.strip, cells) if text]

    def counts(self) -> dict[str, int]:
        result = {"total": len(self.statuses)} | {s.value: 0 for s in RowStatus}
        for status in self.statuses:
            result[status.value] += 1
        return result


# -- email column ------------------------------------------------------------------------

# Header names compared without case, spaces, hyphens and underscores.
EMAIL_HEADERS = (
    "email",
    "mail",
    "emailaddress",
    "mailaddress",
    "emailaddr",
    "이메일",
    "메일",
    "전자우편",
    "전자메일",
    "이메일주소",
    "메일주소",
    "전자우편주소",
    "전자메일주소",
)


def _header_key(name: str) -> str:
    return re.sub(r"[\s_\-]+", "", name).casefold()


def _find_email_column(name: str, columns: list[str], wanted: str | None) -> str:
    listed = ", ".join(f'"{c}"' for c in columns)
    if wanted is not None:
        matches = [c for c in columns if c == wanted.strip()] or [
            c for c in columns if _header_key(c) == _header_key(wanted)
        ]
        if len(matches) != 1:
            raise RecipientsError(f'{name} has no column "{wanted}"; its columns are: {listed}.')
        return matches[0]
    for column in columns:  # file order: the first column that looks like one wins
        if _header_key(column) in EMAIL_HEADERS:
            return column
    raise RecipientsError(
        f'{name} has no email column (a header such as "email" or "이메일"); '
        f"its columns are: {listed}. Rename one or choose it explicitly.",
        code=ErrorCode.NO_EMAIL_COLUMN,
        params={"file": name, "columns": list(columns)},
    )


def _check_header(name: str, raw: list[str]) -> list[str]:
    columns = [cell.strip() for cell in raw]
    seen: dict[str, int] = {}
    for number, column in enumerate(columns, start=1):
        if not column:
            raise RecipientsError(
                f"{name}: column {number} has an empty header; give it a name.",
                code=ErrorCode.EMPTY_HEADER,
                params={"file": name, "column": number},
            )
        if column in seen:
            raise RecipientsError(
                f'{name}: column {number} repeats the header "{column}" of column '
                f"{seen[column]}; rename one of them.",
                code=ErrorCode.REPEATED_HEADER,
                params={"file": name, "column": number, "name": column, "first": seen[column]},
            )
        seen[column] = number
    return columns


_TITLE_SEARCH = 10  # data rows searched for the real header below a title


def _refuse_title_rows(name: str, raw: _tablefile.RawTable) -> None:
    """A title above the column names (common in lists saved from Excel: "고객 명단
    2026") leaves the first row with empty cells: name the row that looks like the
    header instead, so the user knows what to delete rather than which cell is empty."""
    if all(cell.strip() for cell in raw.header) or not raw.lines:
        return
    rows = min(_TITLE_SEARCH, len(raw.lines))
    for at in range(rows):
        cells = [column[at].strip() for column in raw.columns]
        if not all(cells) or len(cells) < 2 or any("@" in c for c in cells):
            continue  # column names hold no addresses
        named = any(_header_key(c) in EMAIL_HEADERS for c in cells)
        below = [column[at + 1] for column in raw.columns] if at + 1 < len(raw.lines) else []
        if named or any("@" in c for c in below):
            row = raw.lines[at]
            listed = ", ".join(f'"{c}"' for c in cells)
            raise RecipientsError(
                f"{name}: the first row is not the column names (a title?); they seem to be "
                f"on row {row}: {listed}. Delete the rows above them, save, and load the "
                "file again.",
                code=ErrorCode.TITLE_ROWS,
                params={"file": name, "row": row, "columns": cells},
            )


def _drop_unnamed_empty_columns(raw: _tablefile.RawTable) -> None:
    """Excel often saves trailing columns with no header and no data: ignore those only."""
    keep = [i for i, head in enumerate(raw.header) if head.strip() or any(raw.columns[i])]
    if len(keep) < len(raw.header):
        raw.header = [raw.header[i] for i in keep]
        raw.columns = [raw.columns[i] for i in keep]


# -- addresses ---------------------------------------------------------------------------

# email-validator's SPECIAL_USE_DOMAIN_NAMES and rfc_constants.CASE_INSENSITIVE_MAILBOX_NAMES
# (RFC 2142), copied so that the fast path does not import it; a test compares them.
SPECIAL_USE_DOMAINS = ("arpa", "invalid", "local", "localhost", "onion", "test")
CASE_INSENSITIVE_MAILBOXES = frozenset(
    [
        "info",
        "marketing",
        "sales",
        "support",
        "abuse",
        "noc",
        "security",
        "postmaster",
        "hostmaster",
        "usenet",
        "news",
        "webmaster",
        "www",
        "uucp",
        "ftp",
    ]
)
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
_SPECIAL = "|".join(re.escape(d) for d in SPECIAL_USE_DOMAINS)
# A strict subset of what email-validator accepts (dot-atom local part of common
# characters, LDH labels without "--", alphabetic TLD, not a special-use domain).
# Anything else goes to email-validator itself.
_FAST = re.compile(
    r"[A-Za-z0-9_+\-]+(?:\.[A-Za-z0-9_+\-]+)*"
    r"@(?!.*--)(?!(?:[A-Za-z0-9-]+\.)*(?i:" + _SPECIAL + r")\Z)"
    r"(?:" + _LABEL + r"\.)+[A-Za-z]{2,63}",
    re.ASCII,
).fullmatch
_MAX_LENGTH = 254  # RFC 5321 path limit, as email-validator applies it
_CI_MAILBOXES = CASE_INSENSITIVE_MAILBOXES  # RFC 2142: lower-cased
_CI_LONGEST = max(len(n) for n in _CI_MAILBOXES)


@cache
def _validator() -> tuple[Callable[[str], ValidatedEmail], type[Exception]]:
    """email-validator's check as this app uses it, and its error (imported once)."""
    from email_validator import EmailNotValidError, validate_email

    def validate(address: str) -> ValidatedEmail:
        return validate_email(
            address,
            check_deliverability=False,
            allow_smtputf8=True,
            allow_quoted_local=False,
            allow_domain_literal=False,
            allow_display_name=False,
            globally_deliverable=True,
            test_environment=False,
        )

    return validate, EmailNotValidError


def fast_normalize(address: str) -> str | None:
    """The normalised address if the fast path certainly accepts it, else None."""
    if len(address) > _MAX_LENGTH or _FAST(address) is None:
        return None
    at = address.index("@")
    domain = address[at + 1 :]
    lowered = domain.lower()
    local = address[:at]
    if at <= _CI_LONGEST and local.lower() in _CI_MAILBOXES:
        return local.lower() + "@" + lowered
    return address if lowered == domain else address[: at + 1] + lowered


def check_address(address: str) -> tuple[str, str]:
    """(normalised address, "") if valid, else ("", email-validator's explanation)."""
    fast = fast_normalize(address)
    if fast is not None:
        return fast, ""
    validate, not_valid = _validator()
    try:
        return validate(address).normalized, ""
    except not_valid as exc:
        return "", str(exc)


def normalize_email(address: str) -> str:
    """Trim and lowercase the domain (an internationalised domain stays Unicode)."""
    trimmed = address.strip()
    normalized, _ = check_address(trimmed)
    if normalized:
        return normalized
    local, at, domain = trimmed.rpartition("@")
    return local + at + domain.lower() if at else trimmed


@dataclass
class _Checked:
    emails: list[str]
    statuses: list[RowStatus]
    reasons: list[Reason]


_EMPTY = Reason(ReasonCode.EMPTY)
_SUPPRESSED = Reason(ReasonCode.SUPPRESSED)


def _classify(cells: Iterable[str], lines: list[int], suppressed: Mapping[str, Reason]) -> _Checked:
    """One pass: empty / invalid / suppressed / duplicate (first occurrence wins)."""
    out = _Checked([], [], [])
    slow: dict[str, tuple[str, str]] = {}  # repeated unusual cells are checked once
    first: dict[str, int] = {}
    for index, cell in enumerate(cells):
        address, why = cell.strip(), ""
        normalized = fast_normalize(address) if address else ""
        if normalized is None:
            if address not in slow:
                slow[address] = check_address(address)
            normalized, why = slow[address]
        if not address:
            status, reason, normalized = RowStatus.EMPTY, _EMPTY, ""
        elif not normalized:
            status, reason = RowStatus.INVALID, Reason(ReasonCode.INVALID, classify(why))
            normalized = address
        else:
            key = normalized.lower()
            if key in suppressed:  # suppressed, or unsubscribed (the reason says which)
                status, reason = RowStatus.SUPPRESSED, suppressed[key]
            elif key in first:
                # The first row as a data row (as everywhere) and its file line.
                seen = {"row": first[key] + 1, "line": lines[first[key]]}
                status, reason = RowStatus.DUPLICATE, Reason(ReasonCode.DUPLICATE, seen)
            else:
                first[key] = index
                status, reason = RowStatus.VALID, NO_REASON
        out.emails.append(normalized)
        out.statuses.append(status)
        out.reasons.append(reason)
    return out


# -- loading -----------------------------------------------------------------------------


def load_recipients(
    path: str | Path,
    *,
    encoding: str | None = None,
    email_column: str | None = None,
    suppressed: Collection[str] | Mapping[str, Reason] = (),
    sheet: str | int | None = None,
    cancel: threading.Event | None = None,
) -> RecipientTable:
    """Read and validate a recipient file; RecipientsError when the file is unusable."""
    source = Path(path)

    def checkpoint() -> None:
        if cancel is not None and cancel.is_set():
            raise RecipientsError(f"Loading {source.name} was cancelled.")

    checkpoint()
    raw = _tablefile.read_table(source, encoding=encoding, sheet=sheet, checkpoint=checkpoint)
    checkpoint()
    _drop_unnamed_empty_columns(raw)
    _refuse_title_rows(source.name, raw)
    columns = _check_header(source.name, raw.header)
    column = _find_email_column(source.name, columns, email_column)
    cells, lines = _tablefile.drop_blank_rows(raw.columns, raw.lines)
    if not lines:
        raise RecipientsError(
            f"{source.name} has a header but no data rows.",
            code=ErrorCode.NO_DATA_ROWS,
            params={"file": source.name},
        )
    checkpoint()
    blocked = {
        normalize_email(a).lower(): (
            suppressed[a] if isinstance(suppressed, Mapping) else _SUPPRESSED
        )
        for a in suppressed
    }
    checked = _classify(cells[columns.index(column)], lines, blocked)
    checkpoint()
    return RecipientTable(
        source=source,
        columns=columns,
        email_column=column,
        encoding=raw.encoding,
        delimiter=raw.delimiter,
        cells=cells,
        emails=checked.emails,
        lines=lines,
        statuses=checked.statuses,
        reasons=checked.reasons,
        sheet=raw.sheet,
        sheets=raw.sheets,
    )
