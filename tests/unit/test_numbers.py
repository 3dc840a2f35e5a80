"""License numbers in every form DOMAIN.md lists, and the issuer each prefix names."""

import pytest

from licdesk.domain import numbers


@pytest.mark.parametrize(
    "raw, normalized, region, categories, issuer",
    [
        ("京B2-20192917", "京B2-20192917", "京", ("B2",), "北京市通信管理局"),
        ("苏B2-20201765", "苏B2-20201765", "苏", ("B2",), "江苏省通信管理局"),
        ("B1-20195402", "B1-20195402", None, ("B1",), "中华人民共和国工业和信息化部"),
        ("沪B1.B2-20130047", "沪B1.B2-20130047", "沪", ("B1", "B2"), "上海市通信管理局"),
        ("鲁B2-20071026号", "鲁B2-20071026", "鲁", ("B2",), "山东省通信管理局"),
        ("粤A2-20044005", "粤A2-20044005", "粤", ("A2",), "广东省通信管理局"),
        ("黔B2-20180001", "黔B2-20180001", "黔", ("B2",), "贵州省通信管理局"),
        ("滇B1-20200002", "滇B1-20200002", "滇", ("B1",), "云南省通信管理局"),
        ("京 B2－20192917", "京B2-20192917", "京", ("B2",), "北京市通信管理局"),
        ("ｂ２-20192917", "B2-20192917", None, ("B2",), "中华人民共和国工业和信息化部"),
    ],
)
def test_modern_forms(raw, normalized, region, categories, issuer):
    parsed = numbers.parse(raw)
    assert parsed.valid
    assert parsed.normalized == normalized
    assert parsed.region == region
    assert parsed.categories == categories
    assert parsed.issuer == issuer


def test_year_and_serial():
    parsed = numbers.parse("京B2-20192917")
    assert (parsed.year, parsed.serial) == (2019, "2917")


@pytest.mark.parametrize("raw", ["粤B2-20090059-5", "B2-20110196(全网)", "辽B-2-4-20080039", "京ICP证030173号", "Bl-20172156"])
def test_odd_but_readable_forms_are_kept_with_a_warning(raw):
    parsed = numbers.parse(raw)
    assert parsed.valid
    assert parsed.warnings
    zh, en = parsed.warnings[0]
    assert zh and en


def test_ocr_slip_is_mended():
    parsed = numbers.parse("Bl-20172156")
    assert parsed.normalized == "B1-20172156"
    assert parsed.categories == ("B1",)


def test_legacy_forms_are_flagged():
    assert numbers.parse("辽B-2-4-20080039").legacy
    assert numbers.parse("京ICP证030173号").legacy


@pytest.mark.parametrize("raw", ["", "garbage", "B2-2019291", "C2-20192917", "京B3-20192917", "京B2-2019291X"])
def test_unreadable_numbers_are_invalid(raw):
    assert not numbers.parse(raw).valid


def test_issuer_for_every_prefix():
    for prefix in numbers.PROVINCES:
        assert numbers.issuer_for(prefix).endswith("通信管理局")
    assert numbers.issuer_for(None) == numbers.MINISTRY
