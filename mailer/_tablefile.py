"""Read a recipients file into text cells: encoding, delimiter, line numbers, .xlsx.

Only ``mailer.recipients`` uses this. Every failure is a ``RecipientsError`` naming
the file; pandas, openpyxl and codec exceptions are wrapped where they happen.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import charset_normalizer
import numpy as np
import numpy.typing as npt
import pandas as pd

from mailer.errors import RecipientsError

DELIMITERS = (",", ";", "\t", "|")
EXCEL_SUFFIXES = (".xlsx", ".xlsm")
_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Excel 97-2003 .xls
_SAMPLE = 64 * 1024
# Candidates for charset-normalizer once UTF-8 has failed: Korean Excel or Western Excel.
_LEGACY_CODECS = ["cp949", "euc_kr", "cp1252", "latin_1"]
_KOREAN = {"cp949", "euc_kr", "johab", "iso2022_kr"}
_LEADING_BLANK = re.compile(r"(?:[ \t]*(?:\r\n|\r|\n))*")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")

Checkpoint = Callable[[], None]
Lines = npt.NDArray[np.int64]


@dataclass
class RawTable:
    """A parsed file before the header is checked: raw header cells, data rows."""

    header: list[str]
    frame: pd.DataFrame  # data rows only, integer column labels, str cells
    lines: Lines  # 1-based line (or sheet row) where each data row starts
    encoding: str
    delimiter: str | None


def read_table(
    path: Path, *, encoding: str | None, sheet: str | int | None, checkpoint: Checkpoint
) -> RawTable:
    data = _read_bytes(path)
    checkpoint()
    if path.suffix.lower() in EXCEL_SUFFIXES:
        return _read_excel(path, data, sheet)
    _reject_binary_formats(path, data)
    text, codec = decode(path, data, encoding)
    del data  # the text (and later its UTF-8 copy) is all we need; keep peak memory low
    checkpoint()
    return _read_text(path, text, codec)


# -- bytes and encodings ---------------------------------------------------------------


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError as exc:
        raise RecipientsError(f"{path} was not found.") from exc
    except IsADirectoryError as exc:
        raise RecipientsError(f"{path} is a folder, not a recipients file.") from exc
    except OSError as exc:
        raise RecipientsError(f"{path} cannot be read: {exc.strerror or exc}.") from exc


def _reject_binary_formats(path: Path, data: bytes) -> None:
    if data.startswith(_ZIP_MAGIC):
        raise RecipientsError(
            f"{path.name} is not a text table: it looks like an Excel workbook (a zip file); "
            "give it the .xlsx extension or save it as CSV."
        )
    if data.startswith(_OLE_MAGIC):
        raise RecipientsError(
            f"{path.name} is an old Excel 97-2003 (.xls) file; save it as .xlsx or CSV."
        )


def decode(path: Path, data: bytes, encoding: str | None) -> tuple[str, str]:
    """Return the text and the codec used: the one given, or the detected one."""
    codec = _resolve_codec(path, encoding, data) if encoding else detect_encoding(data)
    try:
        return data.decode(codec), codec
    except UnicodeDecodeError as exc:
        guess = detect_encoding(data)
        hint = f'try encoding "{guess}"' if guess != codec else "try another encoding"
        raise RecipientsError(
            f"{path.name} is not valid {codec} text (byte 0x{data[exc.start]:02x} at "
            f"position {exc.start}); {hint}, or leave the encoding unset to detect it."
        ) from exc


def _resolve_codec(path: Path, encoding: str, data: bytes) -> str:
    try:
        name = codecs.lookup(encoding).name
    except LookupError as exc:
        raise RecipientsError(
            f'"{encoding}" is not a known encoding for {path.name}; '
            "try utf-8, cp949, utf-16 or latin-1."
        ) from exc
    if name == "utf-8" and data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"  # otherwise the BOM would end up in the first header name
    return {"iso8859-1": "latin-1", "euc_kr": "euc-kr"}.get(name, name)


def detect_encoding(data: bytes) -> str:
    """BOM first, then strict UTF-8, then charset-normalizer among legacy codecs."""
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    # Detect on the lines that carry non-ASCII bytes: the ASCII ones say nothing.
    sample = b"".join(re.findall(rb"[^\n]*[\x80-\xff][^\n]*\n?", data[: 4 * 2**20]))[:_SAMPLE]
    best = charset_normalizer.from_bytes(sample, cp_isolation=_LEGACY_CODECS).best()
    if best is not None and best.encoding in _KOREAN:
        return "cp949"  # superset of EUC-KR, what Korean Excel writes
    if re.search(rb"[\x80-\x9f]", data):
        try:
            data.decode("cp1252")
            return "cp1252"  # Western Excel: smart quotes, euro sign
        except UnicodeDecodeError:
            pass
    return "latin-1"


# -- text tables -------------------------------------------------------------------------


def _read_text(path: Path, text: str, codec: str) -> RawTable:
    if "\x00" in text[:_SAMPLE] or len(_CONTROL.findall(text[:_SAMPLE])) > 0.01 * min(
        len(text), _SAMPLE
    ):
        raise RecipientsError(f"{path.name} is not a table: it contains binary data.")
    if not text.strip():
        raise RecipientsError(f"{path.name} is empty.")
    lead = _LEADING_BLANK.match(text)
    skipped = _count_breaks(lead.group()) if lead else 0
    body = text[lead.end() :] if lead else text
    delimiter = sniff_delimiter(body[:_SAMPLE], complete=len(body) <= _SAMPLE, tsv=_is_tsv(path))
    payload = body.encode("utf-8")  # pandas' C parser reads UTF-8 bytes fastest
    del text, body
    frame = _parse_csv(path, payload, delimiter)
    lines = _record_lines(frame, payload) + skipped
    header = frame.iloc[0].tolist()
    rows = frame.iloc[1:].reset_index(drop=True)
    return RawTable(header, rows, lines[1:], codec, delimiter)


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


def _parse_csv(path: Path, payload: bytes, delimiter: str) -> pd.DataFrame:
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
        raise RecipientsError(f"{path.name} is empty.") from exc
    except pd.errors.ParserError as exc:
        raise RecipientsError(_explain_parse_error(path, payload, delimiter)) from exc
    except (ValueError, MemoryError) as exc:
        raise RecipientsError(f"{path.name} cannot be read as a table: {exc}") from exc


def _explain_parse_error(path: Path, payload: bytes, delimiter: str) -> str:
    """Find the offending physical line with the csv module (pandas counts records)."""
    shown = "tab" if delimiter == "\t" else f'"{delimiter}"'
    reader = csv.reader(
        io.StringIO(payload.decode("utf-8"), newline=""), delimiter=delimiter, strict=True
    )
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


def _record_lines(frame: pd.DataFrame, payload: bytes) -> Lines:
    """1-based line where each record starts, counting line breaks inside quoted cells."""
    n = len(frame)
    breaks = payload.count(b"\n") + payload.count(b"\r") - payload.count(b"\r\n")
    expected = n if payload.endswith((b"\n", b"\r")) else n - 1
    lines = np.arange(1, n + 1, dtype=np.int64)
    if breaks <= expected:  # no cell spans lines: one record per line
        return lines
    inside = np.zeros(n, dtype=np.int64)
    for label in frame.columns:
        inside += frame[label].str.count(r"\r\n|\r|\n").to_numpy(dtype=np.int64)
    lines[1:] += np.cumsum(inside)[:-1]
    return lines


# -- Excel -----------------------------------------------------------------------------


def _read_excel(path: Path, data: bytes, sheet: str | int | None) -> RawTable:
    if not data.startswith(_ZIP_MAGIC):
        raise RecipientsError(
            f"{path.name} is not an Excel workbook (.xlsx); if it is a text table, "
            "give it the .csv extension."
        )
    try:
        frame = pd.read_excel(
            io.BytesIO(data),
            sheet_name=0 if sheet is None else sheet,
            header=None,
            dtype=str,
            keep_default_na=False,
            na_filter=False,
            engine="openpyxl",
        )
    except (ValueError, IndexError, KeyError) as exc:
        if sheet is None:
            raise RecipientsError(f"{path.name} cannot be read as a workbook: {exc}") from exc
        names = ", ".join(_sheet_names(data))
        raise RecipientsError(
            f'{path.name} has no sheet "{sheet}"; its sheets are: {names}.'
        ) from exc
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        raise RecipientsError(f"{path.name} is a damaged Excel workbook: {exc}") from exc
    return _excel_table(path, frame)


def _excel_table(path: Path, frame: pd.DataFrame) -> RawTable:
    frame = frame.fillna("").astype(str)  # cells openpyxl left empty at the ragged edge
    if frame.empty:
        raise RecipientsError(f"{path.name} is empty.")
    lines = np.arange(1, len(frame) + 1, dtype=np.int64)  # pandas keeps rows from row 1
    first = int(np.argmax(_nonblank(frame)))
    if not _nonblank(frame.iloc[[first]])[0]:
        raise RecipientsError(f"{path.name} is empty.")
    header = frame.iloc[first].tolist()
    rows = frame.iloc[first + 1 :].reset_index(drop=True)
    return RawTable(header, rows, lines[first + 1 :], "xlsx", None)


def _sheet_names(data: bytes) -> list[str]:
    try:
        return [str(name) for name in pd.ExcelFile(io.BytesIO(data), engine="openpyxl").sheet_names]
    except Exception:  # only used to improve a message that is already an error
        return ["(unreadable)"]


# -- blank rows --------------------------------------------------------------------------


def _nonblank(frame: pd.DataFrame) -> npt.NDArray[np.bool_]:
    """True for rows with a non-whitespace cell; columns are narrowed progressively,
    so a typical table costs one pass over its first column."""
    blank = np.ones(len(frame), dtype=np.bool_)
    for label in frame.columns:
        idx = np.flatnonzero(blank)
        if not idx.size:
            break
        cells = frame[label].to_numpy(dtype=object)[idx]
        blank[idx] = [not c or c.isspace() for c in cells]
    return ~blank


def drop_blank_rows(frame: pd.DataFrame, lines: Lines) -> tuple[pd.DataFrame, Lines]:
    keep = _nonblank(frame)
    if keep.all():
        return frame, lines
    return frame[keep].reset_index(drop=True), lines[keep]
