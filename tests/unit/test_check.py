"""Check database: the file, the search index and every license's findings, in a report a clerk can read."""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from licdesk.store import Store
from tests.unit.test_store_samples import plain_license, rich_license


@pytest.fixture
def store(db_path: Path):
    with Store.open(db_path) as opened:
        opened.save(rich_license())
        opened.save(plain_license("沪B2-20990011", "上海示例晨光信息有限公司", dt.date(2028, 6, 30),
                                  legal_representative="赵示例"))
        yield opened


def raw(db_path: Path) -> sqlite3.Connection:
    """A second connection that changes the tables behind the store's back, as damage would."""
    return sqlite3.connect(db_path, isolation_level=None)


def test_a_sound_library_gives_a_clean_report(store: Store) -> None:
    seen: list[tuple[int, int]] = []
    report = store.check_database(progress=lambda done, total: seen.append((done, total)))
    assert report.sound and report.database_sound and not report.search_needs_rebuild
    assert report.license_count == 2 and seen[-1] == (2, 2)
    text = report.text()
    for heading in ("数据库完整性", "搜索索引", "许可证检查"):
        assert heading in text
    assert "数据库完好" in text


def test_findings_are_grouped_per_license(store: Store) -> None:
    lic = rich_license()
    store.save(dataclasses.replace(lic, company="", legal_representative=""), replace=True)
    report = store.check_database()
    assert not report.sound and report.database_sound
    entry = next(e for e in report.licenses if e.number == lic.number)
    assert entry.has_errors and {f.code for f in entry.findings} >= {"company.missing"}
    text = report.text()
    assert lic.number in text and "错误：缺少公司名称" in text
    assert report.to_dict()["licenses"][0]["findings"]


def test_warnings_alone_leave_the_library_sound(store: Store) -> None:
    store.save(dataclasses.replace(rich_license(), legal_representative=""), replace=True)
    report = store.check_database()
    assert report.sound and report.licenses
    assert "提示" in report.text()


def test_stale_search_words_are_found_and_a_rebuild_mends_them(store: Store, db_path: Path) -> None:
    conn = raw(db_path)
    conn.execute("UPDATE search_keys SET company = '旧名字', folded = '旧名字' WHERE number = ?",
                 (rich_license().number,))
    conn.close()
    report = store.check_database()
    assert report.search_needs_rebuild and not report.sound
    assert "搜索内容已过时" in report.text() and "重建搜索索引" in report.text()
    store.rebuild_search_index()
    assert store.check_database().sound
    assert store.count(search="青禾远景") == 1


def test_a_license_missing_from_the_index_is_found_and_put_back(store: Store, db_path: Path) -> None:
    conn = raw(db_path)
    conn.execute("DELETE FROM search_clauses")
    conn.execute("DELETE FROM search_keys")
    conn.close()
    report = store.check_database()
    assert any("不在搜索索引中" in i.message_zh for i in report.search)
    store.rebuild_search_index()
    after = store.check_database()
    assert after.sound, after.text()
    assert store.count(search="晨光") == 1


def test_orphan_rows_are_reported(store: Store, db_path: Path) -> None:
    conn = raw(db_path)  # foreign keys are off on this connection, as with a damaged or hand-edited file
    conn.execute("INSERT INTO services (license_id, ordinal, name) VALUES (9999, 0, '孤立的业务')")
    conn.close()
    report = store.check_database()
    assert not report.database_sound
    assert any("services" in i.message_zh and "孤立" in i.message_zh for i in report.integrity)
    assert "请从备份恢复" in report.verdict() or "数据库有问题" in report.verdict()


def test_a_changed_attachment_is_reported(store: Store, db_path: Path) -> None:
    info = store.add_attachment(rich_license().number, "正本.pdf", b"%PDF-1.4\n%%EOF\n")
    conn = raw(db_path)
    conn.execute("UPDATE attachments SET data = ? WHERE id = ?", (b"%PDF-1.4\nchanged", info.id))
    conn.close()
    report = store.check_database()
    assert any("正本.pdf" in i.message_zh for i in report.integrity)


def test_a_read_only_view_can_be_checked(store: Store, db_path: Path) -> None:
    with Store.open(db_path, readonly=True) as view:
        report = view.check_database()
        assert report.sound and report.license_count == 2
        assert view.check() == []


def test_the_check_finds_domains_listed_on_two_licenses_like_findings_does(store: Store) -> None:
    other = plain_license("粤B2-20990022", "广州示例有限公司", dt.date(2029, 1, 1),
                          domains=["qinghe-demo.example.cn"])
    store.save(other)
    report = store.check_database()
    by_number = {e.number: e for e in report.licenses}
    for lic in (rich_license(), other):
        expected = [f.to_dict() for f in store.findings(store.load(lic.number))]
        assert [f.to_dict() for f in by_number[lic.number].findings] == expected
        assert any(f.code == "domain.duplicate" for f in by_number[lic.number].findings)
