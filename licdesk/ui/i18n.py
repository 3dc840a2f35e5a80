"""Interface language: Chinese is the source language; English loads a .qm when one is shipped."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from licdesk.paths import resource_path

_installed: list[QTranslator] = []  # translators must outlive the call that installs them


def install_translator(app: QApplication, language: str = "zh") -> bool:
    """Install Qt's own strings for the language, and licdesk's when a translation file exists."""
    locale = QLocale(QLocale.Language.Chinese, QLocale.Country.China) if language == "zh" else QLocale(
        QLocale.Language.English)
    QLocale.setDefault(locale)
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    if language == "zh":
        return True
    own = QTranslator(app)
    for root in ("i18n", "translations"):
        try:
            path = resource_path(root, f"licdesk_{language}.qm")
        except FileNotFoundError:
            continue
        if own.load(str(path)):
            app.installTranslator(own)
            _installed.append(own)
            return True
    return False
