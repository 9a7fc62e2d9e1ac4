"""The code habits CI keeps: ruff clean and formatted, `mypy --strict` on mailer/ and ui/."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TREES = ["mailer", "ui", "tests", "bench", "packaging"]


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True, timeout=600
    )


def test_ruff_check() -> None:
    done = _run("ruff", "check", *TREES)
    assert done.returncode == 0, done.stdout + done.stderr


def test_ruff_format() -> None:
    done = _run("ruff", "format", "--check", *TREES)
    assert done.returncode == 0, done.stdout + done.stderr


def test_mypy_strict_on_the_core_and_the_app() -> None:
    done = _run("mypy")  # pyproject: strict = true, files = ["mailer", "ui"]
    assert done.returncode == 0, done.stdout + done.stderr
