"""Interface language: Chinese is the source language; English comes from a compiled translation.

The language follows the system locale unless the clerk chose one in Preferences (QSettings
"ui/language": "system", "zh_CN" or "en"); `--lang` on the command line overrides both.  Qt's own
strings (standard buttons, file chooser) are translated too, from Qt's qtbase catalogue.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLibraryInfo, QLocale, QTranslator
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


def qt_translation_folders() -> list[Path]:
    """Where Qt's own catalogues may be: Qt's translations folder, PySide6's, and licdesk's i18n folder."""
    folders = [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]
    import PySide6

    folders.append(Path(PySide6.__file__).parent / "Qt" / "translations")
    own = translation_path(f"licdesk_{LANGUAGES[0]}.qm")
    if own is not None:
        folders.append(own.parent)  # a bundle may carry qtbase_zh_CN.qm beside licdesk's own
    return folders


# Qt's own strings that its Chinese catalogue lacks: the file chooser's labels gained their mnemonics
# (&Look in:) after qtbase_zh_CN.qm was last brought up to date, so they showed in English. The Chinese
# words are licdesk's source strings (and so in its catalogues); only the Chinese desk needs them.
_QT_SUPPLEMENT = {
    "zh_CN": {
        ("QFileDialog", "&Look in:"): QT_TRANSLATE_NOOP("QtStringsSupplement", "查找范围(&L)："),
        ("QFileDialog", "Files of &type:"): QT_TRANSLATE_NOOP("QtStringsSupplement", "文件类型(&T)："),
        ("QFileSystemModel", "Computer"): QT_TRANSLATE_NOOP("QtStringsSupplement", "计算机"),
        ("QFileDialog", "Computer"): QT_TRANSLATE_NOOP("QtStringsSupplement", "计算机"),
    },
}


class QtStringsSupplement(QTranslator):
    """The few Qt strings its catalogue for the language misses; asked only when no catalogue has them."""

    def __init__(self, language: str, parent: QApplication | None = None) -> None:
        super().__init__(parent)
        self.strings = _QT_SUPPLEMENT.get(language, {})

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return not self.strings

    def translate(self, context: str, source: str, disambiguation: str | None = None,  # type: ignore[override]
                  n: int = -1) -> str | None:
        # None, not "": an empty string counts as a translation and would stop Qt asking the others.
        return self.strings.get((context, source))


def _qt_strings(app: QApplication, locale: QLocale, language: str) -> QTranslator | None:
    """Qt's own strings (the file chooser's 查找范围, 文件类型, the message boxes' buttons) in `language`."""
    for folder in qt_translation_folders():
        qt = QTranslator(app)
        # qtbase_zh_CN.qm by the locale's names (zh_Hans_CN, zh_CN …), else by the plain file name.
        if qt.load(locale, "qtbase", "_", str(folder)) or qt.load(f"qtbase_{language}.qm", str(folder)):
            return qt
    return None


def install_translator(app: QApplication, language: str | None = None) -> str:
    """Install Qt's and licdesk's strings for the language; returns the language in use."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    language = chosen_language(language)
    locale = QLocale(QLocale.Language.Chinese, QLocale.Country.China) if language == "zh_CN" else QLocale(
        QLocale.Language.English, QLocale.Country.UnitedStates)
    QLocale.setDefault(locale)
    supplement = QtStringsSupplement(language, app)
    if not supplement.isEmpty():  # installed first, so the catalogues below are asked before it
        app.installTranslator(supplement)
        _installed.append(supplement)
    qt = _qt_strings(app, locale, language)
    if qt is not None:
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
