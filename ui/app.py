"""``bulk-mailer``: start the desktop app.

Order matters: WebEngine must be imported and OpenGL contexts shared before the
QApplication exists; translators are installed before any widget is built.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import sys
from collections.abc import Sequence

from ui import __version__


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="bulk-mailer", description="Send newsletter campaigns through Amazon SES."
    )
    parser.add_argument("--version", action="version", version=f"bulk-mailer {__version__}")
    parser.add_argument("--language", choices=("system", "en", "ko"), help="UI language")
    parser.add_argument("--settings", help="use this settings file instead of the default")
    parser.add_argument(
        "--self-check",
        action="store_true",
        help="open the window, preview and send one example message to a temporary "
        "outbox, then exit (0 = works); use with QT_QPA_PLATFORM=offscreen",
    )
    return parser.parse_known_args(list(argv))[0]  # the rest is Qt's (-style, -platform)


def prepare_qt() -> None:
    """Process-wide Qt set-up that must happen before the QApplication is created."""
    from PySide6.QtCore import QCoreApplication, Qt

    # WebEngine must be loaded before QApplication; the preview falls back without it.
    with contextlib.suppress(ImportError):
        import PySide6.QtWebEngineWidgets  # noqa: F401
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    QCoreApplication.setOrganizationName("BulkMailer")
    QCoreApplication.setOrganizationDomain("bulkmailer.app")
    QCoreApplication.setApplicationName("Bulk Mailer")
    QCoreApplication.setApplicationVersion(__version__)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    # The self-check writes only to a temporary folder: set that up before logging/Qt.
    check_root = None
    if args.self_check:
        from ui import self_check

        check_root = self_check.isolate()
    from mailer import logs

    log_file = logs.setup()
    logging.getLogger("ui.app").info("Bulk Mailer %s starting, log %s", __version__, log_file)
    prepare_qt()
    from PySide6.QtWidgets import QApplication

    from ui import i18n, prefs
    from ui.errors import install_excepthook, show_error
    from ui.resources import app_icon

    app = QApplication.instance() or QApplication([sys.argv[0], *sys.argv[1:]])
    assert isinstance(app, QApplication)
    app.setDesktopFileName("bulk-mailer")
    app.setWindowIcon(app_icon())  # every window and the taskbar entry inherit it
    i18n.install(app, args.language or prefs.language())
    install_excepthook()
    from ui.gc_guard import MainThreadCollector

    collector = MainThreadCollector(app)  # never free a Qt object on a pool thread
    if check_root is not None:
        return self_check.run(app, check_root)

    from mailer import Settings
    from mailer.errors import MailerError
    from ui.context import AppContext
    from ui.main_window import MainWindow

    try:
        settings = Settings.load(args.settings)
    except MailerError as exc:  # a broken settings file: say so, start with the defaults
        show_error(None, exc)
        settings = Settings()
    window = MainWindow(AppContext(settings))
    window.show()
    try:
        return app.exec()
    finally:
        collector.stop()


if __name__ == "__main__":
    raise SystemExit(main())


def run() -> None:
    """The `bulk-mailer` entry point: main(), then leave without the final garbage
    collection. PySide6 6.12 sometimes aborts there ("bool_dealloc", a refcount bug in
    the bindings) after a send; by now every journal write is committed, so skipping
    it loses nothing and spares the user a crash report on quit."""
    code = main()
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)
