"""The SES set-up checklist: from a new AWS account to authenticated production sending.

One pass asks AWS and DNS and says, per step, done / to do / failing with the reason,
the facts behind it (for the app to word in its own language) and the DNS records still
to publish. Each step is independent: one that cannot be checked (no credentials, DNS
unreachable) is ``UNREACHABLE``, the others still run.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from mailer.aws.dns import (
    Check,
    Record,
    check_dkim,
    check_dmarc,
    check_mail_from,
    make_resolver,
    normalize_domain,
)
from mailer.errors import MailerError
from mailer.settings import Profile
from mailer.states import CheckState, SetupStep


@dataclass(frozen=True)
class Step:
    key: SetupStep
    state: CheckState
    detail: str  # English sentence (the CLI); the app words it from key, state and facts
    facts: Mapping[str, Any] = field(default_factory=dict)
    publish: tuple[Record, ...] = ()


@dataclass(frozen=True)
class Checklist:
    domain: str
    steps: tuple[Step, ...]

    @property
    def done(self) -> bool:
        return all(s.state is CheckState.OK for s in self.steps)

    def step(self, key: SetupStep) -> Step:
        return next(s for s in self.steps if s.key is key)


def sending_domain(profile: Profile, domain: str = "") -> str:
    """The domain to check: the one given, else the profile's From address's."""
    chosen = domain or profile.from_addr.rpartition("@")[2].strip(" >")
    return normalize_domain(chosen) if chosen else ""


def run_checklist(profile: Profile, domain: str = "") -> Checklist:
    domain = sending_domain(profile, domain)
    who = _credentials(profile)
    if who.state is not CheckState.OK:
        later = [
            Step(k, CheckState.UNREACHABLE, "Needs working credentials first.")
            for k in list(SetupStep)[1:]
        ]
        return Checklist(domain, (who, *later))
    identity_steps = _domain_steps(profile, domain)
    return Checklist(
        domain,
        (who, *identity_steps, _production(profile), _tracking(profile), _audiences(profile)),
    )


def _credentials(profile: Profile) -> Step:
    from mailer.aws import session as aws
    from mailer.aws.errors import aws_errors, describe

    try:
        client = aws.make_client(profile, "sts")
        with aws_errors(where=describe(client), action="check the credentials"):
            me = client.get_caller_identity()
    except MailerError as exc:
        return Step(SetupStep.CREDENTIALS, CheckState.WRONG, str(exc))
    facts = {"account": me.get("Account", ""), "arn": me.get("Arn", "")}
    return Step(
        SetupStep.CREDENTIALS,
        CheckState.OK,
        f"Signed in as {facts['arn']} (account {facts['account']}).",
        facts,
    )


def _domain_steps(profile: Profile, domain: str) -> list[Step]:
    from mailer.aws.identities import domain_identity

    if not domain:
        text = "No sending domain: set a From address in the profile, or give --domain."
        missing = [Step(SetupStep.DOMAIN, CheckState.MISSING, text)]
        return missing + [
            Step(k, CheckState.UNREACHABLE, "Needs a sending domain first.")
            for k in (SetupStep.MAIL_FROM, SetupStep.DMARC)
        ]
    try:
        resolver = make_resolver()
    except MailerError as exc:
        resolver, dns_problem = None, str(exc)
    else:
        dns_problem = ""
    try:
        identity = domain_identity(profile, domain)
    except MailerError as exc:
        text = f"{domain} is not an SES identity yet: create it (Easy DKIM). ({exc})"
        steps = [Step(SetupStep.DOMAIN, CheckState.MISSING, text, {"domain": domain})]
        steps.append(Step(SetupStep.MAIL_FROM, CheckState.MISSING, "Create the domain first."))
    else:
        dkim = check_dkim(resolver, domain, identity.dkim_tokens) if resolver else []
        steps = [_dkim_step(domain, identity.verified, identity.dkim_status, dkim, identity)]
        steps.append(_mail_from_step(identity, resolver, dns_problem))
    if resolver is None:
        steps.append(Step(SetupStep.DMARC, CheckState.UNREACHABLE, dns_problem))
    else:
        steps.append(_dmarc_step(check_dmarc(resolver, domain)))
    return steps


def _dkim_step(domain: str, verified: bool, status: str, dns: list[Check], identity: Any) -> Step:
    facts = {"domain": domain, "dkim": status, "found": sum(c.state is CheckState.OK for c in dns)}
    records = tuple(identity.dkim_records())
    if verified and status == "SUCCESS":
        return Step(SetupStep.DOMAIN, CheckState.OK, f"{domain} is verified; DKIM signs.", facts)
    if status in ("FAILED", "TEMPORARY_FAILURE"):
        text = (
            f"SES could not find the DKIM records of {domain} ({status}); check the three "
            "CNAME records below, then SES checks again."
        )
        return Step(SetupStep.DOMAIN, CheckState.WRONG, text, facts, records)
    text = (
        f"{domain} waits for its DKIM records ({facts['found']} of {len(records)} found in "
        "DNS); publish the CNAME records below. SES checks DNS on its own, usually within "
        "an hour."
    )
    return Step(SetupStep.DOMAIN, CheckState.MISSING, text, facts, records)


def _mail_from_step(identity: Any, resolver: Any, dns_problem: str) -> Step:
    if not identity.mail_from:
        text = (
            "No custom MAIL FROM domain: set one (e.g. mail." + identity.domain + ") so SPF "
            "aligns with your From domain."
        )
        return Step(SetupStep.MAIL_FROM, CheckState.MISSING, text, {"domain": identity.domain})
    facts = {"mail_from": identity.mail_from, "status": identity.mail_from_status}
    if resolver is None:
        return Step(SetupStep.MAIL_FROM, CheckState.UNREACHABLE, dns_problem, facts)
    checks = check_mail_from(resolver, identity.mail_from, identity.region)
    records = tuple(r for c in checks if c.state is not CheckState.OK for r in c.publish)
    worst = _worst(c.state for c in checks)
    if worst is CheckState.OK:
        text = f"MAIL FROM {identity.mail_from}: MX and SPF records found."
    else:
        text = f"MAIL FROM {identity.mail_from}: publish the MX and SPF records below."
    return Step(SetupStep.MAIL_FROM, worst, text, facts, records)


def _dmarc_step(check: Check) -> Step:
    facts = {"found": check.found}
    if check.state is CheckState.OK:
        return Step(SetupStep.DMARC, CheckState.OK, f"DMARC: {check.found}", facts)
    text = check.note or f"No DMARC record at {check.name}: publish the record below."
    return Step(SetupStep.DMARC, check.state, text, facts, check.publish)


def _production(profile: Profile) -> Step:
    from mailer.aws.account import fetch_limits
    from mailer.aws.production import review_state

    try:
        limits = fetch_limits(profile)
        review = review_state(profile) if not limits.production else None
    except MailerError as exc:
        return Step(SetupStep.PRODUCTION, CheckState.UNREACHABLE, str(exc))
    if limits.production:
        return Step(SetupStep.PRODUCTION, CheckState.OK, "The account has production access.")
    assert review is not None
    facts = {"status": review.status, "case": review.case_id}
    if review.status in ("PENDING", "GRANTED"):
        text = f"Production access requested (case {review.case_id}): {review.status}."
        return Step(SetupStep.PRODUCTION, CheckState.MISSING, text, facts)
    if review.status in ("DENIED", "FAILED"):
        text = f"The production access request was {review.status} (case {review.case_id})."
        return Step(SetupStep.PRODUCTION, CheckState.WRONG, text, facts)
    text = "The account is in the SES sandbox: request production access."
    return Step(SetupStep.PRODUCTION, CheckState.MISSING, text, facts)


def _tracking(profile: Profile) -> Step:
    if profile.tracking_queue_url:
        return Step(SetupStep.TRACKING, CheckState.OK, "Delivery tracking is set up.")
    return Step(
        SetupStep.TRACKING,
        CheckState.MISSING,
        "Tracking is not set up: bounces and complaints will not reach the app.",
    )


def _audiences(profile: Profile) -> Step:
    """Step 7: an SES contact list with at least one audience (topic), so SES adds
    one-click unsubscribe and hosts the unsubscribe page (docs/ses-subscriptions.md)."""
    from mailer.aws.subscriptions import audience_list

    try:
        found = audience_list(profile)
    except MailerError as exc:
        return Step(SetupStep.AUDIENCES, CheckState.WRONG, str(exc))
    if found is None or not found.audiences:
        return Step(
            SetupStep.AUDIENCES,
            CheckState.MISSING,
            "No audience yet: create one (mailer audiences --create newsletter "
            '--display-name "Newsletter") so SES handles unsubscribes without a web server.',
            {"contact_list": found.contact_list if found else ""},
        )
    names = [a.name for a in found.audiences]
    facts = {
        "contact_list": found.contact_list,
        "audiences": names,
        "display_names": [a.display_name for a in found.audiences],
    }
    text = f"Contact list {found.contact_list}: audiences {', '.join(names)}."
    return Step(SetupStep.AUDIENCES, CheckState.OK, text, facts)


_ORDER = [CheckState.OK, CheckState.MISSING, CheckState.UNREACHABLE, CheckState.WRONG]


def _worst(states: Any) -> CheckState:
    return max(states, key=_ORDER.index, default=CheckState.OK)
