"""Benchmark: a segment filter over 1,000,000 rows x 8 columns (issue: <= 1 s).

Builds the table's columns in memory (the shape a loaded RecipientTable holds: one
list of cells per column, Korean and English text, numbers with thousands separators,
dates, empty cells), then parses and applies each filter the Recipients page would
run as the user types: `seconds` on a fresh table (columns converted for the first
time), `retype_seconds` again on the same table. Prints one JSON line per filter.

    .venv/bin/python bench/bench_segments.py [--rows 1000000]
"""

from __future__ import annotations

import argparse
import random
import time

from common import emit

from mailer.content.segments import Segmenter

COLUMNS = ["이메일", "이름", "등급", "지역", "포인트", "가입일", "메모", "고객번호"]
FILTERS = [
    "등급 == 'VIP' and 지역 != '서울'",
    "포인트 > 5000",
    "가입일 >= '2025-06-01' and 가입일 < '2025-09-01'",
    "메모 is empty or 고객번호 starts with 'C1'",
    "이메일 contains 'kim' or 이름 in ('김민준', '이서연')",
    "(지역 in ('서울', '부산') and 포인트 >= 1,000) or not 등급 == '일반'",
]
TARGET_S = 1.0


def columns(rows: int, seed: int = 1) -> list[list[str]]:
    rng = random.Random(seed)
    names = ["김민준", "이서연", "박지호", "최수아", "Jane Doe", "John Kim", "정도윤", ""]
    first = ["kim", "lee", "park", "jane", "john", "choi"]
    return [
        [f"{rng.choice(first)}{i}@example.com" for i in range(rows)],
        [rng.choice(names) for _ in range(rows)],
        [rng.choice(["VIP", "일반", "골드", "vip", ""]) for _ in range(rows)],
        [rng.choice(["서울", "부산", "대구", "인천", "광주", " 서울 "]) for _ in range(rows)],
        [f"{rng.randint(0, 99_999):,}" for _ in range(rows)],
        [f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}" for _ in range(rows)],
        [rng.choice(["", "", "배송 메모", "VIP 고객"]) for _ in range(rows)],
        [f"C{rng.randint(0, 999_999):06d}" for _ in range(rows)],
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    args = parser.parse_args()
    cells = columns(args.rows)
    typing = Segmenter(COLUMNS, cells)  # the Recipients page keeps one per loaded table
    for text in FILTERS:
        started = time.perf_counter()
        kept = Segmenter(COLUMNS, cells).select(text)  # first filter on a fresh table
        cold = time.perf_counter() - started
        typing.select(text)
        started = time.perf_counter()
        typing.select(text)  # the same columns again, as while the user types
        warm = time.perf_counter() - started
        emit(
            "segments",
            text,
            rows=args.rows,
            columns=len(COLUMNS),
            kept=len(kept),
            seconds=round(cold, 3),
            retype_seconds=round(warm, 3),
            target=f"<= {TARGET_S:g} s",
            ok=cold <= TARGET_S if args.rows >= 1_000_000 else None,
        )


if __name__ == "__main__":
    main()
