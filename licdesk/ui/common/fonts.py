"""The bundled CJK fonts, registered with Qt so Chinese renders the same on every computer."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtGui import QFont, QFontDatabase

from licdesk.paths import resource_path

# Simplified-Chinese faces first: the .ttc files also hold Taiwan / Hong Kong variants.
_DOCUMENT_PREFERENCE = ("AR PL UMing CN", "AR PL UMing TW", "AR PL UMing HK")
_UI_PREFERENCE = ("WenQuanYi Micro Hei",)


class BundledFonts(NamedTuple):
    document: str  # Song/Ming face for the paper-like panes
    ui: str  # sans face for menus, tables and dialogs


_ui_family: str | None = None
_document_family: str | None = None


def _add(file_name: str, preference: tuple[str, ...]) -> str:
    try:
        path = resource_path("fonts", file_name)
    except FileNotFoundError:
        return ""
    font_id = QFontDatabase.addApplicationFont(str(path))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    for wanted in preference:
        if wanted in families:
            return wanted
    return families[0] if families else ""


def register_ui_font() -> str:
    """Register the sans face of menus and tables once (needs a QGuiApplication); its family name."""
    global _ui_family
    if _ui_family is None:
        _ui_family = _add("wqy-microhei.ttc", _UI_PREFERENCE)
    return _ui_family


def register_bundled_fonts() -> BundledFonts:
    """Register both fonts once (needs a QGuiApplication); later calls return the same families.

    The desk's start needs only the UI face (register_ui_font); the Song/Ming face of the paper-like
    panes is registered when they are first built.
    """
    global _document_family
    ui = register_ui_font()
    if _document_family is None:
        _document_family = _add("uming.ttc", _DOCUMENT_PREFERENCE)
    return BundledFonts(document=_document_family or ui, ui=ui)


def document_font(point_size: float = 12.0) -> QFont:
    """The Song/Ming font of the certificate and the provisions."""
    fonts = register_bundled_fonts()
    font = QFont(fonts.document or fonts.ui)
    font.setPointSizeF(point_size)
    # Latin digits and letters inside the Chinese text fall back to the sans face, not a random one.
    if fonts.ui:
        font.setFamilies([f for f in (fonts.document, fonts.ui) if f])
    return font


def ui_font(point_size: float | None = None) -> QFont:
    family = register_ui_font()
    font = QFont(family) if family else QFont()
    if point_size:
        font.setPointSizeF(point_size)
    return font
