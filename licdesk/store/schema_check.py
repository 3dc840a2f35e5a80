"""Is the file's schema the one licdesk made?  Tables, indexes, views and triggers compared by name and text.

A database or backup from elsewhere can carry objects licdesk never created: a trigger that rewrites
every company on insert, one that ignores deletes, a view in place of a table.  SQLite would run them
on every write.  The schema licdesk expects at each version is built from the migrations themselves
(in memory, once per version), and the file's `sqlite_master` is compared with it; what is unknown or
changed is refused on open and restore, and reported by the check (which can drop it after a backup).
"""

from __future__ import annotations

import functools
import re
import sqlite3
from typing import NamedTuple

from licdesk.store import migrations

# FTS5 makes its own tables (search_index_data …); their text depends on the SQLite version that
# made them, so they are known by name.  SQLite's own (sqlite_sequence, sqlite_stat1 …) are its business.
_SHADOW_SUFFIXES = ("_data", "_idx", "_content", "_docsize", "_config")
_VIRTUAL_TABLES = ("search_index", "search_pairs")
_KIND_ZH = {"table": "表", "index": "索引", "view": "视图", "trigger": "触发器"}


class SchemaObject(NamedTuple):
    kind: str  # table / index / view / trigger
    name: str
    problem: str  # "unknown": licdesk never makes it; "changed": licdesk's name, other text

    def describe(self) -> str:
        what = "不属于 licdesk" if self.problem == "unknown" else "已被改动"
        return f"{_KIND_ZH.get(self.kind, self.kind)} {self.name}（{what}）"


def _normal(sql: str | None) -> str:
    """The text of a CREATE statement without comments, case or spacing differences."""
    text = re.sub(r"--[^\n]*", "", sql or "")
    return re.sub(r"\s+", " ", text).strip().lower()


def _is_shadow(name: str) -> bool:
    return any(name == base + suffix for base in _VIRTUAL_TABLES for suffix in _SHADOW_SUFFIXES)


@functools.lru_cache(maxsize=None)
def fresh_schema(version: int) -> dict[tuple[str, str], str]:
    """(kind, name) → the CREATE statement of every object licdesk's migrations make up to `version`."""
    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        for migration in migrations.pending(0):
            if migration.version > version:
                break
            migrations.apply(conn, migration)
        return _objects(conn)
    finally:
        conn.close()


def expected_schema(version: int) -> dict[tuple[str, str], str]:
    """(kind, name) → normalised SQL of every object licdesk's migrations make up to `version`."""
    return {key: _normal(sql) for key, sql in fresh_schema(version).items()}


def snapshot_of(version: int) -> dict[tuple[str, str], str]:
    """expected_schema as the shipped snapshot holds it: FTS5's own tables by name, without their text."""
    return {key: "" if _is_shadow(key[1]) else sql for key, sql in expected_schema(version).items()}


def _matches_snapshot(version: int, present: dict[tuple[str, str], str]) -> bool:
    """Is this exactly the schema licdesk makes at its latest version (the shipped snapshot)?"""
    from licdesk.store import schema_latest

    wanted = schema_latest.OBJECTS
    if version != schema_latest.VERSION or present.keys() != wanted.keys():
        return False
    return all(_is_shadow(name) or _normal(sql) == wanted[(kind, name)] for (kind, name), sql in present.items())


def _objects(conn: sqlite3.Connection) -> dict[tuple[str, str], str]:
    return {(kind, name): sql or "" for kind, name, sql in conn.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'")}


def unexpected_objects(conn: sqlite3.Connection) -> list[SchemaObject]:
    """What the file holds that licdesk would not have made at its version (empty: the schema is licdesk's)."""
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if version == 0 or version > migrations.LATEST_VERSION:
        return []  # a new file, or one refused for being newer anyway
    present = _objects(conn)
    if _matches_snapshot(version, present):  # nearly always: judged without building the schema in memory
        return []
    wanted = expected_schema(version)
    found: list[SchemaObject] = []
    for (kind, name), sql in sorted(present.items()):
        if (kind, name) not in wanted:
            found.append(SchemaObject(kind, name, "unknown"))
        elif not _is_shadow(name) and _normal(sql) != wanted[(kind, name)]:
            found.append(SchemaObject(kind, name, "changed"))
    return found


def describe(found: list[SchemaObject]) -> str:
    shown = "、".join(o.describe() for o in found[:5])
    return shown + ("……" if len(found) > 5 else "")


def drop_unexpected(conn: sqlite3.Connection, found: list[SchemaObject]) -> list[SchemaObject]:
    """Drop the unknown triggers, views, indexes and tables (inside the caller's transaction).

    A licdesk object whose text was changed cannot be put right by dropping it: the file is then
    left for restoring a backup, and those objects are returned.
    """
    left = []
    order = {"trigger": 0, "view": 1, "index": 2, "table": 3}
    for obj in sorted(found, key=lambda o: order.get(o.kind, 9)):
        if obj.problem != "unknown" or obj.kind not in order:
            left.append(obj)
            continue
        quoted = '"' + obj.name.replace('"', '""') + '"'
        conn.execute(f"DROP {obj.kind.upper()} IF EXISTS {quoted}")
    return left


def recreate_search_tables(conn: sqlite3.Connection) -> None:
    """Drop the full-text indexes whatever state they are in, and create them empty (inside a transaction).

    A damaged index cannot even be dropped ("vtable constructor failed"): its entry is taken out of
    sqlite_master directly (writable_schema, with the schema version bumped so every connection
    reloads it), its own tables dropped, and the index made afresh from the migrations' statement.
    """
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    fresh = fresh_schema(version)
    names = [n for n in _VIRTUAL_TABLES if ("table", n) in fresh]
    schema_version = int(conn.execute("PRAGMA schema_version").fetchone()[0])
    marks = ", ".join("?" for _ in names)
    conn.execute("PRAGMA writable_schema = ON")
    try:
        conn.execute(f"DELETE FROM sqlite_master WHERE type = 'table' AND name IN ({marks})", names)
        conn.execute(f"PRAGMA schema_version = {schema_version + 1}")
    finally:
        conn.execute("PRAGMA writable_schema = OFF")
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall():
        if _is_shadow(name):
            conn.execute(f'DROP TABLE "{name}"')
    for name in names:
        conn.execute(fresh[("table", name)])
