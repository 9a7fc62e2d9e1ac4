"""Attachments are read like recipient files (issue 17, item 5): regular files only, never
more than a limit, a sentence instead of a hang or MemoryError."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from mailer.content import templates
from mailer.content.files import format_size
from mailer.content.templates import TemplateSet
from mailer.errors import TemplateError

ROOT = Path(__file__).resolve().parents[3]


def template_with(folder: Path, attachment: str) -> Path:
    folder.mkdir()
    (folder / "subject.txt").write_text("Hi", encoding="utf-8")
    (folder / "body.txt").write_text("Hello", encoding="utf-8")
    (folder / "template.toml").write_text(f'attachments = ["{attachment}"]\n', encoding="utf-8")
    return folder


def test_a_pipe_as_attachment_is_refused_without_hanging(tmp_path: Path) -> None:
    if not hasattr(os, "mkfifo"):
        pytest.skip("no named pipes here")
    folder = template_with(tmp_path / "news", "brochure.pdf")
    os.mkfifo(folder / "brochure.pdf")
    code = textwrap.dedent(
        f"""
        from mailer.content.templates import TemplateSet
        from mailer.errors import TemplateError
        try:
            TemplateSet.load({str(folder)!r})
        except TemplateError as exc:
            print(exc)
        """
    )
    # in a child process: before the fix, reading the pipe blocked for ever
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert done.stdout == (
        "Attachment news/brochure.pdf is not a regular file (a named pipe); "
        "choose a regular file in the template folder.\n"
    ), done.stderr[-2000:]


def test_a_big_attachment_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = template_with(tmp_path / "news", "big.pdf")
    (folder / "big.pdf").write_bytes(b"x" * 2048)
    monkeypatch.setattr(templates, "MAX_ATTACHMENT_BYTES", 1024)
    with pytest.raises(TemplateError) as info:
        TemplateSet.load(folder)
    assert str(info.value) == (
        "Attachment news/big.pdf is 2 KB; an attachment can be at most 1 KB: "
        "put it on a web page and link to it instead."
    )


def test_a_missing_attachment_names_the_path(tmp_path: Path) -> None:
    folder = template_with(tmp_path / "news", "gone.pdf")
    with pytest.raises(TemplateError) as info:
        TemplateSet.load(folder)
    assert str(info.value) == f"{folder / 'gone.pdf'} was not found."


def test_format_size() -> None:
    assert [format_size(n) for n in (1, 21, 1536, 3 * 2**20, 2 * 2**30, 3 * 2**30 + 2**29)] == [
        "1 byte",
        "21 bytes",
        "1.5 KB",
        "3 MB",
        "2 GB",
        "3.5 GB",
    ]
