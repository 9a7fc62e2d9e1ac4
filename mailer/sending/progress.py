"""What a running campaign reports: totals, rate, ETA, recent errors, changed rows."""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field

ACCEPTED_STATES = ("sent", "delivered", "bounced", "soft_bounced", "complained")


def accepted(counts: dict[str, int]) -> int:
    """Messages the service accepted (whatever happened to them afterwards)."""
    return sum(counts.get(s, 0) for s in ACCEPTED_STATES)


def not_sent_yet(counts: dict[str, int]) -> int:
    return counts.get("pending", 0) + counts.get("sending", 0)


@dataclass(frozen=True)
class Progress:
    campaign_id: int
    status: str  # running | paused | waiting_quota | finished | stopped | cancelled
    counts: dict[str, int]
    total: int
    rate: float  # sends/s over the last few seconds
    max_rate: float  # 0 = unlimited
    eta_seconds: float | None
    waiting_until: float | None = None  # epoch, while waiting for the daily quota
    reason: str = ""  # why paused or stopped
    recent_errors: tuple[str, ...] = ()
    changes: tuple[tuple[int, str], ...] = ()  # (row index, new state) since the last report
    quota_used: int = 0
    quota_limit: int | None = None
    settled: int = 0  # unknown rows settled at start (found in / missing from the outbox)

    @property
    def sent(self) -> int:
        return accepted(self.counts)

    @property
    def remaining(self) -> int:
        return not_sent_yet(self.counts)

    @property
    def done(self) -> bool:
        return self.status in ("finished", "stopped", "cancelled")


class RateMeter:
    """Sends per second over a sliding window of ``span`` seconds."""

    def __init__(self, span: float = 5.0) -> None:
        self.span = span
        self._times: deque[float] = deque()

    def add(self, now: float) -> None:
        self._times.append(now)

    def rate(self, now: float) -> float:
        while self._times and self._times[0] < now - self.span:
            self._times.popleft()
        if len(self._times) < 2:
            return 0.0
        # n sends span n-1 intervals; measuring to `now` lets the figure fall when sends stop.
        return (len(self._times) - 1) / max(now - self._times[0], 1e-6)


@dataclass
class FailureWindow:
    """Decides when failures pile up: ``in_a_row`` consecutive failures, or more than
    ``share`` of the last ``size`` outcomes."""

    in_a_row: int = 10
    size: int = 200
    share: float = 0.05
    _outcomes: deque[bool] = field(default_factory=deque)
    _streak: int = 0

    def add(self, failed: bool) -> str | None:
        self._streak = self._streak + 1 if failed else 0
        self._outcomes.append(failed)
        if len(self._outcomes) > self.size:
            self._outcomes.popleft()
        if self._streak >= self.in_a_row:
            return f"{self._streak} messages in a row failed"
        fails = sum(self._outcomes)
        if len(self._outcomes) >= self.size and fails > self.share * self.size:
            return f"{fails} of the last {self.size} messages failed (over {self.share:.0%})"
        return None

    def reset(self) -> None:
        self._outcomes.clear()
        self._streak = 0
