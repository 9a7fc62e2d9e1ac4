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
_current = "en"


def current() -> str:
    """The language code installed last ("en" until ``install`` chose another)."""
    return _current


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
    global _current
    _current = code
    QLocale.setDefault(QLocale(code))
    if code == "en":
        return code
    ensure_compiled()
    ours = QTranslator(app)
    if ours.load(str(HERE / f"{CATALOGUE}_{code}.qm")):
        app.installTranslator(ours)
        _installed.append(ours)
    # Qt's own strings (standard buttons, Qt's file dialog) in the same language.
    base = QTranslator(app)
    if any(base.load(QLocale(code), "qtbase", "_", folder) for folder in qt_translations()):
        app.installTranslator(base)
        _installed.append(base)
    return code


def qt_gaps() -> tuple[str, ...]:
    """Strings of Qt's own file dialog that Qt's Korean catalogue (PySide6's qtbase_ko)
    lacks: Qt 6 asks for "&Look in:" and "Files of &type:", the catalogue has the older
    "Look in:". Written here, under Qt's context, so lupdate puts them in ours, which Qt
    asks too; a test opens the dialog in Korean."""
    return (
        QCoreApplication.translate("QFileDialog", "&Look in:"),
        QCoreApplication.translate("QFileDialog", "Files of &type:"),
    )


def qt_translations() -> list[str]:
    """Where Qt's own catalogues (qtbase_ko.qm) may be: Qt's configured translations
    folder, then the one inside the PySide6 package (a distro Qt or a frozen build may
    point the first somewhere without them)."""
    folders = [QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)]
    import PySide6

    for root in getattr(PySide6, "__path__", []):
        folder = str(Path(root) / "Qt" / "translations")
        if folder not in folders:
            folders.append(folder)
    return folders
