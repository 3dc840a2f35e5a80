"""Turning what a clerk types into a safe SQL condition over the search text.

Chinese has no spaces, so the index is FTS5 with the trigram tokenizer: any run of three or more
characters is found wherever it appears.  Terms shorter than three characters cannot use that index
and are looked for as plain substrings of the identifying fields (number, company, legal
representative, site names, domains) instead.  Every term is quoted, so operators and quotes typed by the
user (AND, *, ", NEAR) are just text.
"""

from __future__ import annotations

from dataclasses import dataclass, field

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


def fold(text: str) -> str:
    """Lower case, as the short-query column is stored (so that Example.CN finds example.cn)."""
    return text.lower()


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
    if short_words:
        # One or two characters would match nearly every clause, so short words look only at the
        # fields a clerk identifies a license by (search_keys.folded); instr() treats them as plain text.
        tests = []
        for i, word in enumerate(short_words):
            params[f"short{i}"] = fold(word)
            tests.append(f"instr(k.folded, :short{i}) > 0")
        parts.append(f"l.id IN (SELECT k.license_id FROM search_keys k WHERE {' AND '.join(tests)})")
    return SearchCondition(" AND ".join(parts), params)
