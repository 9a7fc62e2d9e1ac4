"""The deliverability guard: the bounce and complaint rates at which SES puts an
account under review (5% and 0.1%). A campaign pauses there, with the figures."""

from __future__ import annotations

from collections.abc import Mapping

from mailer.states import Reason, ReasonCode, RowState, accepted, reason

MIN_SENT = 100  # below this, one bounce is not a rate
BOUNCE_LIMIT = 0.05
COMPLAINT_LIMIT = 0.001


def deliverability_problem(counts: Mapping[str, int], floor: tuple[int, int]) -> Reason | None:
    """Why to pause, or None. ``floor`` = (bounces, complaints) already seen when the
    user last resumed: the guard speaks again only when one of them grows."""
    sent = accepted(counts)
    bounced, complained = counts.get(RowState.BOUNCED, 0), counts.get(RowState.COMPLAINED, 0)
    if sent < MIN_SENT:
        return None
    if bounced > floor[0] and bounced / sent > BOUNCE_LIMIT:
        return reason(ReasonCode.BOUNCE_RATE, count=bounced, total=sent)
    if complained > floor[1] and complained / sent > COMPLAINT_LIMIT:
        return reason(ReasonCode.COMPLAINT_RATE, count=complained, total=sent)
    return None
