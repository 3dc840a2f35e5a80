"""Full-text search: Chinese fragments, domains, clause text, short queries and hostile input."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from licdesk.store import Store
from tests.unit.test_store_samples import plain_license, rich_license


@pytest.fixture
def store(db_path: Path):
    with Store.open(db_path) as opened:
        opened.save(rich_license())
        opened.save(plain_license("苏B2-20990101", "南京蓝海示例网络有限公司", dt.date(2026, 1, 1),
                                  ["lanhai-demo.example.cn"], legal_representative="周一"))
        opened.save(plain_license("B1-20990102", "上海星光示例数据有限公司", dt.date(2024, 1, 1),
                                  ["xingguang.example.com"]))
        opened.save(plain_license("京B2-20990103", "100%_示例\\有限公司", dt.date(2027, 1, 1)))
        yield opened


def found(store: Store, query: str, **kwargs: object) -> list[str]:
    return [s.number for s in store.summaries(search=query, **kwargs)]


def test_company_fragment_in_the_middle_of_a_name(store: Store) -> None:
    assert found(store, "蓝海示例") == ["苏B2-20990101"]
    assert found(store, "示例数据") == ["B1-20990102"]
    assert found(store, "示例") == sorted(found(store, "示例"))  # 2 chars: still found, in number order
    assert len(found(store, "示例")) == 4


def test_domain_site_name_and_number(store: Store) -> None:
    assert found(store, "lanhai-demo") == ["苏B2-20990101"]
    assert found(store, "XINGGUANG.EXAMPLE") == ["B1-20990102"]  # case does not matter
    assert found(store, "远景示例.中国") == ["京B1.B2-20990001"]
    assert found(store, "青禾书屋") == ["京B1.B2-20990001"]
    assert found(store, "20990101") == ["苏B2-20990101"]
    assert found(store, "林小禾") == ["京B1.B2-20990001"]


def test_clause_text_at_any_depth(store: Store) -> None:
    assert found(store, "萤火虫保全") == ["京B1.B2-20990001"]  # a third-level clause
    assert sorted(found(store, "按时报送年度报告")) == sorted(["苏B2-20990101", "B1-20990102", "京B2-20990103"])


def test_several_words_must_all_match(store: Store) -> None:
    assert found(store, "示例网络 lanhai") == ["苏B2-20990101"]
    assert found(store, "示例网络 xingguang") == []
    assert found(store, "南京 示例") == ["苏B2-20990101"]  # two short words, LIKE for both
    assert found(store, "周一 蓝海示例") == ["苏B2-20990101"]  # a short word with a long one


def test_one_and_two_character_queries(store: Store) -> None:
    assert found(store, "蓝") == ["苏B2-20990101"]
    assert found(store, "周一") == ["苏B2-20990101"]
    assert found(store, "禾") == ["京B1.B2-20990001"]
    assert store.count(search="星") == 1


@pytest.mark.parametrize("query", [
    '"', "'", "AND", "OR", "NOT", "*", "a\"b", "NEAR(a b)", "(", ")", "^", "-", ":", "示例 AND", "\"\"\"",
    "col:value", "%", "_", "\\", "'; DROP TABLE licenses; --", "a*b", "{number}: 1", "\x00", "   ",
])
def test_hostile_queries_never_raise(store: Store, query: str) -> None:
    results = store.summaries(search=query)
    assert store.count(search=query) == len(results)
    assert store.count() == 4  # nothing was harmed


def test_like_wildcards_are_plain_characters(store: Store) -> None:
    assert found(store, "%") == ["京B2-20990103"]
    assert found(store, "_") == ["京B2-20990103"]
    assert found(store, "\\") == ["京B2-20990103"]
    assert found(store, "100%_") == ["京B2-20990103"]
    assert found(store, '示例"') == []


def test_an_empty_query_matches_everything(store: Store) -> None:
    assert store.count(search="") == store.count(search=None) == store.count(search="  \u3000 ") == 4


def test_search_combines_with_status(store: Store) -> None:
    today = dt.date(2025, 6, 1)
    assert found(store, "示例", status="expired", today=today) == ["B1-20990102"]
    assert store.count(search="示例", status="valid", today=today) == 3


def test_search_follows_replace(store: Store) -> None:
    renamed = plain_license("苏B2-20990101", "南京白帆示例网络有限公司", dt.date(2026, 1, 1))
    store.save(renamed, replace=True)
    assert found(store, "蓝海示例") == []
    assert found(store, "白帆示例") == ["苏B2-20990101"]
    assert found(store, "lanhai") == []
