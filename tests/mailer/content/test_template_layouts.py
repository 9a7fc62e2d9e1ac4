"""Layouts: the template folder first, then its templates root, then the shipped ones
(issue 16 item 7: a copied shipped template must not lose "_layouts/base.html")."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from mailer.content.templates import TemplateSet, shipped_templates_dir
from mailer.errors import TemplateError

ROOT = Path(__file__).resolve().parents[3]
ROW = {"name": "Kim", "email": "kim@example.com", "city": "Seoul", "plan": "pro"}


def test_shipped_dir_is_the_checkout_templates() -> None:
    assert shipped_templates_dir() == ROOT / "templates"


def test_copied_newsletter_renders_with_the_shipped_layout(tmp_path: Path) -> None:
    copy = tmp_path / "elsewhere" / "my-news"
    shutil.copytree(ROOT / "templates" / "newsletter", copy)
    ts = TemplateSet.load(copy)
    assert "_layouts/base.html" in ts.sources
    original = TemplateSet.load(ROOT / "templates" / "newsletter").render(ROW)
    assert ts.render(ROW).html == original.html


def test_the_folders_own_layout_wins(tmp_path: Path) -> None:
    copy = tmp_path / "my-news"
    shutil.copytree(ROOT / "templates" / "newsletter", copy)
    (copy / "_layouts").mkdir()
    (copy / "_layouts" / "base.html").write_text(
        "<html><body>MINE {% block content %}{% endblock %}"
        "{% block footer %}{% endblock %}</body></html>",
        encoding="utf-8",
    )
    html = TemplateSet.load(copy).render(ROW).html
    assert html is not None and "MINE" in html


def test_the_roots_layout_wins_over_the_shipped_one(tmp_path: Path) -> None:
    copy = tmp_path / "my-news"
    shutil.copytree(ROOT / "templates" / "newsletter", copy)
    (tmp_path / "_layouts").mkdir()
    (tmp_path / "_layouts" / "base.html").write_text(
        "<html><body>ROOT {% block content %}{% endblock %}</body></html>", encoding="utf-8"
    )
    html = TemplateSet.load(copy).render(ROW).html
    assert html is not None and "ROOT" in html


def test_only_layouts_fall_back(tmp_path: Path) -> None:
    """A shipped template's other files are not reachable from elsewhere."""
    folder = tmp_path / "t"
    folder.mkdir()
    (folder / "subject.txt").write_text("s", encoding="utf-8")
    (folder / "body.html").write_text('{% include "newsletter/footer.html" %}', encoding="utf-8")
    with pytest.raises(TemplateError, match="neither in t/"):
        TemplateSet.load(folder)
    (folder / "body.html").write_text('{% extends "_layouts/nope.html" %}', encoding="utf-8")
    with pytest.raises(TemplateError, match="shipped layouts"):
        TemplateSet.load(folder)


def test_snapshot_of_a_copy_renders_without_the_files(tmp_path: Path) -> None:
    copy = tmp_path / "my-news"
    shutil.copytree(ROOT / "templates" / "newsletter", copy)
    data = TemplateSet.load(copy).snapshot()
    shutil.rmtree(copy)
    again = TemplateSet.from_snapshot(data).render(ROW)
    assert again.html is not None and "This month's news" in again.html


@pytest.mark.parametrize(
    "starter", ["newsletter", "markdown", "announcement", "newsletter-ko", "markdown-ko"]
)
def test_new_template_from_a_starter_renders_alike(tmp_path: Path, starter: str) -> None:
    """The core's "New template from ..." (mailer.service.new_template) copies what the
    starter needs; the copy renders as the starter does, with or without the fallback."""
    from mailer.service import new_template

    folder = new_template(ROOT / "templates" / starter, "mine", dest_dir=tmp_path)
    original = TemplateSet.load(ROOT / "templates" / starter).render(ROW)
    copy = TemplateSet.load(folder)
    assert copy.render(ROW) == original
    if starter != "announcement":  # the layout came along: editable in the copy
        assert (folder / "_layouts" / "base.html").is_file()
        assert "mine/_layouts/base.html" in copy.sources
