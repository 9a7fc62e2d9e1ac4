"""Template inputs: symbolic links out of the templates folder (issue 17, item 11) and
the built-in variables against columns of the same name (item 9)."""

from __future__ import annotations

import email
import email.policy
from pathlib import Path

import pytest

from mailer.content.message import SenderSettings, build_message
from mailer.content.recipients import load_recipients
from mailer.content.templates import TemplateSet
from mailer.errors import TemplateError

OUTSIDE = "points outside the templates folder"


def folder_with(tmp_path: Path, toml: str = "", body: str = "Hi") -> Path:
    root = tmp_path / "templates"
    folder = root / "t"
    folder.mkdir(parents=True)
    (folder / "subject.txt").write_text("s", encoding="utf-8")
    (folder / "body.txt").write_text(body, encoding="utf-8")
    if toml:
        (folder / "template.toml").write_text(toml, encoding="utf-8")
    (tmp_path / "secret.txt").write_text("root:x:0:0", encoding="utf-8")
    return folder


def test_attachment_symlink_out_of_the_folder_is_refused(tmp_path: Path) -> None:
    folder = folder_with(tmp_path, 'attachments = ["passwd.txt"]')
    (folder / "passwd.txt").symlink_to(tmp_path / "secret.txt")
    with pytest.raises(TemplateError, match=rf"t/template\.toml: 'passwd.txt' {OUTSIDE}"):
        TemplateSet.load(folder)


def test_include_symlink_out_of_the_folder_is_refused_the_same_way(tmp_path: Path) -> None:
    folder = folder_with(tmp_path, body='{% include "part.txt" %}')
    (folder / "part.txt").symlink_to(tmp_path / "secret.txt")
    with pytest.raises(TemplateError, match=rf"t/body\.txt: 'part.txt' {OUTSIDE}"):
        TemplateSet.load(folder)


def test_symlinked_directory_on_the_way_is_refused(tmp_path: Path) -> None:
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (outside / "part.txt").write_text("secret", encoding="utf-8")
    folder = folder_with(tmp_path, body='{% include "shared/part.txt" %}')
    (folder.parent / "shared").symlink_to(outside, target_is_directory=True)
    with pytest.raises(TemplateError, match=rf"'shared/part.txt' {OUTSIDE}"):
        TemplateSet.load(folder)


def test_symlink_loop_is_a_sentence(tmp_path: Path) -> None:
    folder = folder_with(tmp_path, 'attachments = ["loop.pdf"]')
    (folder / "loop.pdf").symlink_to(folder / "loop.pdf")
    with pytest.raises(TemplateError, match=r"t/template\.toml: 'loop.pdf'"):
        TemplateSet.load(folder)


def test_links_that_stay_inside_are_followed(tmp_path: Path) -> None:
    folder = folder_with(tmp_path, 'attachments = ["a.txt"]', body='{% include "p.txt" %}')
    (folder.parent / "shared.txt").write_text("shared text", encoding="utf-8")
    (folder / "a.txt").symlink_to(folder.parent / "shared.txt")
    (folder / "p.txt").symlink_to(folder.parent / "shared.txt")
    template = TemplateSet.load(folder)
    assert template.attachments[0].data == b"shared text"
    assert template.render({}, email="a@example.com").text == "shared text"


def test_a_linked_template_folder_keeps_its_own_files(tmp_path: Path) -> None:
    real = folder_with(tmp_path, 'attachments = ["a.txt"]', body='{% include "p.txt" %}')
    (real / "a.txt").write_text("A", encoding="utf-8")
    (real / "p.txt").write_text("P", encoding="utf-8")
    other_root = tmp_path / "other"
    other_root.mkdir()
    (other_root / "t").symlink_to(real, target_is_directory=True)
    template = TemplateSet.load(other_root / "t")
    assert template.attachments[0].data == b"A"
    assert template.render({}, email="a@example.com").text == "P"


# -- item 9: the built-ins win ------------------------------------------------------------


def test_email_is_always_the_recipient_whatever_the_columns(tmp_path: Path) -> None:
    """With columns "E-mail" and "email" the first is the address column: the message
    goes there, and {{ email }} must show that address, not the other column."""
    csv = tmp_path / "r.csv"
    csv.write_text("name,E-mail,email\nKim,kim@example.com,other@example.org\n", encoding="utf-8")
    table = load_recipients(csv)
    assert table.email_column == "E-mail"
    folder = folder_with(tmp_path, body='{{ email }} / {{ row["email"] }}')
    template = TemplateSet.load(folder)
    rendered = template.render(table.row(0), email=table.emails[0])
    assert rendered.text == "kim@example.com / other@example.org"
    message = build_message(
        rendered, to=table.emails[0], sender=SenderSettings.parse("n@example.com")
    )
    parsed = email.message_from_bytes(message, policy=email.policy.default)
    assert parsed["To"] == "kim@example.com"


def test_row_is_always_all_cells_even_with_a_column_named_row(tmp_path: Path) -> None:
    folder = folder_with(tmp_path, body='{{ row["이름"] }} {{ row["row"] }}')
    out = TemplateSet.load(folder).render({"이름": "김", "row": "7"}, email="a@example.com")
    assert out.text == "김 7"


def test_unsubscribe_url_builtin_wins_only_when_there_is_a_target(tmp_path: Path) -> None:
    folder = folder_with(tmp_path, body="{{ unsubscribe_url }}")
    template = TemplateSet.load(folder)
    row = {"unsubscribe_url": "https://example.com/column"}
    assert template.render(row, email="a@example.com").text == "https://example.com/column"
    out = template.render(row, unsubscribe=["https://example.com/u"], email="a@example.com")
    assert out.text == "https://example.com/u"


def test_shadowed_lists_columns_that_the_template_reaches_by_a_builtin_name(
    tmp_path: Path,
) -> None:
    folder = folder_with(tmp_path, body="{{ email }} {{ row.name }} {{ unsubscribe_url }}")
    template = TemplateSet.load(folder)
    columns = ["name", "email", "row", "unsubscribe_url"]
    assert template.shadowed(columns, unsubscribe=False) == ["email", "row"]
    assert template.shadowed(columns, unsubscribe=True) == ["email", "row", "unsubscribe_url"]
