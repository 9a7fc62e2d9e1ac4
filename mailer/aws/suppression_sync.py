"""Two-way sync of the local suppression list with SES's account-level suppression list,
so several computers sending from one account share it.

SES's list holds an address with a reason, BOUNCE or COMPLAINT
(``PutSuppressedDestination``); mail to a listed address is accepted but not sent
(../shared/SES-FACTS.md "Account suppression list"). Local bounces and complaints go
up with their reason, addresses added by hand as BOUNCE (SES has no other reason);
unsubscribes stay local - they are per audience, and SES's contact list has them.
Theirs come down through ``mailer.aws.account.import_account_suppressions``.
"""

from __future__ import annotations

from dataclasses import dataclass

from mailer.aws import session as aws
from mailer.aws.account import import_account_suppressions
from mailer.aws.errors import Family, aws_errors, describe
from mailer.settings import Profile
from mailer.states import SuppressionKind
from mailer.store.journal import Journal
from mailer.store.suppression import listing

_HINTS = {
    Family.ACCESS_DENIED: "allow ses:PutSuppressedDestination and "
    "ses:ListSuppressedDestinations for the IAM user or role of this profile"
}
_UP = {
    SuppressionKind.BOUNCED: "BOUNCE",
    SuppressionKind.COMPLAINED: "COMPLAINT",
    SuppressionKind.MANUAL: "BOUNCE",
    SuppressionKind.OTHER: "BOUNCE",
}


@dataclass(frozen=True)
class AccountSync:
    pushed: int  # local addresses put on SES's list (already there: put again, harmless)
    pulled: int  # SES's addresses new to the local list


def sync_account_suppressions(profile: Profile, journal: Journal) -> AccountSync:
    """Both ways: SES's list first (so what is there is not sent up again), then the
    local additions."""
    theirs = import_account_suppressions(profile)
    pulled = 0
    for reason in sorted({r for _, r in theirs}):
        pulled += journal.suppression.add(
            [a for a, r in theirs if r == reason], f"SES account list: {reason}"
        )
    known = {a.lower() for a, _ in theirs}
    client = aws.make_client(profile, "sesv2")
    pushed = 0
    for entry in listing(journal.suppression):
        up = _UP.get(entry.kind)
        if up is None or entry.email in known:
            continue
        with aws_errors(
            where=describe(client),
            action=f"add {entry.email} to the account suppression list",
            hints=_HINTS,
        ):
            client.put_suppressed_destination(EmailAddress=entry.email, Reason=up)
        known.add(entry.email)
        pushed += 1
    return AccountSync(pushed, pulled)


__all__ = ["AccountSync", "sync_account_suppressions"]
