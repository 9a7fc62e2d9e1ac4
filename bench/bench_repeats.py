"""Benchmark: the repeat check before a send (issue 16, item 2) on 100,000 recipients.

An earlier campaign of ``--rows`` recipients, all sent, sits in a fresh journal; a new
list of the same size (half of it the same addresses, in upper case for some) is checked
against it with ``service.repeat_check`` - one SQL query over the journal. Prints one
JSON line: seconds for the check (best of three) and how many repeats it found.

    .venv/bin/python bench/bench_repeats.py [--rows 100000]
"""

from __future__ import annotations

import argparse
import csv
import tempfile
import time
from pathlib import Path

from common import emit

from mailer import service
from mailer.content.message import SenderSettings
from mailer.content.recipients import load_recipients
from mailer.content.templates import TemplateSet
from mailer.settings import Profile
from mailer.states import RowState
from mailer.store.journal import Journal

TARGET_S = 1.0


def write_list(path: Path, rows: int, offset: int) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["name", "email"])
        for i in range(offset, offset + rows):
            address = f"user{i}@example.com"
            w.writerow(["김민준", address.upper() if i % 7 == 0 else address])
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bench-repeats-"))
    template_dir = folder / "newsletter"
    template_dir.mkdir()
    (template_dir / "subject.txt").write_text("{{ name }}님, 소식입니다", encoding="utf-8")
    (template_dir / "body.txt").write_text("안녕하세요 {{ name }}", encoding="utf-8")
    template = TemplateSet.load(template_dir)
    journal = Journal(folder / "journal.sqlite3")
    earlier = load_recipients(write_list(folder / "earlier.csv", args.rows, 0))
    cid = service.create_campaign(
        journal,
        name="earlier",
        table=earlier,
        template=template,
        sender=SenderSettings.parse("Shop <news@example.com>"),
        profile=Profile(kind="outbox"),
    )
    with journal.transaction() as db:  # as if it had been sent just now
        db.execute(
            "UPDATE recipients SET state = ?, updated = ? WHERE campaign_id = ?",
            (RowState.SENT, time.time(), cid),
        )
    table = load_recipients(write_list(folder / "next.csv", args.rows, args.rows // 2))
    best, found = float("inf"), 0
    for _ in range(3):
        started = time.perf_counter()
        found = service.repeat_check(journal, table, template, window_days=7).count
        best = min(best, time.perf_counter() - started)
    journal.close()
    emit(
        "repeats",
        "new list vs one earlier campaign",
        rows=args.rows,
        earlier_rows=args.rows,
        repeats=found,
        seconds=round(best, 3),
        target=f"<= {TARGET_S:g} s",
        ok=best <= TARGET_S if args.rows >= 100_000 else None,
    )


if __name__ == "__main__":
    main()
