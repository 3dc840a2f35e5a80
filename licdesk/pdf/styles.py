"""Paragraph styles of the printed certificate: one Song/Ming face, sizes of an official document."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import textsplit
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import TableStyle

from licdesk.pdf import fonts

INK = (0.08, 0.08, 0.08)

# Chinese punctuation that must never begin a line.  reportlab's line breaker keeps such a character
# on the line before (hanging in the margin, as Chinese typesetting does), but its list lacks the
# full-width forms used in Chinese text; add them once.
_NO_LINE_START = "，；：！？》」』”’）】〕〗〙·…—％"
if not set(_NO_LINE_START) <= set(textsplit.ALL_CANNOT_START):
    textsplit.ALL_CANNOT_START += "".join(c for c in _NO_LINE_START if c not in textsplit.ALL_CANNOT_START)


@dataclass(frozen=True)
class Styles:
    preamble: ParagraphStyle
    number: ParagraphStyle
    label: ParagraphStyle
    value: ParagraphStyle
    value_small: ParagraphStyle
    heading: ParagraphStyle
    annex_title: ParagraphStyle
    body: ParagraphStyle
    cell: ParagraphStyle
    cell_right: ParagraphStyle
    small: ParagraphStyle
    header: ParagraphStyle


def _style(name: str, size: float, leading: float, **extra) -> ParagraphStyle:
    # wordWrap "CJK" lets a line break between any two characters, as Chinese typesetting does;
    # it also breaks long domain names and Latin runs that would otherwise run off the page.
    return ParagraphStyle(
        name, fontName=fonts.main_font(), fontSize=size, leading=leading, wordWrap="CJK",
        textColor=INK, **extra,
    )


def build_styles() -> Styles:
    return Styles(
        preamble=_style("preamble", 12.5, 23, firstLineIndent=25, alignment=TA_JUSTIFY),
        number=_style("number", 13, 18, alignment=TA_CENTER),
        label=_style("label", 12.5, 20, alignment=TA_LEFT),
        value=_style("value", 12.5, 20, alignment=TA_LEFT),
        value_small=_style("value_small", 11, 17, alignment=TA_LEFT),
        heading=_style("heading", 12.5, 22, firstLineIndent=25, alignment=TA_JUSTIFY, spaceAfter=8),
        annex_title=_style("annex_title", 17, 26, alignment=TA_CENTER),
        body=_style("body", 11, 19.5, firstLineIndent=22, alignment=TA_JUSTIFY, spaceAfter=3),
        cell=_style("cell", 11, 18, alignment=TA_LEFT),
        cell_right=_style("cell_right", 11, 18, alignment=TA_RIGHT),
        small=_style("small", 9, 13, alignment=TA_LEFT),
        header=_style("header", 9, 11, alignment=TA_LEFT),
    )


def table_style(commands: list[tuple]) -> TableStyle:
    """A TableStyle in the embedded face: a Table sets its cell font even for Paragraph cells, and
    left at its default that would name Helvetica, a font no PDF of ours may depend on."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), fonts.main_font()), *commands])
