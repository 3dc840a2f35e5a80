"""Migration 6 on PostgreSQL behaves as in the file: one closing per license, of a known kind, gone with its
license, left in place (without its link) when the new license goes; library values keyed once."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any, Callable

import psycopg
import pytest

from licdesk.store import Store
from licdesk.store.team.migrations import migrate

NOW = "2026-12-01T09:00:00+00:00"


def _exercise(run: Callable[[str, tuple[Any, ...]], list[tuple[Any, ...]]], errors: type[Exception] |
              tuple[type[Exception], ...]) -> list[tuple[Any, ...]]:
    """The same statements on either engine; returns the closings left at the end."""
    for number in ("京B2-20990101", "京B2-20990102"):
        run("INSERT INTO licenses (number, number_key, created_at, updated_at) VALUES (%s, %s, %s, %s)",
            (number, number, NOW, NOW))
    old, new = (row[0] for row in run("SELECT id FROM licenses ORDER BY number", ()))
    run("INSERT INTO license_closures (license_id, kind, closed_on, replaced_by, closed_at) VALUES (%s, %s, %s, %s, %s)",
        (old, "replaced", "2026-06-01", new, NOW))
    with pytest.raises(errors):
        run("INSERT INTO license_closures (license_id, kind, closed_on, closed_at) VALUES (%s, %s, %s, %s)",
            (new, "lost", "2026-06-01", NOW))
    with pytest.raises(errors):
        run("INSERT INTO license_closures (license_id, kind, closed_on, closed_at) VALUES (%s, %s, %s, %s)",
            (old, "cancelled", "2026-06-01", NOW))
    run("INSERT INTO library_meta (key, value) VALUES (%s, %s)", ("tracking_start_year", "2025"))
    with pytest.raises(errors):
        run("INSERT INTO library_meta (key, value) VALUES (%s, %s)", ("tracking_start_year", "2026"))
    run("DELETE FROM licenses WHERE id = %s", (new,))
    return run("SELECT kind, closed_on, replaced_by, settles_open FROM license_closures", ())


def test_closings_behave_the_same_on_both_engines(postgres_database: str, tmp_path: Path) -> None:
    with psycopg.connect(postgres_database, autocommit=True) as connection:
        migrate(connection)

        def on_team(sql: str, params: tuple[Any, ...]) -> list[tuple[Any, ...]]:
            cursor = connection.execute(sql, params)  # type: ignore[arg-type]
            return cursor.fetchall() if cursor.description else []

        team = _exercise(on_team, psycopg.errors.IntegrityError)

    path = tmp_path / "file.sqlite3"
    Store.open(path).close()
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    try:
        file = _exercise(lambda sql, params: conn.execute(sql.replace("%s", "?"), params).fetchall(),
                         sqlite3.IntegrityError)
    finally:
        conn.close()
    assert team == file == [("replaced", "2026-06-01", None, 0)]
