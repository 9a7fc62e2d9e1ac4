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
    "RecipientTable": "mailer.content.recipients",
    "RowStatus": "mailer.states",
    "load_recipients": "mailer.content.recipients",
    "TemplateSet": "mailer.content.templates",
    "RenderedEmail": "mailer.content.templates",
    "SenderSettings": "mailer.content.message",
    "build_message": "mailer.content.message",
    # sending
    "Journal": "mailer.store.journal",
    "RowState": "mailer.states",
    "CampaignStatus": "mailer.states",
    "CampaignRunner": "mailer.sending.runner",
    "Limits": "mailer.sending.options",
    "RunOptions": "mailer.sending.options",
    "Progress": "mailer.sending.progress",
    "RateLimiter": "mailer.sending.throttle",
    "DailyQuota": "mailer.sending.throttle",
    "create_campaign": "mailer.service",
    "prepare_run": "mailer.sending.plan",
    "sender_settings": "mailer.service",
    "sandbox_skips": "mailer.service",
    "make_transport_factory": "mailer.transports",
    # account, settings, tracking
    "AccountLimits": "mailer.aws.account",
    "fetch_limits": "mailer.aws.account",
    "list_identities": "mailer.aws.account",
    "verify_email": "mailer.aws.account",
    "sandbox_allows": "mailer.aws.account",
    "Profile": "mailer.settings",
    "Settings": "mailer.settings",
    "data_dir": "mailer.settings",
    "make_poller": "mailer.aws.tracking",
    "provision": "mailer.aws.tracking",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'mailer' has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)


if TYPE_CHECKING:  # pragma: no cover - names for type checkers and IDEs
    from mailer.aws.account import (
        AccountLimits,
        fetch_limits,
        list_identities,
        sandbox_allows,
        verify_email,
    )
    from mailer.aws.tracking import make_poller, provision
    from mailer.content.message import SenderSettings, build_message
    from mailer.content.recipients import RecipientTable, load_recipients
    from mailer.content.templates import RenderedEmail, TemplateSet
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
    from mailer.sending.options import Limits, RunOptions
    from mailer.sending.plan import prepare_run
    from mailer.sending.progress import Progress
    from mailer.sending.runner import CampaignRunner
    from mailer.sending.throttle import DailyQuota, RateLimiter
    from mailer.service import create_campaign, sandbox_skips, sender_settings
    from mailer.settings import Profile, Settings, data_dir
    from mailer.states import CampaignStatus, RowState, RowStatus
    from mailer.store.journal import Journal
    from mailer.transports import make_transport_factory
