"""Databases and backups that are not what they seem: planted schema objects, torn files, other programs'.

Nothing planted runs, a damaged file is refused byte for byte unchanged, a write that changes no row
is an error, and a bug (a closed connection) is a bug, not a friendly message.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from licdesk.cli import run
from licdesk.store import Store, StoreError
from licdesk.store.backups import create_backup, restore_backup
from tests.unit.test_store_samples import plain_license, rich_license

NUMBER = "京B1.B2-20990001"

# Our own planted objects, each of a kind the schema check must catch.
PLANTED = {
    "rename-on-insert": "CREATE TRIGGER t_rename AFTER INSERT ON licenses BEGIN "
                        "UPDATE licenses SET company = '冒名示例公司' WHERE id = new.id; END",
    "ignore-delete": "CREATE TRIGGER t_keep BEFORE UPDATE OF deleted_at ON licenses "
                     "BEGIN SELECT RAISE(IGNORE); END",
    "ignore-purge": "CREATE TRIGGER t_nopurge BEFORE DELETE ON licenses BEGIN SELECT RAISE(IGNORE); END",
    "extra-view": "CREATE VIEW v_leak AS SELECT number, company FROM licenses",
    "extra-table": "CREATE TABLE harvested (payload TEXT)",
    "extra-index": "CREATE INDEX i_extra ON licenses(legal_representative)",
}


def plant(db: Path, sql: str) -> None:
    conn = sqlite3.connect(db, isolation_level=None)
    try:
        conn.execute(sql)
    finally:
        conn.close()


@pytest.fixture
def library(tmp_path: Path) -> Path:
    db = tmp_path / "planted.sqlite3"
    with Store.open(db) as store:
        store.save(rich_license())
        store.save(plain_license("沪B2-20990002", "上海示例数据有限公司", None))
    return db


def file_bytes(db: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(db.parent.glob(db.name + "*"))}


@pytest.mark.parametrize("kind", sorted(PLANTED))
def test_a_database_with_a_planted_object_is_refused_on_open_unchanged(library: Path, kind: str) -> None:
    plant(library, PLANTED[kind])
    before = file_bytes(library)
    with pytest.raises(StoreError, match="不属于 licdesk"):
        Store.open(library)
    assert file_bytes(library) == before


@pytest.mark.parametrize("kind", sorted(PLANTED))
def test_a_backup_with_a_planted_object_is_not_restored(library: Path, tmp_path: Path, kind: str) -> None:
    backup = create_backup(library, target=tmp_path / "carried.sqlite3")
    plant(backup, PLANTED[kind])
    target = tmp_path / "desk.sqlite3"
    with Store.open(target) as store:
        store.save(plain_license("粤B2-20990003", "广州示例有限公司", None))
    before = target.read_bytes()
    with pytest.raises(StoreError, match="不属于 licdesk"):
        restore_backup(target, backup)
    assert target.read_bytes() == before


def test_check_reports_planted_objects_and_repair_drops_them_after_a_backup(library: Path, monkeypatch,
                                                                           capsys) -> None:  # noqa: ANN001
    monkeypatch.setenv("LICDESK_DB", str(library))
    for kind in ("rename-on-insert", "ignore-delete", "extra-view"):
        plant(library, PLANTED[kind])
    assert run(["check"]) == 2
    out = capsys.readouterr().out
    assert "t_rename" in out and "t_keep" in out and "v_leak" in out and "--repair" in out
    assert run(["check", "--repair"]) == 0
    out = capsys.readouterr().out
    assert "已移除" in out and "数据库完好" in out
    backups = list((library.parent / "backups").glob("licdesk-*-repair.sqlite3"))
    assert len(backups) == 1
    kept = sqlite3.connect(backups[0])
    assert kept.execute("SELECT count(*) FROM sqlite_master WHERE type = 'trigger'").fetchone()[0] == 2
    kept.close()
    with Store.open(library) as store:  # opens again, and writes do what they say
        store.save(plain_license("粤B2-20990009", "广州真名示例有限公司", None))
        assert store.load("粤B2-20990009").company == "广州真名示例有限公司"
        store.delete(NUMBER)
        assert store.load(NUMBER) is None


def test_a_trigger_added_while_open_cannot_fake_a_delete_or_a_purge(library: Path) -> None:
    with Store.open(library) as store:
        plant(library, PLANTED["ignore-delete"])  # slipped in behind the open check
        with pytest.raises(StoreError, match="没有执行"):
            store.delete(NUMBER)
        assert store.load(NUMBER) is not None and not store.in_trash(NUMBER)
        assert [e.action for e in store.audit(NUMBER)] == ["create"]  # no "delete" noted either
    conn = sqlite3.connect(library)
    conn.execute("DROP TRIGGER t_keep")
    conn.close()
    with Store.open(library) as store:
        store.delete(NUMBER)
        plant(library, PLANTED["ignore-purge"])
        with pytest.raises(StoreError, match="没有执行"):
            store.purge(NUMBER)
        assert store.in_trash(NUMBER)


def test_check_of_a_planted_database_is_not_called_sound(library: Path) -> None:
    plant(library, PLANTED["rename-on-insert"])
    with Store.open(library, refuse_unexpected_schema=False) as store:
        report = store.check_database()
        assert not report.sound and report.schema_needs_repair
        assert any("t_rename" in p for p in store.check())


# -- torn and foreign files -----------------------------------------------------------------------
def torn_copy(library: Path, target: Path) -> Path:
    """The library with its last pages cut off (the schema still reads), its header claiming no size
    (as older SQLite writers leave it), so the size check at open cannot see the cut."""
    for index in range(40):
        with Store.open(library) as store:
            store.save(plain_license(f"苏B2-2099{index:04d}", f"苏州示例{index}号公司" * 20, None))
    conn = sqlite3.connect(library)
    conn.execute("PRAGMA journal_mode = DELETE")  # as a copy made elsewhere arrives: not yet in WAL mode
    conn.close()
    data = bytearray(library.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    pages = len(data) // page_size
    cut = bytearray(data[: page_size * (pages - pages // 5)])
    cut[92:96] = (int.from_bytes(cut[24:28], "big") + 1).to_bytes(4, "big")  # "version-valid-for" out of date
    target.write_bytes(bytes(cut))
    return target


def test_a_torn_database_is_refused_byte_for_byte_unchanged(library: Path, tmp_path: Path) -> None:
    torn = torn_copy(library, tmp_path / "torn.sqlite3")
    before = torn.read_bytes()
    with pytest.raises(StoreError, match="损坏") as refused:
        Store.open(torn)  # refused before the first write: not even switched to WAL
    assert "\n" not in str(refused.value)
    assert torn.read_bytes() == before
    assert not Path(f"{torn}-wal").exists() or Path(f"{torn}-wal").stat().st_size == 0


def test_a_torn_database_already_in_wal_mode_is_refused_at_its_first_write(library: Path, tmp_path: Path) -> None:
    torn = torn_copy(library, tmp_path / "torn.sqlite3")
    data = bytearray(torn.read_bytes())
    data[18:20] = b"\x02\x02"  # the header says WAL: opening needs no write, so the Store checks before writing
    torn.write_bytes(bytes(data))
    before = torn.read_bytes()
    try:
        store = Store.open(torn)
    except StoreError:
        store = None  # refused at once: as good
    if store is not None:
        with store:
            with pytest.raises(StoreError, match="损坏"):
                store.save(plain_license("浙B2-20990001", "杭州示例有限公司", None))
            with pytest.raises(StoreError, match="损坏"):
                store.delete(NUMBER)
    assert torn.read_bytes() == before


def test_a_backup_of_a_torn_database_fails_instead_of_saying_done(library: Path, tmp_path: Path,
                                                                  capsys) -> None:  # noqa: ANN001
    torn = torn_copy(library, tmp_path / "torn.sqlite3")
    code = run(["--db", str(torn), "backup", "-o", str(tmp_path / "copy.sqlite3")])
    err = capsys.readouterr().err
    assert code == 2 and len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert not (tmp_path / "copy.sqlite3").exists()
    assert not list(tmp_path.glob(".copy.sqlite3.partial*"))


@pytest.mark.parametrize("what", ["another program", "a newer licdesk"])
def test_backup_refuses_a_file_that_is_not_a_licdesk_database_it_knows(tmp_path: Path, what: str,
                                                                       capsys) -> None:  # noqa: ANN001
    other = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE notes (body TEXT)")
    if what == "a newer licdesk":
        conn.execute("PRAGMA application_id = 1279869764")
        conn.execute("PRAGMA user_version = 999")
    conn.commit()
    conn.close()
    code = run(["--db", str(other), "backup"])
    captured = capsys.readouterr()
    assert code == 2 and "0 份" not in captured.out
    assert "licdesk" in captured.err and len(captured.err.strip().splitlines()) == 1
    assert not list((tmp_path / "backups").glob("*.sqlite3")) if (tmp_path / "backups").exists() else True


# -- bugs stay bugs ---------------------------------------------------------------------------------
def test_a_closed_database_is_a_programming_error_not_a_friendly_message(library: Path) -> None:
    store = Store.open(library)
    store.close()
    for use in (lambda: store.load(NUMBER), lambda: store.summaries(), lambda: store.save(rich_license(), replace=True),
                lambda: store.delete(NUMBER), lambda: list(store.licenses())):
        with pytest.raises(sqlite3.ProgrammingError):
            use()


def test_expected_problems_stay_friendly(library: Path) -> None:
    with Store.open(library) as store:
        other = sqlite3.connect(library, isolation_level=None, timeout=0)
        other.execute("BEGIN IMMEDIATE")  # another writer holds the file
        try:
            slow = Store.open(library, timeout=0.1)
            with pytest.raises(StoreError, match="另一个程序"):
                slow.save(plain_license("闽B2-20990001", "福州示例有限公司", None))
            slow.close()
        finally:
            other.execute("ROLLBACK")
            other.close()
        assert store.load("闽B2-20990001") is None
