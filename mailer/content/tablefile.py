"""Read a recipients file into text cells: encoding, delimiter, line numbers, .xlsx.

Only ``mailer.content.recipients`` uses this. Every failure is a ``RecipientsError`` naming
the file; pandas, openpyxl and codec exceptions are wrapped where they happen. Only regular
files up to ``MAX_FILE_BYTES`` are read (``files``); bytes become text in ``encodings``,
workbooks are read by ``excel``.

Small text files are parsed with the stdlib ``csv`` module, large ones with pandas' C
parser; both give the same table (tests/mailer/test_tablefile_paths.py). pandas is
imported only on the large-text path: importing it costs ~0.4 s.
"""

from __future__ import annotations

import codecs
import csv
import io
import operator
import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from itertools import compress
from pathlib import Path
from typing import TYPE_CHECKING

from mailer.content import excel
from mailer.content.encodings import decode
from mailer.content.excel import SheetInfo
from mailer.content.files import read_regular_file
from mailer.errors import ErrorCode, RecipientsError

if TYPE_CHECKING:
    import pandas as pd

DELIMITERS = (",", ";", "\t", "|")
EXCEL_SUFFIXES = (".xlsx", ".xlsm")
_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Excel 97-2003 .xls
_SAMPLE = 64 * 1024
MAX_FILE_BYTES = 2 * 2**30  # the whole file is held in memory, then its text: ~6x at peak
_LEADING_BLANK = re.compile(r"(?:[ \t]*(?:\r\n|\r|\n))*")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0e-\x1f\x7f]")
# Decoded text up to this many characters is parsed with the csv module; above it
# pandas' C parser is faster (1M rows: 2 s against 7 s) and worth its ~0.4 s import;
# at this size the csv module takes ~0.3 s. Tests patch it.
SMALL_TEXT_LIMIT = 8_000_000
# Noncharacters on a line of their own after the text: if they do not come back as a
# record of their own, a quoted value swallowed them, i.e. it was never closed.
_SENTINEL = "\uffff\ufffe"
# The csv module refuses cells over 131,072 characters by default; pandas has no limit and
# both paths must give the same table. The limit is process-wide: raising it only widens.
csv.field_size_limit(min(sys.maxsize, 2**31 - 1))

Checkpoint = Callable[[], None]
Columns = list[list[str]]  # column-major: one list of cells per column, equal lengths
Parsed = tuple[list[str], Columns, list[int]]  # header, data columns, data row lines


@dataclass
class RawTable:
    """A parsed file before the header is checked: raw header cells, data rows."""

    header: list[str]
    columns: Columns  # data rows only, str cells, one list per header cell
    lines: list[int]  # 1-based line (or sheet row) where each data row starts
    encoding: str
    delimiter: str | None
    sheet: str | None = None  # the sheet read, for workbooks
    sheets: list[SheetInfo] = field(default_factory=list)  # all of a workbook's sheets


def read_table(
    path: Path, *, encoding: str | None, sheet: str | int | None, checkpoint: Checkpoint
) -> RawTable:
    data = read_regular_file(
        path,
        limit=MAX_FILE_BYTES,
        error=RecipientsError,
        what="a recipients file",
        choose="a .csv, .tsv, .txt or .xlsx file",
    )
    checkpoint()
    if path.suffix.lower() in EXCEL_SUFFIXES:
        return _read_excel(path, data, sheet, checkpoint)
    _reject_binary_formats(path, data)
    if encoding is None and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        _reject_binary(path, data[:_SAMPLE])  # before decoding: no codec reads it cleanly
    text, codec = decode(path, data, encoding)
    del data  # the text (and later its UTF-8 copy) is all we need; keep peak memory low
    checkpoint()
    return _read_text(path, text, codec)


# -- bytes and encodings ---------------------------------------------------------------


def _reject_binary_formats(path: Path, data: bytes) -> None:
    if data.startswith(_ZIP_MAGIC):
        raise RecipientsError(
            f"{path.name} is not a text table: it looks like an Excel workbook (a zip file); "
            "give it the .xlsx extension or save it as CSV.",
            code=ErrorCode.WORKBOOK_AS_TEXT,
            params={"file": path.name},
        )
    if data.startswith(_OLE_MAGIC):
        raise RecipientsError(
            f"{path.name} is an old Excel 97-2003 (.xls) file; save it as .xlsx or CSV.",
            code=ErrorCode.OLD_EXCEL,
            params={"file": path.name},
        )


def _reject_binary(path: Path, head: str | bytes) -> None:
    if isinstance(head, str):
        binary = "\x00" in head or len(_CONTROL.findall(head)) > 0.01 * len(head)
    else:
        binary = b"\x00" in head or len(_CONTROL_BYTES.findall(head)) > 0.01 * len(head)
    if binary:
        raise RecipientsError(
            f"{path.name} is not a table: it contains binary data.",
            code=ErrorCode.BINARY_FILE,
            params={"file": path.name},
        )


# -- text tables -------------------------------------------------------------------------


def _read_text(path: Path, text: str, codec: str) -> RawTable:
    _reject_binary(path, text[:_SAMPLE])
    if not text.strip():
        raise RecipientsError(
            f"{path.name} is empty.", code=ErrorCode.FILE_EMPTY, params={"file": path.name}
        )
    lead = _LEADING_BLANK.match(text)
    skipped = _count_breaks(lead.group()) if lead else 0
    body = text[lead.end() :] if lead else text
    delimiter = sniff_delimiter(body[:_SAMPLE], complete=len(body) <= _SAMPLE, tsv=_is_tsv(path))
    parse = _parse_small if len(text) <= SMALL_TEXT_LIMIT else _parse_large
    header, columns, lines = parse(path, body, delimiter, skipped + 1)
    return RawTable(header, columns, lines, codec, delimiter)


def _is_tsv(path: Path) -> bool:
    return path.suffix.lower() in (".tsv", ".tab")


def sniff_delimiter(sample: str, *, complete: bool, tsv: bool = False) -> str:
    """The candidate that splits the header into most columns with consistent rows.

    Ties go to the order comma, semicolon, tab, pipe (tab first for .tsv files).
    """
    order = ("\t", ",", ";", "|") if tsv else DELIMITERS
    best, best_score = order[0] if tsv else ",", (0.0, 1)
    for delim in order:
        counts = [len(r) for r in csv.reader(io.StringIO(sample, newline=""), delimiter=delim)]
        if not complete and len(counts) > 1:
            counts.pop()  # the sample may end in the middle of a row
        if not counts or counts[0] < 2:
            continue
        score = (sum(c == counts[0] for c in counts) / len(counts), counts[0])
        if score > best_score:  # strictly better: ties keep the earlier candidate
            best, best_score = delim, score
    return best


def _parse_small(path: Path, body: str, delimiter: str, first_line: int) -> Parsed:
    """The csv module, made to behave as pandas' C parser does in ``_parse_large``."""
    # pandas drops one leading BOM (one can survive decoding, e.g. a doubled one).
    data = body[1:] if body.startswith("\ufeff") else body
    end = "" if data.endswith(("\n", "\r")) else "\n"
    reader = csv.reader(io.StringIO(data + end + _SENTINEL, newline=""), delimiter=delimiter)
    records: list[list[str]] = []
    lines: list[int] = []
    read = 0  # physical lines before the record: quoted line breaks count, as in pandas
    for record in reader:
        records.append(record)
        lines.append(first_line + read)
        read = reader.line_num
    if not records[0]:  # a blank first line: pandas finds no columns
        raise RecipientsError(
            f"{path.name} is empty.", code=ErrorCode.FILE_EMPTY, params={"file": path.name}
        )
    if records.pop() != [_SENTINEL]:  # non-strict csv accepts a quote open at the end
        raise RecipientsError(_explain_parse_error(path, body, delimiter))
    header, *rows = records
    if any(len(row) > len(header) for row in rows):
        raise RecipientsError(_explain_parse_error(path, body, delimiter))
    return header, _to_columns(rows, len(header)), lines[1:-1]


def _to_columns(rows: list[list[str]], width: int) -> Columns:
    """Rows padded to ``width`` with "" (short rows, blank lines: as pandas), column-major."""
    for row in rows:
        if len(row) < width:
            row.extend([""] * (width - len(row)))
    # itemgetter in C; zip(*rows) would make an iterator per row (slow, and GC churn)
    return [list(map(operator.itemgetter(column), rows)) for column in range(width)]


def _parse_large(path: Path, body: str, delimiter: str, first_line: int) -> Parsed:
    payload = body.encode("utf-8")  # pandas' C parser reads UTF-8 bytes fastest
    frame = _parse_csv(path, payload, body, delimiter)
    lines = _record_lines(frame, payload, first_line)
    del payload
    columns = [frame[label].tolist() for label in frame.columns]
    del frame  # the lists share the frame's str objects: this frees only the frame
    header = [cells[0] for cells in columns]
    for values in (*columns, lines):
        del values[0]  # in place: a slice would copy a million pointers per column
    return header, columns, lines


def _parse_csv(path: Path, payload: bytes, body: str, delimiter: str) -> pd.DataFrame:
    import pandas as pd

    try:
        return pd.read_csv(
            io.BytesIO(payload),
            sep=delimiter,
            header=None,
            dtype=str,
            keep_default_na=False,
            na_filter=False,
            skip_blank_lines=False,  # keep blank lines as rows so line numbers stay exact
            encoding="utf-8",
            engine="c",
        )
    except pd.errors.EmptyDataError as exc:
        raise RecipientsError(
            f"{path.name} is empty.", code=ErrorCode.FILE_EMPTY, params={"file": path.name}
        ) from exc
    except pd.errors.ParserError as exc:
        raise RecipientsError(_explain_parse_error(path, body, delimiter)) from exc
    except (ValueError, MemoryError) as exc:
        raise RecipientsError(f"{path.name} cannot be read as a table: {exc}") from exc


def _explain_parse_error(path: Path, text: str, delimiter: str) -> str:
    """Find the offending physical line with the csv module (pandas counts records)."""
    shown = "tab" if delimiter == "\t" else f'"{delimiter}"'
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    width, start = 0, 1
    try:
        for row in reader:
            width = width or len(row)
            if len(row) > width:
                return (
                    f"{path.name}, line {start}: {len(row)} values but the header has {width} "
                    f"columns; put quotes around values that contain {shown}."
                )
            start = reader.line_num + 1
    except csv.Error:
        pass
    return (
        f"{path.name}, line {start}: a quoted value is not closed; "
        'check the double quotes (") from that line on.'
    )


def _count_breaks(text: str) -> int:
    return text.count("\n") + text.count("\r") - text.count("\r\n")


def _record_lines(frame: pd.DataFrame, payload: bytes, first_line: int) -> list[int]:
    """Line where each record starts, counting line breaks inside quoted cells."""
    n = len(frame)
    breaks = payload.count(b"\n")
    if carriage_returns := payload.count(b"\r"):  # most files have none: skip a scan
        breaks += carriage_returns - payload.count(b"\r\n")
    expected = n if payload.endswith((b"\n", b"\r")) else n - 1
    if breaks <= expected:  # no cell spans lines: one record per line
        return list(range(first_line, first_line + n))
    import numpy as np

    inside = np.zeros(n, dtype=np.int64)
    for label in frame.columns:
        inside += frame[label].str.count(r"\r\n|\r|\n").to_numpy(dtype=np.int64)
    lines = np.arange(first_line, first_line + n, dtype=np.int64)
    lines[1:] += np.cumsum(inside)[:-1]
    starts: list[int] = lines.tolist()
    return starts


# -- Excel -----------------------------------------------------------------------------


def _read_excel(
    path: Path, data: bytes, sheet: str | int | None, checkpoint: Checkpoint
) -> RawTable:
    if not data.startswith(_ZIP_MAGIC):
        raise RecipientsError(
            f"{path.name} is not an Excel workbook (.xlsx); if it is a text table, "
            "give it the .csv extension.",
            code=ErrorCode.NOT_A_WORKBOOK,
            params={"file": path.name},
        )
    read = excel.read_sheet(path, data, sheet, checkpoint)
    # the header is the first row with text (rows of spaces, as blank lines, come before it)
    first = next((i for i, row in enumerate(read.rows) if any(c.strip() for c in row)), None)
    if first is None:
        raise RecipientsError(
            f'{path.name} is empty (sheet "{read.sheet}").',
            code=ErrorCode.EMPTY_SHEET,
            params={"file": path.name, "sheet": read.sheet},
        )
    header, rows = read.rows[first], read.rows[first + 1 :]
    width = max(map(len, read.rows))
    header.extend([""] * (width - len(header)))
    return RawTable(
        header,
        _to_columns(rows, width),
        read.numbers[first + 1 :],
        "xlsx",
        None,
        sheet=read.sheet,
        sheets=read.sheets,
    )


# -- blank rows --------------------------------------------------------------------------


def _blank_rows(columns: Columns, count: int) -> Sequence[int]:
    """Rows whose cells are all empty or whitespace, ascending. Columns narrow the
    candidates progressively, so a typical table costs one pass over its first column."""
    rows: Sequence[int] = range(count)
    for cells in columns:
        if not rows:
            break
        picked = cells if len(rows) == count else [cells[i] for i in rows]
        # not c or c.isspace(), mapped in C: this pass is over a million cells
        blank = map(operator.or_, map(operator.not_, picked), map(str.isspace, picked))
        rows = list(compress(rows, blank))
    return rows


def drop_blank_rows(columns: Columns, lines: list[int]) -> tuple[Columns, list[int]]:
    blank = _blank_rows(columns, len(lines))
    if not blank:
        return columns, lines
    keep = bytearray(b"\x01") * len(lines)
    for row in blank:
        keep[row] = 0
    return [list(compress(cells, keep)) for cells in columns], list(compress(lines, keep))
