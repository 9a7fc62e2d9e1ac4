"""Benchmark: throttle accuracy of the real CampaignRunner on the fake transport.

Cases (one JSON line each):
- zero latency at 14/s and 200/s for --seconds (default 30): achieved rate as % of the
  limit, and the largest number of transport calls in any one-second window;
- 50 ms latency at 200/s for --latency-seconds (default 15), once with the concurrency
  the app picks by itself for an SES or SMTP profile at that rate
  (mailer.sending.plan.auto_concurrency) and once with the concurrency sized to the known
  latency, ceil(rate x latency x 1.5).

Timestamps are taken where the transport's send() is entered (what a server would
see), and separately where the rate limiter granted the slot, so a window over the
limit can be blamed on the limiter or on what happens between grant and send.

    .venv/bin/python bench/bench_throttle.py [--seconds 30] [--latency-seconds 15]
"""

from __future__ import annotations

import argparse
import math
import threading
import time
from collections.abc import Mapping
from pathlib import Path

from common import (
    build_campaign,
    emit,
    log,
    max_in_window,
    pct,
    percentiles_ms,
    steady_rate,
    temp_data_dir,
    use_mailer_env,
    windows_over,
    write_recipients,
)

from mailer.sending.plan import auto_concurrency
from mailer.sending.runner import CampaignRunner, Limits, RunOptions
from mailer.settings import Profile
from mailer.store.journal import Journal
from mailer.transports.base import SendResult
from mailer.transports.fake import FakeScript, FakeTransport

APP_DEFAULT_CONCURRENCY = 4  # the outbox's (zero-latency cases)


class RecordingTransport:
    """A FakeTransport that notes the moment each send() starts."""

    def __init__(
        self,
        script: FakeScript,
        times: list[float],
        gaps: list[float],
        granted: threading.local,
        lock: threading.Lock,
    ) -> None:
        self._inner = FakeTransport(script)
        self._times = times
        self._gaps = gaps
        self._granted = granted
        self._lock = lock

    def send(
        self, message: bytes, *, sender: str, recipient: str, tags: Mapping[str, str]
    ) -> SendResult:
        started = time.monotonic()
        with self._lock:
            self._times.append(started)
            # This worker's last grant -> now: claim commit, GIL hand-offs.
            self._gaps.append(started - getattr(self._granted, "at", started))
        return self._inner.send(message, sender=sender, recipient=recipient, tags=tags)

    def close(self) -> None:
        self._inner.close()


def run_case(
    tmp: Path, *, case: str, rate: float, latency: float, concurrency: int, seconds: float
) -> dict[str, object]:
    count = max(3, round(rate * seconds) + 1)  # +1: n sends span n-1 intervals
    journal = Journal(tmp / f"{case}.sqlite3")
    profile = Profile(kind="outbox", outbox_dir=str(tmp / "outbox"), rate=rate, daily=None)
    campaign = build_campaign(
        journal, write_recipients(tmp / f"{case}.csv", count), profile, concurrency=concurrency
    )
    sends: list[float] = []
    grants: list[float] = []
    gaps: list[float] = []
    granted = threading.local()
    lock = threading.Lock()
    script = FakeScript(latency=latency)
    runner = CampaignRunner(
        journal,
        campaign,
        lambda: RecordingTransport(script, sends, gaps, granted, lock),
        Limits(rate=rate, daily=None),
        RunOptions(concurrency=concurrency, account="bench"),
    )
    acquire = runner.limiter.acquire

    def recording_acquire(interrupt: threading.Event | None = None) -> bool:
        ok = acquire(interrupt)
        if ok:
            stamp = time.monotonic()
            granted.at = stamp
            with lock:
                grants.append(stamp)
        return ok

    runner.limiter.acquire = recording_acquire  # type: ignore[method-assign]
    log(f"throttle {case}: {count} sends at {rate:g}/s, concurrency {concurrency}")
    started = time.perf_counter()
    progress = runner.run()
    wall = time.perf_counter() - started
    journal.close()
    limit = math.floor(rate)
    achieved = steady_rate(sends)
    target_pct = 99.0
    over = windows_over(sends, limit)
    return emit(
        "throttle",
        case,
        rate_limit=rate,
        latency_ms=round(latency * 1000),
        concurrency=concurrency,
        sends=len(sends),
        sent=progress.sent,
        seconds=round(wall, 2),
        achieved_per_s=round(achieved, 2),
        achieved_pct=pct(achieved, rate),
        max_1s_window=max_in_window(sends),
        windows_over=over,
        max_1s_window_grants=max_in_window(grants),
        grant_to_send_ms=percentiles_ms(gaps),
        target=f">= {target_pct:g}% of the limit, no 1-s window over {limit}"
        if latency == 0
        else f">= {0.98 * rate:g}/s",
        ok=(pct(achieved, rate) >= target_pct and over == 0)
        if latency == 0
        else achieved >= 0.98 * rate,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=30.0, help="per zero-latency case")
    parser.add_argument("--latency-seconds", type=float, default=15.0, help="per 50 ms case")
    parser.add_argument("--rates", default="14,200", help="zero-latency limits, comma-separated")
    args = parser.parse_args()
    with temp_data_dir("bench-throttle-") as tmp:
        use_mailer_env(tmp)
        for rate in (float(r) for r in args.rates.split(",")):
            run_case(
                tmp,
                case=f"fake-0ms-{rate:g}/s",
                rate=rate,
                latency=0.0,
                concurrency=APP_DEFAULT_CONCURRENCY,
                seconds=args.seconds,
            )
        rate, latency = 200.0, 0.050
        sized = math.ceil(rate * latency * 1.5)  # in flight = rate x latency; 1.5 for jitter
        app_pick = auto_concurrency("ses", 200.0)
        for label, concurrency in (("app", app_pick), ("sized", sized)):
            run_case(
                tmp,
                case=f"fake-50ms-200/s-{label}-c{concurrency}",
                rate=rate,
                latency=latency,
                concurrency=concurrency,
                seconds=args.latency_seconds,
            )


if __name__ == "__main__":
    main()
