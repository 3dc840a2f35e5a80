"""Races and broken derived data: a restore under a running writer, a damaged full-text index.

Nothing a command reports as imported may be gone afterwards, and the search index, which is derived
from the tables, can always be rebuilt, whatever state it is in.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from licdesk.cli import run
from licdesk.store import Store, StoreError
from licdesk.store.backups import create_backup, restore_backup
from licdesk.store.instance_lock import InstanceLock
from tests.unit.test_store_samples import plain_license, rich_license

SAMPLES = Path(__file__).resolve().parent.parent / "data" / "licenses"
SHANGHAI = SAMPLES / "combined_classes_shanghai.txt"


def generated(index: int):  # noqa: ANN201
    return plain_license(f"渝B2-2099{index:04d}", f"重庆示例{index}号科技有限公司", None)


@pytest.fixture
def library(db_path: Path) -> Path:
    with Store.open(db_path) as store:
        store.save(rich_license())
    return db_path


def test_a_restore_while_the_command_line_imports_is_refused_and_nothing_reported_is_lost(
        library: Path, tmp_path: Path, monkeypatch, capsys) -> None:  # noqa: ANN001
    backup = create_backup(library, target=tmp_path / "older.sqlite3")
    refusals: list[str] = []
    calls = {"n": 0}

    def parse_and_meanwhile_restore(name: str):  # noqa: ANN202
        calls["n"] += 1
        if calls["n"] == 3:  # another clerk restores the backup while the import runs
            try:
                restore_backup(library, backup)
            except StoreError as exc:
                refusals.append(str(exc))
        return generated(calls["n"])

    monkeypatch.setattr("licdesk.cli.core.parse_license", parse_and_meanwhile_restore)
    code = run(["import", *(f"file{i}.txt" for i in range(1, 7))])
    out = capsys.readouterr().out
    reported = [line.split()[1] for line in out.splitlines() if "已导入" in line]
    assert code == 0 and len(reported) == 6
    assert refusals and "无法恢复" in refusals[0]
    with Store.open(library) as store:
        missing = [number for number in reported if store.load(number) is None]
    assert missing == []


def test_a_store_notices_the_file_was_replaced_under_it(library: Path, tmp_path: Path) -> None:
    backup = create_backup(library, target=tmp_path / "older.sqlite3")
    writer = Store.open(library)  # a writer that did not take the lock (an older licdesk, a script)
    try:
        writer.save(generated(1))
        restore_backup(library, backup)
        with pytest.raises(StoreError, match="被替换"):
            writer.save(generated(2))
    finally:
        writer.close()
    with Store.open(library) as store:
        assert store.load(generated(2).number) is None  # and it never claimed otherwise
        assert store.load(rich_license().number) is not None


@pytest.mark.parametrize("argv", [
    ["import", str(SHANGHAI)],
    ["delete", "京B1.B2-20990001"],
    ["review", "start", "京B1.B2-20990001"],
    ["check", "--rebuild-index"],
])
def test_every_writing_command_takes_the_instance_lock(library: Path, argv: list[str], capsys) -> None:  # noqa: ANN001
    if argv[0] == "import" and not SHANGHAI.exists():
        pytest.skip("the sample license texts are not in tests/data/licenses")
    before = {p.name: p.read_bytes() for p in library.parent.glob(library.name)}
    lock = InstanceLock.acquire(library)  # the desk (or another command) is editing the file
    try:
        code = run(argv)
    finally:
        lock.release()
    err = capsys.readouterr().err
    assert code == 2 and "正由" in err and len(err.strip().splitlines()) == 1
    assert {p.name: p.read_bytes() for p in library.parent.glob(library.name)} == before


def test_reading_commands_still_work_while_the_desk_edits(library: Path, capsys) -> None:  # noqa: ANN001
    lock = InstanceLock.acquire(library)
    try:
        assert run(["list"]) == 0
        assert "京B1.B2-20990001" in capsys.readouterr().out
    finally:
        lock.release()


# -- a damaged full-text index ----------------------------------------------------------------------
DAMAGE = {
    "config table gone": "DROP TABLE search_index_config",
    "data blocks overwritten": "UPDATE search_index_data SET block = x'00ff00ff00ff00ff'",
    "format version unknown": "UPDATE search_index_config SET v = 99 WHERE k = 'version'",
    "pair index gone": "DROP TABLE search_pairs_data",
}


@pytest.mark.parametrize("damage", sorted(DAMAGE))
def test_a_damaged_search_index_is_rebuilt_by_check_and_everything_works_again(library: Path, damage: str,
                                                                              capsys) -> None:  # noqa: ANN001
    conn = sqlite3.connect(library, isolation_level=None)
    conn.execute(DAMAGE[damage])
    conn.close()
    with Store.open(library) as store:  # imports and searches fail, with the way out named
        with pytest.raises(StoreError, match="rebuild-index|搜索索引"):
            store.save(generated(1))
    term = "京" if "pair" in damage else "青禾远景"  # one character: the pair index; more: the trigram index
    assert run(["list", "--search", term]) == 2
    assert "Traceback" not in capsys.readouterr().err

    assert run(["check", "--rebuild-index"]) == 0
    out = capsys.readouterr().out
    assert "已重建搜索索引" in out and "数据库完好" in out
    assert list((library.parent / "backups").glob("licdesk-*-repair.sqlite3"))  # a backup came first
    with Store.open(library) as store:
        store.save(generated(1))
        assert [s.number for s in store.summaries(search="青禾远景")] == ["京B1.B2-20990001"]
        assert [s.number for s in store.summaries(search="重庆")] == [generated(1).number]
        assert [s.number for s in store.summaries(search="渝")] == [generated(1).number]  # the pair index
        assert store.check() == []
