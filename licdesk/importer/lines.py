"""Lines of a license text, and the layout noise that is not part of the license.

Each line keeps its text as written (for output) and a *key*: NFKC-normalised with white space
removed, so that full- and half-width punctuation and OCR spacing match the same patterns.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from licdesk.domain import numbers
from licdesk.importer.noise import mend_number


@dataclass
class Line:
    index: int  # 1-based line number in the source, for warnings and highlighting
    text: str  # as written, trimmed, markdown heading marks removed
    key: str  # normalised for matching

    def __bool__(self) -> bool:
        return bool(self.key)


_FULL_WIDTH_ASCII = re.compile(r"[\uff01-\uff5e]")


def nfkc(text: str) -> str:
    """unicodedata.normalize("NFKC", text), several times faster on license text.

    The only compatibility characters a license text usually holds are full-width ASCII forms
    (，：（）１２): those are mapped directly; the full normalisation runs only if anything else is left.
    Mapping them first is one step of NFKC's own decomposition, so the result is the same.
    """
    mapped = _FULL_WIDTH_ASCII.sub(lambda m: chr(ord(m.group()) - 0xFEE0), text)
    return mapped if unicodedata.is_normalized("NFKC", mapped) else unicodedata.normalize("NFKC", mapped)


def make_key(text: str) -> str:
    return re.sub(r"\s+", "", nfkc(text))


_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+")
_MARKDOWN_BOLD = re.compile(r"^\*\*(.+)\*\*$")


def split_lines(text: str) -> list[Line]:
    return make_lines(enumerate(text.split("\n"), start=1))


def make_lines(numbered: Iterable[tuple[int, str]]) -> list[Line]:
    """Lines from (line number, text) pairs; the numbers are the source's, for warnings."""
    pairs = [(index, raw.replace("\u3000", " ").replace("\ufeff", "")) for index, raw in numbered]
    raw_lines = [raw for _, raw in pairs]
    # Normalising the whole text at once is several times faster than line by line; no compatibility
    # form adds or removes a line break, so the lines still pair up.
    normal_lines = nfkc("\n".join(raw_lines)).split("\n")
    if len(normal_lines) != len(raw_lines):  # pragma: no cover - kept safe for any input
        normal_lines = [unicodedata.normalize("NFKC", line) for line in raw_lines]
    out = []
    for (index, raw), normal in zip(pairs, normal_lines):
        clean = raw.strip()
        if clean[:1] in ("#", "*"):
            stripped = _MARKDOWN_BOLD.sub(r"\1", _MARKDOWN_HEADING.sub("", clean))
            if stripped != clean:
                clean, normal = stripped, unicodedata.normalize("NFKC", stripped)
        out.append(Line(index, clean, "".join(normal.split())))
    return out


# -- noise -------------------------------------------------------------------------------------
_PAGE_NUMBER = re.compile(
    r"^(?:[-—–_]*\d{1,4}[-—–_]*|第\d{1,4}页(?:共\d{1,4}页)?|\d{1,4}/\d{1,4}|page\d{1,4}(?:of\d{1,4})?|[-—–]+\d{1,4}[-—–]+)$",
    re.IGNORECASE,
)
# 年 月 日 stamp lines, alone or several on a line, possibly with a date filled in.
_STAMP_DATES = re.compile(r"^(?:(?:\d{4})?年(?:\d{1,2})?月(?:\d{1,2})?日)+$")
_SIGNATURE = re.compile(r"(?:司\(局\)负责人|司局负责人|公司代表[:：]?|经办人[:：])")
_NUMBER_ONLY = re.compile(rf"^(?:经营许可证编号:?)?(?:{numbers.NUMBER_IN_TEXT.pattern})$")


def is_page_number(line: Line) -> bool:
    return bool(_PAGE_NUMBER.match(line.key))


def is_stamp_line(line: Line) -> bool:
    """发证机关（盖章） alone, or 年 月 日 placeholders (optionally with a handwritten date)."""
    key = line.key
    if _STAMP_DATES.match(key):
        # A lone filled-in date may be a field's value on the next line; a blank 年月日 is always a stamp.
        return "年月日" in key
    return key in ("发证机关(盖章)", "(盖章)", "盖章", "发证机关(章)", "(印章处)", "(盖章处)", "印章处")


def is_signature_line(line: Line) -> bool:
    return bool(_SIGNATURE.search(line.key))


def is_number_header(line: Line) -> bool:
    """The repeated page header: 经营许可证编号：京B2-…, the bare label, or the bare number."""
    key = line.key
    # A scan's header may read 京B2-2019602l: the serial is mended before it is matched.
    if key in ("经营许可证编号:", "经营许可证编号", "许可证编号:") or _NUMBER_ONLY.match(key):
        return True
    return len(key) <= 40 and "-" in key and bool(_NUMBER_ONLY.match(mend_number(key)))


def is_provisions_heading(line: Line) -> bool:
    return line.key in ("特别规定事项", "《特别规定事项》", "特别规定事项:", "附件:特别规定事项", "经营许可证特别规定事项")


def is_page_noise(line: Line) -> bool:
    """Lines that belong to the page, not to the license: removed wherever they stand."""
    return is_page_number(line) or is_stamp_line(line) or is_signature_line(line) or is_number_header(line)


# -- joining ---------------------------------------------------------------------------------
def _is_ascii_word_char(char: str) -> bool:
    return char.isascii() and char.isalnum()


def join_text(left: str, right: str) -> str:
    """Join two pieces of one paragraph broken by a line or page break.

    Chinese has no spaces between words, so the pieces meet directly; two Latin words get a space.
    """
    if not left:
        return right
    if not right:
        return left
    # Only the characters where the pieces meet are looked at: a paragraph grows line by line, and
    # searching all of it for every joined line made long texts quadratic.
    if _is_ascii_word_char(left[-1]) and _is_ascii_word_char(right[0]):
        return f"{left} {right}"
    return left + right


class Paragraph:
    """The pieces of one paragraph, joined once when read: adding a line costs the line, not the paragraph.

    A paragraph can run over many thousand lines (a long clause, a text with no full stop); growing one
    string line by line would copy it each time.
    """

    def __init__(self, first: str = "") -> None:
        self._parts: list[str] = []
        self._text: str | None = None
        self.add(first)

    def add(self, piece: str) -> None:
        if not piece:
            return
        if self._parts and _is_ascii_word_char(self._parts[-1][-1]) and _is_ascii_word_char(piece[0]):
            self._parts.append(" ")
        self._parts.append(piece)
        self._text = None

    @property
    def text(self) -> str:
        if self._text is None:
            self._text = "".join(self._parts)
            self._parts = [self._text] if self._text else []
        return self._text

    def last_piece(self) -> str:
        return self._parts[-1] if self._parts else ""

    def __bool__(self) -> bool:
        return bool(self._parts)
