"""The special provisions (特别规定事项): numbered lines → a clause tree of any depth.

Numbering styles nest in the order the document introduces them (一、 → （一） → 1. → (1) → ①),
so the tree is built with a stack of styles rather than fixed levels.  A line that only looks like
a label (a paragraph continued after a page break that happens to start with "1.") is told apart
by the numbering sequence: a label must continue its style's count.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from licdesk.domain.model import Clause
from licdesk.domain.numerals import from_chinese, to_chinese
from licdesk.domain.reading_notes import note
from licdesk.importer.lines import Line, Paragraph, make_key

# Clause numerals are read and written by the one reader of Chinese numerals.
cn_to_int = from_chinese
_cn_numeral = to_chinese


_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"

# A Chinese numeral of up to five characters; OCR may leave a space inside it (十 一、, （十 二）).
_SPACED_CN = r"[一二三四五六七八九十百零〇](?:[ \t]?[一二三四五六七八九十百零〇]){0,4}"

# (style, pattern on the line as written).  Full- and half-width brackets and separators both count.
_LABEL_STYLES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("cn", re.compile(rf"^\s*(?P<num>{_SPACED_CN})\s*[、，,.．]\s*")),
    ("cn_paren", re.compile(rf"^\s*[(（]\s*(?P<num>{_SPACED_CN})\s*[)）]\s*[、，,.．]?\s*")),
    ("arabic", re.compile(r"^\s*(?P<num>\d{1,3})\s*(?:[、]|[.．](?!\d))\s*")),
    ("arabic_paren", re.compile(r"^\s*[(（]\s*(?P<num>\d{1,3})\s*[)）]\s*")),
    ("circled", re.compile(rf"^\s*(?P<num>[{_CIRCLED}])\s*")),
)
_APPLIES_TO = re.compile(r"^\s*[:：,，.、]?\s*[(（【\[]\s*适用于\s*(?P<what>[^()（）【】\[\]]+?)\s*[)）】\]]\s*")


@dataclass
class _Label:
    style: str
    number: int
    label: str  # as written, trimmed (十五、 / （三）)
    rest: str  # the line after the label
    damaged: bool = False  # read from a label OCR mangled: accepted only where the count expects it


# OCR loses the 、 after a numeral (二你公司…) or the numeral itself (、你公司…).  Clauses of these
# licenses open with 你公司, which makes the damaged forms recognisable.
_DAMAGED_CN = re.compile(r"^\s*(?P<num>[一二三四五六七八九十]{1,3})(?=你公司)")
_DAMAGED_NO_NUMERAL = re.compile(r"^\s*[、，,.．](?=\s*你公司)")
# It also reads that 、 as ： or ；, and 一 二 十 as - = +.
_DAMAGED_SEPARATOR = re.compile(rf"^\s*(?P<num>{_SPACED_CN})\s*[:：;；]\s*(?=\S)")
_LOOKALIKE_CN = re.compile(r"^\s*(?P<num>[一二三四五六七八九十\-—–_=+]{1,4})\s*[、，,.．:：;；]\s*(?=\S)")
_LOOKALIKES = str.maketrans({"-": "一", "—": "一", "–": "一", "_": "一", "=": "二", "+": "十"})


def read_label(text: str) -> _Label | None:
    for style, pattern in _LABEL_STYLES:
        match = pattern.match(text)
        if not match:
            continue
        raw = "".join(match.group("num").split())
        if style in ("cn", "cn_paren"):
            number = cn_to_int(raw)
        elif style == "circled":
            number = _CIRCLED.index(raw) + 1
        else:
            number = int(raw)
        if not number:
            continue
        rest = text[match.end():]
        if not rest.strip() and style in ("arabic", "cn"):
            continue  # a bare "3." or "三、" line is more likely a stray page number
        return _Label(style, number, "".join(match.group(0).split()), rest)
    damaged = _DAMAGED_CN.match(text)
    damaged_number = cn_to_int(damaged.group("num")) if damaged else None
    if damaged and damaged_number:
        return _Label("cn", damaged_number, damaged.group("num") + "、", text[damaged.end():], damaged=True)
    for pattern in (_DAMAGED_SEPARATOR, _LOOKALIKE_CN):
        damaged = pattern.match(text)
        if damaged:
            numeral = "".join(damaged.group("num").split()).translate(_LOOKALIKES)
            number = cn_to_int(numeral)
            if number:
                return _Label("cn", number, numeral + "、", text[damaged.end():], damaged=True)
    unnumbered = _DAMAGED_NO_NUMERAL.match(text)
    if unnumbered:
        return _Label("cn", 0, "", text[unnumbered.end():].lstrip(), damaged=True)
    return None


@dataclass
class _Open:
    style: str
    clause: Clause
    body: Paragraph = field(default_factory=Paragraph)

    def close(self) -> None:
        self.clause.text = self.body.text


@dataclass
class ClauseReader:
    """Feed lines of the provisions in order; `clauses` is the tree read so far."""

    clauses: list[Clause] = field(default_factory=list)
    intro: str | None = None
    unplaced: list[Line] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # reading notes for the license's warnings
    _stack: list[_Open] = field(default_factory=list)
    _intro_open: bool = False
    _intro_body: Paragraph = field(default_factory=Paragraph)

    def feed(self, line: Line) -> None:
        label = read_label(line.text)
        if label and self._accepts(label):
            self._start_clause(label)
            return
        if self._first_label_lost(label, line):
            # A scan lost 一、 (a single stroke in the noise): the line after the introduction's colon
            # can only be the first clause.  Said in the warnings, since the label was not read.
            self.notes.append(note("first_clause_unnumbered", line=line.index))
            self._start_clause(_Label("cn", 1, _cn_numeral(1) + "、", line.text, damaged=True))
            return
        self._continue(line)

    def _first_label_lost(self, label: _Label | None, line: Line) -> bool:
        if label is not None or self._stack or self.clauses or not self._intro_body:
            return False
        intro = make_key(self._intro_body.text)
        if not (intro.endswith(":") or "遵守下列" in intro):  # not an introduction that announces the clauses
            return False
        # The introduction ended with its colon; or a scan lost the colon too, and the line opens as
        # the clauses of these licenses open (你公司…).
        return not self._intro_open or line.key.startswith("你公司")

    # -- labels --------------------------------------------------------------------------
    def _expected_next(self, style: str) -> int | None:
        """The number the next label of `style` must carry, or None when the style is not open."""
        for depth in range(len(self._stack) - 1, -1, -1):
            if self._stack[depth].style == style:
                return self._stack[depth].clause.number + 1
        if not self._stack:
            return 1 if not self.clauses else None
        return 1  # a new, deeper style starts its count at 1

    def _accepts(self, label: _Label) -> bool:
        if label.damaged:
            expected = self._expected_next("cn") if (self._stack or self.clauses) else 1
            if expected is None or label.number not in (0, expected):
                return False
            if label.number == 0:  # the numeral itself was lost: the count says which it was
                label.number = expected
                label.label = _cn_numeral(expected) + "、"
            return True
        if not self._stack and not self.clauses:
            return label.number == 1 or label.style == "cn"
        expected = self._expected_next(label.style)
        if expected is None:
            return False
        if label.number == expected:
            return True
        # A skipped number (a page lost in OCR) is still a label when the previous clause ended its sentence.
        previous = self._stack[-1].body.last_piece() if self._stack else ""
        in_stack = any(o.style == label.style for o in self._stack)
        return in_stack and label.number > expected and previous.rstrip().endswith(("。", "；", ";", "："))

    def _start_clause(self, label: _Label) -> None:
        self._intro_open = False
        depth = next((d for d in range(len(self._stack)) if self._stack[d].style == label.style), None)
        if depth is not None:
            for closed in self._stack[depth:]:
                closed.close()
            del self._stack[depth:]
        text = label.rest.strip()
        applies_to = None
        match = _APPLIES_TO.match(text)
        if match:
            applies_to = match.group("what").strip()
            text = text[match.end():].strip()
        clause = Clause(number=label.number, label=label.label, text=text, applies_to=applies_to)
        siblings = self._stack[-1].clause.children if self._stack else self.clauses
        siblings.append(clause)
        self._stack.append(_Open(label.style, clause, Paragraph(text)))

    def finish(self) -> None:
        """Write the text of the clauses still open into the tree."""
        for still_open in self._stack:
            still_open.close()
        if self._intro_body:
            self.intro = self._intro_body.text

    # -- text ----------------------------------------------------------------------------
    def _continue(self, line: Line) -> None:
        if self._stack:
            self._stack[-1].body.add(line.text)
            return
        # Before the first clause: the introductory sentence (《特别规定事项》是经营许可证重要组成部分…).
        if not self._intro_body and (line.key.startswith("《特别规定事项》") or "遵守下列" in line.key):
            self._add_to_intro(line)
        elif self._intro_open and self._intro_body:
            self._add_to_intro(line)
        else:
            self.unplaced.append(line)

    def _add_to_intro(self, line: Line) -> None:
        self._intro_body.add(line.text)
        self._intro_open = not line.key.endswith((":", "。"))
