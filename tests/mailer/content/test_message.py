"""MIME messages: round trip through the stdlib parser, encodings, injection safety."""

from __future__ import annotations

from datetime import UTC, datetime
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mailer.content.message import SenderSettings, build_message
from mailer.content.templates import Attachment, RenderedEmail
from mailer.errors import ConfigError, MessageError

SENDER = SenderSettings.parse("Newsletter <news@example.com>", reply_to="help@example.com")
BASE_HEADERS = {"from", "to", "reply-to", "subject", "date", "message-id", "mime-version"}


def parse(data: bytes) -> EmailMessage:
    msg = BytesParser(policy=policy.default).parsebytes(data)
    assert isinstance(msg, EmailMessage)
    return msg


def body(msg: EmailMessage, kind: str) -> str:
    part = msg.get_body((kind,))
    assert part is not None
    content = part.get_content()
    assert isinstance(content, str)
    return content.replace("\r\n", "\n")


def email_of(
    subject: str = "Hello", text: str = "Hi\n", html: str | None = None, **kw: object
) -> RenderedEmail:
    return RenderedEmail(subject, text, html, kw.get("unsubscribe", ()), kw.get("attachments", ()))  # type: ignore[arg-type]


def assert_wire_ok(data: bytes) -> None:
    assert b"\n" not in data.replace(b"\r\n", b"")
    assert all(len(line) <= 998 for line in data.split(b"\r\n"))
    assert data.isascii()


@pytest.mark.parametrize(
    ("subject", "text", "html"),
    [
        (
            "안녕하세요 김철수님, 이번 달 소식입니다",
            "한국어 본문\n둘째 줄\n",
            "<p>한국어 <b>HTML</b></p>",
        ),
        ("Party 🎉🎊 time 👩‍👩‍👧", "emoji 🎉 body\n", "<p>🎉</p>"),
        ("مرحبا بالعالم — שלום עולם", "نص عربي\nטקסט בעברית\n", '<p dir="rtl">مرحبا</p>'),
        ("x" * 300, "y" * 5000 + "\n" + "가" * 3000 + "\n", "<p>" + "z" * 4000 + "</p>"),
        ("=?utf-8?q?not_encoded?= trailing  double", "trailing space \nend\t\n", None),
        ("", "", None),
    ],
)
def test_round_trip(subject: str, text: str, html: str | None) -> None:
    sender = SenderSettings.parse('"김철수 🎉 (Team), Inc." <kim@example.com>')
    data = build_message(email_of(subject, text, html), to="lee@example.com", sender=sender)
    assert_wire_ok(data)
    assert max(len(line) for line in data.split(b"\r\n")) <= 78
    msg = parse(data)
    assert msg["subject"] == subject
    assert msg["to"].addresses[0].addr_spec == "lee@example.com"
    assert msg["from"].addresses[0].display_name == "김철수 🎉 (Team), Inc."
    assert msg["from"].addresses[0].addr_spec == "kim@example.com"
    assert body(msg, "plain") == text
    if html is None:
        assert msg.get_content_type() == "text/plain"
    else:
        assert msg.get_content_type() == "multipart/alternative"
        assert body(msg, "html") == html
    assert msg["MIME-Version"] == "1.0" and msg["Date"] and msg["Message-ID"]


def test_headers_ids_dates_and_reply_to() -> None:
    when = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)
    data = build_message(
        email_of(), to="a@example.com", sender=SENDER, message_id="abc@x.example", date=when
    )
    msg = parse(data)
    assert msg["Message-ID"] == "<abc@x.example>"
    assert msg["Reply-To"].addresses[0].addr_spec == "help@example.com"
    assert msg["Date"].datetime == when
    generated = parse(build_message(email_of(), to="a@example.com", sender=SENDER))["Message-ID"]
    assert generated.startswith("<") and generated.endswith("@example.com>")


def test_list_unsubscribe() -> None:
    email = email_of(unsubscribe=("mailto:u@example.com?subject=unsub", "https://e.com/u?id=1,2"))
    msg = parse(build_message(email, to="a@example.com", sender=SENDER))
    assert (
        msg["List-Unsubscribe"]
        == "<mailto:u@example.com?subject=unsub>, <https://e.com/u?id=1%2C2>"
    )
    assert msg["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    only_mail = parse(
        build_message(email_of(unsubscribe=("mailto:u@e.com",)), to="a@example.com", sender=SENDER)
    )
    assert only_mail["List-Unsubscribe-Post"] is None
    with pytest.raises(MessageError, match="List-Unsubscribe"):
        build_message(
            email_of(unsubscribe=("javascript:alert(1)",)), to="a@example.com", sender=SENDER
        )


def test_static_sender_unsubscribe_overrides_template() -> None:
    sender = SenderSettings.parse("a@example.com", unsubscribe=["https://override.example/u"])
    msg = parse(
        build_message(email_of(unsubscribe=("mailto:t@e.com",)), to="b@example.com", sender=sender)
    )
    assert msg["List-Unsubscribe"] == "<https://override.example/u>"


def test_attachments() -> None:
    files = (
        Attachment("report.pdf", "application/pdf", b"%PDF-1.4" + bytes(range(256)) * 40),
        Attachment("가격표 (2024).csv", "text/csv", "이름,가격\n".encode()),
    )
    data = build_message(
        email_of(html="<p>x</p>", attachments=files), to="a@example.com", sender=SENDER
    )
    assert_wire_ok(data)
    msg = parse(data)
    assert msg.get_content_type() == "multipart/mixed"
    got = [
        (p.get_filename(), p.get_content_type(), p.get_payload(decode=True))
        for p in msg.iter_attachments()
    ]
    assert got == [(a.filename, a.content_type, a.data) for a in files]
    assert body(msg, "html") == "<p>x</p>"


def test_idn_domain_and_bad_addresses() -> None:
    msg = parse(build_message(email_of(), to="kim@도메인.한국", sender=SENDER))
    assert msg["to"].addresses[0].domain == "xn--hq1bm8jm9l.xn--3e0b707e"
    for bad in [
        "no-at",
        "a b@example.com",
        "김@example.com",
        "a@exa mple.com",
        "<a@b.com>",
        "a@b.com\r\nBcc: x@y.z",
    ]:
        with pytest.raises(MessageError):
            build_message(email_of(), to=bad, sender=SENDER)
    with pytest.raises(ConfigError):
        SenderSettings.parse("Name <not an address>")


@pytest.mark.parametrize(
    "bad", ["\r", "\n", "\r\n", "\x0b", "\x0c", "\x1c", "\x85", "\u2028", "\u2029", "\x00"]
)
def test_injection_rejected_with_header_name(bad: str) -> None:
    with pytest.raises(MessageError, match="Subject"):
        build_message(
            email_of(subject=f"Hi{bad}Bcc: evil@example.com"), to="a@example.com", sender=SENDER
        )
    sender = SenderSettings(from_addr="a@example.com", from_name=f"X{bad}Bcc: e@x.com")
    with pytest.raises(MessageError, match="From"):
        build_message(email_of(), to="a@example.com", sender=sender)
    with pytest.raises(MessageError, match="X-Campaign"):
        build_message(
            email_of(), to="a@example.com", sender=SENDER, headers={"X-Campaign": f"1{bad}Bcc: x"}
        )


def test_extra_headers() -> None:
    msg = parse(
        build_message(
            email_of(), to="a@example.com", sender=SENDER, headers={"X-Campaign": "캠페인 7"}
        )
    )
    assert msg["X-Campaign"] == "캠페인 7"
    with pytest.raises(MessageError):
        build_message(email_of(), to="a@example.com", sender=SENDER, headers={"Bcc": "x@y.z"})


PIECES = ["\r", "\n", "\x0b", "\x0c", "\u2028", "\x85", ":", "<", ">", ",", '"', "=?", " ", "Bcc: "]
NASTY = st.lists(
    st.one_of(st.text(st.characters(codec="utf-8"), max_size=12), st.sampled_from(PIECES)),
    max_size=12,
).map("".join)
CLEAN = st.text(st.characters(codec="utf-8", exclude_categories=["Cc", "Zl", "Zp"]), max_size=80)
VALUE = st.one_of(CLEAN, NASTY)


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(
    subject=VALUE,
    name=VALUE,
    local=st.one_of(st.just("user.name+tag"), NASTY),
    text=NASTY,
    extra=VALUE,
    target=VALUE,
)
def test_no_generated_data_injects_a_header(
    subject: str, name: str, local: str, text: str, extra: str, target: str
) -> None:
    email = RenderedEmail(subject, text, text, (f"https://e.com/{target}",), ())
    sender = SenderSettings(from_addr="news@example.com", from_name=name)
    try:
        data = build_message(
            email, to=f"{local}@example.com", sender=sender, headers={"X-Data": extra}
        )
    except MessageError:
        return
    assert_wire_ok(data)
    msg = parse(data)
    expected = {"from", "to", "subject", "date", "message-id", "mime-version", "content-type"}
    expected |= {"list-unsubscribe", "list-unsubscribe-post", "x-data"}
    assert {k.lower() for k in msg} == expected
    assert not msg.defects
    assert msg["subject"] == subject
    assert rfc2047_display_name(data) == name.replace("\t", " ").strip()
    assert msg["X-Data"] == extra
    assert body(msg, "plain") == text.replace("\r\n", "\n").replace("\r", "\n")


def rfc2047_display_name(data: bytes) -> str:
    """The From display name decoded as RFC 2047 says: the white space between two
    adjacent encoded-words is not part of the text. (policy.default's address parser
    keeps it as a space, even for names the stdlib itself folded.)"""
    from email.header import decode_header, make_header

    raw = BytesParser(policy=policy.compat32).parsebytes(data)["From"]
    phrase = " ".join(str(raw).split()).rsplit("<", 1)[0].strip()
    if "=?" not in phrase:
        parsed = BytesParser(policy=policy.default).parsebytes(data)
        return str(parsed["from"].addresses[0].display_name)
    return str(make_header(decode_header(phrase)))


def test_long_korean_display_name_round_trips_per_rfc_2047() -> None:
    name = "서울대학교 총동창회 부산지부 회원 여러분께 드리는 소식 김민준 드림"
    sender = SenderSettings(from_addr="news@example.com", from_name=name)
    data = build_message(RenderedEmail("s", "t", None, (), ()), to="a@example.com", sender=sender)
    assert rfc2047_display_name(data) == name
    assert all(len(line) <= 78 for line in data.split(b"\r\n"))
    short = SenderSettings(from_addr="news@example.com", from_name="하나 꽃집")
    data = build_message(RenderedEmail("s", "t", None, (), ()), to="a@example.com", sender=short)
    assert (
        BytesParser(policy=policy.default).parsebytes(data)["from"].addresses[0].display_name
        == "하나 꽃집"
    )
