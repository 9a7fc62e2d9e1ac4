"""Benchmark: the report of a 1,000,000-recipient campaign with 3,000,000 events.

Builds the campaign as `mailer send` would (load + check + snapshot of a generated
newsletter list), marks every row sent through journal.rows.write_batch (so the send
log holds them, an hour's worth of sends), then bulk-inserts 3,000,000 SES events
(deliveries, bounces, complaints, opens, clicks on 8 links) into the events table and
fills the report's tallies from them with ``mailer.store.tallies.rebuild`` (the code
that migrates an older journal). Then times, in a fresh Journal each time, opening
the journal plus ``service.campaign_report`` (what the app's Report tab and
`mailer report` wait for). Also times applying 10,000 events through
``journal.events.apply`` (the poller's sink, tallies included).

    .venv/bin/python bench/bench_report.py [--rows 1000000] [--events 3000000]
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Iterator
from pathlib import Path

from common import build_campaign, emit, log, temp_data_dir, timed, write_recipients

from mailer import service
from mailer.aws.notifications import DeliveryEvent
from mailer.settings import Profile
from mailer.states import EventKind, RowState
from mailer.store.journal import Journal
from mailer.store.rows import RowChange
from mailer.store.tallies import rebuild

TARGET_SECONDS = 2.0
LINKS = [f"https://shop.example.com/item/{n}?utm_source=news" for n in range(8)]
START = 1_795_323_600.0  # 2026-11-22 05:00 UTC
DOMAINS = ["gmail.com", "naver.com", "daum.net", "hanmail.net", "kakao.com", "outlook.com",
           "corp.co.kr", "example.org"]  # fmt: skip


def fate(i: int) -> RowState:
    if i % 100 < 2:
        return RowState.BOUNCED
    if i % 200 == 2:
        return RowState.SOFT_BOUNCED
    if i % 1000 == 3:
        return RowState.COMPLAINED
    return RowState.DELIVERED


def base_events(i: int) -> tuple[int, int]:
    """(opens, clicks) of row ``i`` before topping up to the wanted total."""
    if fate(i) in (RowState.BOUNCED, RowState.SOFT_BOUNCED):
        return 0, 0
    return (3 if i % 20 < 9 else 0), (3 if i % 20 < 4 else 0)


def iso(seconds: float) -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%S.000Z", time.gmtime(seconds))


def events(rows: int, wanted: int) -> Iterator[tuple[object, ...]]:
    """(campaign_id, idx, kind, time, detail, received, link) rows, ``wanted`` in all."""
    total = sum(1 + (fate(i) is RowState.COMPLAINED) + sum(base_events(i)) for i in range(rows))
    extra = max(0, wanted - total)  # one more open for the first ``extra`` openers
    for i in range(rows):
        state, sent = fate(i), START + i * 3600 * 6 / rows  # six hours of sending
        if state is RowState.BOUNCED:
            detail = '{"bounce_subtype":"General","bounce_type":"Permanent",' \
                     '"diagnostic":"smtp; 550 5.1.1 user unknown"}'  # fmt: skip
            yield 1, i, EventKind.BOUNCE, iso(sent + 5), detail, sent, ""
            continue
        if state is RowState.SOFT_BOUNCED:
            detail = '{"bounce_subtype":"MailboxFull","bounce_type":"Transient"}'
            yield 1, i, EventKind.BOUNCE, iso(sent + 5), detail, sent, ""
            continue
        yield 1, i, EventKind.DELIVERY, iso(sent + 2), "{}", sent, ""
        if state is RowState.COMPLAINED:
            yield 1, i, EventKind.COMPLAINT, iso(sent + 900), '{"feedback_type":"abuse"}', sent, ""
        opens, clicks = base_events(i)
        if opens and extra:
            opens, extra = opens + 1, extra - 1
        for n in range(opens):
            yield 1, i, EventKind.OPEN, iso(sent + 600 + n * 7200), "{}", sent, ""
        for n in range(clicks):
            link = LINKS[(i + n) % len(LINKS)]
            yield 1, i, EventKind.CLICK, iso(sent + 700 + n * 3600), "{}", sent, link


def build(data: Path, tmp: Path, rows: int, wanted: int) -> tuple[int, dict[str, float]]:
    took: dict[str, float] = {}
    profile = Profile(kind="outbox", outbox_dir=str(data / "outbox"), rate=0, daily=None)
    csv_path = write_recipients(tmp / "newsletter.csv", rows)
    journal = Journal(data / "journal.sqlite3")
    log(f"report: creating a campaign of {rows}")
    with timed() as t:
        campaign = build_campaign(journal, csv_path, profile)
    took["create_seconds"] = t[0]
    log("report: marking every row sent, and its fate")
    with timed() as t:
        changes = [
            RowChange(i, RowState.SENT, message_id=f"bench-{i}", attempt=1,
                      time=START + i * 3600 * 6 / rows)
            for i in range(rows)
        ]  # fmt: skip
        journal.rows.write_batch(campaign, changes, "bench")
        with journal.transaction() as db:
            # Each row's fate, and the generated list's one domain spread over the providers.
            db.executemany(
                "UPDATE recipients SET state = ?, domain = ? WHERE campaign_id = ? AND idx = ?",
                ((fate(i), DOMAINS[i % len(DOMAINS)], campaign, i) for i in range(rows)),
            )
    took["mark_seconds"] = t[0]
    log(f"report: inserting {wanted} events and filling the tallies")
    with timed() as t, journal.transaction() as db:
        db.executemany(
            "INSERT INTO events (campaign_id, idx, kind, time, detail, received, link)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            events(rows, wanted),
        )
        rebuild(db)
    took["events_seconds"] = t[0]
    journal.close()
    return campaign, took


def apply_rate(path: Path, rows: int, n: int = 10_000) -> float:
    """Events per second through journal.events.apply (the poller's sink)."""
    journal = Journal(path)
    batch = [
        DeliveryEvent(EventKind.OPEN if k % 2 else EventKind.CLICK, f"bench-{(k * 7919) % rows}",
                      ("x@example.com",), iso(START + 86_400 + k), link=LINKS[k % len(LINKS)])
        for k in range(n)
    ]  # fmt: skip
    with timed() as t:
        for start in range(0, n, 10):  # SQS hands over at most 10 messages at a time
            journal.events.apply(batch[start : start + 10])
    journal.close()
    return n / t[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--events", type=int, default=3_000_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--keep", type=Path, help="build into (or reuse) this folder")
    args = parser.parse_args()
    with temp_data_dir("bench-report-") as tmp:
        data = args.keep or tmp / "data"
        if args.keep and (data / "built").exists():
            campaign, took = 1, {}
        else:
            campaign, took = build(data, tmp, args.rows, args.events)
            (data / "built").write_text("1")
        path = data / "journal.sqlite3"
        times = []
        for _ in range(args.runs):
            with timed() as t:
                journal = Journal(path)
                report = service.campaign_report(journal, campaign)
            journal.close()
            times.append(t[0])
            log(f"report: open + report {t[0]:.3f} s")
        counts = {f.measure.value: f.count for f in report.figures}
        events_total = counts["opened_total"] + counts["clicked_total"]
        journal_mb = sum(p.stat().st_size for p in data.glob("journal.sqlite3*")) / 2**20
        rate = apply_rate(path, args.rows)
    emit(
        "report",
        f"{args.rows}-recipients-{args.events}-events",
        rows=args.rows,
        events=args.events,
        opens_and_clicks=events_total,
        links=len(report.links),
        domains=len(report.domains),
        timeline_hours=len(report.timeline),
        first_report_seconds=round(times[0], 3),
        median_report_seconds=round(statistics.median(times), 3),
        apply_events_per_second=round(rate),
        build_seconds={k: round(v, 1) for k, v in took.items()},
        journal_mb=round(journal_mb, 1),
        command="Journal(path) + service.campaign_report(journal, ID)",
        target=f"report <= {TARGET_SECONDS:g} s",
        ok=max(times) <= TARGET_SECONDS,
    )


if __name__ == "__main__":
    main()
