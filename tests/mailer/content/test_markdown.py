"""Markdown bodies: body.md converted once per template into an HTML template in the
layout; recipient data stays data in the subject, the HTML and the text part."""

from __future__ import annotations

import html
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mailer.content.markdown import convert
from mailer.content.templates import TemplateSet
from mailer.errors import TemplateError

ROOT = Path(__file__).resolve().parents[3]
ROW = {"name": "Kim", "email": "kim@example.com", "city": "Seoul", "plan": "pro"}


def folder_with(tmp_path: Path, files: dict[str, str]) -> Path:
    folder = tmp_path / "md"
    folder.mkdir(exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_shipped_markdown_starter_renders_in_the_layout() -> None:
    ts = TemplateSet.load(ROOT / "templates" / "markdown")
    out = ts.render(ROW)
    assert out.html is not None
    assert "<strong>Seoul</strong>" in out.html
    assert 'class="header"' in out.html and "This month's news" in out.html
    assert ">pro</td>" in out.html and "<table" in out.html  # the table
    assert "Thank you for being a <em>pro</em> member" in out.html
    assert "<p>\n</p>" not in out.html  # {% if %} alone on its line leaves no <p>
    assert "Here is what happened this month for our readers in Seoul." in out.text
    assert "[Unsubscribe](https://example.com/unsubscribe?email=kim%40example.com)" in out.text
    assert ts.variables()["body.md"] == {"name", "city", "plan", "unsubscribe_url"}
    free = ts.render(ROW | {"plan": "free"})
    assert free.html is not None and "workshop" not in free.html


def test_markdown_converted_once_not_per_recipient(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import mailer.content.markdown as markdown

    calls = []
    real = markdown.convert
    monkeypatch.setattr(markdown, "convert", lambda *a, **k: calls.append(1) or real(*a, **k))
    ts = TemplateSet.load(ROOT / "templates" / "markdown")
    before = len(calls)
    for n in range(20):
        ts.render(ROW | {"name": f"n{n}"})
    assert len(calls) == before


def test_constructs_survive_links_and_emphasis() -> None:
    converted = convert(
        "Hi _{{ name }}_, [your invoice](https://example.com/i?id={{ id | urlencode }} "
        '"for {{ name }}") and ![logo]({{ logo }})\n\n{# a comment #}\n',
        display="t/body.md",
    )
    assert "<em>{{ name }}</em>" in converted.html
    assert 'href="https://example.com/i?id={{ id | urlencode }}"' in converted.html
    assert 'title="for {{ name }}"' in converted.html
    assert 'src="{{ logo }}"' in converted.html
    assert "<p>{# a comment #}</p>" not in converted.html


def test_body_md_and_body_html_together_refused(tmp_path: Path) -> None:
    folder = folder_with(tmp_path, {"subject.txt": "s", "body.md": "x", "body.html": "<p>x</p>"})
    with pytest.raises(TemplateError, match=r"both body\.html and body\.md"):
        TemplateSet.load(folder)


def test_jinja_error_in_body_md_names_its_line(tmp_path: Path) -> None:
    folder = folder_with(tmp_path, {"subject.txt": "s", "body.md": "# T\n\nok\n\n{{ name }\n"})
    with pytest.raises(TemplateError, match=r"md/body.md, line 5"):
        TemplateSet.load(folder)


def test_own_layout_and_snapshot(tmp_path: Path) -> None:
    folder = folder_with(tmp_path, {"subject.txt": "Hi", "body.md": "Hello **{{ name }}**"})
    (folder / "template.toml").write_text('layout = "_layouts/plain.html"\n', encoding="utf-8")
    (folder / "_layouts").mkdir()
    (folder / "_layouts" / "plain.html").write_text(
        "<html><body>PLAIN {% block content %}{% endblock %}</body></html>", encoding="utf-8"
    )
    ts = TemplateSet.load(folder)
    out = ts.render(ROW)
    assert out.html is not None and "PLAIN" in out.html and "<strong>Kim</strong>" in out.html
    data = ts.snapshot()
    shutil.rmtree(folder)
    assert TemplateSet.from_snapshot(data).render(ROW) == out


def test_missing_layout_is_named(tmp_path: Path) -> None:
    folder = folder_with(tmp_path, {"subject.txt": "s", "body.md": "x"})
    (folder / "template.toml").write_text('layout = "_layouts/none.html"\n', encoding="utf-8")
    with pytest.raises(TemplateError, match=r"none\.html"):
        TemplateSet.load(folder)


# -- data stays data -----------------------------------------------------------------

_PIECES = ["**x**", "<b>", "</b>", "[link](http://evil)", "{{ 7*7 }}", "{% if 1 %}", "# h",
           "&amp;", "_y_", "`c`", "| a |", "김민준", "> q", "- li", "a", "z", "1."]  # fmt: skip
CELL = st.lists(st.sampled_from(_PIECES), min_size=1, max_size=5).map(" ".join)


@settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(name=CELL, city=CELL, plan=CELL)
def test_data_stays_data_in_every_part(tmp_path: Path, name: str, city: str, plan: str) -> None:
    ts = TemplateSet.load(ROOT / "templates" / "markdown")
    out = ts.render({"name": name, "email": "kim@example.com", "city": city, "plan": plan})
    assert out.subject == f"{name}, news from {city}"
    assert out.html is not None
    for cell in (name, city, plan):
        assert html.escape(cell, quote=False) in out.html, cell
        assert cell in out.text, cell
    for markup in ("<b>", "<b/>", 'href="http://evil"', ">49<", "<blockquote>", "<code>"):
        assert markup not in out.html
    assert "49" not in out.text
