"""`mailer send ... --ab-subject A --ab-subject B` (or `--ab-template DIR`): an A/B test."""

from __future__ import annotations

import argparse
import dataclasses
import sys
import zlib
from datetime import datetime
from pathlib import Path
from typing import Any

from rich.console import Console

from mailer import service
from mailer.content.recipients import RecipientTable
from mailer.content.templates import TemplateSet
from mailer.errors import InputError
from mailer.sending import abtest
from mailer.states import ABMetric
from mailer.store.journal import Journal

EXIT_OK, EXIT_STOPPED = 0, 3
DEFAULT_SHARE, DEFAULT_WAIT, DEFAULT_METRIC = 10.0, 4.0, ABMetric.OPENS


def add_options(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--ab-subject",
        action="append",
        default=[],
        metavar="SUBJECT",
        help="an A/B test subject (give 2 or more; Jinja like subject.txt) (default: no test)",
    )
    p.add_argument(
        "--ab-template",
        action="append",
        default=[],
        type=Path,
        metavar="DIR",
        help="another template as variant B, C ... (the main template is A; default: none)",
    )
    p.add_argument(
        "--ab-share",
        type=float,
        default=DEFAULT_SHARE,
        metavar="PERCENT",
        help=f"share of the list per variant (default: {DEFAULT_SHARE:g})",
    )
    p.add_argument(
        "--ab-wait",
        type=float,
        default=DEFAULT_WAIT,
        metavar="HOURS",
        help=f"hours before the winner goes to the rest (default: {DEFAULT_WAIT:g})",
    )
    p.add_argument(
        "--ab-metric",
        choices=[m.value for m in ABMetric],
        default=DEFAULT_METRIC.value,
        help=f"what picks the winner: unique opens or clicks (default: {DEFAULT_METRIC.value})",
    )


def wanted(args: argparse.Namespace) -> bool:
    return bool(getattr(args, "ab_subject", None) or getattr(args, "ab_template", None))


def plan(args: argparse.Namespace, template: TemplateSet, table: RecipientTable) -> abtest.ABPlan:
    if getattr(args, "at", None) or getattr(args, "window", None):
        raise InputError("An A/B test starts now: leave out --at and --window.")
    if args.ab_subject and args.ab_template:
        raise InputError("Test either subjects (--ab-subject) or templates (--ab-template).")
    if args.ab_subject:
        if len(args.ab_subject) < 2:
            raise InputError("Give --ab-subject at least twice: one subject per variant.")
        variants = [abtest.subject_variant(template, s) for s in args.ab_subject]
    else:
        variants = [template, *(TemplateSet.load(folder) for folder in args.ab_template)]
    # Reproducible: the same list and variants split the same way.
    seed = zlib.crc32("\n".join([*table.emails, *(v.name for v in variants)]).encode())
    built = abtest.ABPlan(
        variants, args.ab_share / 100, args.ab_wait, ABMetric(args.ab_metric), seed
    )
    built.check()
    return built


def run(
    args: argparse.Namespace,
    out: Console,
    journal: Journal,
    draft: service.CampaignDraft,
    test: abtest.ABPlan,
) -> int:
    """Create the test, confirm once, send the variants now; the rest waits."""
    from mailer.cli.campaigns import run_campaign

    def make(rows: RecipientTable, template: TemplateSet, name: str, ab: dict[str, Any]) -> int:
        part = dataclasses.replace(draft, table=rows, template=template, name=name)
        campaign_id = service.create(journal, part).campaign_id
        journal.campaigns.update_settings(campaign_id, ab=ab)
        return campaign_id

    created = abtest.create(
        journal, make, draft.table, draft.name, test, datetime.now().astimezone()
    )
    letters = ", ".join(
        f"{abtest.LETTERS[k]}: campaign {cid}" for k, cid in enumerate(created.variant_ids)
    )
    out.print(
        f"A/B test: {letters}; the rest is campaign {created.rest_id}, sent with the variant "
        f"of most unique {test.metric.value} at {created.decide_at:%Y-%m-%d %H:%M}.",
        markup=False,
    )
    if not _confirm(args):
        for campaign_id in [*created.variant_ids, created.rest_id]:
            service.CampaignSession(journal, campaign_id).decline()
        out.print("Nothing sent.", markup=False)
        return EXIT_STOPPED
    worst = EXIT_OK
    for campaign_id in created.variant_ids:
        session = service.CampaignSession(journal, campaign_id, concurrency=draft.concurrency)
        session.prepare()
        worst = max(worst, run_campaign(session, out))
    out.print(
        f"The rest goes at {created.decide_at:%Y-%m-%d %H:%M} with the winner: the app does it "
        "if it is running, or `mailer run-due` (cron / Task Scheduler) after that time.",
        markup=False,
    )
    return worst


def _confirm(args: argparse.Namespace) -> bool:
    if args.yes:
        return True
    if not sys.stdin.isatty():
        raise InputError("Add --yes to send without a terminal to confirm in.")
    return input("Send the variants now? [y/N] ").strip().lower() in ("y", "yes")


def decide_and_say(journal: Journal, rest_id: int, out: Console) -> None:
    """Before a due rest campaign runs: pick the winner and say why."""
    decision = abtest.decide(journal, rest_id)
    rates = ", ".join(f"{r.letter} {r.unique}/{r.sent} ({r.rate:.1%})" for r in decision.results)
    out.print(
        f"A/B test of campaign {rest_id}: variant {decision.winner.letter} wins ({rates}).",
        markup=False,
    )
