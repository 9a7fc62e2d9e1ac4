"""Qt test set-up: offscreen, WebEngine loaded before the QApplication, QSettings in tmp,
message boxes recorded instead of blocking."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt

# Both must happen before pytest-qt creates the QApplication.
QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
with contextlib.suppress(ImportError):
    import PySide6.QtWebEngineWidgets  # noqa: F401


@pytest.fixture(autouse=True)
def collect_on_the_ui_thread(qapp: Any) -> Iterator[None]:
    """As the app does (ui/gc_guard.py): no cycle collection on pool threads, where
    freeing a Qt object can deadlock with the UI thread; collect here between tests."""
    from ui.gc_guard import MainThreadCollector

    collector = MainThreadCollector()
    yield
    collector.stop()
    gc.collect()


@pytest.fixture(autouse=True)
def qsettings_in_tmp(tmp_path: Path) -> Iterator[Path]:
    """Every QSettings the app opens lives under tmp_path, never in the real home."""
    folder = tmp_path / "qsettings"
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    yield folder


@dataclass
class Boxes:
    """Message boxes and crash dialogs that were shown (instead of blocking the test)."""

    shown: list[tuple[str, str, str]] = field(default_factory=list)  # kind, title, text
    crashes: list[str] = field(default_factory=list)
    answer: Any = None

    def texts(self) -> list[str]:
        return [text for _, _, text in self.shown]


@pytest.fixture(autouse=True)
def boxes(monkeypatch: pytest.MonkeyPatch) -> Boxes:
    from PySide6.QtWidgets import QMessageBox

    from ui import errors

    record = Boxes(answer=QMessageBox.StandardButton.No)

    def recorder(kind: str) -> Any:
        def show(_parent: Any, title: str, text: str, *_a: Any, **_k: Any) -> Any:
            record.shown.append((kind, title, text))
            return record.answer if kind == "question" else QMessageBox.StandardButton.Ok

        return staticmethod(show)

    for kind in ("warning", "critical", "information", "question", "about"):
        monkeypatch.setattr(QMessageBox, kind, recorder(kind))

    def crash_exec(dialog: errors.CrashDialog) -> int:
        record.crashes.append(dialog.report)
        return 0

    monkeypatch.setattr(errors.CrashDialog, "exec", crash_exec)
    return record


@pytest.fixture
def settings(tmp_path: Path) -> Any:
    from mailer.settings import Profile, Settings

    s = Settings(path=tmp_path / "config" / "settings.json")
    s.profiles["local outbox"] = Profile(outbox_dir=str(tmp_path / "maildir"), rate=0)
    return s


@pytest.fixture
def context(settings: Any, qapp: Any) -> Any:
    from ui.context import AppContext

    return AppContext(settings)


@pytest.fixture
def template_dir(tmp_path: Path) -> Path:
    """A small template folder using Korean text and the example file's columns."""
    folder = tmp_path / "tmpl"
    folder.mkdir()
    (folder / "subject.txt").write_text("{{ name }}님, {{ city }} 소식입니다\n", encoding="utf-8")
    (folder / "body.html").write_text(
        "<html><body><h1>안녕하세요 {{ name }}님</h1>"
        '<p>Plan: {{ plan }}</p><img src="https://example.com/pixel.png"></body></html>\n',
        encoding="utf-8",
    )
    (folder / "body.txt").write_text(
        "안녕하세요 {{ name }}님\nPlan: {{ plan }}\n", encoding="utf-8"
    )
    return folder
