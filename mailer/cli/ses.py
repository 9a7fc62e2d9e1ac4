"""`mailer account`, `identities`, `verify`, `track`, `suppressions`: the SES side.

boto3 is imported inside the handlers, so other commands start without it."""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable
from typing import Any

from rich.console import Console

from mailer.cli.common import open_journal, resolve_profile
from mailer.errors import InputError, MailerError
from mailer.service import SANDBOX_HELP
from mailer.settings import Settings
from mailer.states import SuppressionKind
from mailer.store.suppression import listing

OptionAdder = Callable[[argparse.ArgumentParser], None]
SYNC_EVERY = 15 * 60.0  # seconds between contact list syncs while `mailer track` runs


def add_commands(sub: Any, transport_options: OptionAdder) -> None:
    p = sub.add_parser("account", help="sending limits and sandbox status")
    transport_options(p)
    p.set_defaults(handler=account)

    p = sub.add_parser("identities", help="verified addresses and domains")
    transport_options(p)
    p.set_defaults(handler=identities)

    p = sub.add_parser("verify", help="ask SES to verify an address or a domain (Easy DKIM)")
    p.add_argument("address", metavar="ADDRESS_OR_DOMAIN")
    p.add_argument(
        "--key-length", choices=("2048", "1024"), default="2048", help="DKIM key (domains)"
    )
    transport_options(p)
    p.set_defaults(handler=verify)

    p = sub.add_parser("track", help="bring SES delivery, bounce and complaint events in")
    p.add_argument("--setup", action="store_true", help="provision the SNS topic and SQS queue")
    p.add_argument("--once", action="store_true", help="poll once and exit")
    p.add_argument("--open-click", action="store_true", help="with --setup: also opens, clicks")
    transport_options(p)
    p.set_defaults(handler=track)

    p = sub.add_parser("suppressions", help="the local suppression list")
    p.add_argument("--import-account", action="store_true", help="add SES's account list")
    p.add_argument(
        "--sync-account",
        action="store_true",
        help="both ways with SES's account list (bounces, complaints and hand-added "
        "addresses go up; theirs come down), so several computers share one list",
    )
    p.add_argument("--add", action="append", default=[], metavar="ADDR")
    p.add_argument("--remove", action="append", default=[], metavar="ADDR")
    p.add_argument(
        "--reason",
        choices=[k.value for k in SuppressionKind],
        help="only entries of this kind (unsubscribed: per audience or everything)",
    )
    p.add_argument("--search", default="", help="only addresses containing this text")
    p.add_argument("--json", action="store_true")
    transport_options(p)
    p.set_defaults(handler=suppressions)


def _ses_profile(args: argparse.Namespace) -> Any:
    if getattr(args, "transport", None) is None and not getattr(args, "profile", None):
        args.transport = "ses"
    return resolve_profile(args)


def account(args: argparse.Namespace, out: Console) -> int:
    from mailer.aws.account import fetch_limits

    profile = _ses_profile(args)
    limits = fetch_limits(profile)
    daily = "unlimited" if limits.max_24h is None else str(limits.max_24h)
    out.print(f"profile: {profile.name} ({profile.kind})", markup=False)
    out.print(f"max send rate: {limits.max_send_rate:g}/s", markup=False)
    out.print(
        f"24-hour quota: {daily}, sent in the last 24 hours: {limits.sent_last_24h}", markup=False
    )
    out.print(f"mode: {'production' if limits.production else 'sandbox'}", markup=False)
    out.print(f"sending enabled: {'yes' if limits.sending_enabled else 'NO'}", markup=False)
    out.print(f"enforcement: {limits.enforcement}", markup=False)
    if limits.note:  # an SES SMTP profile whose account could not be read
        out.print(f"note: {limits.note}", markup=False)
    elif not limits.production:
        out.print(SANDBOX_HELP, markup=False)
    return 0


def identities(args: argparse.Namespace, out: Console) -> int:
    from mailer.aws.account import list_identities

    found = list_identities(_ses_profile(args))
    if not found:
        out.print("no identities; verify an address with `mailer verify ADDR`", markup=False)
    for ident in found:
        state = "verified" if ident.verified else "NOT verified"
        out.print(
            f"{ident.kind:6}  {ident.name:40}  {state:13}  DKIM {ident.dkim or '-'}", markup=False
        )
    return 0


def verify(args: argparse.Namespace, out: Console) -> int:
    """An address: SES mails a link. A domain: Easy DKIM, and the records to publish."""
    from mailer.aws.account import verify_email

    if "@" not in args.address:
        from mailer.cli.setup import verify_domain

        return verify_domain(args, out)
    verify_email(_ses_profile(args), args.address)
    out.print(
        f"SES sent a verification email to {args.address}; click its link, then "
        "`mailer identities` shows it verified.",
        markup=False,
    )
    return 0


def track(args: argparse.Namespace, out: Console) -> int:
    from mailer.aws.tracking import make_poller, set_up_tracking

    profile = _ses_profile(args)
    journal = open_journal()
    if args.setup:
        profile = set_up_tracking(profile, include_open_click=args.open_click)
        _save_profile(profile, out)
        out.print(
            f"tracking ready: configuration set {profile.configuration_set}, "
            f"queue {profile.tracking_queue_url}",
            markup=False,
        )
        if not args.once:
            return 0
    poller = make_poller(profile, journal, on_error=lambda m: out.print(m, markup=False))
    if poller is None:
        raise InputError(
            f"Profile {profile.name!r} has no tracking queue; run `mailer track --setup` first."
        )
    if args.once:
        n = poller.poll_once(wait_seconds=1)
        out.print(f"processed {n} notifications", markup=False)
        _sync_contacts(profile, journal, out)
        return 0
    out.print("tracking; press Ctrl-C to stop", markup=False)
    total = 0
    synced_at = 0.0
    try:
        while True:
            total += poller.poll_once()
            if time.monotonic() - synced_at > SYNC_EVERY:
                _sync_contacts(profile, journal, out)
                synced_at = time.monotonic()
    except KeyboardInterrupt:
        out.print(f"processed {total} notifications", markup=False)
    return 0


def _sync_contacts(profile: Any, journal: Any, out: Console) -> None:
    """Unsubscribes from SES's contact list (if the account has one) into the journal;
    a failure is said, not fatal: the events keep coming."""
    from mailer.aws.subscriptions import sync_unsubscribes

    try:
        done = sync_unsubscribes(profile, journal)
    except MailerError as exc:
        out.print(f"contact list not read: {exc}", markup=False)
        return
    if done.contacts:
        out.print(f"contact list: {done.new} new unsubscribes", markup=False)


def _save_profile(profile: Any, out: Console) -> None:
    settings = Settings.load()
    if profile.name in settings.profiles or profile.kind == "ses":
        settings.put(profile)
        settings.save()
        out.print(f"saved in profile {profile.name!r}", markup=False)


def suppressions(args: argparse.Namespace, out: Console) -> int:
    journal = open_journal()
    if args.import_account:
        from mailer.aws.account import import_account_suppressions

        found = import_account_suppressions(_ses_profile(args))
        added = 0
        for reason in {r for _, r in found}:
            added += journal.suppression.add(
                [a for a, r in found if r == reason], f"SES account list: {reason}"
            )
        out.print(
            f"imported {added} new of {len(found)} addresses from the SES account list",
            markup=False,
        )
    if args.add:
        from mailer import service

        added = service.add_suppressions(journal, args.add)  # refuses what is no address
        out.print(f"added {added} new of {len(args.add)}", markup=False)
    if args.sync_account:
        from mailer.aws.suppression_sync import sync_account_suppressions

        done = sync_account_suppressions(_ses_profile(args), journal)
        out.print(
            f"account suppression list: {done.pushed} sent up, {done.pulled} new from SES",
            markup=False,
        )
    for addr in args.remove:
        journal.suppression.remove(addr)
    shown = [
        e
        for e in listing(journal.suppression)
        if args.search.lower() in e.email and (args.reason is None or e.kind == args.reason)
    ]
    if args.json:
        rows = [
            {"email": e.email, "kind": e.kind.value, "detail": e.detail, "added": e.added}
            | ({"source": e.source} if e.source else {})
            for e in shown
        ]
        out.print(json.dumps(rows, ensure_ascii=False), markup=False, highlight=False)
        return 0
    for e in shown:
        when = time.strftime("%Y-%m-%d", time.localtime(e.added))
        if e.kind is SuppressionKind.UNSUBSCRIBED and e.source:
            detail = f"unsubscribed from {e.detail or 'everything'} ({e.source})"
        else:
            detail = e.detail
        out.print(f"{e.email}  {when}  {detail}", markup=False)
    return 0
