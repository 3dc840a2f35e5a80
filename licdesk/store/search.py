"""Turning what a clerk types into a safe SQL condition over the search text.

Chinese has no spaces, so the index is FTS5 with the trigram tokenizer: any run of three or more
characters is found wherever it appears.  Terms shorter than three characters cannot use that index
and are looked for with LIKE in the identifying fields (number, company, legal
representative, site names, domains) instead.  Every term is quoted, so operators and quotes typed by the
user (AND, *, ", NEAR) are just text.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# One or two characters would match nearly every clause text, so short terms look only at the fields
# a clerk identifies a license by.
_SHORT_TERM_COLUMNS = ("number", "company", "legal_representative", "sites", "domains")
MIN_INDEXED_LENGTH = 3


@dataclass
class SearchCondition:
    """`sql` selects licenses.id values (alias `l`); `params` are its named parameters."""

    sql: str = ""
    params: dict[str, str] = field(default_factory=dict)


def terms(query: str | None) -> list[str]:
    return [t for t in (query or "").split() if t]


def fts_phrase(term: str) -> str:
    """One term as an FTS5 string: inside double quotes every character is literal."""
    return '"' + term.replace('"', '""') + '"'


def like_pattern(term: str) -> str:
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def condition(query: str | None) -> SearchCondition | None:
    """The condition for `query`, or None when it holds no words (then everything matches)."""
    words = terms(query)
    if not words:
        return None
    long_words = [w for w in words if len(w) >= MIN_INDEXED_LENGTH]
    short_words = [w for w in words if len(w) < MIN_INDEXED_LENGTH]
    parts: list[str] = []
    params: dict[str, str] = {}
    if long_words:
        params["fts"] = " ".join(fts_phrase(w) for w in long_words)
        parts.append("l.id IN (SELECT rowid FROM search_index WHERE search_index MATCH :fts)")
    for i, word in enumerate(short_words):
        name = f"like{i}"
        params[name] = like_pattern(word)
        any_column = " OR ".join(f"s.{c} LIKE :{name} ESCAPE '\\'" for c in _SHORT_TERM_COLUMNS)
        # EXISTS, not IN: a page of results ordered by an index can stop after its first matches.
        parts.append(f"EXISTS (SELECT 1 FROM search_keys s WHERE s.license_id = l.id AND ({any_column}))")
    return SearchCondition(" AND ".join(parts), params)
