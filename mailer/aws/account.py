"""What the account may do: limits, sandbox status, identities, suppressions.

Limits come from ``sesv2.get_account``. Where that call is unavailable (older
endpoints and local emulators answer 404 / unknown operation) they come from v1
``ses.get_send_quota``, which says nothing about production access: the sandbox's
exact limits (200 a day, 1 a second) are then taken to mean "sandbox", anything
higher "production".
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from mailer.aws import session as aws
from mailer.aws.errors import (
    AWS_ERRORS,
    Family,
    aws_errors,
    classify,
    describe,
    failed_identities,
    sender_not_verified,
    to_mailer_error,
)
from mailer.errors import ConfigError, MailerError
from mailer.settings import Profile

SIMULATOR_DOMAIN = "simulator.amazonses.com"
SIMULATOR_ADDRESSES: tuple[str, ...] = tuple(
    f"{local}@{SIMULATOR_DOMAIN}"
    for local in ("success", "bounce", "ooto", "complaint", "suppressionlist")
)
_SIMULATOR_LOCALS = frozenset(a.split("@")[0] for a in SIMULATOR_ADDRESSES)
SANDBOX_MAX_24H = 200
SANDBOX_MAX_RATE = 1.0
# get_account missing at this endpoint (older endpoints, emulators): fall back to v1.
_UNAVAILABLE = {Family.UNSUPPORTED, Family.NOT_FOUND}
_VERIFY_HINTS = {
    Family.LIMIT: "delete identities that are no longer used, or ask AWS for a higher limit",
    Family.BAD_REQUEST: "check the address",
}


@dataclass(frozen=True)
class AccountLimits:
    max_send_rate: float  # per second
    max_24h: int | None  # None = unlimited (-1 from SES)
    sent_last_24h: int
    production: bool  # False = sandbox
    sending_enabled: bool = True
    enforcement: str = "HEALTHY"
    note: str = ""  # a sentence to show with the limits (why these and not the account's)


@dataclass(frozen=True)
class Identity:
    name: str
    kind: str  # "email" | "domain"
    verified: bool
    dkim: str  # SES DKIM status: SUCCESS, PENDING, FAILED, TEMPORARY_FAILURE, NOT_STARTED, ""


def fetch_limits(profile: Profile) -> AccountLimits:
    """The limits a send through ``profile`` keeps: the SES account's; for outbox and
    SMTP profiles the profile's rate/daily, else the transport's default
    (``mailer.sending.plan.transport_limits``: the SES account's over an SES SMTP endpoint)."""
    if profile.kind != "ses":
        from mailer.sending.plan import transport_limits

        return transport_limits(profile)
    client = aws.make_client(profile, "sesv2")
    try:
        return _limits_from_account(client.get_account())
    except AWS_ERRORS as exc:
        if classify(exc).family not in _UNAVAILABLE:
            raise to_mailer_error(
                exc, where=describe(client), action="read the account limits"
            ) from exc
    return _limits_from_v1(profile)


def ses_smtp_limits(profile: Profile, region: str) -> AccountLimits:
    """The SES account behind an SES SMTP profile, read through the SES API with the AWS
    credentials found for it (named profile, keyring, environment, ~/.aws). Without
    them: the sandbox's limits, and a note that says so (SMTP cannot tell them)."""
    try:
        return fetch_limits(dataclasses.replace(profile, kind="ses", region=region))
    except MailerError as exc:
        note = (
            f"Could not read the limits of the SES account behind {profile.smtp_host} "
            f"({_first_sentence(exc)}); using the SES sandbox's, {SANDBOX_MAX_RATE:g} a "
            f"second and {SANDBOX_MAX_24H} a day. Set the rate and daily limit (--rate, "
            "--daily or the profile's) to your account's, or give AWS credentials."
        )
        return AccountLimits(SANDBOX_MAX_RATE, SANDBOX_MAX_24H, 0, production=False, note=note)


def _first_sentence(exc: BaseException) -> str:
    text = str(exc).strip()
    cut = text.find(". ")
    return (text[:cut] if cut > 0 else text).rstrip(".")


def _max_24h(value: Any) -> int | None:
    number = int(float(value))
    return None if number < 0 else number


def _limits_from_account(reply: dict[str, Any]) -> AccountLimits:
    quota = reply.get("SendQuota", {})
    return AccountLimits(
        max_send_rate=float(quota.get("MaxSendRate", SANDBOX_MAX_RATE)),
        max_24h=_max_24h(quota.get("Max24HourSend", SANDBOX_MAX_24H)),
        sent_last_24h=int(float(quota.get("SentLast24Hours", 0))),
        production=bool(reply.get("ProductionAccessEnabled", False)),
        sending_enabled=bool(reply.get("SendingEnabled", True)),
        enforcement=str(reply.get("EnforcementStatus", "HEALTHY")),
    )


def _limits_from_v1(profile: Profile) -> AccountLimits:
    client = aws.make_client(profile, "ses")
    with aws_errors(where=describe(client), action="read the sending quota"):
        reply = client.get_send_quota()
    rate = float(reply.get("MaxSendRate", SANDBOX_MAX_RATE))
    max_24h = _max_24h(reply.get("Max24HourSend", SANDBOX_MAX_24H))
    sandbox = max_24h is not None and max_24h <= SANDBOX_MAX_24H and rate <= SANDBOX_MAX_RATE
    return AccountLimits(
        max_send_rate=rate,
        max_24h=max_24h,
        sent_last_24h=int(float(reply.get("SentLast24Hours", 0))),
        production=not sandbox,
    )


def is_simulator(address: str) -> bool:
    """The SES mailbox simulator (labels allowed: bounce+x@simulator.amazonses.com)."""
    local, _, domain = address.strip().lower().rpartition("@")
    return domain == SIMULATOR_DOMAIN and local.split("+", 1)[0] in _SIMULATOR_LOCALS


def sandbox_allows(address: str, identities: Iterable[Identity]) -> bool:
    """May the sandbox send to this address: simulator, or a verified address/domain."""
    if is_simulator(address):
        return True
    wanted = address.strip().lower()
    domain = wanted.rpartition("@")[2]
    for identity in identities:
        if not identity.verified:
            continue
        name = identity.name.strip().lower()
        if (identity.kind == "email" and name == wanted) or (
            identity.kind == "domain" and name == domain
        ):
            return True
    return False


def _identity_pages(client: Any) -> Iterator[dict[str, Any]]:
    token: str | None = None
    while True:
        kwargs: dict[str, Any] = {"PageSize": 1000}
        if token:
            kwargs["NextToken"] = token
        reply = client.list_email_identities(**kwargs)
        yield from reply.get("EmailIdentities", [])
        token = reply.get("NextToken")
        if not token:
            return


def _identity(client: Any, info: dict[str, Any]) -> Identity:
    name = str(info.get("IdentityName", ""))
    kind = "email" if info.get("IdentityType") == "EMAIL_ADDRESS" else "domain"
    verified = info.get("VerificationStatus") == "SUCCESS"
    detail = client.get_email_identity(EmailIdentity=name)
    verified = verified or detail.get("VerificationStatus") == "SUCCESS"
    dkim = str(detail.get("DkimAttributes", {}).get("Status", ""))
    return Identity(name=name, kind=kind, verified=verified, dkim=dkim)


def list_identities(profile: Profile) -> list[Identity]:
    """Email and domain identities with verification and DKIM status, sorted by name."""
    client = aws.make_client(profile, "sesv2")
    with aws_errors(where=describe(client), action="list the identities"):
        found = [_identity(client, info) for info in _identity_pages(client)]
    return sorted(found, key=lambda i: (i.kind, i.name))


def verify_email(profile: Profile, address: str) -> None:
    """Ask SES to send a verification mail to ``address`` (already known: no-op)."""
    address = address.strip()
    local, _, domain = address.rpartition("@")
    if not local or "." not in domain or any(c.isspace() for c in address):
        raise ConfigError(f"{address!r} is not an email address; give one like name@example.com.")
    client = aws.make_client(profile, "sesv2")
    try:
        client.create_email_identity(EmailIdentity=address)
    except AWS_ERRORS as exc:
        if classify(exc).family is Family.ALREADY_EXISTS:
            return  # asked before: SES keeps the identity, verified or pending
        raise to_mailer_error(
            exc, where=describe(client), action=f"verify {address}", hints=_VERIFY_HINTS
        ) from exc


def import_account_suppressions(profile: Profile) -> list[tuple[str, str]]:
    """The account-level suppression list as (address, reason) pairs, all pages."""
    client = aws.make_client(profile, "sesv2")
    found: list[tuple[str, str]] = []
    token: str | None = None
    with aws_errors(where=describe(client), action="read the account suppression list"):
        while True:
            kwargs: dict[str, Any] = {"PageSize": 1000}
            if token:
                kwargs["NextToken"] = token
            reply = client.list_suppressed_destinations(**kwargs)
            for item in reply.get("SuppressedDestinationSummaries", []):
                reason = str(item.get("Reason", "")).lower() or "suppressed"
                found.append((str(item["EmailAddress"]), f"ses account: {reason}"))
            token = reply.get("NextToken")
            if not token:
                return found


__all__ = [
    "SIMULATOR_ADDRESSES",
    "AccountLimits",
    "Identity",
    "failed_identities",
    "fetch_limits",
    "import_account_suppressions",
    "is_simulator",
    "list_identities",
    "sandbox_allows",
    "sender_not_verified",
    "ses_smtp_limits",
    "verify_email",
]
