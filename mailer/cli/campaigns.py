"""`mailer send`, `test-send`, `resume`, `status`, `campaigns`, `export`."""

from __future__ import annotations

import argparse
import json
import sys
import threading
import time

from rich.console import Console

from mailer.cli.common import data_row, load_inputs, open_journal, outbox_folder, resolve_profile
from mailer.cli.progress import LiveBar, summary
from mailer.content.message import SenderSettings, build_message
from mailer.content.templates import TemplateSet
from mailer.errors import InputError, MailerError
from mailer.sending.progress import Progress, accepted
from mailer.sending.runner import CampaignRunner
from mailer.service import (
    SANDBOX_HELP,
    RunPlan,
    check_template,
    create_campaign,
    export_results,
    prepare_run,
    sandbox_skips,
    send_test,
    sender_settings,
)
from mailer.settings import Profile
from mailer.store.journal import Journal

EXIT_OK, EXIT_FAILED, EXIT_STOPPED = 0, 1, 3


def send(args: argparse.Namespace, out: Console) -> int:
    journal = open_journal()
    table, template = load_inputs(args, journal)
    check_template(table, template)
    if not table.valid_indices():
        raise InputError(f"{table.source.name} has no valid recipient; `mailer check` says why.")
    profile = resolve_profile(args)
    sender = _sender(args, template, profile)
    skips, _ = sandbox_skips(table, profile)
    name = args.name or f"{template.name} to {table.source.name}"
    concurrency = args.concurrency
    campaign_id = create_campaign(
        journal,
        name=name,
        table=table,
        template=template,
        sender=sender,
        profile=profile,
        concurrency=concurrency,
        skips=skips,
    )
    out.print(f"campaign: {campaign_id}", markup=False)
    if skips:
        out.print(f"{len(skips)} recipients skipped: {SANDBOX_HELP}", markup=False)
    plan = prepare_run(journal, campaign_id, profile=profile, concurrency=concurrency)
    if not _confirm(args, out, journal, campaign_id, plan):
        journal.set_status(campaign_id, "stopped", "Not confirmed.")
        out.print(f"Nothing sent. Send it later with: mailer resume {campaign_id}", markup=False)
        return EXIT_STOPPED
    return run_campaign(journal, campaign_id, plan, out)


def _confirm(
    args: argparse.Namespace, out: Console, journal: Journal, campaign_id: int, plan: RunPlan
) -> bool:
    counts = journal.counts(campaign_id)
    n = counts["pending"]
    rate = plan.limits.rate
    eta = f", about {_minutes(n / rate)} at {rate:g}/s" if rate else ""
    where = plan.profile.kind + (
        f" ({outbox_folder(plan.profile)})" if plan.profile.kind == "outbox" else ""
    )
    out.print(
        f"{n} messages to send via {where}{eta}; {counts['skipped']} rows skipped.", markup=False
    )
    if args.yes:
        return True
    if not sys.stdin.isatty():
        raise InputError("Add --yes to send without a terminal to confirm in.")
    return input("Send now? [y/N] ").strip().lower() in ("y", "yes")


def _minutes(seconds: float) -> str:
    return f"{seconds / 60:.0f} min" if seconds >= 90 else f"{seconds:.0f} s"


def run_campaign(journal: Journal, campaign_id: int, plan: RunPlan, out: Console) -> int:
    """Run in a thread so Ctrl-C reaches the main thread and stops cleanly."""
    total = journal.campaign(campaign_id).total
    result: list[Progress] = []
    failure: list[MailerError] = []
    with LiveBar(out, total) as bar:
        runner = CampaignRunner(
            journal, campaign_id, plan.factory, plan.limits, plan.options, on_progress=bar.update
        )
        tracking = None
        if plan.profile.kind == "ses" and plan.profile.tracking_queue_url:
            from mailer.aws.tracking import start_tracking

            tracking = start_tracking(plan.profile, journal, on_error=lambda m: None)

        done = threading.Event()

        def work() -> None:
            try:
                result.append(runner.run())
            except MailerError as exc:
                failure.append(exc)
            finally:
                done.set()

        # Wait on an Event, not Thread.join: a join interrupted by Ctrl-C can return
        # early afterwards on Python 3.11.
        threading.Thread(target=work, name="campaign", daemon=True).start()
        try:
            while not done.wait(0.2):
                pass
        except KeyboardInterrupt:
            runner.stop("Stopped by Ctrl-C.")
            done.wait()
        finally:
            if tracking:
                tracking.stop()
    if failure:
        raise failure[0]
    return _report(out, journal, campaign_id, result[0], plan)


def _report(out: Console, journal: Journal, campaign_id: int, p: Progress, plan: RunPlan) -> int:
    summary(out, p.counts)
    if plan.profile.kind == "outbox":
        out.print(f"outbox: {outbox_folder(plan.profile)}", markup=False)
    if p.settled:
        out.print(f"settled {p.settled} rows left in doubt by the last run", markup=False)
    if p.status != "finished":
        out.print(f"{p.status}: {p.reason}".rstrip(": "), markup=False)
        out.print(f"resume with: mailer resume {campaign_id}", markup=False)
        return EXIT_STOPPED
    if p.counts.get("unknown"):
        out.print(
            f"{p.counts['unknown']} rows are in doubt (the app stopped while sending them); "
            f"resend them with: mailer resume {campaign_id} --resend-unknown",
            markup=False,
        )
    failed = p.counts.get("failed", 0) + p.counts.get("unknown", 0)
    return EXIT_FAILED if failed else EXIT_OK


def resume(args: argparse.Namespace, out: Console) -> int:
    journal = open_journal()
    campaign = journal.campaign(args.campaign)
    plan = prepare_run(
        journal, campaign.id, concurrency=args.concurrency, resend_unknown=args.resend_unknown
    )
    out.print(f"campaign: {campaign.id}", markup=False)
    return run_campaign(journal, campaign.id, plan, out)


def test_send(args: argparse.Namespace, out: Console) -> int:
    """Row N's exact message (To header and all) to a test address."""
    table, template = load_inputs(args, None)
    index = data_row(table, args.row)
    profile = resolve_profile(args)
    sender = _sender(args, template, profile)
    rendered = template.render(
        table.row(index), unsubscribe=sender.unsubscribe or None, email=table.emails[index]
    )
    message = build_message(rendered, to=table.emails[index], sender=sender)
    message_id = send_test(profile, message, sender=sender.from_addr, to=args.to)
    out.print(f"sent test of row {args.row} to {args.to}: {message_id}", markup=False)
    return EXIT_OK


def _sender(args: argparse.Namespace, template: TemplateSet, profile: Profile) -> SenderSettings:
    return sender_settings(
        template,
        from_header=args.from_header,
        reply_to=args.reply_to,
        unsubscribe=args.unsubscribe,
        profile=profile,
    )


def status(args: argparse.Namespace, out: Console) -> int:
    journal = open_journal()
    campaign_id = args.campaign or _latest(journal)
    campaign = journal.campaign(campaign_id)
    counts = journal.counts(campaign_id)
    if args.json:
        data = {
            **counts,
            "campaign": campaign.id,
            "status": campaign.status,
            "total": campaign.total,
        }
        out.print(json.dumps(data, ensure_ascii=False), markup=False)
        return EXIT_OK
    out.print(f"campaign {campaign.id}: {campaign.name} ({campaign.status})", markup=False)
    if campaign.reason:
        out.print(f"  {campaign.reason}", markup=False)
    for state, n in counts.items():
        out.print(f"  {state:13} {n}", markup=False)
    return EXIT_OK


def _latest(journal: Journal) -> int:
    found = journal.campaigns()
    if not found:
        raise InputError("There are no campaigns yet; start one with `mailer send`.")
    return found[0].id


def campaigns(args: argparse.Namespace, out: Console) -> int:
    journal = open_journal()
    rows = []
    for c in journal.campaigns():
        counts = journal.counts(c.id)
        rows.append(
            {
                "id": c.id,
                "name": c.name,
                "status": c.status,
                "created": time.strftime("%Y-%m-%d %H:%M", time.localtime(c.created)),
                "total": c.total,
                "counts": counts,
            }
        )
    if args.json:
        out.print(json.dumps(rows, ensure_ascii=False), markup=False)
        return EXIT_OK
    if not rows:
        out.print("no campaigns yet", markup=False)
    for r in rows:
        tally = r["counts"]
        assert isinstance(tally, dict)
        sent = accepted(tally)
        out.print(
            f"{r['id']:>4}  {r['created']}  {r['status']:9}  {sent}/{r['total']} sent"
            f"  {tally['failed']} failed  {r['name']}",
            markup=False,
        )
    return EXIT_OK


def export(args: argparse.Namespace, out: Console) -> int:
    count = export_results(open_journal(), args.campaign, args.out)
    out.print(f"exported {count} recipients to {args.out}", markup=False)
    return EXIT_OK
