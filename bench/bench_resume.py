"""Benchmark: `mailer resume` on a half-sent 1,000,000-row campaign.

Builds the campaign in a journal as `mailer send` would (load + check + snapshot of a
generated newsletter list), then marks the first half ``sent`` through
journal.rows.write_batch in one transaction (so the send log holds them too, as after a
real run within the last 24 hours) and leaves a few rows ``sending``, as a crash
leaves them. Then times `mailer resume ID` from process start to the first message
file appearing in the outbox, and stops it with Ctrl-C (SIGINT).

    .venv/bin/python bench/bench_resume.py [--rows 1000000]
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from common import build_campaign, emit, log, mailer_env, temp_data_dir, timed, write_recipients

from mailer.sending.plan import account_key
from mailer.settings import Profile
from mailer.states import RowState
from mailer.store.journal import Journal
from mailer.store.rows import RowChange

TARGET_SECONDS = 5.0
IN_FLIGHT = 4  # rows a crash leaves `sending` with the default concurrency


def first_file(folder: Path, proc: subprocess.Popen[bytes], limit: float) -> float | None:
    """Seconds until ``folder`` holds a file; None if the process ended or time ran out."""
    started = time.perf_counter()
    while time.perf_counter() - started < limit:
        if folder.is_dir():
            with os.scandir(folder) as entries:
                if any(True for _ in entries):
                    return time.perf_counter()
        if proc.poll() is not None:
            return None
        time.sleep(0.002)
    return None


def mailer_command() -> list[str]:
    script = Path(sys.executable).with_name("mailer")
    return [str(script)] if script.exists() else [sys.executable, "-m", "mailer.cli.main"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    args = parser.parse_args()
    half = args.rows // 2
    with temp_data_dir("bench-resume-") as tmp:
        data = tmp / "data"
        outbox = data / "outbox"
        profile = Profile(kind="outbox", outbox_dir=str(outbox), rate=0, daily=None)
        csv_path = write_recipients(tmp / "newsletter.csv", args.rows)
        journal = Journal(data / "journal.sqlite3")
        log(f"resume: creating a campaign of {args.rows}")
        with timed() as create:
            campaign = build_campaign(journal, csv_path, profile)
        log(f"resume: marking {half} sent")
        now = time.time()
        changes = [
            RowChange(i, RowState.SENT, message_id=f"bench-{i}", attempt=1, time=now - 1 + i / half)
            for i in range(half)
        ]
        changes += [
            RowChange(i, RowState.SENDING, attempt=1) for i in range(half, half + IN_FLIGHT)
        ]
        with timed() as mark:
            journal.rows.write_batch(campaign, changes, account_key(profile))
        counts = journal.rows.counts(campaign)
        journal.close()
        journal_mb = sum(p.stat().st_size for p in data.glob("journal.sqlite3*")) / 2**20
        log("resume: mailer resume")
        cmd = [*mailer_command(), "resume", str(campaign)]
        started = time.perf_counter()
        proc = subprocess.Popen(
            cmd, env=mailer_env(data), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
        )
        seen = first_file(outbox / "new", proc, limit=120.0)
        first = seen - started if seen is not None else None
        if proc.poll() is None:
            proc.send_signal(signal.SIGINT)  # the CLI stops cleanly and stays resumable
        try:
            _, err = proc.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            _, err = proc.communicate()
        if first is None:
            log(f"resume: no message appeared; stderr: {err.decode(errors='replace')[-2000:]}")
    emit(
        "resume",
        f"{args.rows}-rows-half-sent",
        rows=args.rows,
        pending=counts["pending"],
        sent_before=counts["sent"],
        create_seconds=round(create[0], 2),
        mark_half_sent_seconds=round(mark[0], 2),
        journal_mb=round(journal_mb, 1),
        first_send_seconds=round(first, 2) if first is not None else None,
        command="mailer resume ID",
        target=f"first send <= {TARGET_SECONDS:g} s",
        ok=first is not None and first <= TARGET_SECONDS,
    )


if __name__ == "__main__":
    main()
