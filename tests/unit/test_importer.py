"""The importer against the reference seeds and our own variants of every layout and encoding."""

from __future__ import annotations

import datetime as dt
import json
import unicodedata
from pathlib import Path

import pytest

from licdesk.domain.model import License
from licdesk.importer import NotALicenseError, read_license
from tests.conftest import DATA, SHARED_SEEDS, seed_paths

VARIANTS = DATA / "licenses"


def read(name: str) -> License:
    return read_license((VARIANTS / name).read_bytes())


def squash(text: str | None) -> str:
    return "".join(unicodedata.normalize("NFKC", text or "").split())


def all_clause_text(lic: License) -> list[str]:
    return [clause.text for _, clause in lic.walk_clauses()]


# -- the reference seeds -------------------------------------------------------------------------
@pytest.mark.parametrize("path", seed_paths(), ids=lambda p: p.name[:3])
def test_seed_matches_expected_facts(path: Path) -> None:
    expected = json.loads((SHARED_SEEDS / "expected" / (path.stem + ".json")).read_text(encoding="utf-8"))
    lic = read_license(path.read_bytes())
    data = lic.to_dict()
    for key in ("number", "region", "cross_regional", "company", "legal_representative", "issue_date",
                "expiry_date", "categories"):
        assert squash(str(data[key])) == squash(str(expected[key])), key
    assert [squash(s.name) for s in lic.services] == [squash(s["name"]) for s in expected["services"]]
    assert len(lic.annex) == len(expected["annex"])
    for site, want in zip(lic.annex, expected["annex"]):
        assert site.domains == want["domains"]
        assert squash(site.server_location) == squash(want["server_location"])
    assert len(lic.clauses) == expected["clause_count"]
    for path_text, snippets in expected["clause_contains"].items():
        clause = _clause_at(lic, path_text)
        for snippet in snippets:
            assert squash(snippet) in squash(clause.text)
    for path_text, want in expected.get("applies_to", {}).items():
        assert squash(_clause_at(lic, path_text).applies_to) == squash(want)
    assert lic.inspections == []


def _clause_at(lic: License, dotted: str):
    level = lic.clauses
    node = None
    for part in dotted.split("."):
        node = next(c for c in level if c.number == int(part))
        level = node.children
    return node


@pytest.mark.parametrize("path", seed_paths(), ids=lambda p: p.name[:3])
def test_seed_clauses_hold_no_page_clutter(path: Path) -> None:
    lic = read_license(path.read_bytes())
    clutter = ["特别规定事项", "司(局)负责人", "公司代表", "- 23 -", "年月日", "##", "年检情况记录表", "经审核",
               "B2-20192917", "B2-20180910", "B2-20201765", "B1-20195402", "2018年6月6日"]
    for text in all_clause_text(lic):
        for noise in clutter:
            assert squash(noise) not in squash(text)
        # The page header "经营许可证编号：…" is gone; the phrase itself stays where the clause says it.
        assert "经营许可证编号:" not in squash(text)
    assert lic.warnings == []


def test_seed_words_broken_across_pages_are_joined(seeds: list[Path]) -> None:
    lic = read_license(seeds[0].read_bytes())
    eight = _clause_at(lic, "8")
    assert "影响众多用户" in eight.text
    assert squash("大规模用户个人信息泄露事件、影响众多用户的服务中断事件") in squash(eight.text)


def test_seed_cross_regional_reads_interleaved_services_column(seeds: list[Path]) -> None:
    lic = read_license(seeds[3].read_bytes())
    assert lic.cross_regional and lic.region is None
    assert lic.effective_issuer == "中华人民共和国工业和信息化部"
    assert [s.coverage for s in lic.services] == ["机房所在地为北京、天津、上海、广州、深圳", "全国"]


def test_seed_preamble_and_intro_are_kept(seeds: list[Path]) -> None:
    lic = read_license(seeds[1].read_bytes())
    assert lic.preamble.startswith("根据《中华人民共和国电信条例》")
    assert lic.preamble.endswith("特颁发增值电信业务经营许可证。")
    assert lic.provisions_intro.startswith("《特别规定事项》是经营许可证重要组成部分")
    assert lic.annex_heading == "云智联网络科技（北京）有限公司获准经营信息服务业务(仅限互联网信息服务)相关信息"
    assert "含文化" in lic.services[0].remarks


# -- our own variants -----------------------------------------------------------------------------
def test_combined_classes_with_values_on_the_next_line() -> None:
    lic = read("combined_classes_shanghai.txt")
    assert lic.number == "沪B1.B2-20130047"  # trailing 号 dropped
    assert lic.categories == ["B1", "B2"]
    assert lic.company == "上海青岚数据科技有限公司"
    assert lic.legal_representative == "周明远"
    assert lic.issuer == "上海市通信管理局"
    assert lic.issue_date == dt.date(2021, 3, 5)  # full-width digits
    assert lic.expiry_date == dt.date(2026, 3, 5)  # spaces inside the date
    assert [(s.name, s.coverage) for s in lic.services] == [
        ("互联网数据中心业务", "机房所在地为上海"),
        ("在线数据处理与交易处理业务（仅限经营类电子商务）", "全国"),
        ("信息服务业务（仅限互联网信息服务）", "上海"),
    ]
    assert lic.services[2].remarks == "不含信息搜索查询服务。"


def test_three_level_clause_tree_and_page_break_join() -> None:
    lic = read("combined_classes_shanghai.txt")
    assert [c.label for c in lic.clauses] == ["一、", "二、", "三、", "四、", "五、", "六、"]
    three = lic.clauses[2]
    assert [c.label for c in three.children] == ["（一）", "（二）"]
    assert [c.number for c in three.children[0].children] == [1, 2]
    assert three.children[0].children[1].text == "台账至少每季度核对一次，核对记录保存两年。"
    four = lic.clauses[3]
    assert four.children[0].text == "交易平台应当公示服务规则，保障交易安全和用户资金安全。"
    assert four.children[1].applies_to == "经营类电子商务"
    assert four.children[1].text == "你公司应当核验平台内经营者的身份信息。"
    # Signature and stamp lines at the page foot are not clause text.
    assert all("公司代表" not in t and "年　月" not in t for t in all_clause_text(lic))
    assert lic.warnings == []


def test_cross_regional_with_several_services_and_filled_inspection_grid() -> None:
    lic = read("cross_regional_inspections.txt")
    assert lic.cross_regional
    assert lic.title == "中华人民共和国跨地区增值电信业务经营许可证"
    assert lic.number == "B2-20110196"
    assert lic.issuer == "中华人民共和国工业和信息化部"
    assert lic.expiry_date == dt.date(2027, 7, 1)  # unpadded day
    assert [(s.name, s.coverage) for s in lic.services] == [
        ("信息服务业务（不含互联网信息服务）", "全国"),
        ("呼叫中心业务", "北京、天津、河北、山东"),
    ]
    assert [(i.year, i.result, i.date) for i in lic.inspections] == [
        (2013, "合格", dt.date(2014, 4, 2)),
        (2014, "合格", dt.date(2015, 3, 20)),
        (2015, "合格", dt.date(2016, 3, 10)),
    ]
    assert lic.inspections[0].authority == "工业和信息化部"
    assert len(lic.clauses) == 4  # the grid is not a clause
    assert lic.warnings == []


def test_annex_with_several_websites_and_domain_separators() -> None:
    lic = read("annex_websites_guangdong.txt")
    assert [w.site_name for w in lic.annex] == ["木棉社区", "木棉商城", "木棉开放平台"]
    assert lic.annex[0].domains == ["mumian-example.cn", "www.mumian-example.cn", "bbs.mumian-example.com.cn"]
    assert lic.annex[1].domains == ["shop.mumian-example.cn"]  # value on the next line
    assert lic.annex[2].domains == ["open.mumian-example.cn", "dev.mumian-example.cn"]  # scheme and path dropped
    assert lic.annex[2].access_provider == "岭南示例网络科技有限公司"
    assert lic.issue_date == dt.date(2022, 1, 9)


def test_every_unplaced_line_becomes_a_warning_with_its_line_number() -> None:
    lic = read("annex_websites_guangdong.txt")
    assert lic.warnings == ["第11行未能识别，已略过：本副本由示例档案室扫描留存"]


def test_annex_as_a_table() -> None:
    text = (VARIANTS / "annex_websites_guangdong.txt").read_text(encoding="utf-8")
    start = text.index("网站名称：木棉社区")
    end = text.index("经营许可证编号: 粤B2-20090059\n\n特别规定事项")
    table = ("网站名称\t网站域名\t服务器放置地\t网站接入服务提供单位\n"
             "木棉社区\tmumian-example.cn、bbs.mumian-example.cn\t广东省广州市\t南方示例云计算有限公司\n"
             "木棉商城\tshop.mumian-example.cn\t广东省深圳市\t南方示例云计算有限公司\n\n")
    lic = read_license(text[:start] + table + text[end:])
    assert [(w.site_name, w.domains) for w in lic.annex] == [
        ("木棉社区", ["mumian-example.cn", "bbs.mumian-example.cn"]),
        ("木棉商城", ["shop.mumian-example.cn"]),
    ]


def test_ocr_slip_in_the_number_is_mended_with_a_warning() -> None:
    text = (VARIANTS / "cross_regional_inspections.txt").read_text(encoding="utf-8")
    lic = read_license(text.replace("经营许可证编号：B2-20110196\n\n根据", "经营许可证编号：Bl-20110196\n\n根据", 1))
    assert lic.number == "B1-20110196"
    assert any("“l”" in w for w in lic.warnings)


def test_header_number_that_disagrees_is_reported() -> None:
    text = (VARIANTS / "combined_classes_shanghai.txt").read_text(encoding="utf-8")
    lic = read_license(text.replace("经营许可证编号：沪B1.B2-20130047\n\n特别规定事项", "经营许可证编号：沪B2-20130048\n\n特别规定事项"))
    assert lic.number == "沪B1.B2-20130047"
    assert any("不一致" in w for w in lic.warnings)


def test_number_taken_from_page_header_when_the_field_is_missing() -> None:
    text = (VARIANTS / "combined_classes_shanghai.txt").read_text(encoding="utf-8")
    text = text.replace("经营许可证编号：\n沪B1.B2-20130047号\n", "", 1)
    text = text.replace("经营许可证编号：沪B1.B2-20130047\n\n特别规定事项", "特别规定事项\n\n沪B1.B2-20130047", 1)
    lic = read_license(text)
    assert lic.number == "沪B1.B2-20130047"
    assert any("页眉" in w for w in lic.warnings)


# -- encodings -------------------------------------------------------------------------------------
@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gbk", "gb18030", "utf-16", "utf-16-le", "utf-16-be"])
def test_every_encoding_a_clerk_meets_reads_the_same(encoding: str) -> None:
    text = (VARIANTS / "combined_classes_shanghai.txt").read_text(encoding="utf-8")
    text = text.replace("２０２１", "2021")  # full-width digits exist in GBK too, but keep the sample plain
    reference = read_license(text.encode("utf-8")).to_dict()
    assert read_license(text.encode(encoding)).to_dict() == reference


def test_windows_line_endings() -> None:
    text = (VARIANTS / "cross_regional_inspections.txt").read_text(encoding="utf-8")
    assert read_license(text.replace("\n", "\r\n").encode("gbk")).to_dict() == read_license(text).to_dict()


# -- refusals --------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "data, words",
    [
        (b"", "空"),
        (b"   \n\n  ", "空"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "扫描"),  # a scan: read with OCR
        (b"MZ\x90\x00\x03\x00\x00\x00\x04\x00" * 50, "二进制"),
        (b"abc \x80\x80\x81 license", "编码"),
        (b"x" * (21 * 1024 * 1024), "过大"),
        ("关于开展年报工作的通知\n\n一、请按时报送。\n".encode("utf-8"), "不是增值电信业务经营许可证"),
        ("Meeting notes: nothing here is a license.".encode("utf-8"), "不是增值电信业务经营许可证"),
    ],
    ids=["empty", "blank", "png", "exe", "undecodable", "20MB", "notice", "english"],
)
def test_input_that_is_not_a_license_is_refused_clearly(data: bytes, words: str) -> None:
    with pytest.raises(NotALicenseError) as caught:
        read_license(data)
    message = str(caught.value)
    assert words in message
    assert "\n" not in message
    assert caught.value.message_en  # English follows for those who need it


def test_unrelated_notice_file_is_refused() -> None:
    with pytest.raises(NotALicenseError):
        read("notice.txt")


def test_clause_labels_damaged_by_ocr_are_read_where_the_count_expects_them() -> None:
    text = (VARIANTS / "combined_classes_shanghai.txt").read_text(encoding="utf-8")
    damaged = text.replace("一、你公司应当依法经营", "、你公司应当依法经营")  # the numeral lost
    damaged = damaged.replace("二、你公司应当在经营场所", "二你公司应当在经营场所")  # the 、 lost
    lic = read_license(damaged)
    assert [(c.label, c.number) for c in lic.clauses] == [(f"{n}、", i) for i, n in enumerate("一二三四五六", 1)]
    assert lic.clauses[1].text.startswith("你公司应当在经营场所")
    # Out of sequence, such a line is text, not a clause.
    assert len(read_license(text.replace("六、你公司应当在每年", "九你公司应当在每年")).clauses) == 5


@pytest.mark.parametrize("intro_end", ["规定事项：", "规定事项"], ids=["colon-kept", "colon-lost-too"])
def test_a_first_clause_whose_label_a_scan_lost_is_the_first_clause_with_a_warning(intro_end: str) -> None:
    text = (VARIANTS / "combined_classes_shanghai.txt").read_text(encoding="utf-8")
    damaged = text.replace("一、你公司应当依法经营", "你公司应当依法经营").replace("规定事项：\n", intro_end + "\n")
    lic = read_license(damaged)
    assert [(c.label, c.number) for c in lic.clauses] == [(f"{n}、", i) for i, n in enumerate("一二三四五六", 1)]
    assert lic.clauses[0].text.startswith("你公司应当依法经营")
    assert lic.provisions_intro.endswith("遵守下列规定事项：" if intro_end.endswith("：") else "遵守下列规定事项")
    assert any("没有条款编号" in warning and "第一条" in warning for warning in lic.warnings)
    # With its label in place the first clause is read as ever, and nothing is said.
    assert not any("没有条款编号" in warning for warning in read_license(text).warnings)


def test_a_field_label_ends_a_preamble_whose_full_stop_a_scan_misread() -> None:
    text = (VARIANTS / "combined_classes_shanghai.txt").read_text(encoding="utf-8")
    lic = read_license(text.replace("特颁发增值电信业务经营许可证。", "特颁发增值电信业务经营许可证·"))
    assert lic.company == "上海青岚数据科技有限公司"
    assert lic.legal_representative == "周明远"
    assert lic.preamble.endswith("特颁发增值电信业务经营许可证·")
