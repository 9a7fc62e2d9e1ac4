"""App icon, Help → About (version, licence, folder links), Open log folder, --self-check."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from ui import __version__
from ui.dialogs.about_dialog import AboutDialog
from ui.main_window import MainWindow
from ui.resources import app_icon


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[QUrl]:
    """URLs the app asked the desktop to open (nothing really opens in tests)."""
    urls: list[QUrl] = []

    def record(url: QUrl) -> bool:
        urls.append(url)
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(record))
    return urls


def test_app_icon_has_small_and_large_sizes(qapp: Any) -> None:
    icon = app_icon()
    assert not icon.isNull()
    sizes = {s.width() for s in icon.availableSizes()}
    assert {16, 32, 48, 256} <= sizes
    assert icon.pixmap(16, 16).width() == 16


def test_about_shows_version_licence_and_opens_folders(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, opened: list[QUrl]
) -> None:
    monkeypatch.setenv("MAILER_LOG_DIR", str(tmp_path / "logs"))
    dialog = AboutDialog(tmp_path / "config" / "settings.json")
    qtbot.addWidget(dialog)
    labels = " ".join(
        w.text()
        for w in dialog.findChildren(type(dialog.links["logs"]))  # QLabel
    )
    assert __version__ in labels and "MIT" in labels
    assert dialog.folders["settings"] == tmp_path / "config"
    assert dialog.folders["data"] == Path(os.environ["MAILER_DATA_DIR"])
    assert str(tmp_path / "logs") in dialog.links["logs"].text()
    dialog.links["logs"].linkActivated.emit("logs")  # what a click on the link does
    assert opened == [QUrl.fromLocalFile(str(tmp_path / "logs"))]
    assert (tmp_path / "logs").is_dir()  # created so the file manager can show it


def test_help_menu_opens_the_log_folder_and_about(
    qtbot: Any, context: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, opened: list[QUrl]
) -> None:
    monkeypatch.setenv("MAILER_LOG_DIR", str(tmp_path / "logs"))
    window = MainWindow(context, restore=False)
    qtbot.addWidget(window)
    help_menu = next(
        a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == "Help"
    )
    actions = {a.text().replace("&", ""): a for a in help_menu.actions() if a.text()}
    actions["Open log folder"].trigger()
    assert opened == [QUrl.fromLocalFile(str(tmp_path / "logs"))]
    shown: list[AboutDialog] = []
    monkeypatch.setattr(AboutDialog, "exec", lambda self: shown.append(self) or 0)
    actions["About Bulk Mailer"].trigger()
    assert shown and shown[0].folders["settings"] == context.settings.path.parent


def test_self_check_runs_end_to_end(tmp_path: Path) -> None:
    """The same check the packaged app runs; here from the source tree."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    out = subprocess.run(
        [sys.executable, "-m", "ui.app", "--self-check"],
        capture_output=True,
        text=True,
        env=env,
        timeout=240,
    )
    assert out.returncode == 0, out.stdout + out.stderr[-3000:]
    lines = out.stdout.splitlines()
    assert lines[-1] == "self-check: OK"
    assert any("recipients: 20 rows" in line for line in lines)
    assert any("preview drawn by Qt WebEngine" in line for line in lines)
    assert any("sent 1 message to the outbox" in line for line in lines)


def test_self_check_fails_with_a_reason(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No example files: exit 1 and say what is missing (in-process, the real code path)."""
    from ui import paths, self_check

    monkeypatch.setattr(paths, "examples_dir", lambda: None)
    printed: list[str] = []
    monkeypatch.setattr(self_check, "say", printed.append)
    root = tmp_path / "check"
    root.mkdir()
    assert self_check.run(_qapp(), root) == 1
    assert any("examples/recipients.csv is not shipped" in line for line in printed)
    assert root.is_dir()  # kept for inspection


def _qapp() -> Any:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    return app
