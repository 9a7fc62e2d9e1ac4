"""Picks the UI language and installs Qt's translators.

The language comes from the settings ("system" follows the system locale). A change
takes effect at the next start: the app offers to restart (no live retranslation,
so no widget needs a retranslateUi method).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

HERE = Path(__file__).resolve().parent
CATALOGUE = "bulk_mailer"
SUPPORTED = ("en", "ko")

_installed: list[QTranslator] = []


def resolve_language(setting: str, system: QLocale | None = None) -> str:
    """ "system" -> the first supported UI language of the system locale, else English."""
    if setting in SUPPORTED:
        return setting
    locale = system or QLocale.system()
    for name in locale.uiLanguages():
        code = name.split("-")[0].split("_")[0].lower()
        if code in SUPPORTED:
            return code
    return "en"


def install(app: QCoreApplication, language: str) -> str:
    """Install the app's and Qt's own translations for ``language``; return the code used."""
    from ui.i18n.build import ensure_compiled

    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    code = resolve_language(language)
    QLocale.setDefault(QLocale(code))
    if code == "en":
        return code
    ensure_compiled()
    ours = QTranslator(app)
    if ours.load(str(HERE / f"{CATALOGUE}_{code}.qm")):
        app.installTranslator(ours)
        _installed.append(ours)
    # Qt's own strings (standard buttons, file dialogs) in the same language.
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    base = QTranslator(app)
    if base.load(QLocale(code), "qtbase", "_", qt_dir):
        app.installTranslator(base)
        _installed.append(base)
    return code
