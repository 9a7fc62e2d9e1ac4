"""What a running campaign reports, and the reporter that keeps it.

``Progress`` is the snapshot the CLI and the app show: totals, rate, ETA, the reason
for a pause, recent errors and the rows changed since the last snapshot.
``ProgressReporter`` keeps the live counts (moved by committed journal writes), the
recent errors and the send rate, and calls the progress callback at most ten times a
second whatever the send rate.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from mailer.sending.throttle import Clock
from mailer.states import (
    ENDED,
    NO_REASON,
    CampaignStatus,
    Reason,
    ReasonCode,
    RowState,
    accepted,
    error_params,
    reason,
    rows_left,
)

EMIT_EVERY = 0.1  # seconds between two progress callbacks (~10 a second at most)


@dataclass(frozen=True)
class Progress:
    campaign_id: int
    status: CampaignStatus
    counts: dict[str, int]
    total: int
    rate: float  # sends/s over the last few seconds
    max_rate: float  # 0 = unlimited
    eta_seconds: float | None
    waiting_until: float | None = None  # epoch, while waiting for the daily quota
    reason: Reason = NO_REASON  # why paused or stopped
    recent_errors: tuple[str, ...] = ()
    # Per recent error, its code and parameters (``states.error_params``; {} without a
    # code): the app words those errors in the user's language.
    recent_error_codes: tuple[Mapping[str, Any], ...] = ()
    changes: tuple[tuple[int, RowState], ...] = ()  # (row index, new state) since last report
    quota_used: int = 0
    quota_limit: int | None = None
    settled: int = 0  # unknown rows settled at start (found in / missing from the outbox)
    # The error a row is being retried after, until a message goes out again ("" when
    # none): a server that refuses every connection shows as retrying, not as a hang.
    retrying: str = ""

    @property
    def sent(self) -> int:
        return accepted(self.counts)

    @property
    def remaining(self) -> int:
        return rows_left(self.counts)

    @property
    def done(self) -> bool:
        return self.status in ENDED


ProgressCallback = Callable[[Progress], None]


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
    ``share`` of the last ``size`` outcomes. Returns the pause reason (without the last
    error, which the caller adds)."""

    in_a_row: int = 10
    size: int = 200
    share: float = 0.05
    _outcomes: deque[bool] = field(default_factory=deque)
    _streak: int = 0

    def add(self, failed: bool) -> Reason | None:
        self._streak = self._streak + 1 if failed else 0
        self._outcomes.append(failed)
        if len(self._outcomes) > self.size:
            self._outcomes.popleft()
        if self._streak >= self.in_a_row:
            return reason(ReasonCode.FAILED_IN_A_ROW, count=self._streak)
        fails = sum(self._outcomes)
        if len(self._outcomes) >= self.size and fails > self.share * self.size:
            return reason(ReasonCode.FAILED_SHARE, count=fails, size=self.size, share=self.share)
        return None

    def reset(self) -> None:
        self._outcomes.clear()
        self._streak = 0


@dataclass(frozen=True)
class RunState:
    """The run-control part of a snapshot (see control.RunControl.snapshot)."""

    status: CampaignStatus
    reason: Reason
    waiting_until: float | None


class ProgressReporter:
    """Live counts, recent errors and rate of one run; thread-safe."""

    def __init__(
        self,
        campaign_id: int,
        total: int,
        clock: Clock,
        on_progress: ProgressCallback | None,
    ) -> None:
        self.campaign_id = campaign_id
        self.total = total
        self.settled = 0
        self._clock = clock
        self._on_progress = on_progress
        self._lock = threading.Lock()
        self._counts: dict[str, int] = {}
        self._changes: list[tuple[int, RowState]] = []
        self.errors: deque[str] = deque(maxlen=5)
        self._causes: deque[dict[str, Any]] = deque(maxlen=5)  # error_params of each
        self._meter = RateMeter()
        self._last_emit = 0.0
        self._retrying = ""

    # -- counts ---------------------------------------------------------------------------
    def set_counts(self, counts: Mapping[str, int]) -> None:
        with self._lock:
            self._counts = dict(counts)

    def counts(self) -> dict[str, int]:
        with self._lock:
            return dict(self._counts)

    def moved(self, items: list[tuple[int, RowState, RowState]]) -> None:
        """Committed changes: (row, from state, to state)."""
        with self._lock:
            for idx, previous, state in items:
                self._counts[previous] = self._counts.get(previous, 0) - 1
                self._counts[state] = self._counts.get(state, 0) + 1
                self._changes.append((idx, state))

    def sent_one(self) -> None:
        self._meter.add(self._clock.monotonic())
        self._retrying = ""

    def retrying(self, text: str, cause: object = None) -> None:
        """A row goes back to be tried again after ``text``."""
        self.error(text, cause)
        self._retrying = text

    def error(self, text: str, cause: object = None) -> None:
        with self._lock:  # the two lists stay in step when workers fail together
            self.errors.append(text)
            self._causes.append(error_params(cause))  # the code the app words it from

    def last_error(self) -> str:
        return self.errors[-1] if self.errors else ""

    def last_error_params(self) -> dict[str, Any]:
        """The last error's code and parameters (``states.error_params``), or {}."""
        with self._lock:
            return dict(self._causes[-1]) if self._causes else {}

    # -- snapshots ------------------------------------------------------------------------
    def emit(self, state: RunState, pace: Pace, *, force: bool = False) -> None:
        if self._on_progress is None:
            return
        now = self._clock.monotonic()
        if not force and now - self._last_emit < EMIT_EVERY:
            return
        self._last_emit = now
        self._on_progress(self.snapshot(state, pace))

    def deliver(self, progress: Progress) -> None:
        """Hand a snapshot to the callback now (the final one)."""
        if self._on_progress is not None:
            self._on_progress(progress)

    def snapshot(self, state: RunState, pace: Pace) -> Progress:
        with self._lock:
            counts = dict(self._counts)
            changes, self._changes = tuple(self._changes), []
            errors, causes = tuple(self.errors), tuple(self._causes)
        rate = self._meter.rate(self._clock.monotonic())
        remaining = rows_left(counts)
        speed = rate or pace.rate
        return Progress(
            campaign_id=self.campaign_id,
            status=state.status,
            counts=counts,
            total=self.total,
            rate=rate,
            max_rate=pace.rate,
            eta_seconds=remaining / speed if speed > 0 else None,
            waiting_until=(
                state.waiting_until if state.status is CampaignStatus.WAITING_QUOTA else None
            ),
            reason=state.reason,
            recent_errors=errors,
            recent_error_codes=causes,
            changes=changes,
            quota_used=pace.used,
            quota_limit=pace.limit,
            settled=self.settled,
            retrying=self._retrying,
        )


@dataclass(frozen=True)
class Pace:
    """The pace figures a snapshot shows: current rate cap and quota use."""

    rate: float
    used: int
    limit: int | None
