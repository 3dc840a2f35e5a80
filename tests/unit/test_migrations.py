"""A library written by licdesk's first schema opens in this licdesk: upgraded, nothing lost, a copy kept."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from licdesk.store import Store, migrations, rows
from tests.conftest import DATA

V1_FIXTURE = DATA / "db" / "licdesk-v1.sqlite3"


def v1_export(path: Path) -> dict[str, dict]:
    """Every license (the trash too) as schema JSON, read straight from the v1 tables."""
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
        license_rows = conn.execute("SELECT * FROM licenses ORDER BY number").fetchall()
        return {lic.number: lic.to_dict() for lic in rows.read_licenses(conn, license_rows)}
    finally:
        conn.close()


@pytest.fixture
def v1_copy(tmp_path: Path) -> Path:
    target = tmp_path / "licdesk.sqlite3"
    shutil.copyfile(V1_FIXTURE, target)
    return target


def test_the_fixture_is_a_first_version_library() -> None:
    exported = v1_export(V1_FIXTURE)
    assert len(exported) == 3


def test_opening_a_v1_library_upgrades_it_with_nothing_lost(v1_copy: Path) -> None:
    before = v1_export(v1_copy)
    original = v1_copy.read_bytes()
    with Store.open(v1_copy) as store:
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == migrations.LATEST_VERSION
        after = {lic.number: lic.to_dict() for lic in store.licenses()}
        trashed = {s.number for s in store.list_trash()}
        for number in trashed:
            after[number] = store.load(number, include_trash=True).to_dict()
        assert json.dumps(after, ensure_ascii=False, sort_keys=True) == \
            json.dumps(before, ensure_ascii=False, sort_keys=True)
        assert len(trashed) == 1
        # each license's state when migrating is its first kept version, under its own version number
        for number, data in before.items():
            kept = store.versions(number)
            assert len(kept) == 1
            assert store.load_version(number, kept[0].version).to_dict() == data
            assert kept[0].version == store.version(number)
        assert store.check() == []
        assert store.count(search=next(iter(before.values()))["company"]) == 1  # search still works
    # the library as it was was copied first, and that copy is a v1 library equal to the original
    backup = v1_copy.with_name(f"{v1_copy.name}.v1.bak")
    assert backup.exists()
    assert v1_export(backup) == before
    assert V1_FIXTURE.read_bytes() == original  # the committed fixture itself is never touched


def test_an_upgraded_library_keeps_working(v1_copy: Path) -> None:
    with Store.open(v1_copy) as store:
        number = store.summaries()[0].number
        lic = store.load(number)
        old_version = store.version(number)
        store.save(lic, replace=True, expected_version=old_version)
        assert [v.version for v in store.versions(number)] == [old_version + 1, old_version]
        store.add_attachment(number, "正本.pdf", b"%PDF-1.4\n%%EOF\n")
    with Store.open(v1_copy) as store:  # a second opening migrates nothing and keeps everything
        assert len(store.attachments(number)) == 1
    assert not v1_copy.with_name(f"{v1_copy.name}.v2.bak").exists()


def test_an_earlier_pre_upgrade_copy_is_never_written_over(v1_copy: Path, tmp_path: Path) -> None:
    """Restoring an old backup and upgrading again keeps the first .bak and numbers the next."""
    earlier = v1_copy.with_name(f"{v1_copy.name}.v1.bak")
    earlier.write_bytes(b"an earlier copy the clerk may still need")
    Store.open(v1_copy).close()
    assert earlier.read_bytes() == b"an earlier copy the clerk may still need"
    numbered = v1_copy.with_name(f"{v1_copy.name}.v1.2.bak")
    assert v1_export(numbered) == v1_export(V1_FIXTURE)


def test_an_upgraded_library_searches_its_places_providers_and_services(v1_copy: Path) -> None:
    with Store.open(v1_copy) as store:
        assert store.summaries(search="示例云服务")              # an access provider
        assert store.summaries(search="闵行区")                  # a server's place
        assert store.summaries(search="成都")                    # a service's coverage, two characters
        assert not store.summaries(search="示例云服务不存在")


def test_migrations_are_numbered_one_after_another() -> None:
    assert [m.version for m in migrations.MIGRATIONS] == list(range(1, len(migrations.MIGRATIONS) + 1))
