"""``bulk-mailer --self-check``: prove an installed or packaged app works, end to end.

Run offscreen (``QT_QPA_PLATFORM=offscreen``) on a build machine or a user's: opens
the main window, loads the shipped example recipients and the ``newsletter`` template
through the real pages, renders row 1 in the real preview dialog (core rendering and
MIME building, then Qt WebEngine drawing the HTML), and delivers that message to a
temporary Maildir through the core's OutboxTransport. Prints each step, exits 0, or
non-zero with the reason.

Everything it writes (settings, QSettings, data, logs, outbox) goes to a temporary
folder, so it never touches the user's own files. A watchdog turns a hang or a
modal error box into a failure instead of a stuck process.
"""

from __future__ import annotations

import contextlib
import email
import email.policy
import logging
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)
STEP_TIMEOUT = 60.0  # seconds; WebEngine's first start is the slow one
TOTAL_TIMEOUT = 240.0
SENDER = "Bulk Mailer self-check <self-check@example.com>"


class SelfCheckError(Exception):
    """A step failed; str() says which and why."""


def say(line: str) -> None:
    """Print a step; a windowed Windows build has no stdout, so this must not fail."""
    log.info("self-check: %s", line)
    stream = sys.stdout
    if stream is not None:
        with contextlib.suppress(OSError, ValueError):  # closed or broken pipe
            print(f"self-check: {line}", file=stream, flush=True)


def isolate() -> Path:
    """Point settings, data, logs and QSettings at a new temporary folder.

    Called before logging and Qt start. Chromium refuses to run as root with its
    sandbox on (CI containers), so WebEngine's sandbox is turned off there only.
    """
    root = Path(tempfile.mkdtemp(prefix="bulk-mailer-self-check-"))
    os.environ["MAILER_DATA_DIR"] = str(root / "data")
    os.environ["MAILER_CONFIG_DIR"] = str(root / "config")
    os.environ["MAILER_LOG_DIR"] = str(root / "logs")
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
    from PySide6.QtCore import QSettings

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(root / "qt"))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    return root


class _Watchdog:
    """Closes any modal box (recording its text as the failure) and bounds the run."""

    def __init__(self, app: QApplication) -> None:
        from PySide6.QtCore import QTimer

        self.app = app
        self.failure = ""
        self.started = time.monotonic()
        self.timer = QTimer()
        self.timer.setInterval(200)
        self.timer.timeout.connect(self._tick)  # timers also fire in nested event loops
        self.timer.start()

    def _tick(self) -> None:
        from PySide6.QtWidgets import QDialog, QMessageBox

        modal = self.app.activeModalWidget()
        if isinstance(modal, QMessageBox):
            self.failure = self.failure or f"the app showed an error: {modal.text()}"
            modal.reject()
        elif isinstance(modal, QDialog) and modal.windowTitle():
            self.failure = self.failure or f"an unexpected dialog opened: {modal.windowTitle()}"
            modal.reject()
        if time.monotonic() - self.started > TOTAL_TIMEOUT:
            say(f"FAILED: no result after {TOTAL_TIMEOUT:.0f} s")
            os._exit(3)  # a hung event loop cannot be unwound; leave at once

    def stop(self) -> None:
        self.timer.stop()


def _wait(
    what: str, done: Callable[[], bool], watchdog: _Watchdog, timeout: float = STEP_TIMEOUT
) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    deadline = time.monotonic() + timeout
    while not done():
        if watchdog.failure:
            raise SelfCheckError(f"while waiting for {what}, {watchdog.failure}")
        if time.monotonic() > deadline:
            raise SelfCheckError(f"timed out after {timeout:.0f} s waiting for {what}")
        loop = QEventLoop()
        QTimer.singleShot(20, loop.quit)
        loop.exec()


def _find_inputs() -> tuple[Path, Path]:
    from ui.paths import examples_dir, shipped_templates_dir

    examples, templates = examples_dir(), shipped_templates_dir()
    recipients = examples / "recipients.csv" if examples else None
    template = templates / "newsletter" if templates else None
    if recipients is None or not recipients.is_file():
        raise SelfCheckError("examples/recipients.csv is not shipped with the app")
    if template is None or not (template / "subject.txt").is_file():
        raise SelfCheckError("templates/newsletter is not shipped with the app")
    return recipients, template


def run_checks(app: QApplication, root: Path) -> None:
    """All steps; raises SelfCheckError (or anything else) on the first failure."""
    from PySide6.QtWidgets import QTextBrowser

    from mailer import OutboxTransport, Profile, SenderSettings, Settings
    from ui.context import AppContext
    from ui.dialogs.preview_dialog import PreviewDialog
    from ui.main_window import MainWindow

    watchdog = _Watchdog(app)
    try:
        recipients, folder = _find_inputs()
        say(f"examples: {recipients}")
        settings = Settings(path=root / "config" / "settings.json")
        settings.put(Profile(outbox_dir=str(root / "outbox"), rate=0))
        context = AppContext(settings)
        window = MainWindow(context, restore=False)
        window.show()
        _wait("the main window", window.isVisible, watchdog)
        say(f"main window open ({app.platformName()} platform, {window.windowTitle()!r})")

        window.open_recipients(recipients)
        _wait("the recipients to load", lambda: context.table is not None, watchdog)
        table = context.table
        assert table is not None
        say(f"recipients: {len(table)} rows, {len(table.valid_indices())} valid")

        window.template_page.open_folder_path(folder)
        _wait("the template to load", lambda: context.template is not None, watchdog)
        assert context.template is not None
        say(f"template: {context.template.name}")
        context.set_sender(SenderSettings.parse(SENDER))

        dialog = PreviewDialog(context, 0, window)
        loads: list[bool] = []
        view = dialog.html_view.view
        if not isinstance(view, QTextBrowser):  # Qt WebEngine is there
            view.loadFinished.connect(loads.append)
        dialog.show()
        _wait("the preview of row 1", lambda: dialog.current is not None, watchdog)
        built = dialog.current
        assert built is not None
        say(f"preview row 1: to {built.to_header}, subject {built.subject!r}")
        if not built.html:
            raise SelfCheckError("the newsletter template rendered no HTML part")
        if isinstance(view, QTextBrowser):  # no Qt WebEngine
            raise SelfCheckError("Qt WebEngine is missing: the HTML preview cannot be shown")
        _wait("Qt WebEngine to draw the preview", lambda: bool(loads), watchdog)
        if not loads[-1]:
            raise SelfCheckError("Qt WebEngine could not load the preview HTML")
        texts: list[str] = []
        view.page().toPlainText(texts.append)
        _wait("the preview's text", lambda: bool(texts), watchdog)
        name = table.row(0).get("name", "")
        if name and name not in texts[0]:
            raise SelfCheckError(f"the drawn preview does not show the recipient's name {name!r}")
        say(f"preview drawn by Qt WebEngine ({len(texts[0])} characters of text)")

        outbox = root / "outbox"
        transport = OutboxTransport(outbox)
        result = transport.send(
            built.message,
            sender="self-check@example.com",
            recipient=table.emails[0],
            tags={"campaign": "self-check", "recipient": "1"},
        )
        transport.close()
        delivered = outbox / "new" / result.message_id
        parsed = email.message_from_bytes(delivered.read_bytes(), policy=email.policy.default)
        if str(parsed["Subject"]) != built.subject:
            raise SelfCheckError(f"the outbox message has the wrong subject: {parsed['Subject']}")
        log.info(
            "self-check sent", extra={"campaign": "self-check", "message_id": result.message_id}
        )
        say(f"sent 1 message to the outbox ({delivered.stat().st_size} bytes)")

        dialog.close()
        window.close()
        _wait("the window to close", lambda: not window.isVisible(), watchdog)
        if watchdog.failure:
            raise SelfCheckError(watchdog.failure)
    finally:
        watchdog.stop()


def run(app: QApplication, root: Path) -> int:
    """Run the checks; 0 and 'OK', or 1 and the reason. Removes ``root`` on success."""
    from mailer import logs
    from ui import __version__

    say(f"Bulk Mailer {__version__}, Python {sys.version.split()[0]}, frozen={_frozen()}")
    try:
        run_checks(app, root)
    except Exception as exc:  # any failure is a result to report, not a crash
        log.exception("self-check failed")
        say(f"FAILED: {exc}")
        say(f"kept for inspection: {root}")
        return 1
    log_file = logs.log_file()
    if log_file is not None:
        say(f"log written ({log_file.stat().st_size} bytes)")
    say("OK")
    logs.shutdown()
    shutil.rmtree(root, ignore_errors=True)
    return 0


def _frozen() -> bool:
    return bool(getattr(sys, "frozen", False))
