"""The per-campaign checklist for Gmail's and Yahoo's bulk-sender rules (and the Korean
advertising-mail rules), shown by `mailer check` and on the app's Review & send page.

Gmail and Yahoo (2024) require of a sender of bulk mail: SPF and DKIM with DMARC
alignment for the From domain, one-click unsubscribe (RFC 8058) honoured within two
days, a visible unsubscribe link, and a spam rate under 0.3% (docs/ses-setup.md,
../shared/SES-FACTS.md "Reputation"). A free-mail From domain (gmail.com, naver.com
...) can never align: its DMARC policy belongs to the mailbox provider.

Each item is a ``BulkCheck`` with a ``CheckState`` and an English sentence (the CLI);
the app words it from the key, state and facts. DNS and AWS are asked only when
``online`` (the checks of ``mailer.aws.dns``); offline, authentication is
``UNREACHABLE`` and the rest still runs.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from mailer.content.advertising import AD_PREFIX, consent_due
from mailer.content.listmanagement import SES_UNSUBSCRIBE_ENTRY, ListManagement
from mailer.content.message import SenderSettings
from mailer.content.recipients import RecipientTable
from mailer.content.templates import TemplateSet, unsubscribe_url
from mailer.errors import MailerError
from mailer.settings import Profile
from mailer.states import ACCEPTED, BulkCheck, CheckState, RowState

if TYPE_CHECKING:
    from mailer.store.journal import Journal

# Domains of mailbox providers: a From address there fails DMARC alignment through SES.
FREE_MAIL_DOMAINS = frozenset(
    {
        "gmail.com", "googlemail.com", "yahoo.com", "yahoo.co.kr", "yahoo.co.jp",
        "ymail.com", "outlook.com", "hotmail.com", "live.com", "msn.com", "icloud.com",
        "me.com", "aol.com", "gmx.com", "gmx.de", "mail.com", "proton.me",
        "protonmail.com", "naver.com", "daum.net", "hanmail.net", "kakao.com",
        "nate.com", "hotmail.co.kr", "korea.com", "qq.com", "163.com",
    }
)  # fmt: skip
# The mailbox providers whose bulk-sender rules these are.
_GMAIL_YAHOO = ("gmail.com", "googlemail.com", "yahoo.")
BULK_THRESHOLD = 300  # "a few hundred": above this many, one-click is a must
COMPLAINT_LIMIT = 0.003  # Gmail/Yahoo: spam rate under 0.3%
RECENT_CAMPAIGNS = 5


@dataclass(frozen=True)
class Item:
    key: BulkCheck
    state: CheckState
    detail: str
    facts: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Compliance:
    items: tuple[Item, ...]
    gmail_yahoo: int  # recipients at Gmail or Yahoo

    @property
    def warnings(self) -> list[Item]:
        return [i for i in self.items if i.state is not CheckState.OK]

    def item(self, key: BulkCheck) -> Item | None:
        return next((i for i in self.items if i.key is key), None)

    @property
    def one_click_missing_for_bulk(self) -> bool:
        """More than a few hundred Gmail/Yahoo recipients and no working one-click."""
        one_click = self.item(BulkCheck.ONE_CLICK)
        return (
            self.gmail_yahoo > BULK_THRESHOLD
            and one_click is not None
            and one_click.state is not CheckState.OK
        )


def gmail_yahoo_count(table: RecipientTable) -> int:
    count = 0
    for i in table.valid_indices():
        domain = table.emails[i].rpartition("@")[2].lower()
        count += domain.startswith(_GMAIL_YAHOO[2]) or domain in _GMAIL_YAHOO[:2]
    return count


def check_campaign(
    table: RecipientTable,
    template: TemplateSet,
    sender: SenderSettings,
    *,
    profile: Profile | None = None,
    audience: ListManagement | None = None,
    advertising: bool = False,
    journal: Journal | None = None,
    online: bool = True,
) -> Compliance:
    """Every item for one campaign, checked on its first valid row."""
    domain = sender.from_addr.rpartition("@")[2].lower()
    items = [
        _authentication(domain, profile, online),
        _one_click(template, sender, audience),
        _visible_link(table, template, sender, audience),
        _complaint_rate(journal),
        _from_domain(domain),
    ]
    if advertising:
        items.append(_advertising(sender))
        items.append(_consent(profile))
    return Compliance(tuple(items), gmail_yahoo_count(table))


def _targets(template: TemplateSet, sender: SenderSettings) -> tuple[str, ...]:
    return tuple(sender.unsubscribe or template.settings.unsubscribe)


def _one_click(
    template: TemplateSet, sender: SenderSettings, audience: ListManagement | None
) -> Item:
    if audience is not None:
        return Item(
            BulkCheck.ONE_CLICK,
            CheckState.OK,
            f"One-click unsubscribe by Amazon SES (audience {audience.topic}).",
            {"audience": audience.topic},
        )
    https = [t for t in _targets(template, sender) if t.lower().startswith("https://")]
    if https:
        return Item(BulkCheck.ONE_CLICK, CheckState.OK, "One-click unsubscribe: an https link.")
    return Item(
        BulkCheck.ONE_CLICK,
        CheckState.MISSING,
        "No one-click unsubscribe: send to an SES audience (--audience NAME) or give an "
        "https unsubscribe link your website honours (--unsubscribe URL). Gmail and Yahoo "
        "require it of bulk senders; a mailto: alone does not count.",
    )


def _visible_link(
    table: RecipientTable,
    template: TemplateSet,
    sender: SenderSettings,
    audience: ListManagement | None,
) -> Item:
    rows = table.valid_indices()
    if not rows:
        return Item(BulkCheck.VISIBLE_LINK, CheckState.UNREACHABLE, "No valid row to render.")
    index = rows[0]
    entries = [SES_UNSUBSCRIBE_ENTRY] if audience else (list(sender.unsubscribe) or None)
    try:
        email = template.render(table.row(index), unsubscribe=entries, email=table.emails[index])
    except MailerError as exc:
        return Item(BulkCheck.VISIBLE_LINK, CheckState.UNREACHABLE, str(exc))
    link = unsubscribe_url(email.unsubscribe)
    bodies = [email.text, email.html or ""]
    if link and any(link in body for body in bodies):
        return Item(BulkCheck.VISIBLE_LINK, CheckState.OK, "The body has an unsubscribe link.")
    return Item(
        BulkCheck.VISIBLE_LINK,
        CheckState.MISSING,
        "The body has no unsubscribe link: put {{ unsubscribe_url }} in the footer "
        "(the shipped newsletter template shows how).",
    )


def _complaint_rate(journal: Journal | None) -> Item:
    if journal is None:
        return Item(BulkCheck.COMPLAINT_RATE, CheckState.UNREACHABLE, "No journal to look at.")
    sent = complained = 0
    for campaign in journal.campaigns.all()[:RECENT_CAMPAIGNS]:
        try:
            counts = journal.rows.counts(campaign.id)
        except MailerError:
            continue
        sent += sum(counts.get(s, 0) for s in ACCEPTED)
        complained += counts.get(RowState.COMPLAINED, 0)
    rate = complained / sent if sent else 0.0
    facts = {"accepted": sent, "complaints": complained, "rate": rate}
    if rate < COMPLAINT_LIMIT:
        text = f"Complaints in the last campaigns: {complained} of {sent} ({rate:.2%})."
        return Item(BulkCheck.COMPLAINT_RATE, CheckState.OK, text, facts)
    return Item(
        BulkCheck.COMPLAINT_RATE,
        CheckState.WRONG,
        f"Complaints in the last campaigns: {complained} of {sent} ({rate:.2%}), over "
        "Gmail's and Yahoo's 0.3%; send only to people who asked for the mail.",
        facts,
    )


def _from_domain(domain: str) -> Item:
    if domain in FREE_MAIL_DOMAINS:
        return Item(
            BulkCheck.FROM_DOMAIN,
            CheckState.WRONG,
            f"{domain} is a free-mail domain: mail from it fails DMARC alignment. Send from "
            "an address at your own domain.",
            {"domain": domain},
        )
    return Item(BulkCheck.FROM_DOMAIN, CheckState.OK, f"From domain {domain}.", {"domain": domain})


def _authentication(domain: str, profile: Profile | None, online: bool) -> Item:
    """DMARC published for the From domain and, on SES, the domain signed with Easy
    DKIM (its d= aligns); SPF alignment is then not needed for DMARC to pass."""
    if not online or not domain:
        return Item(BulkCheck.AUTHENTICATION, CheckState.UNREACHABLE, "Not checked (offline).")
    from mailer.aws.dns import check_dmarc, make_resolver

    try:
        dmarc = check_dmarc(make_resolver(), domain)
    except MailerError as exc:
        return Item(BulkCheck.AUTHENTICATION, CheckState.UNREACHABLE, str(exc))
    problems = []
    if dmarc.state is CheckState.UNREACHABLE:
        return Item(BulkCheck.AUTHENTICATION, CheckState.UNREACHABLE, dmarc.found)
    if dmarc.state is not CheckState.OK:
        problems.append(f"no DMARC record at _dmarc.{domain}")
    if profile is not None and profile.kind == "ses":
        from mailer.aws.identities import domain_identity

        try:
            dkim = domain_identity(profile, domain).dkim_status
        except MailerError:
            dkim = ""
        if dkim != "SUCCESS":
            problems.append(f"{domain} is not signed with Easy DKIM by SES")
    if problems:
        return Item(
            BulkCheck.AUTHENTICATION,
            CheckState.MISSING,
            "Authentication: " + "; ".join(problems) + " (`mailer setup` shows what to publish).",
        )
    return Item(BulkCheck.AUTHENTICATION, CheckState.OK, f"DMARC and DKIM in place for {domain}.")


def _advertising(sender: SenderSettings) -> Item:
    return Item(
        BulkCheck.ADVERTISING,
        CheckState.OK,
        f'Marked as advertising: the subject starts with "{AD_PREFIX}" and each message '
        "ends with the sender, a contact and how to unsubscribe free of charge (in Korean).",
        {"sender": sender.from_name or sender.from_addr},
    )


def _consent(profile: Profile | None) -> Item:
    confirmed = profile.consent_confirmed if profile else ""
    if confirmed and not consent_due(confirmed):
        return Item(
            BulkCheck.CONSENT,
            CheckState.OK,
            f"Consent last re-confirmed on {confirmed}.",
            {"confirmed": confirmed},
        )
    return Item(
        BulkCheck.CONSENT,
        CheckState.MISSING,
        "Korean law asks advertisers to re-confirm consent every two years"
        + (f" (last: {confirmed})" if confirmed else "")
        + "; ask your list, then record the date in the profile.",
        {"confirmed": confirmed},
    )


__all__ = [
    "BULK_THRESHOLD",
    "FREE_MAIL_DOMAINS",
    "Compliance",
    "Item",
    "check_campaign",
    "gmail_yahoo_count",
]
