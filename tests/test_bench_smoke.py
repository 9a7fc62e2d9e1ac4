"""Smoke test of the benchmark scripts: each runs with tiny sizes and prints valid JSON.

Loopback only. The SMTP benchmark compares against mailmerge when the peers' venv
(bench/.venv) has it, else it runs the app side only (--no-peer): nothing is skipped.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
sys.path.insert(0, str(BENCH))

import common  # noqa: E402  (bench/ is not a package)
import run_all  # noqa: E402

HAS_MAILMERGE = (BENCH / ".venv" / "bin" / "mailmerge").exists()

CASES: dict[str, tuple[list[str], int]] = {  # script -> (tiny args, expected lines)
    "bench_throttle.py": (["--seconds", "0.5", "--latency-seconds", "0.3", "--rates", "20"], 3),
    "bench_ses.py": (["--limits", "20", "--seconds", "0.5"], 1),
    "bench_smtp.py": (  # the body.txt newsletter and the HTML-only one
        ["--rows", "10", "--repeat", "2", *([] if HAS_MAILMERGE else ["--no-peer"])],
        2,
    ),
    "bench_outbox.py": (["--rows", "50"], 1),
    "bench_resume.py": (["--rows", "400"], 1),
    "bench_report.py": (["--rows", "400", "--events", "1200", "--runs", "1"], 1),
    "bench_desktop.py": (["--rows", "200"], 2),
}


def _run(script: str, args: list[str], tmp_path: Path) -> list[dict[str, Any]]:
    env = {**os.environ, "BENCH_TMPDIR": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run(
        [sys.executable, str(BENCH / script), *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    lines = [json.loads(line) for line in proc.stdout.splitlines() if line.strip()]
    assert all(isinstance(line, dict) for line in lines)
    return lines


@pytest.mark.parametrize("script", sorted(CASES))
def test_bench_script_prints_json_lines(script: str, tmp_path: Path) -> None:
    args, expected = CASES[script]
    lines = _run(script, args, tmp_path)
    assert len(lines) == expected
    for line in lines:
        assert line["bench"]
        assert line["cores"] == os.cpu_count()
        assert line["date"]
        assert "target" in line and isinstance(line["ok"], bool)
    assert not list(tmp_path.glob("bench-*"))  # data dirs are cleaned up


def test_smtp_bench_delivers_everything(tmp_path: Path) -> None:
    args, _ = CASES["bench_smtp.py"]
    lines = _run("bench_smtp.py", args, tmp_path)
    assert [line["case"] for line in lines] == ["10-newsletters", "10-html-only-newsletters"]
    for line in lines:
        assert line["app_received"] == 10 and line["runs"] == 2 and len(line["app_runs_s"]) == 2
        if HAS_MAILMERGE:
            assert line["mailmerge_received"] == 10


def test_window_helpers() -> None:
    times = [0.0, 0.5, 0.999, 1.0, 1.2]
    assert common.max_in_window(times) == 4  # [0.5, 1.5) holds 0.5, 0.999, 1.0, 1.2
    assert common.windows_over(times, 3) == 1
    assert common.steady_rate([0.0, 1.0, 2.0]) == 1.0
    assert common.percentiles_ms([0.001, 0.002])["max"] == 2.0


def test_run_all_renders_a_table_per_benchmark() -> None:
    lines: list[dict[str, Any]] = [
        {"bench": "outbox", "case": "x", "per_s": 1600.5, "target": ">= 1500/s", "ok": True,
         "cores": 2, "date": "2025-01-01T00:00:00+00:00"},
        {"bench": "content", "template": "bench-9k", "messages_per_s": 2000.0, "cores": 1,
         "date": "2025-01-01T00:00:00+00:00"},
    ]  # fmt: skip
    runs: dict[str, dict[str, Any]] = {
        str(line["bench"]): {"command": "cmd", "seconds": 1.0, "exit": 0, "lines": [line],
                        "script": "bench_x.py"}
        for line in lines
    }  # fmt: skip
    text = run_all.render(runs, run_all.BENCHES)
    assert "| outbox | x | >= 1500/s | PASS |" in text
    assert (
        "| content | bench-9k | >= 3,000 messages/s on one core (9 KB template) | **FAIL** |"
        in text
    )
    assert {b.script for b in run_all.discover()} >= set(CASES)


def test_ab_script_runs_each_variant_alternately(tmp_path: Path) -> None:
    env = {**os.environ, "BENCH_TMPDIR": str(tmp_path)}
    proc = subprocess.run(
        [sys.executable, str(BENCH / "ab_smtp.py"), "--runs", "2", "--rows", "10",
         "-", "ARGS=--concurrency 2"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr[-3000:]
    lines = proc.stdout.splitlines()
    assert [line.split()[0] for line in lines] == ["-", "ARGS=--concurrency"]
    assert all("total median" in line and "CPU" in line for line in lines)
    assert not list(tmp_path.glob("bench-*"))  # data dirs are cleaned up
