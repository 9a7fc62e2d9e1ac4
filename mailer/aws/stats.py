"""The account's sending statistics: the SES console's two-week view.

v1 ``GetSendStatistics`` returns 15-minute points (delivery attempts, bounces,
complaints, rejects) for the last two weeks; SES reviews an account whose bounce rate
reaches 5% or complaint rate 0.1% (SES-FACTS.md), which the rates are shown against.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from mailer.aws import session as aws
from mailer.aws.errors import aws_errors, describe
from mailer.settings import Profile

BOUNCE_REVIEW = 0.05
COMPLAINT_REVIEW = 0.001


@dataclass(frozen=True)
class Point:
    time: dt.datetime  # UTC, the start of a 15-minute interval
    attempts: int
    bounces: int
    complaints: int
    rejects: int


@dataclass(frozen=True)
class SendStatistics:
    points: tuple[Point, ...]  # oldest first
    enforcement: str = ""  # HEALTHY | PROBATION | SHUTDOWN | "" (unknown)

    def _total(self, name: str) -> int:
        return sum(getattr(p, name) for p in self.points)

    @property
    def attempts(self) -> int:
        return self._total("attempts")

    @property
    def bounce_rate(self) -> float:
        return self._total("bounces") / self.attempts if self.attempts else 0.0

    @property
    def complaint_rate(self) -> float:
        return self._total("complaints") / self.attempts if self.attempts else 0.0

    @property
    def over_review_levels(self) -> bool:
        return self.bounce_rate >= BOUNCE_REVIEW or self.complaint_rate >= COMPLAINT_REVIEW

    def daily(self) -> list[tuple[dt.date, int, int, int, int]]:
        """(day in UTC, attempts, bounces, complaints, rejects) per day, oldest first."""
        days: dict[dt.date, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
        for p in self.points:
            day = days[p.time.date()]
            for i, value in enumerate((p.attempts, p.bounces, p.complaints, p.rejects)):
                day[i] += value
        return [(d, *v) for d, v in sorted(days.items())]  # type: ignore[misc]


def send_statistics(profile: Profile) -> SendStatistics:
    from mailer.aws.account import fetch_limits

    client = aws.make_client(profile, "ses")
    with aws_errors(where=describe(client), action="read the sending statistics"):
        reply = client.get_send_statistics()
    points = sorted(
        (
            Point(
                time=p["Timestamp"].astimezone(dt.UTC),
                attempts=int(p.get("DeliveryAttempts", 0)),
                bounces=int(p.get("Bounces", 0)),
                complaints=int(p.get("Complaints", 0)),
                rejects=int(p.get("Rejects", 0)),
            )
            for p in reply.get("SendDataPoints", [])
        ),
        key=lambda p: p.time,
    )
    return SendStatistics(tuple(points), fetch_limits(profile).enforcement)
