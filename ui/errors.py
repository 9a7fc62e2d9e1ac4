"""The one place that turns a failure into something the user sees.

``show_error`` shows a ``MailerError`` as a message box (its ``str()`` is the
sentence the user can act on). Anything else is a bug: ``install_excepthook`` routes
uncaught exceptions from any thread to the UI thread and shows a dialog with a
copyable report, scrubbed of secrets, instead of letting the app vanish.
"""

from __future__ import annotations

import os
import platform
import re
import sys
import threading
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ui import __version__

_SECRET_NAME = re.compile(r"KEY|SECRET|TOKEN|PASSW|CREDENTIAL|AUTH_|_AUTH", re.I)
_SECRET_ASSIGN = re.compile(
    r"(?i)(password|passwd|secret|token|api[_-]?key|access[_-]?key(?:[_-]?id)?)"
    r"(['\"]?\s*[=:]\s*['\"]?)([^\s'\",;]+)"
)
_AWS_KEY_ID = re.compile(r"\b(AKIA|ASIA)[0-9A-Z]{16}\b")


def is_user_error(exc: BaseException) -> bool:
    try:
        from mailer.errors import MailerError
    except ImportError:  # pragma: no cover - the core is always there in a build
        return False
    return isinstance(exc, MailerError)


def show_error(parent: QWidget | None, exc: BaseException, title: str = "") -> None:
    """Show ``exc``: a MailerError as a plain message box, anything else as a bug report."""
    if is_user_error(exc):
        QMessageBox.warning(
            parent, title or QCoreApplication.translate("errors", "Bulk Mailer"), str(exc)
        )
    else:
        CrashDialog(report_for(type(exc), exc, exc.__traceback__), parent).exec()


def scrub(text: str) -> str:
    """Remove secret-looking values: the secrets the core knows (in the forms a server
    echoes), env values named like secrets, key=value pairs, key ids."""
    from mailer.errors import scrub as known_secrets

    text = known_secrets(text)
    for name, value in os.environ.items():
        if len(value) >= 6 and _SECRET_NAME.search(name):
            text = text.replace(value, "***")
    text = _SECRET_ASSIGN.sub(lambda m: m.group(1) + m.group(2) + "***", text)
    return _AWS_KEY_ID.sub("AKIA***", text)


def report_for(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> str:
    from PySide6 import __version__ as pyside_version

    lines = [
        f"Bulk Mailer {__version__}",
        f"Python {platform.python_version()}, PySide6 {pyside_version}, {platform.platform()}",
        f"Thread: {threading.current_thread().name}",
        "",
        *traceback.format_exception(kind, exc, tb),
    ]
    return scrub("\n".join(line.rstrip("\n") for line in lines))


class CrashDialog(QDialog):
    """An unexpected error: what happened, a copyable report, and a way out."""

    def __init__(self, report: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.setWindowTitle(self.tr("Unexpected error"))
        self.resize(640, 420)
        text = QLabel(
            self.tr(
                "Something went wrong inside Bulk Mailer. Your campaigns are saved; "
                "you can keep working. Please copy the report below and send it to "
                "whoever supports Bulk Mailer for you. It contains no passwords or keys."
            )
        )
        text.setWordWrap(True)
        view = QPlainTextEdit(report)
        view.setReadOnly(True)
        view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = buttons.addButton(self.tr("Copy report"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(self.copy_report)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(view, 1)
        layout.addWidget(buttons)

    def copy_report(self) -> None:
        QGuiApplication.clipboard().setText(self.report)


class _ExceptionRelay(QObject):
    """Carries an exception from any thread to the UI thread."""

    raised = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.raised.connect(self._show, Qt.ConnectionType.QueuedConnection)
        self.showing = False

    def _show(self, report: str) -> None:
        if self.showing:  # one dialog at a time; a loop of errors must not stack dialogs
            return
        self.showing = True
        try:
            parent = QApplication.activeWindow()
            CrashDialog(report, parent).exec()
        finally:
            self.showing = False


_relay: _ExceptionRelay | None = None


def install_excepthook() -> None:
    """Route uncaught exceptions (UI thread and worker threads) to a CrashDialog."""
    global _relay
    _relay = _ExceptionRelay()
    relay = _relay

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        report = report_for(kind, exc, tb)
        sys.stderr.write(report + "\n")
        relay.raised.emit(report)

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            hook(args.exc_type, args.exc_value, args.exc_traceback)

    sys.excepthook = hook
    threading.excepthook = thread_hook
