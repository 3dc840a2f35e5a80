"""Search pages and counts read from the matched ids kept between queries: the same answers as asking
the index each time, whichever way a page is found, and never a stale answer after a write."""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path

import pytest

from licdesk.store import Store
from tests.unit.test_store_samples import plain_license

TODAY = dt.date(2026, 6, 1)
# Company words spread unevenly, so that a search matches most, some or few of the library.
WORDS = ["星河"] * 6 + ["云帆"] * 3 + ["青柚"]
EXPIRIES = [dt.date(2025, 1, 1), dt.date(2026, 7, 1), dt.date(2029, 1, 1), None]


def _library(path: Path, size: int = 240) -> None:
    with Store.open(path) as store:
        store.save_many(
            plain_license(f"京B2-2099{i:04d}", f"北京{WORDS[i % len(WORDS)]}示例{i:03d}网络有限公司",
                          EXPIRIES[i % len(EXPIRIES)], [f"site{i}.example.cn"]) for i in range(size))
        for i in range(0, size, 17):
            store.delete(f"京B2-2099{i:04d}")  # a few in the trash, which no search shows


@pytest.fixture
def library(db_path: Path) -> Path:
    _library(db_path)
    return db_path


def _page(store: Store, **kwargs: object) -> list[str]:
    return [s.number for s in store.summaries(today=TODAY, **kwargs)]


QUERIES = ("星河", "云帆", "青柚", "示例", "example.cn", "星河 site1", "zzz", "河")


def test_pages_and_counts_equal_asking_the_index_each_time(library: Path) -> None:
    with Store.open(library) as kept, Store.open(library, readonly=True) as asking:  # read-only: no kept ids
        for query, status, order_by, descending in itertools.product(
                QUERIES, (None, "valid", "expired"), ("number", "company", "expiry_date", "status"), (False, True)):
            options = dict(search=query, status=status, order_by=order_by, descending=descending)
            for limit, offset in ((5, 0), (20, 40), (200, 0), (None, 0), (None, 30)):
                assert _page(kept, limit=limit, offset=offset, **options) == _page(
                    asking, limit=limit, offset=offset, **options), (options, limit, offset)
            assert kept.count(search=query, status=status, today=TODAY) == asking.count(
                search=query, status=status, today=TODAY), (query, status)


def test_both_ways_of_finding_a_page_are_taken(library: Path) -> None:
    with Store.open(library) as store:
        store.summaries(search="星河", limit=5, today=TODAY)
        assert store._matches.walk_in_order(5)  # most of the library: walk it in order
        store.summaries(search="青柚", limit=200, today=TODAY)
        assert not store._matches.walk_in_order(200)  # a few: read them and sort


def test_a_search_follows_this_stores_own_writes(library: Path) -> None:
    with Store.open(library) as store:
        before = store.count(search="青柚", today=TODAY)
        store.save(plain_license("京B2-20998888", "北京青柚示例新网络有限公司", None))
        assert store.count(search="青柚", today=TODAY) == before + 1
        assert "京B2-20998888" in _page(store, search="青柚")
        store.delete("京B2-20998888")
        assert store.count(search="青柚", today=TODAY) == before
        assert "京B2-20998888" not in _page(store, search="青柚")
        store.undelete("京B2-20998888")
        assert _page(store, search="青柚 新网络") == ["京B2-20998888"]


def test_a_search_follows_writes_by_another_licdesk(library: Path) -> None:
    with Store.open(library) as mine, Store.open(library) as theirs:
        first = _page(mine, search="云帆", limit=5)
        count = mine.count(search="云帆", today=TODAY)
        theirs.delete(first[0])
        assert mine.count(search="云帆", today=TODAY) == count - 1
        assert _page(mine, search="云帆", limit=5)[0] != first[0]
        lic = theirs.load(first[1])
        assert lic is not None
        lic.company = "北京青柚示例改名网络有限公司"
        theirs.save(lic, replace=True)
        assert first[1] not in _page(mine, search="云帆")
        assert first[1] in _page(mine, search="青柚")


def test_a_read_only_view_searches_without_keeping_ids(library: Path) -> None:
    with Store.open(library, readonly=True) as store:
        assert _page(store, search="青柚", limit=3) == _page(store, search="青柚")[:3]
        assert store.count(search="青柚", today=TODAY) == len(_page(store, search="青柚"))
        assert store.check() == []
        assert store.db.execute("SELECT count(*) FROM sqlite_temp_master").fetchone()[0] == 0
