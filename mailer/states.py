"""The one vocabulary of states and reasons: every other module uses these values.

Recipient rows move ``pending -> sending -> sent -> delivered | bounced | soft_bounced |
complained``, or end ``failed``, ``skipped`` or ``unknown`` (crashed mid-send). A campaign
is ``ready`` until it runs, then ``running``/``paused``/``waiting_quota``, and ends
``finished``, ``stopped`` or ``cancelled``.

Reasons (why a row was skipped, why a run paused or stopped) travel as a code plus
parameters, never as finished sentences: the CLI makes English words of them with
:func:`describe`, the app makes words in the user's language. In the journal a reason
is stored as compact JSON (:meth:`Reason.encode`).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
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

    READY = "ready"
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
    INVALID = "invalid"  # params: why (email-validator's explanation)
    DUPLICATE = "duplicate"  # params: line (the first row's file line)
    SUPPRESSED = "suppressed"
    UNVERIFIED = "unverified"  # SES sandbox: not a verified identity
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
        params = {k: scrub(v) if isinstance(v, str) else v for k, v in self.params.items()}
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


# Parameters that are numbers wherever they occur (describe() and the app compute with them).
_NUMBERS = ("count", "total", "size", "share", "attempts")


NO_REASON = Reason()


def reason(code: ReasonCode, **params: Any) -> Reason:
    return Reason(code, params)


def error_reason(error: object) -> Reason:
    """A MailerError (or its sentence) as a reason."""
    return Reason(ReasonCode.ERROR, {"text": str(error)})


def describe(why: Reason) -> str:
    """English words for a reason (the CLI, logs, exports); the app translates itself."""
    p = why.params
    count, sent = int(p.get("count", 0)), int(p.get("total", 0))
    words: dict[ReasonCode, str] = {
        ReasonCode.NONE: "",
        ReasonCode.EMPTY: "empty",
        ReasonCode.INVALID: f"invalid address: {p.get('why', '')}",
        ReasonCode.DUPLICATE: f"duplicate of line {p.get('line', '?')}",
        ReasonCode.SUPPRESSED: "suppressed",
        ReasonCode.UNVERIFIED: "not a verified identity (SES sandbox)",
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
    }
    return words[why.code]


def _share(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def describe_text(stored: str) -> str:
    """English words for a reason as the journal stores it."""
    return describe(Reason.decode(stored))
