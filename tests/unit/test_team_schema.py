"""The team library's schema on PostgreSQL: numbered migrations in step with the SQLite file's."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import psycopg
import pytest

from licdesk.store import Store, StoreError
from licdesk.store import migrations as file_migrations
from licdesk.store.team import migrations as team_migrations
from licdesk.store.team.migrations import Migration, current_version, migrate

# Columns the team library has and the file has not: who made an audited change.
TEAM_ONLY_COLUMNS = {("audit_log", "db_user")}


def _file_columns(path: Path) -> set[tuple[str, str]]:
    Store.open(path).close()
    with sqlite3.connect(path) as conn:
        tables = [name for name, in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'search_index%' "
            "AND name NOT LIKE 'search_pairs%' AND name NOT LIKE 'sqlite_%'")]
        return {(table, column[1]) for table in tables for column in conn.execute(f'PRAGMA table_info("{table}")')}


def _team_columns(connection: psycopg.Connection) -> set[tuple[str, str]]:
    rows = connection.execute(
        "SELECT table_name, column_name FROM information_schema.columns "
        "WHERE table_schema = current_schema() AND table_name <> 'licdesk_schema'").fetchall()
    return {(table, column) for table, column in rows}


def test_both_engines_know_the_same_migrations() -> None:
    assert [m.version for m in team_migrations.MIGRATIONS] == [m.version for m in file_migrations.MIGRATIONS]


def test_a_new_library_gets_the_same_tables_and_columns_as_a_file(postgres_database: str, tmp_path: Path) -> None:
    with psycopg.connect(postgres_database) as connection:
        assert migrate(connection) == team_migrations.LATEST_VERSION
        assert _team_columns(connection) - TEAM_ONLY_COLUMNS == _file_columns(tmp_path / "file.sqlite3")


def test_each_migration_is_recorded_with_the_database_user_and_runs_once(postgres_database: str) -> None:
    with psycopg.connect(postgres_database) as connection:
        migrate(connection)
        migrate(connection)
        rows = connection.execute("SELECT version, applied_by = current_user FROM licdesk_schema ORDER BY version")
        assert rows.fetchall() == [(m.version, True) for m in team_migrations.MIGRATIONS]


def test_a_failing_migration_leaves_the_library_at_the_version_before(postgres_database: str) -> None:
    broken = (*team_migrations.MIGRATIONS,
              Migration(team_migrations.LATEST_VERSION + 1, "half done", "CREATE TABLE half (id int); SELECT 1/0"))
    with psycopg.connect(postgres_database) as connection:
        with pytest.raises(psycopg.errors.DivisionByZero):
            migrate(connection, broken)
        connection.rollback()
        assert current_version(connection) == team_migrations.LATEST_VERSION
        assert connection.execute("SELECT to_regclass('half')").fetchone() == (None,)


def test_a_library_newer_than_the_program_is_refused_unchanged(postgres_database: str) -> None:
    with psycopg.connect(postgres_database) as connection:
        migrate(connection)
        connection.execute("INSERT INTO licdesk_schema (version, description) VALUES (99, 'from a newer licdesk')")
        connection.commit()
        with pytest.raises(StoreError, match="比本程序新"):
            migrate(connection)
        connection.rollback()
        assert current_version(connection) == 99


def test_searches_of_three_characters_and_more_have_trigram_indexes(postgres_database: str) -> None:
    with psycopg.connect(postgres_database) as connection:
        migrate(connection)
        indexes = {name for name, in connection.execute(
            "SELECT indexname FROM pg_indexes WHERE indexdef LIKE '%gin_trgm_ops%'")}
        assert indexes == {"search_keys_trigrams", "search_clauses_trigrams"}
