"""licdesk backup / backups / restore / check: what they print, their exit codes, nothing lost."""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from pathlib import Path

import pytest

from licdesk import cli as command_line
from licdesk.cli import run
from licdesk.store import Store
from licdesk.store.backups import list_backups
from tests.unit.test_store_samples import plain_license, rich_license


@pytest.fixture(autouse=True)
def _safety_commands(monkeypatch: pytest.MonkeyPatch) -> None:
    """The safety subcommands, whether or not the command list names them yet."""
    modules = command_line._COMMAND_MODULES
    if "licdesk.cli.safety" not in modules:
        monkeypatch.setattr(command_line, "_COMMAND_MODULES", (*modules, "licdesk.cli.safety"))


def licdesk(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = run(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def library(db_path: Path) -> Path:
    with Store.open(db_path) as store:
        store.save(rich_license())
        store.save(plain_license("沪B2-20990011", "上海示例晨光信息有限公司", None, legal_representative="赵示例"))
    return db_path


def export(capsys: pytest.CaptureFixture[str]) -> str:
    code, out, _ = licdesk(capsys, "export", "--format", "json")
    assert code == 0
    return out


def test_backup_into_the_backups_folder_and_list_it(capsys, library: Path) -> None:
    code, out, err = licdesk(capsys, "backup")
    assert code == 0 and err == ""
    made = list_backups(library)
    assert len(made) == 1 and made[0].reason == "manual"
    assert "已备份 2 份许可证" in out and str(made[0].path) in out
    code, out, _ = licdesk(capsys, "backups")
    assert code == 0
    assert "手动备份" in out and made[0].path.name in out and "备份时间" in out
    code, out, _ = licdesk(capsys, "backups", "--json")
    listed = json.loads(out)
    assert listed[0]["license_count"] == 2 and listed[0]["reason"] == "manual"


def test_backup_to_a_chosen_file(capsys, library: Path, tmp_path: Path) -> None:
    target = tmp_path / "拷贝" / "副本.sqlite3"
    target.parent.mkdir()
    code, out, _ = licdesk(capsys, "backup", "-o", str(target))
    assert code == 0 and target.exists() and str(target) in out
    assert list_backups(library) == []


def test_no_backups_yet_and_no_database(capsys, db_path: Path) -> None:
    code, out, _ = licdesk(capsys, "backups")
    assert code == 0 and "还没有备份" in out
    code, _, err = licdesk(capsys, "backup")
    assert code == 2 and "数据库文件不存在" in err and len(err.strip().splitlines()) == 1


def test_backup_delete_everything_restore_gives_the_same_export(capsys, library: Path) -> None:
    before = export(capsys)
    assert licdesk(capsys, "backup")[0] == 0
    backup = list_backups(library)[0].path
    for number in (rich_license().number, "沪B2-20990011"):
        assert licdesk(capsys, "delete", number)[0] == 0
    with Store.open(library) as store:
        for summary in store.list_trash():
            store.purge(summary.number)
    assert json.loads(export(capsys)) == []
    code, out, err = licdesk(capsys, "restore", str(backup))
    assert code == 0, err
    assert "恢复 2 份许可证" in out and "恢复前的数据库已另存为" in out
    assert export(capsys) == before  # byte for byte


def test_restore_refuses_a_file_that_is_not_a_licdesk_backup(capsys, library: Path, tmp_path: Path) -> None:
    before = export(capsys)
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"this is not a database at all")
    code, _, err = licdesk(capsys, "restore", str(bad))
    assert code == 2 and "数据库未作任何改动" in err and len(err.strip().splitlines()) == 1
    assert export(capsys) == before


def test_check_of_a_sound_library_exits_0(capsys, library: Path) -> None:
    code, out, _ = licdesk(capsys, "check")
    assert code == 0
    assert "数据库完整性" in out and "搜索索引" in out and "许可证检查" in out and "数据库完好" in out
    code, out, _ = licdesk(capsys, "check", "--json")
    report = json.loads(out)
    assert code == 0 and report["sound"] is True and report["license_count"] == 2


def test_check_reports_problems_with_exit_2_and_rebuilds_the_index(capsys, library: Path) -> None:
    conn = sqlite3.connect(library, isolation_level=None)
    conn.execute("DELETE FROM search_keys")
    conn.close()
    code, out, _ = licdesk(capsys, "check")
    assert code == 2 and "不在搜索索引中" in out and "--rebuild-index" in out
    code, out, _ = licdesk(capsys, "check", "--rebuild-index")
    assert code == 0 and "已重建搜索索引" in out
    assert licdesk(capsys, "list", "--search", "晨光")[1].count("沪B2-20990011") == 1


def test_check_exits_2_for_a_license_with_an_error(capsys, library: Path) -> None:
    with Store.open(library) as store:
        store.save(dataclasses.replace(rich_license(), company=""), replace=True)
    code, out, _ = licdesk(capsys, "check", "--json")
    report = json.loads(out)
    assert code == 2 and report["sound"] is False
    assert report["licenses"][0]["number"] == rich_license().number
