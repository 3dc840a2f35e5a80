"""Every validation rule, each on a license that breaks it and one that does not."""

import datetime as dt

from licdesk.domain.model import Clause, License, Service, Website
from licdesk.domain.validation import ERROR, WARNING, has_errors, is_valid_host, validate


def base(**changes) -> License:
    lic = License(
        number="京B2-20230001", company="北京示例科技有限公司", legal_representative="张示例",
        services=[Service("信息服务业务（仅限互联网信息服务）")],
        issue_date=dt.date(2023, 1, 10), expiry_date=dt.date(2028, 1, 10),
        annex=[Website("示例网", ["example.cn"], "北京", "示例云")],
        clauses=[Clause(1, "一、", "你公司在经营信息服务业务时应当遵守下列规定：")],
    )
    for key, value in changes.items():
        setattr(lic, key, value)
    return lic


def codes(lic, **kwargs):
    return {f.code for f in validate(lic, **kwargs)}


def test_a_sound_license_has_no_findings():
    assert validate(base()) == []


def test_expiry_not_after_issue_is_an_error():
    findings = validate(base(expiry_date=dt.date(2023, 1, 10)))
    assert [(f.level, f.field, f.code) for f in findings] == [(ERROR, "expiry_date", "dates.order")]
    assert has_errors(findings)
    assert "不晚于" in findings[0].message_zh and "not after" in findings[0].message_en


def test_validity_under_a_year_is_unusual():
    findings = validate(base(issue_date=dt.date(2022, 9, 5), expiry_date=dt.date(2023, 5, 3)))
    assert [(f.level, f.code) for f in findings] == [(WARNING, "dates.short")]
    assert "240" in findings[0].message_zh


def test_validity_over_five_years_is_unusual():
    assert codes(base(expiry_date=dt.date(2030, 1, 10))) == {"dates.long"}


def test_domain_that_is_not_a_host_name():
    lic = base(annex=[Website("示例网", ["example.cn", "not a domain", "示例.中国"], None, None)])
    findings = [f for f in validate(lic) if f.code == "domain.invalid"]
    assert [f.field for f in findings] == ["annex[0].domains"]
    assert "not a domain" in findings[0].message_zh


def test_host_names():
    for good in ["example.cn", "www.example.com.cn", "a-b.example.org", "示例.中国", "xn--fiqs8s.cn"]:
        assert is_valid_host(good), good
    for bad in ["", "example", "-a.cn", "a..cn", "exa mple.cn", "example.123", "a_b.cn"]:
        assert not is_valid_host(bad), bad


def test_service_class_missing_from_the_number():
    lic = base(services=[Service("互联网数据中心业务", "机房所在地为北京")])  # B11 on a B2-only license
    findings = [f for f in validate(lic) if f.code == "service.category"]
    assert [f.field for f in findings] == ["services[0]"]
    assert "B1" in findings[0].message_zh


def test_combined_class_number_covers_both_kinds():
    lic = base(number="沪B1.B2-20130047", services=[Service("互联网数据中心业务"), Service("信息服务业务")])
    assert "service.category" not in codes(lic)


def test_clause_block_for_a_business_type_not_listed():
    lic = base(
        number="B1-20195402",
        services=[Service("互联网数据中心业务"), Service("国内互联网虚拟专用网业务")],
        clauses=[
            Clause(15, "十五、", "你公司在经营互联网数据中心业务时应当遵守下列规定:"),
            Clause(16, "十六、", "你公司在经营互联网接入服务业务时应当遵守下列规定:"),
        ],
    )
    findings = [f for f in validate(lic) if f.code == "clause.unlisted_service"]
    assert [f.field for f in findings] == ["clauses[16]"]
    assert "互联网接入服务业务" in findings[0].message_zh


def test_duplicate_domains_across_licenses():
    findings = validate(base(), other_domains={"example.cn": ["沪B2-20210001"]})
    dup = [f for f in findings if f.code == "domain.duplicate"]
    assert len(dup) == 1 and "沪B2-20210001" in dup[0].message_zh


def test_duplicate_domain_within_the_annex():
    lic = base(annex=[Website("a", ["example.cn"]), Website("b", ["EXAMPLE.cn"])])
    assert "domain.repeated" in codes(lic)


def test_bad_number_and_missing_fields_are_errors():
    findings = validate(base(number="京X9-1", company=""))
    assert {f.code for f in findings if f.level == ERROR} == {"number.invalid", "company.missing"}
