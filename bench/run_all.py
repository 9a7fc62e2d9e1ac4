"""Run every benchmark and rewrite docs/benchmarks.md (`make bench`).

Each bench/bench_*.py runs as its own process (a fresh interpreter: no warm caches or
threads left over from the one before) and prints one JSON line per case; this script
collects them into bench/out/results.json and renders docs/benchmarks.md: per
benchmark, the exact command, a table of its figures, the target and pass/fail, with
the machine's core count and the date.

Peers (mailmerge) go into their own venv, bench/.venv, from bench/requirements.txt;
when that cannot be installed (offline), the SMTP benchmark runs the app side only.

    .venv/bin/python bench/run_all.py [--only smtp,resume] [--quick] [--no-docs] [--render-only]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shlex
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from common import BENCH, ROOT, compile_app, log, now_iso

OUT = BENCH / "out"
RESULTS = OUT / "results.json"
DOCS = ROOT / "docs" / "benchmarks.md"
PEERS = BENCH / ".venv"
PEER_MAILMERGE = PEERS / "bin" / "mailmerge"


@dataclass
class Bench:
    key: str  # the "bench" value of its JSON lines, also --only's name
    script: str
    title: str
    about: str
    args: list[str] = field(default_factory=list)
    quick: list[str] = field(default_factory=list)  # tiny sizes for --quick
    timeout: float = 600.0
    env: dict[str, str] = field(default_factory=dict)
    columns: list[str] = field(default_factory=list)  # [] = every scalar field


BENCHES = [
    Bench(
        "recipients_load",
        "bench_recipients.py",
        "Recipients: load and validate 1,000,000 rows x 8 columns",
        "`load_recipients` on a generated CSV (some invalid, duplicate, empty and "
        "internationalised addresses), in a fresh process so peak RSS is the load's own.",
        quick=["--rows", "2000"],
    ),
    Bench(
        "content",
        "bench_content.py",
        "Content: render + build messages on one core",
        "TemplateSet.render + build_message per row, pinned to one core.",
        quick=["--seconds", "0.3"],
    ),
    Bench(
        "throttle",
        "bench_throttle.py",
        "Throttle accuracy (fake transport)",
        "The real CampaignRunner with the fake transport. Timestamps are taken where "
        "the transport's send() is entered; `max_1s_window_grants` counts rate-limiter "
        "grants instead. `grant_to_send_ms` is what happens between the two (GIL "
        "hand-offs; the journal claim is committed before the rate slot is taken). "
        "The `app` case uses the concurrency the app picks for an SES/SMTP profile at "
        "that rate (mailer.sending.plan.auto_concurrency); the `sized` case uses "
        "ceil(rate x latency x 1.5).",
        quick=["--seconds", "1", "--latency-seconds", "0.5"],
        columns=[
            "case",
            "concurrency",
            "achieved_per_s",
            "achieved_pct",
            "max_1s_window",
            "windows_over",
            "max_1s_window_grants",
            "grant_to_send_ms",
        ],
    ),
    Bench(
        "ses_api",
        "bench_ses.py",
        "SES API, latency-bound: app vs a plain boto3 loop",
        "bench/ses_endpoint.py (own process) speaks SESv2 SendEmail (rest-json, "
        "POST /v2/email/outbound-emails), answers after 50 ms and returns HTTP 429 "
        "TooManyRequestsException when a sliding one-second window of accepted sends "
        "is full, counting each request when it reached the TCP stack (kernel receive "
        "stamp). App: CampaignRunner + mailer's SES transport, concurrency "
        "max(4, ceil(limit x 0.05 x 1.5)) and the build processes the app picks at that "
        "rate (`app_build_processes`: 1 from 250/s on 2 cores; `app_cpu_pct` includes "
        "them), 5 runs per limit: `app_pct` is the "
        "**minimum** of the runs (median and maximum beside it, every run in the "
        "raw results); `-loaded` runs beside a process keeping one core busy. Loop: one "
        "boto3 client, render, send_email, sleep(1/limit), once per limit. Rates are "
        "from the server's arrival times; `app_429_at_s` is when the 429s came "
        "(seconds after the first send). `grant_to_wire_ms`: rate-limiter grant -> the "
        "request reported written (the transport's on_sent); `wire_to_arrival_ms`: that -> the "
        "endpoint's arrival stamp; `endpoint_lag_ms`: the endpoint's handler thread "
        "behind the kernel stamp.",
        args=["--seconds", "10", "--repeat", "5", "--loaded-limits", "500"],
        quick=["--limits", "20", "--seconds", "1"],
        timeout=1500.0,
        columns=[
            "case",
            "app_concurrency",
            "app_build_processes",
            "app_pct",
            "app_pct_median",
            "app_pct_max",
            "app_429",
            "app_429_at_s",
            "app_max_1s_window",
            "app_cpu_pct",
            "grant_to_wire_ms",
            "wire_to_arrival_ms",
            "endpoint_lag_ms",
            "loop_pct",
            "ratio",
        ],
    ),
    Bench(
        "smtp",
        "bench_smtp.py",
        "SMTP, no rate limit: `mailer send` vs mailmerge 2.3",
        "2,000 newsletters to an aiosmtpd sink on loopback that counts arrivals: the "
        "shipped newsletter (HTML + body.txt), and the same without body.txt (HTML-only, "
        "as most users write it). Whole commands are timed (start-up included); each side "
        "runs 5 times, alternating (mailmerge alone moves by 20-30% between runs on this "
        "shared VM), and the median runs are compared (all runs in `app_runs_s`, "
        "`mailmerge_runs_s`); `steady` rates are first -> last message at the sink. "
        "`sink_floor_per_s`: what the sink takes from a client that only replays one "
        "prebuilt message on the app's 8 connections (the sink shares the two cores).",
        args=["--repeat", "5"],
        quick=["--rows", "20", "--repeat", "1"],
        columns=[
            "case",
            "app_seconds",
            "app_per_s",
            "app_steady_per_s",
            "app_received",
            "sink_floor_per_s",
            "mailmerge_seconds",
            "mailmerge_per_s",
            "mailmerge_steady_per_s",
            "mailmerge_received",
            "ratio",
            "steady_ratio",
            "app_runs_s",
            "mailmerge_runs_s",
        ],
    ),
    Bench(
        "outbox",
        "bench_outbox.py",
        "Outbox: 100,000 recipients with no rate limit",
        "The CampaignRunner with the Maildir outbox transport, concurrency 4 (default), "
        "Limits(rate=0). `cpu_pct` 100 = one core busy.",
        quick=["--rows", "300"],
    ),
    Bench(
        "resume",
        "bench_resume.py",
        "Resume a half-sent 1,000,000-row campaign",
        "Campaign created as `mailer send` does, half marked sent through "
        "journal.rows.write_batch (send log included), 4 rows left `sending` as by a crash; "
        "`first_send_seconds` = `mailer resume ID` process start -> first file in the "
        "outbox.",
        quick=["--rows", "2000"],
    ),
    Bench(
        "report",
        "bench_report.py",
        "Report of a 1,000,000-recipient campaign with 3,000,000 events",
        "Campaign created as `mailer send` does and marked sent through "
        "journal.rows.write_batch; 3,000,000 SES events (deliveries, bounces, complaints, "
        "opens, clicks on 8 links) bulk-inserted and the report tallies filled by "
        "mailer.store.tallies.rebuild. `first_report_seconds` = a fresh Journal(path) + "
        "service.campaign_report (the Report tab and `mailer report` wait for this); "
        "`apply_events_per_second` = journal.events.apply in batches of 10, tallies included.",
        quick=["--rows", "2000", "--events", "6000"],
        timeout=1800.0,
    ),
    Bench(
        "desktop",
        "bench_desktop.py",
        "Desktop: start-up and a 1,000,000-row table",
        "Fresh offscreen processes. `startup`: process start -> main window shown "
        "(ui.app.main; the second of two starts, so the OS file cache is warm). "
        "`table`: MainWindow.open_recipients -> loaded (background read + validate + "
        "model) -> view painted. The issue sets no number: the targets are budgets.",
        env={"QT_QPA_PLATFORM": "offscreen", "QTWEBENGINE_DISABLE_SANDBOX": "1"},
        quick=["--rows", "2000"],
    ),
    Bench(
        "ui_stall",
        "bench_ui_stall.py",
        "Desktop: event-loop stalls while sending at 500/s",
        "Offscreen QApplication with the send dashboard; gaps of a 5 ms timer.",
        env={"QT_QPA_PLATFORM": "offscreen", "QTWEBENGINE_DISABLE_SANDBOX": "1"},
        quick=["--rows", "300"],
    ),
]

# Targets for lines that do not carry their own "target"/"ok" (the others' scripts).
Check = Callable[[dict[str, Any]], bool | None]
FALLBACK_TARGETS: dict[str, tuple[str, Check]] = {
    "recipients_load": (
        "<= 15 s and <= 1.5 GB peak RSS",
        lambda r: r.get("seconds", 1e9) <= 15 and r.get("peak_rss_mb", 1e9) <= 1536,
    ),
    "content": (
        ">= 3,000 messages/s on one core (9 KB template)",
        lambda r: (
            r.get("messages_per_s", 0) >= 3000
            if r.get("template") == "bench-9k"  # the case; the others are extra
            else None
        ),
    ),
    "ui_stall": ("p99 < 50 ms", lambda r: r.get("p99_ms", 1e9) < 50),
}


def discover() -> list[Bench]:
    """The known benchmarks that exist, plus any other bench_*.py (e.g. desktop ones)."""
    known = {b.script for b in BENCHES}
    found = [b for b in BENCHES if (BENCH / b.script).exists()]
    for path in sorted(BENCH.glob("bench_*.py")):
        if path.name not in known:
            key = path.stem.removeprefix("bench_")
            found.append(Bench(key, path.name, f"{key} ({path.name})", "", env=_qt_env(path.name)))
    return found


def _qt_env(script: str) -> dict[str, str]:
    if "ui" in script or "desktop" in script:
        return {"QT_QPA_PLATFORM": "offscreen", "QTWEBENGINE_DISABLE_SANDBOX": "1"}
    return {}


def ensure_peers() -> bool:
    """mailmerge in bench/.venv (a plain venv: the peers must not see the app's packages)."""
    if PEER_MAILMERGE.exists():
        return True
    base = getattr(sys, "_base_executable", sys.executable)
    log(f"creating {PEERS} for the peers (bench/requirements.txt)")
    try:
        subprocess.run([base, "-m", "venv", str(PEERS)], check=True, timeout=300)
        subprocess.run(
            [str(PEERS / "bin" / "pip"), "install", "--quiet", "-r",
             str(BENCH / "requirements.txt")],
            check=True,
            timeout=600,
        )  # fmt: skip
    except (subprocess.SubprocessError, OSError) as exc:
        log(f"peers not installed ({exc}); the SMTP benchmark runs the app side only")
    return PEER_MAILMERGE.exists()


def run(bench: Bench, *, quick: bool, peers: bool) -> dict[str, Any]:
    args = list(bench.quick if quick else bench.args)
    if bench.key == "smtp" and not peers:
        args.append("--no-peer")
    cmd = [sys.executable, str(BENCH / bench.script), *args]
    shown = shlex.join([".venv/bin/python", f"bench/{bench.script}", *args])
    env = {**os.environ, **bench.env, "PYTHONUNBUFFERED": "1"}
    OUT.mkdir(parents=True, exist_ok=True)
    log_path = OUT / f"{Path(bench.script).stem}.log"
    log(f"running {shown}")
    started = time.perf_counter()
    try:
        with open(log_path, "w", encoding="utf-8") as errors:
            proc = subprocess.run(cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE,
                                  stderr=errors, text=True, timeout=bench.timeout)  # fmt: skip
        stdout, code = proc.stdout, proc.returncode
    except subprocess.TimeoutExpired as exc:
        out = exc.stdout
        stdout = out.decode() if isinstance(out, bytes) else (out or "")
        code = -1
    seconds = time.perf_counter() - started
    lines = []
    for raw in stdout.splitlines():
        try:
            record = json.loads(raw)
        except ValueError:
            continue
        if isinstance(record, dict):
            lines.append(record)
    if code != 0:
        tail = log_path.read_text(encoding="utf-8", errors="replace")[-1500:]
        log(f"{bench.script} exited {code}; see {log_path}\n{tail}")
    return {
        "key": bench.key,
        "script": bench.script,
        "command": shown,
        "seconds": round(seconds, 1),
        "exit": code,
        "lines": lines,
        "ran": now_iso(),
    }


# -- docs/benchmarks.md ----------------------------------------------------------------


def verdict(record: dict[str, Any]) -> tuple[str, str]:
    """(target, PASS/FAIL/—) for one result line."""
    if "target" in record:
        ok = record.get("ok")
        return str(record["target"]), "—" if ok is None else ("PASS" if ok else "**FAIL**")
    fallback = FALLBACK_TARGETS.get(str(record.get("bench")))
    if fallback is None:
        return "—", "—"
    text, check = fallback
    ok = check(record)
    return ("—", "—") if ok is None else (text, "PASS" if ok else "**FAIL**")


def cell(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, dict):
        return ", ".join(f"{k} {cell(v)}" for k, v in value.items())
    if isinstance(value, list):
        return "[" + ", ".join(cell(v) for v in value) + "]" if value else "—"
    if isinstance(value, float):
        return f"{value:,.2f}".rstrip("0").rstrip(".") if value % 1 else f"{value:,.0f}"
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value:,}"
    return str(value).replace("|", "\\|")


SKIP = {"bench", "cores", "date", "target", "ok", "app_command", "peer_command", "command"}


def table(bench: Bench | None, lines: list[dict[str, Any]]) -> list[str]:
    columns = list(bench.columns) if bench and bench.columns else []
    if not columns:
        for line in lines:
            for key in line:
                if key not in SKIP and key not in columns:
                    columns.append(key)
    head = [*columns, "target", "result", "cores", "date"]
    out = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for line in lines:
        target, result = verdict(line)
        values = [cell(line.get(c)) for c in columns]
        values += [target, result, cell(line.get("cores")), str(line.get("date", ""))[:10]]
        out.append("| " + " | ".join(values) + " |")
    return out


def render(runs: dict[str, dict[str, Any]], benches: list[Bench]) -> str:
    by_key = {b.key: b for b in benches}
    order = [b.key for b in benches] + [k for k in runs if k not in by_key]
    total = sum(r["seconds"] for r in runs.values())
    text = [
        "# Benchmarks",
        "",
        "Generated by `make bench` (`.venv/bin/python bench/run_all.py`); do not edit by "
        "hand. Every benchmark prints one JSON line per case (raw results: "
        "bench/out/results.json, logs: bench/out/*.log).",
        "",
        f"- Machine: {os.cpu_count()} cores, {platform.platform()}, Python "
        f"{platform.python_version()}",
        f"- Generated: {now_iso()}; benchmark time {total / 60:.1f} min",
        "- Numbers on a shared VM move by 10-20% from run to run; compare within one run.",
        "",
        "## Summary",
        "",
        "| benchmark | case | target | result |",
        "|---|---|---|---|",
    ]
    for key in order:
        if key not in runs:
            continue
        for line in runs[key]["lines"]:
            target, result = verdict(line)
            case = line.get("case") or line.get("template") or ""
            text.append(f"| {key} | {cell(case)} | {target} | {result} |")
        if not runs[key]["lines"]:
            text.append(f"| {key} | (no result: exit {runs[key]['exit']}) | — | **FAIL** |")
    for key in order:
        if key not in runs:
            continue
        run_ = runs[key]
        bench = by_key.get(key)
        text += ["", f"## {bench.title if bench else key}", ""]
        if bench and bench.about:
            text += [bench.about, ""]
        text += [
            f"Command: `{run_['command']}` ({run_['seconds']:.0f} s, exit {run_['exit']})",
            "",
        ]
        if run_["lines"]:
            text += table(bench, run_["lines"])
        else:
            text.append(f"No result line; see bench/out/{Path(run_['script']).stem}.log.")
    notes = ROOT / "bench" / "NOTES.md"
    if notes.exists():  # hand-written analysis (profiles, causes), kept beside the numbers
        text += ["", notes.read_text(encoding="utf-8").strip()]
    return "\n".join(text) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", default="", help="comma-separated bench keys to run")
    parser.add_argument("--quick", action="store_true", help="tiny sizes (checks the pipeline)")
    parser.add_argument("--no-docs", action="store_true", help="do not rewrite docs/benchmarks.md")
    parser.add_argument(
        "--render-only", action="store_true", help="rewrite the docs from bench/out/results.json"
    )
    args = parser.parse_args()
    benches = discover()
    if args.render_only:
        DOCS.write_text(
            render(json.loads(RESULTS.read_text(encoding="utf-8")), benches), encoding="utf-8"
        )
        log(f"wrote {DOCS.relative_to(ROOT)}")
        return
    chosen = {k.strip() for k in args.only.split(",") if k.strip()}
    unknown = chosen - {b.key for b in benches}
    if unknown:
        sys.exit(f"unknown benchmark(s): {', '.join(sorted(unknown))}")
    runs: dict[str, dict[str, Any]] = {}
    if chosen and RESULTS.exists():  # a partial run keeps the other sections
        runs = json.loads(RESULTS.read_text(encoding="utf-8"))
    peers = ensure_peers() if not chosen or "smtp" in chosen else False
    compile_app()
    started = time.perf_counter()
    for bench in benches:
        if chosen and bench.key not in chosen:
            continue
        runs[bench.key] = run(bench, quick=args.quick, peers=peers)
        for line in runs[bench.key]["lines"]:
            print(json.dumps(line, ensure_ascii=False), flush=True)
    OUT.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(runs, indent=1, ensure_ascii=False), encoding="utf-8")
    log(f"all benchmarks: {(time.perf_counter() - started) / 60:.1f} min")
    if not args.no_docs and not args.quick:
        DOCS.write_text(render(runs, benches), encoding="utf-8")
        log(f"wrote {DOCS.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
