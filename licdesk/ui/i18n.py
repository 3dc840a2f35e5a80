"""Interface language: Chinese is the source language; English comes from a compiled translation.

The language follows the system locale unless the clerk chose one in Preferences (QSettings
"ui/language": "system", "zh_CN" or "en"); `--lang` on the command line overrides both.  Qt's own
strings (standard buttons, file chooser) are translated too, from Qt's qtbase catalogue.
"""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from licdesk.paths import translation_path

LANGUAGES = ("zh_CN", "en")
_installed: list[QTranslator] = []  # translators must outlive the call that installs them


def chosen_language(override: str | None = None) -> str:
    """zh_CN or en: the command line, else the saved preference, else the system locale."""
    from licdesk.ui import settings as options

    wanted = override or options.Settings().get(options.LANGUAGE) or "system"
    if wanted in ("zh", "zh_CN"):
        return "zh_CN"
    if wanted == "en":
        return "en"
    system = QLocale.system().language()
    # Chinese by default: only a system that speaks another real language gets English.
    if system in (QLocale.Language.Chinese, QLocale.Language.C, QLocale.Language.AnyLanguage):
        return "zh_CN"
    return "en"


def install_translator(app: QApplication, language: str | None = None) -> str:
    """Install Qt's and licdesk's strings for the language; returns the language in use."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    language = chosen_language(language)
    locale = QLocale(QLocale.Language.Chinese, QLocale.Country.China) if language == "zh_CN" else QLocale(
        QLocale.Language.English, QLocale.Country.UnitedStates)
    QLocale.setDefault(locale)
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    own_file = translation_path(f"licdesk_{language}.qm")
    own = QTranslator(app)
    if own_file is not None and own.load(str(own_file)):
        app.installTranslator(own)
        _installed.append(own)
    elif language != "zh_CN":
        return "zh_CN"  # no compiled translation: the Chinese source strings show
    return language
