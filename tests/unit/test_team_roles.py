"""The team library's roles, tested with real login roles: the database itself refuses a reader's writes."""

from __future__ import annotations

from urllib.parse import urlsplit

import psycopg
import pytest

from licdesk.store.team.migrations import LATEST_VERSION
from licdesk.store.team.roles import CLERK, READER, init_library

_NEW_LICENSE = ("INSERT INTO licenses (number, number_key, created_at, updated_at) "
                "VALUES ('沪B2-20990001', '沪B2-20990001', '2026-01-01', '2026-01-01')")


@pytest.fixture
def library(team: str) -> str:
    """A team library as `licdesk team init` makes it (`login_as` is the shared fixture of tests/conftest.py)."""
    return team


def test_a_reader_reads_but_the_database_refuses_its_writes(library: str, login_as) -> None:
    with psycopg.connect(library) as owner:
        owner.execute(_NEW_LICENSE)
    with psycopg.connect(login_as(READER)) as reader:
        assert reader.execute("SELECT number FROM licenses").fetchall() == [("沪B2-20990001",)]
        for write in (_NEW_LICENSE.replace("0001", "0002"), "UPDATE licenses SET company = 'x'",
                      "DELETE FROM licenses", "INSERT INTO audit_log (at, number, action) VALUES ('t', 'n', 'a')"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                reader.execute(write)
            reader.rollback()
    with psycopg.connect(library) as owner:
        assert owner.execute("SELECT company FROM licenses").fetchall() == [("",)]


def test_a_clerk_writes_and_the_audit_log_names_the_clerk(library: str, login_as) -> None:
    url = login_as(CLERK)
    with psycopg.connect(url) as clerk:
        clerk.execute(_NEW_LICENSE)
        clerk.execute("INSERT INTO audit_log (at, number, action) VALUES ('2026-01-01', '沪B2-20990001', 'insert')")
        clerk.commit()
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            clerk.execute("INSERT INTO licdesk_schema (version, description) VALUES (99, 'not a clerk''s job')")
    with psycopg.connect(library) as owner:
        assert owner.execute("SELECT db_user FROM audit_log").fetchall() == [(urlsplit(url).username,)]
        assert owner.execute("SELECT count(*) FROM licenses").fetchone() == (1,)


def test_init_twice_changes_nothing(library: str) -> None:
    with psycopg.connect(library) as connection:
        assert init_library(connection) == LATEST_VERSION


def test_team_init_on_the_command_line_makes_the_schema_and_roles(postgres_database: str,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    from licdesk.cli import run

    assert run(["team", "init", "--db", postgres_database]) == 0
    assert "licdesk_reader" in capsys.readouterr().out
    with psycopg.connect(postgres_database) as connection:
        assert connection.execute("SELECT max(version) FROM licdesk_schema").fetchone() == (LATEST_VERSION,)
        roles = {name for name, in connection.execute("SELECT rolname FROM pg_roles WHERE rolname LIKE 'licdesk_%'")}
        assert roles == {"licdesk_administrator", "licdesk_clerk", "licdesk_reader"}


def test_team_init_by_a_clerk_is_refused_with_one_line(library: str, login_as,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    from licdesk.cli import run

    assert run(["team", "init", "--db", login_as(CLERK)]) == 2
    err = capsys.readouterr().err
    assert "管理员" in err and err.count("\n") == 1


def test_team_init_wants_a_team_library(tmp_path, capsys: pytest.CaptureFixture[str]) -> None:
    from licdesk.cli import run

    assert run(["team", "init", "--db", str(tmp_path / "file.sqlite3")]) == 2
    assert "postgresql://" in capsys.readouterr().err
    assert not list(tmp_path.iterdir())
