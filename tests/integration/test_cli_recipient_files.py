"""`mailer check` on odd recipient files, run as a user runs it (issue 17, items 3, 5, 10, 17):
one sentence and exit 2, never a traceback or a hang; the sheets of a workbook are listed."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

ROOT = Path(__file__).resolve().parents[2]
NEWSLETTER = ROOT / "templates" / "newsletter"


def mailer(*args: str) -> subprocess.CompletedProcess[str]:
    # a child process: a hang fails on the timeout instead of stalling the suite
    return subprocess.run(
        [sys.executable, "-m", "mailer.cli", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )


def refused(path: Path) -> str:
    done = mailer("check", str(path), str(NEWSLETTER))
    assert done.returncode == 2, done.stdout + done.stderr
    assert "Traceback" not in done.stdout + done.stderr
    assert done.stderr.startswith("error: ") and done.stderr.count("\n") == 1, done.stderr
    return done.stderr.removeprefix("error: ").strip()


def test_special_files_are_one_sentence(tmp_path: Path) -> None:
    if hasattr(os, "mkfifo"):
        fifo = tmp_path / "pipe.csv"
        os.mkfifo(fifo)
        assert refused(fifo).startswith("pipe.csv is not a regular file (a named pipe)")
    if Path("/dev/zero").exists():
        assert refused(Path("/dev/zero")).startswith("zero is not a regular file (a device)")


def test_mixed_encodings_are_one_sentence(tmp_path: Path) -> None:
    path = tmp_path / "r.csv"
    path.write_bytes(
        "name,email,city\n김민준,a@example.com,서울\n".encode("cp949")
        + "이서연,b@example.com,부산\n박지호,c@example.com,대구\n".encode()
    )
    message = refused(path)
    assert message.startswith("r.csv is not valid UTF-8 at line 2, column 1 (byte 0xb1);")
    assert "choose the encoding (--encoding / the encoding picker)" in message


def test_a_cell_over_the_csv_field_limit_loads(tmp_path: Path) -> None:
    path = tmp_path / "r.csv"
    note = "x" * 200_000
    path.write_text(f"name,email,city,note\nA,a@example.com,Seoul,{note}\n", encoding="utf-8")
    done = mailer("check", str(path), str(NEWSLETTER))
    assert "Traceback" not in done.stderr and "rows: 1  valid: 1" in done.stdout, done.stderr


def test_check_lists_the_sheets_and_reads_the_first_visible(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    old = book.active
    assert old is not None
    old.title = "Old"
    old.append(["name", "email", "city"])
    old.append(["Old", "old@example.com", "Busan"])
    old.sheet_state = "hidden"
    current = book.create_sheet("Current")
    current.append(["name", "email", "city", "joined"])
    current.append(["New", "new@example.com", "Seoul", dt.datetime(2024, 3, 5)])
    current["D2"].number_format = "yyyy-mm-dd"
    book.create_sheet("Notes")
    path = tmp_path / "r.xlsx"
    book.save(path)
    done = mailer("check", str(path), str(NEWSLETTER))
    assert "sheets: Old (hidden), Current (used), Notes\n" in done.stdout, done.stderr
    assert "rows: 1  valid: 1" in done.stdout
    done = mailer("check", str(path), str(NEWSLETTER), "--sheet", "Old")
    assert "sheets: Old (hidden) (used), Current, Notes\n" in done.stdout
    preview = mailer("preview", str(path), str(NEWSLETTER))
    assert preview.returncode == 0, preview.stderr
    assert "2024-03-05 00:00:00" not in preview.stdout


@pytest.mark.parametrize("sheet", ["Nope"])
def test_unknown_sheet_is_one_sentence(tmp_path: Path, sheet: str) -> None:
    book = openpyxl.Workbook()
    book.save(tmp_path / "r.xlsx")
    done = mailer("check", str(tmp_path / "r.xlsx"), str(NEWSLETTER), "--sheet", sheet)
    assert done.returncode == 2
    assert done.stderr == f'error: r.xlsx has no sheet "{sheet}"; its sheets are: Sheet.\n'
