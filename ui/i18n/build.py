"""Compile ui/i18n/*.ts to .qm with pyside6-lrelease (and refresh the .ts with lupdate).

``python -m ui.i18n.build`` compiles; ``--update`` first re-scans ui/ with
pyside6-lupdate (new strings appear as unfinished until someone translates them).
The app calls ``ensure_compiled()`` at start: it compiles only when a .qm is missing
or older than its .ts, and never fails the start (English is shown instead).

Adding a string: write it with ``self.tr("...")`` (or ``QCoreApplication.translate(
"context", "...")`` with literal arguments: lupdate reads only literals), run
``python -m ui.i18n.build --update``, translate the new entries with
``pyside6-linguist ui/i18n/bulk_mailer_ko.ts``, and run the build again.
tests/ui/test_i18n.py fails while any string lacks its Korean translation.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
UI_ROOT = HERE.parent


def tool(name: str) -> str | None:
    """The pyside6 tool beside the running interpreter (the venv), else on PATH."""
    beside = Path(sys.executable).parent / name
    if beside.exists():
        return str(beside)
    return shutil.which(name)


def sources() -> list[Path]:
    """Every Python file under ui/ that may hold translatable strings."""
    return sorted(p for p in UI_ROOT.rglob("*.py") if "__pycache__" not in p.parts)


def lupdate(ts_file: Path, *, no_obsolete: bool = True) -> None:
    exe = tool("pyside6-lupdate")
    if exe is None:
        raise RuntimeError("pyside6-lupdate not found")
    args = [exe, *map(str, sources()), "-ts", str(ts_file)]
    if no_obsolete:
        args.insert(1, "-no-obsolete")
    subprocess.run(args, check=True, capture_output=True)


def compile_ts(ts_file: Path) -> Path:
    exe = tool("pyside6-lrelease")
    if exe is None:
        raise RuntimeError("pyside6-lrelease not found")
    qm = ts_file.with_suffix(".qm")
    subprocess.run([exe, str(ts_file), "-qm", str(qm)], check=True, capture_output=True)
    return qm


def ensure_compiled() -> None:
    """Compile each .ts whose .qm is missing or stale; errors leave the UI in English."""
    for ts_file in HERE.glob("*.ts"):
        qm = ts_file.with_suffix(".qm")
        if qm.exists() and qm.stat().st_mtime >= ts_file.stat().st_mtime:
            continue
        try:
            compile_ts(ts_file)
        except (OSError, RuntimeError, subprocess.CalledProcessError) as exc:
            print(f"bulk-mailer: could not compile {ts_file.name}: {exc}", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    for ts_file in sorted(HERE.glob("*.ts")):
        if "--update" in args:
            lupdate(ts_file)
        print(compile_ts(ts_file))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
