"""Where the workers take rows from: pending rows read from the journal in batches,
and the suppression list, re-read every few seconds so an address suppressed while
a campaign runs (a hard bounce, a complaint) is skipped from then on."""

from __future__ import annotations

import threading
from collections import deque

from mailer.sending.throttle import Clock
from mailer.states import SENDABLE, SENDABLE_WITH_UNKNOWN, Reason
from mailer.store.journal import Journal
from mailer.store.rows import PendingRow

BATCH = 256
SUPPRESSION_EVERY = 5.0  # seconds


class RowFeed:
    """Pending rows in order, each handed to exactly one worker."""

    def __init__(self, journal: Journal, campaign_id: int, *, resend_unknown: bool) -> None:
        self._journal = journal
        self._campaign_id = campaign_id
        self._states = SENDABLE_WITH_UNKNOWN if resend_unknown else SENDABLE
        self._rows: deque[PendingRow] = deque()
        self._after = -1
        self._lock = threading.Lock()

    def next(self) -> PendingRow | None:
        with self._lock:
            if not self._rows:
                batch = self._journal.rows.pending(
                    self._campaign_id, self._after, BATCH, self._states
                )
                if not batch:
                    return None
                self._rows.extend(batch)
                self._after = batch[-1].idx
            return self._rows.popleft()


class SuppressionCache:
    """Who to skip now, with why: the suppression list and the unsubscribes (from the
    campaign's audience ``topic`` or from everything), re-read every few seconds."""

    def __init__(self, journal: Journal, clock: Clock, topic: str | None = None) -> None:
        self._journal = journal
        self._clock = clock
        self._topic = topic
        self._blocked: dict[str, Reason] = {}
        self._read_at: float | None = None

    def reason(self, email: str) -> Reason | None:
        now = self._clock.monotonic()
        if self._read_at is None or now - self._read_at > SUPPRESSION_EVERY:
            self._blocked = self._journal.suppression.blocked(self._topic)
            self._read_at = now
        return self._blocked.get(email.strip().lower())

    def __contains__(self, email: str) -> bool:
        return self.reason(email) is not None
