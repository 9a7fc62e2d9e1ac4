"""The account dialog's worker-side calls into the core (keyring, files, AWS)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from mailer import Profile, Settings


def store_secrets(profile: str, secrets: dict[str, str]) -> None:
    from mailer import credentials

    for key, value in secrets.items():
        credentials.set_secret(profile, key, value)


def save_settings(settings: Settings, secrets: dict[str, dict[str, str]]) -> None:
    """Secrets first (a keyring failure leaves the settings file untouched), then the file."""
    for name, values in secrets.items():
        if name in settings.profiles:
            store_secrets(name, values)
    settings.save()


def connection_report(profile: Profile) -> str:
    """Limits, sandbox status and identities, as text for the dialog."""
    from mailer import list_identities, service

    # As the status bar and the Review page count it: the account's figure, or at least
    # this app's own send log (an outbox or SMTP profile has no other).
    limits = service.account_limits(profile)
    lines = []
    rate = (
        QCoreApplication.translate("account", "no limit")
        if not limits.max_send_rate
        else f"{limits.max_send_rate:g}/s"
    )
    daily = (
        QCoreApplication.translate("account", "no limit")
        if limits.max_24h is None
        else f"{limits.max_24h:,}"
    )
    lines.append(QCoreApplication.translate("account", "Sending rate: %1").replace("%1", rate))
    lines.append(
        QCoreApplication.translate("account", "Daily quota: %1 (%2 sent in the last 24 hours)")
        .replace("%1", daily)
        .replace("%2", f"{limits.sent_last_24h:,}")
    )
    if profile.kind == "ses":
        lines.append(
            QCoreApplication.translate("account", "Production access: sending to anyone")
            if limits.production
            else QCoreApplication.translate(
                "account", "Sandbox: only verified addresses and the mailbox simulator receive mail"
            )
        )
        if not limits.sending_enabled:
            lines.append(
                QCoreApplication.translate(
                    "account", "Sending is PAUSED for this account (%1)."
                ).replace("%1", limits.enforcement)
            )
        identities = list_identities(profile)
        lines.append(
            QCoreApplication.translate("account", "Identities:")
            if identities
            else QCoreApplication.translate("account", "No verified identities yet.")
        )
        for identity in identities:
            state = (
                QCoreApplication.translate("account", "verified")
                if identity.verified
                else QCoreApplication.translate("account", "not verified")
            )
            dkim = f", DKIM {identity.dkim}" if identity.dkim else ""
            lines.append(f"  {identity.name} ({identity.kind}): {state}{dkim}")
    elif profile.kind == "smtp":
        if limits.note:  # an SES SMTP endpoint whose account could not be read
            lines.append(
                QCoreApplication.translate(
                    "account",
                    "The limits of the Amazon SES account behind this SMTP endpoint could "
                    "not be read (no AWS credentials for the SES API): the sandbox's are "
                    "used, 1 a second and 200 a day. Set this profile's limits to your "
                    "account's.",
                )
            )
        lines.append(
            QCoreApplication.translate(
                "account",
                "SMTP limits are the ones set in this profile (by default none, or the SES "
                "account's for an SES SMTP endpoint); send a test message from the preview "
                "to check the server and password.",
            )
        )
    return "\n".join(lines)


def verify_address(profile: Profile, address: str) -> None:
    from mailer import verify_email

    verify_email(profile, address)


def set_up_tracking(profile: Profile) -> Profile:
    """Provision SES -> SNS -> SQS tracking and return the profile that uses it."""
    from mailer import set_up_tracking as provision

    return provision(profile)
