"""Audiences on SES: the account's contact list, one topic per audience, contacts, and
unsubscribes coming back (docs/ses-subscriptions.md has the SES facts, numbered).

An *audience* is a topic of the account's one contact list (fact 1): the app creates
the list on first use (named ``bulk-mailer``, unless the account already has a list,
which is then used as it is) and a topic per audience the user names, with a display
name SES shows on its preferences page (any language). Topics of a list made outside
the app are kept: UpdateContactList replaces the whole topic list, so every update
sends the topics that were there.

Before a campaign with an audience is sent, its recipients become contacts
(``upsert_contacts``): CreateContact for each address not created before, in
parallel; an address already in the list is left exactly as it is, so an opt-out is
never undone. New topics default to OPT_IN: a contact created without preferences is
subscribed to each audience until it says otherwise (fact 9).

Unsubscribes flow back twice, both into ``journal.suppression`` (topic or everything,
with the time): SUBSCRIPTION events through the tracking queue (``store.events``) and
``sync_unsubscribes``, a pass over ListContacts (fact 8) run before each send, by
`mailer track` and periodically by the app. Both are idempotent.
"""

from __future__ import annotations

import dataclasses
import re
import threading
import time
import unicodedata
import zlib
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from mailer.aws import session as aws
from mailer.aws.errors import AWS_ERRORS, Family, aws_errors, classify, describe, to_mailer_error
from mailer.content.listmanagement import ListManagement
from mailer.errors import ConfigError, InputError, MailerError
from mailer.settings import Profile
from mailer.states import RowState
from mailer.store.journal import Journal
from mailer.store.suppression import Unsubscribe

DEFAULT_LIST = "bulk-mailer"
MAX_TOPICS = 20  # fact 1: a contact list has at most 20 topics
# fact 10: SES's names of this kind take up to 64 letters, digits, "-" and "_".
_TOPIC_NAME = re.compile(r"[A-Za-z0-9_-]{1,64}")
MAX_DISPLAY_NAME = 128
PAGE_SIZE = 1000  # ListContacts page (the largest SES accepts)
CONTACT_WORKERS = 4  # parallel CreateContact calls
SYNC_EVERY = 15 * 60.0  # seconds between ListContacts passes while the app is open
PERMISSIONS = (
    "ses:ListContactLists, ses:GetContactList, ses:CreateContactList, "
    "ses:UpdateContactList, ses:CreateContact, ses:ListContacts"
)
_HINTS = {
    Family.ACCESS_DENIED: f"allow {PERMISSIONS} for the IAM user or role of this profile",
    Family.LIMIT: "the account's one contact list has at most 20 topics; reuse an audience",
}


@dataclass(frozen=True)
class Audience:
    name: str  # the topic name (what the campaign and SES use)
    display_name: str  # what SES's preferences page shows
    description: str = ""
    default_status: str = "OPT_IN"


@dataclass(frozen=True)
class AudienceList:
    """The account's contact list and its topics (every one, the app's or not)."""

    contact_list: str
    audiences: tuple[Audience, ...]
    description: str = ""  # the list's own, kept when topics are added

    def find(self, name: str) -> Audience | None:
        return next((a for a in self.audiences if a.name == name), None)


def check_topic_name(name: str) -> str:
    """The name if SES would take it as a topic name; otherwise an InputError saying
    what to use instead (a suggestion made of the name)."""
    name = name.strip()
    if _TOPIC_NAME.fullmatch(name):
        return name
    suggestion = suggest_topic_name(name)
    if len(name) > 64:
        why = f"is {len(name)} characters long; SES takes at most 64"
    else:
        why = "has characters SES does not take in a topic name"
    raise InputError(
        f"The audience name {name!r} {why}: use letters A-Z, digits, '-' and '_' "
        f"(e.g. {suggestion!r}) and put the words people see, Korean included, in "
        "--display-name."
    )


def suggest_topic_name(text: str) -> str:
    """A topic name made of any text: ASCII letters and digits kept, the rest '-'."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^A-Za-z0-9_-]+", "-", ascii_text).strip("-").lower()[:64]
    return slug or f"audience-{zlib.crc32(text.encode()) % 10**6:06d}"


def _check_display_name(text: str) -> str:
    text = text.strip()
    if not text or len(text) > MAX_DISPLAY_NAME or any(ord(c) < 32 for c in text):
        raise InputError(
            f"The display name {text!r} cannot be used: give 1 to {MAX_DISPLAY_NAME} "
            "characters on one line (Korean is fine)."
        )
    return text


_SES_SMTP_REGION = re.compile(r"email-smtp(?:-fips)?\.([a-z0-9-]+)\.amazonaws\.com\.?\Z", re.I)


def _api(profile: Profile) -> Profile:
    """The profile for SES API calls: an SES SMTP profile without a region uses its
    endpoint's (email-smtp.REGION.amazonaws.com); its AWS credentials (an AWS profile
    or keys) are needed for the contact list, the SMTP password is not enough."""
    if profile.kind == "smtp" and not profile.region:
        match = _SES_SMTP_REGION.match(profile.smtp_host.strip())
        if match:
            return dataclasses.replace(profile, region=match.group(1).lower())
    return profile


# -- the list and its topics ------------------------------------------------------------


def audience_list(profile: Profile, *, client: Any = None) -> AudienceList | None:
    """The account's contact list with its topics; None when it has none yet."""
    profile = _api(profile)
    client = client or aws.make_client(profile, "sesv2")
    where = describe(client)
    with aws_errors(where=where, action="read the contact lists", hints=_HINTS):
        lists = client.list_contact_lists().get("ContactLists", [])
    if not lists:
        return None
    name = str(lists[0].get("ContactListName", ""))
    with aws_errors(where=where, action=f"read the contact list {name}", hints=_HINTS):
        reply = client.get_contact_list(ContactListName=name)
    topics = tuple(_audience(t) for t in reply.get("Topics") or ())
    return AudienceList(name, topics, str(reply.get("Description") or ""))


def _audience(topic: dict[str, Any]) -> Audience:
    return Audience(
        name=str(topic.get("TopicName", "")),
        display_name=str(topic.get("DisplayName", "")),
        description=str(topic.get("Description", "") or ""),
        default_status=str(topic.get("DefaultSubscriptionStatus", "OPT_IN")),
    )


def _topic(a: Audience) -> dict[str, str]:
    topic = {
        "TopicName": a.name,
        "DisplayName": a.display_name,
        "DefaultSubscriptionStatus": a.default_status,
    }
    if a.description:
        topic["Description"] = a.description
    return topic


def create_audience(
    profile: Profile, name: str, display_name: str = "", description: str = ""
) -> AudienceList:
    """Add an audience (a topic), creating the contact list on first use. An audience
    of that name that exists already is kept (its display name updated if given)."""
    profile = _api(profile)
    name = check_topic_name(name)
    wanted = Audience(name, _check_display_name(display_name or name), description.strip())
    client = aws.make_client(profile, "sesv2")
    where = describe(client)
    current = audience_list(profile, client=client)
    if current is None:
        with aws_errors(where=where, action="create the contact list", hints=_HINTS):
            client.create_contact_list(
                ContactListName=DEFAULT_LIST,
                Description="Audiences of Bulk Mailer",
                Topics=[_topic(wanted)],
            )
        return AudienceList(DEFAULT_LIST, (wanted,))
    existing = current.find(name)
    if existing is not None and (not display_name or existing.display_name == wanted.display_name):
        return current
    if existing is None and len(current.audiences) >= MAX_TOPICS:
        raise InputError(
            f"The contact list {current.contact_list} has {len(current.audiences)} "
            f"audiences already, the most SES allows ({MAX_TOPICS}); send to one of them "
            "or delete one in the SES console."
        )
    if existing is not None:  # a new display name; its default and description stay
        wanted = dataclasses.replace(
            existing,
            display_name=wanted.display_name,
            description=wanted.description or existing.description,
        )
    updated = tuple(wanted if a.name == name else a for a in current.audiences) + (
        () if existing is not None else (wanted,)
    )
    request: dict[str, Any] = {
        "ContactListName": current.contact_list,
        "Topics": [_topic(a) for a in updated],
    }
    if current.description:
        request["Description"] = current.description
    with aws_errors(where=where, action=f"add the audience {name}", hints=_HINTS):
        client.update_contact_list(**request)
    return AudienceList(current.contact_list, updated, current.description)


def resolve_audience(profile: Profile, name: str) -> ListManagement:
    """The contact list and topic for ``--audience NAME``; InputError when missing."""
    current = audience_list(profile)
    if current is None or current.find(name) is None:
        known = ", ".join(a.name for a in current.audiences) if current else ""
        raise InputError(
            f"There is no audience {name!r} in the SES account"
            + (f" (audiences: {known})" if known else "")
            + f"; create it with: mailer audiences --create {suggest_topic_name(name)} "
            '--display-name "..."'
        )
    return ListManagement(current.contact_list, name)


# -- contacts ----------------------------------------------------------------------------


@dataclass(frozen=True)
class UpsertResult:
    created: int
    existing: int  # already in SES's list: left untouched
    skipped: int  # created before (the journal remembers): not asked again


def upsert_contacts(
    profile: Profile,
    journal: Journal,
    audience: ListManagement,
    addresses: Iterable[str],
    *,
    workers: int = CONTACT_WORKERS,
) -> UpsertResult:
    """Make every address a contact of the list, in parallel (``workers`` calls at a
    time). An address SES already has is left alone (AlreadyExists): CreateContact never
    changes a contact's preferences, so an opt-out stays. Remembered in the journal,
    so a resume or the next campaign asks only about new addresses."""
    profile = _api(profile)
    known = journal.suppression.known_contacts(audience.contact_list)
    todo = sorted({a.strip().lower() for a in addresses} - known - {""})
    if not todo:
        return UpsertResult(0, 0, len(known))
    session = aws.make_session(profile)
    client = aws.make_client(profile, "sesv2", session=session, concurrency=workers)
    lock = threading.Lock()
    outcome = {"created": 0, "existing": 0}
    done: list[str] = []

    def create(address: str) -> None:
        try:
            client.create_contact(ContactListName=audience.contact_list, EmailAddress=address)
            kind = "created"
        except AWS_ERRORS as exc:
            if classify(exc).family is not Family.ALREADY_EXISTS:
                raise to_mailer_error(
                    exc,
                    where=describe(client),
                    action=f"add {address} to the contact list {audience.contact_list}",
                    hints=_HINTS,
                ) from exc
            kind = "existing"
        with lock:
            outcome[kind] += 1
            done.append(address)

    try:
        _in_parallel(create, todo, workers)
    finally:
        journal.suppression.add_contacts(audience.contact_list, done)  # what did happen
    return UpsertResult(outcome["created"], outcome["existing"], len(known))


def _in_parallel(work: Callable[[str], None], items: Sequence[str], workers: int) -> None:
    """Run ``work`` on every item; the first MailerError stops the rest and is raised."""
    failed = threading.Event()

    def guarded(item: str) -> None:
        if not failed.is_set():
            try:
                work(item)
            except MailerError:
                failed.set()
                raise

    with ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
        futures = [pool.submit(guarded, item) for item in items]
    for future in futures:
        future.result()  # raises the first failure, in order


# -- unsubscribes back from SES -----------------------------------------------------------


@dataclass(frozen=True)
class SyncResult:
    contacts: int  # contacts read
    opted_out: int  # unsubscribes found (per topic or all)
    new: int  # of those, not recorded before


def read_opt_outs(profile: Profile, *, client: Any = None) -> tuple[int, list[Unsubscribe]]:
    """Every unsubscribe SES's contact list holds: UnsubscribeAll (topic "") and each
    topic preference OPT_OUT, with the contact's last-updated time. One unfiltered pass
    (ListContacts's filter cannot ask for UnsubscribeAll, fact 8)."""
    profile = _api(profile)
    client = client or aws.make_client(profile, "sesv2")
    current = audience_list(profile, client=client)
    if current is None:
        return 0, []
    found: list[Unsubscribe] = []
    count = 0
    for contact in _contacts(client, current.contact_list, None):
        count += 1
        found.extend(_opt_outs(contact))
    return count, found


def topic_opt_outs(profile: Profile, audience: ListManagement) -> list[str]:
    """Addresses that opted out of one topic: ListContacts filtered by OPT_OUT for it."""
    profile = _api(profile)
    client = aws.make_client(profile, "sesv2")
    query = {"FilteredStatus": "OPT_OUT", "TopicFilter": {"TopicName": audience.topic}}
    return [
        str(c.get("EmailAddress", "")).lower()
        for c in _contacts(client, audience.contact_list, query)
    ]


def sync_unsubscribes(profile: Profile, journal: Journal) -> SyncResult:
    """Record the contact list's unsubscribes in the journal (idempotent)."""
    count, found = read_opt_outs(profile)
    new = journal.suppression.unsubscribe(found)
    return SyncResult(count, len(found), new)


def _contacts(
    client: Any, contact_list: str, query: dict[str, Any] | None
) -> Iterable[dict[str, Any]]:
    token = ""
    while True:
        kwargs: dict[str, Any] = {"ContactListName": contact_list, "PageSize": PAGE_SIZE}
        if query:
            kwargs["Filter"] = query
        if token:
            kwargs["NextToken"] = token
        with aws_errors(
            where=describe(client), action=f"read the contacts of {contact_list}", hints=_HINTS
        ):
            reply = client.list_contacts(**kwargs)
        yield from (c for c in reply.get("Contacts", []) if isinstance(c, dict))
        token = str(reply.get("NextToken") or "")
        if not token:
            return


def _opt_outs(contact: dict[str, Any]) -> list[Unsubscribe]:
    email = str(contact.get("EmailAddress", "")).strip().lower()
    if not email:
        return []
    when = _epoch(contact.get("LastUpdatedTimestamp"))
    if contact.get("UnsubscribeAll") is True:
        return [Unsubscribe(email, "", when, "ses-contact-list")]
    return [
        Unsubscribe(email, str(p.get("TopicName", "")), when, "ses-contact-list")
        for p in contact.get("TopicPreferences") or ()
        if isinstance(p, dict) and p.get("SubscriptionStatus") == "OPT_OUT" and p.get("TopicName")
    ]


def _epoch(value: object) -> float:
    if isinstance(value, datetime):
        return value.timestamp()
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str):
        try:
            return datetime.fromisoformat(value.replace("Z", "+00:00")).timestamp()
        except ValueError:
            pass
    return time.time()


def resubscribe(profile: Profile | None, journal: Journal, address: str, topic: str) -> int:
    """The user's explicit re-subscription of one address to one audience (the caller
    has warned that this needs the person's consent). SES's contact is set to OPT_IN
    for the topic (and UnsubscribeAll off) first, so the next sync does not bring the
    unsubscribe back; then the journal forgets it. Returns the rows removed."""
    if profile is not None:
        profile = _api(profile)
    email = address.strip().lower()
    if profile is not None and profile.kind == "ses":
        client = aws.make_client(profile, "sesv2")
        current = audience_list(profile, client=client)
        if current is not None:
            with aws_errors(where=describe(client), action=f"re-subscribe {email}", hints=_HINTS):
                client.update_contact(
                    ContactListName=current.contact_list,
                    EmailAddress=email,
                    TopicPreferences=[{"TopicName": topic, "SubscriptionStatus": "OPT_IN"}]
                    if topic
                    else [],
                    UnsubscribeAll=False,
                )
    removed = journal.suppression.resubscribe(email, topic)
    if topic:
        removed += journal.suppression.resubscribe(email, "")
    return removed


class ContactSync:
    """``sync_unsubscribes`` every ``every`` seconds in a daemon thread (the app)."""

    def __init__(
        self,
        profile: Profile,
        journal: Journal,
        *,
        on_error: Callable[[str], object] | None = None,
        every: float = SYNC_EVERY,
    ) -> None:
        self._profile = profile
        self._journal = journal
        self._on_error = on_error or (lambda _m: None)
        self._every = every
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="ses-contact-sync", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 1.0) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)

    def _run(self) -> None:
        last = ""
        while not self._stop.is_set():
            try:
                sync_unsubscribes(self._profile, self._journal)
                last = ""
            except MailerError as exc:
                if str(exc) != last:  # said once, not every quarter of an hour
                    self._on_error(str(exc))
                last = str(exc)
            self._stop.wait(self._every)


# -- before a send ------------------------------------------------------------------------


def prepare_send(
    profile: Profile, journal: Journal, campaign_id: int, audience: ListManagement
) -> tuple[SyncResult, UpsertResult]:
    """Before (or on resume of) a campaign with an audience: SES's unsubscribes into
    the journal first (the runner then skips them), then every row still to send made
    a contact of the list."""
    synced = sync_unsubscribes(profile, journal)
    addresses: list[str] = []
    after = -1
    while True:
        rows = journal.rows.pending(campaign_id, after, 5000, (RowState.PENDING, RowState.UNKNOWN))
        if not rows:
            break
        addresses.extend(r.email for r in rows if not r.damage)
        after = rows[-1].idx
    blocked = journal.suppression.blocked(audience.topic)
    wanted = [a for a in addresses if a.strip().lower() not in blocked]
    return synced, upsert_contacts(profile, journal, audience, wanted)


@dataclass(frozen=True)
class Preconditions:
    missing: tuple[str, ...]  # SES would not manage unsubscribes: do not send
    warnings: tuple[str, ...]  # it works, with less


def check_preconditions(
    profile: Profile, from_addr: str, audience: ListManagement
) -> Preconditions:
    """What SES's subscription management needs and this account lacks, as sentences
    (fact 6: the From domain signed with Easy DKIM; the list and topic must exist).
    Without SUBSCRIPTION events on the configuration set, unsubscribes come back only
    through the contact list sync: a warning."""
    profile = _api(profile)
    from mailer.aws.identities import domain_identity

    missing: list[str] = []
    domain = from_addr.rpartition("@")[2].strip(" >").lower()
    try:
        dkim = domain_identity(profile, domain).dkim_status
    except ConfigError:  # not an identity
        dkim = ""
    if dkim != "SUCCESS":
        missing.append(
            f"SES adds unsubscribe links only to mail signed with Easy DKIM: verify the "
            f"domain {domain} with Easy DKIM (mailer verify {domain}) and publish its "
            "CNAME records."
        )
    current = audience_list(profile)
    if current is None or current.find(audience.topic) is None:
        missing.append(
            f"The audience {audience.topic!r} does not exist in the SES contact list; "
            f"create it with: mailer audiences --create {audience.topic}"
        )
    elif current.contact_list != audience.contact_list:
        missing.append(
            f"The account's contact list is now {current.contact_list}, not "
            f"{audience.contact_list}; start a new campaign."
        )
    warnings = []
    if not profile.tracking_queue_url:
        warnings.append(
            "Delivery tracking is not set up, so unsubscribes come back only through the "
            "contact list sync (before each send); run: mailer track --setup"
        )
    return Preconditions(tuple(missing), tuple(warnings))


__all__ = [
    "DEFAULT_LIST",
    "MAX_TOPICS",
    "Audience",
    "AudienceList",
    "ContactSync",
    "Preconditions",
    "SyncResult",
    "UpsertResult",
    "audience_list",
    "check_preconditions",
    "check_topic_name",
    "create_audience",
    "prepare_send",
    "read_opt_outs",
    "resolve_audience",
    "resubscribe",
    "suggest_topic_name",
    "sync_unsubscribes",
    "topic_opt_outs",
    "upsert_contacts",
]
