"""Where the shipped sample templates and example files are."""

from __future__ import annotations

import sys
from pathlib import Path

_ROOT = Path(__file__).resolve().parent.parent


def _first_dir(name: str) -> Path | None:
    for base in (_ROOT, Path(sys.prefix) / "share" / "bulk-mailer"):
        candidate = base / name
        if candidate.is_dir():
            return candidate
    return None


def shipped_templates_dir() -> Path | None:
    return _first_dir("templates")


def examples_dir() -> Path | None:
    return _first_dir("examples")


def shipped_templates() -> list[Path]:
    """The template folders shipped with the app (folders with a subject.txt)."""
    root = shipped_templates_dir()
    if root is None:
        return []
    return sorted(p for p in root.iterdir() if (p / "subject.txt").is_file())
