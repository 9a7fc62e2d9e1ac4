"""A/B of the app's SMTP send (not part of `make bench`): variants run alternately.

Each variant is the app's bench_smtp command (HTML-only newsletter, --rows recipients,
aiosmtpd sink on loopback) under extra environment variables and/or extra `mailer send`
options; '-' is the app as it is. Alternating keeps both sides at the same moments of a
shared VM, where one run moves by 10-30%. Prints, per variant, the median, fastest and
slowest whole command, the median start-to-first-message and the median CPU seconds
(user + system) of the app process.

    # this checkout against another one (a git worktree of an earlier commit):
    .venv/bin/python bench/ab_smtp.py --runs 8 - PYTHONPATH=/tmp/orig
    # connections:
    .venv/bin/python bench/ab_smtp.py --runs 8 - "ARGS=--concurrency 12"
"""

from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import time

from aiosmtpd.controller import Controller
from bench_smtp import Sink, app_command, cases, free_port
from common import compile_app, mailer_env, temp_data_dir, write_recipients


def _split(variant: str) -> tuple[dict[str, str], list[str]]:
    """'K=V,ARGS=--x 1' -> environment and extra options."""
    env: dict[str, str] = {}
    extra: list[str] = []
    if variant == "-":
        return env, extra
    for pair in variant.split(","):
        key, _, value = pair.partition("=")
        if key == "ARGS":
            extra += value.split()
        else:
            env[key] = value
    return env, extra


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("variants", nargs="+", help="'-' or K=V[,K=V][,ARGS=options]")
    parser.add_argument("--runs", type=int, default=6)
    parser.add_argument("--rows", type=int, default=2000)
    args = parser.parse_args()
    compile_app()
    sink, port = Sink(), free_port()
    controller = Controller(sink, hostname="127.0.0.1", port=port)
    controller.start()
    results: dict[str, list[tuple[float, float, float]]] = {v: [] for v in args.variants}
    try:
        with temp_data_dir("bench-ab-") as tmp:
            csv_path = write_recipients(tmp / "r.csv", args.rows)
            _case, folder = cases(tmp, "html-only-newsletters")[0]
            for n in range(args.runs):
                for k, variant in enumerate(args.variants):
                    data = tmp / f"data-{n}-{k}"
                    env, extra = _split(variant)
                    cmd = app_command(data, csv_path, port, folder) + extra
                    sink.take()
                    before = resource.getrusage(resource.RUSAGE_CHILDREN)
                    started = time.monotonic()
                    subprocess.run(cmd, env={**mailer_env(data), **env}, check=True,
                                   stdout=subprocess.DEVNULL)  # fmt: skip
                    seconds = time.monotonic() - started
                    after = resource.getrusage(resource.RUSAGE_CHILDREN)
                    with sink.lock:
                        first = sink.times[0] - started if sink.times else float("nan")
                        received = len(sink.times)
                    if received != args.rows:
                        raise SystemExit(f"{variant}: {received} of {args.rows} received")
                    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
                    results[variant].append((seconds, first, cpu))
    finally:
        controller.stop()
    for variant, runs in results.items():
        total = sorted(r[0] for r in runs)
        print(
            f"{variant:32s} total median {statistics.median(total):.3f} s "
            f"(fastest {total[0]:.3f}, slowest {total[-1]:.3f}); first message "
            f"{statistics.median(r[1] for r in runs):.3f} s; "
            f"CPU {statistics.median(r[2] for r in runs):.2f} s"
        )


if __name__ == "__main__":
    main()
