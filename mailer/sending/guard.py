"""The deliverability guard: the bounce and complaint rates at which SES puts an
account under review (5% and 0.1%). A campaign pauses there, with the figures."""

from __future__ import annotations

from mailer.sending.progress import accepted

MIN_SENT = 100  # below this, one bounce is not a rate
BOUNCE_LIMIT = 0.05
COMPLAINT_LIMIT = 0.001


def deliverability_problem(counts: dict[str, int], floor: tuple[int, int]) -> str | None:
    """Why to pause, or None. ``floor`` = (bounces, complaints) already seen when the
    user last resumed: the guard speaks again only when one of them grows."""
    sent = accepted(counts)
    bounced, complained = counts.get("bounced", 0), counts.get("complained", 0)
    if sent < MIN_SENT:
        return None
    if bounced > floor[0] and bounced / sent > BOUNCE_LIMIT:
        return (
            f"Paused: {bounced} of {sent} messages bounced ({bounced / sent:.1%}); SES reviews "
            "accounts above 5%. Check the list before resuming."
        )
    if complained > floor[1] and complained / sent > COMPLAINT_LIMIT:
        return (
            f"Paused: {complained} of {sent} recipients complained ({complained / sent:.2%}); "
            "SES reviews accounts above 0.1%. Check the list before resuming."
        )
    return None
