"""Damaged files: a database cut off part way, or with a page overwritten, is refused or reported, never written."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from licdesk.store import Store, StoreError
from licdesk.store.backups import inspect_database
from tests.conftest import DATA
from tests.unit.test_store_samples import plain_license, rich_license


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def library(db_path: Path) -> Path:
    with Store.open(db_path) as store:
        store.save(rich_license())
        for i in range(30):
            store.save(plain_license(f"沪B2-2099{i:04d}", f"上海示例{i}号信息有限公司", None))
    return db_path


@pytest.mark.parametrize("fraction", [0.5, 0.9, 0.01])
def test_a_database_cut_off_part_way_is_refused_and_untouched(library: Path, fraction: float) -> None:
    data = library.read_bytes()
    cut = library.with_name("cut.sqlite3")
    cut.write_bytes(data[: max(1, int(len(data) * fraction))])
    before = digest(cut)
    with pytest.raises(StoreError, match="不完整|不是 licdesk") as caught:
        Store.open(cut)
    assert "untouched" in str(caught.value)
    with pytest.raises(StoreError):
        Store.open(cut, readonly=True)
    assert digest(cut) == before
    assert sorted(p.name for p in cut.parent.iterdir() if p.name.startswith("cut")) == ["cut.sqlite3"]
    assert inspect_database(cut).problems  # nor can it be restored from


def test_the_v1_fixture_cut_in_half_is_refused(tmp_path: Path) -> None:
    data = (DATA / "db" / "licdesk-v1.sqlite3").read_bytes()
    half = tmp_path / "half.sqlite3"
    half.write_bytes(data[: len(data) // 2])
    with pytest.raises(StoreError, match="不完整"):
        Store.open(half)
    assert half.read_bytes() == data[: len(data) // 2]


def test_an_overwritten_page_is_reported_by_the_check(library: Path) -> None:
    data = bytearray(library.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    # the last page holds table rows: fill it with noise, as a bad sector would
    start = len(data) - page_size
    data[start:] = bytes((i * 37) % 251 for i in range(page_size))
    damaged = library.with_name("damaged.sqlite3")
    damaged.write_bytes(bytes(data))
    try:
        store = Store.open(damaged)
    except StoreError as exc:  # refused at the door is fine too, if it says so
        assert "损坏" in str(exc) or "licdesk" in str(exc)
        return
    with store:
        report = store.check_database()
    assert not report.sound
    assert "请从备份恢复" in report.text()


def test_a_short_file_with_its_journal_beside_it_is_left_to_sqlite(library: Path) -> None:
    """A checkpoint cut short by a crash: the -wal still holds the pages, and SQLite finishes the job."""
    with Store.open(library) as store:
        store.db.execute("PRAGMA wal_autocheckpoint = 0")
        for i in range(30, 60):
            store.save(plain_license(f"沪B2-2099{i:04d}", f"上海示例{i}号信息有限公司", None))
        crashed = library.with_name("crashed.sqlite3")
        shutil.copyfile(library, crashed)
        shutil.copyfile(f"{library}-wal", f"{crashed}-wal")
    data = crashed.read_bytes()
    header_pages = int.from_bytes(data[28:32], "big")
    page_size = int.from_bytes(data[16:18], "big")
    # The header says more pages than remain: as after page 1 was written but not the rest.
    patched = bytearray(data)
    patched[28:32] = (header_pages + 5).to_bytes(4, "big")
    crashed.write_bytes(bytes(patched))
    assert len(patched) < (header_pages + 5) * page_size
    with Store.open(crashed) as store:
        assert store.count() == 61
