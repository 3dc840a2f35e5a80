"""Opening database files: migrations, refusing what is not ours, permissions and clear error messages."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
from pathlib import Path

import pytest

from licdesk.store import Store, StoreError
from licdesk.store import migrations
from licdesk.store.connection import migrate, open_connection
from licdesk.store.errors import translate
from tests.unit.test_store_samples import rich_license


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_new_database_gets_the_latest_schema(db_path: Path) -> None:
    with Store.open(db_path) as store:
        assert store.count() == 0
    conn = sqlite3.connect(db_path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == migrations.LATEST_VERSION >= 1
    assert conn.execute("PRAGMA application_id").fetchone()[0] == migrations.APPLICATION_ID
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    conn.close()
    assert {"licenses", "services", "websites", "domains", "clauses", "inspections", "events",
            "audit_log", "search_keys", "search_clauses", "search_index"} <= tables


def test_missing_parent_folders_are_created(tmp_path: Path) -> None:
    path = tmp_path / "a" / "b" / "licdesk.sqlite3"
    with Store.open(path) as store:
        store.save(rich_license())
    assert path.exists()


def test_reopening_does_not_migrate_again(db_path: Path) -> None:
    with Store.open(db_path) as store:
        store.save(rich_license())
    with Store.open(db_path) as store:
        assert store.count() == 1
    assert not list(db_path.parent.glob("*.bak"))


def test_foreign_keys_are_on(db_path: Path) -> None:
    with Store.open(db_path) as store:
        assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_a_newer_database_is_refused_and_untouched(db_path: Path) -> None:
    with Store.open(db_path) as store:
        store.save(rich_license())
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version = {migrations.LATEST_VERSION + 5}")
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    before = digest(db_path)
    with pytest.raises(StoreError, match="更新版本") as caught:
        Store.open(db_path)
    assert "newer licdesk" in str(caught.value)
    assert digest(db_path) == before
    assert not Path(f"{db_path}-wal").exists()


@pytest.mark.parametrize("content", [
    b"number,company\n\xe4\xba\xac,x\n",
    b"\x00" * 4096,
    b"SQLite format 3\x00" + b"\xff" * 2000,  # a damaged header
    "这是一份普通的文本文件".encode("utf-8"),
])
def test_a_file_that_is_not_sqlite_is_refused_and_untouched(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(content)
    with pytest.raises(StoreError) as caught:
        Store.open(path)
    assert any(word in str(caught.value) for word in ("licdesk", "损坏", "不完整"))
    assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.sqlite3"]


def test_another_programs_sqlite_file_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.execute("INSERT INTO contacts VALUES ('示例')")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(StoreError, match="其他程序"):
        Store.open(path)
    assert digest(path) == before


def test_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="文件夹"):
        Store.open(tmp_path)


def test_an_empty_file_becomes_a_database(tmp_path: Path) -> None:
    path = tmp_path / "empty.sqlite3"
    path.write_bytes(b"")
    with Store.open(path) as store:
        store.save(rich_license())
        assert store.count() == 1


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_files_are_readable_by_the_owner_only(tmp_path: Path) -> None:
    old_umask = os.umask(0o022)
    try:
        path = tmp_path / "private.sqlite3"
        with Store.open(path) as store:
            store.save(rich_license())
            companions = [p for p in (Path(f"{path}-wal"), Path(f"{path}-shm")) if p.exists()]
            assert companions  # WAL mode keeps them while open
            for companion in companions:
                assert stat.S_IMODE(companion.stat().st_mode) & 0o077 == 0, companion
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    finally:
        os.umask(old_umask)


def test_migrations_run_in_order_and_back_up_an_existing_library(db_path: Path) -> None:
    with Store.open(db_path) as store:
        store.save(rich_license())
    applied: list[int] = []

    def add_column(conn: sqlite3.Connection) -> None:
        applied.append(2)
        conn.execute("ALTER TABLE licenses ADD COLUMN tag TEXT")

    def broken(conn: sqlite3.Connection) -> None:
        conn.execute("ALTER TABLE licenses ADD COLUMN other TEXT")
        raise sqlite3.OperationalError("simulated failure")

    steps = (*migrations.MIGRATIONS, migrations.Migration(migrations.LATEST_VERSION + 1, "tag", add_column),
             migrations.Migration(migrations.LATEST_VERSION + 2, "broken", broken))
    conn = sqlite3.connect(db_path, isolation_level=None)
    with pytest.raises(sqlite3.OperationalError, match="simulated"):
        migrate(conn, db_path, steps)
    # the added migration is in, the failed one after it left no trace
    assert conn.execute("PRAGMA user_version").fetchone()[0] == migrations.LATEST_VERSION + 1
    columns = {r[1] for r in conn.execute("PRAGMA table_info(licenses)")}
    assert "tag" in columns and "other" not in columns
    conn.close()
    assert applied == [2]
    backup = db_path.with_name(f"{db_path.name}.v{migrations.LATEST_VERSION}.bak")  # the library as it was, before migrating
    copy = sqlite3.connect(backup)
    assert copy.execute("SELECT count(*) FROM licenses").fetchone()[0] == 1
    assert copy.execute("PRAGMA user_version").fetchone()[0] == migrations.LATEST_VERSION
    copy.close()
    if os.name == "posix":
        assert stat.S_IMODE(backup.stat().st_mode) == 0o600


def test_a_locked_database_gives_a_clear_message(db_path: Path) -> None:
    with Store.open(db_path) as store:
        store.save(rich_license())
    blocker = sqlite3.connect(db_path, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")
    try:
        with Store.open(db_path, timeout=0.1) as store:
            assert store.count() == 1  # reading still works in WAL mode
            with pytest.raises(StoreError, match="另一个程序") as caught:
                store.delete("京B1.B2-20990001")
            assert "in use by another program" in str(caught.value)
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    with Store.open(db_path) as store:
        assert store.load("京B1.B2-20990001") is not None


def test_a_read_only_database_gives_a_clear_message(db_path: Path) -> None:
    with Store.open(db_path) as store:
        store.save(rich_license())
        store.db.execute("PRAGMA query_only = 1")  # what SQLite reports for a read-only file
        with pytest.raises(StoreError, match="只读") as caught:
            store.delete("京B1.B2-20990001")
        assert "read-only" in str(caught.value)
        assert store.load("京B1.B2-20990001") is not None


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs POSIX permissions, not root")
def test_a_read_only_file_can_be_read_but_not_written(db_path: Path) -> None:
    with Store.open(db_path) as store:
        store.save(rich_license())
    os.chmod(db_path, 0o400)
    try:
        with Store.open(db_path) as store:
            assert store.count() == 1
            with pytest.raises(StoreError, match="只读"):
                store.delete("京B1.B2-20990001")
    finally:
        os.chmod(db_path, 0o600)


@pytest.mark.parametrize("sqlite_message, words", [
    ("database or disk is full", ("磁盘空间已满", "disk is full")),
    ("database is locked", ("另一个程序", "in use")),
    ("attempt to write a readonly database", ("只读", "read-only")),
    ("file is not a database", ("不是 licdesk 数据库", "not a licdesk database")),
])
def test_sqlite_errors_become_clear_bilingual_lines(sqlite_message: str, words: tuple[str, str]) -> None:
    text = str(translate(sqlite3.OperationalError(sqlite_message)))
    assert words[0] in text and words[1] in text
    assert "\n" not in text


def test_the_connection_refuses_use_from_another_thread(db_path: Path) -> None:
    import threading

    conn = open_connection(db_path)
    errors: list[BaseException] = []

    def use() -> None:
        try:
            conn.execute("SELECT 1")
        except BaseException as exc:  # noqa: BLE001 - recorded for the assertion
            errors.append(exc)

    thread = threading.Thread(target=use)
    thread.start()
    thread.join()
    conn.close()
    assert errors and isinstance(errors[0], sqlite3.ProgrammingError)


def test_a_full_disk_gives_a_clear_message_and_keeps_the_old_data(db_path: Path) -> None:
    with Store.open(db_path) as store:
        store.save(rich_license())
        pages = store.db.execute("PRAGMA page_count").fetchone()[0]
        store.db.execute(f"PRAGMA max_page_count = {pages}")  # the file may not grow: as on a full disk
        big = rich_license(number="京B2-20990401")
        big.preamble = "很长的文字。" * 20000
        with pytest.raises(StoreError, match="磁盘空间已满") as caught:
            store.save(big)
        assert "disk is full" in str(caught.value)
        assert not store.exists("京B2-20990401")
        assert store.load("京B1.B2-20990001") is not None


def test_threads_with_their_own_store_write_side_by_side(db_path: Path) -> None:
    import datetime as dt
    import threading

    from tests.unit.test_store_samples import plain_license

    Store.open(db_path).close()
    errors: list[BaseException] = []

    def writer(prefix: str) -> None:
        try:
            with Store.open(db_path) as store:
                for n in range(15):
                    store.save(plain_license(f"{prefix}B2-2099{n:04d}", f"{prefix}{n}示例有限公司", dt.date(2030, 1, 1)))
        except BaseException as exc:  # noqa: BLE001 - recorded for the assertion
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(p,)) for p in ("京", "沪", "粤")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    with Store.open(db_path) as store:
        assert store.count() == 45
        assert store.check() == []
