"""Words for the content checks (``mailer.states.ContentCheck``) in the UI's language:
what was found, where, and how to fix it. The CLI's English is
``mailer.content.checks.describe``; the app never shows that English."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication

from mailer.states import ContentCheck


class ContentWarningLike(Protocol):  # mailer.content.checks.ContentWarning
    @property
    def code(self) -> ContentCheck: ...
    @property
    def params(self) -> Mapping[str, Any]: ...


class Cost(Protocol):  # mailer.content.checks.CostEstimate
    @property
    def messages(self) -> int: ...
    @property
    def attachment_bytes(self) -> int: ...
    @property
    def dollars(self) -> float: ...
    @property
    def messages_dollars(self) -> float: ...
    @property
    def attachments_dollars(self) -> float: ...


def _fill(text: str, *values: object) -> str:
    for n, value in enumerate(values, 1):
        text = text.replace(f"%{n}", str(value))
    return text


def _where(p: Mapping[str, Any]) -> str:
    return f" ({p['where']})" if p.get("where") else ""


def _kb(size: object) -> str:
    return f"{int(size) / 1024:.0f}" if isinstance(size, int | float) else "?"


_WORDS: dict[ContentCheck, Callable[[Mapping[str, Any]], str]] = {
    ContentCheck.HTML_CLIPPED: lambda p: _fill(
        QCoreApplication.translate(
            "ContentChecks",
            "The HTML is %1 KB; Gmail clips messages over %2 KB and hides the rest (the "
            "unsubscribe footer too). Shorten the text or link to a web version.",
        ),
        _kb(p.get("size")),
        _kb(p.get("limit")),
    ),
    ContentCheck.LITTLE_TEXT: lambda p: _fill(
        QCoreApplication.translate(
            "ContentChecks",
            "The body shows only %1 characters of text beside %2 image(s); mail that is "
            "mostly images is often taken for spam. Add the message as text.",
        )
        if p.get("images")
        else QCoreApplication.translate(
            "ContentChecks",
            "The body shows only %1 characters of text; mail with almost no text is often "
            "taken for spam. Add the message as text.",
        ),
        p.get("chars", 0),
        p.get("images", 0),
    ),
    ContentCheck.IMAGE_NO_ALT: lambda p: _fill(
        QCoreApplication.translate(
            "ContentChecks",
            "The image %1%2 has no alt text; readers who block images see nothing. Add "
            'alt="what it shows".',
        ),
        p.get("src", ""),
        _where(p),
    ),
    ContentCheck.LINK_INVALID: lambda p: _fill(
        QCoreApplication.translate(
            "ContentChecks",
            "The link %1%2 is not a valid address; write a full URL such as "
            "https://example.com/page.",
        ),
        p.get("href", ""),
        _where(p),
    ),
    ContentCheck.UNSUBSCRIBE_HTTP: lambda p: _fill(
        QCoreApplication.translate(
            "ContentChecks",
            "The unsubscribe link %1 uses http:; one-click unsubscribe (which Gmail and "
            "Yahoo ask bulk senders for) needs https://, so it is not offered. Use an "
            "https:// link.",
        ),
        p.get("url", ""),
    ),
    ContentCheck.LINK_HTTP: lambda p: _fill(
        QCoreApplication.translate(
            "ContentChecks",
            "The link %1%2 uses http:, which mail programs flag as not secure; use https://.",
        ),
        p.get("href", ""),
        _where(p),
    ),
    ContentCheck.LINK_MISMATCH: lambda p: _fill(
        QCoreApplication.translate(
            "ContentChecks",
            "The link text shows %1 but goes to %2%3; that looks like phishing. Make the "
            "text match the address.",
        ),
        p.get("shown", ""),
        p.get("href", ""),
        _where(p),
    ),
    ContentCheck.SUBJECT_EMPTY: lambda p: _fill(
        QCoreApplication.translate(
            "ContentChecks",
            "%1 row(s) would be sent with an empty subject; fill subject.txt or the cells it uses.",
        ),
        p.get("count", 1),
    ),
    ContentCheck.SUBJECT_LONG: lambda p: _fill(
        QCoreApplication.translate(
            "ContentChecks",
            "The subject is %1 characters; inbox lists show about %2. Put the important "
            "words first.",
        ),
        p.get("length", 0),
        p.get("limit", 0),
    ),
    ContentCheck.SUBJECT_CAPS: lambda p: QCoreApplication.translate(
        "ContentChecks",
        "The subject is in capital letters; spam filters and readers treat that as "
        "shouting. Write it in normal case.",
    ),
    ContentCheck.CID_UNRESOLVED: lambda p: _fill(
        QCoreApplication.translate(
            "ContentChecks",
            "%1%2 refers to an embedded image the message does not carry; put the image "
            "in the template folder and use its file name as src.",
        ),
        p.get("ref", ""),
        _where(p),
    ),
    ContentCheck.IMAGE_LARGE: lambda p: _fill(
        QCoreApplication.translate(
            "ContentChecks",
            "The image %1 is %2 KB, over the %3 KB embedded per image; make it smaller "
            "or use its https:// address.",
        ),
        p.get("src", ""),
        _kb(p.get("size")),
        _kb(p.get("limit")),
    ),
    ContentCheck.IMAGE_MISSING: lambda p: _fill(
        QCoreApplication.translate(
            "ContentChecks",
            "The image %1%2 is not a file in the template folder; recipients will see a "
            "broken image. Add the file or fix the name.",
        ),
        p.get("src", ""),
        _where(p),
    ),
}


def content_warning_text(warning: ContentWarningLike) -> str:
    words = _WORDS.get(warning.code)
    return words(warning.params) if words else str(warning.code)


def _dollars(amount: float) -> str:
    return f"${amount:.4f}" if 0 < amount < 0.01 else f"${amount:,.2f}"


def size_and_cost_text(largest: int, cost: Cost | None) -> str:
    """ "Largest message 12 KB; estimated SES cost $0.20 (2,000 messages $0.20 + ...)"."""
    parts = []
    if largest:
        parts.append(
            _fill(
                QCoreApplication.translate("ContentChecks", "Largest message: %1 KB"),
                f"{largest / 1024:,.1f}",
            )
        )
    if cost is not None:
        text = _fill(
            QCoreApplication.translate("ContentChecks", "estimated SES cost %1 (%2 messages: %3)"),
            _dollars(cost.dollars),
            f"{cost.messages:,}",
            _dollars(cost.messages_dollars),
        )
        if cost.attachment_bytes:
            text += _fill(
                QCoreApplication.translate("ContentChecks", " + %1 MB of attachments: %2"),
                f"{cost.attachment_bytes / 1e6:,.1f}",
                _dollars(cost.attachments_dollars),
            )
        parts.append(text)
    return "; ".join(parts)
