"""OCR and typing noise: letters read for digits, spaces inside words and numerals, domains cut by a
line break; every value checked for its kind; texts without a number or a company refused."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from licdesk.domain import numbers
from licdesk.importer import NotALicenseError, read_license
from licdesk.importer.clauses import read_label
from licdesk.importer.noise import close_cjk_gaps, mend_digits, mend_number
from tests.conftest import DATA

PLAIN = (DATA / "licenses" / "kinds" / "utf16_notepad.txt").read_bytes().decode("utf-16").replace("\r\n", "\n")


@pytest.mark.parametrize("written, meant", [
    ("2O2O年7月l5日", "2020年7月15日"),
    ("2O26年1O月8日", "2026年10月8日"),
    ("2019602l", "20196021"),
    ("2OO1", "2001"),
    ("Office 2O19 Lily", "Office 2019 Lily"),  # letters away from digits stay letters
])
def test_letters_read_for_digits_are_mended_among_digits(written: str, meant: str) -> None:
    assert mend_digits(written) == meant


@pytest.mark.parametrize("written, meant", [
    ("Bl-2O2l3307", "B1-20213307"), ("粤B2-2019602l", "粤B2-20196021"), ("鲁B2-20l70452", "鲁B2-20170452"),
    ("沪B1.B2-2O130047", "沪B1.B2-20130047"),
])
def test_a_number_with_ocr_slips_reads_as_the_number(written: str, meant: str) -> None:
    assert numbers.normalize(mend_number(written)) == meant


@given(st.from_regex(r"[京沪粤]?B[12]-20[0-9]{6}", fullmatch=True))
def test_mending_never_changes_a_clean_number(number: str) -> None:
    assert mend_number(number) == number


def test_spaces_between_chinese_characters_close_and_latin_words_keep_theirs() -> None:
    assert close_cjk_gaps("合肥 蜀山 示例 网络科技有限公司") == "合肥蜀山示例网络科技有限公司"
    assert close_cjk_gaps("示例 Cloud Data 有限公司") == "示例 Cloud Data 有限公司"


@pytest.mark.parametrize("label, number", [("十 一、", 11), ("十三 、", 13), ("（十 二）", 12), ("（ 三 ）", 3),
                                           ("二 十 一、", 21)])
def test_clause_numerals_with_ocr_spaces_are_labels(label: str, number: int) -> None:
    read = read_label(label + "你公司应当依法经营。")
    assert read is not None and read.number == number
    assert " " not in read.label


def test_ocr_spaces_in_labels_names_and_dates_and_full_width_digits() -> None:
    noisy = (PLAIN.replace("公司名称：天津海河示例", "公 司名 称：天津 海河 示例")
             .replace("法定代表人：窦明川", "法定代 表人：窦 明川")
             .replace("发证日期：2025年3月3日", "发证 日期：２０２５年 3 月 ３ 日")
             .replace("有效期至：2030年3月3日", "有效 期至：2O3O年3月3日"))
    lic = read_license(noisy)
    assert (lic.company, lic.legal_representative) == ("天津海河示例信息服务有限公司", "窦明川")
    assert (lic.issue_date, lic.expiry_date) == (dt.date(2025, 3, 3), dt.date(2030, 3, 3))
    assert lic.warnings == []


@pytest.mark.parametrize("first, second, want", [
    ("www.haihe-", "example.cn", ["www.haihe-example.cn"]),
    ("www.haihe-example.", "com.cn", ["www.haihe-example.com.cn"]),
    ("haihe", "example.cn", ["haiheexample.cn"]),
    ("haihe-example.cn、", "bbs.haihe-example.cn", ["haihe-example.cn", "bbs.haihe-example.cn"]),
])
def test_a_domain_broken_across_two_lines_is_joined(first: str, second: str, want: list[str]) -> None:
    lic = read_license(PLAIN.replace("网站域名：haihe-example.cn", f"网站域名：{first}\n{second}"))
    assert lic.annex[0].domains == want
    assert lic.warnings == []


@pytest.mark.parametrize("field, value, words", [
    ("网站域名：haihe-example.cn", "网站域名：请见备案系统", "网站域名"),
    ("法定代表人：窦明川", "法定代表人：91120116MA05", "法定代表人"),
    ("有效期至：2030年3月3日", "有效期至：2030年13月3日", "有效期至"),
    ("有效期至：2030年3月3日", "有效期至：2024年3月3日", "不晚于发证日期"),
    ("公司名称：天津海河示例信息服务有限公司", "公司名称：2025年3月3日", "公司名称"),
])
def test_a_value_not_of_its_kind_is_a_warning_on_that_field(field: str, value: str, words: str) -> None:
    lic = read_license(PLAIN.replace(field, value))
    assert any(words in warning for warning in lic.warnings), lic.warnings


def test_a_coverage_that_names_no_region_is_a_warning() -> None:
    lic = read_license(PLAIN.replace("信息服务业务（仅限互联网信息服务）\n", "信息服务业务（仅限互联网信息服务）\n覆盖范围：见附件\n", 1))
    assert lic.services[0].coverage == "见附件"
    assert any("覆盖范围" in warning for warning in lic.warnings)


@pytest.mark.parametrize("cut, reason", [
    (("公司名称：天津海河示例信息服务有限公司\n", ""), "公司名称"),
    (("经营许可证编号：津B2-20150628号\n", ""), "许可证编号"),
])
def test_a_text_without_a_number_or_a_company_is_refused(cut: tuple[str, str], reason: str) -> None:
    text = PLAIN.replace(*cut)
    if reason == "公司名称":  # the annex heading names the company too: take it away as well
        text = text.replace("天津海河示例信息服务有限公司获准经营", "获准经营")
    with pytest.raises(NotALicenseError) as caught:
        read_license(text)
    assert reason in str(caught.value) and "\n" not in str(caught.value)


def test_without_its_field_the_company_is_taken_from_the_annex_heading_with_a_warning() -> None:
    lic = read_license(PLAIN.replace("公司名称：天津海河示例信息服务有限公司\n", ""))
    assert lic.company == "天津海河示例信息服务有限公司"
    assert any("附页标题" in warning for warning in lic.warnings)


NOISY_ICP = (DATA / "licenses" / "kinds" / "ocr_noisy_icp.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("clean, scanned", [
    ("一、你公司应当遵守", "-、你公司应当遵守"),  # 一 read as a dash
    ("二、你公司应当在经营场所", "=、你公司应当在经营场所"),  # 二 read as =
    ("三、你公司不得以任何形式", "三：你公司不得以任何形式"),  # 、 read as a colon
    ("十 一、经营许可证", "+一、经营许可证"),  # 十 read as +
])
def test_a_clause_label_scanned_with_a_look_alike_is_read_where_the_count_expects_it(clean: str, scanned: str) -> None:
    reference = read_license(NOISY_ICP)
    lic = read_license(NOISY_ICP.replace(clean, scanned))
    assert [(c.number, c.label, c.text) for c in lic.clauses] == [(c.number, c.label, c.text) for c in reference.clauses]


def test_a_look_alike_label_out_of_its_count_stays_text() -> None:
    lic = read_license(NOISY_ICP.replace("五、你公司应当按照规定保存", "-、你公司应当按照规定保存"))
    assert "-、你公司应当按照规定保存" in lic.clauses[3].text
    assert [c.number for c in lic.clauses][:5] == [1, 2, 3, 4, 6]  # 五 is missing, not turned into 一


def test_an_applies_to_tag_after_a_scanned_colon_is_still_the_tag() -> None:
    text = NOISY_ICP.replace("（二）你公司应当对网站", "（二）：（适用于信息发布平台和递送服务）你公司应当对网站")
    sub = read_license(text).clauses[11].children[1]
    assert (sub.applies_to, sub.text) == ("信息发布平台和递送服务", "你公司应当对网站发布的信息进行审核。")


def test_a_text_of_far_more_lines_than_any_license_is_refused_clearly() -> None:
    from licdesk.importer.blocks import MAX_LINES

    with pytest.raises(NotALicenseError) as caught:
        read_license(PLAIN + "正文\n" * (MAX_LINES + 1))
    assert "行数过多" in str(caught.value) and "\n" not in str(caught.value)


def test_a_site_with_very_many_domains_keeps_each_once_in_order() -> None:
    many = "\n".join(f"d{i}.haihe-example.cn" for i in range(3000))
    lic = read_license(PLAIN.replace("网站域名：haihe-example.cn", f"网站域名：haihe-example.cn\n{many}\nd7.haihe-example.cn"))
    assert lic.annex[0].domains == ["haihe-example.cn"] + [f"d{i}.haihe-example.cn" for i in range(3000)]
