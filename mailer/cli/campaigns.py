"""`mailer send`, `test-send`, `resume`, `status`, `campaigns`, `export`."""

from __future__ import annotations

import argparse
import json
import sys
import threading
import time

from rich.console import Console

from mailer import service
from mailer.cli.common import data_row, load_inputs, open_journal, outbox_folder, resolve_profile
from mailer.cli.progress import LiveBar, summary
from mailer.content.message import SenderSettings, build_message
from mailer.content.templates import TemplateSet
from mailer.errors import InputError, MailerError
from mailer.sending.plan import RunPlan
from mailer.sending.progress import Progress
from mailer.service import SANDBOX_HELP, export_results, send_test, sender_settings
from mailer.settings import Profile
from mailer.states import CampaignStatus, Reason, ReasonCode, RowState, accepted, describe
from mailer.store.journal import Journal

EXIT_OK, EXIT_FAILED, EXIT_INPUT, EXIT_STOPPED = 0, 1, 2, 3


def send(args: argparse.Namespace, out: Console) -> int:
    journal = open_journal()
    table, template = load_inputs(args, journal)
    profile = resolve_profile(args)
    draft = service.CampaignDraft(
        name=args.name or service.default_name(template, table),
        table=table,
        template=template,
        sender=_sender(args, template, profile),
        profile=profile,
        concurrency=args.concurrency,
    )
    created = service.create(journal, draft)
    campaign_id = created.campaign_id
    out.print(f"campaign: {campaign_id}", markup=False)
    if created.unverified:
        out.print(f"{created.unverified} recipients skipped: {SANDBOX_HELP}", markup=False)
    session = service.CampaignSession(
        journal, campaign_id, profile=profile, concurrency=args.concurrency
    )
    plan = session.prepare()
    if not _confirm(args, out, journal, campaign_id, plan):
        session.decline()
        out.print(f"Nothing sent. Send it later with: mailer resume {campaign_id}", markup=False)
        return EXIT_STOPPED
    return run_campaign(session, out)


def _confirm(
    args: argparse.Namespace, out: Console, journal: Journal, campaign_id: int, plan: RunPlan
) -> bool:
    counts = journal.rows.counts(campaign_id)
    n = counts[RowState.PENDING]
    rate = plan.limits.rate
    eta = f", about {_minutes(n / rate)} at {rate:g}/s" if rate else ""
    where = plan.profile.kind + (
        f" ({outbox_folder(plan.profile)})" if plan.profile.kind == "outbox" else ""
    )
    out.print(
        f"{n} messages to send via {where}{eta}; {counts[RowState.SKIPPED]} rows skipped.",
        markup=False,
    )
    if args.yes:
        return True
    if not sys.stdin.isatty():
        raise InputError("Add --yes to send without a terminal to confirm in.")
    return input("Send now? [y/N] ").strip().lower() in ("y", "yes")


def _minutes(seconds: float) -> str:
    return f"{seconds / 60:.0f} min" if seconds >= 90 else f"{seconds:.0f} s"


def run_campaign(session: service.CampaignSession, out: Console) -> int:
    """Run in a thread so Ctrl-C reaches the main thread and stops cleanly."""
    journal, campaign_id = session.journal, session.campaign_id
    # Nobody can press resume here: a run that would pause stops (exit 3) instead.
    session.unattended = True
    result: list[Progress] = []
    failure: list[MailerError] = []
    with LiveBar(out, journal.campaigns.get(campaign_id).total) as bar:
        session.on_progress = bar.update
        done = threading.Event()

        def work() -> None:
            try:
                result.append(session.run())
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
            session.stop(Reason(ReasonCode.INTERRUPTED))
            done.wait()
    if failure:
        raise failure[0]
    return _report(out, campaign_id, result[0], session.prepare())


def _report(out: Console, campaign_id: int, p: Progress, plan: RunPlan) -> int:
    summary(out, p.counts)
    if plan.profile.kind == "outbox":
        out.print(f"outbox: {outbox_folder(plan.profile)}", markup=False)
    if p.settled:
        out.print(f"settled {p.settled} rows left in doubt by the last run", markup=False)
    if p.status is not CampaignStatus.FINISHED:
        out.print(f"{p.status}: {describe(p.reason)}".rstrip(": "), markup=False)
        out.print(f"resume with: mailer resume {campaign_id}", markup=False)
        return EXIT_STOPPED
    unknown = p.counts.get(RowState.UNKNOWN, 0)
    if unknown:
        out.print(
            f"{unknown} rows are in doubt (the app stopped while sending them); "
            f"resend them with: mailer resume {campaign_id} --resend-unknown",
            markup=False,
        )
    failed = p.counts.get(RowState.FAILED, 0) + unknown
    if failed:
        return EXIT_FAILED
    if not accepted(p.counts):
        # Every row was skipped (suppressed since, say): nothing sent is no success.
        out.print(
            f"Nothing was sent: every recipient of campaign {campaign_id} was skipped; "
            f"`mailer export {campaign_id} results.csv` lists why for each.",
            markup=False,
        )
        return EXIT_INPUT
    return EXIT_OK


def resume(args: argparse.Namespace, out: Console) -> int:
    journal = open_journal()
    campaign = journal.campaigns.get(args.campaign)
    session = service.CampaignSession(
        journal, campaign.id, concurrency=args.concurrency, resend_unknown=args.resend_unknown
    )
    session.prepare()
    out.print(f"campaign: {campaign.id}", markup=False)
    return run_campaign(session, out)


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
    found = service.campaign_overview(journal, args.campaign or _latest(journal))
    campaign, counts = found.summary, found.counts
    if args.json:
        data = {
            **counts,
            "campaign": campaign.id,
            "status": found.status,
            "total": campaign.total,
        }
        out.print(json.dumps(data, ensure_ascii=False), markup=False)
        return EXIT_OK
    out.print(f"campaign {campaign.id}: {campaign.name} ({_status(found)})", markup=False)
    if campaign.reason:
        out.print(f"  {describe(campaign.reason)}", markup=False)
    for state, n in counts.items():
        out.print(f"  {state:13} {n}", markup=False)
    return EXIT_OK


def _latest(journal: Journal) -> int:
    found = journal.campaigns.all()
    if not found:
        raise InputError("There are no campaigns yet; start one with `mailer send`.")
    return found[0].id


def campaigns(args: argparse.Namespace, out: Console) -> int:
    journal = open_journal()
    found = service.overview(journal)
    if args.json:
        rows = [
            {
                "id": c.id,
                "name": c.summary.name,
                "status": c.status,
                "created": _when(c.summary.created),
                "total": c.summary.total,
                "counts": c.counts,
            }
            for c in found
        ]
        out.print(json.dumps(rows, ensure_ascii=False), markup=False)
        return EXIT_OK
    if not found:
        out.print("no campaigns yet", markup=False)
    for c in found:
        out.print(
            f"{c.id:>4}  {_when(c.summary.created)}  {c.status:9}"
            f"  {c.sent}/{c.summary.total} sent  {c.counts[RowState.FAILED]} failed"
            f"  {c.summary.name}",
            markup=False,
        )
        if c.interrupted:
            out.print(f"      {_status(c)}", markup=False)
    return EXIT_OK


def _status(c: service.CampaignOverview) -> str:
    """The status in words; a killed run says how to go on."""
    if c.interrupted:
        return f"{c.status} - resume with: mailer resume {c.id}"
    return str(c.status)


def _when(epoch: float) -> str:
    return time.strftime("%Y-%m-%d %H:%M", time.localtime(epoch))


def export(args: argparse.Namespace, out: Console) -> int:
    count = export_results(open_journal(), args.campaign, args.out)
    out.print(f"exported {count} recipients to {args.out}", markup=False)
    return EXIT_OK
