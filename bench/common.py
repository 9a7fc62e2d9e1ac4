"""Helpers the benchmark scripts share: JSON result lines, timing, temporary data dirs,
recipient files and campaigns built straight into a journal.

Every benchmark prints one JSON object per case on stdout (``emit``); anything else
goes to stderr, so ``run_all.py`` can collect the lines without parsing prose.
"""

from __future__ import annotations

import bisect
import compileall
import contextlib
import csv
import datetime as dt
import json
import os
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
NEWSLETTER = ROOT / "templates" / "newsletter"
SENDER = "Bulk Mailer Bench <bench@example.com>"

if str(ROOT) not in sys.path:  # the scripts run as `python bench/x.py` from anywhere
    sys.path.insert(0, str(ROOT))

NAMES = ["김민준", "이서연", "Jane Doe", "John Smith", "Maria Garcia", "박지호", "Wei Chen"]
CITIES = ["서울", "부산", "Seoul", "Lisbon", "Berlin", "Toronto", "Austin", "Osaka"]
PLANS = ["free", "pro", "team", "enterprise"]


def compile_app() -> None:
    """Byte-compile mailer/ and ui/ as `pip install` does. Without it, a machine with
    PYTHONDONTWRITEBYTECODE set (this one) compiles ~30 modules from source on every
    command start (~40 ms), which an installed app never does; mailmerge in
    bench/.venv was byte-compiled by pip."""
    for package in ("mailer", "ui"):
        compileall.compile_dir(ROOT / package, quiet=1)


def now_iso() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def emit(bench: str, case: str = "", **fields: Any) -> dict[str, Any]:
    """Print one result line: figures plus the machine's core count and the date."""
    record: dict[str, Any] = {"bench": bench}
    if case:
        record["case"] = case
    record.update(fields)
    record["cores"] = os.cpu_count()
    record["date"] = now_iso()
    print(json.dumps(record, ensure_ascii=False), flush=True)
    return record


def log(message: str) -> None:
    """Progress notes for a human: stderr, so stdout stays pure JSON lines."""
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


@contextlib.contextmanager
def timed() -> Iterator[list[float]]:
    """``with timed() as t: ...`` then ``t[0]`` is the elapsed seconds."""
    box: list[float] = []
    start = time.perf_counter()
    try:
        yield box
    finally:
        box.append(time.perf_counter() - start)


def scratch_root() -> Path:
    """Where benchmark data dirs go: $BENCH_TMPDIR, else bench/out/ (git-ignored).

    Not /tmp: the journal and the outbox are disk-bound, and a user's data dir lives
    on their home volume; on the reference VM creating a file in /tmp costs 6-10x
    what it costs elsewhere on the same disk.
    """
    root = Path(os.environ.get("BENCH_TMPDIR") or BENCH / "out")
    root.mkdir(parents=True, exist_ok=True)
    return root


@contextlib.contextmanager
def temp_data_dir(prefix: str = "bench-") -> Iterator[Path]:
    """A throw-away folder for the journal, config and outbox of one benchmark."""
    with tempfile.TemporaryDirectory(prefix=prefix, dir=scratch_root()) as tmp:
        yield Path(tmp)


def mailer_env(data_dir: Path, **extra: str) -> dict[str, str]:
    """Environment for the app (CLI or in-process): its own data and config dirs, no
    system keyring (a locked keyring would prompt), and dummy AWS keys for a local SES."""
    env = dict(os.environ)
    env.update(
        MAILER_DATA_DIR=str(data_dir),
        MAILER_CONFIG_DIR=str(data_dir / "config"),
        PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring",
        AWS_ACCESS_KEY_ID="bench",
        AWS_SECRET_ACCESS_KEY="bench",
        AWS_DEFAULT_REGION="us-east-1",
        NO_COLOR="1",
    )
    env.pop("AWS_PROFILE", None)
    env.pop("AWS_ENDPOINT_URL", None)
    env.update(extra)
    return env


def use_mailer_env(data_dir: Path) -> None:
    """Apply ``mailer_env`` to this process (for benchmarks that drive the core directly)."""
    os.environ.update(mailer_env(data_dir))
    os.environ.pop("AWS_PROFILE", None)
    os.environ.pop("AWS_ENDPOINT_URL", None)


def write_recipients(path: Path, rows: int, *, start: int = 0) -> Path:
    """A newsletter list (the columns of examples/recipients.csv: name,email,city,plan)."""
    with open(path, "w", newline="", encoding="utf-8") as fh:
        out = csv.writer(fh)
        out.writerow(["name", "email", "city", "plan"])
        out.writerows(
            (
                NAMES[i % len(NAMES)],
                f"user{i}@example.com",
                CITIES[i % len(CITIES)],
                PLANS[i % len(PLANS)],
            )
            for i in range(start, start + rows)
        )
    return path


def build_campaign(
    journal: Any,
    csv_path: Path,
    profile: Any,
    *,
    template: Path = NEWSLETTER,
    concurrency: int = 4,
) -> int:
    """Load, check and snapshot a campaign exactly as `mailer send` does, without sending."""
    from mailer.content.recipients import load_recipients
    from mailer.content.templates import TemplateSet
    from mailer.service import check_template, create_campaign, sender_settings

    table = load_recipients(csv_path, suppressed=journal.suppression.addresses())
    tpl = TemplateSet.load(template)
    check_template(table, tpl)
    return int(
        create_campaign(
            journal,
            name=f"bench {csv_path.name}",
            table=table,
            template=tpl,
            sender=sender_settings(tpl, from_header=SENDER),
            profile=profile,
            concurrency=concurrency,
        )
    )


def max_in_window(times: Sequence[float], window: float = 1.0) -> int:
    """The most timestamps inside any half-open interval [t, t + window).

    Checking intervals that start at a timestamp is enough: any interval can slide
    right to its first member without losing one.
    """
    ordered = sorted(times)
    best = 0
    for i, t in enumerate(ordered):
        best = max(best, bisect.bisect_left(ordered, t + window, lo=i) - i)
    return best


def windows_over(times: Sequence[float], limit: int, window: float = 1.0) -> int:
    """How many sends started a window [t, t + window) holding more than ``limit`` sends."""
    ordered = sorted(times)
    return sum(
        1
        for i, t in enumerate(ordered)
        if bisect.bisect_left(ordered, t + window, lo=i) - i > limit
    )


def steady_rate(times: Sequence[float]) -> float:
    """Sends per second between the first and the last send (start-up excluded)."""
    if len(times) < 2:
        return 0.0
    span = max(times) - min(times)
    return (len(times) - 1) / span if span > 0 else 0.0


def pct(value: float, of: float) -> float:
    return round(100.0 * value / of, 2) if of else 0.0


def percentiles_ms(values: Sequence[float]) -> dict[str, float]:
    """p50 / p99 / max of durations in seconds, as milliseconds."""
    if not values:
        return {"p50": 0.0, "p99": 0.0, "max": 0.0}
    ordered = sorted(values)

    def at(q: float) -> float:
        return round(1000 * ordered[min(len(ordered) - 1, int(q * len(ordered)))], 2)

    return {"p50": at(0.50), "p99": at(0.99), "max": round(1000 * ordered[-1], 2)}
