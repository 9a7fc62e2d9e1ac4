"""How a stored campaign is run: its transport, limits and run options.

``prepare_run`` turns a campaign in the journal back into a transport factory,
limits and options, so ``resume`` sends exactly as the first run did. The defaults
per transport live here (workers, the send-log account key).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mailer.errors import ConfigError
from mailer.sending.options import MAX_WORKERS, Limits, RunOptions
from mailer.settings import Profile, data_dir
from mailer.store.journal import Journal
from mailer.transports import make_transport_factory
from mailer.transports.base import TransportFactory
from mailer.transports.outbox import delivered_keys


@dataclass(frozen=True)
class RunPlan:
    profile: Profile
    factory: TransportFactory
    limits: Limits
    options: RunOptions


def stored_profile(journal: Journal, campaign_id: int) -> Profile:
    data = journal.campaigns.get(campaign_id).settings.get("profile") or {}
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
    campaign = journal.campaigns.get(campaign_id)
    profile = profile or stored_profile(journal, campaign_id)
    limits = _limits(profile)
    workers = (
        concurrency
        or campaign.settings.get("concurrency")
        or auto_concurrency(profile.kind, limits.rate)
    )
    if type(workers) is not int or not 1 <= workers <= MAX_WORKERS:  # a damaged setting
        raise ConfigError(
            f"Campaign {campaign_id}: concurrency must be a whole number from 1 to "
            f"{MAX_WORKERS}, not {workers!r}; give --concurrency N."
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
    return max(4, min(MAX_WORKERS, math.ceil(rate * _ASSUMED_LATENCY)))


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
        return Limits(rate=float(profile.rate), daily=profile.daily or None)  # 0: no limit
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
