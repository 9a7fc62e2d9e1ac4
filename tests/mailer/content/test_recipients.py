"""load_recipients on real files: encodings, delimiters, line numbers, columns, errors."""

from __future__ import annotations

import codecs
import threading
import zipfile
from pathlib import Path

import openpyxl
import pytest

from mailer.content.recipients import RowStatus, load_recipients, normalize_email
from mailer.errors import ErrorCode, RecipientsError
from mailer.states import NO_REASON, AddressProblem, Reason, ReasonCode, describe

ROWS = [
    ["name", "email", "city", "zip"],
    ["김민준", "minjun@example.com", "서울", "04524"],
    ["Jane Doe", "Jane.Doe@Example.COM", "London", "00123"],
    ["José Müller", "jose@example.org", "Zürich", ""],
]


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def table_text(rows: list[list[str]], delimiter: str = ",", newline: str = "\n") -> str:
    return "".join(delimiter.join(r) + newline for r in rows)


def error(path: Path, **kwargs: object) -> str:
    with pytest.raises(RecipientsError) as info:
        load_recipients(path, **kwargs)  # type: ignore[arg-type]
    return str(info.value)


# -- encodings and delimiters ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("codec", "bom", "expected"),
    [
        ("utf-8", b"", "utf-8"),
        ("utf-8", codecs.BOM_UTF8, "utf-8-sig"),
        ("utf-16-le", codecs.BOM_UTF16_LE, "utf-16"),
        ("utf-16-be", codecs.BOM_UTF16_BE, "utf-16"),
    ],
)
def test_unicode_encodings(tmp_path: Path, codec: str, bom: bytes, expected: str) -> None:
    path = tmp_path / "r.csv"
    path.write_bytes(bom + table_text(ROWS).encode(codec))
    table = load_recipients(path)
    assert table.encoding == expected
    assert table.columns == ROWS[0]
    assert [table.row(i) for i in range(3)] == [
        dict(zip(ROWS[0], r, strict=True)) for r in ROWS[1:]
    ]


def test_cp949_korean_excel(tmp_path: Path) -> None:
    rows = [r for r in ROWS if "é" not in r[0]]  # CP949 has no é
    path = write(tmp_path / "r.csv", table_text(rows, newline="\r\n"), "cp949")
    table = load_recipients(path)
    assert table.encoding == "cp949"
    assert table.row(0)["name"] == "김민준" and table.row(0)["city"] == "서울"


def test_euc_kr_override_and_latin1_detection(tmp_path: Path) -> None:
    korean = write(tmp_path / "k.csv", table_text(ROWS[:3]), "euc-kr")
    assert load_recipients(korean, encoding="euc-kr").row(0)["name"] == "김민준"
    latin = write(tmp_path / "l.csv", table_text([ROWS[0], ROWS[3]]), "latin-1")
    table = load_recipients(latin)
    assert table.encoding == "latin-1"
    assert table.row(0)["name"] == "José Müller"


def test_wrong_encoding_says_what_to_try(tmp_path: Path) -> None:
    path = write(tmp_path / "r.csv", table_text(ROWS[:3]), "cp949")
    message = error(path, encoding="utf-8")
    assert "r.csv" in message and "utf-8" in message and '"cp949"' in message


def test_unknown_encoding(tmp_path: Path) -> None:
    path = write(tmp_path / "r.csv", table_text(ROWS))
    assert "not a known encoding" in error(path, encoding="klingon")


@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
def test_delimiters(tmp_path: Path, delimiter: str) -> None:
    rows = [*ROWS, ["Kim, Lee; Park", "kim@example.com", "a|b", "1"]]
    lines = [
        delimiter.join(f'"{c}"' if any(d in c for d in ",;|\t") else c for c in r) for r in rows
    ]
    path = write(tmp_path / "r.txt", "\n".join(lines) + "\n")
    table = load_recipients(path)
    assert table.delimiter == delimiter
    assert table.row(3)["name"] == "Kim, Lee; Park" and table.row(3)["city"] == "a|b"


def test_tsv_extension(tmp_path: Path) -> None:
    path = write(tmp_path / "r.tsv", table_text(ROWS, "\t"))
    assert load_recipients(path).delimiter == "\t"


# -- cells and line numbers -----------------------------------------------------------------


def test_cells_are_text(tmp_path: Path) -> None:
    text = "email,zip,amount,flag,none\na@example.com,00123,1.0,TRUE,NA\nb@example.com,,7,,null\n"
    table = load_recipients(write(tmp_path / "r.csv", text))
    assert table.row(0) == {
        "email": "a@example.com",
        "zip": "00123",
        "amount": "1.0",
        "flag": "TRUE",
        "none": "NA",
    }
    assert table.row(1)["zip"] == "" and table.row(1)["amount"] == "7"
    assert all(isinstance(v, str) for cells in table.cells for v in cells)


def test_quoted_newlines_and_blank_lines_keep_line_numbers(tmp_path: Path) -> None:
    text = (
        "\n"  # line 1: blank before the header
        'name,"e\nmail",note\r\n'  # header spans lines 2-3
        'A,a@example.com,"two\r\nlines"\r\n'  # 4-5
        "\r\n"  # 6 blank
        "B,b@example.com,x\r\n"  # 7
        ",,\n"  # 8 only delimiters
        'C,c@example.com,"three\nline\rnote"\n'  # 9-11
        "  \n"  # 12 whitespace only
        "D,A@EXAMPLE.COM,y"  # 13, no final newline
    )
    table = load_recipients(write(tmp_path / "r.csv", text), email_column="e\nmail")
    assert table.lines == [4, 7, 9, 13]
    assert table.row(0)["note"] == "two\r\nlines"
    assert table.reasons[3] == Reason(ReasonCode.DUPLICATE, {"row": 1, "line": 4})
    assert describe(table.reasons[3]) == "duplicate of row 1"
    # Data rows everywhere, with the file line where the two differ (issue 16, item 13).
    assert [table.row_label(i) for i in range(4)] == [
        "row 1 (line 4)",
        "row 2 (line 7)",
        "row 3 (line 9)",
        "row 4 (line 13)",
    ]


def test_header_only_with_blank_lines(tmp_path: Path) -> None:
    path = write(tmp_path / "r.csv", "name,email\n\n,\n   \n")
    assert error(path) == "r.csv has a header but no data rows."


def test_short_rows_are_padded(tmp_path: Path) -> None:
    table = load_recipients(write(tmp_path / "r.csv", "email,name,city\na@example.com\n"))
    assert table.row(0) == {"email": "a@example.com", "name": "", "city": ""}


def test_header_names_trimmed_and_unnamed_empty_columns_ignored(tmp_path: Path) -> None:
    path = write(tmp_path / "r.csv", " Name , E-Mail ,,\nA,a@example.com,,\n")
    table = load_recipients(path)
    assert table.columns == ["Name", "E-Mail"] and table.email_column == "E-Mail"


# -- xlsx ---------------------------------------------------------------------------------


def test_xlsx(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    first = workbook.active
    assert first is not None
    first.append(["ignored"])
    sheet = workbook.create_sheet("List")
    sheet.append(["이름", "이메일 주소", "count", "zip"])
    sheet.append(["김민준", "minjun@example.com", 3, "00123"])
    sheet.append([None, None, None, None])
    sheet.append(["이서연", "SEOYEON@EXAMPLE.COM", 1.5, None])
    path = tmp_path / "r.xlsx"
    workbook.save(path)
    table = load_recipients(path, sheet="List")
    assert (table.encoding, table.delimiter, table.email_column) == ("xlsx", None, "이메일 주소")
    assert table.row(0) == {
        "이름": "김민준",
        "이메일 주소": "minjun@example.com",
        "count": "3",
        "zip": "00123",
    }
    assert table.row(1)["count"] == "1.5" and table.row(1)["zip"] == ""
    assert table.lines == [2, 4]
    assert table.emails[1] == "SEOYEON@example.com"
    assert load_recipients(path, sheet=1).columns == table.columns
    message = error(path, sheet="Nope")
    assert '"Nope"' in message and "Sheet" in message and "List" in message


# -- email column ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "header",
    ["email", "E-Mail", "MAIL", "Email Address", "e-mail address", "EmailAddress", "이메일",
     "메일", "전자우편", "이메일 주소", "메일 주소", "email_address"],
)  # fmt: skip
def test_email_column_found_by_name(tmp_path: Path, header: str) -> None:
    path = write(tmp_path / "r.csv", f"name,{header}\nA,a@example.com\n")
    assert load_recipients(path).email_column == header


def test_email_column_explicit(tmp_path: Path) -> None:
    path = write(tmp_path / "r.csv", "name,email,work\nA,a@example.com,b@example.org\n")
    table = load_recipients(path, email_column="work")
    assert table.email_column == "work" and table.emails == ["b@example.org"]
    assert load_recipients(path, email_column=" WORK ").email_column == "work"
    message = error(path, email_column="office")
    assert message == 'r.csv has no column "office"; its columns are: "name", "email", "work".'


def test_no_email_column_lists_columns(tmp_path: Path) -> None:
    message = error(write(tmp_path / "r.csv", "name,city\nA,B\n"))
    assert "r.csv has no email column" in message and '"name", "city"' in message


# -- validation -----------------------------------------------------------------------------


def test_statuses_reasons_and_normalisation(tmp_path: Path) -> None:
    text = (
        "name,email\n"
        "a, Jane.Doe@Example.COM \n"
        "b,\n"
        "c,not-an-email\n"
        "d,jane.doe@EXAMPLE.com\n"
        "e,blocked@example.org\n"
        "f,사용자@예시.한국\n"
        "g,Postmaster@Example.com\n"
        "h,x@mail.localhost\n"
    )
    table = load_recipients(write(tmp_path / "r.csv", text), suppressed=["BLOCKED@Example.org "])
    assert table.statuses == [
        RowStatus.VALID,
        RowStatus.EMPTY,
        RowStatus.INVALID,
        RowStatus.DUPLICATE,
        RowStatus.SUPPRESSED,
        RowStatus.VALID,
        RowStatus.VALID,
        RowStatus.INVALID,
    ]
    assert table.emails[:4] == ["Jane.Doe@example.com", "", "not-an-email", "jane.doe@example.com"]
    assert table.emails[5:7] == ["사용자@예시.한국", "postmaster@example.com"]
    assert table.reasons[:5] == [
        NO_REASON,
        Reason(ReasonCode.EMPTY),
        Reason(
            ReasonCode.INVALID,
            {"why": "An email address must have an @-sign.", "problem": AddressProblem.NO_AT},
        ),
        Reason(ReasonCode.DUPLICATE, {"row": 1, "line": 2}),
        Reason(ReasonCode.SUPPRESSED),
    ]
    assert [describe(r) for r in table.reasons[:5]] == [
        "",
        "empty",
        "invalid address: An email address must have an @-sign.",
        "duplicate of row 1",
        "suppressed",
    ]
    assert table.reasons[7].code is ReasonCode.INVALID
    assert "special-use" in table.reasons[7].get("why")
    assert table.valid_indices() == [0, 5, 6]
    assert table.counts() == {
        "total": 8,
        "valid": 3,
        "empty": 1,
        "invalid": 2,
        "duplicate": 1,
        "suppressed": 1,
    }


def test_normalize_email() -> None:
    assert normalize_email("  Jane.Doe@Example.COM\n") == "Jane.Doe@example.com"
    assert normalize_email("User@BÜCHER.de") == "User@bücher.de"
    assert normalize_email("not valid@EXAMPLE.com") == "not valid@example.com"
    assert normalize_email("nothing") == "nothing"


# -- bad files ------------------------------------------------------------------------------


def test_not_found(tmp_path: Path) -> None:
    assert error(tmp_path / "missing.csv") == f"{tmp_path / 'missing.csv'} was not found."


@pytest.mark.parametrize("content", [b"", b"\n\r\n  \n", codecs.BOM_UTF8, codecs.BOM_UTF16_LE])
def test_empty(tmp_path: Path, content: bytes) -> None:
    assert error(write_bytes(tmp_path / "r.csv", content)) == "r.csv is empty."


def test_header_only(tmp_path: Path) -> None:
    assert error(write(tmp_path / "r.csv", "email\n")) == "r.csv has a header but no data rows."


def test_binary_is_not_a_table(tmp_path: Path) -> None:
    path = write_bytes(tmp_path / "r.csv", bytes(range(256)) * 4)
    assert error(path) == "r.csv is not a table: it contains binary data."


def test_xlsx_renamed_csv_and_csv_renamed_xlsx(tmp_path: Path) -> None:
    workbook = tmp_path / "r.csv"
    with zipfile.ZipFile(workbook, "w") as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
    assert "r.csv is not a text table" in error(workbook) and ".xlsx" in error(workbook)
    text = write(tmp_path / "t.xlsx", table_text(ROWS))
    assert "t.xlsx is not an Excel workbook" in error(text)
    broken = write_bytes(tmp_path / "b.xlsx", b"PK\x03\x04garbage")
    assert error(broken).startswith("b.xlsx ")


def test_empty_and_repeated_headers(tmp_path: Path) -> None:
    empty = write(tmp_path / "r.csv", "name,,email\nA,x,a@example.com\n")
    assert error(empty) == "r.csv: column 2 has an empty header; give it a name."
    twice = write(tmp_path / "r.csv", "email, name ,city,name\na@example.com,A,B,C\n")
    assert error(twice) == (
        'r.csv: column 4 repeats the header "name" of column 2; rename one of them.'
    )


def test_unusable_files_carry_codes_for_the_apps_words(tmp_path: Path) -> None:
    cases = {
        "old.xls": (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, ErrorCode.OLD_EXCEL),
        "book.csv": (b"PK\x03\x04" + b"\0" * 100, ErrorCode.WORKBOOK_AS_TEXT),
        "text.xlsx": (b"name,email\nA,a@example.com\n", ErrorCode.NOT_A_WORKBOOK),
        "bin.csv": (b"email\n" + bytes(range(256)) * 4, ErrorCode.BINARY_FILE),
        "head.csv": (b"name,email\n", ErrorCode.NO_DATA_ROWS),
        "bad.xlsx": (b"PK\x03\x04" + b"\0" * 100, ErrorCode.DAMAGED_WORKBOOK),
    }
    for name, (data, code) in cases.items():
        with pytest.raises(RecipientsError) as info:
            load_recipients(write_bytes(tmp_path / name, data))
        assert (info.value.code, info.value.params["file"]) == (code, name), name


def test_header_errors_carry_codes_for_the_apps_words(tmp_path: Path) -> None:
    with pytest.raises(RecipientsError) as empty:
        load_recipients(write(tmp_path / "r.csv", "name,,email\nA,x,a@example.com\n"))
    assert empty.value.code is ErrorCode.EMPTY_HEADER
    assert empty.value.params == {"file": "r.csv", "column": 2}
    with pytest.raises(RecipientsError) as twice:
        load_recipients(write(tmp_path / "r.csv", "email,name,name\na@example.com,A,B\n"))
    assert twice.value.code is ErrorCode.REPEATED_HEADER
    assert twice.value.params == {"file": "r.csv", "column": 3, "name": "name", "first": 2}


def test_a_title_above_the_header_names_the_header_row(tmp_path: Path) -> None:
    """Lists saved from Excel often start with a title: the error says where the column
    names are (the sheet's row, as Excel shows it), not that a header cell is empty."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    for row in (["고객 명단 (2026년 12월)"], [], ["이름", "이메일", "도시"]):
        sheet.append(row)
    sheet.append(["김민준", "minjun@example.com", "서울"])
    workbook.save(tmp_path / "title.xlsx")
    with pytest.raises(RecipientsError) as info:
        load_recipients(tmp_path / "title.xlsx")
    assert info.value.code is ErrorCode.TITLE_ROWS
    assert info.value.params == {
        "file": "title.xlsx",
        "row": 3,
        "columns": ["이름", "이메일", "도시"],
    }
    assert 'on row 3: "이름", "이메일", "도시". Delete the rows above them' in str(info.value)
    # The same in a CSV: a header without an e-mail name is recognised by the row below.
    text = "Members 2026,,\nname,mail address,city\nKim,kim@example.com,Seoul\n"
    with pytest.raises(RecipientsError) as csv_info:
        load_recipients(write(tmp_path / "t.csv", text))
    assert csv_info.value.code is ErrorCode.TITLE_ROWS and csv_info.value.params["row"] == 2
    # An empty header cell over data is still that, with no header-like row below.
    plain = "name,,email\nA,x,a@example.com\nB,y,b@example.com\n"
    assert "column 2 has an empty header" in error(write(tmp_path / "p.csv", plain))


def test_too_many_values_names_the_physical_line(tmp_path: Path) -> None:
    path = write(tmp_path / "r.csv", 'name,email\nA,"a\n@example.com"\n\nB,b@example.com,extra\n')
    assert error(path) == (
        "r.csv, line 5: 3 values but the header has 2 columns; put quotes around values that "
        'contain ",".'
    )


def test_unclosed_quote(tmp_path: Path) -> None:
    path = write(tmp_path / "r.csv", 'name,email\nA,a@example.com\n"B,b@example.com\nC,c\n')
    assert error(path).startswith("r.csv, line 3: a quoted value is not closed")


def test_folder(tmp_path: Path) -> None:
    assert "is a folder" in error(tmp_path)


def test_cancel(tmp_path: Path) -> None:
    cancel = threading.Event()
    cancel.set()
    path = write(tmp_path / "r.csv", table_text(ROWS))
    assert error(path, cancel=cancel) == "Loading r.csv was cancelled."
    assert len(load_recipients(path, cancel=threading.Event())) == 3


# -- shipped examples -----------------------------------------------------------------------


@pytest.mark.parametrize("name", ["recipients.csv", "recipients-cp949.csv", "recipients.xlsx"])
def test_examples(examples: Path, name: str) -> None:
    table = load_recipients(examples / name)
    assert table.columns == ["name", "email", "city", "plan"]
    assert table.counts() == {
        "total": 20,
        "valid": 17,
        "empty": 1,
        "invalid": 1,
        "duplicate": 1,
        "suppressed": 0,
    }
    assert table.row(0)["name"] == "김민준"
    reference = load_recipients(examples / "recipients.csv")
    assert table.cells == reference.cells and table.reasons == reference.reasons


def write_bytes(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path
