"""How one run of a campaign is paced and configured (CampaignRunner's inputs)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

MAX_WORKERS = 64  # parallel connections of one run (sending threads)
MAX_BUILD_PROCESSES = 8  # SES request builders beside the sending process
# Settles rows left ``unknown`` by a crash: idx -> message id for those that did go out.
Settler = Callable[[str, Sequence[int]], dict[int, str]]


@dataclass(frozen=True)
class Limits:
    """Pace for one run: per-second rate (0 = none) and 24-hour quota (None = none)."""

    rate: float
    daily: int | None
    sent_last_24h: int = 0  # what the account reports (SES); our own log is added
    note: str = ""  # why these limits, when that needs saying (SES SMTP in doubt: sandbox)


@dataclass(frozen=True)
class RunOptions:
    concurrency: int = 4
    # Processes that render, build and sign ahead of the sending threads (SES API
    # only, mailer.sending.buildpool); 0: the sending threads do it themselves.
    build_processes: int = 0
    account: str = "outbox"  # send-log key: the quota is per account
    resend_unknown: bool = False
    settle: Settler | None = None
    refresh_limits: Callable[[], Limits] | None = None
    refresh_every: float = 60.0
    watch_events: bool = False  # re-read counts for the deliverability guard
    # Nobody to press resume (the CLI): what would pause the run (failures piling up,
    # retries exhausted, the deliverability guard) stops it, resumable, with the reason.
    unattended: bool = False
    watch_every: float = 2.0
    max_attempts: int = 12
    backoff_base: float = 0.5
    backoff_cap: float = 30.0
