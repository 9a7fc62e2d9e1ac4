"""The two text parsers agree: the csv module (small files) and pandas (large files).

Small text files must not import pandas, yet give exactly what pandas' C parser gives:
header, cells, line numbers, and the same error message for the same bad file.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from unittest.mock import patch

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from mailer.content import tablefile as _tablefile
from mailer.content.recipients import RecipientTable, load_recipients
from mailer.errors import RecipientsError

ROOT = Path(__file__).resolve().parents[3]
SMALL, LARGE = sys.maxsize, -1  # SMALL_TEXT_LIMIT values that force each path


def read(text: str, limit: int) -> _tablefile.RawTable | str:
    """The raw table from one path, or its error message."""
    with patch.object(_tablefile, "SMALL_TEXT_LIMIT", limit):
        try:
            return _tablefile._read_text(Path("t.csv"), text, "utf-8")
        except RecipientsError as exc:
            return str(exc)


# Pieces of CSV-ish text: every delimiter, quotes (balanced or not), every line break,
# blank and whitespace lines, Korean letters, a stray BOM.
token = st.sampled_from(
    [",", ";", "\t", "|", '"', '""', "\n", "\r", "\r\n", "\n\n", " ", "  \n",
     "a", "bc", "x@y.kr", "김", "민준", '"q"', '"a,b"', '"a\nb"', "\ufeff"]
)  # fmt: skip
texts = st.builds(
    "".join,
    st.tuples(
        st.sampled_from(["", "", "\n", "\ufeff", "\ufeff\n", " \r\n"]),  # before the header
        st.lists(token, max_size=40).map("".join),
    ),
)


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts)
@example('name,email\nA,"a\n@example.com"\n\nB,b@example.com,extra\n')  # too many values
@example('name,email\nA,a@example.com\n"B,b@example.com\nC,c\n')  # quote open at the end
@example('a,b\n1,"2""\n')  # an escaped quote, then the end inside the value
@example('a,b\n"x"y,2\n')  # text after a closing quote: accepted, as pandas does
@example('a,b\n1,2\n"')  # a lone quote on the last line
@example('"')
@example("\ufeff\na,b\n1,2\n")  # BOM then a blank first line: pandas finds no columns
@example("\ufeff\ufeffa,b\n1,2\n")  # pandas drops one BOM only
@example("a,b\r\r\n1\n\n  \n,\n")  # blank, short and whitespace rows are padded
@example('h1,"h\r\n2"\r"x\ry",\r\n\r\n"a\nb\rc",d')  # line breaks inside cells count
@example("a,b,\n1,2")  # empty header cell: padded, kept for the header check
@example('a\n"\n\uffff\ufffe\n')  # the sentinel itself inside an open quote
@example("a\n\uffff\ufffe")  # the sentinel itself as the last row
def test_csv_path_equals_pandas_path(text: str) -> None:
    assert read(text, SMALL) == read(text, LARGE)


def test_examples_of_agreement() -> None:
    table = read('h1,"h\r\n2"\r"x\ry",\r\n\r\n"a\nb\rc",d', SMALL)
    assert isinstance(table, _tablefile.RawTable)
    assert table.header == ["h1", "h\r\n2"]
    assert table.columns == [["x\ry", "", "a\nb\rc"], ["", "", "d"]]
    assert table.lines == [3, 5, 6]
    assert read("\ufeff\na,b\n1,2\n", SMALL) == "t.csv is empty."
    assert read('a,b\n1,2\n"', SMALL) == (
        "t.csv, line 3: a quoted value is not closed; "
        'check the double quotes (") from that line on.'
    )


def test_limit_chooses_the_path() -> None:
    text = "email,name\na@example.com,A\n"
    for limit, unused in ((len(text), "_parse_large"), (len(text) - 1, "_parse_small")):
        with patch.object(_tablefile, unused, side_effect=AssertionError(unused)):
            assert isinstance(read(text, limit), _tablefile.RawTable)


# -- whole loads ----------------------------------------------------------------------------

EDGE_FILES = {
    "quoted.csv": (
        'name,"e\nmail",note\r\nA,a@example.com,"two\r\nlines"\r\n\r\nB,b@x.org,x\r\n'
        ',,\n"C",c@example.com,"3\nline\rnote"\n  \nD,A@EXAMPLE.COM,y'
    ),
    "blank-lead.tsv": (
        "\n \n\t\r\nname\temail\tcity\n김민준\tMINJUN@Example.com\n\n\t\t\nx\tnot-an-email\t서울\n"
    ),
    "semicolon.txt": '\ufeffemail;name;;\na@example.com;"Kim; Lee";;\n;;;\nb@example.com;B\n',
    "wide.csv": "email,name\na@example.com,A\nb@example.com,B,C\n",
    "open-quote.csv": 'email,name\na@example.com,"A\nb@example.com,B\n',
    "header-only.csv": "email,name\n\n,\n",
    "double-bom.csv": "\ufeff\ufeffemail,name\na@example.com,A\n",  # decoding drops one
    "carriage-returns.csv": 'email,name\ra@example.com,"A\rB"\r\rb@example.com,B',
}


def load(path: Path, limit: int) -> RecipientTable | str:
    with patch.object(_tablefile, "SMALL_TEXT_LIMIT", limit):
        try:
            return load_recipients(path, suppressed=["b@example.com"])
        except RecipientsError as exc:
            return str(exc)


def summary(table: RecipientTable | str) -> object:
    if isinstance(table, str):
        return table
    return (
        table.columns,
        table.email_column,
        table.encoding,
        table.delimiter,
        table.cells,
        table.emails,
        table.lines,
        table.statuses,
        table.reasons,
    )


@pytest.mark.parametrize("name", ["recipients.csv", "recipients-cp949.csv", *EDGE_FILES])
def test_load_recipients_same_on_both_paths(tmp_path: Path, name: str) -> None:
    path = ROOT / "examples" / name
    if name in EDGE_FILES:
        path = tmp_path / name
        path.write_text(EDGE_FILES[name], encoding="utf-8", newline="")
    small, large = load(path, SMALL), load(path, LARGE)
    assert summary(small) == summary(large)
    if name.startswith("recipients"):
        assert isinstance(small, RecipientTable) and len(small) == 20


def test_small_file_never_imports_pandas() -> None:
    code = (
        "import mailer.cli.main, sys; from mailer.content.recipients import load_recipients; "
        "load_recipients('examples/recipients.csv'); "
        "assert 'pandas' not in sys.modules and 'numpy' not in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True, timeout=120)
