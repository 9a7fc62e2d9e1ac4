from __future__ import annotations

from mailer.sending.guard import deliverability_problem
from mailer.states import Reason, ReasonCode, describe


def _counts(sent: int, bounced: int = 0, complained: int = 0) -> dict[str, int]:
    return {"sent": sent, "delivered": 0, "bounced": bounced, "complained": complained}


def test_quiet_below_100_sends_and_below_the_rates() -> None:
    assert deliverability_problem(_counts(50, bounced=20), (0, 0)) is None
    assert deliverability_problem(_counts(1000, bounced=40), (0, 0)) is None  # 4%


def test_bounces_over_5_percent_and_complaints_over_0_1_percent() -> None:
    bounce = deliverability_problem(_counts(100, bounced=10), (0, 0))
    assert bounce == Reason(ReasonCode.BOUNCE_RATE, {"count": 10, "total": 110})
    assert "10 of 110 messages bounced (9.1%); SES reviews accounts above 5%" in describe(bounce)
    complaint = deliverability_problem(_counts(1990, complained=3), (0, 0))
    assert complaint == Reason(ReasonCode.COMPLAINT_RATE, {"count": 3, "total": 1993})
    assert "recipients complained" in describe(complaint)


def test_after_resume_only_a_new_problem_pauses_again() -> None:
    counts = _counts(1000, bounced=80, complained=0)
    assert deliverability_problem(counts, (80, 0)) is None  # the user resumed at 80
    # A complaint arriving later is a new problem, even though bounces did not grow.
    later = deliverability_problem({**counts, "complained": 2}, (80, 0))
    assert later is not None and later.code is ReasonCode.COMPLAINT_RATE
