"""Korean advertising-mail rules for a campaign marked as advertising.

정보통신망법 (Act on Promotion of Information and Communications Network Utilization
and Information Protection) 제50조 and its decree (시행령 제61조, 제62조의3), as
docs/ses-subscriptions.md ("Korean advertising mail") summarises them:

- the subject starts with "(광고)";
- the body names the sender and a contact;
- the body says how to refuse further mail, free of charge;
- consent is re-confirmed every two years (a reminder: the profile keeps the date).

A marked campaign gets the prefix and a short Korean notice appended to each part;
the notice links the unsubscribe page only when the part does not already (SES
replaces at most two ``{{amazonSESUnsubscribeUrl}}`` placeholders).
"""

from __future__ import annotations

import dataclasses
import html
import locale
import os
import re
from datetime import date

from mailer.content.message import SenderSettings
from mailer.content.templates import RenderedEmail, unsubscribe_url

AD_PREFIX = "(광고)"
CONSENT_YEARS = 2
_BODY_END = re.compile(r"</body\s*>", re.IGNORECASE)


def mark_subject(subject: str) -> str:
    """The subject with "(광고)" at its start (once)."""
    bare = subject.lstrip()
    return bare if bare.startswith(AD_PREFIX) else f"{AD_PREFIX} {bare}"


def notice_lines(sender_name: str, contact: str, unsubscribe_url: str) -> list[str]:
    """The notice in Korean: who sends, how to reach them, how to refuse (free)."""
    who = f"{sender_name} <{contact}>" if sender_name else contact
    lines = [f"{AD_PREFIX} 보낸 사람: {who}"]
    if unsubscribe_url:
        lines.append(f"더 이상 받지 않으시려면 무료로 수신거부하실 수 있습니다: {unsubscribe_url}")
    else:
        lines.append("더 이상 받지 않으시려면 이 메일의 수신거부 링크를 눌러 주세요(무료).")
    return lines


def mark(
    email: RenderedEmail, *, sender_name: str, contact: str, unsubscribe_url: str
) -> RenderedEmail:
    """The message as an advertisement: prefix and notice. ``unsubscribe_url`` is what
    the template's ``unsubscribe_url`` resolved to ("" when none)."""
    text_url = "" if unsubscribe_url and unsubscribe_url in email.text else unsubscribe_url
    text = (
        email.text.rstrip("\n")
        + "\n\n"
        + "\n".join(notice_lines(sender_name, contact, text_url))
        + "\n"
    )
    body_html = email.html
    if body_html is not None:
        html_url = "" if unsubscribe_url and unsubscribe_url in body_html else unsubscribe_url
        body_html = _append_html(body_html, sender_name, contact, html_url)
    return dataclasses.replace(
        email, subject=mark_subject(email.subject), text=text, html=body_html
    )


def mark_as_sent(
    email: RenderedEmail, sender: SenderSettings, *, unsubscribe_link: str | None = None
) -> RenderedEmail:
    """``mark`` as a campaign applies it: the sender's name, its Reply-To (else its
    From) as the contact, and the unsubscribe link the template resolved to, unless
    ``unsubscribe_link`` names another (an SES audience's placeholder). The preview,
    the review and a test send show this too, so they show what is sent."""
    link = unsubscribe_url(email.unsubscribe) if unsubscribe_link is None else unsubscribe_link
    contact = _plain_address(sender.reply_to) or sender.from_addr
    return mark(email, sender_name=sender.from_name, contact=contact, unsubscribe_url=link)


def _plain_address(header: str) -> str:
    """The address of 'Name <addr>' (or the text itself)."""
    inside = header.rpartition("<")[2].rstrip("> ")
    return inside if "<" in header else header.strip()


def _append_html(body: str, sender_name: str, contact: str, url: str) -> str:
    lines = notice_lines(sender_name, contact, "")
    if url:
        link = f'<a href="{html.escape(url, quote=True)}">수신거부</a>'
        lines[1] = f"더 이상 받지 않으시려면 무료로 {link}하실 수 있습니다."
    else:
        lines[1] = html.escape(lines[1])
    lines[0] = html.escape(lines[0])
    block = '<p style="font-size:12px;color:#666666;margin-top:24px">' + "<br>".join(lines) + "</p>"
    found = list(_BODY_END.finditer(body))
    if found:
        at = found[-1].start()
        return body[:at] + block + body[at:]
    return body + block


def korean_user() -> bool:
    """Whether the user's locale is Korean (the advertising marking is then on by default)."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")
        if value:
            return value.lower().startswith("ko")
    try:
        current = locale.getlocale()[0] or ""
    except ValueError:
        current = ""
    return current.lower().startswith("ko")


def default_advertising(setting: str) -> bool:
    """A profile's ``advertising`` setting: "on", "off" or "auto" (Korean users: on)."""
    if setting == "on":
        return True
    if setting == "off":
        return False
    return korean_user()


def consent_due(confirmed: str, today: date | None = None) -> bool:
    """True when consent was last re-confirmed more than two years ago (or never):
    Korean law asks advertisers to confirm it every two years."""
    today = today or date.today()
    try:
        last = date.fromisoformat(confirmed)
    except ValueError:
        return True
    try:
        due = last.replace(year=last.year + CONSENT_YEARS)
    except ValueError:  # 29 February
        due = last.replace(year=last.year + CONSENT_YEARS, day=28)
    return today >= due


__all__ = [
    "AD_PREFIX",
    "CONSENT_YEARS",
    "consent_due",
    "default_advertising",
    "korean_user",
    "mark",
    "mark_as_sent",
    "mark_subject",
    "notice_lines",
]
