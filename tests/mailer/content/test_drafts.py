"""Writing templates from the app: drafts render unsaved text, saves are atomic, a new
template is a self-contained copy of a starter."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from mailer.content.drafts import check_template_name, write_text_atomic
from mailer.errors import InputError, TemplateError
from mailer.service import load_draft, new_template, save_template_file, user_templates_dir


def test_a_draft_renders_unsaved_text_without_touching_the_files(templates_root: Path) -> None:
    folder = templates_root / "announcement"
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    draft = load_draft(
        folder,
        {
            "subject.txt": "임시 제목 {{ name }}",
            "template.toml": 'from = "새 발신 <new@example.com>"\n',
        },
    )
    rendered = draft.render({"name": "민준"}, email="a@example.com")
    assert rendered.subject == "임시 제목 민준"
    assert draft.settings.from_addr == "새 발신 <new@example.com>"
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before


def test_a_draft_with_a_syntax_error_names_file_and_line(templates_root: Path) -> None:
    with pytest.raises(TemplateError, match=r"announcement/body.txt, line 2"):
        load_draft(templates_root / "announcement", {"body.txt": "ok\n{{ broken }\n"})


def test_a_draft_follows_a_new_include(tmp_path: Path) -> None:
    folder = tmp_path / "t"
    folder.mkdir()
    (folder / "subject.txt").write_text("s", encoding="utf-8")
    (folder / "body.html").write_text("<p>x</p>", encoding="utf-8")
    (folder / "footer.html").write_text("<p>발 {{ name }}</p>", encoding="utf-8")
    draft = load_draft(folder, {"body.html": '<p>x</p>{% include "footer.html" %}'})
    assert "발 A" in (draft.render({"name": "A"}, email="a@example.com").html or "")


def test_write_text_atomic_replaces_in_one_step_and_keeps_the_mode(tmp_path: Path) -> None:
    tmp_path = tmp_path / "tpl"
    tmp_path.mkdir()
    path = tmp_path / "body.txt"
    path.write_text("old", encoding="utf-8")
    os.chmod(path, 0o640)
    inode = path.stat().st_ino
    write_text_atomic(path, "새 내용\n")
    assert path.read_text(encoding="utf-8") == "새 내용\n"
    assert path.stat().st_ino != inode  # a new file took the old one's place
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["body.txt"]  # no temp file left
    save_template_file(tmp_path / "new.txt", "x")
    assert stat.S_IMODE((tmp_path / "new.txt").stat().st_mode) == 0o644


def test_a_failed_save_leaves_the_file_and_says_why(tmp_path: Path) -> None:
    tmp_path = tmp_path / "tpl"
    tmp_path.mkdir()
    missing = tmp_path / "no-such-folder" / "body.txt"
    with pytest.raises(InputError, match="Cannot save"):
        write_text_atomic(missing, "x")
    target = tmp_path / "body.txt"
    target.mkdir()  # os.replace onto a folder fails after the temp file was written
    with pytest.raises(InputError, match="left as it was"):
        write_text_atomic(target, "x")
    assert [p.name for p in tmp_path.iterdir()] == ["body.txt"]


def test_new_template_copies_what_the_starter_needs(templates_root: Path, data_dir: Path) -> None:
    folder = new_template(templates_root / "newsletter", "6월 소식지")
    assert folder == user_templates_dir() / "6월 소식지" == data_dir / "templates" / "6월 소식지"
    assert (folder / "_layouts" / "base.html").is_file()  # the layout came along
    from mailer import TemplateSet

    shipped = TemplateSet.load(templates_root / "newsletter")
    copy = TemplateSet.load(folder)
    row = {"name": "김민준", "city": "서울", "plan": "pro"}
    # The copy renders the same message as the shipped starter.
    assert copy.render(row, email="a@example.com") == shipped.render(row, email="a@example.com")
    with pytest.raises(InputError, match="already exists"):
        new_template(templates_root / "newsletter", "6월 소식지")


@pytest.mark.parametrize("bad", ["", "  ", "..", "a/b", "a\\b", ".hidden", "_layouts", "a:b"])
def test_bad_template_names_are_refused(bad: str) -> None:
    with pytest.raises(InputError):
        check_template_name(bad)
