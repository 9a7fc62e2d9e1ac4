"""Transports and the factory that picks one for a profile.

Each transport module is imported only when its profile kind is used, so an outbox
run never loads boto3 and an SES run never loads smtplib's TLS setup.
"""

from __future__ import annotations

from pathlib import Path

from mailer.content.listmanagement import ListManagement
from mailer.errors import ConfigError
from mailer.settings import Profile, data_dir
from mailer.transports.base import SendResult, Transport, TransportFactory


def make_transport_factory(
    profile: Profile,
    *,
    concurrency: int,
    outbox_dir: Path | None = None,
    list_management: ListManagement | None = None,
) -> TransportFactory:
    """A factory that makes one transport per worker for ``profile``.

    ``list_management`` (an SES audience) goes into each SES API request as
    ListManagementOptions; over SMTP the message carries it as a header instead.

    Settings problems (no region, no password, plaintext SMTP to a remote host)
    raise ConfigError here, before anything is sent.
    """
    if profile.kind == "outbox":
        from mailer.transports.outbox import OutboxTransport

        directory = outbox_dir or (
            Path(profile.outbox_dir).expanduser() if profile.outbox_dir else data_dir() / "outbox"
        )
        return lambda: OutboxTransport(directory)
    if profile.kind == "ses":
        from mailer.transports.ses import ses_transport_factory

        return ses_transport_factory(
            profile, concurrency=max(1, concurrency), list_management=list_management
        )
    if profile.kind == "smtp":
        from mailer.transports.smtp import smtp_transport_factory

        return smtp_transport_factory(profile)
    raise ConfigError(
        f"Profile {profile.name!r} has kind {profile.kind!r}; use outbox, ses or smtp."
    )


__all__ = ["SendResult", "Transport", "TransportFactory", "make_transport_factory"]


def check_settings(profile: Profile) -> None:
    """ConfigError for SMTP settings that can never work (no host and no region, plain
    SMTP to another computer), checked before a campaign is made for them."""
    if profile.kind == "smtp":
        from mailer.transports.smtp import SmtpConfig

        SmtpConfig.from_profile(profile)
