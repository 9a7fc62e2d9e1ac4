"""The preflight builds rows with send's own code (issue 17, item 4): a template or a
sender that fails every row is never called sendable, and each failing row is named."""

from __future__ import annotations

import re
import threading
from pathlib import Path

import pytest

from mailer.content.message import SenderSettings
from mailer.content.preflight import preflight
from mailer.content.recipients import RecipientTable, load_recipients
from mailer.content.templates import TemplateSet
from mailer.errors import InputError

SENDER = SenderSettings.parse("News <news@example.com>")


def inputs(
    tmp_path: Path, rows: str, subject: str = "Hi {{ name }}", body: str = "Hello {{ name }}"
) -> tuple[RecipientTable, TemplateSet]:
    csv = tmp_path / "r.csv"
    csv.write_text(rows, encoding="utf-8")
    folder = tmp_path / "t"
    folder.mkdir(exist_ok=True)
    (folder / "subject.txt").write_text(subject, encoding="utf-8")
    (folder / "body.txt").write_text(body, encoding="utf-8")
    return load_recipients(csv), TemplateSet.load(folder)


ROWS = "name,email\nKim,kim@example.com\nLee,lee@example.com\nPark,park@example.com\n"


@pytest.mark.parametrize(
    ("subject", "body", "error"),
    [
        # A line break folds to a space (issue 16, item 5); other controls still fail.
        ("Hi\x07{{ name }}", "b", "Subject header would contain a line break or control"),
        ("s", "{{ name.__class__.__mro__ }}", r"t/body\.txt, line 1: .*unsafe"),
        ("s", "{% macro f() %}{{ f() }}{% endmacro %}{{ f() }}", "calls itself without end"),
        ("s", "{{ 9**99999999 }}", r"t/body\.txt, line 1: 9 \*\* 99999999 would be"),
    ],
)
def test_a_template_that_fails_every_row_is_not_sendable(
    tmp_path: Path, subject: str, body: str, error: str
) -> None:
    table, template = inputs(tmp_path, ROWS, subject, body)
    result = preflight(table, template, SENDER)
    assert not result.sendable
    assert result.whole == 0 and result.failing == result.checked == 3
    assert [p.line for p in result.problems] == [2, 3, 4]
    assert re.search(error, result.first_error)


def test_rows_the_builder_refuses_are_named_the_rest_is_sendable(tmp_path: Path) -> None:
    rows = (
        "name,email,token\nKim,kim@example.com,a\nLee,김@example.com,b\n"
        f"Park,park@example.com,{'x' * 2000}\n"
    )
    table, template = inputs(tmp_path, rows)
    sender = SenderSettings.parse(
        "News <news@bücher.de>", unsubscribe=["https://example.com/u?t={{ token }}"]
    )
    result = preflight(table, template, sender)
    assert result.sendable
    assert (result.checked, result.failing) == (3, 2)
    assert [(p.line, p.email) for p in result.problems] == [
        (3, "김@example.com"),
        (4, "park@example.com"),
    ]
    assert "characters other than ASCII before the @" in result.problems[0].error
    assert "List-Unsubscribe target" in result.problems[1].error


def test_bodies_are_checked_beyond_the_first_rows_until_one_builds(tmp_path: Path) -> None:
    rows = "name,email\n" + "".join(f"n{i},u{i}@example.com\n" for i in range(30))
    rows += "ok,last@example.com\n"
    body = "{% if name != 'ok' %}{{ name.__class__.__mro__ }}{% endif %}fine"
    table, template = inputs(tmp_path, rows, body=body)
    result = preflight(table, template, SENDER, full_rows=5)
    assert result.sendable and result.whole == 1 and result.failing == 30


def test_missing_variables_and_shadowed_columns(tmp_path: Path) -> None:
    table, template = inputs(
        tmp_path,
        "name,E-mail,email,row\nKim,kim@example.com,other@example.org,1\n",
        body="{{ email }} {{ row.name }} {{ nickname }}",
    )
    result = preflight(table, template, SENDER)
    assert result.missing == ("nickname",) and not result.sendable
    assert result.shadowed == ("email", "row")
    # The address column named "email" itself is no clash.
    table, template = inputs(tmp_path, "name,email\nKim,kim@example.com\n", body="{{ email }}")
    assert preflight(table, template, SENDER).shadowed == ()


def test_cancel_stops_the_walk(tmp_path: Path) -> None:
    table, template = inputs(tmp_path, ROWS)
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(InputError, match="cancelled"):
        preflight(table, template, SENDER, cancel=cancel)
