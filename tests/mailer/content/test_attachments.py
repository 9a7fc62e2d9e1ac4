"""Embedded images (cid:, multipart/related) and per-recipient attachments: resolved
inside the template folder only, missing files skipped or blocking, SES's size limit."""

from __future__ import annotations

import csv
import email
import email.policy
from pathlib import Path

import pytest

from mailer.cli.main import main
from mailer.content import attachments as attachments_module
from mailer.content.attachments import INLINE_MAX, SES_MAX_MESSAGE
from mailer.content.checks import check_content
from mailer.content.message import SenderSettings, build_message
from mailer.content.preflight import attachment_skips, preflight
from mailer.content.recipients import load_recipients
from mailer.content.templates import TemplateSet
from mailer.errors import ErrorCode, InputError, MessageError, TemplateError
from mailer.states import ContentCheck, ReasonCode

SENDER = SenderSettings.parse("Shop <shop@example.com>")
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 100
TEXT = "<p>" + "A paragraph of real news for the readers of this newsletter. " * 5 + "</p>"


def folder_with(
    tmp_path: Path, toml: str = "", body: str = "", files: dict[str, bytes] | None = None
) -> Path:
    folder = tmp_path / "t"
    folder.mkdir(exist_ok=True)
    (folder / "subject.txt").write_text("Invoice for {{ name }}", encoding="utf-8")
    (folder / "body.html").write_text(body or f"{TEXT}<p>Hi {{{{ name }}}}</p>", encoding="utf-8")
    if toml:
        (folder / "template.toml").write_text(toml, encoding="utf-8")
    for name, data in (files or {}).items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    return folder


def parse(message: bytes) -> email.message.EmailMessage:
    return email.message_from_bytes(message, policy=email.policy.default)  # type: ignore[return-value]


# -- embedded images -----------------------------------------------------------------


def test_local_image_becomes_an_inline_part(tmp_path: Path) -> None:
    remote = '<img src="https://cdn.example.com/x.png" alt="x">'
    body = f'{TEXT}<img src="img/logo.png" alt="Logo">{remote}'
    ts = TemplateSet.load(folder_with(tmp_path, body=body, files={"img/logo.png": PNG}))
    out = ts.render({"name": "Kim"}, email="kim@example.com")
    assert out.html is not None and len(out.inline) == 1
    cid = out.inline[0].content_id
    assert f'src="cid:{cid}"' in out.html and 'src="https://cdn.example.com/x.png"' in out.html
    msg = parse(build_message(out, to="kim@example.com", sender=SENDER))
    html_part = msg.get_body(("html",))
    assert html_part is not None
    related = [p for p in msg.walk() if p.get_content_type() == "multipart/related"]
    assert len(related) == 1
    image = next(p for p in msg.walk() if p.get_content_type() == "image/png")
    assert image["Content-ID"] == f"<{cid}>" and image.get_content_disposition() == "inline"
    assert image.get_content() == PNG
    assert check_content(ts, out, content_ids=[cid]) == []
    preview = out.preview_html()  # what the app's web view shows: no cid: left
    assert preview is not None and "cid:" not in preview
    assert 'src="data:image/png;base64,iVBORw0KGgo' in preview


def test_images_survive_the_snapshot(tmp_path: Path) -> None:
    folder = folder_with(
        tmp_path, body=f'{TEXT}<img src="logo.png" alt="L">', files={"logo.png": PNG}
    )
    ts = TemplateSet.load(folder)
    (folder / "logo.png").unlink()
    again = TemplateSet.from_snapshot(ts.snapshot())
    assert again.render({"name": "K"}, email="k@example.com") == ts.render(
        {"name": "K"}, email="k@example.com"
    )


def test_large_and_missing_images_stay_and_warn(tmp_path: Path) -> None:
    body = f'{TEXT}<img src="big.jpg" alt="B">\n<img src="nope.png" alt="N">'
    ts = TemplateSet.load(
        folder_with(tmp_path, body=body, files={"big.jpg": b"x" * (INLINE_MAX + 1)})
    )
    out = ts.render({"name": "K"}, email="k@example.com")
    assert out.inline == () and out.html is not None and 'src="big.jpg"' in out.html
    found = {w.code: w.params for w in check_content(ts, out)}
    assert found[ContentCheck.IMAGE_LARGE]["size"] == INLINE_MAX + 1
    assert found[ContentCheck.IMAGE_MISSING] == {"src": "nope.png", "where": "t/body.html, line 2"}


def test_image_outside_the_folder_is_not_embedded(tmp_path: Path) -> None:
    (tmp_path / "secret.png").write_bytes(PNG)
    body = f'{TEXT}<img src="../secret.png" alt="s"><img src="link.png" alt="l">'
    folder = folder_with(tmp_path, body=body)
    (folder / "link.png").symlink_to(tmp_path / "secret.png")
    ts = TemplateSet.load(folder)
    assert ts.images == ()
    assert {s.src for s in ts.skipped_images} == {"../secret.png", "link.png"}


# -- per-recipient attachments -------------------------------------------------------


def recipients(tmp_path: Path, numbers: list[str]) -> Path:
    path = tmp_path / "list.csv"
    with open(path, "w", newline="", encoding="utf-8") as fh:
        out = csv.writer(fh)
        out.writerow(["email", "name", "고객번호"])
        out.writerows([f"u{i}@example.com", f"n{i}", n] for i, n in enumerate(numbers))
    return path


def test_attachment_names_with_variables(tmp_path: Path) -> None:
    toml = 'attachments = ["terms.txt", "invoices/{{ 고객번호 }}.pdf"]\n'
    files = {"terms.txt": b"terms", "invoices/A1.pdf": b"%PDF-A1", "invoices/B2.pdf": b"%PDF-B2"}
    ts = TemplateSet.load(folder_with(tmp_path, toml, files=files))
    out = ts.render({"name": "K", "고객번호": "B2"}, email="k@example.com")
    assert [(a.filename, a.data) for a in out.attachments] == [
        ("terms.txt", b"terms"),
        ("B2.pdf", b"%PDF-B2"),
    ]
    assert out.attachments[1].content_type == "application/pdf"
    assert "고객번호" in ts.variables()["template.toml"]
    msg = parse(build_message(out, to="k@example.com", sender=SENDER))
    assert [p.get_filename() for p in msg.iter_attachments()] == ["terms.txt", "B2.pdf"]
    again = TemplateSet.from_snapshot(ts.snapshot())  # the folder is kept for the files
    assert (
        again.render({"name": "K", "고객번호": "A1"}, email="k@example.com").attachments[1].data
        == b"%PDF-A1"
    )


@pytest.mark.parametrize("cell", ["../../etc/passwd", "/etc/passwd", "a/../../x", "..\\x", "C:x"])
def test_a_cell_cannot_reach_outside_the_folder(tmp_path: Path, cell: str) -> None:
    ts = TemplateSet.load(folder_with(tmp_path, 'attachments = ["{{ 고객번호 }}"]\n'))
    with pytest.raises(MessageError, match="inside the folder"):
        ts.render({"name": "K", "고객번호": cell}, email="k@example.com")


def test_a_symlink_cannot_lead_out(tmp_path: Path) -> None:
    (tmp_path / "secret.pdf").write_bytes(b"secret")
    folder = folder_with(tmp_path, 'attachments = ["{{ 고객번호 }}.pdf"]\n')
    (folder / "A1.pdf").symlink_to(tmp_path / "secret.pdf")
    ts = TemplateSet.load(folder)
    with pytest.raises(MessageError, match="points outside"):
        ts.render({"name": "K", "고객번호": "A1"}, email="k@example.com")


def test_fixed_names_may_sit_in_subfolders_but_not_leave(tmp_path: Path) -> None:
    ts = TemplateSet.load(
        folder_with(tmp_path, 'attachments = ["docs/a.txt"]\n', files={"docs/a.txt": b"A"})
    )
    assert ts.attachments[0].data == b"A"
    with pytest.raises(TemplateError, match="inside the folder"):
        TemplateSet.load(folder_with(tmp_path, 'attachments = ["../x.txt"]\n'))


def test_missing_file_blocks_by_default(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = folder_with(
        tmp_path,
        'attachments = ["invoices/{{ 고객번호 }}.pdf"]\n',
        files={"invoices/A1.pdf": b"%PDF"},
    )
    table = load_recipients(recipients(tmp_path, ["A1", "B2", "C3"]))
    ts = TemplateSet.load(folder)
    result = preflight(table, ts, SENDER)
    assert result.attachment_missing_count == 2 and not result.sendable
    assert [p.error for p in result.attachment_missing] == ["invoices/B2.pdf", "invoices/C3.pdf"]
    assert result.failing == 0 and result.whole == 1
    with pytest.raises(
        InputError, match=r"2 row\(s\) of list.csv have no attachment file, first row 2"
    ):
        attachment_skips(table, ts, SENDER)
    code = main(
        [
            "--data-dir",
            str(tmp_path / "d"),
            "check",
            str(recipients(tmp_path, ["A1", "B2"])),
            str(folder),
        ]
    )
    out = capsys.readouterr().out
    assert code == 2
    assert "missing attachments: 1 row(s) block the send" in out
    assert "row 2: u1@example.com - invoices/B2.pdf not found" in out


def test_missing_file_skipped_when_chosen(tmp_path: Path) -> None:
    toml = 'attachments = ["invoices/{{ 고객번호 }}.pdf"]\nmissing_attachment = "skip"\n'
    ts = TemplateSet.load(folder_with(tmp_path, toml, files={"invoices/A1.pdf": b"%PDF"}))
    table = load_recipients(recipients(tmp_path, ["A1", "B2"]))
    assert preflight(table, ts, SENDER).sendable
    skips = attachment_skips(table, ts, SENDER)
    assert list(skips) == [1] and skips[1].code is ReasonCode.ATTACHMENT_MISSING
    assert skips[1].get("file") == "invoices/B2.pdf"


def test_file_gone_at_send_time_fails_that_row_with_a_code(tmp_path: Path) -> None:
    ts = TemplateSet.load(folder_with(tmp_path, 'attachments = ["{{ 고객번호 }}.pdf"]\n'))
    with pytest.raises(MessageError) as caught:
        ts.render({"name": "K", "고객번호": "Z9"}, email="k@example.com")
    assert caught.value.code is ErrorCode.ATTACHMENT_MISSING


def test_policy_value_is_checked(tmp_path: Path) -> None:
    with pytest.raises(TemplateError, match="missing_attachment"):
        TemplateSet.load(folder_with(tmp_path, 'missing_attachment = "ignore"\n'))


def test_message_over_the_ses_limit_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(attachments_module, "SES_MAX_MESSAGE", 5000)
    toml = 'attachments = ["{{ 고객번호 }}.pdf"]\nmissing_attachment = "skip"\n'
    ts = TemplateSet.load(
        folder_with(tmp_path, toml, files={"A1.pdf": b"x" * 100, "B2.pdf": b"x" * 4000})
    )
    out = ts.render({"name": "K", "고객번호": "B2"}, email="k@example.com")
    with pytest.raises(MessageError) as caught:
        build_message(out, to="k@example.com", sender=SENDER)
    assert caught.value.code is ErrorCode.MESSAGE_TOO_LARGE
    table = load_recipients(recipients(tmp_path, ["A1", "B2"] * 15))
    result = preflight(table, ts, SENDER)  # the rows past the first 20: by their files' size
    assert result.failing == 15 and result.sendable
    assert "Amazon SES sends at most" in result.problems[0].error
    assert result.largest_row == 0 or result.largest < 5000


def test_largest_message_is_reported(tmp_path: Path) -> None:
    toml = 'attachments = ["{{ 고객번호 }}.pdf"]\n'
    ts = TemplateSet.load(
        folder_with(tmp_path, toml, files={"A1.pdf": b"x" * 10, "B2.pdf": b"x" * 3000})
    )
    result = preflight(load_recipients(recipients(tmp_path, ["A1", "B2", "A1"])), ts, SENDER)
    assert result.largest_row == 1 and result.largest > 4000
    assert result.cost is not None and result.cost.attachment_bytes > 3000
    assert SES_MAX_MESSAGE == 40_000_000


def test_a_snapshot_from_before_images_and_markdown_still_renders() -> None:
    """Campaigns stored by the previous version have no images, attachments_base,
    layout, attachments_dir or missing_attachment in their snapshot."""
    import json

    root = Path(__file__).resolve().parents[3]
    ts = TemplateSet.load(root / "templates" / "newsletter")
    stored = json.loads(ts.snapshot())
    del stored["images"], stored["attachments_base"]
    for key in ("layout", "attachments_dir", "missing_attachment"):
        del stored["settings"][key]
    again = TemplateSet.from_snapshot(json.dumps(stored).encode())
    row = {"name": "Kim", "city": "Seoul", "plan": "pro"}
    assert again.render(row, email="k@example.com") == ts.render(row, email="k@example.com")
    assert again.settings.missing_attachment == "block"
