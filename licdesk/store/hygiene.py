"""Text from outside (a license text, a review package, an edit) loses what could mislead or break things.

C0 control characters (ESC, NUL, a bare CR …) can move a terminal's cursor, start a new line in a
calendar file or cut a string short in another program; the bidirectional overrides and isolates
(U+202A–U+202E, U+2066–U+2069) make `gnp.exe` read as `exe.png`.  Neither belongs in a license.
A one-line field (number, company, domain …) also loses its line breaks and tabs, which become a
space; a text field (a clause, a note) keeps them, with CR LF and a lone CR read as LF.
"""

from __future__ import annotations

import functools
import re
from typing import Any

# Bidi embedding/override/isolate controls and the Arabic letter mark; the plain marks LRM/RLM too:
# none of them is ever part of a Chinese license, all of them can reorder what a reader sees.
BIDI_CONTROLS = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
# Patterns as text, compiled on first use (`_compiled`): the desk starts without them.
_ALWAYS = f"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f{BIDI_CONTROLS}]"
_LINE_BREAKS = r"[\t\n\r]+"
_SUSPECT = f"[\x00-\x1f\x7f{BIDI_CONTROLS}]"
_SUSPECT_IN_LINES = f"[\x00-\x08\x0b-\x1f\x7f{BIDI_CONTROLS}]"

# Keys of the license's schema JSON whose values are text blocks (line breaks belong there).
MULTILINE_KEYS = frozenset({"preamble", "text", "remarks", "note", "provisions_intro", "annex_heading", "warnings"})


@functools.cache
def _compiled(pattern: str) -> re.Pattern[str]:
    # Cleaning runs for every string of every license saved: a cached pattern costs what a module-level
    # one does, where re.search(text_pattern, …) would look the pattern up in re's own cache each time.
    return re.compile(pattern)


def clean_line(text: str) -> str:
    """One line: controls and bidi marks removed, tabs and line breaks turned into one space."""
    if not _compiled(_SUSPECT).search(text):
        return text
    return _compiled(_ALWAYS).sub("", _compiled(_LINE_BREAKS).sub(" ", text)).strip()


def clean_block(text: str) -> str:
    """A text block: controls and bidi marks removed; LF and tab kept, CR LF and a bare CR become LF."""
    if not _compiled(_SUSPECT).search(text):
        return text
    return _compiled(_ALWAYS).sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def has_suspect_characters(text: str) -> bool:
    return bool(_compiled(_SUSPECT).search(text))


def clean_json(value: Any, key: str = "") -> Any:
    """Every string in a JSON value cleaned: blocks under MULTILINE_KEYS, lines elsewhere."""
    if isinstance(value, str):
        return clean_block(value) if key in MULTILINE_KEYS else clean_line(value)
    if isinstance(value, list):
        return [clean_json(item, key) for item in value]
    if isinstance(value, dict):
        return {k: clean_json(v, k) for k, v in value.items()}
    return value


def clean_license(lic: Any) -> Any:
    """The license with every text field cleaned; the same object when nothing needed it (the usual case)."""
    data = lic.to_dict()
    cleaned = clean_json(data)
    if cleaned == data:
        return lic
    return type(lic).from_dict(cleaned)


def visible(text: str, *, keep_lines: bool = False) -> str:
    """For a terminal: each control or bidi character shown as its escape (\\x1b, \\u202e), never obeyed.

    keep_lines=True leaves line feeds and tabs alone (for whole lines of output).
    """
    pattern = _SUSPECT_IN_LINES if keep_lines else _SUSPECT
    return _compiled(pattern).sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)
