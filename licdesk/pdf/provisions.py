"""The special provisions (特别规定事项): the introduction, then the clause tree in the document's words.

The number and the heading repeated on every page are drawn by the page template (pages.py);
this module only lays out the text.
"""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph

from licdesk.domain.model import Clause, License
from licdesk.pdf.styles import Styles
from licdesk.pdf.text import Markup

# Each level of the tree is set in this much further (in font sizes).
INDENT_PER_LEVEL = 2.0


def clause_text(clause: Clause) -> str:
    """The clause as the paper prints it: label, （适用于…） when it applies to one service, text."""
    scope = f"（适用于{clause.applies_to}）" if clause.applies_to else ""
    return f"{clause.label}{scope}{clause.text}"


def story(lic: License, styles: Styles, markup: Markup) -> list[Flowable]:
    flow: list[Flowable] = []
    if lic.provisions_intro:
        flow.append(Paragraph(markup(lic.provisions_intro), styles.body))
    by_level: dict[int, ParagraphStyle] = {0: styles.body}
    for path, clause in lic.walk_clauses():
        level = len(path) - 1
        if level not in by_level:
            indent = styles.body.fontSize * INDENT_PER_LEVEL * level
            by_level[level] = styles.body.clone(f"clause{level}", leftIndent=indent)
        flow.append(Paragraph(markup(clause_text(clause)), by_level[level]))
    return flow
