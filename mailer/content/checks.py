"""Content checks before sending: what mailbox providers and readers trip over.

Each check looks at a message as a recipient gets it (the first row that builds
whole) and names the template file and line where the cause is written when it can
be found there. They are warnings: a send is never refused for them. The figures they
rely on are in docs/content-checks.md (Gmail's 102 KB clipping, SES's prices).

The visible unsubscribe link is checked by the bulk-sender checklist
(``mailer.content.compliance``, ``BulkCheck.VISIBLE_LINK``), not again here.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any
from urllib.parse import urlsplit

from mailer.content.attachments import INLINE_MAX
from mailer.content.templates import RenderedEmail, TemplateSet
from mailer.states import ContentCheck

GMAIL_CLIP_BYTES = 102 * 1024  # Gmail shows "[Message clipped]" past ~102 KB of HTML
MIN_TEXT_CHARS = 200  # visible characters below which a body with images is "image-only"
MIN_ANY_TEXT_CHARS = 20  # ... and below which any body has "almost no text"
SUBJECT_MAX = 70  # characters: longer ones are cut in most inbox lists
CAPS_MIN_LETTERS = 8  # a subject needs this many letters before ALL CAPS is judged
CAPS_SHARE = 0.8  # share of upper-case letters that reads as shouting
# SES prices (us-east-1 and Seoul alike, 2025): outbound messages and attachment data.
PRICE_PER_1000 = 0.10
PRICE_PER_GB_ATTACHMENTS = 0.12
_DOMAIN_TEXT = re.compile(
    r"^\s*(?:https?://)?((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,63})(?:[/:?#]\S*)?\s*$",
    re.IGNORECASE,
)
_URL_IN_TEXT = re.compile(r"\(?(?:https?|mailto):[^\s)]*\)?")
_SAFE_SCHEMES = ("https", "http", "mailto", "tel", "cid")


@dataclass(frozen=True)
class ContentWarning:
    code: ContentCheck
    params: Mapping[str, Any] = field(default_factory=dict)

    def __str__(self) -> str:
        return describe(self)


@dataclass(frozen=True)
class CostEstimate:
    """What SES charges for the campaign: per message, plus attachment data."""

    messages: int
    attachment_bytes: int  # all messages together

    @property
    def messages_dollars(self) -> float:
        return self.messages / 1000 * PRICE_PER_1000

    @property
    def attachments_dollars(self) -> float:
        return self.attachment_bytes / 2**30 * PRICE_PER_GB_ATTACHMENTS

    @property
    def dollars(self) -> float:
        return self.messages_dollars + self.attachments_dollars


def format_dollars(amount: float) -> str:
    """$0.0017, $0.20, $1,234.56: small campaigns still show what they cost."""
    return f"${amount:.4f}" if 0 < amount < 0.01 else f"${amount:,.2f}"


def estimate_cost(messages: int, attachment_bytes_per_message: float) -> CostEstimate:
    return CostEstimate(messages, round(messages * attachment_bytes_per_message))


class _Body(HTMLParser):
    """Images, links (with their text) and the visible text of a rendered body."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.images: list[dict[str, str | None]] = []
        self.links: list[tuple[str, str]] = []  # (href, text)
        self.srcs: list[str] = []  # every src/href/background value, for cid: refs
        self.text: list[str] = []
        self._hidden = 0
        self._link: list[str] | None = None
        self._href = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        self.srcs.extend(v for k, v in attrs if k in ("src", "href", "background") and v)
        if tag in ("style", "script", "title", "head"):
            self._hidden += 1
        elif tag == "img":
            self.images.append(values)
        elif tag == "a" and values.get("href") is not None:
            self._link, self._href = [], values.get("href") or ""

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag in ("style", "script", "title", "head"):
            self._hidden -= 1

    def handle_endtag(self, tag: str) -> None:
        if tag in ("style", "script", "title", "head"):
            self._hidden = max(0, self._hidden - 1)
        elif tag == "a" and self._link is not None:
            self.links.append((self._href, "".join(self._link).strip()))
            self._link = None

    def handle_data(self, data: str) -> None:
        if self._hidden:
            return
        self.text.append(data)
        if self._link is not None:
            self._link.append(data)


def locate(template: TemplateSet, needle: str) -> str:
    """'<file>, line N' of the first template file that holds ``needle``, else ''."""
    if not needle:
        return ""
    for key, source in template.sources.items():
        at = source.find(needle)
        if at >= 0:
            return f"{key}, line {source.count(chr(10), 0, at) + 1}"
    return ""


def check_content(
    template: TemplateSet,
    email: RenderedEmail,
    *,
    content_ids: Collection[str] = (),
) -> list[ContentWarning]:
    """The warnings for one rendered message (the subject checks included)."""
    found = check_subject(email.subject)
    for target in email.unsubscribe:  # RFC 8058's one-click unsubscribe is https only
        if target.lower().startswith("http://"):
            found.append(ContentWarning(ContentCheck.UNSUBSCRIBE_HTTP, {"url": target}))
    for skipped in template.skipped_images:
        if skipped.size is None:
            params: dict[str, Any] = {"src": skipped.src, "where": skipped.where}
            found.append(ContentWarning(ContentCheck.IMAGE_MISSING, params))
        else:
            params = {"src": skipped.src, "size": skipped.size, "limit": INLINE_MAX}
            found.append(ContentWarning(ContentCheck.IMAGE_LARGE, params))
    if email.html is None:
        chars = len("".join(_URL_IN_TEXT.sub("", email.text).split()))
        if chars < MIN_ANY_TEXT_CHARS:
            found.append(ContentWarning(ContentCheck.LITTLE_TEXT, {"chars": chars, "images": 0}))
        return found
    size = len(email.html.encode("utf-8"))
    if size > GMAIL_CLIP_BYTES:
        found.append(
            ContentWarning(ContentCheck.HTML_CLIPPED, {"size": size, "limit": GMAIL_CLIP_BYTES})
        )
    body = _Body()
    body.feed(email.html)
    body.close()
    chars = len("".join("".join(body.text).split()))
    if (body.images and chars < MIN_TEXT_CHARS) or chars < MIN_ANY_TEXT_CHARS:
        found.append(
            ContentWarning(ContentCheck.LITTLE_TEXT, {"chars": chars, "images": len(body.images)})
        )
    for image in body.images:
        src = image.get("src") or ""
        if image.get("alt") is None:
            where = locate(template, src) if src else ""
            found.append(ContentWarning(ContentCheck.IMAGE_NO_ALT, {"src": src, "where": where}))
    found.extend(_link_warnings(template, body.links))
    ids = {c.strip("<>") for c in content_ids}
    for ref in dict.fromkeys(s for s in body.srcs if s.lower().startswith("cid:")):
        if ref[4:] not in ids:
            where = locate(template, ref)
            found.append(ContentWarning(ContentCheck.CID_UNRESOLVED, {"ref": ref, "where": where}))
    return found


def check_subject(subject: str) -> list[ContentWarning]:
    if not subject.strip():
        return [ContentWarning(ContentCheck.SUBJECT_EMPTY, {"count": 1, "row": None})]
    found = []
    if len(subject) > SUBJECT_MAX:
        found.append(
            ContentWarning(
                ContentCheck.SUBJECT_LONG,
                {"length": len(subject), "limit": SUBJECT_MAX, "subject": subject},
            )
        )
    letters = [c for c in subject if c.isalpha() and (c.isupper() or c.islower())]
    upper = sum(c.isupper() for c in letters)
    if len(letters) >= CAPS_MIN_LETTERS and upper >= CAPS_SHARE * len(letters):
        found.append(ContentWarning(ContentCheck.SUBJECT_CAPS, {"subject": subject}))
    return found


def _link_warnings(template: TemplateSet, links: list[tuple[str, str]]) -> list[ContentWarning]:
    found: list[ContentWarning] = []
    seen: set[tuple[ContentCheck, str]] = set()

    def add(code: ContentCheck, href: str, **params: Any) -> None:
        if (code, href) not in seen:
            seen.add((code, href))
            found.append(
                ContentWarning(code, {"href": href, "where": locate(template, href), **params})
            )

    for href, text in links:
        value = href.strip()
        if not value or value.startswith("#"):
            continue  # empty links are refused by the preflight; anchors are fine
        parts = _split(value)
        if parts is None:
            add(ContentCheck.LINK_INVALID, href)
            continue
        scheme, host = parts
        if scheme == "http":
            add(ContentCheck.LINK_HTTP, href)
        shown = _DOMAIN_TEXT.match(text)
        if shown and host and scheme in ("http", "https"):
            shown_host = shown.group(1).lower().removeprefix("www.")
            real = host.removeprefix("www.")
            if not (real == shown_host or real.endswith("." + shown_host)):
                add(ContentCheck.LINK_MISMATCH, href, shown=text)
    return found


def _split(href: str) -> tuple[str, str] | None:
    """(scheme, host) of a usable link, None when it is not a valid URL."""
    if any(c.isspace() for c in href) or ":" not in href:
        return None
    try:
        parts = urlsplit(href)
        host = (parts.hostname or "").lower()
        parts.port  # noqa: B018  (raises ValueError on a bad port)
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    if scheme not in _SAFE_SCHEMES:
        return None
    if scheme in ("http", "https") and ("." not in host or not parts.netloc):
        return None
    if scheme == "mailto" and "@" not in parts.path:
        return None
    return scheme, host


def describe(warning: ContentWarning) -> str:
    """What was found, where, and how to fix it (English: the CLI, logs)."""
    p = warning.params
    where = f" ({p['where']})" if p.get("where") else ""
    code = warning.code
    if code is ContentCheck.HTML_CLIPPED:
        return (
            f"The HTML is {p['size'] / 1024:.0f} KB; Gmail clips messages over "
            f"{p['limit'] // 1024} KB and hides the rest (the unsubscribe footer too). "
            "Shorten the text, remove unused CSS, or link to a web version."
        )
    if code is ContentCheck.LITTLE_TEXT and not p["images"]:
        return (
            f"The body shows only {p['chars']} characters of text; mail with almost no "
            "text is often taken for spam. Add the message as text."
        )
    if code is ContentCheck.LITTLE_TEXT:
        return (
            f"The body shows only {p['chars']} characters of text beside {p['images']} "
            "image(s); mail that is mostly images is often taken for spam and is empty where "
            "images are blocked. Add the message as text."
        )
    if code is ContentCheck.IMAGE_NO_ALT:
        return (
            f"The image {p['src'] or '(no src)'}{where} has no alt text; readers who block "
            'images see nothing. Add alt="what it shows" (alt="" for decoration).'
        )
    if code is ContentCheck.LINK_INVALID:
        return (
            f"The link {p['href']!r}{where} is not a valid address; write a full URL "
            "such as https://example.com/page (or mailto:name@example.com)."
        )
    if code is ContentCheck.UNSUBSCRIBE_HTTP:
        return (
            f"The unsubscribe link {p['url']} uses http:; one-click unsubscribe (which Gmail "
            "and Yahoo ask bulk senders for) needs https://, so it is not offered. Use an "
            "https:// link."
        )
    if code is ContentCheck.LINK_HTTP:
        return (
            f"The link {p['href']}{where} uses http:, which mail programs flag as "
            "not secure; use https:// if the site supports it."
        )
    if code is ContentCheck.LINK_MISMATCH:
        return (
            f"The link text shows {p['shown']!r} but goes to {p['href']}{where}; links that "
            "show one address and lead to another look like phishing. Make the text match "
            "the address, or use words instead of an address."
        )
    if code is ContentCheck.SUBJECT_EMPTY:
        rows = f"{p['count']} row(s)" if p.get("row") is not None else "The message"
        first = f", first row {p['row'] + 1}" if p.get("row") is not None else ""
        return (
            f"{rows} would be sent with an empty subject{first}; fill subject.txt or the "
            "cells it uses."
        )
    if code is ContentCheck.SUBJECT_LONG:
        return (
            f"The subject is {p['length']} characters; inbox lists show about {p['limit']}, "
            f"the rest is cut: {p['subject']!r}. Put the important words first."
        )
    if code is ContentCheck.SUBJECT_CAPS:
        return (
            f"The subject is in capital letters ({p['subject']!r}); spam filters and readers "
            "treat that as shouting. Write it in normal case."
        )
    if code is ContentCheck.CID_UNRESOLVED:
        return (
            f"{p['ref']}{where} refers to an embedded image that the message does not "
            "carry; put the image file in the template folder and use its name as src."
        )
    if code is ContentCheck.IMAGE_LARGE:
        return (
            f"The image {p['src']} is {p['size'] // 1024} KB, over the {p['limit'] // 1024} KB "
            "embedded per image; it stays a link to the file, which recipients cannot load. "
            "Make it smaller or put it on a website and use its https:// address."
        )
    if code is ContentCheck.IMAGE_MISSING:
        return (
            f"The image {p['src']}{where} is neither a file in the template folder nor an "
            "https:// address; recipients will see a broken image. Add the file or fix the name."
        )
    return str(code.value)  # pragma: no cover - every code is worded above


__all__ = [
    "ContentWarning",
    "CostEstimate",
    "check_content",
    "check_subject",
    "describe",
    "estimate_cost",
    "format_dollars",
    "locate",
]
