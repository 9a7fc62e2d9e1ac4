"""What a campaign report holds: plain frozen values, no Qt, no SQL.

Every rate carries what it is measured on (``Figure.base``): "opened 40%" means 40% of
the delivered messages, and the report says so. Opens are estimates (images blocked
by some mail programs, fetched ahead by privacy proxies such as Apple Mail Privacy
Protection): ``OPENS_NOTE`` is the sentence shown beside them.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from mailer.states import RowState

if TYPE_CHECKING:
    from mailer.reports.ab import ABReport


class Measure(StrEnum):
    """The report's totals, in the order they are shown."""

    RECIPIENTS = "recipients"
    SENT = RowState.SENT.value
    DELIVERED = RowState.DELIVERED.value
    HARD_BOUNCED = "hard_bounced"
    SOFT_BOUNCED = RowState.SOFT_BOUNCED.value
    COMPLAINED = RowState.COMPLAINED.value
    UNSUBSCRIBED = "unsubscribed"
    OPENED_UNIQUE = "opened_unique"
    OPENED_TOTAL = "opened_total"
    CLICKED_UNIQUE = "clicked_unique"
    CLICKED_TOTAL = "clicked_total"
    FAILED = RowState.FAILED.value
    IN_DOUBT = "in_doubt"
    SKIPPED = RowState.SKIPPED.value
    NOT_SENT = "not_sent"


class Base(StrEnum):
    """What a rate is measured on."""

    NONE = ""  # a count without a rate (total opens: one person opens many times)
    RECIPIENTS = "recipients"  # rows of the campaign
    ATTEMPTED = "attempted"  # rows handed to the transport: sent + failed + in doubt
    SENT = RowState.SENT.value  # accepted by SES (or the SMTP server)
    DELIVERED = RowState.DELIVERED.value  # accepted by the recipient's mail server


# SES reviews an account whose bounce rate passes 5% or complaint rate 0.1% (and may
# pause it at 10% / 0.5%); the report draws these levels on the two rates.
BOUNCE_REVIEW_RATE = 0.05
COMPLAINT_REVIEW_RATE = 0.001
REVIEW_LEVELS: dict[Measure, float] = {
    Measure.HARD_BOUNCED: BOUNCE_REVIEW_RATE,
    Measure.COMPLAINED: COMPLAINT_REVIEW_RATE,
}
# SES pricing (us-east-1 and most regions, 2026): per message sent, per GB of attachments.
PRICE_PER_MESSAGE = 0.10 / 1000
PRICE_PER_ATTACHMENT_GB = 0.12
GB = 1024**3

OPENS_NOTE = (
    "Opens are estimates: some mail programs block the tracking image (no open is "
    "counted) and privacy proxies such as Apple Mail load it for every message "
    "(an open is counted that no one made)."
)


@dataclass(frozen=True, slots=True)
class Figure:
    measure: Measure
    count: int
    base: Base = Base.NONE
    of: int = 0  # the base's size

    @property
    def rate(self) -> float | None:
        """count / base, or None without a base (or when the base is 0)."""
        return self.count / self.of if self.base is not Base.NONE and self.of else None

    @property
    def review_level(self) -> float | None:
        """SES's review level for this rate, if it has one."""
        return REVIEW_LEVELS.get(self.measure)

    @property
    def over_review_level(self) -> bool:
        level, rate = self.review_level, self.rate
        return level is not None and rate is not None and rate >= level


@dataclass(frozen=True, slots=True)
class Hour:
    """One hour of the timeline; ``start`` is epoch seconds (UTC hour boundary)."""

    start: int
    sends: int = 0
    deliveries: int = 0
    opens: int = 0
    clicks: int = 0


@dataclass(frozen=True, slots=True)
class LinkRow:
    url: str  # "" for clicks recorded before links were kept
    clickers: int  # recipients who clicked it (unique)
    clicks: int  # every click
    click_through: float | None  # clickers / delivered


@dataclass(frozen=True, slots=True)
class DomainRow:
    """A provider: gmail.com, naver.com, daum.net/hanmail.net ... or "others"."""

    group: str
    recipients: int
    sent: int
    delivered: int
    bounced: int  # hard and soft
    complained: int
    opened: int  # unique

    def rate(self, count: int, on_delivered: bool = False) -> float | None:
        base = self.delivered if on_delivered else self.sent
        return count / base if base else None


class ReasonKind(StrEnum):
    """Where a reason comes from: an SES event, or the send itself (the transport)."""

    HARD_BOUNCE = "hard_bounce"
    SOFT_BOUNCE = "soft_bounce"
    COMPLAINT = "complaint"
    REJECT = "reject"
    RENDERING_FAILURE = "rendering_failure"
    DELAY = "delay"
    SEND_FAILED = "send_failed"


@dataclass(frozen=True, slots=True)
class ReasonRow:
    kind: ReasonKind
    bounce_type: str  # SES bounceType / complaintFeedbackType
    subtype: str  # SES bounceSubType
    diagnostic: str  # SES diagnosticCode (or the send error)
    count: int  # events (send failures: rows)
    recipients: int  # distinct recipients
    examples: tuple[str, ...]  # up to three addresses


@dataclass(frozen=True, slots=True)
class Cost:
    messages: int
    attachment_bytes: int  # per message
    message_cost: float  # US dollars
    attachment_cost: float

    @property
    def total(self) -> float:
        return self.message_cost + self.attachment_cost


@dataclass(frozen=True, slots=True)
class CampaignReport:
    campaign_id: int
    name: str
    created: float
    status: str
    figures: tuple[Figure, ...]
    timeline: tuple[Hour, ...]
    links: tuple[LinkRow, ...]
    domains: tuple[DomainRow, ...]
    reasons: tuple[ReasonRow, ...]
    cost: Cost
    tracks_opens: bool  # any open or click recorded: tracking was on for this campaign
    ab: ABReport | None = None  # the A/B test this campaign is part of (reports.ab)

    def figure(self, measure: Measure) -> Figure:
        return next(f for f in self.figures if f.measure is measure)


@dataclass(frozen=True, slots=True)
class CampaignRates:
    """One line of the campaigns comparison."""

    campaign_id: int
    name: str
    created: float
    sent: int
    delivered: float | None  # of sent
    hard_bounced: float | None  # of sent
    complained: float | None  # of sent
    opened: float | None  # unique, of delivered
    clicked: float | None  # unique, of delivered
    unsubscribed: float | None  # of delivered
