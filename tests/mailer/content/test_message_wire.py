"""What goes on the wire: IDN domains in punycode wherever a domain meets a header
(issue 17, item 2) and header lines within RFC 5322's 998 octets (item 8)."""

from __future__ import annotations

import email
import email.policy
from email.message import EmailMessage

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mailer.content.addresses import ascii_address, ascii_domain
from mailer.content.message import SenderSettings, build_message, campaign_message_id
from mailer.content.recipients import check_address
from mailer.content.templates import RenderedEmail
from mailer.errors import MessageError

EMAIL = RenderedEmail("Hello", "Body", None, (), ())


def parse(data: bytes) -> EmailMessage:
    message = email.message_from_bytes(data, policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    return message


@pytest.mark.parametrize(
    ("domain", "expected"),
    [
        ("bücher.de", "xn--bcher-kva.de"),
        ("BÜCHER.de", "xn--bcher-kva.de"),
        ("faß.de", "xn--fa-hia.de"),  # IDNA 2008: not "fass.de", a different domain
        ("例え.テスト", "xn--r8jz45g.xn--zckzah"),
        ("example.com", "example.com"),
    ],
)
def test_ascii_domain_is_the_one_email_validator_accepted(domain: str, expected: str) -> None:
    assert ascii_domain(domain) == expected
    normalized, why = check_address(f"user@{domain}")
    assert not why
    assert ascii_address(normalized) == f"user@{expected}"


def test_a_domain_without_an_ascii_form_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="ASCII"):
        ascii_domain("a\u200db.de")


def test_idn_from_and_to_build_and_the_message_id_is_ascii() -> None:
    sender = SenderSettings.parse("News <news@bücher.de>")
    message_id = campaign_message_id("abc123", 7, sender.from_addr)
    assert message_id == "<bm-abc123-7@xn--bcher-kva.de>"
    data = build_message(EMAIL, to="kunde@faß.de", sender=sender, message_id=message_id)
    parsed = parse(data)
    assert parsed["From"].addresses[0].addr_spec == "news@xn--bcher-kva.de"
    assert parsed["To"] == "kunde@xn--fa-hia.de"
    assert parsed["Message-ID"] == "<bm-abc123-7@xn--bcher-kva.de>"
    # Without a Message-ID given, the generated one uses the ASCII domain as well.
    assert parse(build_message(EMAIL, to="a@b.de", sender=sender))["Message-ID"].endswith(
        "@xn--bcher-kva.de>"
    )


def test_non_ascii_local_part_is_refused_with_a_sentence() -> None:
    with pytest.raises(MessageError, match=r"'김@example\.com' has characters other than ASCII"):
        build_message(EMAIL, to="김@example.com", sender=SenderSettings.parse("n@example.com"))


# -- item 8: header lines ----------------------------------------------------------------


def _with_unsubscribe(target: str) -> bytes:
    rendered = RenderedEmail("Hello", "Body", None, (target, "mailto:u@example.com"), ())
    return build_message(rendered, to="a@example.com", sender=SenderSettings.parse("n@e.com"))


def test_a_long_unsubscribe_url_that_fits_is_kept_whole() -> None:
    target = "https://example.com/u?t=" + "a" * 900
    data = _with_unsubscribe(target)
    assert max(len(line) for line in data.split(b"\r\n")) <= 998
    header = parse(data)["List-Unsubscribe"]
    assert f"<{target}>" in header.replace("\r\n", "").replace(" ", "")
    assert "<mailto:u@example.com>" in header


@pytest.mark.parametrize("size", [980, 2_000, 20_000])
def test_an_unsubscribe_url_over_a_line_is_refused_with_a_reason(size: int) -> None:
    target = "https://example.com/u?t=" + "a" * size
    with pytest.raises(MessageError, match=r"List-Unsubscribe target .* at most 998"):
        _with_unsubscribe(target)


def test_long_header_values_elsewhere_are_folded_under_998() -> None:
    rendered = RenderedEmail("Subject " + "x" * 5000 + " 끝", "Body", None, (), ())
    sender = SenderSettings.parse('"' + "N" * 899 + '" <n@example.com>', reply_to="r@e.com")
    data = build_message(
        rendered, to="a@example.com", sender=sender, headers={"X-Note": "y" * 3000}
    )
    assert max(len(line) for line in data.split(b"\r\n")) <= 998
    parsed = parse(data)
    assert parsed["Subject"] == "Subject " + "x" * 5000 + " 끝"
    assert parsed["X-Note"] == "y" * 3000


def test_idn_hosts_in_unsubscribe_targets_are_punycode() -> None:
    targets = ("https://bücher.de:8443/u?e=김#x", "mailto:abmelden@bücher.de?subject=weg")
    rendered = RenderedEmail("Hello", "Body", None, targets, ())
    data = build_message(rendered, to="a@example.com", sender=SenderSettings.parse("n@e.com"))
    assert parse(data)["List-Unsubscribe"] == (
        "<https://xn--bcher-kva.de:8443/u?e=%EA%B9%80#x>, "
        "<mailto:abmelden@xn--bcher-kva.de?subject=weg>"
    )


def _words_char_by_char(text: str, room: int) -> list[str]:
    """The reference: whole characters per word, a new word when the next would overflow."""
    from mailer.content.message import _MAX_LINE, _WORD_OVERHEAD, _b_word

    words: list[str] = []
    chunk = b""
    for char in text:
        data = char.encode("utf-8")
        if chunk and (len(chunk) + len(data) + 2) // 3 * 4 + _WORD_OVERHEAD > room:
            words.append(_b_word(chunk))
            chunk, room = b"", _MAX_LINE - 1
        chunk += data
    return [*words, _b_word(chunk)] if chunk or not words else words


@given(st.text(max_size=120), st.integers(min_value=20, max_value=80))
def test_encoded_words_are_the_char_by_char_words(text: str, room: int) -> None:
    """A subject that fits in one word takes a shortcut; the words are the same."""
    from mailer.content.message import _encoded_words

    assert _encoded_words(text, room) == _words_char_by_char(text, room)


def test_a_short_korean_subject_is_one_word_and_a_long_one_is_split() -> None:
    from mailer.content.message import _encoded_words

    assert len(_encoded_words("김민준님, 이번 달 소식", 67)) == 1
    assert len(_encoded_words("김민준님, 이번 달 소식 " * 8, 67)) > 1
