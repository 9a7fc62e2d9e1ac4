"""`mailer send` with a Markdown body, an embedded image and per-recipient attachments,
into the outbox: what arrives, and the rows skipped for a missing file."""

from __future__ import annotations

import json
import mailbox
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path

import pytest

from mailer.cli.main import main

FROM = "Demo Shop <news@example.com>"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x01" * 64


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def make_template(root: Path, policy_line: str) -> Path:
    folder = root / "invoice"
    (folder / "invoices").mkdir(parents=True)
    (folder / "subject.txt").write_text("{{ name }}님의 청구서", encoding="utf-8")
    (folder / "body.md").write_text(
        "# 청구서\n\n![로고](logo.png)\n\n{{ name }}님, 이번 달 청구서를 보내 드립니다.\n\n"
        "Total: **{{ total }}**\n",
        encoding="utf-8",
    )
    (folder / "footer.md").write_text("[수신 거부]({{ unsubscribe_url }})\n", encoding="utf-8")
    (folder / "template.toml").write_text(
        'unsubscribe = "https://example.com/u?e={{ email | urlencode }}"\n'
        'attachments = ["invoices/{{ 고객번호 }}.pdf"]\n' + policy_line,
        encoding="utf-8",
    )
    (folder / "logo.png").write_bytes(PNG)
    for number in ("C001", "C003"):
        (folder / "invoices" / f"{number}.pdf").write_bytes(b"%PDF-" + number.encode())
    return folder


def write_list(path: Path) -> Path:
    path.write_text(
        "email,name,고객번호,total\n"
        'kim@example.com,김민준,C001,"**10,000원**"\n'
        'lee@example.com,이서연,C002,"<b>20,000원</b>"\n'
        "park@example.com,박지호,C003,[link](http://evil)\n",
        encoding="utf-8",
    )
    return path


def test_markdown_image_and_attachments_through_the_outbox(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    folder = make_template(tmp_path, 'missing_attachment = "skip"\n')
    recipients = write_list(tmp_path / "list.csv")
    code, out, _ = run(capsys, "check", str(recipients), str(folder), "--from", FROM)
    assert code == 0, out
    assert "missing attachments: 1 row(s) are skipped" in out
    assert "row 2: lee@example.com - invoices/C002.pdf not found" in out
    outbox = tmp_path / "outbox"
    code, out, err = run(
        capsys, "send", str(recipients), str(folder), "--from", FROM,
        "--outbox", str(outbox), "--rate", "0", "--yes",
    )  # fmt: skip
    assert code == 0, err
    code, out, _ = run(capsys, "status", "1", "--json")
    counts = json.loads(out)
    assert counts["sent"] == 2 and counts["skipped"] == 1
    messages = {
        m["To"]: m
        for m in (
            message_from_bytes(bytes(raw), policy=policy.default)
            for raw in mailbox.Maildir(outbox, create=False, factory=None)
        )
    }
    kim = messages["kim@example.com"]
    assert isinstance(kim, EmailMessage)
    html = kim.get_body(("html",))
    text = kim.get_body(("plain",))
    assert html is not None and text is not None
    # Data stays data: the Markdown in the cell is neither bold nor a link.
    assert "**10,000원**" in text.get_content()
    assert "<strong>**10,000원**</strong>" in html.get_content()
    image = next(p for p in kim.walk() if p.get_content_type() == "image/png")
    assert f'src="cid:{image["Content-ID"].strip("<>")}"' in html.get_content()
    assert [p.get_filename() for p in kim.iter_attachments()] == ["C001.pdf"]
    pdf = next(kim.iter_attachments())
    assert pdf.get_content() == b"%PDF-C001"
    park = messages["park@example.com"]
    park_html = park.get_body(("html",))
    assert park_html is not None and 'href="http://evil"' not in park_html.get_content()
    code, out, _ = run(capsys, "export", "1", str(tmp_path / "r.csv"))
    assert "invoices/C002.pdf" in (tmp_path / "r.csv").read_text(encoding="utf-8-sig")


def test_missing_file_blocks_the_send_by_default(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    folder = make_template(tmp_path, "")
    recipients = write_list(tmp_path / "list.csv")
    code, out, _ = run(capsys, "check", str(recipients), str(folder), "--from", FROM)
    assert code == 2 and "block the send" in out
    code, _, err = run(
        capsys, "send", str(recipients), str(folder), "--from", FROM,
        "--outbox", str(tmp_path / "outbox"), "--rate", "0", "--yes",
    )  # fmt: skip
    assert code == 2
    assert "1 row(s) of list.csv have no attachment file, first row 2" in err
    assert not (tmp_path / "outbox").exists() or not list((tmp_path / "outbox" / "new").iterdir())
