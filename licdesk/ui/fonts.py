"""The bundled CJK fonts, registered with Qt so Chinese renders the same on every computer."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QFont, QFontDatabase

from licdesk.paths import resource_path

# Simplified-Chinese faces first: the .ttc files also hold Taiwan / Hong Kong variants.
_DOCUMENT_PREFERENCE = ("AR PL UMing CN", "AR PL UMing TW", "AR PL UMing HK")
_UI_PREFERENCE = ("WenQuanYi Micro Hei",)


@dataclass(frozen=True)
class BundledFonts:
    document: str  # Song/Ming face for the paper-like panes
    ui: str  # sans face for menus, tables and dialogs


_registered: BundledFonts | None = None


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


def register_bundled_fonts() -> BundledFonts:
    """Register both fonts once (needs a QGuiApplication); later calls return the same families."""
    global _registered
    if _registered is None:
        ui = _add("wqy-microhei.ttc", _UI_PREFERENCE)
        document = _add("uming.ttc", _DOCUMENT_PREFERENCE)
        _registered = BundledFonts(document=document or ui, ui=ui)
    return _registered


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
    fonts = register_bundled_fonts()
    font = QFont(fonts.ui) if fonts.ui else QFont()
    if point_size:
        font.setPointSizeF(point_size)
    return font
