"""CampaignRunner: the send loop.

N worker threads (one transport each, so latency does not cap the rate) take
pending rows in order, render and build each message, wait on the daily quota and
the rate limiter, claim the row (committed as ``sending``), send, and hand the
result to the journal writer. Pause, resume, cancel and stop are callable from any
thread. Progress goes to a plain callback at most ten times a second.

Error policy: RetryableError -> back off with jitter and retry the same message,
easing the rate down when throttled; RecipientRejected (and a row that cannot be
rendered) -> that row failed, go on; QuotaExhausted -> wait for the window;
AccountError -> stop, resumable. Failures piling up, or bounce/complaint rates at
the levels where SES reviews an account, pause the campaign with the reason.
"""

from __future__ import annotations

import functools
import logging
import random
import threading
from collections import deque
from collections.abc import Callable, Sequence
from pathlib import Path

from mailer.content.message import SenderSettings, build_message
from mailer.content.templates import TemplateSet
from mailer.errors import (
    AccountError,
    DeliveryInDoubt,
    InputError,
    JournalError,
    MailerError,
    QuotaExhausted,
    RecipientRejected,
    RetryableError,
    TransportError,
)
from mailer.sending.gil import prompt_gil_hand_offs
from mailer.sending.guard import deliverability_problem
from mailer.sending.options import Limits, RunOptions
from mailer.sending.progress import FailureWindow, Progress, RateMeter, not_sent_yet
from mailer.sending.throttle import SYSTEM_CLOCK, Clock, DailyQuota, RateLimiter
from mailer.store.journal import Journal, PendingRow, RowChange, State
from mailer.store.lock import CampaignLock
from mailer.store.writer import JournalWriter
from mailer.transports.base import Preparing, SendResult, Transport, TransportFactory

log = logging.getLogger(__name__)
ProgressCallback = Callable[[Progress], None]
# (message, sender, recipient, tags) -> the send itself, ready to go when the slot comes.
Prepare = Callable[[bytes, str, str, dict[str, str]], Callable[[], SendResult]]


def _preparer(transport: Transport) -> Prepare:
    if isinstance(transport, Preparing):
        prepare = transport.prepare
        return lambda m, s, r, t: prepare(m, sender=s, recipient=r, tags=t)
    return lambda m, s, r, t: functools.partial(transport.send, m, sender=s, recipient=r, tags=t)


def _about(address: str, exc: Exception) -> str:
    """An error line for the recent-errors list, naming the address once."""
    text = str(exc)
    return text if address.lower() in text.lower() else f"{address}: {text}"


class _Stop(Exception):
    """Internal: the worker should leave its row as it is and end."""


class CampaignRunner:
    def __init__(
        self,
        journal: Journal,
        campaign_id: int,
        transport_factory: TransportFactory,
        limits: Limits,
        options: RunOptions | None = None,
        *,
        on_progress: ProgressCallback | None = None,
        clock: Clock = SYSTEM_CLOCK,
        lock_dir: Path | None = None,
    ) -> None:
        self.journal = journal
        self.campaign_id = campaign_id
        self.options = options or RunOptions()
        self._factory = transport_factory
        self._on_progress = on_progress
        self._clock = clock
        self._campaign = journal.campaign(campaign_id)
        self._lock = CampaignLock(
            (lock_dir or journal.path.parent / "locks") / f"campaign-{campaign_id}.lock"
        )
        self.limiter = RateLimiter(limits.rate, clock)
        self.quota = DailyQuota(
            limits.daily,
            self._own_sends(),
            extra_sent=self._extra(limits.sent_last_24h),
            clock=clock,
        )
        self._state = threading.Condition()
        self._status = "ready"
        self._reason = ""
        self._paused = False
        self._stopping = False
        self._final = ""
        self._wake = threading.Event()  # set on pause and stop: sleeping workers wake up
        self._stopped = threading.Event()  # set on stop only
        self._waiting_until: float | None = None
        self._counts: dict[str, int] = {}
        self._changes: list[tuple[int, str]] = []
        self._errors: deque[str] = deque(maxlen=5)
        self._meter = RateMeter()
        self._failures = FailureWindow()
        self._guard_floor = (0, 0)
        self._last_emit = 0.0
        self._last_counts_refresh = 0.0
        self._settled = 0
        self._feed: deque[PendingRow] = deque()
        self._feed_after = -1
        self._feed_lock = threading.Lock()
        self._suppressed: set[str] = set()
        self._suppressed_at = 0.0
        self._writer: JournalWriter | None = None

    # -- control (any thread) -------------------------------------------------------------

    def pause(self, reason: str = "") -> None:
        log.info("pause: %s", reason or "by the user", extra={"campaign": self.campaign_id})
        with self._state:
            if self._stopping:
                return
            self._paused = True
            self._status, self._reason = "paused", reason or "Paused by you."
            self._wake.set()
        self._emit(force=True)

    def resume(self) -> None:
        with self._state:
            if self._stopping:
                return
            self._paused = False
            self._status, self._reason = "running", ""
            self._wake.clear()
            self._failures.reset()
            self._guard_floor = (self._counts.get("bounced", 0), self._counts.get("complained", 0))
            self._state.notify_all()
        self._emit(force=True)

    def cancel(self) -> None:
        self.stop("Cancelled by you; the rest can be sent later with resume.", status="cancelled")

    def stop(self, reason: str, *, status: str = "stopped") -> None:
        with self._state:
            if self._stopping:
                return
            self._stopping = True
            self._final, self._reason = status, reason
            self._wake.set()
            self._stopped.set()
            self._state.notify_all()

    @property
    def status(self) -> str:
        return self._status

    # -- the run ----------------------------------------------------------------------------

    def run(self) -> Progress:
        """Send until done, stopped or cancelled; returns the final progress."""
        self._lock.acquire()
        try:
            with prompt_gil_hand_offs(self.limiter.base_rate > 0):
                return self._run_locked()
        finally:
            self._lock.release()

    def _run_locked(self) -> Progress:
        self._prepare()
        template = TemplateSet.from_snapshot(self.journal.template_snapshot(self.campaign_id))
        sender = SenderSettings(**self._campaign.settings["sender"])
        writer = JournalWriter(
            self.journal,
            self.campaign_id,
            self.options.account,
            self._committed,
            self._tick,
        )
        self._writer = writer
        writer.start()
        self._set_status("running")
        log.info(
            "campaign started: %s pending, %d workers",
            self._counts.get("pending", 0),
            self.options.concurrency,
            extra={"campaign": self.campaign_id},
        )
        refresher = self._start_refresher()
        workers = [
            threading.Thread(
                target=self._worker, args=(template, sender), name=f"sender-{n}", daemon=True
            )
            for n in range(max(1, self.options.concurrency))
        ]
        self._ready = threading.Barrier(len(workers))
        for w in workers:
            w.start()
        for w in workers:
            while w.is_alive():
                w.join(0.2)
        self.stop("", status="finished")  # ends the refresher; keeps a reason set earlier
        if refresher:
            refresher.join()
        writer.close()
        return self._finish(writer)

    def _prepare(self) -> None:
        self.journal.mark_crashed(self.campaign_id)
        unknown = self.journal.unknown_rows(self.campaign_id)
        if unknown and self.options.settle is not None:
            self._settle(unknown)
        self._counts = self.journal.counts(self.campaign_id)
        self._guard_floor = (self._counts["bounced"], self._counts["complained"])

    def _settle(self, unknown: Sequence[int]) -> None:
        assert self.options.settle is not None
        found = self.options.settle(self._campaign.uid, unknown)
        changes = [
            RowChange(idx, State.SENT, message_id=found[idx], time=self._clock.time())
            if idx in found
            else RowChange(idx, State.PENDING, error="")
            for idx in unknown
        ]
        self.journal.write_batch(self.campaign_id, changes, self.options.account)
        self._settled = len(changes)

    def _finish(self, writer: JournalWriter) -> Progress:
        if writer.error is not None:
            self._final, self._reason = "stopped", str(writer.error)
        self._counts = self.journal.counts(self.campaign_id)
        left = not_sent_yet(self._counts)
        if self.options.resend_unknown:
            left += self._counts["unknown"]
        status = self._final if self._final != "finished" or left == 0 else "stopped"
        if status == "finished":
            self._reason = ""
        self._status = status
        self.journal.set_status(self.campaign_id, status, self._reason)
        log.info(
            "campaign %s: %s %s",
            status,
            {k: v for k, v in self._counts.items() if v},
            self._reason,
            extra={"campaign": self.campaign_id},
        )
        progress = self._progress()
        if self._on_progress:
            self._on_progress(progress)
        if writer.error is not None:
            raise writer.error
        return progress

    # -- workers ----------------------------------------------------------------------------

    def _worker(self, template: TemplateSet, sender: SenderSettings) -> None:
        try:
            transport = self._factory()
        except MailerError as exc:  # a transport that cannot even be made (settings, TLS)
            self.stop(str(exc))
            self._ready.abort()
            return
        try:
            # Every worker's client exists before the first send, so the rate clock
            # does not start while the others are still being set up.
            self._ready.wait()
        except threading.BrokenBarrierError:
            transport.close()
            return
        prepare = _preparer(transport)
        try:
            while not self._stopping:
                row = self._next_row()
                if row is None:
                    return
                self._handle(row, template, sender, prepare)
        except _Stop:
            return
        except JournalError as exc:
            self.stop(str(exc))
        except TransportError as exc:
            self.stop(str(exc))
        finally:
            transport.close()

    def _handle(
        self, row: PendingRow, template: TemplateSet, sender: SenderSettings, prepare: Prepare
    ) -> None:
        previous = row.state
        if self._is_suppressed(row.email):
            self._write(RowChange(row.idx, State.SKIPPED, error="suppressed"), previous)
            return
        try:
            message = self._build(row, template, sender)
        except InputError as exc:
            self._write(RowChange(row.idx, State.FAILED, error=str(exc)), previous)
            self._failed(str(exc))
            return
        self._deliver(row, message, prepare, previous)

    def _build(self, row: PendingRow, template: TemplateSet, sender: SenderSettings) -> bytes:
        rendered = template.render(
            row.data, unsubscribe=sender.unsubscribe or None, email=row.email
        )
        domain = sender.from_addr.rpartition("@")[2] or "localhost"
        return build_message(
            rendered,
            to=row.email,
            sender=sender,
            message_id=f"<bm-{self._campaign.uid}-{row.idx}@{domain}>",
        )

    def _deliver(self, row: PendingRow, message: bytes, prepare: Prepare, previous: str) -> None:
        attempt = 0
        sender = self._campaign.settings["sender"]["from_addr"]
        tags = {"campaign": self._campaign.uid, "recipient": str(row.idx)}
        while True:
            # Work that can precede the rate slot does (see transports.base.Preparing).
            send = prepare(message, sender, row.email, tags)
            self._wait_turn(row.idx, previous)
            previous = State.SENDING
            attempt += 1
            try:
                result = send()
            except RetryableError as exc:
                previous = self._retry_later(row.idx, exc, attempt)
                continue
            except QuotaExhausted as exc:
                self.quota.give_back()
                self._write(RowChange(row.idx, State.PENDING, error=str(exc)), State.SENDING)
                previous = State.PENDING
                self.quota.exhausted_by_service()
                continue
            except DeliveryInDoubt as exc:
                # Not retried: resending could duplicate it. Resent only on request.
                self._write(RowChange(row.idx, State.UNKNOWN, error=str(exc)), State.SENDING)
                self._failed(_about(row.email, exc))
                return
            except AccountError as exc:
                self.quota.give_back()
                self._write(RowChange(row.idx, State.PENDING, error=str(exc)), State.SENDING)
                self.stop(str(exc))
                raise _Stop from exc
            except (RecipientRejected, TransportError) as exc:
                self.quota.give_back()  # refused: it does not count against the quota
                self._write(RowChange(row.idx, State.FAILED, error=str(exc)), State.SENDING)
                self._failed(_about(row.email, exc))
                return
            self._sent(row.idx, result.message_id)
            return

    def _retry_later(self, idx: int, exc: RetryableError, attempt: int) -> str:
        self.quota.give_back()
        self._write(RowChange(idx, State.PENDING, error=str(exc)), State.SENDING)
        self._errors.append(str(exc))
        if exc.throttled:
            self.limiter.ease(0.9, 10.0)
        if attempt >= self.options.max_attempts:
            self.pause(f"One message failed {attempt} times in a row: {exc}")
        delay = exc.retry_after or min(
            self.options.backoff_cap, self.options.backoff_base * 2 ** min(attempt - 1, 10)
        )
        self._clock.sleep(delay * random.uniform(0.5, 1.0), self._wake)
        return State.PENDING

    def _wait_turn(self, idx: int, previous: str) -> None:
        """Block until this row may be sent: not paused, quota left, claimed, rate slot.

        The claim is committed before the rate slot is taken, so nothing slow stands
        between the slot and the request. Interrupted (pause/stop) after the claim, the
        row goes back to pending."""
        while True:
            self._gate()
            free_at = self.quota.try_take()
            if free_at is not None:
                self._wait_quota(free_at)
                continue
            self._claim(idx, previous)
            if self.limiter.acquire(self._wake) and not (self._stopping or self._paused):
                return
            self.quota.give_back()
            self._write(RowChange(idx, State.PENDING, attempt=-1), State.SENDING)
            previous = State.PENDING

    def _gate(self) -> None:
        with self._state:
            while self._paused and not self._stopping:
                self._state.wait(0.5)
            if self._stopping:
                raise _Stop

    def _wait_quota(self, free_at: float) -> None:
        with self._state:
            if self._status == "running":
                self._status = "waiting_quota"
            self._waiting_until = free_at
        self._emit(force=True)
        self._clock.sleep(min(60.0, max(0.05, free_at - self._clock.time())), self._wake)
        with self._state:
            if self._status == "waiting_quota" and self._clock.time() >= free_at:
                self._status, self._waiting_until = "running", None

    def _next_row(self) -> PendingRow | None:
        with self._feed_lock:
            if not self._feed:
                states = ["pending", "unknown"] if self.options.resend_unknown else ["pending"]
                batch = self.journal.pending_rows(self.campaign_id, self._feed_after, 256, states)
                if not batch:
                    return None
                self._feed.extend(batch)
                self._feed_after = batch[-1].idx
            return self._feed.popleft()

    def _is_suppressed(self, email: str) -> bool:
        now = self._clock.monotonic()
        if now - self._suppressed_at > 5.0 or not self._suppressed_at:
            self._suppressed = self.journal.suppressed()
            self._suppressed_at = now
        return email.strip().lower() in self._suppressed

    # -- results ----------------------------------------------------------------------------

    def _claim(self, idx: int, previous: str) -> None:
        self._write(RowChange(idx, State.SENDING, error="", attempt=1), previous, wait=True)

    def _sent(self, idx: int, message_id: str) -> None:
        now = self._clock.time()
        self._write(RowChange(idx, State.SENT, message_id=message_id, time=now), State.SENDING)
        self._meter.add(self._clock.monotonic())
        self._outcome(failed=False)

    def _failed(self, error: str) -> None:
        self._errors.append(error)
        self._outcome(failed=True)

    def _outcome(self, *, failed: bool) -> None:
        with self._state:
            reason = self._failures.add(failed)
        if reason:
            self.pause(f"Paused: {reason}. Last error: {self._errors[-1] if self._errors else ''}")

    def _write(self, change: RowChange, previous: str, *, wait: bool = False) -> None:
        assert self._writer is not None
        if change.error and change.state != State.SENDING:
            log.info(
                "%s: %s",
                change.state,
                change.error,
                extra={"campaign": self.campaign_id, "recipient": change.idx},
            )
        self._writer.submit(change, previous, wait=wait)

    def _committed(self, items: Sequence[tuple[RowChange, str]]) -> None:
        with self._state:
            for change, previous in items:
                self._counts[previous] = self._counts.get(previous, 0) - 1
                self._counts[change.state] = self._counts.get(change.state, 0) + 1
                self._changes.append((change.idx, str(change.state)))

    def _tick(self) -> None:
        now = self._clock.monotonic()
        if self.options.watch_events and now - self._last_counts_refresh > self.options.watch_every:
            self._last_counts_refresh = now
            self._refresh_counts()
        self._emit()

    def _refresh_counts(self) -> None:
        counts = self.journal.counts(self.campaign_id)
        with self._state:
            self._counts = counts
        self._guard()

    def _guard(self) -> None:
        """Pause at the bounce/complaint rates where SES puts an account under review."""
        if self._paused:
            return
        problem = deliverability_problem(self._counts, self._guard_floor)
        if problem:
            self.pause(problem)

    # -- progress ---------------------------------------------------------------------------

    def _set_status(self, status: str) -> None:
        with self._state:
            self._status = status
        self.journal.set_status(self.campaign_id, status)
        self._emit(force=True)

    def _emit(self, *, force: bool = False) -> None:
        if self._on_progress is None:
            return
        now = self._clock.monotonic()
        if not force and now - self._last_emit < 0.1:
            return
        self._last_emit = now
        self._on_progress(self._progress())

    def _progress(self) -> Progress:
        with self._state:
            counts = dict(self._counts)
            changes, self._changes = tuple(self._changes), []
            status, reason, until = self._status, self._reason, self._waiting_until
        now = self._clock.monotonic()
        rate = self._meter.rate(now)
        max_rate = self.limiter.rate
        remaining = not_sent_yet(counts)
        pace = rate or max_rate
        return Progress(
            campaign_id=self.campaign_id,
            status=status,
            counts=counts,
            total=self._campaign.total,
            rate=rate,
            max_rate=max_rate,
            eta_seconds=remaining / pace if pace > 0 else None,
            waiting_until=until if status == "waiting_quota" else None,
            reason=reason,
            recent_errors=tuple(self._errors),
            changes=changes,
            quota_used=self.quota.used(),
            quota_limit=self.quota.limit,
            settled=self._settled,
        )

    # -- limits -----------------------------------------------------------------------------

    def _own_sends(self) -> list[float]:
        since = self._clock.time() - 24 * 3600
        return self.journal.send_times_since(since, self.options.account)

    def _extra(self, account_sent: int) -> int:
        return max(0, account_sent - len(self._own_sends()))

    def _start_refresher(self) -> threading.Thread | None:
        if self.options.refresh_limits is None:
            return None
        thread = threading.Thread(target=self._refresh_loop, name="limits", daemon=True)
        thread.start()
        return thread

    def _refresh_loop(self) -> None:
        """Re-read the account's limits about once a minute while sending."""
        refresh = self.options.refresh_limits
        assert refresh is not None
        while self._clock.sleep(self.options.refresh_every, self._stopped):
            if self._paused:
                continue
            try:
                limits = refresh()
            except TransportError as exc:
                self._errors.append(f"Could not refresh the account limits: {exc}")
                continue
            self.limiter.rate = limits.rate
            self.quota.limit = limits.daily
