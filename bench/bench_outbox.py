"""Benchmark: --rows (default 100,000) newsletters into the local outbox, no rate limit.

The campaign is created as `mailer send` creates it (load + check + snapshot), then
the real CampaignRunner sends it with the outbox transport (one Maildir file per
message), Limits(rate=0, daily=None) and the app's default concurrency (4). Reports
messages/s of the send phase, the creation time, and that every row ended ``sent``
with one file each.

    .venv/bin/python bench/bench_outbox.py [--rows 100000] [--concurrency 4]
"""

from __future__ import annotations

import argparse
import os
import time

from common import (
    build_campaign,
    emit,
    log,
    temp_data_dir,
    timed,
    use_mailer_env,
    write_recipients,
)

from mailer.sending.runner import CampaignRunner, Limits, RunOptions
from mailer.settings import Profile
from mailer.store.journal import Journal
from mailer.transports.outbox import OutboxTransport

TARGET_PER_S = 1500.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--concurrency", type=int, default=4, help="the app's default is 4")
    args = parser.parse_args()
    with temp_data_dir("bench-outbox-") as tmp:
        use_mailer_env(tmp)
        outbox = tmp / "outbox"
        journal = Journal(tmp / "journal.sqlite3")
        profile = Profile(kind="outbox", outbox_dir=str(outbox), rate=0, daily=None)
        csv_path = write_recipients(tmp / "newsletter.csv", args.rows)
        log(f"outbox: creating a campaign of {args.rows}")
        with timed() as create:
            campaign = build_campaign(journal, csv_path, profile, concurrency=args.concurrency)
        runner = CampaignRunner(
            journal,
            campaign,
            lambda: OutboxTransport(outbox),
            Limits(rate=0, daily=None),
            RunOptions(concurrency=args.concurrency, account="bench-outbox"),
        )
        log("outbox: sending")
        cpu0 = os.times()
        started = time.perf_counter()
        progress = runner.run()
        seconds = time.perf_counter() - started
        cpu1 = os.times()
        files = sum(1 for _ in os.scandir(outbox / "new"))
        journal.close()
    rate = progress.sent / seconds
    cpu = (cpu1.user - cpu0.user) + (cpu1.system - cpu0.system)
    emit(
        "outbox",
        f"{args.rows}-newsletters",
        rows=args.rows,
        concurrency=args.concurrency,
        create_seconds=round(create[0], 2),
        send_seconds=round(seconds, 2),
        sent=progress.sent,
        files=files,
        per_s=round(rate, 1),
        cpu_pct=round(100 * cpu / seconds),  # 100 = one core busy
        target=f">= {TARGET_PER_S:g}/s on 2 cores",
        ok=rate >= TARGET_PER_S and files == args.rows == progress.sent,
    )


if __name__ == "__main__":
    main()
