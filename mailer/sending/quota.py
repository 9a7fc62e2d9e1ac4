"""The rolling 24-hour quota of an account, shared by every runner on the journal.

Two processes (or two campaigns) sending on one account share one daily cap: slots
are reserved in the journal before they are used (``journal.send_log.reserve``: one
transaction for a batch of slots), so what another runner holds or has sent counts
at once. Taking a slot from the batch costs no journal access, which keeps the hot
path fast; a send logged gives its slot of the hold back in the same transaction
(``log_sends``), and the run drops what it still holds when it ends.

A run that died (SIGKILL, power cut) leaves its hold behind; a hold whose campaign
lock is free is such a leftover and is dropped when it stands in the way.
"""

from __future__ import annotations

import logging
import math
import threading
from pathlib import Path

from mailer.errors import JournalError
from mailer.sending.throttle import DAY, SYSTEM_CLOCK, Clock
from mailer.store.journal import Journal
from mailer.store.lock import campaign_lock_path, is_locked
from mailer.store.send_log import LogWindow, QuotaView

log = logging.getLogger(__name__)

MAX_BATCH = 256  # slots reserved at once without a rate limit
BATCH_SECONDS = 0.5  # ... with one: about this long of sending
HELD_RETRY = 2.0  # seconds: when others hold the slots, they free up soon (or get used)


def quota_batch(rate: float) -> int:
    """Slots to reserve at once at ``rate`` sends/s (0 = no limit)."""
    if rate <= 0 or not math.isfinite(rate):
        return MAX_BATCH
    return max(1, min(MAX_BATCH, math.ceil(rate * BATCH_SECONDS)))


class SharedQuota:
    """``limit`` sends per rolling 24 hours for ``account`` (None = no cap), counted
    over every campaign on the journal. ``account_sent``: what the account reports
    sent in the last 24 hours (SES); what it counts beyond the log is taken as sent
    now. Thread-safe."""

    def __init__(
        self,
        journal: Journal,
        account: str,
        campaign_id: int,
        limit: int | None,
        *,
        lock_dir: Path,
        account_sent: int = 0,
        batch: int = 1,
        clock: Clock = SYSTEM_CLOCK,
    ) -> None:
        self._journal = journal
        self._account = account
        self._window = LogWindow(account)
        self._campaign_id = campaign_id
        self._lock_dir = lock_dir
        self._account_sent = account_sent
        self._extra = 0  # sends the account reports beyond the log (set by start)
        self._batch = max(1, batch)
        self._clock = clock
        self._lock = threading.Lock()
        self.limit = limit
        self._free = 0  # slots of our hold no worker has taken
        self._taken = 0  # slots taken since the last look (when there is no cap)
        self._view = QuotaView(0, 0, 0, 0, None)
        self._full_until = 0.0

    # -- the run's start and end (the runner holds the campaign lock) --------------------
    def start(self) -> None:
        """Drop the hold a dead run of this campaign left, and look at the window."""
        with self._lock:
            self._journal.send_log.release(self._campaign_id)
            self._prune_dead()
            self._view = self._reserve(0)
            self._extra = max(0, self._account_sent - self._view.logged)
            self._free = self._taken = 0

    def close(self) -> None:
        """The run ended: what it still holds is free for the others."""
        with self._lock:
            self._free = 0
            try:
                self._journal.send_log.release(self._campaign_id)
            except JournalError as exc:  # dropped by the next start, or as a dead hold
                log.warning("could not drop the quota hold: %s", exc)

    # -- the workers ----------------------------------------------------------------------
    def try_take(self) -> float | None:
        """Take one send: None if taken, else the epoch time when to try again."""
        with self._lock:
            now = self._clock.time()
            if now < self._full_until:
                return self._full_until
            if self.limit is None:
                self._taken += 1
                return None
            if not self._free:
                view = self._reserve(self._batch)
                if not view.granted and view.held_by_others and self._prune_dead():
                    view = self._reserve(self._batch)
                self._view, self._free, self._taken = view, view.granted + self._free, 0
                if not self._free:
                    return self._free_at(view, now)
            self._free -= 1
            return None

    def give_back(self) -> None:
        """Undo a take: the send never reached the service (its slot stays ours)."""
        with self._lock:
            if self.limit is None:
                self._taken = max(0, self._taken - 1)
            else:
                self._free += 1

    def exhausted_by_service(self, retry_at: float | None = None) -> float:
        """The service said the quota is used up: hold off until ``retry_at`` or until
        the oldest logged send leaves the window (at most an hour from now)."""
        with self._lock:
            now = self._clock.time()
            oldest = self._view.oldest
            later = oldest + DAY if oldest is not None and oldest + DAY > now else now + 3600
            self._full_until = retry_at or min(later, now + 3600)
            return self._full_until

    def used(self) -> int:
        """Sends in the window as of the last look (for progress; no journal access)."""
        with self._lock:
            return self._extra + self._view.used - self._free + self._taken

    def remaining(self) -> int | None:
        if self.limit is None:
            return None
        return max(0, self.limit - self.used())

    # -- the journal ------------------------------------------------------------------------
    def _reserve(self, want: int) -> QuotaView:
        now = self._clock.time()
        cap = (self.limit if self.limit is not None else 0) - self._extra
        return self._journal.send_log.reserve(
            self._window,
            self._campaign_id,
            want=want if self.limit is not None else 0,
            limit=cap,
            since=now - DAY,
            now=now,
        )

    def _free_at(self, view: QuotaView, now: float) -> float:
        if view.held_by_others:
            return now + HELD_RETRY
        if view.oldest is not None and view.oldest + DAY > now:
            return view.oldest + DAY
        return now + 3600  # full with no send of ours to wait for: the extra, or a lower limit

    def _prune_dead(self) -> bool:
        """Drop holds of other campaigns whose run died (their lock is free)."""
        dropped = False
        for campaign_id, reserved in self._journal.send_log.holds(self._account):
            if campaign_id == self._campaign_id:
                continue
            if not is_locked(campaign_lock_path(self._lock_dir, campaign_id)):
                self._journal.send_log.drop_hold(campaign_id, unchanged_since=reserved)
                dropped = True
        return dropped
