"""`mailer` on a damaged journal, as a user runs it: one `error:` sentence that names the
file or the campaign and what to do, never a traceback; what can be read still is."""

from __future__ import annotations

import csv
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from mailer.store.journal import Journal
from tests.mailer.campaign_fixtures import make_campaign

ROOT = Path(__file__).resolve().parents[2]


def mailer(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "MAILER_DATA_DIR": str(data_dir)}
    return subprocess.run(
        [sys.executable, "-m", "mailer.cli", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def corrupt(path: Path, sql: str) -> None:
    db = sqlite3.connect(path)
    db.execute(sql)
    db.commit()
    db.close()


def no_traceback(done: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in done.stdout + done.stderr, done.stderr


def test_damaged_settings_and_cells(data_dir: Path, tmp_path: Path) -> None:
    path = data_dir / "journal.sqlite3"
    journal = Journal(path)
    outbox = tmp_path / "outbox"
    from mailer.settings import Profile

    profile = Profile(name="local", kind="outbox", outbox_dir=str(outbox))
    broken = make_campaign(tmp_path / "a", journal, 3, profile=profile)
    cells = make_campaign(tmp_path / "b", journal, 4, profile=profile)
    journal.close()
    corrupt(path, f"UPDATE campaigns SET settings = '{{oops' WHERE id = {broken}")
    corrupt(path, f"UPDATE recipients SET data = 'null' WHERE campaign_id = {cells} AND idx = 1")

    for argv in (
        ["status", str(broken)],
        ["status", str(broken), "--json"],
        ["resume", str(broken)],
    ):
        done = mailer(data_dir, *argv)
        no_traceback(done)
        assert done.returncode == 3
        assert done.stderr.startswith(f"error: Campaign {broken} ('test') is damaged")
        assert f"mailer export {broken} results.csv" in done.stderr

    listed = mailer(data_dir, "campaigns")
    no_traceback(listed)
    assert listed.returncode == 0
    assert f"{broken:>4}" in listed.stdout and "stopped" in listed.stdout
    assert mailer(data_dir, "campaigns", "--json").returncode == 0

    out = tmp_path / "saved.csv"
    exported = mailer(data_dir, "export", str(broken), str(out))
    no_traceback(exported)
    assert exported.returncode == 0
    with open(out, encoding="utf-8-sig", newline="") as fh:
        assert [r[1] for r in list(csv.reader(fh))[1:]] == [
            f"user{i}@example.com" for i in range(3)
        ]

    # A row whose cells are damaged fails alone; the others are sent.
    resumed = mailer(data_dir, "resume", str(cells))
    no_traceback(resumed)
    assert resumed.returncode == 1, resumed.stderr
    assert len(os.listdir(outbox / "new")) == 3
    status = mailer(data_dir, "status", str(cells))
    assert "failed        1" in status.stdout


def test_a_journal_that_is_no_database(data_dir: Path) -> None:
    path = data_dir / "journal.sqlite3"
    path.write_bytes(b"\x00garbage, not SQLite\n" * 300)
    for argv in (["campaigns"], ["status"], ["export", "1", str(data_dir / "x.csv")]):
        done = mailer(data_dir, *argv)
        no_traceback(done)
        assert done.returncode == 3
        assert done.stderr.startswith(f"error: The campaign journal {path} is damaged")
        assert "Move it aside" in done.stderr
