"""The first pass: any input text → the stream of lines the section readers work on.

Whatever shape the text came in — markdown with bold labels and `|` tables, a Word table saved with
tabs, an annex table laid out with spaces, pages with their banners and footers — it leaves this pass
as one kind of stream: `label：value` lines for fields, one line per service, labelled lines per
website, paragraphs, and no page furniture.  The readers then never need to know where a text came from.
"""

from __future__ import annotations

import re

from licdesk.importer.furniture import remove_furniture
from licdesk.importer.lines import Line, make_lines
from licdesk.importer.tables import TableReader

_INLINE_BOLD = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")


def read_blocks(text: str) -> tuple[list[Line], list[str]]:
    """The lines of `text` for the readers, and a warning for each kind of page furniture removed."""
    tables = TableReader()
    # A form feed starts a page (pdftotext); the page's own lines follow it.
    for index, raw in enumerate(text.replace("\f", "").split("\n"), start=1):
        if "**" in raw or "__" in raw:
            raw = _INLINE_BOLD.sub(r"\2", raw)
        tables.feed(index, raw)
    return remove_furniture(make_lines(tables.finish()))
