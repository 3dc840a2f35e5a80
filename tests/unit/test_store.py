"""The store keeps whole licenses: lossless round trips, atomic replace, duplicates, trash, audit, findings."""

from __future__ import annotations

import copy
import datetime as dt
import json
import os
import sqlite3
import stat
from pathlib import Path

import pytest

from licdesk.domain.model import Clause, License, Service, Website
from licdesk.store import ConflictError, DuplicateLicenseError, LicenseNotFoundError, Store, StoreError
from tests.unit.test_store_samples import plain_license, rich_license


@pytest.fixture
def store(library: str | Path):  # the file, then a team library (tests/conftest.py)
    with Store.open(library) as opened:
        yield opened


def table_dump(path: Path) -> dict[str, list[tuple]]:
    """Every row of every ordinary table, to show that a refused write changed nothing."""
    conn = sqlite3.connect(path)
    try:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'search_index%' "
            "AND name NOT LIKE 'search_pairs%' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        return {t: conn.execute(f"SELECT * FROM {t} ORDER BY rowid").fetchall() for t in tables}
    finally:
        conn.close()


def test_rich_license_round_trips_without_loss(store: Store) -> None:
    original = rich_license()
    store.save(original)
    loaded = store.load(original.number)
    assert loaded is not None
    assert loaded.to_dict() == original.to_dict()
    assert loaded == original  # dataclass equality: None and "" kept apart, order kept
    assert loaded.services[2].coverage is None and loaded.services[2].remarks == ""
    assert loaded.annex[1].site_name is None and loaded.annex[1].access_provider == ""
    assert loaded.annex[2].domains == []
    assert loaded.clauses[1].children[1].children[1].text == "配合检查，记录萤火虫保全条款。"
    assert loaded.warnings == ["第 3 页有一行无法归类：示例", ""]


def test_round_trip_survives_reopening_the_file(db_path: Path) -> None:
    original = rich_license()
    with Store.open(db_path) as store:
        store.save(original)
    with Store.open(db_path) as store:
        assert store.load(original.number).to_dict() == original.to_dict()


def test_empty_license_round_trips(store: Store) -> None:
    bare = License(number="B2-20990002")
    store.save(bare)
    assert store.load("B2-20990002").to_dict() == bare.to_dict()


def test_many_siblings_keep_their_order(store: Store) -> None:
    lic = plain_license("京B2-20990003", "顺序示例有限公司", dt.date(2030, 1, 1))
    lic.clauses = [Clause(n, f"{n}、", f"第{n}条") for n in range(25, 0, -1)]
    lic.annex = [Website(f"站{n}", [f"s{n}-{k}.example.cn" for k in range(5, 0, -1)]) for n in range(12)]
    store.save(lic)
    assert store.load(lic.number).to_dict() == lic.to_dict()


def test_licenses_iterates_by_number_without_trash(store: Store) -> None:
    for number in ("苏B2-20990003", "B1-20990001", "京B2-20990002"):
        store.save(plain_license(number, f"{number}公司", dt.date(2030, 1, 1)))
    store.delete("京B2-20990002")
    assert [lic.number for lic in store.licenses()] == ["B1-20990001", "苏B2-20990003"]


@pytest.mark.file_only
def test_duplicate_is_refused_and_store_unchanged(store: Store, db_path: Path) -> None:
    store.save(rich_license())
    before = table_dump(db_path)
    other = rich_license(company="另一家示例公司")
    with pytest.raises(DuplicateLicenseError) as caught:
        store.save(other)
    assert "已存在" in str(caught.value) and "already exists" in str(caught.value)
    assert table_dump(db_path) == before
    assert store.load(other.number).company == "北京青禾远景示例科技有限公司"


def test_another_spelling_of_the_same_number_is_a_duplicate(store: Store) -> None:
    store.save(plain_license("京B2-20990010", "拼写示例有限公司", dt.date(2030, 1, 1)))
    with pytest.raises(DuplicateLicenseError):
        store.save(plain_license("京B2-20990010号", "拼写示例有限公司", dt.date(2030, 1, 1)))
    assert store.exists("京B2-20990010号")
    assert store.load("京B2-20990010号").number == "京B2-20990010"


def test_replace_swaps_everything_and_bumps_version(store: Store) -> None:
    first = rich_license()
    store.save(first)
    assert store.version(first.number) == 1
    second = rich_license(company="北京青禾远景示例科技有限公司（更名）", expiry=dt.date(2031, 1, 1))
    second.services = [Service("互联网接入服务业务", "北京")]
    second.clauses = [Clause(1, "一、", "只有一条。")]
    second.annex = []
    store.save(second, replace=True)
    assert store.load(first.number).to_dict() == second.to_dict()
    assert store.version(first.number) == 2
    assert store.summaries(search="萤火虫保全") == []  # the old clause text left the search index
    assert store.summaries(search="只有一条")[0].number == first.number


@pytest.mark.file_only
def test_replace_is_atomic_when_it_fails_half_way(store: Store, db_path: Path) -> None:
    store.save(rich_license())
    before = table_dump(db_path)
    broken = rich_license(company="不应保存的公司")
    broken.events.append(copy.copy(broken.events[0]))
    broken.events[-1].date = None  # type: ignore[assignment]  # NOT NULL fails after the old rows are gone
    with pytest.raises(StoreError):
        store.save(broken, replace=True)
    assert table_dump(db_path) == before
    assert store.load(broken.number).company == "北京青禾远景示例科技有限公司"


def test_replace_notes_each_change_in_the_audit_log(store: Store) -> None:
    first = rich_license()
    store.save(first)
    second = rich_license(company="新名称示例有限公司", expiry=dt.date(2032, 6, 30))
    second.services = second.services[:1]
    store.save(second, replace=True)
    entries = store.audit(first.number)
    assert [e.action for e in entries] == ["create"] + ["replace"] * 4
    changed = {e.field: (e.old, e.new) for e in entries[1:]}
    assert set(changed) == {"company", "annex_heading", "expiry_date", "services"}  # the heading names the company
    assert changed["company"] == ("北京青禾远景示例科技有限公司", "新名称示例有限公司")
    assert changed["expiry_date"] == ("2027-03-31", "2032-06-30")
    assert changed["services"][1] == "信息服务业务（仅限互联网信息服务）"
    assert all(e.at.tzinfo is not None for e in entries)


def test_expected_version_refuses_a_stale_edit(store: Store) -> None:
    lic = rich_license()
    store.save(lic)
    store.save(rich_license(company="别的窗口改过"), replace=True)
    with pytest.raises(ConflictError):
        store.save(rich_license(company="过时的修改"), replace=True, expected_version=1)
    assert store.load(lic.number).company == "别的窗口改过"
    store.save(rich_license(company="当前的修改"), replace=True, expected_version=2)
    assert store.load(lic.number).company == "当前的修改"


def test_save_many_is_all_or_nothing(store: Store) -> None:
    store.save(plain_license("京B2-20990020", "已有示例有限公司", dt.date(2030, 1, 1)))
    batch = [plain_license("京B2-20990021", "新一示例有限公司", dt.date(2030, 1, 1)),
             plain_license("京B2-20990020", "重复示例有限公司", dt.date(2030, 1, 1))]
    with pytest.raises(DuplicateLicenseError):
        store.save_many(batch)
    assert not store.exists("京B2-20990021")
    assert store.save_many(batch[:1]) == 1


def test_a_license_without_number_is_refused(store: Store) -> None:
    with pytest.raises(StoreError):
        store.save(License(number="  "))
    assert store.count() == 0


def test_trash_delete_undelete_purge(store: Store) -> None:
    lic = rich_license()
    store.save(lic)
    store.save(plain_license("苏B2-20990030", "留下示例有限公司", dt.date(2030, 1, 1)))
    store.delete(lic.number)
    assert store.load(lic.number) is None
    assert store.load(lic.number, include_trash=True).to_dict() == lic.to_dict()
    assert [s.number for s in store.summaries()] == ["苏B2-20990030"]
    assert store.summaries(search="青禾远景") == []
    assert store.count() == 1 and store.status_counts()["all"] == 1
    trash = store.list_trash()
    assert [s.number for s in trash] == [lic.number] and trash[0].deleted_at is not None
    assert list(store.licenses())[0].number == "苏B2-20990030"

    store.undelete(lic.number)
    assert store.load(lic.number).to_dict() == lic.to_dict()
    assert store.list_trash() == []
    assert store.summaries(search="青禾远景")[0].number == lic.number

    store.delete(lic.number)
    store.purge(lic.number)
    assert not store.exists(lic.number)
    assert store.list_trash() == []
    assert store.summaries(search="青禾远景") == []
    # the history outlives the license
    assert [e.action for e in store.audit(lic.number)] == ["create", "delete", "undelete", "delete", "purge"]
    store.save(lic)  # the number is free again
    assert store.load(lic.number) is not None


def test_purge_only_from_the_trash(store: Store) -> None:
    store.save(rich_license())
    with pytest.raises(StoreError, match="回收站"):
        store.purge("京B1.B2-20990001")
    assert store.load("京B1.B2-20990001") is not None


def test_unknown_numbers_and_wrong_places(store: Store) -> None:
    with pytest.raises(LicenseNotFoundError, match="没有编号为"):
        store.delete("京B2-20990099")
    store.save(rich_license())
    with pytest.raises(LicenseNotFoundError, match="不在回收站"):
        store.undelete("京B1.B2-20990001")
    store.delete("京B1.B2-20990001")
    with pytest.raises(LicenseNotFoundError, match="已在回收站"):
        store.delete("京B1.B2-20990001")


def test_a_number_in_the_trash_counts_as_existing(store: Store) -> None:
    lic = rich_license()
    store.save(lic)
    store.delete(lic.number)
    with pytest.raises(DuplicateLicenseError, match="回收站") as caught:
        store.save(lic)
    assert caught.value.in_trash
    assert store.exists(lic.number) and store.in_trash(lic.number)
    store.save(rich_license(company="重新导入示例有限公司"), replace=True)  # replacing brings it back
    assert store.load(lic.number).company == "重新导入示例有限公司"
    assert store.list_trash() == []


def test_status_filters_as_of_a_given_day(store: Store) -> None:
    today = dt.date(2025, 6, 1)
    store.save(plain_license("京B2-20990040", "过期示例有限公司", dt.date(2025, 5, 31)))
    store.save(plain_license("京B2-20990041", "今天到期示例有限公司", today))
    store.save(plain_license("京B2-20990042", "九十天示例有限公司", today + dt.timedelta(days=90)))
    store.save(plain_license("京B2-20990043", "九十一天示例有限公司", today + dt.timedelta(days=91)))
    store.save(plain_license("京B2-20990044", "无日期示例有限公司", None))

    def numbers(status: str) -> list[str]:
        return [s.number[-2:] for s in store.summaries(status=status, today=today)]

    assert numbers("expired") == ["40"]
    assert numbers("expiring") == ["41", "42"]
    assert numbers("valid") == ["43"]
    assert numbers("unknown") == ["44"]
    assert store.count(status="expiring", today=today) == 2
    assert store.status_counts(today=today) == {"all": 5, "valid": 1, "expiring": 2, "expired": 1, "unknown": 1,
                                                 "closed": 0}
    # the status the list shows agrees with License.status
    for summary in store.summaries(today=today):
        assert summary.status == store.load(summary.number).status(today)
    assert numbers("valid") == ["43"] and [s.number[-2:] for s in store.summaries(
        status="valid", today=today, soon_days=30)] == ["42", "43"]


def test_summaries_carry_what_the_list_shows(store: Store) -> None:
    store.save(rich_license())
    summary = store.summaries(today=dt.date(2025, 1, 1))[0]
    assert summary.number == "京B1.B2-20990001"
    assert summary.categories == ("B1", "B2")
    assert summary.services == ("信息服务业务（仅限互联网信息服务）", "互联网数据中心业务", "在线数据处理与交易处理业务")
    assert summary.issue_date == dt.date(2022, 4, 1) and summary.expiry_date == dt.date(2027, 3, 31)
    assert summary.status == "valid" and summary.legal_representative == "林小禾"


def test_order_by_and_paging(store: Store) -> None:
    rows = [("京B2-20990052", "丙公司", dt.date(2026, 1, 1)), ("京B2-20990050", "甲公司", None),
            ("京B2-20990051", "乙公司", dt.date(2024, 1, 1)), ("京B1-20990053", "丁公司", dt.date(2028, 1, 1))]
    for number, company, expiry in rows:
        store.save(plain_license(number, company, expiry))
    today = dt.date(2025, 12, 1)

    def order(**kwargs: object) -> list[str]:
        return [s.number[-2:] for s in store.summaries(today=today, **kwargs)]

    assert order() == ["53", "50", "51", "52"]
    assert order(descending=True) == ["52", "51", "50", "53"]
    assert order(order_by="expiry_date") == ["50", "51", "52", "53"]
    assert order(order_by="status") == ["51", "52", "53", "50"]  # expired, expiring, valid, no date
    assert order(order_by="categories") == ["53", "50", "51", "52"]
    assert order(order_by="company") == [s.number[-2:] for s in sorted(
        store.summaries(), key=lambda s: (s.company, s.number))]
    assert order(limit=2) == ["53", "50"] and order(limit=2, offset=2) == ["51", "52"]
    assert order(offset=3) == ["52"]
    with pytest.raises(ValueError):
        store.summaries(order_by="company; DROP TABLE licenses")


def test_findings_report_domains_on_other_licenses(store: Store) -> None:
    store.save(plain_license("京B2-20990060", "甲示例有限公司", dt.date(2030, 1, 1), ["shared.example.cn"]))
    store.save(plain_license("京B2-20990061", "乙示例有限公司", dt.date(2030, 1, 1), ["SHARED.example.cn "]))
    store.save(plain_license("京B2-20990062", "丙示例有限公司", dt.date(2030, 1, 1), ["shared.example.cn"]))
    store.delete("京B2-20990062")  # the trash does not count
    lic = store.load("京B2-20990060")
    duplicates = [f for f in store.findings(lic) if f.code == "domain.duplicate"]
    assert len(duplicates) == 1
    assert "京B2-20990061" in duplicates[0].message_zh and "京B2-20990062" not in duplicates[0].message_zh
    lonely = plain_license("京B2-20990063", "丁示例有限公司", dt.date(2030, 1, 1), ["alone.example.cn"])
    assert [f for f in store.findings(lonely) if f.code == "domain.duplicate"] == []


@pytest.mark.file_only
def test_warnings_column_is_json(store: Store, db_path: Path) -> None:
    store.save(rich_license())
    conn = sqlite3.connect(db_path)
    stored = conn.execute("SELECT warnings FROM licenses").fetchone()[0]
    conn.close()
    assert json.loads(stored) == ["第 3 页有一行无法归类：示例", ""]


@pytest.mark.file_only
def test_deleting_a_license_row_cascades_to_its_parts(store: Store, db_path: Path) -> None:
    store.save(rich_license())
    store.delete("京B1.B2-20990001")
    store.purge("京B1.B2-20990001")
    dump = table_dump(db_path)
    for table in ("licenses", "services", "websites", "domains", "clauses", "inspections", "events",
                  "search_keys", "search_clauses"):
        assert dump[table] == [], table


@pytest.mark.file_only
def test_full_text_index_stays_in_step_with_the_licenses(store: Store) -> None:
    store.save(rich_license())
    store.save(plain_license("苏B2-20990070", "一致示例有限公司", dt.date(2030, 1, 1), ["same.example.cn"]))
    store.save(rich_license(company="替换后的示例有限公司"), replace=True)
    store.delete("苏B2-20990070")
    store.purge("苏B2-20990070")
    # FTS5 compares its index with the text it was built from (rank 1) and raises when they differ
    store.db.execute("INSERT INTO search_index (search_index, rank) VALUES ('integrity-check', 1)")
    assert store.count(search="替换后的示例") == 1
    assert store.count(search="一致示例") == 0


@pytest.mark.file_only
def test_a_number_is_found_even_when_its_key_is_stale(store: Store) -> None:
    """Should the reading of numbers change, licenses stored before are still found by their number."""
    store.save(rich_license())
    store.db.execute("UPDATE licenses SET number_key = 'older reading'")
    assert store.exists("京B1.B2-20990001")
    with pytest.raises(DuplicateLicenseError):
        store.save(rich_license())
    store.delete("京B1.B2-20990001")
    assert store.in_trash("京B1.B2-20990001")


@pytest.mark.file_only
def test_backup_is_a_complete_private_copy(store: Store, tmp_path: Path) -> None:
    store.save(rich_license())
    target = store.backup(tmp_path / "backups" / "copy.sqlite3")
    with Store.open(target) as copy:
        assert copy.load("京B1.B2-20990001").to_dict() == rich_license().to_dict()
        assert copy.summaries(search="萤火虫保全")[0].number == "京B1.B2-20990001"
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
    with pytest.raises(StoreError):
        store.backup(store.path)


@pytest.mark.file_only
def test_check_finds_a_stale_search_index_and_rebuild_mends_it(store: Store) -> None:
    store.save(rich_license())
    assert store.check() == []
    store.db.execute("UPDATE search_keys SET company = '别的名字'")  # text changed behind the index's back
    assert any("search index" in p for p in store.check())
    store.rebuild_search_index()
    assert store.check() == []
    # the search words are written afresh from the license itself
    assert store.count(search="别的名字") == 0
    assert store.count(search=rich_license().company) == 1


def test_an_edit_may_change_the_number(store: Store) -> None:
    store.save(rich_license())
    store.save(plain_license("苏B2-20990080", "另一示例有限公司", dt.date(2030, 1, 1)))
    corrected = rich_license(number="京B1.B2-20990002")
    with pytest.raises(DuplicateLicenseError):  # the new number belongs to another license
        store.save(rich_license(number="苏B2-20990080"), replace=True, previous_number="京B1.B2-20990001")
    store.save(corrected, replace=True, previous_number="京B1.B2-20990001")
    assert not store.exists("京B1.B2-20990001")
    assert store.load("京B1.B2-20990002").to_dict() == corrected.to_dict()
    assert store.version("京B1.B2-20990002") == 2
    assert store.count() == 2
    assert ("number", "京B1.B2-20990001", "京B1.B2-20990002") in [
        (e.field, e.old, e.new) for e in store.audit("京B1.B2-20990002")]
    with pytest.raises(LicenseNotFoundError):
        store.save(corrected, replace=True, previous_number="京B2-20000000")
