"""The application service: what the CLI and the app both do with a campaign.

One send path for both: ``create`` snapshots a checked table and template into the
journal; ``CampaignSession`` prepares a stored campaign (transport, limits, options:
``sending.plan``), runs it with tracking alongside, and can be paused, resumed or
stopped from any thread, even before the runner exists. ``overview``/``unfinished``
say what the journal holds (only a campaign that started sending is unfinished: a
declined one is a draft); ``delete_campaign``/``archive_campaign`` tidy it;
``repeat_check`` finds who already received the same template lately. ``send_test``
and ``export_results`` are the other jobs the two front ends share. The app's worker
and the ``mailer`` command call only this.
"""

from __future__ import annotations

import contextlib
import dataclasses
import threading
import time
import zlib
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mailer.content.listmanagement import ListManagement
from mailer.content.message import SenderSettings
from mailer.content.preflight import attachment_skips, require_a_message
from mailer.content.recipients import RecipientTable
from mailer.content.templates import RenderedEmail, TemplateSet
from mailer.errors import (
    CampaignDamaged,
    ErrorCode,
    InputError,
    JournalError,
    MailerError,
    TemplateError,
)
from mailer.sending.abtest import ABCreated as ABCreated  # create_ab_test's answer
from mailer.sending.options import Limits
from mailer.sending.plan import RunPlan, account_key, prepare_run, uses_ses_account
from mailer.sending.progress import Progress, ProgressCallback
from mailer.settings import Profile, data_dir
from mailer.states import (
    ATTEMPTED,
    ENDED,
    ABMetric,
    BulkCheck,
    CampaignStatus,
    CheckState,
    FollowUp,
    Reason,
    ReasonCode,
    RowState,
    accepted,
    empty_counts,
    error_reason,
    rows_left,
)
from mailer.store import followups
from mailer.store.campaigns import CampaignSummary
from mailer.store.journal import Journal
from mailer.store.lock import campaign_lock_path, is_locked, lock_folder
from mailer.transports.base import TransportFactory

if TYPE_CHECKING:
    from mailer.aws.account import AccountLimits
    from mailer.aws.poller import TrackingPoller
    from mailer.reports import CampaignRates, CampaignReport
    from mailer.sending.runner import CampaignRunner
    from mailer.sending.schedule import Scheduled, WindowGuard

SANDBOX_HELP = (
    "The SES account is in the sandbox: it sends only to verified addresses. "
    "Request production access in the SES console (Account dashboard > Request production "
    "access) or verify these recipients first."
)


def sender_settings(
    template: TemplateSet,
    *,
    from_header: str = "",
    reply_to: str = "",
    unsubscribe: Sequence[str] = (),
    profile: Profile | None = None,
) -> SenderSettings:
    """Command-line/app values first, then the template's defaults, then the profile's."""
    chosen = from_header or template.settings.from_addr or (profile.from_addr if profile else "")
    if not chosen:
        raise InputError(
            'No sender: give --from "Name <address>" (or set `from` in the template\'s '
            "template.toml, or a From address in the profile)."
        )
    return SenderSettings.parse(
        chosen,
        reply_to=reply_to or template.settings.reply_to or (profile.reply_to if profile else ""),
        unsubscribe=tuple(unsubscribe),
    )


def through_ses(profile: Profile) -> bool:
    """Whether mail of this profile goes through Amazon SES: the API, or SMTP to an SES
    endpoint (an SMTP profile without a host uses its region's SES endpoint)."""
    host = profile.smtp_host.strip().lower()
    return profile.kind == "ses" or (
        profile.kind == "smtp" and (not host or host.endswith(".amazonaws.com"))
    )


def campaign_audience(
    profile: Profile, name: str, from_addr: str
) -> tuple[ListManagement, tuple[str, ...]]:
    """The SES audience (contact list topic) a campaign goes to, with SES's
    preconditions checked: an InputError says what is missing (nothing is sent);
    returns the audience and warnings (no tracking: unsubscribes come back by sync)."""
    if not through_ses(profile):
        raise InputError(
            f"Audiences are Amazon SES's: profile {profile.name!r} sends through "
            f"{profile.kind}. Use an SES profile (API or SES SMTP), or drop --audience and "
            "give an https unsubscribe link (--unsubscribe URL)."
        )
    from mailer.aws.subscriptions import check_preconditions, resolve_audience

    audience = resolve_audience(profile, name)
    found = check_preconditions(profile, from_addr, audience)
    if found.missing:
        raise InputError(" ".join(found.missing) + " Nothing was sent.")
    return audience, found.warnings


def create_audience(profile: Profile, name: str, display_name: str = "") -> list[tuple[str, str]]:
    """Add an SES audience (a topic of the account's contact list, made on first use);
    ``name`` empty: made of the display name. Returns every (name, display name)."""
    from mailer.aws.subscriptions import create_audience as create
    from mailer.aws.subscriptions import suggest_topic_name

    found = create(profile, name.strip() or suggest_topic_name(display_name), display_name)
    return [(a.name, a.display_name) for a in found.audiences]


def list_audiences(profile: Profile) -> list[tuple[str, str]]:
    """The SES audiences of the profile's account: (name, display name) each."""
    from mailer.aws.subscriptions import audience_list

    found = audience_list(profile)
    return [(a.name, a.display_name) for a in found.audiences] if found else []


# -- the suppression list (the app's page; `mailer suppressions`) ------------------------

SUPPRESSION_CSV_HEADER = ("email", "kind", "detail", "added", "source")
# The detail of an address suppressed by hand (the app words it in the user's language).
ADDED_BY_HAND = "added by hand"


@dataclass(frozen=True)
class SuppressionRow:
    """One suppressed address or one unsubscribe, as the list page shows it."""

    email: str
    kind: str  # a mailer.states.SuppressionKind value
    detail: str  # the stored reason, or the audience ("" = everything) of an unsubscribe
    added: float
    source: str = ""


def suppression_rows(journal: Journal) -> list[SuppressionRow]:
    from mailer.store.suppression import listing

    return [
        SuppressionRow(e.email, e.kind.value, e.detail, e.added, e.source)
        for e in listing(journal.suppression)
    ]


def add_suppressions(journal: Journal, addresses: Iterable[str]) -> int:
    """Suppress addresses by hand; returns how many were new. InputError for text that
    is not an address (nothing is added then)."""
    from mailer.content.recipients import check_address

    wanted = [a.strip() for a in addresses if a.strip()]
    checked = [(a, *check_address(a)) for a in wanted]
    bad = [a for a, normalized, _why in checked if not normalized]
    if bad:
        raise InputError(
            f"{bad[0]!r} is not an e-mail address; nothing was added.",
            code=ErrorCode.NOT_AN_ADDRESS,
            params={"text": bad[0]},
        )
    return journal.suppression.add((n for _a, n, _why in checked), ADDED_BY_HAND)


def remove_suppression(journal: Journal, row: SuppressionRow) -> int:
    """Take one row off the list. For an unsubscribe this is a re-subscription: the
    caller has warned that it needs the person's consent."""
    from mailer.states import SuppressionKind

    if row.kind == SuppressionKind.UNSUBSCRIBED:
        return journal.suppression.resubscribe(row.email, row.detail)
    return int(journal.suppression.remove(row.email))


def export_suppressions(journal: Journal, path: Path) -> int:
    """The whole list as CSV (UTF-8 with a BOM, for Excel); returns the rows written."""
    import csv

    rows = suppression_rows(journal)
    try:
        with open(path, "w", newline="", encoding="utf-8-sig") as fh:
            writer = csv.writer(fh)
            writer.writerow(SUPPRESSION_CSV_HEADER)
            for r in rows:
                when = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(r.added))
                writer.writerow([r.email, r.kind, r.detail, when, r.source])
    except OSError as exc:
        raise InputError(f"Cannot write {path}: {exc.strerror}. Choose another file.") from exc
    return len(rows)


def import_suppressions(journal: Journal, path: Path) -> int:
    """Addresses from a CSV or text file (a column named email, else the first column)
    added by hand; returns how many were new."""
    from mailer.content.recipients import load_recipients
    from mailer.states import RowStatus

    table = load_recipients(path)
    found = [
        table.emails[i]
        for i, status in enumerate(table.statuses)
        if status in (RowStatus.VALID, RowStatus.DUPLICATE, RowStatus.SUPPRESSED)
    ]
    return journal.suppression.add(found, ADDED_BY_HAND)


@dataclass(frozen=True)
class BulkReport:
    """The Gmail/Yahoo bulk-sender checklist of one campaign (``content.compliance``)."""

    items: tuple[tuple[BulkCheck, CheckState, Mapping[str, Any]], ...]
    gmail_yahoo: int
    one_click_missing_for_bulk: bool


def bulk_sender_check(
    table: RecipientTable,
    template: TemplateSet,
    sender: SenderSettings,
    profile: Profile | None,
    *,
    audience: str = "",
    advertising: bool = False,
) -> BulkReport:
    """The checklist without network calls (DNS and SES: the set-up checklist)."""
    from mailer.content.compliance import check_campaign

    journal = open_journal()
    try:
        found = check_campaign(
            table,
            template,
            sender,
            profile=profile,
            audience=ListManagement("", audience) if audience else None,
            advertising=advertising,
            journal=journal,
            online=False,
        )
    finally:
        journal.close()
    items = tuple((i.key, i.state, i.facts) for i in found.items)
    return BulkReport(items, found.gmail_yahoo, found.one_click_missing_for_bulk)


def advertising_default(profile: Profile | None) -> bool:
    """Whether a new campaign is marked as advertising unless the user says otherwise:
    the profile's setting ("auto": on for Korean users)."""
    from mailer.content.advertising import default_advertising

    return default_advertising(profile.advertising if profile else "auto")


def check_template(table: RecipientTable, template: TemplateSet) -> None:
    missing = template.missing_variables(table.columns)
    if missing:
        raise TemplateError(
            f"The template {template.name!r} uses {', '.join(missing)}, which "
            f"{'is' if len(missing) == 1 else 'are'} not a column of {table.source.name} "
            f"(columns: {', '.join(table.columns)}). Add the column or fix the template."
        )


def sandbox_skips(
    table: RecipientTable, profile: Profile
) -> tuple[dict[int, Reason], AccountLimits | None]:
    """For an SES profile in the sandbox: rows whose address is not verified, with the reason."""
    if profile.kind != "ses":
        return {}, None
    from mailer.aws.account import fetch_limits, list_identities, sandbox_allows

    limits = fetch_limits(profile)
    if limits.production:
        return {}, limits
    identities = list_identities(profile)
    reason = Reason(ReasonCode.UNVERIFIED)
    skips = {
        i: reason for i in table.valid_indices() if not sandbox_allows(table.emails[i], identities)
    }
    return skips, limits


def account_limits(profile: Profile, journal: Journal | None = None) -> AccountLimits:
    """The profile's limits with "sent in the last 24 hours" as the runner counts it:
    the account's figure, or at least this app's own send log (outbox, SMTP)."""
    import dataclasses

    from mailer.aws.account import fetch_limits

    limits = fetch_limits(profile)
    opened = None
    if journal is None:
        journal = opened = open_journal()
    try:
        own = len(journal.send_log.times_since(time.time() - 24 * 3600, account_key(profile)))
    finally:
        if opened is not None:
            opened.close()
    return dataclasses.replace(limits, sent_last_24h=max(limits.sent_last_24h, own))


def same_account(a: Profile, b: Profile) -> bool:
    """Do sends through the two profiles count against one quota (one real account)?"""
    return account_key(a) == account_key(b)


def campaign_on_account(campaign_id: int, profile: Profile, journal: Path | None = None) -> bool:
    """Does the stored campaign send through the same account as ``profile``? (The app
    resumes a campaign the CLI started under another profile name: one quota.)"""
    from mailer.sending.plan import stored_profile

    store = open_journal(journal)
    try:
        return same_account(stored_profile(store, campaign_id), profile)
    except MailerError:
        return False
    finally:
        store.close()


def limits_by_default(profile: Profile) -> str:
    """What a profile that sets no rate or daily limit keeps (mailer.sending.plan):
    "unlimited" (the outbox, a plain SMTP server) or "ses_account" (the SES API, an
    SES SMTP endpoint: the account's limits, the sandbox's when they cannot be read)."""
    return "ses_account" if uses_ses_account(profile) else "unlimited"


# "row": the data row, as check, preview, --row and the app's table number it; "line":
# the file line where the row starts (they differ after a cell with line breaks).
EXPORT_HEADER = (
    "line", "recipient", "state", "message_id", "error", "attempts", "updated", "row",
)  # fmt: skip
_STATE_AT = EXPORT_HEADER.index("state")


@dataclass(frozen=True)
class ExportLabels:
    """Words for a results CSV in the user's language. The core never translates: the
    app makes these (Qt translations) and passes them in. With labels, the ``state``
    column keeps the machine-readable state code and a ``state_label`` column follows it
    with the state in words; the header names and the error column are in words too."""

    headers: Mapping[str, str]  # EXPORT_HEADER name (and "state_label") -> words
    state: Callable[[str], str]  # a state code -> its label
    error: Callable[[str, Reason], str]  # (stored error, reason) -> the error column


def export_results(
    journal: Journal, campaign_id: int, path: Path, labels: ExportLabels | None = None
) -> int:
    """One CSV row per recipient: result columns, then the file's own columns.
    UTF-8 with a BOM, so Excel (Korean Windows included) opens it right. Returns rows."""
    import csv

    # Not campaigns.get(): the export is what a user saves from a damaged campaign.
    journal.campaigns.require(campaign_id)
    columns = journal.campaigns.columns(campaign_id, damaged_ok=True)
    rows: Iterable[list[Any]] = journal.rows.export(campaign_id, labels.error if labels else None)
    if columns is None:  # the names are damaged, the cells are not: number them
        rows = list(rows)
        width = max((len(r) - len(EXPORT_HEADER) for r in rows), default=0)
        columns = [f"column {n}" for n in range(1, width + 1)]
    header = list(EXPORT_HEADER)
    if labels is not None:
        header.insert(_STATE_AT + 1, "state_label")
        header = [labels.headers.get(name, name) for name in header]
    count = 0
    try:
        with open(path, "w", newline="", encoding="utf-8-sig") as fh:
            writer = csv.writer(fh)
            writer.writerow([*header, *columns])
            for row in rows:
                if labels is not None:
                    row.insert(_STATE_AT + 1, labels.state(str(row[_STATE_AT])))
                writer.writerow(row)
                count += 1
    except OSError as exc:
        raise InputError(f"Cannot write {path}: {exc.strerror}. Choose another file.") from exc
    return count


def check_test_address(profile: Profile, address: str) -> None:
    """In the SES sandbox a test goes only to a verified address or the simulator."""
    if profile.kind != "ses":
        return
    from mailer.aws.account import fetch_limits, list_identities, sandbox_allows

    if not fetch_limits(profile).production and not sandbox_allows(
        address, list_identities(profile)
    ):
        raise InputError(f"{address} is not verified. {SANDBOX_HELP}")


TEST_TAGS = {"bulk_mailer": "test_send"}
# A test send is told from the campaign's message in the outbox and the inbox.
TEST_SUBJECT_PREFIX = "[TEST] "
TEST_HEADER = "X-Bulk-Mailer-Test"


def rendered_as_sent(
    template: TemplateSet,
    table: RecipientTable,
    index: int,
    sender: SenderSettings,
    *,
    advertising: bool,
) -> RenderedEmail:
    """Row ``index`` rendered as its campaign sends it: the sender's unsubscribe targets,
    and the Korean advertising marking when ``advertising`` (content.advertising). What
    the previews and test sends show (the app's and the CLI's)."""
    from mailer.content.advertising import mark_as_sent

    rendered = template.render(
        table.row(index), unsubscribe=sender.unsubscribe or None, email=table.emails[index]
    )
    return mark_as_sent(rendered, sender) if advertising else rendered


def build_test_message(
    email: RenderedEmail, *, to: str, sender: SenderSettings, prefix: bool = True
) -> bytes:
    """A row's message as a test send: ``[TEST]`` before the subject (unless ``prefix``
    is off) and an ``X-Bulk-Mailer-Test: 1`` header; otherwise the campaign's message."""
    from mailer.content.message import build_message

    if prefix and not email.subject.startswith(TEST_SUBJECT_PREFIX):
        email = dataclasses.replace(email, subject=TEST_SUBJECT_PREFIX + email.subject)
    return build_message(email, to=to, sender=sender, headers={TEST_HEADER: "1"})


def _marked_as_test(message: bytes) -> bytes:
    """The message with the test header, added in front when the caller built it without."""
    head = message.split(b"\r\n\r\n", 1)[0].lower()
    name = TEST_HEADER.lower().encode("ascii") + b":"
    if head.startswith(name) or b"\r\n" + name in head:
        return message
    return TEST_HEADER.encode("ascii") + b": 1\r\n" + message


def send_test(
    profile: Profile, message: bytes, *, sender: str, to: str, journal: Journal | None = None
) -> str:
    """Send one built message (``build_test_message``) to a test address; logged, never
    counted as a campaign send; it always carries the test header. Returns the message
    id; raises the transport's MailerError (logged too)."""
    from mailer.content.recipients import check_address
    from mailer.transports import make_transport_factory

    to, why = check_address(to.strip())
    if not to:
        raise InputError(
            f"The test address is not one e-mail address ({why or 'it is empty'}); "
            "give one address, e.g. you@example.com."
        )
    check_test_address(profile, to)
    message = _marked_as_test(message)
    journal = journal or open_journal()
    transport = make_transport_factory(profile, concurrency=1)()
    try:
        message_id = transport.send(message, sender=sender, recipient=to, tags=TEST_TAGS).message_id
    except MailerError as exc:
        journal.test_sends.log(profile.name, to, "", str(exc))
        raise
    finally:
        transport.close()
    journal.test_sends.log(profile.name, to, message_id)
    return message_id


def create_campaign(
    journal: Journal,
    *,
    name: str,
    table: RecipientTable,
    template: TemplateSet,
    sender: SenderSettings,
    profile: Profile,
    concurrency: int | None = None,
    skips: dict[int, Reason] | None = None,
    audience: ListManagement | None = None,
    advertising: bool = False,
    segment: str | None = None,
    window: str = "",
    repeat_exclude: Sequence[int] = (),
) -> int:
    """``audience``: SES manages the unsubscribes (``content.listmanagement``);
    ``advertising``: marked as advertising under Korean law (``content.advertising``)."""
    settings: dict[str, Any] = {
        "sender": {**asdict(sender), "unsubscribe": list(sender.unsubscribe)},
        "profile": profile.to_dict(),
        "concurrency": concurrency,
        "audience": audience.to_settings() if audience else None,
        "advertising": advertising,
        "segment": segment,
        "window": _window_text(window),
        # Campaigns the repeat check ignores, also when a draft is sent later ("send
        # again to ..." of campaign N: reaching N's recipients again is the point).
        "repeat_exclude": list(repeat_exclude),
    }
    return journal.campaigns.create(
        name=name, table=table, template=template, settings=settings, skips=skips
    )


# -- the journal --------------------------------------------------------------------------


def _window_text(window: str) -> str:
    from mailer.sending.schedule import SendWindow

    return SendWindow.parse(window).text() if window else ""


def journal_path(folder: Path | None = None) -> Path:
    """The campaign journal of a data folder (default: the user's data dir)."""
    return (folder or data_dir()) / "journal.sqlite3"


def open_journal(path: Path | None = None) -> Journal:
    return Journal(path or journal_path())


def suppressed_reasons(path: Path | None = None) -> dict[str, Reason]:
    """Who a file loaded in the app skips, with why: the suppression list and those
    unsubscribed from everything. (Unsubscribes from one audience are skipped when a
    campaign to that audience sends, since the audience is chosen later.)"""
    journal = open_journal(path)
    try:
        return journal.suppression.blocked("")
    finally:
        journal.close()


def suppressed_addresses(path: Path | None = None) -> set[str]:
    """The journal's suppression list (lower-case addresses), read and closed."""
    journal = open_journal(path)
    try:
        return journal.suppression.addresses()
    finally:
        journal.close()


# -- creating -------------------------------------------------------------------------------


@dataclass(frozen=True)
class CampaignDraft:
    """Everything needed to snapshot a new campaign into the journal."""

    name: str
    table: RecipientTable
    template: TemplateSet
    sender: SenderSettings
    profile: Profile
    concurrency: int | None = None
    audience: ListManagement | None = None  # an SES audience: SES manages unsubscribes
    audience_name: str = ""  # or its name, resolved and checked by ``create`` (the app)
    advertising: bool = False  # Korean advertising-mail rules ("(광고)", notice)
    # The repeat check (``repeat_check``): 0 = off. With ``skip_repeats`` the rows that
    # already received this template (or subject) within the window are skipped.
    repeat_window_days: float = 0.0
    skip_repeats: bool = True
    # The check as the front end just made it (the CLI, moments before): not made again.
    repeats: RepeatCheck | None = None
    # Campaigns not counted as earlier receipts: a "send again to ..." campaign's source
    # (its recipients are chosen because they got it).
    repeat_exclude: tuple[int, ...] = ()
    segment: str | None = None  # the filter (content.segments) that chose the rows
    window: str = ""  # daily send window, "09:00-20:00" (sending.schedule); "" = any time


@dataclass(frozen=True)
class Created:
    campaign_id: int
    unverified: int  # rows skipped because the SES sandbox would refuse them
    repeats: int = 0  # rows skipped because they already received it (repeat check)
    missing_attachments: int = 0  # rows skipped because their own attachment is missing


def create(journal: Journal, draft: CampaignDraft) -> Created:
    """Check and snapshot a new campaign; in an SES sandbox, unverified recipients are
    skipped (with that reason). Raises InputError when nothing could be sent."""
    from mailer.transports import check_settings

    check_settings(draft.profile)  # a campaign for settings that cannot work is never made
    check_template(draft.table, draft.template)
    audience = draft.audience
    if audience is None and draft.audience_name:  # SES's preconditions checked first
        audience, _ = campaign_audience(draft.profile, draft.audience_name, draft.sender.from_addr)
    if draft.segment and not draft.table.valid_indices():
        raise InputError(
            f"No valid recipient of {draft.table.source.name} matches the filter "
            f"{draft.segment!r}; change the filter (`mailer check --where ...` counts them)."
        )
    if not draft.table.valid_indices():
        raise InputError(
            f"{draft.table.source.name} has no valid recipient; `mailer check` says why."
        )
    skips, _ = sandbox_skips(draft.table, draft.profile)
    # Rows whose own attachment file is missing: skipped, or InputError ("block").
    skips.update(attachment_skips(draft.table, draft.template, draft.sender))
    # What `mailer check` calls NOT sendable is refused here, before a campaign exists.
    require_a_message(draft.table, draft.template, draft.sender, skips)
    valid = draft.table.valid_indices()
    repeats = 0
    if draft.skip_repeats and draft.repeat_window_days > 0:
        rest = [i for i in valid if i not in skips]
        check = draft.repeats or repeat_check(
            journal,
            draft.table,
            draft.template,
            window_days=draft.repeat_window_days,
            rows=rest,
            exclude=draft.repeat_exclude,
        )
        found = {i: why for i, why in check.skips.items() if i not in skips}
        skips, repeats = {**skips, **found}, len(found)
    if skips and len(skips) == len(valid):
        # Every row would be skipped: a campaign that can send nothing is refused.
        if repeats:
            going_out = any(why.params.get("going_out") for why in skips.values())
            raise InputError(
                f"Nothing to send: every valid recipient of {draft.table.source.name} "
                f"already received {draft.template.name!r} (or its subject) within the last "
                f"{draft.repeat_window_days:g} days"
                + (", or is getting it from a campaign sending now" if going_out else "")
                + ". To send it to them again, turn off skipping repeats (--include-repeats)."
            )
        if all(why.code is ReasonCode.ATTACHMENT_MISSING for why in skips.values()):
            raise InputError(
                f"Nothing to send: no valid recipient of {draft.table.source.name} has its "
                f"attachment file in {draft.template.attachments_base}; add the files."
            )
        raise InputError(
            f"Nothing to send: none of the {len(skips)} valid recipients of "
            f"{draft.table.source.name} is a verified identity. {SANDBOX_HELP}"
        )
    campaign_id = create_campaign(
        journal,
        name=draft.name,
        table=draft.table,
        template=draft.template,
        sender=draft.sender,
        profile=draft.profile,
        concurrency=draft.concurrency,
        skips=skips,
        audience=audience,
        advertising=draft.advertising,
        segment=draft.segment,
        window=draft.window,
        repeat_exclude=draft.repeat_exclude,
    )
    missing = sum(1 for why in skips.values() if why.code is ReasonCode.ATTACHMENT_MISSING)
    return Created(campaign_id, len(skips) - repeats - missing, repeats, missing)


def followup_table(
    journal: Journal,
    campaign_id: int,
    group: FollowUp,
    link: str | None = None,
    topic: str | None = None,
) -> RecipientTable:
    """ "Send again to ...": the recipients of an earlier campaign in ``group`` (non-openers,
    openers, clickers, soft-bounced, in doubt) as a table for a new campaign."""
    return followups.followup_table(journal, campaign_id, group, link=link, topic=topic)


# -- scheduled sends and A/B tests (mailer.sending.schedule / .abtest) ---------------------


def scheduled_campaigns(journal: Journal) -> list[Scheduled]:
    """Every scheduled campaign, soonest first (the app counts down to the first)."""
    from mailer.sending.schedule import scheduled

    return scheduled(journal)


def due_campaigns(
    journal: Journal, now: float | None = None
) -> tuple[list[Scheduled], list[Scheduled], list[Scheduled]]:
    """(due now, missed: due long ago while nothing ran, later)."""
    from mailer.sending.schedule import scheduled, split_due

    return split_due(scheduled(journal), time.time() if now is None else now)


def schedule_campaign(journal: Journal, campaign_id: int, at: datetime, window: str = "") -> None:
    """Store a start time (local, in the future) and an optional daily send window."""
    from mailer.sending.schedule import SendWindow, schedule

    if at.timestamp() <= time.time():
        raise InputError(f"{at:%Y-%m-%d %H:%M} is in the past: choose a later start time.")
    schedule(journal, campaign_id, at, SendWindow.parse(window) if window else None)


def set_send_window(journal: Journal, campaign_id: int, window: str) -> None:
    """Send only within these local hours every day ("09:00-20:00"; "" = any time)."""
    from mailer.sending.schedule import SendWindow

    text = SendWindow.parse(window).text() if window else ""
    journal.campaigns.update_settings(campaign_id, window=text)


def cancel_campaign(journal: Journal, campaign_id: int) -> None:
    """A campaign that has not started (scheduled, ready, draft) is cancelled: kept in
    the list, never sent. A running one is cancelled through its session instead."""
    campaign = journal.campaigns.get(campaign_id)
    if campaign.status not in (
        CampaignStatus.SCHEDULED,
        CampaignStatus.READY,
        CampaignStatus.DRAFT,
    ):
        raise InputError(
            f"Campaign {campaign_id} is {campaign.status.value}: cancel a running campaign "
            "from its page, or resume and then cancel it."
        )
    journal.campaigns.set_status(
        campaign_id, CampaignStatus.CANCELLED, Reason(ReasonCode.CANCELLED_BY_USER)
    )


def start_scheduled(journal: Journal, campaign_id: int) -> str:
    """A due (or missed, on the user's word) scheduled campaign becomes ready to run;
    an A/B test's rest gets its winner first. Returns the winner's letter ("" if none)."""
    from mailer.sending import abtest
    from mailer.sending.schedule import unschedule

    winner = ""
    if abtest.is_rest(journal.campaigns.get(campaign_id).settings):
        winner = abtest.decide(journal, campaign_id).winner.letter
    unschedule(journal, campaign_id)
    return winner


def template_subject(template: TemplateSet) -> str:
    """The template's subject line as written (subject.txt, Jinja), on one line: what an
    A/B subject test starts from."""
    return " ".join(template.sources.get(f"{template.name}/subject.txt", "").split())


def create_ab_test(
    journal: Journal,
    draft: CampaignDraft,
    subjects: Sequence[str],
    share_percent: float,
    wait_hours: float,
    metric: ABMetric,
    now: datetime | None = None,
) -> ABCreated:
    """An A/B subject test from the app, as `mailer send --ab-subject` makes it: one ready
    campaign per subject, each to ``share_percent`` of the valid rows (random, the same
    split for the same list), and the rest, scheduled ``wait_hours`` later, when the
    variant with the most unique opens (or clicks) is chosen and sent to it. The caller
    sends the variants (``CampaignSession`` / the app's send page); whoever starts due
    campaigns decides (``start_scheduled``). Nothing is left behind when it is refused."""
    from mailer.sending import abtest

    if draft.window:
        raise InputError("An A/B test starts now: leave out the send window.")
    lines = [" ".join(s.split()) for s in subjects]
    lines = [s for s in lines if s]
    if len(lines) < 2:
        raise InputError("An A/B test needs at least two subject lines: give one per variant.")
    if len(set(lines)) < len(lines):
        raise InputError("Two subject lines of the A/B test are the same: make them differ.")
    variants = [abtest.subject_variant(draft.template, s) for s in lines]  # TemplateError
    # Reproducible as the CLI's: the same list and variants split the same way.
    seed = zlib.crc32("\n".join([*draft.table.emails, *(v.name for v in variants)]).encode())
    plan = abtest.ABPlan(variants, share_percent / 100, wait_hours, metric, seed)
    made: list[int] = []

    def make(rows: RecipientTable, template: TemplateSet, name: str, ab: dict[str, Any]) -> int:
        part = dataclasses.replace(draft, table=rows, template=template, name=name)
        campaign_id = create(journal, part).campaign_id
        journal.campaigns.update_settings(campaign_id, ab=ab)
        made.append(campaign_id)
        return campaign_id

    try:
        return abtest.create(
            journal, make, draft.table, draft.name, plan, now or datetime.now().astimezone()
        )
    except MailerError:
        # A part refused (say the sandbox leaves one variant nobody): no half-made test
        # stays ready to send; the parts made are drafts, listed and never offered.
        for campaign_id in made:
            CampaignSession(journal, campaign_id).decline()
        raise


def clicked_links(journal: Journal, campaign_id: int) -> list[str]:
    """The links a campaign's recipients clicked, most clicked first (for "clickers of")."""
    return followups.clicked_links(journal, campaign_id)


def followup_draft(
    journal: Journal,
    campaign_id: int,
    group: FollowUp,
    template: TemplateSet,
    link: str | None = None,
) -> CampaignDraft:
    """ "Send again to ..." from the app: the group's rows, the chosen template, and the
    first campaign's sender and profile (its transport and account)."""
    from mailer.sending.plan import stored_profile

    first = journal.campaigns.get(campaign_id)
    table = followup_table(journal, campaign_id, group, link=link)
    stored = dict(first.settings["sender"])
    sender = SenderSettings(**{**stored, "unsubscribe": tuple(stored.get("unsubscribe", ()))})
    who = f"{group.value} of {link}" if link else group.value
    return CampaignDraft(
        name=f"{first.name} → {who}",
        table=table,
        template=template,
        sender=sender,
        profile=stored_profile(journal, campaign_id),
        segment=f"{who} of campaign {campaign_id}",
        repeat_exclude=(campaign_id,),
    )


def default_name(template: TemplateSet, table: RecipientTable) -> str:
    return f"{template.name} to {table.source.name}"


# -- the repeat check -----------------------------------------------------------------------

DAY = 24 * 3600
# Statuses of a campaign nobody confirmed or started: sending one later checks repeats
# again (``CampaignOverview.never_sent``).
NEVER_SENT = frozenset({CampaignStatus.DRAFT, CampaignStatus.READY})


@dataclass(frozen=True)
class RepeatCheck:
    """Rows whose address already received the same template (or subject) recently."""

    window_days: float
    skips: dict[int, Reason]  # row index -> ALREADY_RECEIVED with the earlier campaign
    campaigns: tuple[int, ...] = ()  # the earlier campaigns, newest first

    @property
    def count(self) -> int:
        return len(self.skips)

    @property
    def sending(self) -> int:
        """How many of them a campaign sending now is still to mail (not received yet)."""
        return sum(1 for why in self.skips.values() if why.params.get("going_out"))


def repeat_check(
    journal: Journal,
    table: RecipientTable,
    template: TemplateSet,
    *,
    window_days: float,
    rows: Iterable[int] | None = None,
    now: float | None = None,
    exclude: Sequence[int] = (),
) -> RepeatCheck:
    """Which of ``rows`` (default: the valid ones) already received a campaign made from
    a template of the same name, or with the same subject, in the last ``window_days``
    days (0: no check), ``exclude`` left out. SQL over the journal (``store.repeats``)."""
    from mailer.store.repeats import SUBJECT_PART, find_repeats, similar_campaigns

    if window_days <= 0:
        return RepeatCheck(window_days, {})
    since = (time.time() if now is None else now) - window_days * DAY
    subject = template.sources.get(f"{template.name}/{SUBJECT_PART}", "")
    earlier = similar_campaigns(journal, template.name, subject, since=since, exclude=exclude)
    indices = list(table.valid_indices() if rows is None else rows)
    found = find_repeats(journal, [table.emails[i] for i in indices], earlier, since=since)
    return _repeats(window_days, {indices[pos]: r for pos, r in found.items()})


def _repeats(window_days: float, found: Mapping[int, Any]) -> RepeatCheck:
    days = int(window_days) if float(window_days).is_integer() else window_days
    skips = {
        idx: Reason(
            ReasonCode.ALREADY_RECEIVED,
            {"days": days, "campaign": r.campaign_id, "when": round(r.when)}
            | ({"going_out": True} if r.sending else {}),
        )
        for idx, r in found.items()
    }
    earlier = tuple(sorted({r.campaign_id for r in found.values()}, reverse=True))
    return RepeatCheck(window_days, skips, earlier)


def skip_stored_repeats(
    journal: Journal, campaign_id: int, *, window_days: float, now: float | None = None
) -> RepeatCheck:
    """The repeat check again for a stored campaign's pending rows (a draft sent later:
    others may have gone out meanwhile); the rows found are marked skipped."""
    from mailer.store.repeats import SUBJECT_PART, similar_campaigns, stored_repeats

    if window_days <= 0:
        return RepeatCheck(window_days, {})
    since = (time.time() if now is None else now) - window_days * DAY
    template = journal.campaigns.template(campaign_id)
    subject = template.sources.get(f"{template.name}/{SUBJECT_PART}", "")
    stored = journal.campaigns.get(campaign_id).settings.get("repeat_exclude") or []
    exclude = (campaign_id, *(int(c) for c in stored))
    earlier = similar_campaigns(journal, template.name, subject, since=since, exclude=exclude)
    check = _repeats(window_days, stored_repeats(journal, campaign_id, earlier, since=since))
    if check.skips:
        journal.rows.skip(campaign_id, check.skips)
    return check


# -- what the journal holds -----------------------------------------------------------------


@dataclass(frozen=True)
class CampaignOverview:
    """A campaign with its counts per state, and what follows from them."""

    summary: CampaignSummary
    counts: dict[str, int]
    # The journal says it is sending, but no process holds its lock: it was killed.
    interrupted: bool = False
    # When its last message was sent (or tried): set by ``unfinished()`` only.
    last_sent: float | None = None
    # Hidden from the default lists and never offered for resuming (``archive_campaign``).
    archived: bool = False

    @property
    def id(self) -> int:
        return self.summary.id

    @property
    def status(self) -> CampaignStatus:
        """The status to show: the stored one, or ``INTERRUPTED``."""
        return CampaignStatus.INTERRUPTED if self.interrupted else self.summary.status

    @property
    def sent(self) -> int:
        return accepted(self.counts)

    @property
    def left(self) -> int:
        return rows_left(self.counts)

    @property
    def in_doubt(self) -> int:
        return self.counts.get(RowState.UNKNOWN, 0)

    @property
    def never_sent(self) -> bool:
        """A draft, or created and never run: nothing of it reached the transport."""
        return self.summary.status in NEVER_SENT and not self.started

    @property
    def started(self) -> bool:
        """Some row reached the transport: the user confirmed it and it began sending."""
        return any(self.counts.get(state, 0) for state in ATTEMPTED)

    @property
    def resumable(self) -> bool:
        if self.summary.damage:  # it cannot be read to send: exported, not resumed
            return False
        return self.left > 0 or self.status in (
            CampaignStatus.RUNNING,
            CampaignStatus.READY,
            CampaignStatus.DRAFT,
            CampaignStatus.INTERRUPTED,
        )

    @property
    def unfinished(self) -> bool:
        """Started sending, then stopped before the end with rows left (rows in doubt
        count: they can be resent). A draft, a cancelled campaign or one that never sent
        a message is not unfinished: nobody is asked to resume it."""
        return (
            not self.summary.damage
            and not self.archived
            and self.summary.status
            not in (CampaignStatus.FINISHED, CampaignStatus.CANCELLED, CampaignStatus.DRAFT)
            and self.started
            and rows_left(self.counts, include_unknown=True) > 0
        )


def overview(journal: Journal) -> list[CampaignOverview]:
    """Every campaign, newest first, with its counts. A damaged campaign is listed too,
    stopped, with the damage as its reason (so the others stay in reach). Archived ones
    are included, marked ``archived``: the front ends hide them by default."""
    found = []
    archived = journal.campaigns.archived()
    for c in journal.campaigns.all():
        try:
            counts = journal.rows.counts(c.id)
        except CampaignDamaged as exc:
            c = dataclasses.replace(
                c, status=CampaignStatus.STOPPED, reason=error_reason(exc), damage=str(exc)
            )
            counts = empty_counts()
        found.append(
            CampaignOverview(
                c, counts, interrupted=_interrupted(journal, c), archived=c.id in archived
            )
        )
    return found


def campaign_overview(journal: Journal, campaign_id: int) -> CampaignOverview:
    """One campaign with its counts (``overview`` for one)."""
    c = journal.campaigns.get(campaign_id)
    return CampaignOverview(
        c,
        journal.rows.counts(c.id),
        interrupted=_interrupted(journal, c),
        archived=c.id in journal.campaigns.archived(),
    )


def _interrupted(journal: Journal, c: CampaignSummary) -> bool:
    """Stored as in flight, yet its lock is free: the process sending it died."""
    if c.status in ENDED or c.status in (CampaignStatus.READY, CampaignStatus.DRAFT):
        return False
    return not is_locked(campaign_lock_path(lock_folder(journal.path), c.id))


def unfinished(journal: Journal) -> list[CampaignOverview]:
    """Campaigns that started sending and stopped before the end, each with when it
    last sent; the most recently sending first."""
    found = [
        dataclasses.replace(c, last_sent=journal.rows.last_sent(c.id))
        for c in overview(journal)
        if c.unfinished
    ]
    return sorted(found, key=lambda c: c.last_sent or 0.0, reverse=True)


def delete_campaign(journal: Journal, campaign_id: int) -> int:
    """Delete a campaign, its recipient rows and delivery events; returns the rows
    removed. Refused (InputError) while any process is sending it: its lock is taken
    for the deletion, so no run can start meanwhile. Its sends stay in the send log
    (the 24-hour quota counts them) and the suppression list is kept."""
    from mailer.store.lock import CampaignLock

    journal.campaigns.require(campaign_id)
    lock = CampaignLock(campaign_lock_path(lock_folder(journal.path), campaign_id))
    if is_locked(lock.path):
        raise _sending_now(campaign_id)
    try:
        lock.acquire()
    except JournalError as exc:
        if is_locked(lock.path):  # a run started in this very instant
            raise _sending_now(campaign_id) from exc
        raise
    try:
        return journal.campaigns.delete(campaign_id)
    finally:
        lock.release()
        with contextlib.suppress(OSError):
            lock.path.unlink()  # ids are never reused: nobody locks this one again


def archive_campaign(journal: Journal, campaign_id: int, *, archived: bool = True) -> None:
    """Archive a campaign (hidden from the default lists, never offered for resuming, kept
    for the reports and the repeat check) or bring it back. Refused while it is sending."""
    journal.campaigns.require(campaign_id)
    if archived and is_locked(campaign_lock_path(lock_folder(journal.path), campaign_id)):
        raise _sending_now(campaign_id, "archived")
    journal.campaigns.set_archived(campaign_id, archived)


def _sending_now(campaign_id: int, what: str = "deleted") -> InputError:
    verb = "delete" if what == "deleted" else "archive"
    return InputError(
        f"Campaign {campaign_id} is being sent right now, so it cannot be {what}. "
        f"Stop it (or wait for it to end), then {verb} it."
    )


# -- running --------------------------------------------------------------------------------

ErrorSink = Callable[[str], None]


class CampaignSession:
    """Runs one stored campaign: prepare, run with tracking alongside, report.

    ``pause``/``resume``/``stop``/``cancel`` are thread-safe and work before the runner
    exists (preparing an SES run asks AWS for limits first): they are replayed on it.
    ``transport_factory`` and ``limits`` replace the profile's (tests, benchmarks).
    ``unattended`` (the CLI): what would pause the run stops it instead, resumable.
    """

    def __init__(
        self,
        journal: Journal,
        campaign_id: int,
        *,
        profile: Profile | None = None,
        concurrency: int | None = None,
        build_processes: int | None = None,
        resend_unknown: bool = False,
        on_progress: ProgressCallback | None = None,
        on_tracking_error: ErrorSink | None = None,
        transport_factory: TransportFactory | None = None,
        limits: Limits | None = None,
        plan: RunPlan | None = None,
        unattended: bool = False,
    ) -> None:
        self.journal = journal
        self.unattended = unattended
        self.campaign_id = campaign_id
        self._profile = profile
        self._concurrency = concurrency
        self._build_processes = build_processes
        self._resend_unknown = resend_unknown
        self.on_progress = on_progress
        self._on_tracking_error = on_tracking_error or (lambda _message: None)
        self._factory = transport_factory
        self._limits = limits
        self.plan = plan
        self._lock = threading.Lock()
        self._runner: CampaignRunner | None = None
        self._paused_early = False
        self._stop_early: tuple[Reason, CampaignStatus] | None = None

    def prepare(self) -> RunPlan:
        """Transport, limits and options (asks AWS for limits on an SES profile)."""
        if self.plan is None:
            self.plan = prepare_run(
                self.journal,
                self.campaign_id,
                profile=self._profile,
                concurrency=self._concurrency,
                build_processes=self._build_processes,
                resend_unknown=self._resend_unknown,
            )
        return self.plan

    # -- control (any thread) ------------------------------------------------------------
    def pause(self) -> None:
        with self._lock:
            self._paused_early = True
            runner = self._runner
        if runner is not None:
            runner.pause()

    def resume(self) -> None:
        with self._lock:
            self._paused_early = False
            runner = self._runner
        if runner is not None:
            runner.resume()

    def cancel(self) -> None:
        self.stop(Reason(ReasonCode.CANCELLED_BY_USER), CampaignStatus.CANCELLED)

    def stop(self, why: Reason, status: CampaignStatus = CampaignStatus.STOPPED) -> None:
        with self._lock:
            self._stop_early = (why, status)
            runner = self._runner
        if runner is not None:
            runner.stop(why, status=status)

    def decline(self) -> None:
        """The user did not confirm: nothing was sent. The campaign is a draft: listed,
        sent only when asked for by id, never offered for resuming."""
        self.journal.campaigns.set_status(
            self.campaign_id, CampaignStatus.DRAFT, Reason(ReasonCode.NOT_CONFIRMED)
        )

    # -- the run (blocks) ----------------------------------------------------------------
    def run(self) -> Progress:
        from mailer.sending.runner import CampaignRunner

        plan = self.prepare()
        self._prepare_audience(plan)
        runner = CampaignRunner(
            self.journal,
            self.campaign_id,
            self._factory or plan.factory,
            self._limits or plan.limits,
            dataclasses.replace(plan.options, unattended=self.unattended),
            on_progress=self.on_progress,
        )
        with self._lock:
            self._runner = runner
            paused, stop = self._paused_early, self._stop_early
        if stop is not None:
            runner.stop(stop[0], status=stop[1])
        elif paused:
            runner.pause()
        tracking = self._start_tracking(plan)
        guard = self._window_guard(runner)
        try:
            return runner.run()
        finally:
            if guard is not None:
                guard.stop()
            if tracking is not None:
                tracking.stop()

    def _start_tracking(self, plan: RunPlan) -> TrackingPoller | None:
        """The events poller of a profile with a tracking queue; the AWS modules are
        imported only then (they cost an SMTP send ~15 ms before its first message)."""
        if not plan.options.watch_events:
            return None
        from mailer.aws.tracking import start_tracking

        return start_tracking(plan.profile, self.journal, on_error=self._on_tracking_error)

    def _window_guard(self, runner: CampaignRunner) -> WindowGuard | None:
        """A send window (``mailer send --window``): paused outside it, resumed inside."""
        from mailer.sending.schedule import WindowGuard, window_of

        window = window_of(self.journal.campaigns.get(self.campaign_id).settings)
        return WindowGuard(runner, window, time.time).start() if window else None

    def _prepare_audience(self, plan: RunPlan) -> None:
        """With an SES audience: unsubscribes read back from SES, then the recipients
        made contacts (``mailer.aws.subscriptions``). A failure (no permission, say)
        stops the campaign before anything is sent; it stays resumable."""
        from mailer.content.listmanagement import campaign_list_management

        settings = self.journal.campaigns.get(self.campaign_id).settings
        audience = campaign_list_management(settings)
        if audience is None or self._stop_early is not None:
            return
        from mailer.aws.subscriptions import prepare_send

        try:
            prepare_send(plan.profile, self.journal, self.campaign_id, audience)
        except MailerError as exc:
            self.journal.campaigns.set_status(
                self.campaign_id, CampaignStatus.STOPPED, error_reason(exc)
            )
            raise


# -- tracking while the app is open ---------------------------------------------------------


class Tracking:
    """SES notifications polled into the journal for one profile; owns its journal."""

    def __init__(self, poller: Any, journal: Journal, contact_sync: Any = None) -> None:
        self._poller = poller
        self._journal = journal
        self._contact_sync = contact_sync  # SES contact list unsubscribes, periodically

    def stop(self) -> None:
        self._poller.stop()
        if self._contact_sync is not None:
            self._contact_sync.stop()
        self._journal.close()


def track(profile: Profile, *, on_error: ErrorSink, journal: Path | None = None) -> Tracking | None:
    """Start polling the profile's tracking queue (None when it has none)."""
    from mailer.aws.tracking import start_tracking

    if profile.kind != "ses" or not profile.tracking_queue_url:
        return None
    store = open_journal(journal)
    poller = start_tracking(profile, store, on_error=on_error)
    if poller is None:
        store.close()
        return None
    from mailer.aws.subscriptions import ContactSync

    contact_sync = ContactSync(profile, store, on_error=on_error)
    contact_sync.start()
    return Tracking(poller, store, contact_sync)


# -- writing templates (the app's editor) ---------------------------------------------------


def user_templates_dir() -> Path:
    """Where the templates a user creates live: ``<data dir>/templates``."""
    return data_dir() / "templates"


def load_draft(folder: Path, edits: Mapping[str, str]) -> TemplateSet:
    """The template in ``folder`` as if ``edits`` (file name in the folder -> unsaved
    text) were saved: what the editor's live preview renders. Nothing is written."""
    overrides = {f"{folder.name}/{name}": text for name, text in edits.items()}
    return TemplateSet.load(folder, overrides=overrides)


def save_template_file(path: Path, text: str) -> None:
    """Save one template file atomically (a reader never sees half of it)."""
    from mailer.content.drafts import write_text_atomic

    write_text_atomic(path, text)


def new_template(starter: Path, name: str, dest_dir: Path | None = None) -> Path:
    """Copy the template folder ``starter`` to ``<dest_dir>/<name>`` (default: the
    user's templates folder) with the layouts and includes it uses from outside its
    folder, so the copy renders alike. Returns the new folder."""
    from mailer.content.drafts import check_template_name, copy_starter

    dest = (dest_dir or user_templates_dir()) / check_template_name(name)
    prefix = f"{starter.name}/"
    needed = [key for key in TemplateSet.load(starter).sources if not key.startswith(prefix)]
    return copy_starter(starter, dest, needed)


# -- reports -----------------------------------------------------------------------------


def campaign_report(journal: Journal, campaign_id: int) -> CampaignReport:
    """A campaign's figures (totals and rates, timeline, links, domains, reasons, cost):
    what `mailer report` prints and the app's Report tabs show."""
    from mailer.reports import campaign_report as compute

    return compute(journal, campaign_id)


def compare_campaigns(journal: Journal) -> list[CampaignRates]:
    """Every campaign that sent something, newest first, with its rates."""
    from mailer.reports import compare_campaigns as compare

    return compare(journal)


def report_json(report: CampaignReport) -> dict[str, Any]:
    from mailer.reports import to_json

    return to_json(report)


def export_report_csv(report: CampaignReport, path: Path) -> None:
    """The report as one CSV (a block per section), UTF-8 with a BOM for Excel."""
    from mailer.reports import write_csv

    write_csv(report, path)
