"""How a stored campaign is run: its transport, limits and run options.

``prepare_run`` turns a campaign in the journal back into a transport factory,
limits and options, so ``resume`` sends exactly as the first run did. The defaults
per transport live here (limits, workers, the send-log account key).

Limits, when a profile sets none (``rate``/``daily`` None; 0 means "no limit"):
the outbox is a rehearsal, unpaced and uncapped; a plain SMTP server is unpaced and
uncapped (its own limits are its business); an Amazon SES SMTP endpoint
(email-smtp.REGION.amazonaws.com) keeps the SES account's limits, read through the API
when credentials allow, else the sandbox's (with a note saying so); the SES API always
keeps the account's.
"""

from __future__ import annotations

import dataclasses
import math
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mailer.content.listmanagement import campaign_list_management
from mailer.errors import ConfigError
from mailer.sending.options import MAX_WORKERS, Limits, RunOptions
from mailer.settings import Profile, data_dir
from mailer.store.journal import Journal
from mailer.transports import make_transport_factory
from mailer.transports.base import TransportFactory
from mailer.transports.outbox import delivered_keys

if TYPE_CHECKING:
    from mailer.aws.account import AccountLimits

# Amazon SES's SMTP endpoints (FIPS ones too): the SMTP user sends on an SES account.
_SES_SMTP_HOST = re.compile(r"email-smtp(?:-fips)?\.([a-z0-9-]+)\.amazonaws\.com\.?\Z", re.I)

# The defaults in words, as `mailer send --help` and the README give them.
TRANSPORT_DEFAULTS = {
    "outbox": "no rate limit and no daily cap (a rehearsal)",
    "smtp": "no rate limit and no daily cap; on an Amazon SES SMTP endpoint "
    "(email-smtp.REGION.amazonaws.com) the SES account's limits, or the sandbox's "
    "(1 a second, 200 a day) when they cannot be read",
    "ses": "the SES account's limits",
}


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
    build_processes: int | None = None,
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
    factory = make_transport_factory(
        profile,
        concurrency=workers,
        outbox_dir=outbox,
        list_management=campaign_list_management(campaign.settings),
    )
    options = RunOptions(
        concurrency=workers,
        account=account_key(profile),
        resend_unknown=resend_unknown,
        settle=_outbox_settler(outbox) if profile.kind == "outbox" else None,
        refresh_limits=(lambda: _limits(profile)) if profile.kind == "ses" else None,
        watch_events=bool(profile.tracking_queue_url),
        build_processes=(
            auto_build_processes(profile.kind, limits.rate)
            if build_processes is None
            else build_processes
        ),
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


# From this SES rate up, one sending process runs short of CPU (measured on 2 cores:
# 500/s held 97-99% in threads alone, 99% with a build process; 1,000/s 71% vs 99%).
BUILD_PROCESSES_FROM = 250.0
RATE_PER_BUILD_PROCESS = 1500.0  # what one build process keeps up with, with room


def auto_build_processes(kind: str, rate: float, cores: int | None = None) -> int:
    """Processes that build and sign SES requests beside the sending one (0 = none):
    only for the SES API at high rates, and only where there is a core to spare."""
    cores = cores if cores is not None else usable_cores()
    if kind != "ses" or rate < BUILD_PROCESSES_FROM or cores < 2:
        return 0
    return max(1, min(cores - 1, math.ceil(rate / RATE_PER_BUILD_PROCESS)))


def usable_cores() -> int:
    """The cores this process may run on (a container or taskset may allow fewer)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def account_key(profile: Profile) -> str:
    """Whose quota a send counts against (the send log is kept per account): the real
    account, never the profile's name, so a campaign started in the CLI and resumed in
    the app (two profiles, one account) counts against one quota."""
    if profile.kind == "ses":
        from mailer.aws.session import resolve_region

        region = resolve_region(profile) or "env"
        endpoint = f":{profile.endpoint_url}" if profile.endpoint_url else ""
        return f"ses:{profile.aws_profile or 'default'}:{region}{endpoint}"
    if profile.kind == "smtp":
        return f"smtp:{profile.smtp_user}@{profile.smtp_host.strip().lower()}"
    return f"outbox:{_outbox_dir(profile)}"


def ses_smtp_region(host: str) -> str | None:
    """The region of an Amazon SES SMTP endpoint (email-smtp.REGION.amazonaws.com), else None."""
    match = _SES_SMTP_HOST.match(host.strip())
    return match.group(1).lower() if match else None


def uses_ses_account(profile: Profile) -> bool:
    """Does a send through this profile count against an SES account's limits?"""
    return profile.kind == "ses" or (
        profile.kind == "smtp" and ses_smtp_region(profile.smtp_host) is not None
    )


def transport_limits(profile: Profile) -> AccountLimits:
    """An outbox or SMTP profile's limits: what it sets, else its transport's default
    (see the module docstring)."""
    from mailer.aws.account import AccountLimits, ses_smtp_limits

    base = AccountLimits(max_send_rate=0.0, max_24h=None, sent_last_24h=0, production=True)
    region = ses_smtp_region(profile.smtp_host) if profile.kind == "smtp" else None
    if region and (profile.rate is None or profile.daily is None):
        base = ses_smtp_limits(profile, region)
    rate = base.max_send_rate if profile.rate is None else float(profile.rate)
    daily = base.max_24h if profile.daily is None else (profile.daily or None)  # 0: no cap
    return dataclasses.replace(base, max_send_rate=rate, max_24h=daily)


def _limits(profile: Profile) -> Limits:
    if not uses_ses_account(profile):  # the profile's settings rule: botocore stays unloaded
        rate = 0.0 if profile.rate is None else float(profile.rate)
        return Limits(rate=rate, daily=profile.daily or None)  # None, 0: no cap
    from mailer.aws.account import fetch_limits

    limits = fetch_limits(profile)
    return Limits(
        rate=limits.max_send_rate,
        daily=limits.max_24h,
        sent_last_24h=limits.sent_last_24h,
        note=limits.note,
    )


def _outbox_dir(profile: Profile) -> Path | None:
    if profile.kind != "outbox":
        return None
    folder = Path(profile.outbox_dir).expanduser() if profile.outbox_dir else data_dir() / "outbox"
    return folder.absolute()


def _outbox_settler(directory: Path | None) -> Any:
    def settle(uid: str, unknown: Sequence[int]) -> dict[int, str]:
        """Rows left unknown by a crash: the outbox can tell whether they went out."""
        found = delivered_keys(directory) if directory else {}
        return {idx: found[f"{uid}-{idx}"] for idx in unknown if f"{uid}-{idx}" in found}

    return settle
