"""The frame: --version, pages, placeholders, status bar, remembered state, errors."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest

from mailer.errors import RecipientsError
from ui import prefs
from ui.main_window import CAMPAIGNS, SEND, MainWindow


@pytest.fixture
def window(qtbot: Any, context: Any) -> MainWindow:
    widget = MainWindow(context)
    qtbot.addWidget(widget)
    return widget


def test_version_flag() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "ui.app", "--version"], capture_output=True, text=True, check=True
    )
    assert out.stdout.startswith("bulk-mailer ")


def test_steps_switch_pages_and_placeholders_explain(window: MainWindow) -> None:
    window.steps.setCurrentRow(SEND)
    assert window.pages.currentWidget() is window.send_page
    window.steps.setCurrentRow(CAMPAIGNS)
    assert window.pages.currentWidget() is window.campaigns_page


def test_status_bar_shows_profile_and_quota(qtbot: Any, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.context.limits is not None, timeout=10_000)
    assert "local outbox" in window.status.profile_button.text()
    assert "Local outbox" in window.status.mode.text()
    # The outbox sets no daily limit by default (issue 16, item 3).
    assert "0 sent, no daily limit" in window.status.quota.text()


def test_remembers_geometry_files_and_profile(qtbot: Any, context: Any, examples: Path) -> None:
    first = MainWindow(context)
    qtbot.addWidget(first)
    with qtbot.waitSignal(first.recipients_page.loaded, timeout=10_000):
        first.open_recipients(examples / "recipients.csv")
    first.show()
    first.resize(1000, 700)
    qtbot.waitUntil(lambda: first.width() == 1000)
    first.close()
    assert prefs.last_recipients() == str(examples / "recipients.csv")
    assert prefs.geometry() is not None
    second = MainWindow(context)
    qtbot.addWidget(second)
    second.show()
    qtbot.waitUntil(lambda: second.recipients_page.model.rowCount() > 0, timeout=10_000)
    # The offscreen screen is small, so Qt clamps the width; the height comes back as saved.
    assert second.size().height() == 700


def test_mailer_error_becomes_a_message_box(window: MainWindow, boxes: Any) -> None:
    from ui.errors import show_error

    show_error(window, RecipientsError("recipients.csv, line 4: no e-mail column; pick one."))
    assert boxes.shown == [
        ("warning", "Bulk Mailer", "recipients.csv, line 4: no e-mail column; pick one.")
    ]


def test_unexpected_errors_show_a_scrubbed_report(
    qtbot: Any, window: MainWindow, boxes: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui.errors import install_excepthook

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    monkeypatch.setenv("MY_API_TOKEN", "tok-123456789")
    install_excepthook()

    def boom() -> None:
        raise RuntimeError("password=hunter2 token tok-123456789")

    thread = threading.Thread(target=boom)
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: bool(boxes.crashes), timeout=5000)
    report = boxes.crashes[0]
    assert "RuntimeError" in report and "Traceback" in report
    assert "hunter2" not in report and "tok-123456789" not in report


def test_language_choice_is_remembered(window: MainWindow, boxes: Any) -> None:
    window.change_language("ko")
    assert prefs.language() == "ko"
    assert boxes.shown and boxes.shown[0][0] == "question"


def test_send_and_campaign_pages_plug_in_when_present(
    qtbot: Any, context: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A ui.pages.send_page module replaces the placeholder and can veto closing."""
    import types

    from PySide6.QtWidgets import QWidget

    module = types.ModuleType("ui.pages.send_page")

    class SendPage(QWidget):
        def __init__(self, ctx: Any) -> None:
            super().__init__()
            self.ctx = ctx
            self.allow = False

        def can_close(self) -> bool:
            return self.allow

    module.SendPage = SendPage  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "ui.pages.send_page", module)
    window = MainWindow(context)
    qtbot.addWidget(window)
    assert isinstance(window.send_page, SendPage) and window.send_page.ctx is context
    assert context.recipient_model is window.recipients_page.model
    window.show()
    assert not window.close()  # the dashboard said no (e.g. mid-send)
    window.send_page.allow = True
    assert window.close()


def test_the_first_window_fits_the_screen_and_the_template_page(qapp: Any) -> None:
    """1,440 x 860 where the screen allows (the template page's three panes side by side
    without clipping), else most of a laptop's screen."""
    from PySide6.QtCore import QSize

    from ui.main_window import first_size

    assert first_size(QSize(1920, 1040)) == QSize(1440, 860)
    assert first_size(QSize(1366, 728)) == QSize(1256, 655)
