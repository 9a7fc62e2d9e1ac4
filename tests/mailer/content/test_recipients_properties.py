"""Properties: CSV round trip, and the address fast path never disagrees with email-validator."""

from __future__ import annotations

import csv
import string
from pathlib import Path

from email_validator import EmailNotValidError, validate_email
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from mailer.content.recipients import check_address, fast_normalize, load_recipients

# -- any table of strings survives a CSV write and load_recipients read ------------------

cell = st.text(
    st.one_of(
        st.characters(exclude_categories=("Cs", "Cc")),
        st.sampled_from(",;|\t\"\r\n '0"),
    ),
    max_size=12,
)
# Header names arrive trimmed, distinct and non-empty; no other delimiter in them
# (a header like "a;b;c" would make a comma file look semicolon-separated).
header_name = (
    st.text(st.characters(exclude_categories=("Cs", "Cc", "Z")), min_size=1, max_size=8)
    .map(str.strip)
    .filter(lambda s: s != "" and not any(d in s for d in ";|\t"))
)


@st.composite
def tables(draw: st.DrawFn) -> tuple[list[str], list[list[str]]]:
    header = draw(st.lists(header_name, min_size=1, max_size=5, unique=True))
    row = st.lists(cell, min_size=len(header), max_size=len(header))
    # A row whose cells are all blank is a blank line: load_recipients drops it.
    rows = draw(st.lists(row.filter(lambda r: any(c.strip() for c in r)), min_size=1, max_size=8))
    return header, rows


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(table=tables())
def test_any_table_survives_csv_round_trip(tmp_path_factory: object, table: object) -> None:
    header, rows = table  # type: ignore[misc]
    path = Path(tmp_path_factory.mktemp("rt")) / "t.csv"  # type: ignore[attr-defined]
    with path.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows([header, *rows])
    loaded = load_recipients(path, email_column=header[0])
    assert loaded.columns == header
    assert [list(r) for r in zip(*loaded.cells, strict=True)] == rows
    assert len(loaded.lines) == len(rows) and loaded.lines[0] == 2 + header_breaks(header)


def header_breaks(header: list[str]) -> int:
    return sum(c.count("\n") + c.count("\r") - c.count("\r\n") for c in header)


# -- fast path vs email-validator ------------------------------------------------------------


def reference(address: str) -> str | None:
    try:
        return validate_email(address, check_deliverability=False).normalized
    except EmailNotValidError:
        return None


def assert_agrees(address: str) -> None:
    fast = fast_normalize(address)
    if fast is not None:  # the fast path may decline, but never accept what is rejected
        assert reference(address) == fast, address
    normalized, why = check_address(address)
    assert (normalized or None) == reference(address)
    assert bool(why) == (reference(address) is None)


ascii_soup = st.text(
    st.sampled_from(string.ascii_letters[:8] + "XYZ09.-_+@!#$%&'*/=?^`{|}~\"() <>[]\\,;:"),
    max_size=30,
)
label = st.from_regex(r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,5}[A-Za-z0-9])?", fullmatch=True)
tld = st.sampled_from(
    ["com", "ORG", "kr", "test", "local", "Localhost", "onion", "arpa", "invalid", "c0m", "x",
     "xn--3e0b707e", "a" * 63, "a" * 64, "123", "Example"]
)  # fmt: skip
local = st.from_regex(r"[A-Za-z0-9_+\-.!#%'=]{1,70}", fullmatch=True)


@st.composite
def addresses(draw: st.DrawFn) -> str:
    labels = draw(st.lists(label, min_size=0, max_size=4))
    domain = ".".join([*labels, draw(tld)])
    return draw(local) + "@" + domain


@settings(max_examples=2000, deadline=None)
@given(address=st.one_of(addresses(), ascii_soup, st.text(max_size=20)))
@example("a@example.com")
@example("Info@Example.COM")
@example("a..b@example.com")
@example(".a@example.com")
@example("a@-example.com")
@example("a@ex--ample.com")
@example("a@xn--bcher-kva.de")
@example("a@example.test")
@example("a@sub.localhost")
@example("a@example.com.")
@example("a@example")
@example("a" * 64 + "@" + "b" * 63 + "." + "c" * 63 + "." + "d" * 63 + ".com")
@example("a" * 65 + "@example.com")
@example("a" * 240 + "@example.com")
@example("ſ@example.com")
@example("a@exampK.com")  # Kelvin sign: must not pass the ASCII-only fast path
def test_fast_path_never_accepts_what_email_validator_rejects(address: str) -> None:
    assert_agrees(address)


def test_fast_path_covers_ordinary_addresses() -> None:
    ordinary = [
        "jane.doe@example.com",
        "Jane.Doe+news@Mail.Example.COM",
        "x_y-z@sub-domain.example.org",
        "postmaster@example.net",
        "success@simulator.amazonses.com",
    ]
    for address in ordinary:
        assert fast_normalize(address) is not None, address
        assert_agrees(address)


def test_corpus_agrees() -> None:
    corpus = Path(__file__).with_name("test_recipients.py").read_text(encoding="utf-8")
    words = {w.strip("\"',()[]") for w in corpus.split() if "@" in w}
    for word in words:
        assert_agrees(word)


# -- email-validator is imported only when an address needs it ---------------------------


def test_the_fast_paths_copies_of_email_validators_lists_are_current() -> None:
    import email_validator
    from email_validator.rfc_constants import CASE_INSENSITIVE_MAILBOX_NAMES

    from mailer.content.recipients import CASE_INSENSITIVE_MAILBOXES, SPECIAL_USE_DOMAINS

    assert sorted(SPECIAL_USE_DOMAINS) == sorted(email_validator.SPECIAL_USE_DOMAIN_NAMES)
    assert frozenset(CASE_INSENSITIVE_MAILBOX_NAMES) == CASE_INSENSITIVE_MAILBOXES


_LOAD = """
import sys
from pathlib import Path
from mailer.content.recipients import load_recipients
from mailer.states import RowStatus
table = load_recipients(Path(sys.argv[1]))
print(table.statuses.count(RowStatus.VALID), "email_validator" in sys.modules)
"""


def _imports_validator(tmp_path: Path, addresses: list[str]) -> tuple[int, bool]:
    import subprocess
    import sys

    path = tmp_path / "r.csv"
    path.write_text("email\n" + "\n".join(addresses) + "\n", encoding="utf-8")
    out = subprocess.run(
        [sys.executable, "-c", _LOAD, str(path)], capture_output=True, text=True, check=True
    ).stdout.split()
    return int(out[0]), out[1] == "True"


def test_ordinary_addresses_never_import_email_validator(tmp_path: Path) -> None:
    assert _imports_validator(tmp_path, ["jane@example.com", "Kim.Min+news@Mail.Example.KR"]) == (
        2,
        False,
    )


def test_an_unusual_address_imports_it_and_is_checked_by_it(tmp_path: Path) -> None:
    # a non-ASCII local part (valid) and two dots in a row (invalid): both need it
    assert _imports_validator(
        tmp_path, ["jane@example.com", "김민준@example.com", "a..b@x.com"]
    ) == (
        2,
        True,
    )
