"""The shipped snapshot of licdesk's latest schema is the migrations' own, and it only ever speeds up
the check: whatever differs from it is judged against the migrations as before."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from licdesk.store import Store, migrations, schema_check, schema_latest
from tests.conftest import ROOT


def test_the_snapshot_is_what_the_migrations_make_today() -> None:
    assert schema_latest.VERSION == migrations.LATEST_VERSION
    assert schema_latest.OBJECTS == schema_check.snapshot_of(migrations.LATEST_VERSION)
    check = subprocess.run([sys.executable, "tools/schema_snapshot.py", "--check"], cwd=ROOT,
                           capture_output=True, text=True, timeout=120)
    assert check.returncode == 0, check.stdout + check.stderr


def _licdesk_file(tmp_path: Path) -> Path:
    db = tmp_path / "library.sqlite3"
    Store.open(db).close()
    return db


def test_a_licdesk_file_is_judged_by_the_snapshot_alone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = _licdesk_file(tmp_path)

    def not_needed(_version: int) -> dict:
        raise AssertionError("the schema was built in memory")

    monkeypatch.setattr(schema_check, "expected_schema", not_needed)
    conn = sqlite3.connect(db)
    try:
        assert schema_check.unexpected_objects(conn) == []
    finally:
        conn.close()


@pytest.mark.parametrize("sql, problem", [
    ("CREATE TRIGGER t_rename AFTER INSERT ON licenses BEGIN UPDATE licenses SET company = '冒名示例公司' "
     "WHERE id = new.id; END", "unknown"),
    ("CREATE VIEW v_leak AS SELECT number FROM licenses", "unknown"),
])
def test_anything_beside_the_snapshot_is_still_found(tmp_path: Path, sql: str, problem: str) -> None:
    db = _licdesk_file(tmp_path)
    conn = sqlite3.connect(db, isolation_level=None)
    try:
        conn.execute(sql)
        found = schema_check.unexpected_objects(conn)
    finally:
        conn.close()
    assert [o.problem for o in found] == [problem]


def test_a_changed_licdesk_index_is_still_found(tmp_path: Path) -> None:
    db = _licdesk_file(tmp_path)
    conn = sqlite3.connect(db, isolation_level=None)
    try:
        conn.execute("DROP INDEX audit_number")
        conn.execute("CREATE INDEX audit_number ON audit_log(id)")  # licdesk's name, other text
        found = schema_check.unexpected_objects(conn)
    finally:
        conn.close()
    assert [(o.name, o.problem) for o in found] == [("audit_number", "changed")]


def test_a_missing_licdesk_table_is_not_mistaken_for_the_snapshot(tmp_path: Path) -> None:
    db = _licdesk_file(tmp_path)
    conn = sqlite3.connect(db, isolation_level=None)
    try:
        conn.execute("DROP TABLE events")
        assert not schema_check._matches_snapshot(migrations.LATEST_VERSION, schema_check._objects(conn))
        assert schema_check.unexpected_objects(conn) == []  # nothing planted: judged by the migrations
    finally:
        conn.close()
