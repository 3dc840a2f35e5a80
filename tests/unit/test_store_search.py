"""Full-text search: Chinese fragments, domains, clause text, short queries and hostile input."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from licdesk.store import Store
from tests.unit.test_store_samples import plain_license, rich_license


@pytest.fixture
def store(library: str | Path):  # the file, then a team library (tests/conftest.py)
    with Store.open(library) as opened:
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
    "00\x00", "示例\x00科技", "a\x00b\u202e", "\x1b[31m",
])
def test_hostile_queries_never_raise(store: Store, query: str) -> None:
    results = store.summaries(search=query)
    assert store.count(search=query) == len(results)
    assert store.count() == 4  # nothing was harmed


def test_control_characters_in_a_query_are_dropped_as_in_stored_text(store: Store) -> None:
    assert found(store, "周\x00一") == found(store, "周一") == ["苏B2-20990101"]


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


# -- the pair index behind one- and two-character searches --------------------------------------
def _identifying_text(store: Store, number: str) -> str:
    lic = store.load(number)
    assert lic is not None
    fields = [lic.number, lic.company, lic.legal_representative,
              *(w for s in lic.annex for w in (s.site_name, s.server_location, s.access_provider) if w),
              *(w for s in lic.services for w in (s.name, s.coverage) if w), *lic.domains()]
    return "\n".join(fields).lower()


def test_short_queries_find_exactly_the_licenses_whose_identifying_fields_hold_them(store: Store) -> None:
    numbers = [s.number for s in store.summaries()]
    texts = {n: _identifying_text(store, n) for n in numbers}
    characters = sorted({c for t in texts.values() for c in t if not c.isspace()})
    pairs = sorted({t[i:i + 2] for t in texts.values() for i in range(len(t) - 1)
                    if not any(c.isspace() for c in t[i:i + 2])})
    for word in characters + pairs:
        expected = sorted(n for n, t in texts.items() if word in t)
        assert sorted(found(store, word)) == expected, word


@pytest.mark.file_only
def test_the_pair_index_follows_edits_deletes_and_a_rebuild(store: Store) -> None:
    lic = store.load("苏B2-20990101")
    assert lic is not None
    lic.company = "南京青柚示例网络有限公司"
    store.save(lic, replace=True)
    assert found(store, "青柚") == ["苏B2-20990101"]
    assert found(store, "蓝海") == []  # the old name's pairs are gone
    store.delete("苏B2-20990101")
    assert found(store, "青柚") == []
    store.undelete("苏B2-20990101")
    assert found(store, "青柚") == ["苏B2-20990101"]
    store.rebuild_search_index()
    assert found(store, "青柚") == ["苏B2-20990101"]
    assert found(store, "柚") == ["苏B2-20990101"]
    assert store.check() == []


def test_short_queries_with_query_syntax_are_plain_text(store: Store) -> None:
    for word in ('"', "*", "OR", "a*", "-", '""', "^", "İ", "İa", "ß"):
        assert isinstance(found(store, word), list)  # no syntax error reaches the clerk
    assert found(store, "%_") == ["京B2-20990103"]


def test_the_annex_places_and_providers_and_the_services_are_searched(store: Store) -> None:
    rich = store.summaries(search="青禾书屋")[0].number
    assert found(store, "示例云数据") == [rich]        # who connects the site
    assert rich in found(store, "天津")                # where a site's servers stand (two characters)
    assert found(store, "数据中心") == [rich]          # a service's name
    assert set(found(store, "全国")) == {"苏B2-20990101", "B1-20990102", "京B2-20990103"}  # a coverage


def test_the_new_words_follow_a_change(store: Store) -> None:
    number = "苏B2-20990101"
    lic = store.load(number)
    assert lic is not None
    lic.annex[0].access_provider = "远山示例接入有限公司"
    store.save(lic, replace=True, expected_version=store.version(number))
    assert found(store, "远山示例接入") == [number]
