"""The one place that turns a failure into something the user sees.

``show_error`` shows a ``MailerError`` as a message box (its ``str()`` is the
sentence the user can act on). Anything else is a bug: ``install_excepthook`` routes
uncaught exceptions from any thread to the UI thread and shows a dialog with a
copyable report, scrubbed of secrets, instead of letting the app vanish.
"""

from __future__ import annotations

import errno
import os
import platform
import re
import sys
import threading
import traceback
from collections.abc import Callable, Mapping
from types import TracebackType
from typing import Any

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

from mailer.errors import ErrorCode
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
            parent, title or QCoreApplication.translate("errors", "Bulk Mailer"), error_text(exc)
        )
    else:
        CrashDialog(report_for(type(exc), exc, exc.__traceback__), parent).exec()


def error_text(exc: BaseException) -> str:
    """A MailerError in the UI's language: from its code and parameters when it has a
    code (``mailer.errors.ErrorCode``), else its own (English) sentence."""
    code = str(getattr(exc, "code", "") or "")
    params = getattr(exc, "params", None)
    words = coded_error_text(code, params if isinstance(params, Mapping) else {})
    return scrub(words) if words else str(exc)


def coded_error_text(code: str, p: Mapping[str, Any]) -> str:
    """Words for an error code with its parameters ("" for an unknown or empty code).
    Also used for the errors that reasons carry (``error_code``/``error_params``)."""
    try:
        which = ErrorCode(code)
    except ValueError:
        return ""
    make = _error_words().get(which)
    return make(p) if make else ""


def _fill(text: str, *values: object) -> str:
    """Qt's %1..%9 placeholders for Python strings, in one pass (a value that itself
    contains "%2", like a file name, is not filled again)."""

    def value(match: re.Match[str]) -> str:
        number = int(match.group(1))
        return str(values[number - 1]) if number <= len(values) else match.group(0)

    return _PLACEHOLDER.sub(value, text)


_PLACEHOLDER = re.compile(r"%([1-9])")


def _undefined_variable(p: Mapping[str, Any]) -> str:
    fix = QCoreApplication.translate(
        "errors", "'%1' is undefined; add that column to the recipients file or fix the name."
    )
    where = (
        _fill(QCoreApplication.translate("errors", "%1, line %2"), p.get("file", ""), p["line"])
        if p.get("line")
        else str(p.get("file", ""))
    )
    return f"{where}: {_fill(fix, p.get('name', ''))}"


def _keyring_failed(p: Mapping[str, Any]) -> str:
    actions = {
        "store": QCoreApplication.translate("errors", "store"),
        "read": QCoreApplication.translate("errors", "read"),
        "delete": QCoreApplication.translate("errors", "delete"),
    }
    keys = {
        "aws_access_key_id": QCoreApplication.translate("errors", "the AWS access key ID"),
        "aws_secret_access_key": QCoreApplication.translate("errors", "the AWS secret key"),
        "smtp_password": QCoreApplication.translate("errors", "the SMTP password"),
    }
    action, key = str(p.get("action", "")), str(p.get("key", ""))
    text = QCoreApplication.translate(
        "errors",
        "The system keyring could not %1 %2 of profile “%3”; unlock the keyring and try again.",
    )
    return _fill(text, actions.get(action, action), keys.get(key, key), p.get("profile", ""))


def _unreadable(p: Mapping[str, Any]) -> str:
    if p.get("errno") in (errno.EACCES, errno.EPERM):
        text = QCoreApplication.translate(
            "errors", "%1 cannot be read: you do not have permission to open it."
        )
        return _fill(text, p.get("path", ""))
    text = QCoreApplication.translate("errors", "%1 cannot be read (%2).")
    return _fill(text, p.get("path", ""), p.get("detail", ""))


def _encoding(p: Mapping[str, Any]) -> str:
    if p.get("codec"):
        text = QCoreApplication.translate(
            "errors",
            "%1 is not valid %2 text at line %3, column %4; choose the encoding in the "
            "encoding picker, or save the file as UTF-8.",
        )
        return _fill(text, p.get("file", ""), p["codec"], p.get("line", "?"), p.get("column", "?"))
    text = QCoreApplication.translate(
        "errors",
        "%1 is not UTF-8 from line %2, column %3 on, and no encoding reads it with "
        "confidence; choose the encoding in the encoding picker, or save the file as UTF-8.",
    )
    return _fill(text, p.get("file", ""), p.get("line", "?"), p.get("column", "?"))


def _bad_address(p: Mapping[str, Any]) -> str:
    headers = {
        "From": QCoreApplication.translate("errors", "The sender (From)"),
        "Reply-To": QCoreApplication.translate("errors", "The reply-to address"),
        "To": QCoreApplication.translate("errors", "The recipient (To)"),
    }
    header = str(p.get("header", ""))
    text = QCoreApplication.translate(
        "errors", "%1 “%2” is not a valid e-mail address (like Name <name@example.com>)."
    )
    return _fill(text, headers.get(header, header), p.get("address", ""))


def _connection_failed(p: Mapping[str, Any]) -> str:
    problems = {
        "timeout": QCoreApplication.translate("errors", "no answer in time"),
        "refused": QCoreApplication.translate("errors", "the connection was refused"),
        "unknown_host": QCoreApplication.translate("errors", "the host name was not found"),
    }
    problem = str(p.get("problem", ""))
    text = QCoreApplication.translate(
        "errors",
        "Could not connect to %1 (%2); check the host, port and security settings. "
        "Sending is retried.",
    )
    return _fill(text, p.get("where", ""), problems.get(problem) or p.get("detail", ""))


def _listed(values: object) -> str:
    return ", ".join(map(str, values)) if isinstance(values, list) else str(values)


def _error_words() -> dict[ErrorCode, Callable[[Mapping[str, Any]], str]]:
    """Words per error code; each translates when called (in the current language)."""
    E = ErrorCode
    return {
        E.NO_KEYRING: lambda p: QCoreApplication.translate(
            "errors",
            "No usable system keyring was found, so the secret cannot be stored "
            "safely. Install and unlock one (GNOME Keyring or KWallet on Linux; "
            "Keychain on macOS and Credential Manager on Windows work out of the box), "
            "or use a named AWS profile (~/.aws/credentials) for SES, or the "
            "MAILER_SMTP_PASSWORD environment variable for SMTP.",
        ),
        E.KEYRING_FAILED: _keyring_failed,
        E.FILE_NOT_FOUND: lambda p: _fill(
            QCoreApplication.translate("errors", "%1 was not found."), p.get("path", "")
        ),
        E.FILE_UNREADABLE: _unreadable,
        E.FILE_IS_FOLDER: lambda p: _fill(
            QCoreApplication.translate("errors", "%1 is a folder, not a file."), p.get("path", "")
        ),
        E.FILE_EMPTY: lambda p: _fill(
            QCoreApplication.translate("errors", "%1 is empty."), p.get("file", "")
        ),
        E.ENCODING: _encoding,
        E.ENCODING_UNCERTAIN: lambda p: _fill(
            QCoreApplication.translate(
                "errors",
                "%1 is not UTF-8, and its encoding is uncertain: it could be %2; choose "
                "the encoding in the encoding picker, or save the file as UTF-8.",
            ),
            p.get("file", ""),
            _listed(p.get("candidates", [])),
        ),
        E.UNKNOWN_ENCODING: lambda p: _fill(
            QCoreApplication.translate(
                "errors",
                "“%1” is not a known encoding for %2; try utf-8, cp949, utf-16, cp1252, "
                "cp932, gb18030 or big5.",
            ),
            p.get("encoding", ""),
            p.get("file", ""),
        ),
        E.NO_EMAIL_COLUMN: lambda p: _fill(
            QCoreApplication.translate(
                "errors",
                "%1 has no e-mail column (a header such as “email” or “이메일”); its "
                "columns are: %2. Rename one or choose it in the e-mail column picker.",
            ),
            p.get("file", ""),
            _listed(p.get("columns", [])),
        ),
        E.EMPTY_HEADER: lambda p: _fill(
            QCoreApplication.translate(
                "errors", "%1: column %2 has no name in the first row; give it one."
            ),
            p.get("file", ""),
            p.get("column", ""),
        ),
        E.REPEATED_HEADER: lambda p: _fill(
            QCoreApplication.translate(
                "errors", "%1: column %2 has the same name as column %3 (“%4”); rename one."
            ),
            p.get("file", ""),
            p.get("column", ""),
            p.get("first", ""),
            p.get("name", ""),
        ),
        E.TITLE_ROWS: lambda p: _fill(
            QCoreApplication.translate(
                "errors",
                "%1: the first row is not the column names (a title?); they seem to be on "
                "row %2: %3. Delete the rows above them, save, and open the file again.",
            ),
            p.get("file", ""),
            p.get("row", ""),
            _listed([f"“{c}”" for c in p.get("columns", [])]),
        ),
        E.NO_DATA_ROWS: lambda p: _fill(
            QCoreApplication.translate("errors", "%1 has column names but no rows below them."),
            p.get("file", ""),
        ),
        E.OLD_EXCEL: lambda p: _fill(
            QCoreApplication.translate(
                "errors",
                "%1 is an old Excel 97-2003 (.xls) file; open it in Excel and save it as "
                "“Excel Workbook (.xlsx)” or CSV.",
            ),
            p.get("file", ""),
        ),
        E.WORKBOOK_AS_TEXT: lambda p: _fill(
            QCoreApplication.translate(
                "errors",
                "%1 is an Excel workbook with another file extension; rename it to .xlsx or "
                "save it as CSV.",
            ),
            p.get("file", ""),
        ),
        E.NOT_A_WORKBOOK: lambda p: _fill(
            QCoreApplication.translate(
                "errors",
                "%1 is not an Excel workbook (.xlsx); if it is a text table, rename it to .csv.",
            ),
            p.get("file", ""),
        ),
        E.BINARY_FILE: lambda p: _fill(
            QCoreApplication.translate(
                "errors", "%1 is not a table of recipients: it contains binary data."
            ),
            p.get("file", ""),
        ),
        E.DAMAGED_WORKBOOK: lambda p: _fill(
            QCoreApplication.translate(
                "errors",
                "%1 is a damaged Excel workbook (%2); open it in Excel and save it again.",
            ),
            p.get("file", ""),
            p.get("detail", ""),
        ),
        E.EMPTY_SHEET: lambda p: _fill(
            QCoreApplication.translate("errors", "The sheet “%2” of %1 is empty."),
            p.get("file", ""),
            p.get("sheet", ""),
        ),
        E.CREDENTIALS: lambda p: _fill(
            QCoreApplication.translate(
                "errors",
                "%1 refused the sign-in (%2): check the access key or the user name and "
                "password in the profile (SES SMTP credentials differ from API keys).",
            ),
            p.get("where", ""),
            p.get("detail", ""),
        ),
        E.NO_CREDENTIALS: lambda p: _fill(
            QCoreApplication.translate(
                "errors",
                "No AWS credentials were found for %1; store an access key pair in the "
                "profile, or name an AWS profile.",
            ),
            p.get("where", ""),
        ),
        E.SENDING_PAUSED: lambda p: _fill(
            QCoreApplication.translate(
                "errors",
                "%1 stopped sending: sending is paused for this account or configuration "
                "set. Check the bounce and complaint rates, then resume sending in the "
                "SES console.",
            ),
            p.get("where", ""),
        ),
        E.THROTTLED: lambda p: _fill(
            QCoreApplication.translate(
                "errors", "%1 is limiting the sending rate; slowing down and retrying."
            ),
            p.get("where", ""),
        ),
        E.BAD_ADDRESS: _bad_address,
        E.CONNECTION_FAILED: _connection_failed,
        E.RECIPIENT_REJECTED: lambda p: _fill(
            QCoreApplication.translate(
                "errors", "%1 refused the message to %2 (the server said: “%3”)."
            ),
            p.get("where", ""),
            p.get("recipient", ""),
            p.get("reply", ""),
        ),
        E.UNDEFINED_VARIABLE: _undefined_variable,
        E.NO_REGION: lambda p: _fill(
            QCoreApplication.translate(
                "errors",
                "Profile “%1” has no AWS region; set one in the profile or in AWS_REGION "
                "(e.g. us-east-1).",
            ),
            p.get("profile", ""),
        ),
        E.NOT_AN_ADDRESS: lambda p: _fill(
            QCoreApplication.translate(
                "errors", "“%1” is not an e-mail address; nothing was added."
            ),
            p.get("text", ""),
        ),
        E.ATTACHMENT_MISSING: lambda p: _fill(
            QCoreApplication.translate(
                "errors",
                "The attachment %1 for this row is not in %2; add the file, or skip rows "
                'whose file is missing (missing_attachment = "skip" in template.toml).',
            ),
            p.get("file", ""),
            p.get("folder", ""),
        ),
        E.MESSAGE_TOO_LARGE: lambda p: _fill(
            QCoreApplication.translate(
                "errors",
                "This message is %1 MB with its attachments; Amazon SES sends at most %2 MB "
                "per message. Make the attachments smaller or link to them instead.",
            ),
            f"{int(p.get('size', 0)) / 1e6:.1f}",
            f"{int(p.get('limit', 0)) / 1e6:.0f}",
        ),
        E.QUOTA_USED_UP: lambda p: _fill(
            QCoreApplication.translate(
                "errors",
                "%1: the daily sending quota is used up; sending resumes as the 24-hour "
                "window frees up.",
            ),
            p.get("where", ""),
        ),
    }


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
