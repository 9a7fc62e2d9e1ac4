"""Hostile and odd recipient files (issue 17, items 3, 5, 10, 17): encodings that must not be
guessed, files that are not files, limits on size and shape, hidden sheets, the text Excel shows.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from mailer.content import tablefile as _tablefile
from mailer.content.recipients import load_recipients
from mailer.errors import RecipientsError

ROOT = Path(__file__).resolve().parents[3]
CHOOSE = "choose the encoding (--encoding / the encoding picker)"


def error(path: Path, **kwargs: object) -> str:
    with pytest.raises(RecipientsError) as info:
        load_recipients(path, **kwargs)  # type: ignore[arg-type]
    return str(info.value)


def write_bytes(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def names(path: Path, **kwargs: object) -> list[str]:
    table = load_recipients(path, **kwargs)  # type: ignore[arg-type]
    return [table.row(i)["name"] for i in range(len(table))]


# -- item 3: encodings are never guessed into mojibake ------------------------------------

KOREAN = ["김민준", "이서연", "박지호", "최수아", "정도윤", "강하은", "서울", "부산", "㈜한빛"]
JAPANESE = ["山田太郎", "佐藤花子", "鈴木一郎", "渡辺さくら", "ヤマダ　タロウ", "東京", "伊藤翔"]
CHINESE = ["王小明", "李华", "张伟", "刘洋", "陈静", "杨帆", "赵磊", "黄丽", "广州"]
TAIWANESE = ["陳大文", "黃小明", "林志玲", "張學友", "劉德華", "台北", "高雄"]
WESTERN = ["José Müller", "Hélène Dupont", "Jürgen Groß", "Zoë Brontë", "Renée O’Brien",
           "Nuño Peña", "João Conceição", "Søren Ørsted", "café – 5 €"]  # fmt: skip


def csv_bytes(rows: list[str], codec: str) -> bytes:
    lines = ["name,email"] + [f"{n},user{i}@example.com" for i, n in enumerate(rows)]
    return ("\n".join(lines) + "\n").encode(codec)


def test_utf8_with_one_bad_byte_is_refused_with_line_and_column(tmp_path: Path) -> None:
    data = "name,email\n김민준,a@example.com\n이서연,b@example.com\n".encode()
    bad = data.replace("서".encode(), "서".encode() + b"\xff", 1)
    message = error(write_bytes(tmp_path / "r.csv", bad))
    assert message == (
        f"r.csv is not valid UTF-8 at line 3, column 3 (byte 0xff); {CHOOSE}, "
        "or save the file as UTF-8."
    )


@pytest.mark.parametrize(
    ("stray", "column"),
    [
        ("Müller".encode("latin-1"), 3),  # one Western Excel cell pasted into a UTF-8 file
        ("김".encode("cp949"), 2),  # one Korean Excel cell
        ("“quoted”".encode("cp1252"), 2),
        (b"\xc3", 2),  # a UTF-8 sequence cut short
    ],
)
def test_mostly_utf8_is_never_read_as_a_legacy_codec(
    tmp_path: Path, stray: bytes, column: int
) -> None:
    rows = "".join(f"{n},u{i}@example.com\n" for i, n in enumerate(KOREAN + WESTERN))
    data = b"name,email\n" + rows.encode() + b"X" + stray + b",x@example.com\n"
    message = error(write_bytes(tmp_path / "r.csv", data))
    line = 2 + len(KOREAN + WESTERN)
    assert message.startswith(f"r.csv is not valid UTF-8 at line {line}, column {column} (byte")
    assert CHOOSE in message


def test_cp949_lines_mixed_with_utf8_lines_are_refused(tmp_path: Path) -> None:
    data = csv_bytes(KOREAN[:2], "cp949") + "이서연,c@example.com\n박지호,d@example.com\n".encode()
    message = error(write_bytes(tmp_path / "r.csv", data))
    assert "r.csv is not UTF-8" in message and "line 2, column 1" in message
    assert "mix encodings" in message and CHOOSE in message


@pytest.mark.parametrize(
    ("rows", "codec"),
    [(JAPANESE, "shift_jis"), (JAPANESE, "cp932"), (CHINESE, "gb18030"), (CHINESE, "gbk"),
     (TAIWANESE, "big5")],
)  # fmt: skip
def test_east_asian_legacy_files_read_right_or_are_refused(
    tmp_path: Path, rows: list[str], codec: str
) -> None:
    path = write_bytes(tmp_path / "r.csv", csv_bytes(rows, codec))
    try:
        assert names(path) == rows  # detected with confidence: then it must be right
    except RecipientsError as exc:
        assert CHOOSE in str(exc)
    assert names(path, encoding=codec) == rows  # a chosen encoding is honoured


def test_korean_and_western_excel_files_still_load(tmp_path: Path) -> None:
    korean = write_bytes(tmp_path / "k.csv", csv_bytes(KOREAN, "cp949"))
    assert names(korean) == KOREAN and load_recipients(korean).encoding == "cp949"
    western = write_bytes(tmp_path / "w.csv", csv_bytes(WESTERN, "cp1252"))
    assert names(western) == WESTERN and load_recipients(western).encoding == "cp1252"


def test_uncertain_encoding_names_the_candidates(tmp_path: Path) -> None:
    # 山田 in Shift-JIS reads as "ŽR“c" in Western cp1252: either could be meant.
    path = write_bytes(tmp_path / "r.csv", csv_bytes(["山田"], "cp932"))
    assert error(path) == (
        "r.csv is not UTF-8, and its encoding is uncertain: it could be Western (cp1252) or "
        f"Japanese (cp932); {CHOOSE}, or save the file as UTF-8."
    )
    assert names(path, encoding="cp932") == ["山田"]
    # One rare kanji is too little to tell Shift-JIS from GB2312 (凜 reads as 辏).
    short = write_bytes(tmp_path / "s.csv", csv_bytes(["凜"], "cp932"))
    assert "no encoding reads it with confidence (it may be too short to tell" in error(short)


def test_a_chosen_encoding_is_strict_and_says_where(tmp_path: Path) -> None:
    path = write_bytes(tmp_path / "r.csv", csv_bytes(KOREAN[:3], "cp949"))
    message = error(path, encoding="utf-8")
    assert message == (
        "r.csv is not valid utf-8 text at line 2, column 1 (byte 0xb1); "
        'try encoding "cp949", or leave the encoding unset to detect it.'
    )
    mixed = write_bytes(tmp_path / "m.csv", csv_bytes(["김민준"], "cp949") + "이서연\n".encode())
    message = error(mixed, encoding="cp949")
    assert message.startswith("m.csv is not valid cp949 text at line 3, column ")
    assert CHOOSE in message


LANGUAGES = {
    "cp949": KOREAN,
    "cp932": JAPANESE,
    "gb18030": CHINESE,
    "big5": TAIWANESE,
    "cp1252": WESTERN,
    "utf-8": KOREAN + JAPANESE + WESTERN,
}


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    codec=st.sampled_from(sorted(LANGUAGES)),
    picks=st.lists(st.integers(0, 100), min_size=1, max_size=12),
    ascii_rows=st.integers(0, 3),
    corrupt=st.one_of(st.none(), st.integers(0, 10_000)),
)
@example(codec="cp932", picks=[4], ascii_rows=0, corrupt=None)
@example(codec="gb18030", picks=[8], ascii_rows=1, corrupt=None)
def test_never_mojibake(
    tmp_path_factory: pytest.TempPathFactory,
    codec: str,
    picks: list[int],
    ascii_rows: int,
    corrupt: int | None,
) -> None:
    """Whatever the file, the names come back exactly as written, or loading is refused."""
    pool = LANGUAGES[codec]
    rows = [pool[p % len(pool)] for p in picks] + ["John Smith"] * ascii_rows
    data = csv_bytes(rows, codec)
    if corrupt is not None:  # one byte that is not text in this encoding
        at = data.index(b"\n") + 1 + corrupt % (len(data) - data.index(b"\n") - 1)
        data = data[:at] + (b"\x81" if codec == "cp1252" else b"\xff") + data[at:]
    path = write_bytes(tmp_path_factory.mktemp("enc") / "r.csv", data)
    try:
        got = names(path)
    except RecipientsError as exc:
        assert "r.csv" in str(exc) and "encoding" in str(exc)
        assert corrupt is not None or codec not in ("cp949", "cp1252", "utf-8")
        return
    assert corrupt is None
    if got != rows and codec in ("gb18030", "big5"):
        # The one trade-off: Chinese whose every character is also everyday Hangul in
        # cp949 is read as Korean (test_korean_wins_when_hangul_and_hanzi_both_fit).
        assert all("가" <= c <= "힣" for n in got for c in n if not c.isascii())
        assert [n.encode("cp949") for n in got] == [n.encode(codec) for n in rows]
        return
    assert got == rows


def test_korean_wins_when_hangul_and_hanzi_both_fit(tmp_path: Path) -> None:
    """KS X 1001 Hangul always decodes as GB2312 or Big5 hanzi too, so Korean is preferred:
    refusing every Korean file would be worse. A short Chinese text whose bytes are all
    common Hangul is read as Korean; the sample beside the encoding picker shows it."""
    korean = write_bytes(tmp_path / "k.csv", csv_bytes(["김민준"], "cp949"))
    assert names(korean) == ["김민준"]
    short = write_bytes(tmp_path / "c.csv", csv_bytes(["高雄"], "big5"))
    assert names(short) == ["값땡"] and load_recipients(short).sample() == ["값땡"]
    longer = write_bytes(tmp_path / "l.csv", csv_bytes(TAIWANESE, "big5"))
    assert names(longer) == TAIWANESE  # enough text: its hanzi are not all Hangul bytes
    # 刘洋 reads as 증捏: a hanja among Hangul is doubt enough to ask
    doubt = write_bytes(tmp_path / "d.csv", csv_bytes(["李华"] * 4 + ["刘洋"], "gb18030"))
    assert error(doubt) == (
        "d.csv is not UTF-8, and its encoding is uncertain: it could be Korean (cp949), "
        f"Chinese (gb18030) or Chinese (big5); {CHOOSE}, or save the file as UTF-8."
    )


# -- item 5: only regular files, within limits; long cells load on both paths -----------


def test_a_fifo_is_refused_without_opening_it(tmp_path: Path) -> None:
    if not hasattr(os, "mkfifo"):
        pytest.skip("no named pipes here")
    fifo = tmp_path / "r.csv"
    os.mkfifo(fifo)
    # In a child process: before the fix, opening the pipe blocked for ever.
    code = f"from mailer.content.recipients import load_recipients; load_recipients({str(fifo)!r})"
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert "RecipientsError: r.csv is not a regular file (a named pipe)" in done.stderr


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/null", "/dev/urandom"])
def test_devices_are_refused(device: str) -> None:
    if not Path(device).exists():
        pytest.skip(f"no {device}")
    name = Path(device).name
    assert error(Path(device)) == (
        f"{name} is not a regular file (a device); choose a .csv, .tsv, .txt or .xlsx file."
    )


def test_a_symlink_to_a_device_is_refused(tmp_path: Path) -> None:
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero")
    link = tmp_path / "r.xlsx"
    link.symlink_to("/dev/zero")
    assert error(link).startswith("r.xlsx is not a regular file (a device)")


def test_size_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "r.csv"
    with path.open("wb") as fh:  # sparse: 3 GB of nothing on disk
        fh.truncate(3 * 2**30)
    assert error(path) == (
        "r.csv is 3 GB; a recipients file can be at most 2 GB: split it into smaller files."
    )
    monkeypatch.setattr(_tablefile, "MAX_FILE_BYTES", 10)
    small = write_bytes(tmp_path / "s.csv", b"email\na@example.com\n")
    assert error(small).startswith("s.csv is 20 bytes; a recipients file can be at most 10 bytes")


@pytest.mark.parametrize("length", [131_072, 131_073, 400_000])
def test_a_long_cell_loads_the_same_on_both_paths(length: int) -> None:
    long = "x" * length
    text = f'name,email,note\nA,a@example.com,"{long}"\nB,b@example.com,{long}\n'
    results = []
    for limit in (sys.maxsize, -1):  # the csv module, then pandas
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(_tablefile, "SMALL_TEXT_LIMIT", limit)
            raw = _tablefile._read_text(Path("t.csv"), text, "utf-8")
        results.append((raw.header, raw.columns, raw.lines))
    assert results[0] == results[1]
    assert results[0][1][2] == [long, long]


def _workbook_with_far_cell(path: Path, value: str | None) -> Path:
    """A tiny workbook whose used range claims A1:XFD1048576."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["name", "email"])
    sheet.append(["A", "a@example.com"])
    far = sheet["XFD1048576"]
    far.value = value
    far.number_format = "0.00"  # a styled empty cell is still written when value is None
    book.save(path)
    return path


def _load_with_memory_cap(path: Path) -> subprocess.CompletedProcess[str]:
    """load_recipients in a child process that may use at most 2 GB of address space."""
    code = textwrap.dedent(
        f"""
        import resource
        resource.setrlimit(resource.RLIMIT_AS, (2 * 2**30, 2 * 2**30))
        from mailer.content.recipients import load_recipients
        from mailer.errors import RecipientsError
        try:
            table = load_recipients({str(path)!r})
            print("rows", len(table), table.columns)
        except RecipientsError as exc:
            print("error", exc)
        """
    )
    return subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=300
    )


@pytest.mark.skipif(sys.platform != "linux", reason="RLIMIT_AS caps memory on Linux")
def test_a_far_empty_cell_does_not_allocate_the_whole_sheet(tmp_path: Path) -> None:
    path = _workbook_with_far_cell(tmp_path / "far.xlsx", None)
    assert path.stat().st_size < 10_000
    done = _load_with_memory_cap(path)
    assert done.stdout == "rows 1 ['name', 'email']\n", done.stderr[-2000:]


@pytest.mark.skipif(sys.platform != "linux", reason="RLIMIT_AS caps memory on Linux")
def test_a_far_value_is_refused_with_its_cell(tmp_path: Path) -> None:
    path = _workbook_with_far_cell(tmp_path / "far.xlsx", "stray")
    done = _load_with_memory_cap(path)
    assert done.stdout == (
        'error far.xlsx, sheet "Sheet": cell XFD1048576 is beyond column ALL; a recipients '
        "sheet has at most 1,000 columns: delete the cells to the right of the table.\n"
    ), done.stderr[-2000:]


def test_xlsx_cell_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["name", "email", "city"])
    for i in range(10):
        sheet.append([f"N{i}", f"u{i}@example.com", "Seoul"])
    book.save(tmp_path / "r.xlsx")
    monkeypatch.setattr(_tablefile.excel, "MAX_CELLS", 20)
    assert error(tmp_path / "r.xlsx") == (
        'r.xlsx, sheet "Sheet": more than 20 cells by row 7; split the sheet into smaller files.'
    )


def test_xlsx_zip_bomb_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "r.xlsx"
    _workbook_with_far_cell(path, None)
    monkeypatch.setattr(_tablefile.excel, "MAX_UNPACKED_BYTES", 1000)
    with zipfile.ZipFile(path) as archive:
        biggest = max(archive.infolist(), key=lambda i: i.file_size)
    assert error(path) == (
        f"r.xlsx holds {biggest.filename}, {biggest.file_size:,} bytes once unpacked; "
        "a part can be at most 1,000 bytes: split the workbook into smaller files."
    )


# -- item 10: the first visible sheet, and which sheets there are -------------------------


def hidden_first(path: Path) -> Path:
    book = openpyxl.Workbook()
    secret = book.active
    assert secret is not None
    secret.title = "Old"
    secret.append(["email", "name"])
    secret.append(["old@example.com", "Old"])
    secret.sheet_state = "hidden"
    very = book.create_sheet("Internal")
    very.append(["x"])
    very.sheet_state = "veryHidden"
    current = book.create_sheet("Current")
    current.append(["email", "name"])
    current.append(["new@example.com", "New"])
    book.create_sheet("Notes").append(["email"])
    book.save(path)
    return path


def test_hidden_first_sheet_is_skipped(tmp_path: Path) -> None:
    path = hidden_first(tmp_path / "r.xlsx")
    table = load_recipients(path)
    assert table.sheet == "Current" and table.emails == ["new@example.com"]
    assert [(s.name, s.hidden) for s in table.sheets] == [
        ("Old", True),
        ("Internal", True),
        ("Current", False),
        ("Notes", False),
    ]
    assert load_recipients(path, sheet="Old").emails == ["old@example.com"]  # still choosable
    assert load_recipients(path, sheet=0).sheet == "Old"


def test_unknown_sheet_lists_them_all(tmp_path: Path) -> None:
    path = hidden_first(tmp_path / "r.xlsx")
    assert error(path, sheet="Nope") == (
        'r.xlsx has no sheet "Nope"; its sheets are: Old (hidden), Internal (hidden), '
        "Current, Notes."
    )
    assert error(path, sheet=9).startswith("r.xlsx has no sheet number 10; its sheets are: Old")


# -- item 17: the text Excel shows ----------------------------------------------------------

FORMATTED = [
    # (value, number format, text)
    (dt.datetime(2024, 3, 5), "yyyy-mm-dd", "2024-03-05"),
    (dt.datetime(2024, 3, 5), "mm-dd-yy", "2024-03-05"),  # built-in 14: the short date
    (dt.datetime(2024, 3, 5, 14, 30), "yyyy-mm-dd hh:mm", "2024-03-05 14:30"),
    (dt.datetime(2024, 3, 5, 14, 30, 5), "m/d/yy h:mm:ss", "2024-03-05 14:30:05"),
    (dt.datetime(2024, 3, 5, 14, 30), "d-mmm-yy", "2024-03-05"),
    (dt.time(14, 30), "h:mm", "14:30"),
    (dt.time(9, 5, 7), "hh:mm:ss", "09:05:07"),
    (123, "00000", "00123"),
    (4524, "00000", "04524"),
    (123456, "00000", "123456"),
    (5.0, "General", "5"),
    (5.0, "0", "5"),
    (2.5, "0", "3"),
    (3.14159, "0.00", "3.14"),
    (0.125, "0.0%", "12.5%"),
    (0.5, "0%", "50%"),
    (1234.5, "#,##0.00", "1,234.50"),
    (1234567, "#,##0", "1,234,567"),
    (-1234, "#,##0;(#,##0)", "(1,234)"),
    (-1234, "#,##0", "-1,234"),
    (0, '#,##0;(#,##0);"-"', "-"),
    (1234.5, '"$"#,##0.00', "$1,234.50"),
    (1234.5, '_("$"* #,##0.00_)', "$1,234.50"),
    (1234.5, "#,##0.00 [$€-407]", "1,234.50 €"),
    (42, '0" kg"', "42 kg"),
    (42, "[Red]0", "42"),
    (12345.678, "0.00E+00", "1.23E+04"),
    (821012345678, "General", "821012345678"),
    (0.30000000000000004, "General", "0.3"),
    (1e20, "General", "1E+20"),
    (1.5, "General", "1.5"),
    (True, "General", "TRUE"),
    ("00123", "@", "00123"),
]


def test_cells_give_the_text_excel_shows(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["email", *(f"c{i}" for i in range(len(FORMATTED)))])
    sheet.append(["a@example.com", *(value for value, _, _ in FORMATTED)])
    for cell, (_, number_format, _) in zip(sheet[2][1:], FORMATTED, strict=True):
        cell.number_format = number_format
    book.save(tmp_path / "r.xlsx")
    row = load_recipients(tmp_path / "r.xlsx").row(0)
    shown = [row[f"c{i}"] for i in range(len(FORMATTED))]
    expected = [text for _, _, text in FORMATTED]
    assert [(value, fmt, got) for (value, fmt, _), got in zip(FORMATTED, shown, strict=True)] == [
        (value, fmt, text) for (value, fmt, text) in FORMATTED
    ]
    assert shown == expected


def test_example_workbook_dates_and_zips(tmp_path: Path) -> None:
    """The way people make such a sheet in Excel: a date typed in, a zip column formatted."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["email", "joined", "zip"])
    sheet.append(["a@example.com", dt.date(2024, 3, 5), 123])
    sheet["B2"].number_format = "yyyy/mm/dd"
    sheet["C2"].number_format = "00000"
    book.save(tmp_path / "r.xlsx")
    assert load_recipients(tmp_path / "r.xlsx").row(0) == {
        "email": "a@example.com",
        "joined": "2024-03-05",
        "zip": "00123",
    }


def test_date_text_is_iso(tmp_path: Path) -> None:
    text = load_recipients(ROOT / "examples" / "recipients.xlsx").row(0)
    assert not any(re.search(r"\d{2}:\d{2}:\d{2}$", v) for v in text.values())
