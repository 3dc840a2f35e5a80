"""Search finds the same licenses in a file and in a team library: every fragment of the stored words,
one to four characters long, in either case, and words of query syntax."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import psycopg
import pytest

from licdesk.store import Store
from licdesk.store.team.roles import init_library
from tests.unit.test_store_samples import plain_license, rich_license

HOSTILE = ['"', "'", "%", "_", "\\", "*", "AND", "OR NOT", "NEAR(", "a%b", "_x_", "京B2-2099*", "--", ";"]


def _licenses() -> list:
    return [
        rich_license(),
        plain_license("苏B2-20990401", "南京蓝海示例网络有限公司", dt.date(2026, 1, 1), ["LanHai-Demo.example.cn"],
                      legal_representative="周一"),
        plain_license("B1-20990402", "上海星光示例数据有限公司", dt.date(2024, 1, 1), ["xingguang.example.com"]),
        plain_license("京B2-20990403", "100%_示例\\有限公司", dt.date(2027, 1, 1)),
    ]


def _queries(texts: list[str]) -> list[str]:
    found: set[str] = set(HOSTILE)
    for text in texts:
        for size in (1, 2, 3, 4):
            for start in range(0, max(0, len(text) - size) + 1, 3):
                word = text[start:start + size].strip()
                if word and " " not in word:
                    found.update({word, word.upper(), word.lower()})
    return sorted(found)


def test_every_fragment_finds_the_same_licenses_on_both_engines(db_path: Path, postgres_database: str) -> None:
    with psycopg.connect(postgres_database) as admin:
        init_library(admin)
    licenses = _licenses()
    with Store.open(db_path) as file, Store.open(postgres_database) as team:
        for store in (file, team):
            store.save_many(licenses)
            store.delete("B1-20990402")  # the trash is never found
        texts = [t for lic in licenses for t in (lic.number, lic.company, lic.legal_representative, *lic.domains())]
        texts += [c.text[:30] for lic in licenses for _, c in lic.walk_clauses()]
        queries = _queries(texts)
        assert len(queries) > 200
        differing = {q: (found_in_file, found_in_team) for q in queries
                     if (found_in_file := [s.number for s in file.summaries(search=q)])
                     != (found_in_team := [s.number for s in team.summaries(search=q)])}
        assert differing == {}
        for query in ("示例 有限", "lanhai 周一", "EXAMPLE 京"):
            assert [s.number for s in file.summaries(search=query)] == [s.number for s in team.summaries(search=query)]
            assert file.count(search=query) == team.count(search=query)


@pytest.mark.parametrize("query", ["", "   "])
def test_no_words_find_everything_on_both_engines(db_path: Path, postgres_database: str, query: str) -> None:
    with psycopg.connect(postgres_database) as admin:
        init_library(admin)
    with Store.open(db_path) as file, Store.open(postgres_database) as team:
        for store in (file, team):
            store.save_many(_licenses())
        assert [s.number for s in file.summaries(search=query)] == [s.number for s in team.summaries(search=query)]
