"""CampaignRunner: the send loop.

N worker threads (one transport each, so latency does not cap the rate) take
pending rows in order (``feed``), render and build each message, wait on the daily
quota and the rate limiter (``throttle``), claim the row (committed as ``sending``),
send, and hand the result to the journal writer (``store.writer``). Pause, resume,
cancel and stop are callable from any thread (``control``). Progress goes to a plain
callback at most ten times a second (``progress``).

Error policy: RetryableError -> back off and retry the same message (``retry``);
RecipientRejected (and a row that cannot be rendered) -> that row failed, go on;
QuotaExhausted -> wait for the window; AccountError -> stop, resumable. Failures
piling up, or bounce/complaint rates at the levels where SES reviews an account
(``guard``), pause the campaign with the reason.
"""

from __future__ import annotations

import contextlib
import functools
import logging
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mailer.content.listmanagement import campaign_list_management
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
from mailer.sending.build import BuildSpec, MessageBuilder
from mailer.sending.control import RunControl, Stopped
from mailer.sending.feed import RowFeed, SuppressionCache
from mailer.sending.gil import prompt_gil_hand_offs
from mailer.sending.guard import deliverability_problem
from mailer.sending.options import Limits, RunOptions
from mailer.sending.progress import (
    FailureWindow,
    Pace,
    Progress,
    ProgressCallback,
    ProgressReporter,
)
from mailer.sending.quota import SharedQuota, quota_batch
from mailer.sending.retry import RetryPolicy
from mailer.sending.throttle import SYSTEM_CLOCK, Clock, RateLimiter
from mailer.sending.wire import WireWatch
from mailer.states import (
    NO_REASON,
    CampaignStatus,
    Reason,
    ReasonCode,
    RowState,
    describe,
    error_reason,
    rows_left,
)
from mailer.store.journal import Journal
from mailer.store.lock import CampaignLock, campaign_lock_path, lock_folder
from mailer.store.rows import PendingRow, RowChange
from mailer.store.writer import JournalWriter
from mailer.transports.base import (
    Committing,
    Preparing,
    SendResult,
    Transport,
    TransportFactory,
)

if TYPE_CHECKING:  # botocore is imported only by runs that build in processes
    from mailer.sending.buildpool import BuildPool

__all__ = ["CampaignRunner", "Limits", "Progress", "RunOptions"]

log = logging.getLogger(__name__)
Send = Callable[[], SendResult]
# The send itself, ready to go when the slot comes -> the same, telling the rate guard
# when the request leaves (CampaignRunner._watched).
Watch = Callable[[Send], Send]
# A row as it comes to a sending thread: with its request built ahead by a build
# process (mailer.sending.buildpool.Built), or None: built by the thread.
Item = tuple[PendingRow, Any]


def _preparer(
    transport: Transport, commit: Callable[[], None]
) -> Callable[[bytes, str, str, dict[str, str]], Send]:
    if isinstance(transport, Preparing):
        prepare = transport.prepare
        return lambda m, s, r, t: prepare(m, sender=s, recipient=r, tags=t)
    if isinstance(transport, Committing):
        late = transport.send_committed
        return lambda m, s, r, t: functools.partial(
            late, m, sender=s, recipient=r, tags=t, commit=commit
        )
    return lambda m, s, r, t: functools.partial(transport.send, m, sender=s, recipient=r, tags=t)


def _raising(exc: BaseException) -> Send:
    def send() -> SendResult:
        raise exc

    return send


class _Sender:
    """One sending thread's transport and how it sends a row."""

    def __init__(
        self, transport: Transport, watch: Watch, uid: str, wait_for: Callable[[int], None]
    ) -> None:
        self.transport = transport
        self.uid = uid
        self.watch = watch
        self.prepare = _preparer(transport, self.commit)
        presigned = getattr(transport, "presigned", None)
        self.presigned: Callable[..., Send] | None = presigned
        # A transport with a commit point waits for the claim there (base.Committing).
        self.late_claim = isinstance(transport, Committing) and not isinstance(transport, Preparing)
        self.claim = 0  # the journal writer's number of this thread's last claim
        self._wait_for = wait_for

    def commit(self) -> None:
        """Return once this thread's last claim is committed."""
        self._wait_for(self.claim)

    def send(self, row: PendingRow, built: Any, message: bytes, sender: str) -> Send:
        """The send of this attempt: of the request built ahead, or made from ``message``."""
        if built is not None and built.error is not None:
            return self.watch(_raising(built.error))
        if built is not None and self.presigned is not None:
            return self.watch(
                self.presigned(built.body, built.signed, sender=sender, recipient=row.email)
            )
        tags = {"campaign": self.uid, "recipient": str(row.idx)}
        return self.watch(self.prepare(message, sender, row.email, tags))


class _TransportBroken(Exception):
    """The transport raised something no transport should: the worker replaces it."""


def _unexpected(exc: Exception) -> str:
    if isinstance(exc, MailerError):
        return str(exc)
    return (
        f"Unexpected error while sending ({type(exc).__name__}: {exc}). The details are "
        "in the log; please report it."
    )


def _coded(exc: Exception) -> Reason:
    """A failed row's error as a reason when it has a code (the app words it in the
    user's language; the error column keeps the English sentence)."""
    return error_reason(exc) if getattr(exc, "code", "") else NO_REASON


def _about(address: str, exc: Exception) -> str:
    """An error line for the recent-errors list, naming the address once."""
    text = str(exc)
    return text if address.lower() in text.lower() else f"{address}: {text}"


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
        self._clock = clock
        self._campaign = journal.campaigns.get(campaign_id)
        locks = lock_dir or lock_folder(journal.path)
        self._lock = CampaignLock(campaign_lock_path(locks, campaign_id))
        self.limiter = RateLimiter(limits.rate, clock)
        self._wire = WireWatch(self.limiter.left)
        # Shared through the journal: other processes and campaigns on the account count.
        self.quota = SharedQuota(
            journal,
            self.options.account,
            campaign_id,
            limits.daily,
            lock_dir=locks,
            account_sent=limits.sent_last_24h,
            batch=quota_batch(limits.rate),
            clock=clock,
        )
        self.control = RunControl()
        self.retry = RetryPolicy.from_options(self.options)
        self.report = ProgressReporter(campaign_id, self._campaign.total, clock, on_progress)
        self._failures = FailureWindow()
        self._failures_lock = threading.Lock()
        self._guard_floor = (0, 0)
        self._last_counts_refresh = 0.0
        self._feed = RowFeed(journal, campaign_id, resend_unknown=self.options.resend_unknown)
        audience = campaign_list_management(self._campaign.settings)
        self._suppressed = SuppressionCache(journal, clock, audience.topic if audience else None)
        self._writer: JournalWriter | None = None
        self._ready: threading.Barrier | None = None
        self._source: Callable[[], Item | None] = self._unbuilt
        self._pool: BuildPool | None = None

    # -- control (any thread) -------------------------------------------------------------

    def pause(self, why: Reason = NO_REASON) -> None:
        log.info("pause: %s", describe(why) or "by the user", extra={"campaign": self.campaign_id})
        if self.control.pause(why):
            self._emit(force=True)

    def _auto_pause(self, why: Reason) -> None:
        """Pause for a reason of the run's own; unattended, stop instead (resumable):
        a pause nobody can resume would hang the run for ever."""
        if self.options.unattended:
            log.info("stop: %s", describe(why), extra={"campaign": self.campaign_id})
            self.stop(why)
        else:
            self.pause(why)

    def resume(self) -> None:
        with self._failures_lock:
            self._failures.reset()
        counts = self.report.counts()
        self._guard_floor = (counts.get(RowState.BOUNCED, 0), counts.get(RowState.COMPLAINED, 0))
        if self.control.resume():
            self._emit(force=True)

    def cancel(self) -> None:
        self.stop(Reason(ReasonCode.CANCELLED_BY_USER), status=CampaignStatus.CANCELLED)

    def stop(self, why: Reason, *, status: CampaignStatus = CampaignStatus.STOPPED) -> None:
        self.control.stop(why, status)

    @property
    def status(self) -> CampaignStatus:
        return self.control.status

    # -- the run ----------------------------------------------------------------------------

    def run(self) -> Progress:
        """Send until done, stopped or cancelled; returns the final progress."""
        self._lock.acquire()
        try:
            self.quota.start()
            with prompt_gil_hand_offs(self.limiter.base_rate > 0):
                return self._run_locked()
        finally:
            self.quota.close()
            self._lock.release()

    def _run_locked(self) -> Progress:
        self._prepare()
        snapshot = self.journal.campaigns.template_snapshot(self.campaign_id)
        spec = BuildSpec(snapshot, self._campaign.uid, self._campaign.settings)
        builder = MessageBuilder(
            self.journal.campaigns.template(self.campaign_id), spec.uid, spec.settings
        )
        writer = JournalWriter(
            self.journal, self.campaign_id, self.options.account, self._committed, self._tick
        )
        self._writer = writer
        writer.start()
        self.control.start()
        self.journal.campaigns.set_status(self.campaign_id, self.control.status)
        self._emit(force=True)
        log.info(
            "campaign started: %s pending, %d workers",
            self.report.counts().get(RowState.PENDING, 0),
            self.options.concurrency,
            extra={"campaign": self.campaign_id},
        )
        refresher = self._start_refresher()
        self._start_pool(spec)
        workers = [
            threading.Thread(target=self._worker, args=(builder,), name=f"sender-{n}", daemon=True)
            for n in range(max(1, self.options.concurrency))
        ]
        self._ready = threading.Barrier(len(workers))
        for w in workers:
            w.start()
        for w in workers:
            while w.is_alive():
                w.join(0.2)
        self._wire.close()
        if self._pool is not None:
            self._pool.close()
        self._log_pacing()
        # Ends the refresher; keeps a reason set earlier.
        self.control.stop(NO_REASON, CampaignStatus.FINISHED)
        if refresher:
            refresher.join()
        writer.close()
        return self._finish(writer)

    def _prepare(self) -> None:
        self.journal.rows.mark_crashed(self.campaign_id)
        unknown = self.journal.rows.unknown(self.campaign_id)
        if unknown and self.options.settle is not None:
            self._settle(unknown)
        counts = self.journal.rows.counts(self.campaign_id)
        self.report.set_counts(counts)
        self._guard_floor = (counts[RowState.BOUNCED], counts[RowState.COMPLAINED])

    def _settle(self, unknown: Sequence[int]) -> None:
        assert self.options.settle is not None
        found = self.options.settle(self._campaign.uid, unknown)
        changes = [
            RowChange(idx, RowState.SENT, message_id=found[idx], time=self._clock.time())
            if idx in found
            else RowChange(idx, RowState.PENDING, error="")
            for idx in unknown
        ]
        self.journal.rows.write_batch(self.campaign_id, changes, self.options.account)
        self.report.settled = len(changes)

    def _finish(self, writer: JournalWriter) -> Progress:
        control = self.control
        if writer.error is not None:
            control.final, control.reason = CampaignStatus.STOPPED, error_reason(writer.error)
        counts = self.journal.rows.counts(self.campaign_id)
        self.report.set_counts(counts)
        left = rows_left(counts, include_unknown=self.options.resend_unknown)
        status = control.final
        if status is CampaignStatus.FINISHED and left:
            status = CampaignStatus.STOPPED
        if status is CampaignStatus.FINISHED:
            control.reason = NO_REASON
        control.status = status
        self.journal.campaigns.set_status(self.campaign_id, status, control.reason)
        log.info(
            "campaign %s: %s %s",
            status,
            {k: v for k, v in counts.items() if v},
            describe(control.reason),
            extra={"campaign": self.campaign_id},
        )
        progress = self.report.snapshot(control.snapshot(), self._pace())
        self.report.deliver(progress)
        if writer.error is not None:
            raise writer.error
        return progress

    # -- workers ----------------------------------------------------------------------------

    def _worker(self, builder: MessageBuilder) -> None:
        assert self._ready is not None
        try:
            transport = self._factory()
        except MailerError as exc:  # a transport that cannot even be made (settings, TLS)
            self.stop(error_reason(exc))
            self._ready.abort()
            return
        try:
            # Every worker's client exists before the first send, so the rate clock
            # does not start while the others are still being set up.
            self._ready.wait()
        except threading.BrokenBarrierError:
            transport.close()
            return
        sender = self._sender(transport)
        try:
            while not self.control.stopping:
                item = self._source()
                if item is None:
                    return
                try:
                    self._handle(item, builder, sender)
                except _TransportBroken:
                    # Its connection may be mid-command: start again with a fresh one.
                    with contextlib.suppress(Exception):
                        sender.transport.close()
                    sender = self._sender(self._factory())
        except Stopped:
            return
        except (JournalError, TransportError) as exc:
            self.stop(error_reason(exc))
        except Exception as exc:  # a bug must stop the run with a reason, not kill a thread
            log.exception("sending thread failed", extra={"campaign": self.campaign_id})
            self.stop(error_reason(_unexpected(exc)))
        finally:
            with contextlib.suppress(Exception):
                sender.transport.close()

    def _unbuilt(self) -> Item | None:
        row = self._feed.next()
        return None if row is None else (row, None)

    def _start_pool(self, spec: BuildSpec) -> None:
        """Build processes, when the run asks for them and the transport can take
        requests made elsewhere (mailer.sending.buildpool). Whatever keeps them from
        starting, the sending threads build instead (and meet any real error there)."""
        signing = getattr(self._factory, "signing", None)
        if self.options.build_processes < 1 or signing is None:
            return
        from mailer.sending.buildpool import BuildJob, BuildPool

        try:
            shape, credentials = signing()
            sender = self._campaign.settings["sender"]["from_addr"]
            pool = BuildPool(
                BuildJob(spec, shape, sender),
                self._feed,
                credentials,
                processes=self.options.build_processes,
                stopping=lambda: self.control.stopping,
                ahead=2 * max(1, self.options.concurrency),
                on_broken=self._pool_broken,
            )
            started = pool.start()
        except Exception:
            log.warning("build processes not used", exc_info=True)
            return
        if started:
            self._pool, self._source = pool, pool.next
            log.info(
                "building in %d processes",
                self.options.build_processes,
                extra={"campaign": self.campaign_id},
            )

    def _pool_broken(self, why: str) -> None:
        log.warning(
            "%s: the sending threads build the remaining messages (slower, nothing lost)",
            why,
            extra={"campaign": self.campaign_id},
        )

    def _sender(self, transport: Transport) -> _Sender:
        return _Sender(transport, self._watched(transport), self._campaign.uid, self._committed_to)

    def _committed_to(self, number: int) -> None:
        assert self._writer is not None
        self._writer.wait(number)

    def _watched(self, transport: Transport) -> Watch:
        """Sends that tell the rate guard when they leave: it counts a request from
        then, not from its grant, so a thread that lost the CPU in between does not
        carry it into the service's next one-second window uncounted. Watched
        transports report it themselves once written (``wire``)."""
        left = self.limiter.left
        if self._wire.watch(transport):

            def watched(send: Send) -> Send:
                def go() -> SendResult:
                    try:
                        return send()
                    finally:
                        left()  # if the transport never did (failed early, stubbed)

                return go

            return watched

        def plain(send: Send) -> Send:
            def go() -> SendResult:
                left()
                return send()

            return go

        return plain

    def _handle(self, item: Item, builder: MessageBuilder, sender: _Sender) -> None:
        row, built = item
        previous = row.state
        if row.damage:  # unreadable in the journal: this row fails, the campaign goes on
            self._write(RowChange(row.idx, RowState.FAILED, error=row.damage), previous)
            self._failed(row.damage)
            return
        blocked = self._suppressed.reason(row.email)
        if blocked is not None:  # suppressed or unsubscribed since the campaign was made
            self._write(RowChange(row.idx, RowState.SKIPPED, reason=blocked), previous)
            return
        message = b""
        try:
            if built is None:
                message = builder.build(row)
            elif isinstance(built.error, InputError):
                raise built.error
        except InputError as exc:
            self._write(
                RowChange(row.idx, RowState.FAILED, error=str(exc), reason=_coded(exc)), previous
            )
            self._failed(str(exc), exc)
            return
        error = None if built is None else built.error
        if error is not None and not isinstance(error, TransportError):
            raise error  # a bug in a build process: stops the run, as it would here
        self._deliver(row, sender, message, built, previous)

    def _deliver(
        self, row: PendingRow, via: _Sender, message: bytes, built: Any, previous: RowState
    ) -> None:
        attempt = 0
        sender = self._campaign.settings["sender"]["from_addr"]
        while True:
            # Work that can precede the rate slot does (see transports.base.Preparing).
            send = via.send(row, built, message, sender)
            self._wait_turn(row.idx, previous, via)
            previous = RowState.SENDING
            attempt += 1
            granted_at = self._clock.monotonic()
            try:
                result = send()
            except RetryableError as exc:
                previous = self._retry_later(row.idx, exc, attempt, granted_at)
                continue
            except QuotaExhausted as exc:
                self.quota.give_back()
                self._write(
                    RowChange(row.idx, RowState.PENDING, error=str(exc), reason=_coded(exc)),
                    RowState.SENDING,
                )
                previous = RowState.PENDING
                self.quota.exhausted_by_service()
                continue
            except DeliveryInDoubt as exc:
                # Not retried: resending could duplicate it. Resent only on request.
                self._write(RowChange(row.idx, RowState.UNKNOWN, error=str(exc)), RowState.SENDING)
                self._failed(_about(row.email, exc), exc)
                return
            except AccountError as exc:
                self.quota.give_back()
                self._write(
                    RowChange(row.idx, RowState.PENDING, error=str(exc), reason=_coded(exc)),
                    RowState.SENDING,
                )
                self.stop(error_reason(exc))
                raise Stopped from exc
            except JournalError:
                raise  # the claim could not be committed (a commit point): stop the run
            except (RecipientRejected, TransportError) as exc:
                self.quota.give_back()  # refused: it does not count against the quota
                failed = RowChange(row.idx, RowState.FAILED, error=str(exc), reason=_coded(exc))
                self._write(failed, RowState.SENDING)
                self._failed(_about(row.email, exc), exc)
                return
            except Exception as exc:  # a transport bug: this row failed, the run goes on
                log.exception("transport failed", extra={"campaign": self.campaign_id})
                error = _unexpected(exc)
                self._write(RowChange(row.idx, RowState.FAILED, error=error), RowState.SENDING)
                self._failed(f"{row.email}: {error}")
                raise _TransportBroken from exc
            self._sent(row.idx, result.message_id)
            return

    def _retry_later(
        self, idx: int, exc: RetryableError, attempt: int, granted_at: float | None = None
    ) -> RowState:
        self.quota.give_back()
        self._write(
            RowChange(idx, RowState.PENDING, error=str(exc), reason=_coded(exc)), RowState.SENDING
        )
        self.report.retrying(str(exc), exc)
        if exc.throttled:
            # Eases as the cause deserves: a lone throttle a little and briefly, repeats
            # further; echoes of one moment (granted before the last cut) not again.
            self.limiter.throttled(granted_at)
        give_up = self.retry.give_up(exc, attempt)
        if give_up:
            self._auto_pause(give_up)
        self._clock.sleep(self.retry.delay(exc, attempt), self.control.wake)
        return RowState.PENDING

    def _wait_turn(self, idx: int, previous: RowState, via: _Sender) -> None:
        """Block until this row may be sent: not paused, quota left, claimed, rate slot.

        The claim is committed before the rate slot is taken, so nothing slow stands
        between the slot and the request; or, for a transport with a commit point, only
        queued, and committed there. Interrupted (pause/stop) after the claim, the row
        goes back to pending."""
        while True:
            self.control.gate()
            free_at = self.quota.try_take()
            if free_at is not None:
                self._wait_quota(free_at)
                continue
            self._claim(idx, previous, via)
            if self.limiter.acquire(self.control.wake):
                if self.control.sending_allowed:
                    return
                self.limiter.release()  # granted, but this request will not leave now
            self.quota.give_back()
            self._write(RowChange(idx, RowState.PENDING, attempt=-1), RowState.SENDING)
            previous = RowState.PENDING

    def _wait_quota(self, free_at: float) -> None:
        self.control.waiting_for_quota(free_at)
        self._emit(force=True)
        self._clock.sleep(min(60.0, max(0.05, free_at - self._clock.time())), self.control.wake)
        self.control.quota_free(self._clock.time())

    # -- results ----------------------------------------------------------------------------

    def _claim(self, idx: int, previous: RowState, via: _Sender) -> None:
        claim = RowChange(idx, RowState.SENDING, error="", attempt=1)
        via.claim = self._write(claim, previous, wait=not via.late_claim)

    def _sent(self, idx: int, message_id: str) -> None:
        now = self._clock.time()
        self._write(
            RowChange(idx, RowState.SENT, message_id=message_id, time=now), RowState.SENDING
        )
        self.report.sent_one()
        self._outcome(failed=False)

    def _failed(self, error: str, cause: Exception | None = None) -> None:
        self.report.error(error, cause)
        self._outcome(failed=True)

    def _outcome(self, *, failed: bool) -> None:
        with self._failures_lock:
            why = self._failures.add(failed)
        if why:
            last = {"error": self.report.last_error(), **self.report.last_error_params()}
            self._auto_pause(Reason(why.code, {**why.params, **last}))

    def _write(self, change: RowChange, previous: RowState, *, wait: bool = False) -> int:
        assert self._writer is not None
        if (change.error or change.reason) and change.state is not RowState.SENDING:
            log.info(
                "%s: %s",
                change.state,
                change.error or describe(change.reason),
                extra={"campaign": self.campaign_id, "recipient": change.idx},
            )
        return self._writer.submit(change, previous, wait=wait)

    def _committed(self, items: Sequence[tuple[RowChange, RowState]]) -> None:
        self.report.moved([(change.idx, previous, change.state) for change, previous in items])

    def _tick(self) -> None:
        now = self._clock.monotonic()
        if self.options.watch_events and now - self._last_counts_refresh > self.options.watch_every:
            self._last_counts_refresh = now
            self._refresh_counts()
        self._emit()

    def _refresh_counts(self) -> None:
        self.report.set_counts(self.journal.rows.counts(self.campaign_id))
        self._guard()

    def _guard(self) -> None:
        """Pause at the bounce/complaint rates where SES puts an account under review."""
        if self.control.paused:
            return
        problem = deliverability_problem(self.report.counts(), self._guard_floor)
        if problem:
            self._auto_pause(problem)

    # -- progress ---------------------------------------------------------------------------

    def _pace(self) -> Pace:
        return Pace(self.limiter.rate, self.quota.used(), self.quota.limit)

    def _emit(self, *, force: bool = False) -> None:
        self.report.emit(self.control.snapshot(), self._pace(), force=force)

    def _log_pacing(self) -> None:
        """How long granted requests waited for the wire (CPU and GIL hand-offs): the
        rate guard counts them when they leave, so this costs pace, not throttles."""
        delays = sorted(self.limiter.delays())
        if not delays:
            return
        p99 = delays[min(len(delays) - 1, int(0.99 * len(delays)))]
        log.info(
            "pacing: grant to wire p50 %.1f ms, p99 %.1f ms, max %.1f ms; %d throttles",
            1000 * delays[len(delays) // 2],
            1000 * p99,
            1000 * delays[-1],
            self.limiter.strikes,
            extra={"campaign": self.campaign_id},
        )

    # -- limits -----------------------------------------------------------------------------

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
        while self._clock.sleep(self.options.refresh_every, self.control.stopped):
            if self.control.paused:
                continue
            try:
                limits = refresh()
            except TransportError as exc:
                self.report.error(f"Could not refresh the account limits: {exc}")
                continue
            self.limiter.rate = limits.rate
            self.quota.limit = limits.daily
