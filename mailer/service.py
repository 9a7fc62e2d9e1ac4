"""The application service: what the CLI and the app both do with a campaign.

One send path for both: ``create`` snapshots a checked table and template into the
journal; ``CampaignSession`` prepares a stored campaign (transport, limits, options:
``sending.plan``), runs it with tracking alongside, and can be paused, resumed or
stopped from any thread, even before the runner exists. ``overview``/``unfinished``
say what the journal holds; ``send_test`` and ``export_results`` are the other jobs
the two front ends share. The app's worker and the ``mailer`` command call only this.
"""

from __future__ import annotations

import dataclasses
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mailer.content.message import SenderSettings
from mailer.content.recipients import RecipientTable
from mailer.content.templates import TemplateSet
from mailer.errors import CampaignDamaged, InputError, MailerError, TemplateError
from mailer.sending.options import Limits
from mailer.sending.plan import RunPlan, account_key, prepare_run
from mailer.sending.progress import Progress, ProgressCallback
from mailer.settings import Profile, data_dir
from mailer.states import (
    ENDED,
    CampaignStatus,
    Reason,
    ReasonCode,
    RowState,
    accepted,
    empty_counts,
    error_reason,
    rows_left,
)
from mailer.store.campaigns import CampaignSummary
from mailer.store.journal import Journal
from mailer.store.lock import campaign_lock_path, is_locked, lock_folder
from mailer.transports.base import TransportFactory

if TYPE_CHECKING:
    from mailer.aws.account import AccountLimits
    from mailer.sending.runner import CampaignRunner

SANDBOX_HELP = (
    "The SES account is in the sandbox: it sends only to verified addresses. "
    "Request production access in the SES console (Account dashboard > Request production "
    "access) or verify these recipients first."
)


def sender_settings(
    template: TemplateSet,
    *,
    from_header: str = "",
    reply_to: str = "",
    unsubscribe: Sequence[str] = (),
    profile: Profile | None = None,
) -> SenderSettings:
    """Command-line/app values first, then the template's defaults, then the profile's."""
    chosen = from_header or template.settings.from_addr or (profile.from_addr if profile else "")
    if not chosen:
        raise InputError(
            'No sender: give --from "Name <address>" (or set `from` in the template\'s '
            "template.toml, or a From address in the profile)."
        )
    return SenderSettings.parse(
        chosen,
        reply_to=reply_to or template.settings.reply_to or (profile.reply_to if profile else ""),
        unsubscribe=tuple(unsubscribe),
    )


def check_template(table: RecipientTable, template: TemplateSet) -> None:
    missing = template.missing_variables(table.columns)
    if missing:
        raise TemplateError(
            f"The template {template.name!r} uses {', '.join(missing)}, which "
            f"{'is' if len(missing) == 1 else 'are'} not a column of {table.source.name} "
            f"(columns: {', '.join(table.columns)}). Add the column or fix the template."
        )


def sandbox_skips(
    table: RecipientTable, profile: Profile
) -> tuple[dict[int, Reason], AccountLimits | None]:
    """For an SES profile in the sandbox: rows whose address is not verified, with the reason."""
    if profile.kind != "ses":
        return {}, None
    from mailer.aws.account import fetch_limits, list_identities, sandbox_allows

    limits = fetch_limits(profile)
    if limits.production:
        return {}, limits
    identities = list_identities(profile)
    reason = Reason(ReasonCode.UNVERIFIED)
    skips = {
        i: reason for i in table.valid_indices() if not sandbox_allows(table.emails[i], identities)
    }
    return skips, limits


def account_limits(profile: Profile, journal: Journal | None = None) -> AccountLimits:
    """The profile's limits with "sent in the last 24 hours" as the runner counts it:
    the account's figure, or at least this app's own send log (outbox, SMTP)."""
    import dataclasses

    from mailer.aws.account import fetch_limits

    limits = fetch_limits(profile)
    journal = journal or open_journal()
    own = len(journal.send_log.times_since(time.time() - 24 * 3600, account_key(profile)))
    return dataclasses.replace(limits, sent_last_24h=max(limits.sent_last_24h, own))


EXPORT_HEADER = ("line", "recipient", "state", "message_id", "error", "attempts", "updated")


def export_results(journal: Journal, campaign_id: int, path: Path) -> int:
    """One CSV row per recipient: result columns, then the file's own columns.
    UTF-8 with a BOM, so Excel (Korean Windows included) opens it right. Returns rows."""
    import csv

    # Not campaigns.get(): the export is what a user saves from a damaged campaign.
    journal.campaigns.require(campaign_id)
    columns = journal.campaigns.columns(campaign_id, damaged_ok=True)
    rows: Iterable[list[Any]] = journal.rows.export(campaign_id)
    if columns is None:  # the names are damaged, the cells are not: number them
        rows = list(rows)
        width = max((len(r) - len(EXPORT_HEADER) for r in rows), default=0)
        columns = [f"column {n}" for n in range(1, width + 1)]
    count = 0
    try:
        with open(path, "w", newline="", encoding="utf-8-sig") as fh:
            writer = csv.writer(fh)
            writer.writerow([*EXPORT_HEADER, *columns])
            for row in rows:
                writer.writerow(row)
                count += 1
    except OSError as exc:
        raise InputError(f"Cannot write {path}: {exc.strerror}. Choose another file.") from exc
    return count


def check_test_address(profile: Profile, address: str) -> None:
    """In the SES sandbox a test goes only to a verified address or the simulator."""
    if profile.kind != "ses":
        return
    from mailer.aws.account import fetch_limits, list_identities, sandbox_allows

    if not fetch_limits(profile).production and not sandbox_allows(
        address, list_identities(profile)
    ):
        raise InputError(f"{address} is not verified. {SANDBOX_HELP}")


TEST_TAGS = {"bulk_mailer": "test_send"}


def send_test(
    profile: Profile, message: bytes, *, sender: str, to: str, journal: Journal | None = None
) -> str:
    """Send one built message to a test address; logged, never counted as a campaign
    send. Returns the message id; raises the transport's MailerError (logged too)."""
    from mailer.transports import make_transport_factory

    check_test_address(profile, to)
    journal = journal or open_journal()
    transport = make_transport_factory(profile, concurrency=1)()
    try:
        message_id = transport.send(message, sender=sender, recipient=to, tags=TEST_TAGS).message_id
    except MailerError as exc:
        journal.test_sends.log(profile.name, to, "", str(exc))
        raise
    finally:
        transport.close()
    journal.test_sends.log(profile.name, to, message_id)
    return message_id


def create_campaign(
    journal: Journal,
    *,
    name: str,
    table: RecipientTable,
    template: TemplateSet,
    sender: SenderSettings,
    profile: Profile,
    concurrency: int | None = None,
    skips: dict[int, Reason] | None = None,
) -> int:
    settings: dict[str, Any] = {
        "sender": {**asdict(sender), "unsubscribe": list(sender.unsubscribe)},
        "profile": profile.to_dict(),
        "concurrency": concurrency,
    }
    return journal.campaigns.create(
        name=name, table=table, template=template, settings=settings, skips=skips
    )


# -- the journal --------------------------------------------------------------------------


def journal_path(folder: Path | None = None) -> Path:
    """The campaign journal of a data folder (default: the user's data dir)."""
    return (folder or data_dir()) / "journal.sqlite3"


def open_journal(path: Path | None = None) -> Journal:
    return Journal(path or journal_path())


def suppressed_addresses(path: Path | None = None) -> set[str]:
    """The journal's suppression list (lower-case addresses), read and closed."""
    journal = open_journal(path)
    try:
        return journal.suppression.addresses()
    finally:
        journal.close()


# -- creating -------------------------------------------------------------------------------


@dataclass(frozen=True)
class CampaignDraft:
    """Everything needed to snapshot a new campaign into the journal."""

    name: str
    table: RecipientTable
    template: TemplateSet
    sender: SenderSettings
    profile: Profile
    concurrency: int | None = None


@dataclass(frozen=True)
class Created:
    campaign_id: int
    unverified: int  # rows skipped because the SES sandbox would refuse them


def create(journal: Journal, draft: CampaignDraft) -> Created:
    """Check and snapshot a new campaign; in an SES sandbox, unverified recipients are
    skipped (with that reason). Raises InputError when nothing could be sent."""
    check_template(draft.table, draft.template)
    if not draft.table.valid_indices():
        raise InputError(
            f"{draft.table.source.name} has no valid recipient; `mailer check` says why."
        )
    skips, _ = sandbox_skips(draft.table, draft.profile)
    if skips and len(skips) == len(draft.table.valid_indices()):
        # Every row would be skipped: a campaign that can send nothing is refused.
        raise InputError(
            f"Nothing to send: none of the {len(skips)} valid recipients of "
            f"{draft.table.source.name} is a verified identity. {SANDBOX_HELP}"
        )
    campaign_id = create_campaign(
        journal,
        name=draft.name,
        table=draft.table,
        template=draft.template,
        sender=draft.sender,
        profile=draft.profile,
        concurrency=draft.concurrency,
        skips=skips,
    )
    return Created(campaign_id, len(skips))


def default_name(template: TemplateSet, table: RecipientTable) -> str:
    return f"{template.name} to {table.source.name}"


# -- what the journal holds -----------------------------------------------------------------


@dataclass(frozen=True)
class CampaignOverview:
    """A campaign with its counts per state, and what follows from them."""

    summary: CampaignSummary
    counts: dict[str, int]
    # The journal says it is sending, but no process holds its lock: it was killed.
    interrupted: bool = False

    @property
    def id(self) -> int:
        return self.summary.id

    @property
    def status(self) -> CampaignStatus:
        """The status to show: the stored one, or ``INTERRUPTED``."""
        return CampaignStatus.INTERRUPTED if self.interrupted else self.summary.status

    @property
    def sent(self) -> int:
        return accepted(self.counts)

    @property
    def left(self) -> int:
        return rows_left(self.counts)

    @property
    def in_doubt(self) -> int:
        return self.counts.get(RowState.UNKNOWN, 0)

    @property
    def resumable(self) -> bool:
        if self.summary.damage:  # it cannot be read to send: exported, not resumed
            return False
        return self.left > 0 or self.status in (
            CampaignStatus.RUNNING,
            CampaignStatus.READY,
            CampaignStatus.INTERRUPTED,
        )

    @property
    def unfinished(self) -> bool:
        """Stopped before the end with rows left (rows in doubt count: they can be resent)."""
        return (
            not self.summary.damage
            and self.summary.status not in (CampaignStatus.FINISHED, CampaignStatus.CANCELLED)
            and rows_left(self.counts, include_unknown=True) > 0
        )


def overview(journal: Journal) -> list[CampaignOverview]:
    """Every campaign, newest first, with its counts. A damaged campaign is listed too,
    stopped, with the damage as its reason (so the others stay in reach)."""
    found = []
    for c in journal.campaigns.all():
        try:
            counts = journal.rows.counts(c.id)
        except CampaignDamaged as exc:
            c = dataclasses.replace(
                c, status=CampaignStatus.STOPPED, reason=error_reason(exc), damage=str(exc)
            )
            counts = empty_counts()
        found.append(CampaignOverview(c, counts, interrupted=_interrupted(journal, c)))
    return found


def campaign_overview(journal: Journal, campaign_id: int) -> CampaignOverview:
    """One campaign with its counts (``overview`` for one)."""
    c = journal.campaigns.get(campaign_id)
    return CampaignOverview(c, journal.rows.counts(c.id), interrupted=_interrupted(journal, c))


def _interrupted(journal: Journal, c: CampaignSummary) -> bool:
    """Stored as in flight, yet its lock is free: the process sending it died."""
    if c.status in ENDED or c.status is CampaignStatus.READY:
        return False
    return not is_locked(campaign_lock_path(lock_folder(journal.path), c.id))


def unfinished(journal: Journal) -> list[CampaignOverview]:
    return [c for c in overview(journal) if c.unfinished]


# -- running --------------------------------------------------------------------------------

ErrorSink = Callable[[str], None]


class CampaignSession:
    """Runs one stored campaign: prepare, run with tracking alongside, report.

    ``pause``/``resume``/``stop``/``cancel`` are thread-safe and work before the runner
    exists (preparing an SES run asks AWS for limits first): they are replayed on it.
    ``transport_factory`` and ``limits`` replace the profile's (tests, benchmarks).
    ``unattended`` (the CLI): what would pause the run stops it instead, resumable.
    """

    def __init__(
        self,
        journal: Journal,
        campaign_id: int,
        *,
        profile: Profile | None = None,
        concurrency: int | None = None,
        resend_unknown: bool = False,
        on_progress: ProgressCallback | None = None,
        on_tracking_error: ErrorSink | None = None,
        transport_factory: TransportFactory | None = None,
        limits: Limits | None = None,
        plan: RunPlan | None = None,
        unattended: bool = False,
    ) -> None:
        self.journal = journal
        self.unattended = unattended
        self.campaign_id = campaign_id
        self._profile = profile
        self._concurrency = concurrency
        self._resend_unknown = resend_unknown
        self.on_progress = on_progress
        self._on_tracking_error = on_tracking_error or (lambda _message: None)
        self._factory = transport_factory
        self._limits = limits
        self.plan = plan
        self._lock = threading.Lock()
        self._runner: CampaignRunner | None = None
        self._paused_early = False
        self._stop_early: tuple[Reason, CampaignStatus] | None = None

    def prepare(self) -> RunPlan:
        """Transport, limits and options (asks AWS for limits on an SES profile)."""
        if self.plan is None:
            self.plan = prepare_run(
                self.journal,
                self.campaign_id,
                profile=self._profile,
                concurrency=self._concurrency,
                resend_unknown=self._resend_unknown,
            )
        return self.plan

    # -- control (any thread) ------------------------------------------------------------
    def pause(self) -> None:
        with self._lock:
            self._paused_early = True
            runner = self._runner
        if runner is not None:
            runner.pause()

    def resume(self) -> None:
        with self._lock:
            self._paused_early = False
            runner = self._runner
        if runner is not None:
            runner.resume()

    def cancel(self) -> None:
        self.stop(Reason(ReasonCode.CANCELLED_BY_USER), CampaignStatus.CANCELLED)

    def stop(self, why: Reason, status: CampaignStatus = CampaignStatus.STOPPED) -> None:
        with self._lock:
            self._stop_early = (why, status)
            runner = self._runner
        if runner is not None:
            runner.stop(why, status=status)

    def decline(self) -> None:
        """The user did not confirm: nothing was sent, the campaign stays resumable."""
        self.journal.campaigns.set_status(
            self.campaign_id, CampaignStatus.STOPPED, Reason(ReasonCode.NOT_CONFIRMED)
        )

    # -- the run (blocks) ----------------------------------------------------------------
    def run(self) -> Progress:
        from mailer.aws.tracking import start_tracking
        from mailer.sending.runner import CampaignRunner

        plan = self.prepare()
        runner = CampaignRunner(
            self.journal,
            self.campaign_id,
            self._factory or plan.factory,
            self._limits or plan.limits,
            dataclasses.replace(plan.options, unattended=self.unattended),
            on_progress=self.on_progress,
        )
        with self._lock:
            self._runner = runner
            paused, stop = self._paused_early, self._stop_early
        if stop is not None:
            runner.stop(stop[0], status=stop[1])
        elif paused:
            runner.pause()
        tracking = start_tracking(plan.profile, self.journal, on_error=self._on_tracking_error)
        try:
            return runner.run()
        finally:
            if tracking is not None:
                tracking.stop()


# -- tracking while the app is open ---------------------------------------------------------


class Tracking:
    """SES notifications polled into the journal for one profile; owns its journal."""

    def __init__(self, poller: Any, journal: Journal) -> None:
        self._poller = poller
        self._journal = journal

    def stop(self) -> None:
        self._poller.stop()
        self._journal.close()


def track(profile: Profile, *, on_error: ErrorSink, journal: Path | None = None) -> Tracking | None:
    """Start polling the profile's tracking queue (None when it has none)."""
    from mailer.aws.tracking import start_tracking

    if profile.kind != "ses" or not profile.tracking_queue_url:
        return None
    store = open_journal(journal)
    poller = start_tracking(profile, store, on_error=on_error)
    if poller is None:
        store.close()
        return None
    return Tracking(poller, store)
