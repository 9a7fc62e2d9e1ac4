"""Benchmark: load and validate a large recipients CSV with ``load_recipients``.

Generates an N-row x 8-column CSV in a temporary directory (English and Korean names,
some invalid, duplicate and empty addresses), then loads it in a child process so the
peak RSS measured is the load's own, not the generator's. Prints one JSON line.

    .venv/bin/python bench/bench_recipients.py [--rows 1000000]
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import multiprocessing as mp
import os
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

COLUMNS = ["name", "email", "city", "plan", "phone", "company", "signup_date", "notes"]
FIRST = ["Jane", "John", "Maria", "Ahmed", "Wei", "Olga", "Liam", "Emma", "Noah", "Ava"]
LAST = ["Doe", "Smith", "Garcia", "Kim", "Chen", "Ivanova", "Brown", "Lee", "Park", "Nguyen"]
KOREAN = ["김민준", "이서연", "박지호", "최수아", "정도윤", "강하은", "조예준", "윤지우"]
CITIES = ["Seoul", "Busan", "서울", "부산", "Berlin", "Lisbon", "Austin", "Toronto"]
DOMAINS = ["example.com", "example.org", "example.net", "mail.example.com", "Example.COM"]
PLANS = ["free", "pro", "team", "enterprise"]


def _email(rng: random.Random, i: int, earlier: list[str]) -> str:
    roll = rng.random()
    if roll < 0.005:
        return ""
    if roll < 0.015:
        return rng.choice(["not-an-email", f"user{i}@", f"user {i}@example.com", f"u{i}@@x.com"])
    if roll < 0.025 and earlier:  # a duplicate of an earlier row, in another case
        return rng.choice(earlier).upper()
    if roll < 0.027:  # internationalised: exercises the email-validator fallback
        return f"사용자{i}@example.com"
    sep = rng.choice([".", "_", "-", "+news"])
    address = f"{rng.choice(FIRST).lower()}{sep}{i}@{rng.choice(DOMAINS)}"
    if len(earlier) < 10_000:
        earlier.append(address)
    return address


def generate(path: Path, rows: int, seed: int = 1) -> None:
    rng = random.Random(seed)
    start = dt.date(2020, 1, 1)
    earlier: list[str] = []
    with path.open("w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(COLUMNS)
        for i in range(rows):
            korean = rng.random() < 0.2
            name = rng.choice(KOREAN) if korean else f"{rng.choice(FIRST)} {rng.choice(LAST)}"
            out.writerow(
                [
                    name,
                    _email(rng, i, earlier),
                    rng.choice(CITIES),
                    rng.choice(PLANS),
                    f"010{rng.randrange(10**8):08d}",
                    f"Company {rng.randrange(5000)}, Inc.",
                    (start + dt.timedelta(days=rng.randrange(1500))).isoformat(),
                    "" if rng.random() < 0.7 else 'likes "quotes", commas',
                ]
            )


def _child(path: str, queue: mp.Queue[dict[str, float | int]]) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from mailer.content.recipients import load_recipients

    t0 = time.perf_counter()
    table = load_recipients(path)
    seconds = time.perf_counter() - t0
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    queue.put(
        {"seconds": seconds, "peak_rss_mb": peak_kb / 1024, "rows": len(table), **table.counts()}
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "recipients.csv"
        generate(path, args.rows)
        ctx = mp.get_context("spawn")  # a fresh interpreter: RSS is the load's own
        queue: mp.Queue[dict[str, float | int]] = ctx.Queue()
        proc = ctx.Process(target=_child, args=(str(path), queue))
        proc.start()
        result = queue.get()
        proc.join()
        size_mb = path.stat().st_size / 2**20
    print(
        json.dumps(
            {
                "bench": "recipients_load",
                "rows": result["rows"],
                "columns": len(COLUMNS),
                "file_mb": round(size_mb, 1),
                "seconds": round(float(result["seconds"]), 2),
                "peak_rss_mb": round(float(result["peak_rss_mb"]), 1),
                "valid": result["valid"],
                "invalid": result["invalid"],
                "duplicate": result["duplicate"],
                "empty": result["empty"],
                "cores": os.cpu_count(),
                "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            },
            ensure_ascii=False,
        )
    )


if __name__ == "__main__":
    main()
