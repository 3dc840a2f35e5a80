"""The two embedded typefaces of the printed certificate, registered once per process.

The main face is AR PL UMing CN (Song/Ming style, like the government original); characters it
lacks fall back to WenQuanYi Micro Hei.  Both are TrueType-outline fonts, so reportlab embeds a
subset of each in the PDF; the built-in CID fonts (STSong-Light) are never used, because a reader
without Adobe's CJK data shows them as blank pages.
"""

from __future__ import annotations

import threading

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from licdesk.paths import resource_path

MAIN_FONT = "LicdeskMing"
FALLBACK_FONT = "LicdeskHei"

# uming.ttc holds four faces (CN, HK, TW, TW MBE); index 0 is "AR PL UMing CN", whose glyph
# shapes follow the mainland standard.
_MAIN_FILE = ("fonts", "uming.ttc", 0)
_FALLBACK_FILE = ("fonts", "wqy-microhei.ttc", 0)

_lock = threading.Lock()
_loaded: dict[str, TTFont] = {}


def _register(name: str, spec: tuple[str, str, int]) -> TTFont:
    folder, filename, index = spec
    font = TTFont(name, str(resource_path(folder, filename)), subfontIndex=index)
    pdfmetrics.registerFont(font)
    return font


def main_font() -> str:
    """The registered name of the main face, loading it on first use."""
    with _lock:
        if MAIN_FONT not in _loaded:
            _loaded[MAIN_FONT] = _register(MAIN_FONT, _MAIN_FILE)
    return MAIN_FONT


def fallback_font() -> str:
    """The registered name of the fallback face, loading it on first use (most texts never need it)."""
    with _lock:
        if FALLBACK_FONT not in _loaded:
            _loaded[FALLBACK_FONT] = _register(FALLBACK_FONT, _FALLBACK_FILE)
    return FALLBACK_FONT


def main_chars() -> dict[int, int]:
    """The main face's character map (code point → glyph)."""
    main_font()
    return _loaded[MAIN_FONT].face.charToGlyph


def fallback_chars() -> dict[int, int]:
    """The fallback face's character map (code point → glyph)."""
    fallback_font()
    return _loaded[FALLBACK_FONT].face.charToGlyph


def load_fonts() -> None:
    """Register both faces now (e.g. before timing a render, or at start-up on a worker thread)."""
    main_font()
    fallback_font()
