"""Content checks: each warning is triggered by a template that has the problem, says
where it is written, and the clean shipped templates trigger none."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from mailer.cli.main import main
from mailer.content.checks import (
    GMAIL_CLIP_BYTES,
    ContentWarning,
    check_content,
    describe,
    estimate_cost,
    format_dollars,
)
from mailer.content.message import SenderSettings
from mailer.content.preflight import preflight
from mailer.content.recipients import load_recipients
from mailer.content.templates import TemplateSet
from mailer.states import ContentCheck

ROOT = Path(__file__).resolve().parents[3]
ROW = {"name": "Kim", "email": "kim@example.com", "city": "Seoul", "plan": "pro"}
TEXT = "<p>" + "This is a real paragraph of news for our readers. " * 6 + "</p>"


def template(tmp_path: Path, body: str, subject: str = "News for {{ name }}") -> TemplateSet:
    folder = tmp_path / "t"
    folder.mkdir(exist_ok=True)
    (folder / "subject.txt").write_text(subject, encoding="utf-8")
    (folder / "body.html").write_text(body, encoding="utf-8")
    return TemplateSet.load(folder)


def codes(ts: TemplateSet, row: dict[str, str] = ROW) -> dict[ContentCheck, dict[str, object]]:
    return {w.code: dict(w.params) for w in check_content(ts, ts.render(row))}


@pytest.mark.parametrize(
    "name", ["newsletter", "markdown", "announcement", "newsletter-ko", "markdown-ko"]
)
def test_shipped_templates_are_clean(name: str) -> None:
    ts = TemplateSet.load(ROOT / "templates" / name)
    assert check_content(ts, ts.render(ROW)) == []


def test_html_over_gmail_clipping(tmp_path: Path) -> None:
    found = codes(template(tmp_path, "<p>" + "x" * (GMAIL_CLIP_BYTES + 10) + "</p>"))
    assert found[ContentCheck.HTML_CLIPPED]["limit"] == GMAIL_CLIP_BYTES


def test_image_only_and_almost_no_text(tmp_path: Path) -> None:
    found = codes(template(tmp_path, '<img src="https://example.com/sale.png" alt="Sale">'))
    assert found[ContentCheck.LITTLE_TEXT] == {"chars": 0, "images": 1}
    found = codes(template(tmp_path, "<p>Hi {{ name }}</p>"))
    assert found[ContentCheck.LITTLE_TEXT]["images"] == 0
    # Without images the words do not speak of images.
    words = describe(ContentWarning(ContentCheck.LITTLE_TEXT, {"chars": 8, "images": 0}))
    assert "image" not in words and "almost no text" in words
    words = describe(ContentWarning(ContentCheck.LITTLE_TEXT, {"chars": 0, "images": 1}))
    assert "mostly images" in words


def test_image_without_alt_names_its_line(tmp_path: Path) -> None:
    body = TEXT + '\n<p>\n<img src="https://example.com/logo.png"></p>'
    found = codes(template(tmp_path, body))
    assert found[ContentCheck.IMAGE_NO_ALT] == {
        "src": "https://example.com/logo.png",
        "where": "t/body.html, line 3",
    }
    assert "alt" in describe(
        check_content(template(tmp_path, body), template(tmp_path, body).render(ROW))[0]
    )


@pytest.mark.parametrize(
    "href",
    [
        "htp//example.com",
        "https://",
        "https://exa mple.com",
        "javascript:alert(1)",
        "mailto:nobody",
    ],
)
def test_links_that_are_not_urls(tmp_path: Path, href: str) -> None:
    found = codes(template(tmp_path, f'{TEXT}<a href="{href}">more</a>'))
    assert found[ContentCheck.LINK_INVALID]["href"] == href


def test_http_link(tmp_path: Path) -> None:
    found = codes(template(tmp_path, f'{TEXT}<a href="http://example.com/a">more</a>'))
    assert set(found) == {ContentCheck.LINK_HTTP}
    assert found[ContentCheck.LINK_HTTP]["where"] == "t/body.html, line 1"


def test_link_text_showing_another_domain(tmp_path: Path) -> None:
    body = f'{TEXT}<a href="https://login.evil.example.net/x">www.mybank.com/login</a>'
    found = codes(template(tmp_path, body))
    assert found[ContentCheck.LINK_MISMATCH]["shown"] == "www.mybank.com/login"
    fine = f'{TEXT}<a href="https://www.example.com/a">example.com</a> <a href="https://shop.example.com">https://example.com</a>'
    assert codes(template(tmp_path, fine)) == {}


def test_link_from_data_is_checked_too(tmp_path: Path) -> None:
    found = codes(
        template(tmp_path, f'{TEXT}<a href="{{{{ city }}}}">site</a>'), ROW | {"city": "not a url"}
    )
    assert found[ContentCheck.LINK_INVALID]["where"] == ""  # not written in the template


def test_subjects(tmp_path: Path) -> None:
    long = "A" + "a" * 80
    assert codes(template(tmp_path, TEXT, long))[ContentCheck.SUBJECT_LONG]["length"] == 81
    assert ContentCheck.SUBJECT_CAPS in codes(template(tmp_path, TEXT, "HUGE SALE TODAY ONLY"))
    assert ContentCheck.SUBJECT_CAPS not in codes(template(tmp_path, TEXT, "News from KOREA"))
    assert ContentCheck.SUBJECT_CAPS not in codes(template(tmp_path, TEXT, "이번 달 소식 NEWS"))
    assert ContentCheck.SUBJECT_EMPTY in codes(
        template(tmp_path, TEXT, "{{ plan }}"), ROW | {"plan": ""}
    )


def test_unresolved_cid(tmp_path: Path) -> None:
    found = codes(template(tmp_path, f'{TEXT}<img src="cid:logo123" alt="Logo">'))
    assert found[ContentCheck.CID_UNRESOLVED] == {
        "ref": "cid:logo123",
        "where": "t/body.html, line 1",
    }


def test_cost_estimate() -> None:
    cost = estimate_cost(2_000_000, 2**30 / 1_000_000)  # 2 GB of attachments in all
    assert cost.messages_dollars == pytest.approx(200.0)
    assert cost.attachments_dollars == pytest.approx(0.24)
    assert format_dollars(estimate_cost(17, 0).dollars) == "$0.0017"
    assert format_dollars(1234.5) == "$1,234.50"


def _recipients(tmp_path: Path, subjects: list[str]) -> Path:
    path = tmp_path / "list.csv"
    with open(path, "w", newline="", encoding="utf-8") as fh:
        out = csv.writer(fh)
        out.writerow(["email", "name", "plan"])
        out.writerows([f"u{i}@example.com", f"n{i}", s] for i, s in enumerate(subjects))
    return path


def test_preflight_counts_empty_subjects_and_reports_size_and_cost(tmp_path: Path) -> None:
    ts = template(tmp_path, TEXT, "{{ plan }}")
    table = load_recipients(_recipients(tmp_path, ["a", "", "b", ""]))
    result = preflight(table, ts, SenderSettings.parse("S <s@example.com>"))
    empty = [w for w in result.warnings if w.code is ContentCheck.SUBJECT_EMPTY]
    assert empty and empty[0].params == {"count": 2, "row": 1}
    assert result.largest > len(TEXT) and result.largest_row is not None
    assert result.cost is not None and result.cost.messages == 4
    assert result.sendable  # warnings never block


def test_mailer_check_prints_the_warnings(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = template(tmp_path, f'{TEXT}<a href="http://example.com">more</a>', "{{ plan }}")
    del folder
    code = main(
        [
            "--data-dir",
            str(tmp_path / "data"),
            "check",
            str(_recipients(tmp_path, ["SALE SALE SALE NOW", "x"])),
            str(tmp_path / "t"),
        ]
    )
    out = capsys.readouterr().out
    assert code == 0
    assert "warning: The link http://example.com (t/body.html, line 1) uses http:" in out
    assert "warning: The subject is in capital letters" in out
    assert "largest message:" in out and "estimated SES cost: $0.0002 = 2 messages" in out


def test_an_http_unsubscribe_link_is_said(tmp_path: Path) -> None:
    ts = template(tmp_path, "<p>Hello {{ name }}, here is this month's long enough news.</p>")
    http = ts.render(ROW, unsubscribe=["http://example.com/u?e={{ email }}"])
    found = {w.code: dict(w.params) for w in check_content(ts, http)}
    assert found[ContentCheck.UNSUBSCRIBE_HTTP]["url"].startswith("http://example.com/u?e=")
    assert "https://" in describe(ContentWarning(ContentCheck.UNSUBSCRIBE_HTTP, {"url": "x"}))
    https = ts.render(ROW, unsubscribe=["https://example.com/u", "mailto:u@example.com"])
    assert ContentCheck.UNSUBSCRIBE_HTTP not in {w.code for w in check_content(ts, https)}
