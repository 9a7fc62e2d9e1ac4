"""From files and a profile to a runnable campaign: the steps the CLI and the app share.

``create_campaign`` snapshots a checked recipient table and template into the
journal with the sender and profile (no secrets); ``prepare_run`` turns a stored
campaign back into a transport factory, limits and run options, so ``resume``
sends exactly as the first run did.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mailer.content.message import SenderSettings
from mailer.content.recipients import RecipientTable
from mailer.content.templates import TemplateSet
from mailer.errors import InputError, TemplateError
from mailer.sending.options import Limits, RunOptions
from mailer.settings import Profile, data_dir
from mailer.store.journal import Journal
from mailer.transports import make_transport_factory
from mailer.transports.base import TransportFactory
from mailer.transports.outbox import delivered_keys

if TYPE_CHECKING:
    from mailer.aws.account import AccountLimits

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
) -> tuple[dict[int, str], AccountLimits | None]:
    """For an SES profile in the sandbox: rows whose address is not verified, with the reason."""
    if profile.kind != "ses":
        return {}, None
    from mailer.aws.account import fetch_limits, list_identities, sandbox_allows

    limits = fetch_limits(profile)
    if limits.production:
        return {}, limits
    identities = list_identities(profile)
    reason = "not a verified identity (SES sandbox)"
    skips = {
        i: reason for i in table.valid_indices() if not sandbox_allows(table.emails[i], identities)
    }
    return skips, limits


def account_limits(profile: Profile, journal: Journal | None = None) -> AccountLimits:
    """The profile's limits with "sent in the last 24 hours" as the runner counts it:
    the account's figure, or at least this app's own send log (outbox, SMTP)."""
    import dataclasses
    import time

    from mailer.aws.account import fetch_limits

    limits = fetch_limits(profile)
    journal = journal or Journal.open_default()
    own = len(journal.send_times_since(time.time() - 24 * 3600, account_key(profile)))
    return dataclasses.replace(limits, sent_last_24h=max(limits.sent_last_24h, own))


EXPORT_HEADER = ("line", "recipient", "state", "message_id", "error", "attempts", "updated")


def export_results(journal: Journal, campaign_id: int, path: Path) -> int:
    """One CSV row per recipient: result columns, then the file's own columns.
    UTF-8 with a BOM, so Excel (Korean Windows included) opens it right. Returns rows."""
    import csv

    columns = journal.columns(journal.campaign(campaign_id).id)
    count = 0
    try:
        with open(path, "w", newline="", encoding="utf-8-sig") as fh:
            writer = csv.writer(fh)
            writer.writerow([*EXPORT_HEADER, *columns])
            for row in journal.export_rows(campaign_id):
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
    from mailer.errors import MailerError
    from mailer.transports import make_transport_factory

    check_test_address(profile, to)
    journal = journal or Journal.open_default()
    transport = make_transport_factory(profile, concurrency=1)()
    try:
        message_id = transport.send(message, sender=sender, recipient=to, tags=TEST_TAGS).message_id
    except MailerError as exc:
        journal.log_test_send(profile.name, to, "", str(exc))
        raise
    finally:
        transport.close()
    journal.log_test_send(profile.name, to, message_id)
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
    skips: dict[int, str] | None = None,
) -> int:
    settings: dict[str, Any] = {
        "sender": {**asdict(sender), "unsubscribe": list(sender.unsubscribe)},
        "profile": profile.to_dict(),
        "concurrency": concurrency,
    }
    return journal.create_campaign(
        name=name, table=table, template=template, settings=settings, skips=skips
    )


@dataclass(frozen=True)
class RunPlan:
    profile: Profile
    factory: TransportFactory
    limits: Limits
    options: RunOptions


def stored_profile(journal: Journal, campaign_id: int) -> Profile:
    data = journal.campaign(campaign_id).settings.get("profile") or {}
    return Profile.from_dict(dict(data), source=f"campaign {campaign_id}")


def prepare_run(
    journal: Journal,
    campaign_id: int,
    *,
    profile: Profile | None = None,
    concurrency: int | None = None,
    resend_unknown: bool = False,
) -> RunPlan:
    """Transport, limits and options for running (or resuming) a stored campaign."""
    campaign = journal.campaign(campaign_id)
    profile = profile or stored_profile(journal, campaign_id)
    limits = _limits(profile)
    workers = (
        concurrency
        or campaign.settings.get("concurrency")
        or auto_concurrency(profile.kind, limits.rate)
    )
    outbox = _outbox_dir(profile)
    factory = make_transport_factory(profile, concurrency=workers, outbox_dir=outbox)
    options = RunOptions(
        concurrency=workers,
        account=account_key(profile),
        resend_unknown=resend_unknown,
        settle=_outbox_settler(outbox) if profile.kind == "outbox" else None,
        refresh_limits=(lambda: _limits(profile)) if profile.kind == "ses" else None,
        watch_events=bool(profile.tracking_queue_url),
    )
    return RunPlan(profile, factory, limits, options)


# Connections needed = rate x request latency; assume up to 100 ms, with 50% headroom.
_ASSUMED_LATENCY = 0.1 * 1.5


def auto_concurrency(kind: str, rate: float) -> int:
    """Workers enough that request latency never caps the rate (4 to 64)."""
    if kind == "outbox":
        return 4  # local disk: more threads only contend for the GIL
    if rate <= 0:
        return 8  # no pacing: measured best for SMTP on loopback (16 was slower)
    return max(4, min(64, math.ceil(rate * _ASSUMED_LATENCY)))


def account_key(profile: Profile) -> str:
    """Whose quota a send counts against (the send log is kept per account)."""
    if profile.kind == "ses":
        return f"ses:{profile.aws_profile or 'default'}:{profile.region or 'env'}"
    if profile.kind == "smtp":
        return f"smtp:{profile.smtp_user}@{profile.smtp_host}"
    return f"outbox:{profile.name}"


def _limits(profile: Profile) -> Limits:
    if profile.kind != "ses":
        # No account to ask: the profile's settings rule (and botocore stays unloaded).
        return Limits(rate=float(profile.rate), daily=profile.daily)
    from mailer.aws.account import fetch_limits

    limits = fetch_limits(profile)
    return Limits(
        rate=limits.max_send_rate, daily=limits.max_24h, sent_last_24h=limits.sent_last_24h
    )


def _outbox_dir(profile: Profile) -> Path | None:
    if profile.kind != "outbox":
        return None
    return Path(profile.outbox_dir).expanduser() if profile.outbox_dir else data_dir() / "outbox"


def _outbox_settler(directory: Path | None) -> Any:
    def settle(uid: str, unknown: Sequence[int]) -> dict[int, str]:
        """Rows left unknown by a crash: the outbox can tell whether they went out."""
        found = delivered_keys(directory) if directory else {}
        return {idx: found[f"{uid}-{idx}"] for idx in unknown if f"{uid}-{idx}" in found}

    return settle
