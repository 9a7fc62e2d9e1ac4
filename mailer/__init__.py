"""Bulk Mailer's core: everything a campaign needs, without Qt.

This is the public API that ui/ and the CLI use. Names load lazily so that
``import mailer`` stays cheap (the app's window appears before pandas is loaded).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

_EXPORTS = {
    # errors
    "MailerError": "mailer.errors",
    "InputError": "mailer.errors",
    "RecipientsError": "mailer.errors",
    "TemplateError": "mailer.errors",
    "ConfigError": "mailer.errors",
    "MessageError": "mailer.errors",
    "TransportError": "mailer.errors",
    "RetryableError": "mailer.errors",
    "QuotaExhausted": "mailer.errors",
    "RecipientRejected": "mailer.errors",
    "AccountError": "mailer.errors",
    "JournalError": "mailer.errors",
    # content
    "RecipientTable": "mailer.recipients",
    "RowStatus": "mailer.recipients",
    "load_recipients": "mailer.recipients",
    "TemplateSet": "mailer.templates",
    "RenderedEmail": "mailer.templates",
    "SenderSettings": "mailer.message",
    "build_message": "mailer.message",
    # sending
    "Journal": "mailer.journal",
    "State": "mailer.journal",
    "CampaignRunner": "mailer.runner",
    "Limits": "mailer.run_options",
    "RunOptions": "mailer.run_options",
    "Progress": "mailer.progress",
    "RateLimiter": "mailer.throttle",
    "DailyQuota": "mailer.throttle",
    "create_campaign": "mailer.campaign",
    "prepare_run": "mailer.campaign",
    "sender_settings": "mailer.campaign",
    "sandbox_skips": "mailer.campaign",
    "make_transport_factory": "mailer.transports",
    # account, settings, tracking
    "AccountLimits": "mailer.account",
    "fetch_limits": "mailer.account",
    "list_identities": "mailer.account",
    "verify_email": "mailer.account",
    "sandbox_allows": "mailer.account",
    "Profile": "mailer.settings",
    "Settings": "mailer.settings",
    "data_dir": "mailer.settings",
    "make_poller": "mailer.tracking_run",
    "provision": "mailer.tracking_run",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'mailer' has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)


if TYPE_CHECKING:  # pragma: no cover - names for type checkers and IDEs
    from mailer.account import (
        AccountLimits,
        fetch_limits,
        list_identities,
        sandbox_allows,
        verify_email,
    )
    from mailer.campaign import create_campaign, prepare_run, sandbox_skips, sender_settings
    from mailer.errors import (
        AccountError,
        ConfigError,
        InputError,
        JournalError,
        MailerError,
        MessageError,
        QuotaExhausted,
        RecipientRejected,
        RecipientsError,
        RetryableError,
        TemplateError,
        TransportError,
    )
    from mailer.journal import Journal, State
    from mailer.message import SenderSettings, build_message
    from mailer.progress import Progress
    from mailer.recipients import RecipientTable, RowStatus, load_recipients
    from mailer.run_options import Limits, RunOptions
    from mailer.runner import CampaignRunner
    from mailer.settings import Profile, Settings, data_dir
    from mailer.templates import RenderedEmail, TemplateSet
    from mailer.throttle import DailyQuota, RateLimiter
    from mailer.tracking_run import make_poller, provision
    from mailer.transports import make_transport_factory
