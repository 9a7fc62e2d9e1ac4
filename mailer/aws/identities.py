"""A domain identity's DKIM and MAIL FROM facts, as SES reports them (sesv2)."""

from __future__ import annotations

from dataclasses import dataclass

from mailer.aws import session as aws
from mailer.aws.errors import aws_errors, describe
from mailer.settings import Profile


@dataclass(frozen=True)
class DomainIdentity:
    domain: str
    verified: bool
    dkim_status: str  # PENDING | SUCCESS | FAILED | TEMPORARY_FAILURE | NOT_STARTED | ""
    dkim_tokens: tuple[str, ...]
    mail_from: str  # "" = SES's default MAIL FROM (amazonses.com)
    mail_from_status: str  # PENDING | SUCCESS | FAILED | TEMPORARY_FAILURE | ""
    region: str


def domain_identity(profile: Profile, domain: str) -> DomainIdentity:
    """GetEmailIdentity for ``domain``; a MailerError (NotFound: not created yet) otherwise."""
    client = aws.make_client(profile, "sesv2")
    with aws_errors(where=describe(client), action=f"read the identity {domain}"):
        reply = client.get_email_identity(EmailIdentity=domain)
    dkim = reply.get("DkimAttributes") or {}
    mail_from = reply.get("MailFromAttributes") or {}
    return DomainIdentity(
        domain=domain,
        verified=bool(reply.get("VerifiedForSendingStatus")),
        dkim_status=str(dkim.get("Status", "")),
        dkim_tokens=tuple(dkim.get("Tokens") or ()),
        mail_from=str(mail_from.get("MailFromDomain", "")),
        mail_from_status=str(mail_from.get("MailFromDomainStatus", "")),
        region=str(client.meta.region_name),
    )
