"""Turning what a clerk types into a safe SQL condition over the search text.

Chinese has no spaces, so the index is FTS5 with the trigram tokenizer: any run of three or more
characters is found wherever it appears.  Terms shorter than three characters cannot use that index.
They are looked for in the identifying fields only (number, company, legal representative, site names,
domains; one or two characters would match nearly every clause), through a second index whose words
are the character pairs of those fields: a two-character term is one pair, a one-character term the
pairs that begin with it.  Pairs are written as hexadecimal code points, so no character the clerk
types is ever read as query syntax; long terms are quoted, so operators and quotes typed by the user
(AND, *, ", NEAR) are just text.
"""

from __future__ import annotations

import sqlite3
from typing import Iterable, NamedTuple

from licdesk.store.engine import is_sqlite
from licdesk.store.hygiene import clean_line

MIN_INDEXED_LENGTH = 3


class SearchCondition(NamedTuple):
    """`sql` selects licenses.id values (alias `l`); `params` are its named parameters.

    `ids_sql` selects the same ids by themselves (the rowids the indexes give, trashed ones included).
    """

    sql: str
    params: dict[str, str]
    ids_sql: str = ""


def terms(query: str | None) -> list[str]:
    # Stored text holds no control characters (store.hygiene), so a query's are dropped too: a NUL
    # would end SQLite's copy of the search string in the middle of its quotes.
    return [t for t in clean_line(query or "").split() if t]


def fts_phrase(term: str) -> str:
    """One term as an FTS5 string: inside double quotes every character is literal."""
    return '"' + term.replace('"', '""') + '"'


def fold(text: str) -> str:
    """Lower case, as the short-query column is stored (so that Example.CN finds example.cn)."""
    return text.lower()


def _code(char: str) -> str:
    return f"{ord(char):06x}"


def pair_words(folded: str) -> str:
    """The words of the pair index for the folded identifying fields (one field per line).

    Every two neighbouring characters make a word; a character with no neighbour after it (at the end
    of a line, before a space) makes a word alone, so that a one-character search, a prefix query over
    the words, finds every occurrence.  The index is contentless: deleting a row must present these
    same words again, which is why they are computed from the stored `folded` text and nothing else.
    """
    words: list[str] = []
    for line in folded.split("\n"):
        for i, char in enumerate(line):
            if char.isspace():
                continue
            following = line[i + 1] if i + 1 < len(line) else ""
            if following and not following.isspace():
                words.append(_code(char) + _code(following))
            else:
                words.append(_code(char))
    return " ".join(words)


def index_pairs(conn: sqlite3.Connection, folded_by_license: Iterable[tuple[int, str]]) -> None:
    """Add licenses to the pair index from their folded identifying fields (search_keys.folded)."""
    conn.executemany("INSERT INTO search_pairs (rowid, pairs) VALUES (?, ?)",
                     ((license_id, pair_words(folded)) for license_id, folded in folded_by_license))


def check_indexes(conn: sqlite3.Connection) -> None:
    """FTS5's own check of both search indexes (a write statement); raises sqlite3.DatabaseError when
    an index is out of step with what it indexes."""
    for index in ("search_index", "search_pairs"):
        conn.execute(f"INSERT INTO {index} ({index}, rank) VALUES ('integrity-check', 1)")


def pair_query(word: str) -> str:
    """The pair-index query for a folded short word: its pair, or for one character a prefix query.

    Lower-casing may lengthen a word (İ → i̇), so a longer folded word asks for each of its pairs.
    """
    if len(word) == 1:
        return f"{_code(word)}*"
    return " AND ".join(_code(a) + _code(b) for a, b in zip(word, word[1:]))


def condition(query: str | None, conn: object = None) -> SearchCondition | None:
    """The condition for `query`, or None when it holds no words (then everything matches).

    `conn` names the engine: the FTS5 indexes of the file by default, the trigram indexes of a team
    library for a PostgreSQL connection (the same licenses are found on both).
    """
    words = terms(query)
    if not words:
        return None
    if conn is not None and not is_sqlite(conn):
        return trigram_condition(words)
    long_words = [w for w in words if len(w) >= MIN_INDEXED_LENGTH]
    short_words = [w for w in words if len(w) < MIN_INDEXED_LENGTH]
    selects: list[str] = []
    params: dict[str, str] = {}
    if long_words:
        params["fts"] = " ".join(fts_phrase(w) for w in long_words)
        selects.append("SELECT rowid FROM search_index WHERE search_index MATCH :fts")
    if short_words:
        params["pairs"] = " AND ".join(pair_query(fold(w)) for w in short_words)
        selects.append("SELECT rowid FROM search_pairs WHERE search_pairs MATCH :pairs")
    return SearchCondition(" AND ".join(f"l.id IN ({select})" for select in selects), params,
                           " INTERSECT ".join(selects))


def like_pattern(word: str) -> str:
    """A LIKE pattern finding `word` anywhere, its own % _ and \\ taken literally (ESCAPE '\\')."""
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def trigram_condition(words: list[str]) -> SearchCondition:
    """PostgreSQL's form of the same search, served by the pg_trgm indexes of the team library.

    A word of three characters or more is looked for in the identifying fields and the clauses, as
    FTS5's trigrams do; a shorter one in the identifying fields only (search_keys.folded), through the
    index of their single characters and pairs, as the file's pair index does.  Both compare lower
    case, so Example.CN finds example.cn on either engine.
    """
    selects: list[str] = []
    params: dict[str, str] = {}
    for index, word in enumerate(words):
        name = f"w{index}"
        if "\x00" in word:  # no stored text holds one (licdesk.store.hygiene), and the server takes none
            selects.append("SELECT license_id FROM search_keys WHERE FALSE")
            continue
        if len(word) < MIN_INDEXED_LENGTH:
            # One or two characters have no trigram: the index of every character and pair of characters
            # in the identifying fields answers them (migration 6), as the file's pair index does.
            params[name] = fold(word)
            # OFFSET 0 keeps the index's answer whole (a set to look ids up in): pulled up into the outer
            # query, the planner would instead work out the keys of every license it walks.
            selects.append(f"SELECT license_id FROM search_keys WHERE licdesk_short_keys(folded) @> "
                           f"CAST(ARRAY[:{name}] AS text[]) OFFSET 0")
            continue
        params[name] = like_pattern(fold(word))
        selects.append(f"SELECT license_id FROM search_keys WHERE folded LIKE :{name} ESCAPE '\\'"
                       f" UNION SELECT license_id FROM search_clauses WHERE lower(clauses) LIKE :{name} ESCAPE '\\'")
    return SearchCondition(" AND ".join(f"l.id IN ({select})" for select in selects), params,
                           " INTERSECT ".join(f"({select})" for select in selects))


class MatchedIds:
    """The ids one search matched, kept in a temporary table for as long as the database is unchanged.

    The library asks for the first page of a search, then its count, then more pages as the clerk
    scrolls: they read this table instead of asking the index again.  Any write, by this connection
    or another, makes the next search fill it anew.  A read-only connection may not write even a
    temporary table; its searches ask the index each time (`fill` returns False).
    """

    TABLE = "temp.search_matches"

    def __init__(self) -> None:
        self.size = 0  # ids in the table (trashed licenses included)
        self.library = 0  # about how many licenses there are (the highest id): enough to choose a plan
        self._filled_for: tuple[object, ...] | None = None
        self._usable = True

    def fill(self, conn: sqlite3.Connection, found: SearchCondition) -> bool:
        if not self._usable or not is_sqlite(conn):  # a team library asks its indexes each time
            return False
        # data_version moves when another connection commits; total_changes counts this one's writes
        # (the table's own filling included, hence read after it).
        data_version = conn.execute("PRAGMA data_version").fetchone()[0]
        wanted = (found.ids_sql, tuple(sorted(found.params.items())), data_version)
        if self._filled_for == wanted + (conn.total_changes,):
            return True
        try:
            conn.execute("CREATE TEMP TABLE IF NOT EXISTS search_matches (id INTEGER PRIMARY KEY)")
            conn.execute(f"DELETE FROM {self.TABLE}")
            conn.execute(f"INSERT INTO {self.TABLE} (id) {found.ids_sql}", found.params)
        except sqlite3.OperationalError:
            if not conn.execute("PRAGMA query_only").fetchone()[0]:
                raise
            self._usable = False  # a read-only view
            return False
        self.size = conn.execute(f"SELECT count(*) FROM {self.TABLE}").fetchone()[0]
        self.library = conn.execute("SELECT coalesce(max(id), 0) FROM licenses").fetchone()[0]
        self._filled_for = wanted + (conn.total_changes,)
        return True

    def walk_in_order(self, rows_wanted: int) -> bool:
        """Whether a page is found sooner by walking the library in its order and keeping the matched
        rows, than by reading every matched row and sorting them.

        Walking reads about rows_wanted × library / size index entries, sorting reads `size` rows, each
        about three times dearer (measured at 100,000 licenses).
        """
        return self.size > 0 and rows_wanted * self.library < 3 * self.size * self.size
