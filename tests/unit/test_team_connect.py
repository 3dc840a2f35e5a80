"""Naming and reaching a team library: the URL is checked, never holds a password, and every failure is one line."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest

from licdesk.cli import run
from licdesk.store import StoreError
from licdesk.store.team.connect import connect
from licdesk.store.team.location import TeamLibrary, is_team_url


def _with_database(url: str, name: str) -> str:
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path=f"/{name}"))


def test_a_url_names_a_team_library_and_a_path_a_file() -> None:
    assert is_team_url("postgresql://clerk@server:5432/licdesk")
    assert is_team_url(" postgres://clerk@server/licdesk")
    assert not is_team_url("/home/clerk/licdesk.sqlite3")
    assert not is_team_url("postgresql.sqlite3")


@pytest.mark.parametrize("text", [
    "postgresql://clerk:secret@server:5432/licdesk",   # a password in the URL
    "postgresql://clerk@server:5432/",                 # no database
    "postgresql://clerk@server:notaport/licdesk",      # a port that is no number
])
def test_a_bad_url_is_refused_with_one_line(text: str) -> None:
    with pytest.raises(StoreError) as caught:
        TeamLibrary.parse(text)
    assert "\n" not in str(caught.value) and "secret" not in str(caught.value)


def test_the_description_names_server_and_database() -> None:
    assert TeamLibrary.parse("postgresql://clerk@db.example.internal:6543/register").describe() == \
        "db.example.internal:6543/register"


def test_a_live_server_is_reached_as_its_user(postgres_url: str) -> None:
    with connect(TeamLibrary.parse(postgres_url)) as connection:
        user, = connection.execute("select current_user").fetchone() or ("",)
        assert user == urlsplit(postgres_url).username
        assert connection.info.server_version >= 150000


def test_an_unknown_database_is_one_clear_line(postgres_url: str) -> None:
    with pytest.raises(StoreError, match="没有这个数据库"):
        connect(TeamLibrary.parse(_with_database(postgres_url, "no_such_register")))


def test_an_unknown_user_is_one_clear_line(postgres_url: str) -> None:
    parts = urlsplit(postgres_url)
    url = urlunsplit(parts._replace(netloc=parts.netloc.replace(parts.username or "", "nobody_here", 1)))
    with pytest.raises(StoreError, match="没有这个用户"):
        connect(TeamLibrary.parse(url))


def test_a_stopped_server_is_one_clear_line(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="无法连接团队库服务器"):
        connect(TeamLibrary.parse(f"postgresql://clerk@/licdesk?host={tmp_path}&port=5999"))


def test_the_command_line_refuses_a_password_in_the_url(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["list", "--db", "postgresql://clerk:secret@/licdesk?host=" + str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "密码" in err and "secret" not in err


def test_the_command_line_reads_lICDESK_DB_as_a_team_library(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("LICDESK_DB", f"postgresql://clerk@/licdesk?host={tmp_path}&port=5999")
    assert run(["list"]) == 2
    assert "无法连接团队库服务器" in capsys.readouterr().err
    assert not list(tmp_path.iterdir())  # no SQLite file made from the URL


def test_the_command_line_names_a_database_that_is_no_library_yet(postgres_database: str,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["list", "--db", postgres_database]) == 2
    err = capsys.readouterr().err
    assert "还不是 licdesk 团队库" in err and "team init" in err
