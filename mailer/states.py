"""The one vocabulary of states and reasons: every other module uses these values.

Recipient rows move ``pending -> sending -> sent -> delivered | bounced | soft_bounced |
complained``, or end ``failed``, ``skipped`` or ``unknown`` (crashed mid-send). A campaign
is ``ready`` until it runs (``draft`` if the user declined to send it), then
``running``/``paused``/``waiting_quota``, and ends ``finished``, ``stopped`` or ``cancelled``.

Reasons (why a row was skipped, why a run paused or stopped) travel as a code plus
parameters, never as finished sentences: the CLI makes English words of them with
:func:`describe`, the app makes words in the user's language. In the journal a reason
is stored as compact JSON (:meth:`Reason.encode`).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from mailer.redaction import scrub


class RowState(StrEnum):
    """Where one recipient of a campaign is."""

    PENDING = "pending"
    SENDING = "sending"
    SENT = "sent"
    DELIVERED = "delivered"
    BOUNCED = "bounced"
    SOFT_BOUNCED = "soft_bounced"
    COMPLAINED = "complained"
    FAILED = "failed"
    SKIPPED = "skipped"
    UNKNOWN = "unknown"


class CampaignStatus(StrEnum):
    """Where a whole campaign is."""

    # Created, never confirmed: the CLI's "Send now?" answered no (or no terminal to ask
    # in). Nothing was sent; it is sent only when asked for by id (resume), never offered.
    DRAFT = "draft"
    READY = "ready"
    # Waits for its start time (settings["scheduled_at"]); started by the app, by `mailer
    # send --at` waiting, or by `mailer run-due`; one missed by long is offered, not run.
    SCHEDULED = "scheduled"
    RUNNING = "running"
    PAUSED = "paused"
    WAITING_QUOTA = "waiting_quota"
    FINISHED = "finished"
    STOPPED = "stopped"
    CANCELLED = "cancelled"
    # Never stored: the journal says running/paused/waiting but no process holds the
    # campaign's lock (it was killed). ``service.CampaignOverview.status`` derives it.
    INTERRUPTED = "interrupted"


class RowStatus(StrEnum):
    """What loading a recipient file found about one row."""

    VALID = "valid"
    EMPTY = "empty"
    INVALID = "invalid"
    DUPLICATE = "duplicate"
    SUPPRESSED = "suppressed"


class EventKind(StrEnum):
    """What an SES notification reports about a sent message."""

    SEND = "send"
    DELIVERY = "delivery"
    BOUNCE = "bounce"
    COMPLAINT = "complaint"
    REJECT = "reject"
    DELAY = "delay"
    RENDERING_FAILURE = "rendering_failure"
    OPEN = "open"
    CLICK = "click"
    SUBSCRIPTION = "subscription"
    OTHER = "other"


class FollowUp(StrEnum):
    """Whom of a finished campaign "Send again to ..." picks."""

    NON_OPENERS = "non-openers"  # reached, no open or click recorded
    OPENERS = "openers"
    CLICKERS = "clickers"  # of any link, or of one link
    SOFT_BOUNCED = "soft-bounced"
    IN_DOUBT = "in-doubt"  # ``unknown``: may have been sent (crash mid-send)


class ABMetric(StrEnum):
    """What picks an A/B test's winner: unique opens (a click counts as an open) or clicks."""

    OPENS = "opens"
    CLICKS = "clicks"


class CheckState(StrEnum):
    """The outcome of one set-up check (a DNS record, an account setting)."""

    OK = "ok"
    MISSING = "missing"  # nothing published yet: publish the record shown
    WRONG = "wrong"  # something is published but it is not right
    UNREACHABLE = "unreachable"  # could not ask (DNS time-out, offline)


class SetupStep(StrEnum):
    """The steps of the SES set-up checklist, in order."""

    CREDENTIALS = "credentials"
    DOMAIN = "domain"
    MAIL_FROM = "mail_from"
    DMARC = "dmarc"
    PRODUCTION = "production"
    TRACKING = "tracking"
    AUDIENCES = "audiences"  # SES contact list and topics: unsubscribes without a web server


class SuppressionKind(StrEnum):
    """Why an address is on the suppression list (the list page and `mailer suppressions`)."""

    BOUNCED = "bounced"
    COMPLAINED = "complained"
    UNSUBSCRIBED = "unsubscribed"  # per SES topic (an audience) or from everything
    MANUAL = "manual"
    SES_ACCOUNT = "ses_account"  # SES's account-level suppression list
    OTHER = "other"


class BulkCheck(StrEnum):
    """The items of the per-campaign Gmail/Yahoo bulk-sender checklist (and the Korean
    advertising rules): ``mailer.content.compliance``."""

    AUTHENTICATION = "authentication"  # SPF/DKIM aligned with DMARC for the From domain
    ONE_CLICK = "one_click"  # List-Unsubscribe-Post one-click (SES audience or https URL)
    VISIBLE_LINK = "visible_link"  # an unsubscribe link in the body
    COMPLAINT_RATE = "complaint_rate"  # the last campaigns under 0.3%
    FROM_DOMAIN = "from_domain"  # not a free-mail domain (those fail DMARC alignment)
    ADVERTISING = "advertising"  # Korean law: "(광고)", sender, free unsubscribe notice
    CONSENT = "consent"  # Korean law: consent re-confirmed every two years


class ContentCheck(StrEnum):
    """Warnings about a campaign's content (``mailer.content.checks``): shown by
    `mailer check` and on Review & send; they never block a send."""

    HTML_CLIPPED = "html_clipped"  # params: size, limit (bytes): Gmail clips over ~102 KB
    LITTLE_TEXT = "little_text"  # params: chars, images: image-only or almost no text
    IMAGE_NO_ALT = "image_no_alt"  # params: src, where
    LINK_INVALID = "link_invalid"  # params: href, where
    LINK_HTTP = "link_http"  # params: href, where
    LINK_MISMATCH = "link_mismatch"  # params: shown, href, where (text shows another domain)
    SUBJECT_EMPTY = "subject_empty"  # params: count, row (0-based, the first)
    SUBJECT_LONG = "subject_long"  # params: length, limit, subject
    SUBJECT_CAPS = "subject_caps"  # params: subject
    CID_UNRESOLVED = "cid_unresolved"  # params: ref, where
    IMAGE_LARGE = "image_large"  # params: src, size, limit (not embedded: too big)
    IMAGE_MISSING = "image_missing"  # params: src, where (a relative src with no file)
    UNSUBSCRIBE_HTTP = "unsubscribe_http"  # params: url (no one-click unsubscribe for it)


# "The service accepted it": these count as sent in totals.
ACCEPTED: frozenset[RowState] = frozenset(
    {
        RowState.SENT,
        RowState.DELIVERED,
        RowState.BOUNCED,
        RowState.SOFT_BOUNCED,
        RowState.COMPLAINED,
    }
)
# An event may move a row only to a state of higher rank: a late Delivery never undoes
# a Bounce, and a row that was never sent is not moved by an event at all.
EVENT_RANK: Mapping[RowState, int] = {
    RowState.SENT: 1,
    RowState.DELIVERED: 2,
    RowState.SOFT_BOUNCED: 3,
    RowState.BOUNCED: 4,
    RowState.COMPLAINED: 5,
}
# A run ended in these; the others are in flight.
ENDED: frozenset[CampaignStatus] = frozenset(
    {CampaignStatus.FINISHED, CampaignStatus.STOPPED, CampaignStatus.CANCELLED}
)
# "The recipient got it": the rows the repeat check (``store.repeats``) counts as having
# received a campaign. Bounces did not arrive; a complaint did.
RECEIVED: frozenset[RowState] = frozenset({RowState.SENT, RowState.DELIVERED, RowState.COMPLAINED})
# A row that reached the transport (or was about to): the campaign had started sending.
ATTEMPTED: frozenset[RowState] = ACCEPTED | {RowState.FAILED, RowState.UNKNOWN, RowState.SENDING}
# A campaign that is sending now (a run holds it); its rows still to go count in the
# repeat check as about to be received, so a second send of the same list waits for none.
SENDING_NOW: frozenset[CampaignStatus] = frozenset(
    {CampaignStatus.RUNNING, CampaignStatus.PAUSED, CampaignStatus.WAITING_QUOTA}
)
ABOUT_TO_RECEIVE: frozenset[RowState] = frozenset(
    {RowState.PENDING, RowState.SENDING, RowState.UNKNOWN}
)
# The states a runner takes rows from.
SENDABLE: tuple[RowState, ...] = (RowState.PENDING,)
SENDABLE_WITH_UNKNOWN: tuple[RowState, ...] = (RowState.PENDING, RowState.UNKNOWN)


def accepted(counts: Mapping[str, int]) -> int:
    """Messages the service accepted (whatever happened to them afterwards)."""
    return sum(counts.get(s, 0) for s in ACCEPTED)


def rows_left(counts: Mapping[str, int], *, include_unknown: bool = False) -> int:
    """Rows still to send: pending and mid-send, plus ``unknown`` when they are to be
    resent. The one definition used by the runner, the CLI and the app."""
    left = counts.get(RowState.PENDING, 0) + counts.get(RowState.SENDING, 0)
    return left + (counts.get(RowState.UNKNOWN, 0) if include_unknown else 0)


def empty_counts() -> dict[str, int]:
    return {state.value: 0 for state in RowState}


class ReasonCode(StrEnum):
    """Why a row is skipped or failed, or why a run paused or stopped."""

    NONE = ""
    # a row, at load or at send time
    EMPTY = "empty"
    INVALID = "invalid"  # params: why (email-validator's English), problem, chars
    DUPLICATE = "duplicate"  # params: row (the first row's data row), line (its file line)
    SUPPRESSED = "suppressed"
    # params: topic ("" = every topic of the list), since (ISO date), source
    UNSUBSCRIBED = "unsubscribed"
    UNVERIFIED = "unverified"  # SES sandbox: not a verified identity
    # The same template (or subject) reached this address within the repeat window.
    # params: days (the window), campaign (the earlier campaign's id), when (epoch);
    # going_out: not received yet, that campaign is sending now (store.repeats)
    ALREADY_RECEIVED = "already_received"
    CRASHED = "crashed"  # the app stopped mid-send; it may or may not have gone out
    ERROR = "error"  # params: text (a MailerError's sentence)
    # a run
    PAUSED_BY_USER = "paused_by_user"
    CANCELLED_BY_USER = "cancelled_by_user"
    FAILED_IN_A_ROW = "failed_in_a_row"  # params: count, error
    FAILED_SHARE = "failed_share"  # params: count, size, share, error
    RETRIES_EXHAUSTED = "retries_exhausted"  # params: attempts, error
    BOUNCE_RATE = "bounce_rate"  # params: count, total
    COMPLAINT_RATE = "complaint_rate"  # params: count, total
    CLOSED = "closed"  # the app was closed while sending
    INTERRUPTED = "interrupted"  # Ctrl-C in the CLI
    NOT_CONFIRMED = "not_confirmed"  # the CLI's "Send now?" was answered no
    ATTACHMENT_MISSING = "attachment_missing"  # params: file (the row's attachment name)
    OUTSIDE_WINDOW = "outside_window"  # params: window ("09:00-20:00"), opens (epoch)
    MISSED_START = "missed_start"  # params: at (epoch): it was due while nothing ran


class AddressProblem(StrEnum):
    """What is wrong with an invalid address (the ``problem`` of an ``INVALID`` reason):
    email-validator explains in English only, so the app words these instead."""

    OTHER = "other"
    NO_AT = "no_at"  # no @-sign
    LOOKALIKE_AT = "lookalike_at"  # a full-width or small @ instead of the plain one
    NOTHING_BEFORE_AT = "nothing_before_at"
    NOTHING_AFTER_AT = "nothing_after_at"
    BAD_CHARS_BEFORE_AT = "bad_chars_before_at"  # params: chars (may be "")
    BAD_CHARS_AFTER_AT = "bad_chars_after_at"  # params: chars (may be "")
    UNSAFE_CHARS = "unsafe_chars"  # params: chars
    DOTS = "dots"  # a period at the start or end, or two in a row
    HYPHENS = "hyphens"  # a hyphen at the start or end of a domain part
    DOMAIN_NO_PERIOD = "domain_no_period"  # "example" instead of "example.com"
    DOMAIN_BAD_TLD = "domain_bad_tld"
    DOMAIN_RESERVED = "domain_reserved"  # example.invalid, localhost ...
    TOO_LONG = "too_long"
    EXTRA_TEXT = "extra_text"  # a display name, brackets, text after the address


@dataclass(frozen=True, slots=True)
class Reason:
    """A reason code with its parameters (plain JSON values)."""

    code: ReasonCode = ReasonCode.NONE
    params: Mapping[str, Any] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return self.code is not ReasonCode.NONE

    def get(self, name: str, default: Any = "") -> Any:
        return self.params.get(name, default)

    def encode(self) -> str:
        """Compact JSON for the journal ('' for no reason); texts scrubbed of secrets."""
        if not self:
            return ""
        params = {k: _scrubbed(v) for k, v in self.params.items()}
        return json.dumps({"code": self.code.value, **params}, ensure_ascii=False)

    @classmethod
    def decode(cls, text: str) -> Reason:
        """The stored form back; text written by an older version becomes ``ERROR``."""
        if not text:
            return NO_REASON
        try:
            data = json.loads(text)
            code = ReasonCode(data.pop("code"))
        except (ValueError, TypeError, KeyError, AttributeError):
            return cls(ReasonCode.ERROR, {"text": text})
        if any(
            not isinstance(data[name], int | float) or isinstance(data[name], bool)
            for name in _NUMBERS
            if name in data
        ):  # a damaged journal: the words made of it would fail on these
            return cls(ReasonCode.ERROR, {"text": text})
        return cls(code, data)


def _scrubbed(value: Any) -> Any:
    if isinstance(value, str):
        return scrub(value)
    if isinstance(value, dict):  # an error's parameters (error_params)
        return {k: _scrubbed(v) for k, v in value.items()}
    return value


# Parameters that are numbers wherever they occur (describe() and the app compute with them).
_NUMBERS = ("count", "total", "size", "share", "attempts")


NO_REASON = Reason()


def reason(code: ReasonCode, **params: Any) -> Reason:
    return Reason(code, params)


def error_reason(error: object) -> Reason:
    """A MailerError (or its sentence) as a reason; its error code and parameters go
    along (``error_params``), so the app can word it in the user's language."""
    return Reason(ReasonCode.ERROR, {"text": str(error), **error_params(error)})


def error_params(error: object) -> dict[str, Any]:
    """``{"error_code": ..., "error_params": {...}}`` of a MailerError that has a code
    (``mailer.errors.ErrorCode``), else ``{}``: added to reasons that carry an error."""
    code = str(getattr(error, "code", "") or "")
    if not code:
        return {}
    params = getattr(error, "params", {})
    return {"error_code": code, "error_params": dict(params) if params else {}}


def describe(why: Reason) -> str:
    """English words for a reason (the CLI, logs, exports); the app translates itself."""
    p = why.params
    count, sent = int(p.get("count", 0)), int(p.get("total", 0))
    words: dict[ReasonCode, str] = {
        ReasonCode.NONE: "",
        ReasonCode.EMPTY: "empty",
        ReasonCode.INVALID: f"invalid address: {p.get('why', '')}",
        ReasonCode.DUPLICATE: (
            f"duplicate of row {p['row']}"
            if "row" in p
            else f"duplicate of line {p.get('line', '?')}"
        ),
        ReasonCode.SUPPRESSED: "suppressed",
        ReasonCode.UNSUBSCRIBED: _unsubscribed(p),
        ReasonCode.UNVERIFIED: "not a verified identity (SES sandbox)",
        ReasonCode.ALREADY_RECEIVED: (
            f"getting this from campaign {p.get('campaign', '?')}, which is sending now"
            if p.get("going_out")
            else f"already received this within {_days(p.get('days', 0))} days "
            f"(campaign {p.get('campaign', '?')})"
        ),
        ReasonCode.CRASHED: (
            "The app stopped while this message was being sent; it may or may not have gone out."
        ),
        ReasonCode.ERROR: str(p.get("text", "")),
        ReasonCode.PAUSED_BY_USER: "Paused by you.",
        ReasonCode.CANCELLED_BY_USER: "Cancelled by you; the rest can be sent later with resume.",
        ReasonCode.FAILED_IN_A_ROW: (
            f"{p.get('count')} messages in a row failed. Last error: {p.get('error', '')}"
        ),
        ReasonCode.FAILED_SHARE: (
            f"{p.get('count')} of the last {p.get('size')} messages failed "
            f"(over {float(p.get('share', 0)):.0%}). Last error: {p.get('error', '')}"
        ),
        ReasonCode.RETRIES_EXHAUSTED: (
            f"One message failed {p.get('attempts')} times in a row: {p.get('error', '')}"
        ),
        ReasonCode.BOUNCE_RATE: (
            f"{count} of {sent} messages bounced ({_share(count, sent):.1%}); "
            "SES reviews accounts above 5%. Check the list before resuming."
        ),
        ReasonCode.COMPLAINT_RATE: (
            f"{count} of {sent} recipients complained ({_share(count, sent):.2%}); "
            "SES reviews accounts above 0.1%. Check the list before resuming."
        ),
        ReasonCode.CLOSED: "Paused because Bulk Mailer was closed; resume it to send the rest.",
        ReasonCode.INTERRUPTED: "Stopped by Ctrl-C.",
        ReasonCode.NOT_CONFIRMED: "Not confirmed.",
        ReasonCode.ATTACHMENT_MISSING: f"its attachment {p.get('file', '')} was not found",
        ReasonCode.OUTSIDE_WINDOW: (
            f"Outside the send window {p.get('window', '')}; it goes on by itself at "
            f"{_clock(p.get('opens'))}."
        ),
        ReasonCode.MISSED_START: (
            f"It was due at {_clock(p.get('at'))} while Bulk Mailer was not running: "
            "start it now, reschedule it or cancel it."
        ),
    }
    return words[why.code]


def _unsubscribed(p: Mapping[str, Any]) -> str:
    topic = str(p.get("topic", ""))
    since = str(p.get("since", ""))
    what = f"unsubscribed from {topic}" if topic else "unsubscribed from everything"
    return f"{what} ({since})" if since else what


def _clock(value: object) -> str:
    """An epoch time as local 'YYYY-MM-DD HH:MM' (the words of a reason)."""
    if not isinstance(value, int | float):
        return "?"
    return datetime.fromtimestamp(value).strftime("%Y-%m-%d %H:%M")


def _days(value: object) -> str:
    """A repeat window in days as a person writes it: 7, 0.5."""
    return f"{value:g}" if isinstance(value, int | float) else str(value)


def _share(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def describe_text(stored: str) -> str:
    """English words for a reason as the journal stores it."""
    return describe(Reason.decode(stored))
