"""Domain identities: Easy DKIM, a custom MAIL FROM, deletion (sesv2).

A domain is verified by publishing its three Easy DKIM CNAME records; SES polls DNS
and reports ``DkimAttributes.Status`` SUCCESS once it finds them. A custom MAIL FROM
subdomain makes SPF align with the From domain (docs/ses-setup.md).
"""

from __future__ import annotations

from dataclasses import dataclass

from mailer.aws import session as aws
from mailer.aws.dns import Record, normalize_domain
from mailer.aws.errors import AWS_ERRORS, Family, aws_errors, classify, describe, to_mailer_error
from mailer.errors import ConfigError
from mailer.settings import Profile

KEY_LENGTHS = {"2048": "RSA_2048_BIT", "1024": "RSA_1024_BIT"}
MX_BEHAVIOURS = ("USE_DEFAULT_VALUE", "REJECT_MESSAGE")
_HINTS = {Family.LIMIT: "delete identities that are no longer used, or ask AWS for more"}


@dataclass(frozen=True)
class DomainIdentity:
    domain: str
    verified: bool
    dkim_status: str  # PENDING | SUCCESS | FAILED | TEMPORARY_FAILURE | NOT_STARTED | ""
    dkim_tokens: tuple[str, ...]
    mail_from: str  # "" = SES's default MAIL FROM (amazonses.com)
    mail_from_status: str  # PENDING | SUCCESS | FAILED | TEMPORARY_FAILURE | ""
    region: str

    def dkim_records(self) -> list[Record]:
        return [
            Record(f"{t}._domainkey.{self.domain}", "CNAME", f"{t}.dkim.amazonses.com")
            for t in self.dkim_tokens
        ]

    def mail_from_records(self) -> list[Record]:
        if not self.mail_from:
            return []
        return [
            Record(self.mail_from, "MX", f"10 feedback-smtp.{self.region}.amazonses.com"),
            Record(self.mail_from, "TXT", "v=spf1 include:amazonses.com ~all"),
        ]


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


def create_domain(profile: Profile, domain: str, *, key_length: str = "2048") -> DomainIdentity:
    """Create a domain identity with Easy DKIM (RSA 2048 by default, or 1024); an
    identity that exists already is read, not recreated."""
    domain = normalize_domain(domain)
    if key_length not in KEY_LENGTHS:
        raise ConfigError(f"DKIM key length {key_length!r}: choose 2048 (default) or 1024.")
    client = aws.make_client(profile, "sesv2")
    try:
        client.create_email_identity(
            EmailIdentity=domain,
            # Only the key length: SES keeps Easy DKIM (no BYODKIM key given).
            DkimSigningAttributes={"NextSigningKeyLength": KEY_LENGTHS[key_length]},
        )
    except AWS_ERRORS as exc:
        if classify(exc).family is not Family.ALREADY_EXISTS:
            raise to_mailer_error(
                exc, where=describe(client), action=f"create the identity {domain}", hints=_HINTS
            ) from exc
    return domain_identity(profile, domain)


def set_mail_from(
    profile: Profile, domain: str, *, subdomain: str = "mail", on_mx_failure: str = MX_BEHAVIOURS[0]
) -> DomainIdentity:
    """Use ``subdomain.domain`` as the custom MAIL FROM of a domain identity."""
    domain = normalize_domain(domain)
    label = subdomain.strip().strip(".").lower()
    if not label or "." in label or not label.replace("-", "").isalnum():
        raise ConfigError(f"MAIL FROM subdomain {subdomain!r}: give one label such as mail.")
    if on_mx_failure not in MX_BEHAVIOURS:
        raise ConfigError(f"Behaviour on MX failure: one of {', '.join(MX_BEHAVIOURS)}.")
    client = aws.make_client(profile, "sesv2")
    with aws_errors(where=describe(client), action=f"set the MAIL FROM domain of {domain}"):
        client.put_email_identity_mail_from_attributes(
            EmailIdentity=domain,
            MailFromDomain=f"{label}.{domain}",
            BehaviorOnMxFailure=on_mx_failure,
        )
    return domain_identity(profile, domain)


def delete_identity(profile: Profile, identity: str) -> None:
    """Delete an address or domain identity (SES stops sending from it at once)."""
    client = aws.make_client(profile, "sesv2")
    with aws_errors(where=describe(client), action=f"delete the identity {identity}"):
        client.delete_email_identity(EmailIdentity=identity.strip())
