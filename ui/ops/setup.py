"""The SES set-up page's worker-side calls into the core (AWS, DNS, the settings file).

Every function here blocks: the page and the Review & send panel call them through
``run_task`` only. ``cached_checklist`` keeps the last checklist of a profile for a few
minutes, so showing Review & send again does not ask AWS and DNS each time.
"""

from __future__ import annotations

import dataclasses
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mailer import (
        Checklist,
        DomainIdentity,
        ProductionRequest,
        Profile,
        ReviewState,
        SendStatistics,
        Settings,
    )

CACHE_SECONDS = 5 * 60
Work = Callable[[], object]  # one blocking action, run through run_task

_cache: dict[str, tuple[float, Checklist]] = {}
_cache_lock = threading.Lock()


def _key(profile: Profile) -> str:
    return repr(profile)  # every field: a changed region or From address is another key


def check(profile: Profile, domain: str = "") -> Checklist:
    """Run the whole checklist now (and remember it for ``cached_checklist``)."""
    from mailer import MailerError, run_checklist, sending_domain

    checklist = run_checklist(profile, domain)
    try:
        default = sending_domain(profile)
    except MailerError:
        default = ""
    if checklist.domain == default:  # the From domain's checklist: what Review & send shows
        with _cache_lock:
            _cache[_key(profile)] = (time.monotonic(), checklist)
    return checklist


def cached_checklist(profile: Profile, max_age: float = CACHE_SECONDS) -> Checklist:
    """The checklist of ``profile`` from the last few minutes, or a fresh one."""
    with _cache_lock:
        found = _cache.get(_key(profile))
    if found is not None and time.monotonic() - found[0] < max_age:
        return found[1]
    return check(profile)


def forget_checklists() -> None:
    with _cache_lock:
        _cache.clear()


@dataclass(frozen=True)
class IdentityRow:
    name: str
    kind: str  # "email" | "domain"
    verified: bool
    dkim: str  # SES's DKIM status, "" for none
    mail_from: str  # "" = SES's default
    mail_from_status: str


def identities(profile: Profile) -> list[IdentityRow]:
    """Every identity of the account, with the MAIL FROM of domains."""
    from mailer import MailerError, domain_identity, list_identities

    rows = []
    for identity in list_identities(profile):
        mail_from = status = ""
        if identity.kind == "domain":
            try:
                found = domain_identity(profile, identity.name)
            except MailerError:
                pass  # the row still shows; its MAIL FROM stays unknown
            else:
                mail_from, status = found.mail_from, found.mail_from_status
        rows.append(
            IdentityRow(
                identity.name, identity.kind, identity.verified, identity.dkim, mail_from, status
            )
        )
    return rows


def create_domain(profile: Profile, domain: str, key_length: str) -> DomainIdentity:
    from mailer import create_domain as create

    return create(profile, domain, key_length=key_length)


def set_mail_from(
    profile: Profile, domain: str, subdomain: str, on_mx_failure: str
) -> DomainIdentity:
    from mailer import set_mail_from as put

    return put(profile, domain, subdomain=subdomain, on_mx_failure=on_mx_failure)


def delete_identity(profile: Profile, identity: str) -> None:
    from mailer import delete_identity as delete

    delete(profile, identity)


def request_production(profile: Profile, request: ProductionRequest) -> ReviewState:
    from mailer import request_production as send

    return send(profile, request)


def statistics(profile: Profile) -> SendStatistics:
    from mailer import send_statistics

    return send_statistics(profile)


def set_up_tracking(settings: Settings, profile: Profile) -> Settings:
    """Provision tracking for ``profile`` and save the settings that use it."""
    from mailer import set_up_tracking as provision

    tracked = provision(profile)
    saved = dataclasses.replace(settings, profiles={**settings.profiles, tracked.name: tracked})
    saved.save()
    return saved


def create_audience(profile: Profile, name: str, display_name: str) -> list[tuple[str, str]]:
    """Add an SES audience (set-up step 7); every audience afterwards."""
    from mailer.service import create_audience as create

    forget_checklists()
    return create(profile, name, display_name)


def ses_regions() -> list[str]:
    from mailer import ses_regions as regions

    return regions()


@dataclass(frozen=True)
class SmtpAccess:
    host: str
    user: str
    password: str


def smtp_access(key_id: str, secret: str, region: str) -> SmtpAccess:
    """SES SMTP settings from an IAM access key: user = key id, password derived."""
    from mailer import smtp_endpoint, smtp_password

    return SmtpAccess(smtp_endpoint(region), key_id.strip(), smtp_password(secret, region))
