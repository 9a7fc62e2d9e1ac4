"""Bulk Mailer's core: everything a campaign needs, without Qt.

This is the public API that ui/ uses (with ``mailer.service``, ``mailer.states`` and
``mailer.errors``; a test forbids ui/ any deeper import). Names load lazily so that
``import mailer`` stays cheap (the app's window appears before pandas is loaded).
The top-level modules ``credentials``, ``logs`` and ``settings`` are public too.
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
    "CampaignDamaged": "mailer.errors",
    # states
    "RowState": "mailer.states",
    "RowStatus": "mailer.states",
    "CampaignStatus": "mailer.states",
    "Reason": "mailer.states",
    "ReasonCode": "mailer.states",
    # content
    "RecipientTable": "mailer.content.recipients",
    "load_recipients": "mailer.content.recipients",
    "TemplateSet": "mailer.content.templates",
    "RenderedEmail": "mailer.content.templates",
    "SenderSettings": "mailer.content.message",
    "build_message": "mailer.content.message",
    "Preflight": "mailer.content.preflight",
    "EmptyLink": "mailer.content.preflight",
    "preflight": "mailer.content.preflight",
    "Scheduled": "mailer.sending.schedule",
    "Segmenter": "mailer.content.segments",
    "SegmentError": "mailer.content.segments",
    "subset_table": "mailer.content.segments",
    # the journal
    "Journal": "mailer.store.journal",
    "CampaignSummary": "mailer.store.campaigns",
    "RecipientRecord": "mailer.store.rows",
    # sending
    "CampaignRunner": "mailer.sending.runner",
    "Limits": "mailer.sending.options",
    "RunOptions": "mailer.sending.options",
    "Progress": "mailer.sending.progress",
    "RateLimiter": "mailer.sending.throttle",
    "DailyQuota": "mailer.sending.throttle",
    "prepare_run": "mailer.sending.plan",
    "make_transport_factory": "mailer.transports",
    "TransportFactory": "mailer.transports.base",
    "OutboxTransport": "mailer.transports.outbox",
    # the application service (also importable as mailer.service)
    "create_campaign": "mailer.service",
    "sender_settings": "mailer.service",
    "sandbox_skips": "mailer.service",
    # Korean advertising-mail marking, as a campaign applies it
    "mark_subject": "mailer.content.advertising",
    # account, settings, tracking
    "AccountLimits": "mailer.aws.account",
    "Identity": "mailer.aws.account",
    "SIMULATOR_ADDRESSES": "mailer.aws.account",
    "fetch_limits": "mailer.aws.account",
    "list_identities": "mailer.aws.account",
    "verify_email": "mailer.aws.account",
    "sandbox_allows": "mailer.aws.account",
    "set_up_tracking": "mailer.aws.tracking",
    # SES set-up
    "Checklist": "mailer.aws.checklist",
    "Step": "mailer.aws.checklist",
    "run_checklist": "mailer.aws.checklist",
    "sending_domain": "mailer.aws.checklist",
    "DnsRecord": "mailer.aws.dns",
    "check_domain": "mailer.aws.dns",
    "DomainIdentity": "mailer.aws.identities",
    "domain_identity": "mailer.aws.identities",
    "create_domain": "mailer.aws.identities",
    "set_mail_from": "mailer.aws.identities",
    "delete_identity": "mailer.aws.identities",
    "DEFAULT_USE_CASE": "mailer.aws.production",
    "ProductionRequest": "mailer.aws.production",
    "ReviewState": "mailer.aws.production",
    "request_production": "mailer.aws.production",
    "review_state": "mailer.aws.production",
    "SendStatistics": "mailer.aws.stats",
    "send_statistics": "mailer.aws.stats",
    "smtp_password": "mailer.aws.smtp_password",
    "smtp_endpoint": "mailer.aws.smtp_password",
    "ses_regions": "mailer.aws.smtp_password",
    "make_poller": "mailer.aws.tracking",
    "provision": "mailer.aws.tracking",
    # reports
    "CampaignReport": "mailer.reports",
    "ABReport": "mailer.reports",
    "ABVariant": "mailer.reports",
    "CampaignRates": "mailer.reports",
    "Figure": "mailer.reports",
    "Measure": "mailer.reports",
    "Base": "mailer.reports",
    "Hour": "mailer.reports",
    "LinkRow": "mailer.reports",
    "DomainRow": "mailer.reports",
    "ReasonKind": "mailer.reports",
    "ReasonRow": "mailer.reports",
    "OPENS_NOTE": "mailer.reports",
    "Profile": "mailer.settings",
    "Settings": "mailer.settings",
    "DEFAULT_PROFILE": "mailer.settings",
    "config_dir": "mailer.settings",
    "data_dir": "mailer.settings",
    "log_dir": "mailer.logs",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'mailer' has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)


if TYPE_CHECKING:  # pragma: no cover - names for type checkers and IDEs
    from mailer.aws.account import (
        SIMULATOR_ADDRESSES,
        AccountLimits,
        Identity,
        fetch_limits,
        list_identities,
        sandbox_allows,
        verify_email,
    )
    from mailer.aws.checklist import Checklist, Step, run_checklist, sending_domain
    from mailer.aws.dns import Record as DnsRecord
    from mailer.aws.dns import check_domain
    from mailer.aws.identities import (
        DomainIdentity,
        create_domain,
        delete_identity,
        domain_identity,
        set_mail_from,
    )
    from mailer.aws.production import (
        DEFAULT_USE_CASE,
        ProductionRequest,
        ReviewState,
        request_production,
        review_state,
    )
    from mailer.aws.smtp_password import ses_regions, smtp_endpoint, smtp_password
    from mailer.aws.stats import SendStatistics, send_statistics
    from mailer.aws.tracking import make_poller, provision, set_up_tracking
    from mailer.content.message import SenderSettings, build_message
    from mailer.content.preflight import EmptyLink, Preflight, preflight
    from mailer.content.recipients import RecipientTable, load_recipients
    from mailer.content.segments import Segmenter, SegmentError, subset_table
    from mailer.content.templates import RenderedEmail, TemplateSet
    from mailer.errors import (
        AccountError,
        CampaignDamaged,
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
    from mailer.logs import log_dir
    from mailer.reports import (
        OPENS_NOTE,
        ABReport,
        ABVariant,
        Base,
        CampaignRates,
        CampaignReport,
        DomainRow,
        Figure,
        Hour,
        LinkRow,
        Measure,
        ReasonKind,
        ReasonRow,
    )
    from mailer.sending.options import Limits, RunOptions
    from mailer.sending.plan import prepare_run
    from mailer.sending.progress import Progress
    from mailer.sending.runner import CampaignRunner
    from mailer.sending.schedule import Scheduled
    from mailer.sending.throttle import DailyQuota, RateLimiter
    from mailer.service import create_campaign, sandbox_skips, sender_settings
    from mailer.settings import DEFAULT_PROFILE, Profile, Settings, config_dir, data_dir
    from mailer.states import CampaignStatus, Reason, ReasonCode, RowState, RowStatus
    from mailer.store.campaigns import CampaignSummary
    from mailer.store.journal import Journal
    from mailer.store.rows import RecipientRecord
    from mailer.transports import make_transport_factory
    from mailer.transports.base import TransportFactory
    from mailer.transports.outbox import OutboxTransport
