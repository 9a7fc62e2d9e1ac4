"""One vocabulary: state and status names are spelled only in mailer/states.py (and the
journal's schema), everywhere else they are values of mailer.states."""

from __future__ import annotations

import ast
from pathlib import Path

from mailer.states import CampaignStatus, EventKind, RowState

ROOT = Path(__file__).resolve().parent.parent
# Names that are state names and nothing else. ("sent", "failed", "ready", "paused" ...
# are ordinary words too, but a quoted one in code is still a state: checked as well.)
NAMES = {s.value for s in RowState} | {s.value for s in CampaignStatus}
ALLOWED = {ROOT / "mailer" / "states.py"}


def _literals(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    # English source text handed to Qt's translator is words, not state values.
    words = {
        id(arg)
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr in ("translate", "tr")
        for arg in node.args
    }
    return [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and node.value in NAMES
        and id(node) not in docstrings | words
    ]


def test_no_state_name_is_spelled_outside_states_py() -> None:
    found = [
        f"{p.relative_to(ROOT)}:{line}: {value!r}"
        for tree in ("mailer", "ui")
        for p in sorted((ROOT / tree).rglob("*.py"))
        if p not in ALLOWED
        for line, value in _literals(p)
    ]
    assert found == []


def test_the_check_finds_a_literal(tmp_path: Path) -> None:
    probe = tmp_path / "probe.py"
    probe.write_text(
        '"""pending in a docstring is fine."""\nx = "pending"\ny = self.tr("sent")\n',
        encoding="utf-8",
    )
    assert _literals(probe) == [(2, "pending")]


def test_event_kinds_live_in_states_too() -> None:
    from mailer.aws import notifications

    assert notifications.EventKind is EventKind
