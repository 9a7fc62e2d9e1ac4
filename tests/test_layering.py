"""The core never imports Qt; only ui/ does."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def test_no_module_under_mailer_imports_qt() -> None:
    offenders = [
        str(p.relative_to(ROOT))
        for p in sorted((ROOT / "mailer").rglob("*.py"))
        if _imported_modules(p) & {"PySide6", "shiboken6", "PyQt5", "PyQt6"}
    ]
    assert offenders == []


def test_importing_the_core_loads_no_qt() -> None:
    code = (
        "import sys, mailer, mailer.cli; print(any(m.startswith('PySide6') for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


# ui/ talks to the core through its public API only (DESIGN.md "The house").
UI_MAY_IMPORT = {"mailer", "mailer.service", "mailer.states", "mailer.errors"}


def _core_imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [a.name for a in node.names if a.name.split(".")[0] == "mailer"]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found += [node.module] if node.module.split(".")[0] == "mailer" else []
    return found


def test_ui_imports_the_core_only_through_its_public_api() -> None:
    offenders = [
        f"{p.relative_to(ROOT)}: {module}"
        for p in sorted((ROOT / "ui").rglob("*.py"))
        for module in _core_imports(p)
        if module not in UI_MAY_IMPORT
    ]
    assert offenders == []


def test_the_layering_check_sees_a_deep_import(tmp_path: Path) -> None:
    probe = tmp_path / "probe.py"
    probe.write_text(
        "from mailer.store.journal import Journal\nimport mailer.sending.runner\n"
        "from mailer import service\nfrom mailer.states import RowState\n",
        encoding="utf-8",
    )
    deep = [m for m in _core_imports(probe) if m not in UI_MAY_IMPORT]
    assert deep == ["mailer.store.journal", "mailer.sending.runner"]


def test_the_public_api_names_resolve() -> None:
    import mailer

    missing = [name for name in mailer.__all__ if getattr(mailer, name, None) is None]
    assert missing == []
