"""What differs between the two engines the store runs on, kept in one place.

The store writes plain SQL once for both: the SQLite file (sqlite3) and the team library on
PostgreSQL (psycopg 3, through licdesk.store.team.dbapi, which takes the same `?` / `:name`
parameters and raises sqlite3's errors).  What cannot be said the same way on both is asked here:

- the full-text search: FTS5 tables beside the search words on SQLite, which the store keeps in step
  by hand; pg_trgm indexes on PostgreSQL, which the server keeps in step by itself;
- text order: SQLite compares code points and puts NULL first; PostgreSQL is told COLLATE "C" (its
  indexes are built so) and NULLS FIRST;
- "no limit" in LIMIT … OFFSET;
- kept versions: zlib-packed bytes in the file, plain JSON text on the server (a text column there
  holds no bytes; the server compresses large values itself).
"""

from __future__ import annotations

from typing import Any

SQLITE = "sqlite"
POSTGRESQL = "postgresql"


def engine_of(conn: Any) -> str:
    """Which engine a connection talks to (a sqlite3.Connection has no `engine` attribute)."""
    return str(getattr(conn, "engine", SQLITE))


def is_sqlite(conn: Any) -> bool:
    return engine_of(conn) == SQLITE


def text_order(conn: Any, expression: str) -> str:
    """`expression` ordered by code point, as SQLite orders text, on either engine."""
    return expression if is_sqlite(conn) else f'{expression} COLLATE "C"'


def order_term(conn: Any, expression: str, direction: str = "ASC", *, nullable: bool = False) -> str:
    """One ORDER BY term sorted as SQLite sorts: code-point text order, and NULL before every value.

    Only a `nullable` expression is told where NULL goes: PostgreSQL walks its indexes in their own
    order (NULL last) only when the query does not ask for another.
    """
    if is_sqlite(conn):
        return f"{expression} {direction}"
    if not nullable:
        return f"{text_order(conn, expression)} {direction}"
    nulls = "FIRST" if direction.upper() == "ASC" else "LAST"
    return f"{text_order(conn, expression)} {direction} NULLS {nulls}"


def no_limit(conn: Any) -> str:
    """The LIMIT that means "all the rows" before an OFFSET."""
    return "-1" if is_sqlite(conn) else "ALL"


def packs_versions(conn: Any) -> bool:
    """Kept versions are zlib-packed bytes (SQLite) rather than JSON text (PostgreSQL's text column)."""
    return is_sqlite(conn)


def outer_first_join(conn: Any) -> str:
    """A join that reads its left table as the outer loop: SQLite's CROSS JOIN says so to its planner;
    PostgreSQL plans joins itself and has no such hint (an ordinary JOIN)."""
    return "CROSS JOIN" if is_sqlite(conn) else "JOIN"
