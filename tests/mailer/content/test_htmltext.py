"""The text part of HTML-only templates, derived once per skeleton (htmltext).

The reference is what the app did before: inscriptis on each message's HTML
(``html_to_text``). The fast path must give the same text for any data, and data must
stay data: escaped in the HTML, literal in the text.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import css_inline
import jinja2
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mailer.content.htmlinline import HtmlRenderer
from mailer.content.htmltext import chunk_text, html_to_text
from mailer.content.templates import TemplateSet

ROOT = Path(__file__).resolve().parents[3]
BENCH9K = ROOT / "bench" / "templates" / "bench-9k"
COLUMNS = ["name", "city", "plan", "company", "discount", "renewal_date", "account_id"]

# Cells a spreadsheet can hold: markup, entities, white space of every kind, Korean,
# placeholder code points, controls.
_SPECIAL = ["&amp;", "&lt;b&gt;", "\n", "\t", "  ", "\xa0", "김", "🎉", "\ue000", "\ue003",
            "\x01", "\u2028", "&nbsp;", "&#39;", "x" * 30]  # fmt: skip
_ALPHABET = st.sampled_from([*"ab Z09<>&;#\"'/=*[]()_{}%", *_SPECIAL])
CELLS = st.lists(_ALPHABET, max_size=8).map("".join)


def _bench_copy(tmp: Path) -> TemplateSet:
    copy = tmp / "bench-9k"
    if not copy.exists():
        shutil.copytree(BENCH9K, copy)
        (copy / "body.txt").unlink()
    return TemplateSet.load(copy)


def _reference(ts: TemplateSet, row: dict[str, str]) -> str:
    html = ts.render(row).html
    assert html is not None
    return html_to_text(html)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(cells=st.lists(CELLS, min_size=len(COLUMNS), max_size=len(COLUMNS)))
def test_derived_text_equals_per_message_inscriptis(tmp_path: Path, cells: list[str]) -> None:
    ts = _bench_copy(tmp_path)
    row = dict(zip(COLUMNS, cells, strict=True)) | {"email": "a@example.com"}
    assert ts.render(row).text == _reference(ts, row)


def test_data_stays_data_in_the_text_part(tmp_path: Path) -> None:
    ts = _bench_copy(tmp_path)
    row = dict.fromkeys(COLUMNS, "x") | {"name": "<b>Kim</b>", "company": "A &amp; B {{ 7*7 }}"}
    out = ts.render(row)
    assert out.html is not None
    assert "&lt;b&gt;Kim&lt;/b&gt;" in out.html and "<b>Kim</b>" not in out.html
    assert "A &amp;amp; B {{ 7*7 }}" in out.html
    assert "Hello <b>Kim</b>," in out.text
    assert "A &amp; B {{ 7*7 }}" in out.text and "49" not in out.text


def test_one_conversion_per_skeleton(tmp_path: Path, monkeypatch: object) -> None:
    """The point of it all: inscriptis runs per skeleton, not per message."""
    import mailer.content.htmlinline as htmlinline
    import mailer.content.htmltext as htmltext

    ts = _bench_copy(tmp_path)
    calls = []
    real = htmltext.html_to_text

    def counting(html: str) -> str:
        calls.append(1)
        return real(html)

    monkeypatch.setattr(htmltext, "html_to_text", counting)  # type: ignore[attr-defined]
    monkeypatch.setattr(htmlinline, "html_to_text", counting)  # type: ignore[attr-defined]
    for n in range(50):
        ts.render(dict.fromkeys(COLUMNS, f"value {n}") | {"name": f"Kim {n}"})
    assert len(calls) == 2  # the skeleton, and the same with long fillers (the check)


def test_cells_put_back_every_time_do_not_cost_twice(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A cell that cannot be filled in (two spaces) is put back into the skeleton; when
    every row has its own such cell, after a few variants the rows convert directly
    (one conversion each) instead of learning a skeleton each (two)."""
    import mailer.content.htmlinline as htmlinline
    import mailer.content.htmltext as htmltext

    ts = _bench_copy(tmp_path)
    calls = []
    real = htmltext.html_to_text

    def counting(html: str) -> str:
        calls.append(1)
        return real(html)

    monkeypatch.setattr(htmltext, "html_to_text", counting)
    monkeypatch.setattr(htmlinline, "html_to_text", counting)  # its direct conversions
    texts = [ts.render(dict.fromkeys(COLUMNS, "x") | {"name": f"Kim  {n}"}) for n in range(30)]
    assert len(calls) == 2 * 8 + 22
    for n, out in enumerate(texts):  # white space collapses, as in the HTML
        assert out.html is not None and out.text == real(out.html)
        assert f"Hello Kim {n}," in out.text


def test_threads_meeting_a_new_skeleton_learn_it_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The runner's sending threads all start on the first row's skeleton: one of them
    learns it (HTML and text) while the others wait. Each learning its own copy cost
    every thread a conversion and counted a text variant each, so eight threads used up
    the variants a skeleton may have."""
    import threading
    import time

    import mailer.content.htmlinline as htmlinline
    import mailer.content.htmltext as htmltext

    ts = _bench_copy(tmp_path)
    calls = []
    real = htmltext.html_to_text

    def slow_counting(html: str) -> str:
        calls.append(1)
        time.sleep(0.05)  # the window in which the other threads meet the same skeleton
        return real(html)

    monkeypatch.setattr(htmltext, "html_to_text", slow_counting)
    monkeypatch.setattr(htmlinline, "html_to_text", slow_counting)
    start = threading.Barrier(8)
    texts: list[str] = []

    def render(n: int) -> None:
        start.wait()
        texts.append(ts.render(dict.fromkeys(COLUMNS, f"value {n}") | {"name": f"Kim {n}"}).text)

    threads = [threading.Thread(target=render, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(texts) == 8 and all("Hello Kim" in t for t in texts)
    assert len(calls) == 2  # as for one thread: the skeleton, and its check
    # the variants a skeleton may have are all still there for cells put back later
    put_back = [ts.render(dict.fromkeys(COLUMNS, "x") | {"name": f"Kim  {n}"}) for n in range(7)]
    assert len(calls) == 2 + 2 * 7
    assert all(out.html is not None and out.text == real(out.html) for out in put_back)


# -- random templates: tables, pre, links, attributes -------------------------------

_BLOCKS = st.sampled_from(
    [
        "<p>Hello {{ a }}, from {{ b }}.</p>",
        "<h2>{{ a }}</h2>",
        '<p><a href="https://example.com/?id={{ b }}">{{ a }}</a></p>',
        "<table><tr><td>{{ a }}</td><td>{{ b }}</td></tr><tr><td>x</td><td>y</td></tr></table>",
        "<table><tr><td>{{ a }}</td></tr></table>",
        "<pre>{{ a }}  {{ b }}</pre>",
        "<ul><li>{{ a }}</li><li>{{ b }}</li></ul>",
        '<p style="display: {{ b }}">{{ a }}</p>',
        "<p>{{ a }}{{ b }}</p>",
        "<p>&nbsp;{{ a }}&middot;{{ b }}</p>",
        "{% if a %}<p>{{ a }}</p>{% else %}<p>none</p>{% endif %}",
        '<div><img src="x.png" alt="{{ a }}"> {{ b }}</div>',
    ]
)
_STYLE = st.sampled_from(["", "<style>p { color: red } td { padding: 2px }</style>"])


@settings(max_examples=120, deadline=None)
@given(
    style=_STYLE,
    blocks=st.lists(_BLOCKS, min_size=1, max_size=4),
    rows=st.lists(st.tuples(CELLS, CELLS), min_size=1, max_size=4),
)
def test_random_templates_equal_the_reference(
    style: str, blocks: list[str], rows: list[tuple[str, str]]
) -> None:
    env = jinja2.Environment(autoescape=True)
    template = env.from_string(f"<html><head>{style}</head><body>{''.join(blocks)}</body></html>")
    renderer = HtmlRenderer()
    for a, b in rows:
        try:
            html, text = renderer.render_with_text(template, {"a": a, "b": b})
        except css_inline.InlineError:  # a cell in a style attribute: as the plain inliner
            with pytest.raises(css_inline.InlineError):
                renderer.inline(template.render(a=a, b=b))
            continue
        assert html == renderer.render(template, {"a": a, "b": b})
        assert text == html_to_text(html), (a, b)


def test_chunk_text_refuses_what_it_cannot_fill_alone() -> None:
    assert chunk_text("Acme &amp; Sons") == "Acme & Sons"
    assert chunk_text("&lt;b&gt;") == "<b>"
    assert chunk_text("a b") == "a b"
    for refused in ["a  b", "a\nb", " a", "a ", "&nbsp;", "&#128;", "&bigstar;", "\x01", "\ue000"]:
        assert chunk_text(refused) is None, refused
