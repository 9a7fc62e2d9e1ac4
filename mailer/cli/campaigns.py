"""`mailer send`, `test-send`, `resume`, `status`, `campaigns`, `export`."""

from __future__ import annotations

import argparse
import json
import sys
import threading
import time

from rich.console import Console

from mailer import service
from mailer.cli import abtest as cli_abtest
from mailer.cli import schedule as cli_schedule
from mailer.cli.common import (
    advertising_wanted,
    data_row,
    load_inputs,
    open_journal,
    outbox_folder,
    resolve_profile,
)
from mailer.cli.progress import LiveBar, summary
from mailer.content.compliance import check_campaign
from mailer.content.listmanagement import ListManagement
from mailer.content.message import SenderSettings
from mailer.content.recipients import RecipientTable
from mailer.content.segments import segment_table
from mailer.content.templates import TemplateSet
from mailer.errors import InputError, MailerError
from mailer.sending.plan import RunPlan
from mailer.sending.progress import Progress
from mailer.sending.schedule import unschedule
from mailer.service import (
    SANDBOX_HELP,
    build_test_message,
    export_results,
    send_test,
    sender_settings,
)
from mailer.settings import Profile
from mailer.states import (
    BulkCheck,
    CampaignStatus,
    FollowUp,
    Reason,
    ReasonCode,
    RowState,
    accepted,
    describe,
)
from mailer.store.journal import Journal

EXIT_OK, EXIT_FAILED, EXIT_INPUT, EXIT_STOPPED = 0, 1, 2, 3


def send(args: argparse.Namespace, out: Console) -> int:
    start_at, window = cli_schedule.parse(args)  # a bad --at is refused before anything
    journal = open_journal()
    table, template = _send_inputs(args, journal)
    profile = resolve_profile(args)
    sender = _sender(args, template, profile)
    audience: ListManagement | None = None
    warnings: tuple[str, ...] = ()
    if args.audience:
        audience, warnings = service.campaign_audience(profile, args.audience, sender.from_addr)
    advertising = advertising_wanted(args, profile)
    if args.from_campaign is not None:  # sending again to them is the point: no repeat check
        window_days, skip_repeats, repeats = 0.0, False, None
    else:
        window_days, skip_repeats, repeats = _repeat_choice(args, out, journal, table, template)
    draft = service.CampaignDraft(
        name=args.name or service.default_name(template, table),
        table=table,
        template=template,
        sender=sender,
        profile=profile,
        concurrency=args.concurrency,
        audience=audience,
        advertising=advertising,
        segment=_segment_text(args),
        repeat_window_days=window_days,
        skip_repeats=skip_repeats,
        repeats=repeats,
        repeat_exclude=(args.from_campaign,) if args.from_campaign is not None else (),
    )
    if cli_abtest.wanted(args):
        return cli_abtest.run(args, out, journal, draft, cli_abtest.plan(args, template, table))
    created = service.create(journal, draft)
    campaign_id = created.campaign_id
    out.print(f"campaign: {campaign_id}", markup=False)
    for warning in (*warnings, *_bulk_warnings(table, template, sender, audience)):
        out.print(f"warning: {warning}", markup=False)
    if created.unverified:
        out.print(f"{created.unverified} recipients skipped: {SANDBOX_HELP}", markup=False)
    if created.missing_attachments:
        out.print(
            f"{created.missing_attachments} recipients skipped: their own attachment file "
            f"is missing in {template.attachments_base} (`mailer check` lists them).",
            markup=False,
        )
    if created.repeats:
        out.print(
            f"{created.repeats} recipients skipped: {_repeat_words(window_days)}", markup=False
        )
    session = service.CampaignSession(
        journal,
        campaign_id,
        profile=profile,
        concurrency=args.concurrency,
        build_processes=args.build_processes,
    )
    plan = session.prepare()
    _build_processes_note(args, out, plan)
    try:
        confirmed = _confirm(args, out, journal, campaign_id, plan)
    except InputError:  # no terminal to ask in: kept as a draft, never offered to resume
        session.decline()
        raise
    if not confirmed:
        session.decline()
        out.print(
            f"Nothing sent; campaign {campaign_id} is kept as a draft. Send it later with "
            f"`mailer resume {campaign_id}`, or delete it with `mailer delete {campaign_id}`.",
            markup=False,
        )
        return EXIT_STOPPED
    cli_schedule.apply(journal, campaign_id, start_at, window)
    if start_at is not None:
        if args.no_wait:
            out.print(
                f"scheduled for {start_at:%Y-%m-%d %H:%M}: `mailer run-due` starts it then "
                "(run it from cron or Task Scheduler; README: Scheduling)",
                markup=False,
            )
            return EXIT_OK
        if not cli_schedule.wait_until(out, campaign_id, start_at):
            return EXIT_STOPPED
        unschedule(journal, campaign_id)
    return run_campaign(session, out)


def _repeat_choice(
    args: argparse.Namespace,
    out: Console,
    journal: Journal,
    table: RecipientTable,
    template: TemplateSet,
) -> tuple[float, bool, service.RepeatCheck]:
    """The repeat window, whether to skip who already received this template (or
    subject) in it - skipped by default, asked at a terminal, sent with
    --include-repeats - and the check made (create() uses it, not making it again)."""
    window = _repeat_window(args)
    check = service.repeat_check(journal, table, template, window_days=window)
    if not check.count:
        return window, True, check
    earlier = ", ".join(str(c) for c in check.campaigns[:5])
    if check.sending:
        out.print(
            f"{check.count} recipients received {template.name!r} (or its subject) within "
            f"the last {window:g} days or are getting it now (campaign {earlier}); "
            f"{check.sending} of them from a campaign that is still sending "
            "(`mailer campaigns`): sending again would mail them twice.",
            markup=False,
        )
    else:
        out.print(
            f"{check.count} recipients already received {template.name!r} (or its subject) "
            f"within the last {window:g} days (campaign {earlier}).",
            markup=False,
        )
    if args.include_repeats:
        out.print("Sending to them again (--include-repeats).", markup=False)
        return window, False, check
    if args.yes or not sys.stdin.isatty():
        out.print("They are skipped; --include-repeats sends to them anyway.", markup=False)
        return window, True, check
    answer = input(f"Skip these {check.count} recipients? [Y/n] ").strip().lower()
    return window, answer not in ("n", "no"), check


def _repeat_window(args: argparse.Namespace) -> float:
    """--repeat-window, else the settings' repeat_window_days (default 7)."""
    if getattr(args, "repeat_window", None) is not None:
        return float(args.repeat_window)
    from mailer.settings import Settings

    return Settings.load().repeat_window_days


def _repeat_words(window: float) -> str:
    return f"they already received this within {window:g} days (--include-repeats sends anyway)"


def _bulk_warnings(
    table: RecipientTable,
    template: TemplateSet,
    sender: SenderSettings,
    audience: ListManagement | None,
) -> list[str]:
    """Gmail and Yahoo ask bulk senders for one-click unsubscribe: say so when a few
    hundred of their addresses get none (no audience, no https link)."""
    found = check_campaign(table, template, sender, audience=audience, online=False)
    if not found.one_click_missing_for_bulk:
        return []
    item = found.item(BulkCheck.ONE_CLICK)
    return [f"{found.gmail_yahoo} recipients are at Gmail or Yahoo. {item.detail if item else ''}"]


def _send_inputs(args: argparse.Namespace, journal: Journal) -> tuple[RecipientTable, TemplateSet]:
    """The rows of a file, or of an earlier campaign's group (``--from-campaign``)."""
    if args.from_campaign is None:
        if args.recipients is None:
            raise InputError("Give a recipient file, or --from-campaign ID to send again.")
        return load_inputs(args, journal)
    if args.recipients is not None:
        raise InputError(
            f"Give either a recipient file ({args.recipients.name}) or --from-campaign "
            f"{args.from_campaign}, not both."
        )
    group = FollowUp(args.only)
    table = service.followup_table(
        journal, args.from_campaign, group, link=args.link, topic=getattr(args, "audience", None)
    )
    if args.where:
        table = segment_table(table, args.where)
    return table, TemplateSet.load(args.template)


def _build_processes_note(args: argparse.Namespace, out: Console, plan: RunPlan) -> None:
    """--build-processes only changes how SES API requests are made: say so elsewhere."""
    if args.build_processes and plan.profile.kind != "ses":
        out.print(
            f"note: --build-processes applies to the SES API only; the {plan.profile.kind} "
            "transport builds each message in its sending threads.",
            markup=False,
        )


def _segment_text(args: argparse.Namespace) -> str | None:
    """What chose the rows, kept with the campaign: the group and/or the filter."""
    parts = []
    if args.from_campaign is not None:
        link = f" of {args.link}" if args.link else ""
        parts.append(f"{args.only}{link} of campaign {args.from_campaign}")
    if args.where:
        parts.append(args.where)
    return " and ".join(parts) or None


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
    out.print(f"limits: {limits_text(plan)}", markup=False)
    if plan.limits.note:  # e.g. SES SMTP limits unreadable: the sandbox's are kept
        out.print(f"note: {plan.limits.note}", markup=False)
    if args.yes:
        return True
    if not sys.stdin.isatty():
        raise InputError(
            f"Nothing sent: add --yes to send without a terminal to confirm in. Campaign "
            f"{campaign_id} is kept as a draft: send it with `mailer resume {campaign_id}` "
            f"or delete it with `mailer delete {campaign_id}`."
        )
    return input("Send now? [y/N] ").strip().lower() in ("y", "yes")


def limits_text(plan: RunPlan) -> str:
    """The pace a run keeps, in words: '2/s, 50000 a day' or 'no rate limit, no daily cap'."""
    rate, daily = plan.limits.rate, plan.limits.daily
    pace = f"{rate:g} a second" if rate else "no rate limit"
    cap = f"{daily} a day (rolling 24 hours)" if daily is not None else "no daily cap"
    return f"{pace}, {cap}"


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
            try:
                done.wait()
            except KeyboardInterrupt:  # a second Ctrl-C: no waiting for the sends in flight
                out.print(
                    "Interrupted again: stopped at once. Messages being sent at that moment "
                    f"may be in doubt; `mailer resume {campaign_id}` continues and says which "
                    "(--resend-unknown sends them again).",
                    markup=False,
                )
                raise
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
        journal,
        campaign.id,
        concurrency=args.concurrency,
        build_processes=args.build_processes,
        resend_unknown=args.resend_unknown,
    )
    plan = session.prepare()
    out.print(f"campaign: {campaign.id}", markup=False)
    _build_processes_note(args, out, plan)
    overview = service.campaign_overview(journal, campaign.id)
    if not overview.left and not (args.resend_unknown and overview.in_doubt):
        # Said first: the result line below is the campaign's, not a new send's.
        out.print(f"nothing left to send in campaign {campaign.id}; its result:", markup=False)
    if overview.never_sent and not args.include_repeats:
        # Never sent: others may have received the same template since it was made.
        window = _repeat_window(args)
        check = service.skip_stored_repeats(journal, campaign.id, window_days=window)
        if check.count:
            out.print(f"{check.count} recipients skipped: {_repeat_words(window)}", markup=False)
    return run_campaign(session, out)


def delete(args: argparse.Namespace, out: Console) -> int:
    """Delete a campaign from the journal, after a question (or --yes); refused while
    it is being sent. The send log (daily quota) and the suppression list are kept."""
    journal = open_journal()
    journal.campaigns.require(args.campaign)
    found = next((c for c in service.overview(journal) if c.id == args.campaign), None)
    assert found is not None  # require() passed
    left = found.left + found.in_doubt
    out.print(
        f"campaign {found.id}: {found.summary.name} ({found.status}), "
        f"{found.sent}/{found.summary.total} sent" + (f", {left} not sent" if left else ""),
        markup=False,
    )
    if not args.yes:
        if not sys.stdin.isatty():
            raise InputError(
                f"Add --yes to delete campaign {found.id} without a terminal to confirm in."
            )
        question = f"Delete campaign {found.id} and its {found.summary.total} recipient rows?"
        if input(f"{question} [y/N] ").strip().lower() not in ("y", "yes"):
            out.print("Nothing deleted.", markup=False)
            return EXIT_OK
    rows = service.delete_campaign(journal, found.id)
    out.print(
        f"deleted campaign {found.id} ({rows} recipient rows); its sends still count "
        "towards the daily quota",
        markup=False,
    )
    return EXIT_OK


def test_send(args: argparse.Namespace, out: Console) -> int:
    """Row N's exact message (To header and all) to a test address."""
    table, template = load_inputs(args, None)
    index = data_row(table, args.row)
    profile = resolve_profile(args)
    sender = _sender(args, template, profile)
    advertising = advertising_wanted(args, profile)  # the campaign's message, marked
    rendered = service.rendered_as_sent(template, table, index, sender, advertising=advertising)
    message = build_test_message(
        rendered, to=table.emails[index], sender=sender, prefix=args.test_prefix
    )
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
    everything = service.overview(journal)
    found = [c for c in everything if args.all or not c.archived]
    if args.json:
        rows = [
            {
                "id": c.id,
                "name": c.summary.name,
                "status": c.status,
                "created": _when(c.summary.created),
                "total": c.summary.total,
                "counts": c.counts,
                "archived": c.archived,
            }
            for c in found
        ]
        out.print(json.dumps(rows, ensure_ascii=False), markup=False)
        return EXIT_OK
    if not found:
        out.print("no campaigns yet" if not everything else "no campaigns", markup=False)
    for c in found:
        out.print(
            f"{c.id:>4}  {_when(c.summary.created)}  {c.status:9}"
            f"  {c.sent}/{c.summary.total} sent  {c.counts[RowState.FAILED]} failed"
            f"  {c.summary.name}" + ("  (archived)" if c.archived else ""),
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


def archive(args: argparse.Namespace, out: Console) -> int:
    """Hide a campaign from the default lists (or bring it back with --undo); it stays
    in the journal: reports, export and the repeat check still see it."""
    journal = open_journal()
    service.archive_campaign(journal, args.campaign, archived=not args.undo)
    if args.undo:
        out.print(f"campaign {args.campaign} is listed again", markup=False)
    else:
        out.print(
            f"archived campaign {args.campaign}: `mailer campaigns --all` lists it, "
            f"`mailer archive {args.campaign} --undo` brings it back",
            markup=False,
        )
    hidden = len(journal.campaigns.archived())
    if hidden:
        out.print(f"{hidden} campaigns archived", markup=False)
    return EXIT_OK


def _when(epoch: float) -> str:
    return time.strftime("%Y-%m-%d %H:%M", time.localtime(epoch))


def export(args: argparse.Namespace, out: Console) -> int:
    count = export_results(open_journal(), args.campaign, args.out)
    out.print(f"exported {count} recipients to {args.out}", markup=False)
    return EXIT_OK
