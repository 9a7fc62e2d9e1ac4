"""`mailer audiences` (SES contact list topics) and `mailer unsubscribes`.

boto3 is imported inside the handlers, so other commands start without it."""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from typing import Any

from rich.console import Console

from mailer.cli.common import open_journal, resolve_profile
from mailer.errors import InputError

OptionAdder = Callable[[argparse.ArgumentParser], None]

CONSENT_WARNING = (
    "Re-subscribing someone who unsubscribed needs their new, explicit consent (Gmail, "
    "Yahoo and Korean law all ask for it); mail without it becomes spam complaints."
)


def add_commands(sub: Any, transport_options: OptionAdder) -> None:
    p = sub.add_parser(
        "audiences", help="SES audiences (topics of the contact list): list, create, sync"
    )
    p.add_argument("--create", metavar="NAME", help="add an audience (A-Z, 0-9, - and _)")
    p.add_argument(
        "--display-name", default="", help="what SES's unsubscribe page shows (Korean is fine)"
    )
    p.add_argument("--description", default="", help="a line under the display name")
    p.add_argument(
        "--sync", action="store_true", help="read unsubscribes from SES's contact list now"
    )
    p.add_argument("--json", action="store_true")
    transport_options(p)
    p.set_defaults(handler=audiences)

    p = sub.add_parser("unsubscribes", help="who unsubscribed (per audience or from everything)")
    p.add_argument("--search", default="", help="only addresses containing this text")
    p.add_argument("--audience", default=None, help="only this audience (and 'everything')")
    p.add_argument(
        "--resubscribe", metavar="ADDR", help="undo one unsubscribe (needs the person's consent)"
    )
    p.add_argument(
        "--i-have-consent",
        action="store_true",
        help="confirm that the person asked again to receive the mail",
    )
    p.add_argument("--json", action="store_true")
    transport_options(p)
    p.set_defaults(handler=unsubscribes)


def _profile(args: argparse.Namespace) -> Any:
    if getattr(args, "transport", None) is None and not getattr(args, "profile", None):
        args.transport = "ses"
    return resolve_profile(args)


def audiences(args: argparse.Namespace, out: Console) -> int:
    from mailer.aws import subscriptions

    profile = _profile(args)
    current: subscriptions.AudienceList | None
    if args.create:
        current = subscriptions.create_audience(
            profile, args.create, args.display_name, args.description
        )
    else:
        current = subscriptions.audience_list(profile)
    synced = None
    if args.sync:
        synced = subscriptions.sync_unsubscribes(profile, open_journal())
    if args.json:
        data: dict[str, Any] = {
            "contact_list": current.contact_list if current else None,
            "audiences": [
                {
                    "name": a.name,
                    "display_name": a.display_name,
                    "description": a.description,
                    "default": a.default_status,
                }
                for a in (current.audiences if current else ())
            ],
            "max": subscriptions.MAX_TOPICS,
        }
        if synced is not None:
            data["sync"] = {"contacts": synced.contacts, "opted_out": synced.opted_out}
            data["sync"]["new"] = synced.new
        out.print(json.dumps(data, ensure_ascii=False), markup=False, highlight=False)
        return 0
    if current is None:
        out.print(
            "No audience yet; create one with: mailer audiences --create newsletter "
            '--display-name "Newsletter"',
            markup=False,
        )
        return 0
    out.print(
        f"contact list {current.contact_list}: {len(current.audiences)} of "
        f"{subscriptions.MAX_TOPICS} audiences",
        markup=False,
    )
    for a in current.audiences:
        out.print(f"  {a.name}  {a.display_name!r}  default {a.default_status}", markup=False)
    if synced is not None:
        out.print(
            f"synced: {synced.contacts} contacts, {synced.opted_out} unsubscribes "
            f"({synced.new} new)",
            markup=False,
        )
    return 0


def unsubscribes(args: argparse.Namespace, out: Console) -> int:
    journal = open_journal()
    if args.resubscribe:
        if not args.i_have_consent:
            raise InputError(
                f"{CONSENT_WARNING} If {args.resubscribe} did ask again, repeat with "
                "--i-have-consent."
            )
        print(f"warning: {CONSENT_WARNING}", file=sys.stderr)
        from mailer.aws.subscriptions import resubscribe

        profile = _profile(args) if args.audience else None
        removed = resubscribe(profile, journal, args.resubscribe, args.audience or "")
        if not args.audience:
            removed += journal.suppression.resubscribe(args.resubscribe)
        out.print(
            f"re-subscribed {args.resubscribe} ({removed} unsubscribes removed)", markup=False
        )
    found = [
        u
        for u in journal.suppression.unsubscribes()
        if args.search.lower() in u.email
        and (args.audience is None or u.topic in ("", args.audience))
    ]
    if args.json:
        rows = [
            {"email": u.email, "audience": u.topic, "added": u.added, "source": u.source}
            for u in found
        ]
        out.print(json.dumps(rows, ensure_ascii=False), markup=False, highlight=False)
        return 0
    for u in found:
        when = time.strftime("%Y-%m-%d %H:%M", time.localtime(u.added))
        out.print(f"{u.email}  {u.topic or '(everything)'}  {when}  {u.source}", markup=False)
    return 0
