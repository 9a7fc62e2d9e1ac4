"""Benchmark: the app against a plain boto3 loop on a rate-limited SESv2 endpoint.

bench/ses_endpoint.py runs in its own process (so it does not share the GIL with the
client) and answers SendEmail after 50 ms, with HTTP 429 TooManyRequestsException
above the limit (sliding one-second window, counted at arrival: the kernel's receive
stamp of the request). For each limit:

- app: CampaignRunner + mailer's SES transport (one connection per worker), the
  shipped newsletter, Limits(rate=limit), concurrency max(4, ceil(limit x 0.05 x 1.5))
  (the requests in flight at that rate and latency, plus half again for jitter),
  and the build processes the app uses at that rate (mailer.sending.plan
  ``auto_build_processes``: one from 250/s on a machine with a core to spare;
  ``--build-processes N`` overrides it, 0 = build in the sending threads);
  run ``--repeat`` times, reported as the minimum, median and maximum;
- loaded: the same at ``--loaded-limits`` while a neighbour process keeps one core
  busy (``while True: pass``), as on a desktop where something else is running;
- loop: what most scripts do: one boto3 client, render + send_email, sleep(1/limit)
  (once per limit, not loaded).

Each run sends --seconds (default 15) worth; rates are taken from the server's own
arrival times. One JSON line per limit (and per loaded limit). Also measured:
``grant_to_wire_ms`` (rate limiter grant -> the request written: the SES transport's
``on_sent``), ``wire_to_arrival_ms`` (that -> the endpoint's arrival stamp, same
monotonic clock: <= 0 on loopback, where the kernel stamps it during the write;
``before_send_to_arrival_ms`` and ``call_to_arrival_ms`` from earlier stamps), and
``endpoint_lag_ms`` (the endpoint's handler thread behind the kernel stamp);
``max_1s_window_handler_clock`` is what a judge counting at the handler would see.

    .venv/bin/python bench/bench_ses.py [--limits 14,100,500,1000] [--seconds 15]
        [--repeat 5] [--loaded-limits 500] [--app-only]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import math
import os
import statistics
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Callable, Iterator, Mapping
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
    percentiles_ms,
    steady_rate,
    temp_data_dir,
    use_mailer_env,
    write_recipients,
)

from mailer.content.message import SenderSettings, build_message
from mailer.content.recipients import load_recipients
from mailer.content.templates import TemplateSet
from mailer.sending.plan import auto_build_processes
from mailer.sending.runner import CampaignRunner, Limits, RunOptions
from mailer.settings import Profile
from mailer.store.journal import Journal
from mailer.transports.base import SendResult
from mailer.transports.ses import ses_transport_factory

LATENCY = 0.050


class Endpoint:
    """ses_endpoint.py in a child process."""

    def __init__(self, arrival: str = "kernel") -> None:
        self.proc = subprocess.Popen(
            [sys.executable, str(BENCH / "ses_endpoint.py"), "--limit", "0", "--arrival", arrival],
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


@contextlib.contextmanager
def busy_neighbour(enabled: bool) -> Iterator[None]:
    """Another process keeping one core busy for the duration (the "loaded" variant)."""
    if not enabled:
        yield
        return
    proc = subprocess.Popen([sys.executable, "-c", "while True: pass"])
    try:
        yield
    finally:
        proc.kill()
        proc.wait(10)


class StampingTransport:
    """Wraps a worker's transport and notes, by recipient index, when each prepared
    send is called, when its request was about to be written (the client's
    before-send event) and when it had been written (``on_sent``, the moment the
    runner's rate guard counts it from), to set against the endpoint's arrival stamp."""

    def __init__(self, inner: Any, stamps: Stamps) -> None:
        self._inner = inner
        self._stamps = stamps
        self._on_sent: Callable[[], object] | None = None
        self.client = inner.client
        stamps.watch(self.client)

    @property
    def on_sent(self) -> Callable[[], object] | None:
        return self._on_sent

    @on_sent.setter
    def on_sent(self, callback: Callable[[], object] | None) -> None:
        self._on_sent = callback
        stamps = self._stamps

        def sent() -> None:
            key = getattr(stamps.current, "key", None)
            if key is not None:
                stamps.wire[key] = time.monotonic()
            if callback is not None:
                callback()

        self._inner.on_sent = sent

    def send(
        self, message: bytes, *, sender: str, recipient: str, tags: Mapping[str, str]
    ) -> SendResult:
        return self.prepare(message, sender=sender, recipient=recipient, tags=tags)()

    def prepare(
        self, message: bytes, *, sender: str, recipient: str, tags: Mapping[str, str]
    ) -> Callable[[], SendResult]:
        prepared = self._inner.prepare(message, sender=sender, recipient=recipient, tags=tags)
        key, stamps = str(tags.get("recipient", "")), self._stamps

        def send() -> SendResult:
            stamps.called[key] = time.monotonic()
            stamps.current.key = key
            result: SendResult = prepared()
            return result

        return send

    def presigned(
        self, body: bytes, signed: Any, *, sender: str, recipient: str
    ) -> Callable[[], SendResult]:
        prepared = self._inner.presigned(body, signed, sender=sender, recipient=recipient)
        key, stamps = recipient_key(body), self._stamps
        return self._stamped(prepared, key, stamps)

    @staticmethod
    def _stamped(
        prepared: Callable[[], SendResult], key: str, stamps: Stamps
    ) -> Callable[[], SendResult]:
        def send() -> SendResult:
            stamps.called[key] = time.monotonic()
            stamps.current.key = key
            return prepared()

        return send

    def close(self) -> None:
        self._inner.close()


def recipient_key(body: bytes) -> str:
    """The recipient tag of a SendEmail request (as the endpoint keys its stamps),
    found without parsing the whole body (this wrapper's CPU counts as the app's)."""
    mark = b'{"Name": "recipient", "Value": "'
    at = body.rfind(mark)
    if at < 0:
        return ""
    start = at + len(mark)
    return body[start : body.index(b'"', start)].decode()


class Stamps:
    def __init__(self) -> None:
        self.called: dict[str, float] = {}
        self.before: dict[str, float] = {}
        self.wire: dict[str, float] = {}
        self.current = threading.local()
        self._watched: set[int] = set()

    def watch(self, client: Any) -> None:
        if id(client) in self._watched:
            return
        self._watched.add(id(client))
        service = client.meta.service_model.service_id.hyphenize()
        client.meta.events.register(f"before-send.{service}", self._before_send)

    def _before_send(self, **_: Any) -> None:
        key = getattr(self.current, "key", None)
        if key is not None:
            self.before[key] = time.monotonic()


class stamping:
    """The factory's transports, stamped; its ``signing`` (build processes) kept."""

    def __init__(self, factory: Any, stamps: Stamps) -> None:
        self._factory = factory
        self._stamps = stamps
        self.signing = factory.signing

    def __call__(self) -> StampingTransport:
        return StampingTransport(self._factory(), self._stamps)


def run_app(
    tmp: Path, endpoint: Endpoint, limit: int, seconds: float, run: str, builders: int | None
) -> dict[str, Any]:
    count = round(limit * seconds) + 1
    concurrency = max(4, math.ceil(limit * LATENCY * 1.5))
    processes = auto_build_processes("ses", limit) if builders is None else builders
    journal = Journal(tmp / f"ses-{limit}-{run}.sqlite3")
    profile = Profile(name="bench ses", kind="ses", endpoint_url=endpoint.url, region="us-east-1")
    campaign = build_campaign(
        journal,
        write_recipients(tmp / f"ses-{limit}-{run}.csv", count),
        profile,
        concurrency=concurrency,
    )
    stamps = Stamps()
    runner = CampaignRunner(
        journal,
        campaign,
        stamping(ses_transport_factory(profile, concurrency=concurrency), stamps),
        Limits(rate=limit, daily=None),
        RunOptions(concurrency=concurrency, account="bench-ses", build_processes=processes),
    )
    grant_to_wire: list[float] = []
    left = runner.limiter.left

    def recording_left(**kw: Any) -> float | None:
        granted = left(**kw)
        if granted is not None:
            grant_to_wire.append(time.monotonic() - granted)
        return granted

    runner.limiter.left = recording_left  # type: ignore[method-assign]
    runner._wire._on_wire = recording_left  # the transport's on_sent stamp, too
    # Bound the run: a throttled app slows down, and the benchmark must still end.
    guard = threading.Timer(seconds * 2 + 10, runner.stop, args=("benchmark time limit",))
    guard.start()
    endpoint.reset(limit)
    log(f"ses app ({run}): {count} sends at {limit}/s, concurrency {concurrency}")
    cpu0, endpoint_cpu0 = os.times(), endpoint.cpu_seconds()
    started = time.perf_counter()
    progress = runner.run()
    wall = time.perf_counter() - started
    cpu1, endpoint_cpu1 = os.times(), endpoint.cpu_seconds()
    guard.cancel()
    journal.close()
    stats = endpoint.stats()
    arrived = stats["by_recipient"]
    times = stats["accepted"]
    rate = steady_rate(times)
    return {
        "concurrency": concurrency,
        "build_processes": processes,
        "sent": progress.sent,
        "seconds": round(wall, 2),
        "per_s": rate,
        "pct": pct(rate, limit),
        "throttled": stats["throttled"],
        # When the 429s came, in seconds after the first accepted send.
        "throttled_at": [round(t - min(times or [t]), 2) for t in stats["throttled_at"][:10]],
        "max_1s_window": max_in_window(times),
        "per_second": per_second(times),
        "max_1s_window_handler": max_in_window(stats["accepted_handler"]),
        "bad": stats["bad"],
        "status": progress.status,
        # 100 = one core busy; the endpoint shares the machine's cores with the app.
        # Its build processes included (reaped by now: their times are the children's).
        "cpu_pct": round(100 * (sum(cpu1[:4]) - sum(cpu0[:4])) / wall),
        "endpoint_cpu_pct": round(100 * (endpoint_cpu1 - endpoint_cpu0) / wall),
        "grant_to_wire": grant_to_wire,
        "wire_to_arrival": since(stamps.wire, arrived),
        "before_send_to_arrival": since(stamps.before, arrived),
        "call_to_arrival": since(stamps.called, arrived),
        "endpoint_lag": stats["lag"],
        "unstamped": stats["unstamped"],
    }


def per_second(times: list[float]) -> list[int]:
    """Arrivals in each second from the first: where a run fell short, and how."""
    if not times:
        return []
    first = min(times)
    counts = [0] * (int(max(times) - first) + 1)
    for t in times:
        counts[int(t - first)] += 1
    return counts


def since(stamps: dict[str, float], arrived: dict[str, float]) -> list[float]:
    """Arrival at the endpoint minus the client's stamp, per request."""
    return [arrived[k] - stamps[k] for k in arrived if k in stamps]


def summarize(limit: int, runs: list[dict[str, Any]], loaded: bool) -> dict[str, Any]:
    """One result line for the runs of one case: the minimum is the headline."""
    pcts = [r["pct"] for r in runs]
    worst = min(runs, key=lambda r: r["pct"])
    target_pct = 95.0 if loaded or limit >= 1000 else 98.0 if limit >= 500 else 99.0
    throttled = sum(r["throttled"] for r in runs)
    return {
        "rate_limit": limit,
        "latency_ms": round(LATENCY * 1000),
        "loaded": loaded,
        "runs": len(runs),
        "app_concurrency": runs[0]["concurrency"],
        "app_build_processes": runs[0]["build_processes"],
        "app_per_s": round(worst["per_s"], 2),
        "app_pct": min(pcts),
        "app_pct_median": round(statistics.median(pcts), 2),
        "app_pct_max": max(pcts),
        "app_pct_runs": pcts,
        "app_429": throttled,
        "app_429_runs": [r["throttled"] for r in runs],
        "app_429_at_s": next((r["throttled_at"] for r in runs if r["throttled_at"]), []),
        "app_max_1s_window": max(r["max_1s_window"] for r in runs),
        "max_1s_window_handler_clock": max(r["max_1s_window_handler"] for r in runs),
        "app_sent": worst["sent"],
        "app_seconds": worst["seconds"],
        "app_status": worst["status"],
        "app_per_second": worst["per_second"],  # the worst run's arrivals, second by second
        "app_cpu_pct": round(statistics.median(r["cpu_pct"] for r in runs)),
        "endpoint_cpu_pct": round(statistics.median(r["endpoint_cpu_pct"] for r in runs)),
        "grant_to_wire_ms": percentiles_ms([d for r in runs for d in r["grant_to_wire"]]),
        "wire_to_arrival_ms": percentiles_ms([d for r in runs for d in r["wire_to_arrival"]]),
        "before_send_to_arrival_ms": percentiles_ms(
            [d for r in runs for d in r["before_send_to_arrival"]]
        ),
        "call_to_arrival_ms": percentiles_ms([d for r in runs for d in r["call_to_arrival"]]),
        "endpoint_lag_ms": percentiles_ms([d for r in runs for d in r["endpoint_lag"]]),
        "endpoint_unstamped": sum(r["unstamped"] for r in runs),
        "target": f">= {target_pct:g}% of the limit (minimum of the runs)"
        + ("" if loaded else ", 0 x 429"),
        "ok": min(pcts) >= target_pct and (loaded or throttled == 0),
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
    parser.add_argument(
        "--limits", default="14,100,500,1000", help="server limits, comma-separated"
    )
    parser.add_argument("--seconds", type=float, default=15.0, help="per run and limit")
    parser.add_argument("--repeat", type=int, default=1, help="app runs per limit")
    parser.add_argument(
        "--loaded-limits", default="", help="limits also run beside a CPU-busy process"
    )
    parser.add_argument("--app-only", action="store_true", help="skip the boto3 loop (profiling)")
    parser.add_argument(
        "--build-processes",
        type=int,
        default=None,
        help="the app's build processes (default: what the app picks at each rate)",
    )
    parser.add_argument(
        "--arrival",
        choices=("kernel", "python"),
        default="kernel",
        help="where the endpoint stamps arrival (see ses_endpoint.py)",
    )
    args = parser.parse_args()
    cases = [(int(x), False) for x in args.limits.split(",") if x]
    cases += [(int(x), True) for x in args.loaded_limits.split(",") if x]
    endpoint = Endpoint(args.arrival)
    try:
        with temp_data_dir("bench-ses-") as tmp:
            use_mailer_env(tmp)
            for limit, loaded in cases:
                with busy_neighbour(loaded):
                    runs = [
                        run_app(
                            tmp,
                            endpoint,
                            limit,
                            args.seconds,
                            f"{'loaded-' * loaded}{n}",
                            args.build_processes,
                        )
                        for n in range(max(1, args.repeat))
                    ]
                loop: dict[str, Any] = (
                    {"sent": 0, "times": [], "throttled": 0}
                    if args.app_only or loaded
                    else run_loop(tmp, endpoint, limit, args.seconds)
                )
                line = summarize(limit, runs, loaded)
                loop_rate = steady_rate(loop["times"])
                emit(
                    "ses_api",
                    f"limit-{limit}/s" + ("-loaded" if loaded else ""),
                    **line,
                    loop_sent=loop["sent"],
                    loop_per_s=round(loop_rate, 2),
                    loop_pct=pct(loop_rate, limit),
                    loop_429=loop["throttled"],
                    ratio=round(line["app_per_s"] / loop_rate, 2) if loop_rate else None,
                )
    finally:
        endpoint.close()


if __name__ == "__main__":
    main()
