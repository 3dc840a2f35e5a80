"""Backups: consistent private copies in backups/, listed, rotated, and restored whole or not at all."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import stat
from pathlib import Path
from unittest import mock

import pytest

from licdesk.store import Store, StoreError, migrations
from licdesk.store import backups
from licdesk.store.backups import (
    backup_at_start, create_backup, inspect_database, list_backups, restore_backup, rotate,
)
from tests.conftest import DATA
from tests.unit.test_store_samples import plain_license, rich_license


def fill(db: Path, count: int = 3) -> None:
    with Store.open(db) as store:
        store.save(rich_license())
        for i in range(1, count):
            store.save(plain_license(f"沪B2-2099{i:04d}", f"上海示例{i}号信息有限公司", None))


def export_json(db: Path) -> bytes:
    """The `licdesk export --format json` bytes of the library (every license, number order)."""
    from licdesk.cli.core import write_json

    with Store.open(db) as store:
        licenses = list(store.licenses())
    return write_json(licenses, None)


def test_a_backup_is_a_private_consistent_copy_while_the_store_is_open(db_path: Path) -> None:
    fill(db_path)
    with Store.open(db_path) as store:  # the desk has the file open, with changes still in the -wal
        store.delete(rich_license().number)
        made = create_backup(db_path, "manual")
        assert made.parent == db_path.parent / "backups"
        assert made.name.startswith("licdesk-") and made.name.endswith("-manual.sqlite3")
    copy = sqlite3.connect(made)
    assert copy.execute("SELECT count(*) FROM licenses WHERE deleted_at IS NULL").fetchone()[0] == 2
    assert copy.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # one self-contained file
    copy.close()
    assert not Path(f"{made}-wal").exists()
    if os.name == "posix":
        assert stat.S_IMODE(made.stat().st_mode) == 0o600
        assert stat.S_IMODE(made.parent.stat().st_mode) == 0o700


def test_backups_are_listed_newest_first_with_count_size_and_reason(db_path: Path) -> None:
    fill(db_path, 2)
    first = create_backup(db_path, "start")
    fill(db_path.with_name("other.sqlite3"))  # another library in the same folder: not listed
    with Store.open(db_path) as store:
        store.save(plain_license("沪B2-20998888", "上海示例新增有限公司", None))
    second = create_backup(db_path, "import")
    listed = list_backups(db_path)
    assert [b.path for b in listed] == [second, first]
    assert [b.license_count for b in listed] == [3, 2]
    assert [b.reason for b in listed] == ["import", "start"]
    assert listed[0].reason_label == "批量导入前自动备份"
    assert all(b.size == b.path.stat().st_size and b.created_at.tzinfo is not None for b in listed)


def test_an_unreadable_file_in_the_folder_is_listed_without_a_count(db_path: Path) -> None:
    fill(db_path, 1)
    made = create_backup(db_path, "start")
    broken = made.with_name("licdesk-20000101-000000-000-start.sqlite3")
    broken.write_bytes(b"not a database")
    counts = {b.path: b.license_count for b in list_backups(db_path)}
    assert counts == {made: 1, broken: None}


def test_rotation_keeps_the_newest_automatic_backups_and_every_manual_one(db_path: Path) -> None:
    fill(db_path, 1)
    manual = create_backup(db_path, "manual")
    automatic = [create_backup(db_path, "start") for _ in range(5)]
    removed = rotate(db_path, keep=2)
    assert sorted(removed) == sorted(automatic[:3])
    left = {b.path for b in list_backups(db_path)}
    assert left == {manual, *automatic[3:]}
    create_backup(db_path, "import", keep=2)  # keep= rotates after making the new one
    assert len([b for b in list_backups(db_path) if b.reason != "manual"]) == 2


def test_the_start_backup_is_skipped_when_nothing_changed(db_path: Path) -> None:
    assert backup_at_start(db_path) is None  # no library yet
    fill(db_path, 1)
    made = backup_at_start(db_path)
    assert made is not None and made.name.endswith("-start.sqlite3")
    assert backup_at_start(db_path) is None
    with Store.open(db_path) as store:
        store.delete(rich_license().number)
    assert backup_at_start(db_path) is not None


def test_backup_then_delete_everything_then_restore_gives_the_same_export(db_path: Path) -> None:
    fill(db_path, 3)
    before = export_json(db_path)
    made = create_backup(db_path, "manual")
    with Store.open(db_path) as store:
        for lic in list(store.licenses()):
            store.delete(lic.number)
            store.purge(lic.number)
        assert store.count() == 0
    result = restore_backup(db_path, made)
    assert result.license_count == 3 and result.restored_from == made
    assert export_json(db_path) == before  # byte for byte
    # the emptied library was kept before it was replaced
    assert result.previous is not None and result.previous.name.endswith("-before-restore.sqlite3")
    assert inspect_database(result.previous).license_count == 0
    if os.name == "posix":
        assert stat.S_IMODE(db_path.stat().st_mode) == 0o600
    assert not list(db_path.parent.glob(".*restoring*"))  # no temp file left behind


def test_restore_replaces_a_live_journal_safely(db_path: Path) -> None:
    """A -wal left by a crash belongs to the old file: it is folded in and kept, never replayed onto the new one."""
    fill(db_path, 1)
    made = create_backup(db_path, "manual")
    store = Store.open(db_path)
    store.save(plain_license("沪B2-20997777", "上海示例晚到有限公司", None))
    # simulate a crash: copy the database with its -wal as they are while open
    crashed = db_path.with_name("crashed.sqlite3")
    shutil.copyfile(db_path, crashed)
    shutil.copyfile(f"{db_path}-wal", f"{crashed}-wal")
    store.close()
    result = restore_backup(crashed, made)
    assert not Path(f"{crashed}-wal").exists()
    with Store.open(crashed) as restored:
        assert restored.count() == 1 and restored.check() == []
    assert inspect_database(result.previous).license_count == 2  # the crashed file's last save was kept


def test_a_damaged_database_is_kept_byte_for_byte_before_restoring(db_path: Path) -> None:
    fill(db_path, 2)
    made = create_backup(db_path, "manual")
    damaged = b"garbage that is not SQLite" * 100
    db_path.write_bytes(damaged)
    result = restore_backup(db_path, made)
    assert result.previous.read_bytes() == damaged
    assert result.previous.name.endswith("-damaged.sqlite3")
    assert inspect_database(db_path).license_count == 2


@pytest.mark.parametrize("kind", ["not sqlite", "half", "foreign", "newer", "missing"])
def test_a_bad_backup_is_refused_and_the_database_left_as_it_was(db_path: Path, tmp_path: Path, kind: str) -> None:
    fill(db_path, 2)
    source = create_backup(db_path, "manual", target=tmp_path / "good.sqlite3")
    bad = tmp_path / "bad.sqlite3"
    if kind == "not sqlite":
        bad.write_bytes(b"PK\x03\x04 a zip file, say")
    elif kind == "half":
        data = source.read_bytes()
        bad.write_bytes(data[: len(data) // 2])
    elif kind == "foreign":
        other = sqlite3.connect(bad)
        other.execute("CREATE TABLE t(x)")
        other.commit()
        other.close()
    elif kind == "newer":
        shutil.copyfile(source, bad)
        conn = sqlite3.connect(bad)
        conn.execute(f"PRAGMA user_version = {migrations.LATEST_VERSION + 1}")
        conn.close()
    before = db_path.read_bytes()
    with pytest.raises(StoreError, match="数据库未作任何改动"):
        restore_backup(db_path, bad)
    assert db_path.read_bytes() == before
    assert [b.reason for b in list_backups(db_path)] == []  # nothing was even kept: nothing happened


def test_an_older_backup_is_restored_and_upgraded_on_opening(db_path: Path, tmp_path: Path) -> None:
    fill(db_path, 1)
    old = tmp_path / "old.sqlite3"
    shutil.copyfile(DATA / "db" / "licdesk-v1.sqlite3", old)
    result = restore_backup(db_path, old)
    assert result.license_count == 2
    with Store.open(db_path) as store:
        assert store.count() == 2
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == migrations.LATEST_VERSION


def test_a_failed_swap_leaves_the_database_and_no_temp_file(db_path: Path) -> None:
    fill(db_path, 2)
    made = create_backup(db_path, "manual")
    with Store.open(db_path) as store:
        store.delete(rich_license().number)
    before = export_json(db_path)
    real_replace = os.replace

    def failing_swap(source: object, target: object) -> None:
        if Path(target) == db_path:
            raise OSError(28, "No space left on device")
        real_replace(source, target)

    with mock.patch.object(backups.os, "replace", side_effect=failing_swap):
        with pytest.raises(StoreError, match="数据库未被替换"):
            restore_backup(db_path, made)
    assert export_json(db_path) == before
    assert [b.reason for b in list_backups(db_path)] == ["before-restore", "manual"]
    assert not list(db_path.parent.glob(".*restoring*"))


def test_a_backup_is_never_written_over_the_database(db_path: Path) -> None:
    fill(db_path, 1)
    with pytest.raises(StoreError):
        create_backup(db_path, target=db_path)
    with pytest.raises(StoreError):
        restore_backup(db_path, db_path)
    assert inspect_database(db_path).license_count == 1


def test_json_export_is_unchanged_by_backup(db_path: Path) -> None:
    fill(db_path, 2)
    before = export_json(db_path)
    create_backup(db_path)
    assert export_json(db_path) == before
    assert json.loads(before)


def test_restore_is_refused_while_a_licdesk_has_the_database_open(db_path: Path) -> None:
    fill(db_path, 2)
    made = create_backup(db_path, "manual")
    with Store.open(db_path, lock=True) as store:
        store.delete(rich_license().number)
        before = export_json(db_path)
        with pytest.raises(StoreError, match="无法恢复"):
            restore_backup(db_path, made)
        assert store.count() == 1
    assert export_json(db_path) == before
    restore_backup(db_path, made)  # once closed, it goes ahead
    assert inspect_database(db_path).license_count == 2


def test_emptying_the_trash_backs_up_first_and_is_one_transaction(db_path: Path) -> None:
    fill(db_path, 3)
    with Store.open(db_path) as store:
        numbers = [lic.number for lic in store.licenses()]
        for number in numbers[:2]:
            store.delete(number)
        with pytest.raises(StoreError, match="不在回收站中"):
            store.purge_many(numbers)  # the third is still in the library: nothing goes
        assert len(store.list_trash()) == 2
        assert store.purge_many(numbers[:2]) == 2
        assert store.list_trash() == []
    made = [b for b in list_backups(db_path) if b.reason == "purge"]
    assert len(made) == 2  # one per attempt, both before anything was removed
    restore_backup(db_path, made[0].path)
    with Store.open(db_path) as store:
        assert len(store.list_trash()) == 2


def test_a_bulk_operation_backs_up_through_the_store(db_path: Path) -> None:
    fill(db_path, 2)
    with Store.open(db_path) as store:
        made = store.automatic_backup("import", keep=1)
        store.automatic_backup("import", keep=1)
    assert not made.exists()  # rotated away by the second
    assert [b.reason for b in list_backups(db_path)] == ["import"]


def test_a_full_disk_stops_a_backup_cleanly(db_path: Path) -> None:
    fill(db_path, 2)

    def full(conn: sqlite3.Connection, target: Path) -> Path:
        Path(target).write_bytes(b"half a backup")
        raise sqlite3.OperationalError("database or disk is full")

    with mock.patch.object(backups, "copy_database", side_effect=full):
        with pytest.raises(StoreError, match="磁盘空间不足") as caught:
            create_backup(db_path, "manual")
    assert "database is unaffected" in str(caught.value)
    assert list((db_path.parent / "backups").iterdir()) == []  # no half backup left to be trusted later
    assert inspect_database(db_path).license_count == 2


def test_rotation_clears_half_written_backups_of_a_killed_licdesk(db_path: Path) -> None:
    fill(db_path, 1)
    folder = db_path.parent / "backups"
    folder.mkdir()
    stale, fresh = folder / ".licdesk-20000101-000000-000-start.sqlite3.partial", folder / ".licdesk-x.partial"
    stale.write_bytes(b"half")
    fresh.write_bytes(b"being written")
    os.utime(stale, (0, 0))
    rotate(db_path, keep=5)
    assert not stale.exists() and fresh.exists()
