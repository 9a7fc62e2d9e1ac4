"""Read an .xlsx sheet into rows of the text Excel shows, within limits.

openpyxl in read-only mode streams the sheet row by row; the used range a file claims
(``<dimension ref="A1:XFD1048576"/>`` costs 1.6 KB) is never trusted for allocation.
Only rows with a value are kept, trailing empty cells are dropped, and a row wider than
``MAX_COLUMNS`` or a sheet with more than ``MAX_CELLS`` cells is refused with a sentence.

Cells become the text Excel displays (``numberformat.cell_text``): dates as 2024-03-05, a
zip code 123 formatted ``00000`` as 00123, 5.0 as 5. By default the first visible sheet is
read; hidden ones stay choosable by name or number.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mailer.content.numberformat import cell_text
from mailer.errors import ErrorCode, RecipientsError

if TYPE_CHECKING:
    from openpyxl.workbook import Workbook

MAX_COLUMNS = 1_000
MAX_CELLS = 50_000_000  # 1M rows x 50 columns; a cell costs ~60 bytes held as text
MAX_UNPACKED_BYTES = 2 * 2**30  # any one part of the zip (shared strings are read whole)
_CHECK_EVERY = 4096  # rows between cancel checks


@dataclass(frozen=True)
class SheetInfo:
    name: str
    hidden: bool  # "hidden" or "veryHidden" in the workbook


@dataclass
class SheetRows:
    sheet: str
    sheets: list[SheetInfo]
    rows: list[list[str]]  # rows with at least one non-empty cell, trailing "" dropped
    numbers: list[int]  # the sheet row number of each


def read_sheet(
    path: Path, data: bytes, sheet: str | int | None, checkpoint: Callable[[], None]
) -> SheetRows:
    _check_unpacked_sizes(path, data)
    import openpyxl  # ~0.2 s: only for workbooks

    try:
        book = openpyxl.load_workbook(
            io.BytesIO(data), read_only=True, data_only=True, keep_links=False
        )
    except Exception as exc:  # a damaged zip or XML surfaces as any of a dozen types
        raise _damaged(path, exc) from exc
    try:
        sheets = [SheetInfo(ws.title, ws.sheet_state != "visible") for ws in book.worksheets]
        worksheet = _choose(path, book, sheets, sheet)
        rows, numbers = _read_rows(path, worksheet, checkpoint)
    except RecipientsError:
        raise
    except Exception as exc:  # the sheet's XML is parsed lazily, while iterating
        raise _damaged(path, exc) from exc
    finally:
        book.close()
    return SheetRows(worksheet.title, sheets, rows, numbers)


def describe_sheets(sheets: list[SheetInfo], used: str | None = None) -> str:
    """'Old (hidden), Current (used), Notes'."""
    return ", ".join(
        s.name + (" (hidden)" if s.hidden else "") + (" (used)" if s.name == used else "")
        for s in sheets
    )


def _damaged(path: Path, exc: Exception) -> RecipientsError:
    return RecipientsError(
        f"{path.name} is a damaged Excel workbook: {exc}",
        code=ErrorCode.DAMAGED_WORKBOOK,
        params={"file": path.name, "detail": str(exc)},
    )


def _check_unpacked_sizes(path: Path, data: bytes) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            parts = archive.infolist()
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
        raise _damaged(path, exc) from exc
    biggest = max(parts, key=lambda part: part.file_size, default=None)
    # zipfile stops at the declared size, so a lying header cannot unpack more than this
    if biggest is not None and biggest.file_size > MAX_UNPACKED_BYTES:
        raise RecipientsError(
            f"{path.name} holds {biggest.filename}, {biggest.file_size:,} bytes once unpacked; "
            f"a part can be at most {MAX_UNPACKED_BYTES:,} bytes: split the workbook into "
            "smaller files."
        )


def _choose(path: Path, book: Workbook, sheets: list[SheetInfo], wanted: str | int | None) -> Any:
    worksheets = book.worksheets
    if not worksheets:
        raise RecipientsError(f"{path.name} has no worksheets (only charts).")
    if wanted is None:  # the first visible one: a hidden first sheet is usually old data
        visible = [ws for ws, info in zip(worksheets, sheets, strict=True) if not info.hidden]
        return (visible or worksheets)[0]
    if isinstance(wanted, int):
        if 0 <= wanted < len(worksheets):
            return worksheets[wanted]
        shown = f"number {wanted + 1}"
    else:
        for ws in worksheets:
            if ws.title == wanted:
                return ws
        shown = f'"{wanted}"'
    raise RecipientsError(
        f"{path.name} has no sheet {shown}; its sheets are: {describe_sheets(sheets)}."
    )


def _read_rows(
    path: Path, worksheet: Any, checkpoint: Callable[[], None]
) -> tuple[list[list[str]], list[int]]:
    from openpyxl.utils import get_column_letter

    worksheet.reset_dimensions()  # iterate what is there, not the claimed used range
    where = f'{path.name}, sheet "{worksheet.title}"'
    rows: list[list[str]] = []
    numbers: list[int] = []
    width = 0
    for number, raw in enumerate(worksheet.iter_rows(), start=1):
        if number % _CHECK_EVERY == 0:
            checkpoint()
        if not raw:
            continue
        row = [cell_text(cell) for cell in raw]
        while row and not row[-1]:
            row.pop()
        if not row:
            continue
        if len(row) > MAX_COLUMNS:
            raise RecipientsError(
                f"{where}: cell {get_column_letter(len(row))}{number} is beyond column "
                f"{get_column_letter(MAX_COLUMNS)}; a recipients sheet has at most "
                f"{MAX_COLUMNS:,} columns: delete the cells to the right of the table."
            )
        width = max(width, len(row))
        if (len(rows) + 1) * width > MAX_CELLS:  # the table is padded to its widest row
            raise RecipientsError(
                f"{where}: more than {MAX_CELLS:,} cells by row {number}; "
                "split the sheet into smaller files."
            )
        rows.append(row)
        numbers.append(number)
    return rows, numbers
