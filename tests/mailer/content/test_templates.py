"""Template folders: resolution, sandbox, preflight, rendering, snapshots."""

from __future__ import annotations

import csv
from pathlib import Path

import css_inline
import pytest

from mailer.content.htmlinline import HtmlRenderer
from mailer.content.templates import TemplateSet
from mailer.errors import TemplateError

ROOT = Path(__file__).resolve().parents[3]
ROW = {"name": "Kim", "email": "kim@example.com", "city": "Seoul", "plan": "pro"}


def make(root: Path, files: dict[str, str | bytes], folder: str = "t") -> Path:
    for name, content in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    return root / folder


def test_extends_and_include_resolve_in_root_and_folder(tmp_path: Path) -> None:
    folder = make(
        tmp_path,
        {
            "_layouts/base.html": "<html><body>{% block c %}{% endblock %}</body></html>",
            "t/subject.txt": "Hi {{ name }}",
            "t/body.html": '{% extends "_layouts/base.html" %}{% block c %}'
            '{% include "part.html" %}{% endblock %}',
            "t/part.html": "<p>{{ name }} in {{ city }}</p>",
        },
    )
    ts = TemplateSet.load(folder)
    assert set(ts.sources) == {"_layouts/base.html", "t/subject.txt", "t/body.html", "t/part.html"}
    out = ts.render(ROW)
    assert out.html is not None and "<p>Kim in Seoul</p>" in out.html
    assert ts.variables()["body.html"] == {"name", "city"}


@pytest.mark.parametrize("name", ["../secret.html", "/etc/passwd", "a/../../x", "..\\x", "C:x"])
def test_include_outside_root_refused(tmp_path: Path, name: str) -> None:
    (tmp_path / "secret.html").write_text("secret")
    root = tmp_path / "templates"
    folder = make(root, {"t/subject.txt": "s", "t/body.txt": f"{{% include {name!r} %}}"})
    with pytest.raises(TemplateError, match="only names inside"):
        TemplateSet.load(folder)


def test_computed_include_refused(tmp_path: Path) -> None:
    folder = make(tmp_path, {"t/subject.txt": "s", "t/body.txt": "{% include name %}"})
    with pytest.raises(TemplateError, match="computed"):
        TemplateSet.load(folder)


def test_syntax_error_names_file_and_line(tmp_path: Path) -> None:
    folder = make(tmp_path, {"t/subject.txt": "s", "t/body.txt": "ok\nok\n{% if x %}\n"})
    with pytest.raises(TemplateError, match=r"t/body.txt, line \d"):
        TemplateSet.load(folder)


def test_syntax_error_in_layout_names_layout(tmp_path: Path) -> None:
    folder = make(
        tmp_path,
        {
            "_l/base.html": "line1\n{{ oops( }}",
            "t/subject.txt": "s",
            "t/body.html": '{% extends "_l/base.html" %}',
        },
    )
    with pytest.raises(TemplateError, match=r"_l/base.html, line 2"):
        TemplateSet.load(folder)


def test_undefined_variable_at_render_names_file_and_variable(tmp_path: Path) -> None:
    folder = make(tmp_path, {"t/subject.txt": "s", "t/body.txt": "a\n{{ nickname }}"})
    ts = TemplateSet.load(folder)
    assert ts.missing_variables(["name", "email"]) == ["nickname"]
    with pytest.raises(TemplateError, match=r"t/body.txt, line 2.*'nickname' is undefined"):
        ts.render(ROW)


def test_sandbox_violation_is_template_error(tmp_path: Path) -> None:
    folder = make(tmp_path, {"t/subject.txt": "s", "t/body.txt": "{{ name.__class__.__mro__ }}"})
    with pytest.raises(TemplateError, match=r"t/body\.txt"):
        TemplateSet.load(folder).render(ROW)


def test_missing_variables_builtins_row_and_korean(tmp_path: Path) -> None:
    folder = make(
        tmp_path,
        {
            "t/subject.txt": "{{ 이름 }}님",
            "t/body.txt": '{{ row["회원 등급"] }} {{ email }} {{ unsubscribe_url }} {{ 도시 }}'
            "{% set x = 1 %}{{ x }}{% for i in range(2) %}{{ loop.index }}{% endfor %}",
        },
    )
    ts = TemplateSet.load(folder)
    assert ts.missing_variables(["이름", "회원 등급"]) == ["도시"]
    assert ts.missing_variables(["이름"]) == ["도시", "회원 등급"]
    out = ts.render({"이름": "김철수", "회원 등급": "골드", "도시": "서울", "메일": "k@x.kr"})
    assert out.subject == "김철수님"
    assert out.text.startswith("골드 k@x.kr  서울")


def test_data_is_never_evaluated(tmp_path: Path) -> None:
    folder = make(
        tmp_path,
        {
            "t/subject.txt": "{{ name }}",
            "t/body.html": "<p>{{ name }}</p>",
            "t/body.txt": "{{ name }}",
        },
    )
    ts = TemplateSet.load(folder)
    for cell in ["{{ 7*7 }}", "{% include '/etc/passwd' %}"]:
        out = ts.render({"name": cell})
        assert out.subject == cell and out.text == cell
        assert out.html is not None and "49" not in out.html and "root:" not in out.html


def test_script_escaped_in_html_plain_in_text(tmp_path: Path) -> None:
    folder = make(tmp_path, {"t/subject.txt": "s", "t/body.html": "<p>{{ name }}</p>"})
    out = TemplateSet.load(folder).render({"name": "<script>alert(1)</script>"})
    assert out.html is not None and "<script>" not in out.html
    assert "&lt;script&gt;" in out.html
    assert "<script>alert(1)</script>" in out.text


def test_derived_text_and_css_inlined(tmp_path: Path) -> None:
    html = (
        "<html><head><style>p.x { color: red } a { color: blue }</style></head><body>"
        '<p class="x">Hello {{ name }}</p><a href="{{ unsubscribe_url }}">Unsubscribe</a>'
        "</body></html>"
    )
    toml = 'unsubscribe = "https://example.com/u?e={{ email | urlencode }}"\n'
    folder = make(tmp_path, {"t/subject.txt": "s", "t/body.html": html, "t/template.toml": toml})
    out = TemplateSet.load(folder).render(ROW)
    assert out.html is not None and "<style>" not in out.html
    assert '<p class="x" style="color: red;">Hello Kim</p>' in out.html
    assert 'href="https://example.com/u?e=kim%40example.com" style="color: blue;"' in out.html
    assert "Hello Kim" in out.text and "https://example.com/u?e=kim%40example.com" in out.text


def test_template_toml_settings_and_attachments(tmp_path: Path) -> None:
    toml = (
        'description = "d"\nfrom = "A <a@example.com>"\nreply_to = "r@example.com"\n'
        'unsubscribe = ["mailto:u@example.com", "https://e.com/u/{{ name }}"]\n'
        'attachments = ["가격표.pdf"]\n'
    )
    folder = make(
        tmp_path,
        {"t/subject.txt": "s", "t/body.txt": "b", "t/template.toml": toml, "t/가격표.pdf": b"%PDF"},
    )
    ts = TemplateSet.load(folder)
    assert ts.settings.from_addr == "A <a@example.com>" and ts.settings.reply_to == "r@example.com"
    out = ts.render(ROW)
    assert out.unsubscribe == ("mailto:u@example.com", "https://e.com/u/Kim")
    assert out.attachments[0].data == b"%PDF"
    assert out.attachments[0].content_type == "application/pdf"
    assert ts.render(ROW, unsubscribe=["https://o.example/{{ city }}"]).unsubscribe == (
        "https://o.example/Seoul",
    )
    # The entries render together, split on NUL; a cell holding one renders them singly.
    odd = ts.render(ROW | {"name": "K\x00m"}).unsubscribe
    assert odd == ("mailto:u@example.com", "https://e.com/u/K\x00m")
    assert ts.render(ROW, unsubscribe=[]).unsubscribe == ()


def test_bad_toml_setting(tmp_path: Path) -> None:
    folder = make(tmp_path, {"t/subject.txt": "s", "t/body.txt": "b", "t/template.toml": "frm = 1"})
    with pytest.raises(TemplateError, match="unknown setting 'frm'"):
        TemplateSet.load(folder)


def test_snapshot_renders_the_same_after_files_change(tmp_path: Path) -> None:
    folder = make(
        tmp_path,
        {
            "_l/base.html": "<b>{% block c %}{% endblock %}</b>",
            "t/subject.txt": "Hi {{ name }}",
            "t/body.html": '{% extends "_l/base.html" %}{% block c %}{{ city }}{% endblock %}',
            "t/template.toml": 'attachments = ["a.bin"]\nunsubscribe = "mailto:x@example.com"',
            "t/a.bin": b"\x00\x01",
        },
    )
    ts = TemplateSet.load(folder)
    before = ts.render(ROW)
    data = ts.snapshot()
    (tmp_path / "_l/base.html").write_text("changed")
    (folder / "a.bin").write_bytes(b"changed")
    again = TemplateSet.from_snapshot(data)
    assert again.render(ROW) == before
    assert again.snapshot() == data
    with pytest.raises(TemplateError, match="damaged"):
        TemplateSet.from_snapshot(b"{not json")


def _canonical(html: str) -> str:
    return css_inline.CSSInliner().inline(html)  # no <style> left: parse + serialise only


@pytest.mark.parametrize(
    "value",
    ["Kim", "  leading", "a & b <c> \"q\" 'x'", "", "\ue001", "x\r\ny", "&amp", "🎉 سلام"],
)
def test_fast_inlining_equals_direct_inlining(value: str) -> None:
    ts = TemplateSet.load(ROOT / "bench" / "templates" / "bench-9k")
    row = dict.fromkeys(
        ["name", "city", "plan", "company", "discount", "renewal_date", "account_id"], value
    )
    fast = ts.render(row).html
    env = ts._html_env  # the reference: render, then inline the whole document
    reference = HtmlRenderer().inline(
        env.get_template("bench-9k/body.html").render(
            row | {"unsubscribe_url": ts.render(row).unsubscribe[0], "row": row, "email": ""}
        )
    )
    assert fast is not None and _canonical(fast) == _canonical(reference)


def test_fast_inlining_with_unsafe_contexts(tmp_path: Path) -> None:
    html = (
        "<html><head><style>.pro { color: red } [title=x] { color: blue }</style></head>"
        '<body><p class="{{ plan }}" title="{{ name }}">{{ name }}</p><{{ city }}>t</{{ city }}>'
        "<p>&{{ city }};</p></body></html>"
    )
    folder = make(tmp_path, {"t/subject.txt": "s", "t/body.html": html})
    ts = TemplateSet.load(folder)
    for row in [
        {"plan": "pro", "name": "x", "city": "b"},
        {"plan": "free", "name": "y", "city": "i"},
        {"plan": "pro", "name": "x", "city": "amp"},
    ]:
        out = ts.render(row).html
        ref = ts._html.inline(ts._html_env.get_template("t/body.html").render(row))
        assert out is not None and _canonical(out) == _canonical(ref)


def _example_rows() -> list[dict[str, str]]:
    path = ROOT / "examples" / "recipients.csv"
    if not path.exists():
        return [{"name": "김민지", "email": "minji@example.com", "city": "서울", "plan": "pro"}]
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.mark.parametrize("name", ["newsletter", "announcement", "newsletter-ko", "markdown-ko"])
def test_shipped_templates_render_with_example_columns(name: str) -> None:
    ts = TemplateSet.load(ROOT / "templates" / name)
    assert ts.missing_variables(["name", "email", "city", "plan"]) == []
    for row in _example_rows():
        out = ts.render(row)
        assert row["name"] in out.subject
        assert out.unsubscribe
    if name == "announcement":
        assert out.html is None
    else:
        assert out.html is not None and "style=" in out.html and "<style>" not in out.html
        assert out.unsubscribe[0] in out.html.replace("&amp;", "&")


@pytest.mark.parametrize("name", ["newsletter-ko", "markdown-ko"])
def test_the_korean_starters_are_korean_html_with_a_korean_text_part(name: str) -> None:
    row = {"name": "김민지", "email": "minji@example.com", "city": "서울", "plan": "pro"}
    out = TemplateSet.load(ROOT / "templates" / name).render(row, email=row["email"])
    assert out.subject.startswith("김민지님")
    assert out.html is not None and '<html lang="ko">' in out.html
    assert "안녕하세요" in out.text and "수신거부" in out.text
    assert out.unsubscribe[0] in out.text
