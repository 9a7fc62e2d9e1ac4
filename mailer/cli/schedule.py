"""`mailer send --at/--window`, `mailer scheduled`, `mailer schedule`, `mailer run-due`."""

from __future__ import annotations

import argparse
import json
import time
from datetime import datetime

from rich.console import Console

from mailer import service
from mailer.cli.common import open_journal
from mailer.errors import InputError
from mailer.sending import schedule as sched
from mailer.states import CampaignStatus, describe
from mailer.store.journal import Journal

EXIT_OK, EXIT_FAILED, EXIT_INPUT, EXIT_STOPPED = 0, 1, 2, 3


def add_options(p: argparse.ArgumentParser) -> None:
    """--at and --window for `mailer send`."""
    p.add_argument(
        "--at",
        metavar="TIME",
        help='start at this local time, e.g. "2026-12-24 09:00" or 09:00 (today); waits '
        "with a countdown (Ctrl-C leaves it scheduled) (default: now)",
    )
    p.add_argument(
        "--window",
        metavar="HH:MM-HH:MM",
        help="send only between these local hours every day, pausing outside them, e.g. "
        "09:00-20:00 (default: any time)",
    )
    p.add_argument(
        "--no-wait",
        action="store_true",
        help="with --at: store the schedule and return; `mailer run-due` starts it",
    )


def parse(args: argparse.Namespace) -> tuple[datetime | None, sched.SendWindow | None]:
    """The --at and --window of a command line, checked before anything is created."""
    now = datetime.now().astimezone()
    at = sched.parse_at(args.at, now) if getattr(args, "at", None) else None
    window = sched.SendWindow.parse(args.window) if getattr(args, "window", None) else None
    if getattr(args, "no_wait", False) and at is None:
        raise InputError("--no-wait goes with --at TIME.")
    return at, window


def apply(
    journal: Journal,
    campaign_id: int,
    at: datetime | None,
    window: sched.SendWindow | None,
) -> None:
    if window is not None:
        journal.campaigns.update_settings(campaign_id, window=window.text())
    if at is not None:
        sched.schedule(journal, campaign_id, at, window)


def wait_until(out: Console, campaign_id: int, at: datetime) -> bool:
    """Count down to ``at``; False when Ctrl-C left the campaign scheduled."""
    try:
        with out.status("") as status:
            while (left := at.timestamp() - time.time()) > 0:
                status.update(
                    f"campaign {campaign_id} starts at {at:%Y-%m-%d %H:%M} (in {_span(left)})"
                )
                time.sleep(min(1.0, left))
    except KeyboardInterrupt:
        out.print(
            f"Campaign {campaign_id} stays scheduled for {at:%Y-%m-%d %H:%M}. It starts when "
            f"`mailer run-due` runs after that time, or now with `mailer resume {campaign_id}`.",
            markup=False,
        )
        return False
    return True


def _span(seconds: float) -> str:
    minutes, secs = divmod(int(seconds + 0.999), 60)
    hours, minutes = divmod(minutes, 60)
    days, hours = divmod(hours, 24)
    if days:
        return f"{days} d {hours} h"
    return f"{hours} h {minutes:02d} min" if hours else f"{minutes} min {secs:02d} s"


# -- `mailer scheduled` ------------------------------------------------------------------


def scheduled(args: argparse.Namespace, out: Console) -> int:
    journal = open_journal()
    items = sched.scheduled(journal)
    now = time.time()
    if args.json:
        out.print_json(
            json.dumps(
                [
                    {
                        "id": s.campaign_id,
                        "name": s.name,
                        "at": datetime.fromtimestamp(s.at).astimezone().isoformat(),
                        "window": s.window,
                        "due": s.due(now),
                        "missed": s.missed(now, sched.DEFAULT_MAX_LATE_MINUTES),
                    }
                    for s in items
                ],
                ensure_ascii=False,
            )
        )
        return EXIT_OK
    if not items:
        out.print("No campaign is scheduled.", markup=False)
    for s in items:
        state = (
            "missed"
            if s.missed(now, sched.DEFAULT_MAX_LATE_MINUTES)
            else ("due" if s.due(now) else f"in {_span(s.at - now)}")
        )
        window = f"  window {s.window}" if s.window else ""
        out.print(
            f"{s.campaign_id:>5}  {datetime.fromtimestamp(s.at):%Y-%m-%d %H:%M}  {state}{window}"
            f"  {s.name}",
            markup=False,
        )
    return EXIT_OK


# -- `mailer schedule ID` ----------------------------------------------------------------


def reschedule(args: argparse.Namespace, out: Console) -> int:
    journal = open_journal()
    campaign = journal.campaigns.get(args.campaign)
    if campaign.status not in (
        CampaignStatus.SCHEDULED,
        CampaignStatus.READY,
        CampaignStatus.DRAFT,
    ):
        raise InputError(
            f"Campaign {campaign.id} is {campaign.status.value}: only a campaign that has not "
            "started sending can be scheduled."
        )
    if args.clear:
        sched.unschedule(journal, campaign.id)
        start = f"mailer resume {campaign.id}"
        out.print(f"campaign {campaign.id}: not scheduled; start it with {start}", markup=False)
        return EXIT_OK
    at, window = parse(args)
    if at is None:
        raise InputError("Give --at TIME (or --clear to remove the schedule).")
    apply(journal, campaign.id, at, window)
    out.print(f"campaign {campaign.id}: scheduled for {at:%Y-%m-%d %H:%M}", markup=False)
    return EXIT_OK


# -- `mailer run-due` --------------------------------------------------------------------


def run_due(args: argparse.Namespace, out: Console) -> int:
    """Start every campaign whose time has come (for cron / Task Scheduler); list the
    missed ones instead of starting them hours late."""
    from mailer.cli.abtest import decide_and_say
    from mailer.cli.campaigns import run_campaign
    from mailer.sending.abtest import is_rest

    journal = open_journal()
    due, missed, later = sched.split_due(sched.scheduled(journal), time.time(), args.max_late)
    for s in missed:
        out.print(
            f"campaign {s.campaign_id} ({s.name}) missed its start: "
            f"{describe(sched.missed_reason(s))} Start it now: mailer resume {s.campaign_id}; "
            f"reschedule: mailer schedule {s.campaign_id} --at TIME; cancel: mailer delete "
            f"{s.campaign_id}.",
            markup=False,
        )
    worst = EXIT_OK
    for s in due:
        out.print(f"campaign {s.campaign_id} ({s.name}): due, starting", markup=False)
        if is_rest(journal.campaigns.get(s.campaign_id).settings):
            decide_and_say(journal, s.campaign_id, out)  # an A/B test's winner first
        sched.unschedule(journal, s.campaign_id)
        session = service.CampaignSession(journal, s.campaign_id)
        session.prepare()
        worst = max(worst, run_campaign(session, out))
    if not due:
        soon = f"; next: campaign {later[0].campaign_id} at " if later else ""
        when = f"{datetime.fromtimestamp(later[0].at):%Y-%m-%d %H:%M}" if later else ""
        out.print(f"nothing due{soon}{when}", markup=False)
    return worst if not missed else max(worst, EXIT_STOPPED)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    # The command is named after the status it lists.
    p = sub.add_parser(CampaignStatus.SCHEDULED.value, help="list scheduled campaigns")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=scheduled)

    p = sub.add_parser("schedule", help="set or clear a campaign's start time")
    p.add_argument("campaign", type=int)
    p.add_argument("--at", metavar="TIME", help='local start time, e.g. "2026-12-24 09:00"')
    p.add_argument("--window", metavar="HH:MM-HH:MM", help="send only between these hours")
    p.add_argument("--clear", action="store_true", help="remove the schedule")
    p.set_defaults(handler=reschedule)

    p = sub.add_parser("run-due", help="start scheduled campaigns that are due (for cron)")
    p.add_argument(
        "--max-late",
        type=float,
        default=sched.DEFAULT_MAX_LATE_MINUTES,
        metavar="MINUTES",
        help="start a campaign at most this late; later ones are listed, not started "
        f"(default: {sched.DEFAULT_MAX_LATE_MINUTES:g})",
    )
    p.set_defaults(handler=run_due)
