"""Layouts the importer must read whatever their details: every column order of an annex table, a
coverage list wrapped at any character, page furniture of any wording at every page break, table
rows of every marking (|, tabs)."""

from __future__ import annotations

import itertools
import random

import pytest

from licdesk.importer import read_license
from licdesk.importer.regions import REGIONS
from tests.conftest import DATA

KINDS = DATA / "licenses" / "kinds"
PLAIN = (KINDS / "utf16_notepad.txt").read_bytes().decode("utf-16").replace("\r\n", "\n")

HEAD = """中华人民共和国增值电信业务经营许可证
经营许可证编号：赣B2-20210388
根据《中华人民共和国电信条例》及国家有关规定，经审查，准许你公司按照本经营许可证（正文和附件）载明的内容经营增值电信业务，特颁发增值电信业务经营许可证。
公司名称：南昌赣江示例网络有限公司
法定代表人：熊若木
业务种类（服务项目）及覆盖范围：
信息服务业务（仅限互联网信息服务）
发证机关：江西省通信管理局
发证日期：2021年6月1日
有效期至：2026年6月1日
南昌赣江示例网络有限公司获准经营信息服务业务（仅限互联网信息服务）相关信息
"""
TAIL = "\n特别规定事项\n一、你公司应当遵守国家有关电信管理的法律法规。\n"
SITES = [
    {"序号": "1", "网站名称": "赣江资讯", "网站域名": "GANJIANG-EXAMPLE.CN、www.ganjiang-example.cn",
     "服务器放置地": "江西省南昌市", "网站接入服务提供单位": "赣鄱示例云有限公司"},
    {"序号": "2", "网站名称": "赣江商城", "网站域名": "shop.ganjiang-example.cn",
     "服务器放置地": "江西省九江市", "网站接入服务提供单位": "庐山示例数据有限公司"},
]
WANT = [
    ("赣江资讯", ["ganjiang-example.cn", "www.ganjiang-example.cn"], "江西省南昌市", "赣鄱示例云有限公司"),
    ("赣江商城", ["shop.ganjiang-example.cn"], "江西省九江市", "庐山示例数据有限公司"),
]
COLUMNS = list(SITES[0])


def annex_table(columns: list[str], mark: str) -> str:
    def row(cells: list[str]) -> str:
        return "| " + " | ".join(cells) + " |" if mark == "|" else "\t".join(cells)

    lines = [row(columns)]
    if mark == "|":
        lines.append(row(["---"] * len(columns)))
    lines += [row([site[c] for c in columns]) for site in SITES]
    return "\n".join(lines)


@pytest.mark.parametrize("mark", ["|", "\t"], ids=["markdown", "tabs"])
@pytest.mark.parametrize("order", list(itertools.permutations(range(5)))[::7], ids=lambda o: "".join(map(str, o)))
def test_annex_columns_are_found_by_their_header_in_any_order(order: tuple[int, ...], mark: str) -> None:
    columns = [COLUMNS[i] for i in order]
    lic = read_license(HEAD + annex_table(columns, mark) + TAIL)
    assert [(w.site_name, w.domains, w.server_location, w.access_provider) for w in lic.annex] == WANT
    assert lic.warnings == []


@pytest.mark.parametrize("absent", ["序号", "服务器放置地", "网站接入服务提供单位"])
def test_an_absent_column_leaves_only_its_field_empty(absent: str) -> None:
    columns = [c for c in COLUMNS if c != absent]
    lic = read_license(HEAD + annex_table(columns, "|") + TAIL)
    assert [w.site_name for w in lic.annex] == ["赣江资讯", "赣江商城"]
    assert [w.domains for w in lic.annex] == [want[1] for want in WANT]
    if absent == "服务器放置地":
        assert all(w.server_location is None for w in lic.annex)


def test_a_cell_stacked_over_several_rows_stays_one_website() -> None:
    table = "| 网站名称 | 网站域名 | 服务器放置地 |\n|---|---|---|\n" \
            "| 赣江资讯 | ganjiang-example.cn | 江西省南昌市 |\n" \
            "|  | m.ganjiang-example.cn |  |\n" \
            "|  | 赣江示例.中国 |  |\n"
    lic = read_license(HEAD + table + TAIL)
    assert len(lic.annex) == 1
    assert lic.annex[0].domains == ["ganjiang-example.cn", "m.ganjiang-example.cn", "赣江示例.中国"]


PROVINCES = "、".join(REGIONS[:26])


@pytest.mark.parametrize("cut", range(3, len(PROVINCES) - 3, 5))
def test_a_province_list_wrapped_at_any_character_reads_whole(cut: int) -> None:
    text = PLAIN.replace("信息服务业务（仅限互联网信息服务）\r\n", "").replace(
        "信息服务业务（仅限互联网信息服务）\n发证机关", "信息服务业务（不含互联网信息服务）\n"
        + PROVINCES[:cut] + "\n" + PROVINCES[cut:] + "\n发证机关")
    lic = read_license(text)
    assert lic.services[0].coverage == PROVINCES
    assert lic.services[0].remarks is None


@pytest.mark.parametrize("cut", range(3, len(PROVINCES) - 3, 7))
def test_a_coverage_column_wrapped_at_any_character_reads_whole(cut: int) -> None:
    rows = f"信息服务业务（不含互联网信息服务）        {PROVINCES[:cut]}\n                                          {PROVINCES[cut:]}\n"
    text = PLAIN.replace("信息服务业务（仅限互联网信息服务）\n发证机关", rows + "发证机关")
    lic = read_license(text)
    assert [(s.name, s.coverage, s.remarks) for s in lic.services] == [
        ("信息服务业务（不含互联网信息服务）", PROVINCES, None)]


FURNITURE = [  # the lines printed at each break; a page number alone is known clutter, dropped without a word
    (["电子证照共享平台 副本", "核验码 Q7P-{page}X2"], True),
    (["本页与原件一致", "示例档案馆 制"], True),
    (["Page {page} of {pages}"], False),
    (["——示例公司内部资料——", "第 {page} 页 共 {pages} 页"], True),
]


@pytest.mark.parametrize("furniture, named", FURNITURE, ids=lambda f: f[0][:6] if isinstance(f, list) else "")
def test_page_furniture_of_any_wording_is_removed_and_broken_words_join(furniture: list[str], named: bool) -> None:
    clean = (KINDS / "three_levels_newer.txt").read_text(encoding="utf-8")
    reference = read_license(clean)
    lines = clean.split("\n")
    pages = 4
    rng = random.Random(len(furniture[0]))
    # Pages of some ten lines each, the break a line or two either way.
    step = (len(lines) - 20) // pages
    breaks = [20 + step * page + rng.randint(-2, 2) for page in range(1, pages)]
    paged: list[str] = []
    for number, line in enumerate(lines):
        if number in breaks:
            page = breaks.index(number) + 1
            if line and rng.random() < 0.5:  # a word broken across the break
                half = len(line) // 2
                paged.append(line[:half])
                line = line[half:]
            paged += [f.format(page=page, pages=pages) for f in furniture]
        paged.append(line)
    lic = read_license("\n".join(paged))
    assert [(c.label, c.text) for _, c in lic.walk_clauses()] == [(c.label, c.text) for _, c in reference.walk_clauses()]
    assert bool(lic.warnings) == named  # removed lines are named, not dropped in silence


def test_a_label_spaced_out_letter_by_letter_is_still_a_label() -> None:
    spaced = PLAIN.replace("公司名称：", "公 司 名 称 ：").replace("法定代表人：", "法 定 代 表 人：")
    lic = read_license(spaced)
    assert (lic.company, lic.legal_representative) == ("天津海河示例信息服务有限公司", "窦明川")


def test_a_bold_markdown_certificate_reads_like_the_plain_one() -> None:
    marked = "\n".join(f"**{line[:line.index('：') + 1]}**{line[line.index('：') + 1:]}" if "：" in line else line
                       for line in PLAIN.split("\n"))
    assert read_license(marked).to_dict() == read_license(PLAIN).to_dict()
