"""The Store on a team library, with real logins: clerks take turns, a stale save is refused, a reader only
reads, the history names who changed what, and the commands read and write the library."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from urllib.parse import urlsplit

import psycopg
import pytest

from licdesk.cli import run
from licdesk.store import ConflictError, Store, StoreError
from licdesk.store.team.roles import CLERK, READER
from tests.unit.test_store_samples import plain_license, rich_license




def test_a_stale_save_from_another_desk_is_refused_as_on_the_file(team: str, login_as) -> None:
    with Store.open(login_as(CLERK)) as wang, Store.open(login_as(CLERK)) as li:
        wang.save(rich_license())
        opened = wang.version("京B1.B2-20990001")
        li.save(rich_license(company="李在另一台电脑上改过"), replace=True, expected_version=opened)
        with pytest.raises(ConflictError) as caught:
            wang.save(rich_license(company="王的过时修改"), replace=True, expected_version=opened)
        assert caught.value.current_version == 2 and "第 2 版" in str(caught.value)
        assert wang.load("京B1.B2-20990001").company == "李在另一台电脑上改过"


def test_writers_take_turns_and_a_long_wait_is_one_clear_line(team: str) -> None:
    with Store.open(team) as first, Store.open(team, timeout=0.2) as second:
        with first.transaction() as tx:
            tx.save(plain_license("京B2-20990201", "先写示例有限公司", dt.date(2030, 1, 1)))
            with pytest.raises(StoreError, match="正被另一个程序使用"):
                second.save(plain_license("京B2-20990202", "后写示例有限公司", dt.date(2030, 1, 1)))
        second.save(plain_license("京B2-20990202", "后写示例有限公司", dt.date(2030, 1, 1)))
        assert [s.number for s in first.summaries()] == ["京B2-20990201", "京B2-20990202"]


def test_the_history_names_the_login_that_made_each_change(team: str, login_as) -> None:
    url = login_as(CLERK)
    with Store.open(url) as clerk:
        clerk.save(rich_license())
        clerk.delete("京B1.B2-20990001")
        assert not clerk.readonly
        entries = clerk.audit("京B1.B2-20990001")
    assert [e.action for e in entries] == ["create", "delete"]
    assert {e.db_user for e in entries} == {urlsplit(url).username}


def test_a_reader_opens_the_library_read_only(team: str, login_as) -> None:
    with Store.open(team) as admin:
        admin.save(rich_license())
    with Store.open(login_as(READER)) as reader:
        assert reader.readonly
        assert reader.load("京B1.B2-20990001").to_dict() == rich_license().to_dict()
        assert reader.summaries(search="萤火虫")[0].number == "京B1.B2-20990001"
        with pytest.raises(StoreError, match="只读"):
            reader.delete("京B1.B2-20990001")
        reader.readonly = False  # past the desk's own guard, the server refuses just the same
        with pytest.raises(StoreError, match="只有查看的权限"):
            reader.delete("京B1.B2-20990001")
    with Store.open(team) as admin:
        assert not admin.in_trash("京B1.B2-20990001")


def test_an_empty_database_is_not_yet_a_library(postgres_database: str) -> None:
    with pytest.raises(StoreError, match="team init"):
        Store.open(postgres_database)


def test_the_file_s_backups_and_checks_are_refused_and_emptying_the_trash_still_works(team: str,
                                                                                     tmp_path: Path) -> None:
    with Store.open(team) as store:
        assert not store.keeps_file_backups
        for number in ("京B2-20990211", "京B2-20990212"):
            store.save(plain_license(number, "回收示例有限公司", dt.date(2030, 1, 1)))
            store.delete(number)
        with pytest.raises(StoreError, match="pg_dump"):
            store.backup(tmp_path / "copy.sqlite3")
        with pytest.raises(StoreError, match="pg_dump"):
            store.check()
        assert store.purge_many(["京B2-20990211", "京B2-20990212"]) == 2
        assert store.list_trash() == [] and not list(tmp_path.iterdir())
        store.rebuild_search_index()


def test_the_commands_import_list_show_and_search_a_team_library(team: str, tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    from tests.unit.test_cli_core import GUANGDONG, SHANGHAI  # fictional certificates

    assert run(["import", "--db", team, str(SHANGHAI), str(GUANGDONG)]) == 0
    capsys.readouterr()
    assert run(["import", "--db", team, str(SHANGHAI)]) == 2  # already there: skipped, as with a file
    assert "已跳过" in capsys.readouterr().out
    capsys.readouterr()
    assert run(["list", "--db", team, "--json"]) == 0
    listed, _other = json.loads(capsys.readouterr().out)
    assert run(["show", "--db", team, listed["number"]]) == 0
    assert listed["number"] in capsys.readouterr().out
    assert run(["list", "--db", team, "--search", listed["company"][2:6], "--json"]) == 0
    assert [row["number"] for row in json.loads(capsys.readouterr().out)] == [listed["number"]]
    assert run(["list", "--db", team, "--search", "没有这样的公司名", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    assert run(["backups", "--db", team]) == 2  # listing and restoring backups are for files
    assert "只用于数据库文件" in capsys.readouterr().err


def test_a_worker_reopens_the_library_by_its_store_s_path_and_the_file_backups_refuse_it(
        team: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from licdesk.store import backups

    monkeypatch.chdir(tmp_path)  # nothing may appear here, as it would for a file of that name
    with Store.open(team) as desk:
        desk.save(rich_license())
        with Store.open(desk.path, readonly=True) as worker:  # as the desk's background work does
            assert worker.load("京B1.B2-20990001") is not None and worker.readonly
        assert backups.backup_at_start(desk.path) is None and backups.list_backups(desk.path) == []
        with pytest.raises(StoreError, match="pg_dump"):
            backups.create_backup(desk.path)
        with pytest.raises(StoreError, match="pg_dump"):
            backups.restore_backup(desk.path, tmp_path / "old.sqlite3")
    assert list(tmp_path.iterdir()) == []


def test_a_library_behind_the_program_is_brought_up_to_date_by_an_administrator_only(
        team: str, login_as, monkeypatch: pytest.MonkeyPatch) -> None:
    from licdesk.store.team import migrations
    from licdesk.store.team import store as team_store

    later = migrations.Migration(migrations.LATEST_VERSION + 1, "a later program's table",
                                 "CREATE TABLE later_things (id integer PRIMARY KEY)")
    monkeypatch.setattr(team_store, "LATEST_VERSION", later.version)  # this program is one step ahead
    monkeypatch.setattr(team_store, "migrate", lambda raw: migrations.migrate(raw, migrations.MIGRATIONS + (later,)))
    with pytest.raises(StoreError, match="只有管理员可以升级"):
        Store.open(login_as(CLERK))
    with Store.open(team):  # the administrator's desk upgrades it on opening
        pass
    with psycopg.connect(team) as admin:
        assert admin.execute("SELECT max(version) FROM licdesk_schema").fetchone() == (later.version,)
    with Store.open(login_as(CLERK)) as clerk:
        assert not clerk.readonly


def test_a_lost_server_connection_is_one_clear_line_and_the_next_call_connects_again(team: str) -> None:
    with Store.open(team) as store:
        store.save(rich_license())
        first = store.backend_pid
        with psycopg.connect(team, autocommit=True) as admin:
            admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                          "WHERE datname = current_database() AND pid <> pg_backend_pid()")
        with pytest.raises(StoreError, match="连接中断"):
            store.save(plain_license("京B2-20990221", "断线示例有限公司", dt.date(2030, 1, 1)))
        assert store.load("京B1.B2-20990001") is not None  # the server is back: so is the desk
        assert store.backend_pid != first and not store.exists("京B2-20990221")
        store.save(plain_license("京B2-20990221", "断线示例有限公司", dt.date(2030, 1, 1)))
    with Store.open(team) as again:
        assert again.exists("京B2-20990221")
