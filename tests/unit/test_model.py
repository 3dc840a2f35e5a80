"""The License aggregate: JSON round trip, derived fields, dates in Chinese style."""

import datetime as dt

from licdesk.domain.business import classify
from licdesk.domain.dates import format_cn_date, format_cn_date_upper, parse_cn_date
from licdesk.domain.model import ANNUAL_REPORT, Clause, Event, Inspection, License, Service, Website


def rich() -> License:
    return License(
        number="沪B1.B2-20130047", company="上海示例数据有限公司", legal_representative="王示例",
        title="中华人民共和国增值电信业务经营许可证", preamble="根据……特颁发增值电信业务经营许可证。",
        services=[Service("互联网数据中心业务", "机房所在地为上海", None), Service("信息服务业务", None, "不含……")],
        issuer=None, issue_date=dt.date(2021, 3, 5), expiry_date=dt.date(2026, 3, 5),
        annex_heading="……相关信息", annex=[Website("示例网", ["a.cn", "b.cn"], "上海", "示例云")],
        provisions_intro="《特别规定事项》……",
        clauses=[Clause(1, "一、", "总则", None, [Clause(1, "（一）", "甲", "信息搜索查询服务", [Clause(1, "1.", "子项")])])],
        inspections=[Inspection(2019, "合格", "上海市通信管理局", dt.date(2020, 3, 1), ANNUAL_REPORT, "按时")],
        events=[Event("legal_representative_change", dt.date(2024, 5, 1), "换届", None)],
        warnings=["第3行未能识别，已略过：x"],
    )


def test_json_round_trip_is_lossless():
    lic = rich()
    assert License.from_dict(lic.to_dict()).to_dict() == lic.to_dict()
    assert License.from_dict(lic.to_dict()) == lic


def test_derived_fields_follow_the_number():
    lic = rich()
    data = lic.to_dict()
    assert (data["region"], data["categories"], data["cross_regional"]) == ("沪", ["B1", "B2"], False)
    assert lic.effective_issuer == "上海市通信管理局"
    lic.number = "B1-20195402"
    assert lic.cross_regional and lic.region is None
    assert lic.effective_issuer == "中华人民共和国工业和信息化部"


def test_status_as_of_a_date():
    lic = rich()
    assert lic.status(dt.date(2025, 1, 1)) == "valid"
    assert lic.status(dt.date(2026, 1, 1)) == "expiring"
    assert lic.status(dt.date(2026, 3, 6)) == "expired"
    assert License("x").status(dt.date(2025, 1, 1)) == "unknown"


def test_walk_clauses_gives_paths():
    assert [path for path, _ in rich().walk_clauses()] == [(1,), (1, 1), (1, 1, 1)]


def test_chinese_dates():
    assert parse_cn_date("2021年 06月 22日") == dt.date(2021, 6, 22)
    assert parse_cn_date("2023年05月3日") == dt.date(2023, 5, 3)
    assert parse_cn_date("２０２１年１２月２８日") == dt.date(2021, 12, 28)
    assert parse_cn_date("2021-12-28") == dt.date(2021, 12, 28)
    assert parse_cn_date("2021年2月30日") is None
    assert parse_cn_date("年 月 日") is None
    assert format_cn_date(dt.date(2021, 12, 28)) == "2021年12月28日"
    assert format_cn_date_upper(dt.date(2021, 12, 28)) == "二〇二一年十二月二十八日"


def test_business_types():
    assert classify("信息服务业务（仅限互联网信息服务）").code == "B25"
    assert classify("互联网数据中心业务").code == "B11"
    assert classify("国内互联网虚拟专用网业务").code == "B13"
    assert classify("互联网接入服务业务").code == "B14"
    assert classify("第二类增值电信业务中的信息服务业务（不含互联网信息服务）").code == "B25"
    assert classify("内容分发网络业务").category == "B1"
    assert classify("某种未知业务") is None
