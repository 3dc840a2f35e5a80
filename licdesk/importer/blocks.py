"""The first pass: any input text → the stream of lines the section readers work on.

Whatever shape the text came in — markdown with bold labels and `|` tables, a Word table saved with
tabs, an annex table laid out with spaces, pages with their banners and footers — it leaves this pass
as one kind of stream: `label：value` lines for fields, one line per service, labelled lines per
website, paragraphs, and no page furniture.  The readers then never need to know where a text came from.
"""

from __future__ import annotations

import re

from licdesk.importer.errors import NotALicenseError
from licdesk.importer.furniture import remove_furniture
from licdesk.importer.lines import Line, make_lines
from licdesk.importer.tables import TableReader

_INLINE_BOLD = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")


# A license text has a few hundred lines; one of 30,000 clauses some 30,000.  Far more is not a license
# text, and reading it line by line would keep a clerk waiting.
MAX_LINES = 50_000


def read_blocks(text: str) -> tuple[list[Line], list[str]]:
    """The lines of `text` for the readers, and a warning for each kind of page furniture removed."""
    raw_lines = text.replace("\f", "").split("\n")  # a form feed starts a page (pdftotext)
    _refuse_too_many(len(raw_lines))
    tables = TableReader()
    for index, raw in enumerate(raw_lines, start=1):
        if "**" in raw or "__" in raw:
            raw = _INLINE_BOLD.sub(r"\2", raw)
        tables.feed(index, raw)
    numbered = tables.finish()
    _refuse_too_many(len(numbered))  # a table's rows become several lines each
    return remove_furniture(make_lines(numbered))


def _refuse_too_many(count: int) -> None:
    if count > MAX_LINES:
        raise NotALicenseError(
            f"文本行数过多（{count:,} 行），不像许可证文本（许可证文本通常只有几百行）",
            f"the text has too many lines ({count:,}) for a license text (usually a few hundred)",
        )
