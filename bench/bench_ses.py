"""Benchmark: the app against a plain boto3 loop on a rate-limited SESv2 endpoint.

bench/ses_endpoint.py runs in its own process (so it does not share the GIL with the
client) and answers SendEmail after 50 ms, with HTTP 429 TooManyRequestsException
above the limit (sliding one-second window, counted at arrival). For each limit:

- app: CampaignRunner + mailer's SES transport (one sesv2 client per worker), the
  shipped newsletter, Limits(rate=limit), concurrency max(4, ceil(limit x 0.05 x 1.5))
  (the requests in flight at that rate and latency, plus half again for jitter);
- loop: what most scripts do: one boto3 client, render + send_email, sleep(1/limit).

Each side runs --seconds (default 15) worth of sends; rates are taken from the
server's own arrival times. One JSON line per limit.

    .venv/bin/python bench/bench_ses.py [--limits 14,100,500] [--seconds 15]
"""

from __future__ import annotations

import argparse
import json
import math
import os
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path
from typing import Any

from common import (
    BENCH,
    NEWSLETTER,
    SENDER,
    build_campaign,
    emit,
    log,
    max_in_window,
    pct,
    steady_rate,
    temp_data_dir,
    use_mailer_env,
    write_recipients,
)

from mailer.content.message import SenderSettings, build_message
from mailer.content.recipients import load_recipients
from mailer.content.templates import TemplateSet
from mailer.sending.runner import CampaignRunner, Limits, RunOptions
from mailer.settings import Profile
from mailer.store.journal import Journal
from mailer.transports.ses import ses_transport_factory

LATENCY = 0.050


class Endpoint:
    """ses_endpoint.py in a child process."""

    def __init__(self) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, str(BENCH / "ses_endpoint.py"), "--limit", "0"],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline().split()
        if len(line) != 2 or line[0] != "port":
            self.proc.kill()
            raise RuntimeError(f"ses_endpoint.py did not start: {line}")
        self.url = f"http://127.0.0.1:{line[1]}"

    def _call(self, path: str, body: dict[str, Any] | None = None) -> dict[str, Any]:
        data = json.dumps(body).encode() if body is not None else None
        with urllib.request.urlopen(f"{self.url}{path}", data=data, timeout=30) as reply:
            result: dict[str, Any] = json.load(reply)
            return result

    def reset(self, limit: int) -> None:
        self._call("/_bench/reset", {"limit": limit, "latency": LATENCY})

    def stats(self) -> dict[str, Any]:
        return self._call("/_bench/stats")

    def cpu_seconds(self) -> float:
        """CPU time the endpoint process has used (Linux /proc; 0.0 elsewhere)."""
        try:
            fields = Path(f"/proc/{self.proc.pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            return 0.0
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def close(self) -> None:
        self.proc.terminate()
        self.proc.wait(10)


def run_app(tmp: Path, endpoint: Endpoint, limit: int, seconds: float) -> dict[str, Any]:
    count = round(limit * seconds) + 1
    concurrency = max(4, math.ceil(limit * LATENCY * 1.5))
    journal = Journal(tmp / f"ses-{limit}.sqlite3")
    profile = Profile(name="bench ses", kind="ses", endpoint_url=endpoint.url, region="us-east-1")
    campaign = build_campaign(
        journal, write_recipients(tmp / f"ses-{limit}.csv", count), profile, concurrency=concurrency
    )
    runner = CampaignRunner(
        journal,
        campaign,
        ses_transport_factory(profile, concurrency=concurrency),
        Limits(rate=limit, daily=None),
        RunOptions(concurrency=concurrency, account="bench-ses"),
    )
    # Bound the run: a throttled app slows down, and the benchmark must still end.
    guard = threading.Timer(seconds * 2 + 10, runner.stop, args=("benchmark time limit",))
    guard.start()
    endpoint.reset(limit)
    log(f"ses app: {count} sends at {limit}/s, concurrency {concurrency}")
    cpu0, endpoint_cpu0 = os.times(), endpoint.cpu_seconds()
    started = time.perf_counter()
    progress = runner.run()
    wall = time.perf_counter() - started
    cpu1, endpoint_cpu1 = os.times(), endpoint.cpu_seconds()
    guard.cancel()
    journal.close()
    stats = endpoint.stats()
    return {
        "concurrency": concurrency,
        "sent": progress.sent,
        "seconds": round(wall, 2),
        "times": stats["accepted"],
        "throttled": stats["throttled"],
        # When the 429s came, in seconds after the first accepted send.
        "throttled_at": [
            round(t - min(stats["accepted"] or [t]), 2) for t in stats["throttled_at"][:10]
        ],
        "bad": stats["bad"],
        "status": progress.status,
        # 100 = one core busy; the endpoint shares the machine's cores with the app.
        "cpu_pct": round(100 * (cpu1.user + cpu1.system - cpu0.user - cpu0.system) / wall),
        "endpoint_cpu_pct": round(100 * (endpoint_cpu1 - endpoint_cpu0) / wall),
    }


def run_loop(tmp: Path, endpoint: Endpoint, limit: int, seconds: float) -> dict[str, Any]:
    """The usual script: sequential send_email, then sleep 1/rate."""
    import boto3

    table = load_recipients(write_recipients(tmp / f"loop-{limit}.csv", 20_000))
    template = TemplateSet.load(NEWSLETTER)
    sender = SenderSettings.parse(SENDER)
    client = boto3.client("sesv2", endpoint_url=endpoint.url, region_name="us-east-1")
    endpoint.reset(limit)
    log(f"ses boto3 loop: {seconds:g} s at sleep(1/{limit})")
    started = time.perf_counter()
    sent = 0
    while time.perf_counter() - started < seconds and sent < len(table):
        row = table.row(sent)
        message = build_message(template.render(row), to=table.emails[sent], sender=sender)
        client.send_email(
            FromEmailAddress=sender.from_addr,
            Destination={"ToAddresses": [table.emails[sent]]},
            Content={"Raw": {"Data": message}},
        )
        sent += 1
        time.sleep(1.0 / limit)
    wall = time.perf_counter() - started
    client.close()
    stats = endpoint.stats()
    return {"sent": sent, "seconds": round(wall, 2), "times": stats["accepted"],
            "throttled": stats["throttled"]}  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limits", default="14,100,500", help="server limits, comma-separated")
    parser.add_argument("--seconds", type=float, default=15.0, help="per side and limit")
    parser.add_argument("--app-only", action="store_true", help="skip the boto3 loop (profiling)")
    args = parser.parse_args()
    endpoint = Endpoint()
    try:
        with temp_data_dir("bench-ses-") as tmp:
            use_mailer_env(tmp)
            for limit in (int(x) for x in args.limits.split(",")):
                app = run_app(tmp, endpoint, limit, args.seconds)
                loop: dict[str, Any] = (
                    {"sent": 0, "times": [], "throttled": 0}
                    if args.app_only
                    else run_loop(tmp, endpoint, limit, args.seconds)
                )
                app_rate = steady_rate(app["times"])
                loop_rate = steady_rate(loop["times"])
                emit(
                    "ses_api",
                    f"limit-{limit}/s",
                    rate_limit=limit,
                    latency_ms=round(LATENCY * 1000),
                    app_concurrency=app["concurrency"],
                    app_sent=app["sent"],
                    app_seconds=app["seconds"],
                    app_per_s=round(app_rate, 2),
                    app_pct=pct(app_rate, limit),
                    app_429=app["throttled"],
                    app_429_at_s=app["throttled_at"],
                    app_max_1s_window=max_in_window(app["times"]),
                    app_status=app["status"],
                    app_cpu_pct=app["cpu_pct"],
                    endpoint_cpu_pct=app["endpoint_cpu_pct"],
                    loop_sent=loop["sent"],
                    loop_per_s=round(loop_rate, 2),
                    loop_pct=pct(loop_rate, limit),
                    loop_429=loop["throttled"],
                    ratio=round(app_rate / loop_rate, 2) if loop_rate else None,
                    target=">= 98% of the limit, 0 x 429",
                    ok=pct(app_rate, limit) >= 98.0 and app["throttled"] == 0,
                )
    finally:
        endpoint.close()


if __name__ == "__main__":
    main()
