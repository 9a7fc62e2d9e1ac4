"""Issue 16, items 5, 6 and 13: header values fold line breaks (an Excel Alt+Enter cell
sends instead of failing), ``unsubscribe_url`` falls back to the mailto, and the
preflight refuses a template whose link has no address, naming file and line."""

from __future__ import annotations

from email import policy
from email.parser import BytesParser
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mailer.content.message import SenderSettings, build_message
from mailer.content.preflight import preflight
from mailer.content.recipients import RecipientTable, load_recipients
from mailer.content.templates import TemplateSet, TemplateSettings, fold_header, unsubscribe_url
from mailer.errors import MessageError

SENDER = SenderSettings.parse("News <news@example.com>")
BREAKS = ["\r\n", "\n", "\r", "\x0b", "\x0c", "\x1c", "\x85", "\u2028", "\u2029"]


def _template(tmp_path: Path, files: dict[str, str]) -> TemplateSet:
    folder = tmp_path / "tpl"
    folder.mkdir(exist_ok=True)
    for name, text in {"subject.txt": "{{ subj }}", **files}.items():
        (folder / name).write_text(text, encoding="utf-8")
    return TemplateSet.load(folder)


def _table(tmp_path: Path, text: str) -> RecipientTable:
    path = tmp_path / "r.csv"
    path.write_bytes(text.encode("utf-8"))
    return load_recipients(path)


def test_an_alt_enter_cell_in_the_subject_is_sent_on_one_line(tmp_path: Path) -> None:
    # Excel writes Alt+Enter as a bare LF inside a quoted cell; others write CRLF.
    table = _table(
        tmp_path,
        'name,email,subj\nKim,kim@example.com,"Spring\n  sale"\nLee,lee@example.com,"A \r\n\tB"\n',
    )
    template = _template(tmp_path, {"body.txt": "Hi {{ name }}"})
    result = preflight(table, template, SENDER)
    assert result.sendable and result.failing == 0
    assert (result.folded, result.first_folded, result.folded_subject) == (2, 0, "Spring sale")
    rendered = template.render(table.row(1), email=table.emails[1])
    assert rendered.subject == "A B" and rendered.folded
    message = BytesParser(policy=policy.default).parsebytes(
        build_message(rendered, to="lee@example.com", sender=SENDER)
    )
    assert message["Subject"] == "A B"


def test_only_runs_with_a_line_break_fold() -> None:
    assert fold_header("a  b\tc").value == "a  b\tc" and not fold_header("a  b").folded
    assert fold_header("a \n\n b").value == "a b"
    # A control character that is not a line break is still the builder's to refuse.
    assert fold_header("a\x00b").value == "a\x00b"


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(
    parts=st.lists(
        st.one_of(
            st.text(st.characters(codec="utf-8"), max_size=8),
            st.sampled_from([*BREAKS, " ", "\t", "Bcc: evil@example.com", ":"]),
        ),
        max_size=10,
    )
)
def test_no_cell_rendered_into_the_subject_injects_a_header(parts: list[str]) -> None:
    """Any cell through the real render path: either one Subject line with every
    line-break run folded to a space, or a MessageError naming the Subject; never a
    header of its own."""
    cell = "".join(parts)
    subject = fold_header(cell.strip()).value
    assert not any(b in subject for b in BREAKS)
    email = _RENDERED.render({"subj": cell, "email": "a@example.com"}, email="a@example.com")
    assert email.subject == subject
    try:
        data = build_message(email, to="a@example.com", sender=SENDER)
    except MessageError as exc:
        assert "Subject" in str(exc)
        return
    message = BytesParser(policy=policy.default).parsebytes(data)
    assert {k.lower() for k in message} == {
        "from",
        "to",
        "subject",
        "date",
        "message-id",
        "mime-version",
        "content-type",
        "content-transfer-encoding",
    }
    assert message["Subject"] == subject


_RENDERED = TemplateSet(
    "t", TemplateSettings(), {"t/subject.txt": "{{ subj }}", "t/body.txt": "x"}, ()
)


def test_unsubscribe_url_is_the_mailto_when_there_is_no_web_link(tmp_path: Path) -> None:
    assert (
        unsubscribe_url(["mailto:u@example.com?subject=stop"])
        == "mailto:u@example.com?subject=stop"
    )
    assert unsubscribe_url(["mailto:u@example.com", "https://e.com/u"]) == "https://e.com/u"
    assert unsubscribe_url([]) == ""
    template = _template(
        tmp_path,
        {
            "body.html": '<a href="{{ unsubscribe_url }}">Unsubscribe</a>',
            "body.txt": "unsubscribe: {{ unsubscribe_url }}",
        },
    )
    email = template.render(
        {"subj": "x"}, unsubscribe=["mailto:stop@example.com"], email="a@example.com"
    )
    assert email.html is not None and 'href="mailto:stop@example.com"' in email.html
    assert email.text == "unsubscribe: mailto:stop@example.com"


def test_preflight_refuses_an_empty_link_with_file_and_line(tmp_path: Path) -> None:
    table = _table(tmp_path, "name,email,subj\nKim,kim@example.com,Hi\n")
    footer = 'text\n<p><a href="{{ unsubscribe_url }}">Unsubscribe</a></p>'
    template = _template(tmp_path, {"body.html": footer})
    result = preflight(table, template, SENDER)
    assert not result.sendable
    assert [link.sentence(table) for link in result.empty_links] == [
        "tpl/body.html, line 2: the link {{ unsubscribe_url }} is empty for row 1 "
        "(kim@example.com); set an unsubscribe link or mailto (template.toml `unsubscribe`, "
        "--unsubscribe or the Template page), or remove the link."
    ]
    with_target = SenderSettings.parse(
        "News <news@example.com>", unsubscribe=["mailto:stop@example.com"]
    )
    assert preflight(table, template, with_target).sendable

    (tmp_path / "tpl" / "body.html").write_text('<a href="">a</a>\n<a href=" \t">b</a>')
    written = preflight(table, TemplateSet.load(tmp_path / "tpl"), with_target)
    assert not written.sendable
    assert [(link.source, link.line, link.row) for link in written.empty_links] == [
        ("tpl/body.html", 1, None),
        ("tpl/body.html", 2, None),
    ]
