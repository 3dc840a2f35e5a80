"""The deadline engine, rule by rule, with dates worked out by hand."""

from __future__ import annotations

import datetime as dt

import pytest

from licdesk.domain import deadlines as dl
from licdesk.domain.holidays import WEEKENDS_ONLY, HolidayTable, HolidayTableError, parse_holiday_table
from licdesk.domain.model import ANNUAL_REPORT, INSPECTION, Clause, Event, Inspection, License

D = dt.date


def make_license(expiry: dt.date, issued: dt.date | None = None, **extra) -> License:
    return License(number="京B2-20990001", company="北京示例科技有限公司", legal_representative="王一",
                   issue_date=issued, expiry_date=expiry, **extra)


def only(items: list[dl.Obligation], kind: str, year: int | None = None) -> dl.Obligation:
    found = [o for o in items if o.kind == kind and (year is None or o.year == year)]
    assert len(found) == 1, found
    return found[0]


def kinds(items: list[dl.Obligation]) -> list[tuple[str, int | None]]:
    return [(o.kind, o.year) for o in items]


# -- R1 / R2 / R3 ---------------------------------------------------------------------------
def test_renewal_is_due_ninety_days_before_expiry() -> None:
    lic = make_license(D(2024, 10, 14), D(2019, 10, 15))
    renewal = only(dl.obligations(lic, D(2024, 1, 10)), dl.RENEWAL)
    assert renewal.due == D(2024, 7, 16)
    assert renewal.rule == "R1"
    assert renewal.status == dl.UPCOMING


@pytest.mark.parametrize(("today", "status"), [
    (D(2024, 6, 15), dl.UPCOMING),  # 31 days before the due date
    (D(2024, 6, 16), dl.DUE_SOON),  # 30 days before: inside the default window
    (D(2024, 7, 16), dl.DUE_SOON),  # the due date itself
    (D(2024, 7, 17), dl.OVERDUE),
])
def test_renewal_status_follows_the_warning_window(today: dt.date, status: str) -> None:
    lic = make_license(D(2024, 10, 14), D(2019, 10, 15))
    assert only(dl.obligations(lic, today), dl.RENEWAL).status == status


def test_a_wider_warning_window_warns_earlier() -> None:
    lic = make_license(D(2024, 10, 14), D(2019, 10, 15))
    assert only(dl.obligations(lic, D(2024, 5, 1), window_days=90), dl.RENEWAL).status == dl.DUE_SOON
    assert only(dl.obligations(lic, D(2024, 5, 1)), dl.RENEWAL).status == dl.UPCOMING


def test_a_renewal_application_marks_renewal_done_even_when_late() -> None:
    lic = make_license(D(2024, 10, 14), D(2019, 10, 15),
                       events=[Event(dl.RENEWAL_APPLIED, D(2024, 8, 1))])
    renewal = only(dl.obligations(lic, D(2024, 9, 1)), dl.RENEWAL)
    assert renewal.status == dl.DONE
    assert renewal.done_on == D(2024, 8, 1)


def test_a_renewal_application_of_an_earlier_certificate_does_not_count() -> None:
    lic = make_license(D(2024, 10, 14), D(2019, 10, 15),
                       events=[Event(dl.RENEWAL_APPLIED, D(2019, 7, 1))])
    assert only(dl.obligations(lic, D(2024, 8, 1)), dl.RENEWAL).status == dl.OVERDUE


def test_expiry_is_listed_and_a_lapsed_license_shows_lapsed_not_renewal() -> None:
    lic = make_license(D(2024, 10, 14), D(2019, 10, 15))
    before = dl.obligations(lic, D(2024, 10, 1))
    assert only(before, dl.EXPIRY).due == D(2024, 10, 14)
    assert only(before, dl.EXPIRY).status == dl.DUE_SOON
    after = dl.obligations(lic, D(2024, 10, 15))
    assert [o for o in after if o.kind == dl.RENEWAL] == []
    lapsed = only(after, dl.EXPIRY)
    assert lapsed.status == dl.OVERDUE
    assert "过期" in lapsed.title_zh


def test_reporting_not_continuing_settles_renewal_and_expiry() -> None:
    lic = make_license(D(2024, 10, 14), D(2019, 10, 15),
                       events=[Event(dl.NOT_CONTINUING_REPORTED, D(2024, 7, 1))])
    items = dl.obligations(lic, D(2024, 12, 1))
    assert [o for o in items if o.kind == dl.RENEWAL] == []
    assert only(items, dl.NOT_CONTINUING_REPORT).status == dl.DONE
    assert only(items, dl.NOT_CONTINUING_REPORT).rule == "R2"
    assert only(items, dl.EXPIRY).status == dl.DONE


# -- R4 / R5 --------------------------------------------------------------------------------
def test_annual_report_for_2024_is_due_by_end_of_march_2025_even_if_expiring_first() -> None:
    lic = make_license(D(2025, 3, 1), D(2020, 3, 2))
    report = only(dl.obligations(lic, D(2025, 1, 15)), dl.ANNUAL_REPORT, 2024)
    assert report.due == D(2025, 3, 31)
    assert report.window_start == D(2025, 1, 1)
    assert report.rule == "R4"
    assert "2024年度" in report.title_zh and "年报" in report.title_zh


def test_a_license_that_lapsed_in_may_2023_owes_no_report_for_2023() -> None:
    lic = make_license(D(2023, 5, 3), D(2018, 5, 4))
    items = dl.obligations(lic, D(2024, 6, 1))
    years = sorted(o.year for o in items if o.kind == dl.ANNUAL_REPORT)
    assert years == [2018, 2019, 2020, 2021, 2022]


def test_no_report_for_a_year_the_license_was_issued_after_its_end() -> None:
    lic = make_license(D(2029, 1, 5), D(2024, 1, 5))
    years = [o.year for o in dl.obligations(lic, D(2025, 6, 1)) if o.kind == dl.ANNUAL_REPORT]
    assert years == [2024, 2025]  # 2025's is the next one, upcoming


def test_a_recorded_annual_report_marks_its_year_done() -> None:
    lic = make_license(D(2027, 6, 30), D(2022, 7, 1), inspections=[
        Inspection(2023, "已报送", date=D(2024, 2, 20), kind=ANNUAL_REPORT),
    ])
    items = dl.obligations(lic, D(2024, 5, 10))
    done = only(items, dl.ANNUAL_REPORT, 2023)
    assert done.status == dl.DONE
    assert done.done_on == D(2024, 2, 20)
    assert only(items, dl.ANNUAL_REPORT, 2022).status == dl.OVERDUE
    # 2022's miss is a year old: listed once, as the overdue report, without a late-report twin.
    assert [o.year for o in items if o.kind == dl.LATE_ANNUAL_REPORT] == []


def test_the_late_report_appears_only_once_the_annual_report_is_missed() -> None:
    lic = make_license(D(2027, 6, 30), D(2022, 7, 1), inspections=[
        Inspection(2022, "已报送", kind=ANNUAL_REPORT)])
    in_quarter = dl.obligations(lic, D(2024, 3, 31))
    assert only(in_quarter, dl.ANNUAL_REPORT, 2023).status == dl.DUE_SOON
    assert [o for o in in_quarter if o.kind == dl.LATE_ANNUAL_REPORT] == []
    missed = dl.obligations(lic, D(2024, 4, 1))
    late = only(missed, dl.LATE_ANNUAL_REPORT, 2023)
    assert late.due == D(2024, 4, 30)
    assert late.rule == "R5"
    assert late.status == dl.DUE_SOON
    assert only(dl.obligations(lic, D(2024, 5, 1)), dl.LATE_ANNUAL_REPORT, 2023).status == dl.OVERDUE
    # A year on, the miss is listed once, as the overdue annual report.
    next_year = dl.obligations(lic, D(2025, 1, 2))
    assert [o for o in next_year if o.kind == dl.LATE_ANNUAL_REPORT] == []
    assert only(next_year, dl.ANNUAL_REPORT, 2023).status == dl.OVERDUE


def test_an_old_inspection_stamp_marks_a_year_before_2017_done_and_is_called_nianjian() -> None:
    lic = make_license(D(2018, 3, 1), D(2013, 3, 1), inspections=[
        Inspection(2015, "年检合格", authority="北京市通信管理局", kind=INSPECTION)])
    items = dl.obligations(lic, D(2016, 6, 1))
    stamped = only(items, dl.ANNUAL_REPORT, 2015)
    assert stamped.status == dl.DONE
    assert "年检" in stamped.title_zh
    assert only(items, dl.ANNUAL_REPORT, 2014).status == dl.OVERDUE


# -- R6–R11 ---------------------------------------------------------------------------------
def test_legal_representative_change_must_be_filed_within_thirty_days() -> None:
    lic = make_license(D(2028, 1, 1), D(2023, 1, 2), events=[
        Event(dl.LEGAL_REPRESENTATIVE_CHANGE, D(2024, 5, 10), note="张三接任")])
    change = only(dl.obligations(lic, D(2024, 5, 20)), dl.CHANGE_FILING)
    assert change.due == D(2024, 6, 9)
    assert change.rule == "R7"
    assert change.status == dl.DUE_SOON
    assert change.window_start == D(2024, 5, 10)
    assert change.note == "张三接任"


def test_a_filed_event_marks_its_follow_up_done() -> None:
    lic = make_license(D(2028, 1, 1), D(2023, 1, 2), events=[
        Event(dl.SECURITY_ASSESSMENT, D(2024, 5, 10), filed=D(2024, 6, 1))])
    report = only(dl.obligations(lic, D(2024, 12, 1)), dl.SECURITY_ASSESSMENT_REPORT)
    assert report.status == dl.DONE
    assert report.rule == "R10"


@pytest.mark.parametrize(("kind", "obligation", "rule"), [
    (dl.NAME_CHANGE, dl.CHANGE_FILING, "R7"),
    (dl.REGISTERED_CAPITAL_CHANGE, dl.CHANGE_FILING, "R7"),
    (dl.ENTITY_CHANGE, dl.CHANGE_FILING, "R6"),
    (dl.BUSINESS_SCOPE_CHANGE, dl.CHANGE_FILING, "R6"),
    (dl.ADDRESS_CHANGE, dl.SYSTEM_UPDATE, "R8"),
    (dl.SHAREHOLDING_CHANGE, dl.SYSTEM_UPDATE, "R8"),
    (dl.CROSS_REGIONAL_GRANT, dl.PROVINCIAL_LICENSE_CANCEL, "R9"),
])
def test_every_change_event_starts_a_thirty_day_follow_up(kind: str, obligation: str, rule: str) -> None:
    lic = make_license(D(2028, 1, 1), D(2023, 1, 2), events=[Event(kind, D(2024, 2, 1))])
    item = only(dl.obligations(lic, D(2024, 2, 2)), obligation)
    assert (item.rule, item.due) == (rule, D(2024, 3, 2))  # 2024 is a leap year


def test_illegal_information_is_reported_within_ten_working_days_across_weekends() -> None:
    # Disposed of on Friday 2024-03-01: working days Mar 4–8 and 11–15; the tenth is Friday 15th.
    lic = make_license(D(2028, 1, 1), D(2023, 1, 2), events=[Event(dl.ILLEGAL_INFO_DISPOSAL, D(2024, 3, 1))])
    report = only(dl.obligations(lic, D(2024, 3, 1)), dl.ILLEGAL_INFO_REPORT)
    assert report.due == D(2024, 3, 15)
    assert report.rule == "R11"
    assert "10个工作日" in report.title_zh


def test_a_holiday_table_moves_the_working_day_deadline() -> None:
    # Disposed of Friday 2024-09-27.  National Day 1–7 Oct off; Sunday 29 Sep and Saturday 12 Oct worked.
    # Working days: 29, 30 Sep; 8, 9, 10, 11, 12, 14, 15, 16 Oct → the tenth is 16 Oct.
    lic = make_license(D(2028, 1, 1), D(2023, 1, 2), events=[Event(dl.ILLEGAL_INFO_DISPOSAL, D(2024, 9, 27))])
    plain = only(dl.obligations(lic, D(2024, 9, 27), holidays=WEEKENDS_ONLY), dl.ILLEGAL_INFO_REPORT)
    assert plain.due == D(2024, 10, 11)
    table = HolidayTable.of(holidays=[D(2024, 10, d) for d in range(1, 8)],
                            workdays=[D(2024, 9, 29), D(2024, 10, 12)])
    with_table = only(dl.obligations(lic, D(2024, 9, 27), holidays=table), dl.ILLEGAL_INFO_REPORT)
    assert with_table.due == D(2024, 10, 16)
    # The State Council's 2024 schedule says the same, without a table of the clerk's own.
    assert only(dl.obligations(lic, D(2024, 9, 27)), dl.ILLEGAL_INFO_REPORT).due == D(2024, 10, 16)


def test_holiday_table_text_is_read_and_bad_lines_are_named() -> None:
    table = parse_holiday_table("# 国庆\n2024-10-01 休\n2024年10月2日 休\n2024-09-29 班\n\n")
    assert table.holidays == {D(2024, 10, 1), D(2024, 10, 2)}
    assert table.workdays == {D(2024, 9, 29)}
    with pytest.raises(HolidayTableError, match="第 2 行"):
        parse_holiday_table("2024-10-01 休\n明天 休\n")


# -- periods read from the license's own clauses -----------------------------------------------
def test_a_clause_saying_sixty_days_changes_the_renewal_period() -> None:
    clause = Clause(12, "十二、", "你公司经营许可证有效期届满需要继续经营的，应当提前60日向原发证机关提出续办申请。")
    lic = make_license(D(2024, 10, 14), D(2019, 10, 15), clauses=[clause])
    renewal = only(dl.obligations(lic, D(2024, 1, 10)), dl.RENEWAL)
    assert renewal.due == D(2024, 8, 15)
    assert renewal.source == "十二"
    assert "60日" in renewal.title_zh


def test_periods_in_sub_clauses_and_chinese_numerals_are_read() -> None:
    clauses = [
        Clause(9, "九、", "对发现的违法信息立即进行处置，并在处置后的 ５ 个工作日内向电信主管部门上报。"),
        Clause(16, "十六、", "在经营信息服务业务时：", children=[
            Clause(8, "（八）", "开展网络信息安全评估，并在安全评估完成三十日内向电信主管部门提交书面评估报告。"),
        ]),
        Clause(14, "十四、", "你公司应当在每年第二季度参加电信主管部门组织的经营许可证年报。"),
    ]
    periods = dl.read_periods(make_license(D(2028, 1, 1), clauses=clauses))
    assert periods["R11"] == dl.Period(5, working=True, source="九")
    assert periods["R10"] == dl.Period(30, source="十六（八）")
    assert (periods.report_quarter, periods.report_source) == (2, "十四")
    assert periods["R1"] == dl.Period(90)  # the default: no clause states it


def test_a_report_quarter_read_from_the_clause_moves_the_annual_report() -> None:
    clause = Clause(14, "十四、", "你公司应当在每年第二季度参加电信主管部门组织的经营许可证年报。")
    lic = make_license(D(2028, 1, 1), D(2023, 1, 2), clauses=[clause])
    report = only(dl.obligations(lic, D(2024, 4, 10)), dl.ANNUAL_REPORT, 2023)
    assert (report.window_start, report.due) == (D(2024, 4, 1), D(2024, 6, 30))
    assert report.source == "十四"


def test_the_renewal_sentence_does_not_borrow_the_system_update_period() -> None:
    text = ("你公司遇有工商登记的住所、注册资本、股东股权发生变更的情形，应当在变更之日起20日内更新相关信息。"
            "你公司经营许可证有效期届满需要继续经营的，应当提前90日向原发证机关提出延续经营许可证的申请；"
            "不再继续经营的，应当提前45日向原发证机关报告，并做好善后工作。")
    periods = dl.read_periods(make_license(D(2028, 1, 1), clauses=[Clause(12, "十二、", text)]))
    assert periods["R8"].days == 20
    assert periods["R1"].days == 90
    assert periods["R2"].days == 45


def test_periods_read_from_the_seed_licenses(seeds) -> None:
    importer = pytest.importorskip("licdesk.importer")
    for path in seeds:
        lic = importer.read_license(path.read_bytes(), source=path.name)
        periods = dl.read_periods(lic)
        assert periods["R1"].days == 90 and periods["R1"].source, path.name
        assert periods["R11"] == dl.Period(10, working=True, source=periods["R11"].source), path.name
        assert periods["R11"].source, path.name
        assert periods.report_quarter == 1 and periods.report_source, path.name


# -- many licenses, marking done ---------------------------------------------------------------
def test_all_obligations_lists_overdue_first_then_by_due_date_and_done_last() -> None:
    early = make_license(D(2025, 3, 1), D(2020, 3, 2))
    early.number = "京B2-20990002"
    late = make_license(D(2030, 1, 1), D(2025, 1, 2), events=[
        Event(dl.LEGAL_REPRESENTATIVE_CHANGE, D(2025, 1, 5), filed=D(2025, 1, 20))])
    items = dl.all_obligations([late, early], D(2025, 2, 1))
    statuses = [o.status for o in items]
    assert statuses == sorted(statuses, key=lambda s: {"overdue": 0, "due_soon": 1, "upcoming": 1, "done": 2}[s])
    overdue = [o for o in items if o.status == dl.OVERDUE]
    assert [o.due for o in overdue] == sorted(o.due for o in overdue)
    assert overdue[0].number == "京B2-20990002"
    pending = [o for o in items if o.status in (dl.DUE_SOON, dl.UPCOMING)]
    assert [o.due for o in pending] == sorted(o.due for o in pending)
    assert items[-1].status == dl.DONE
    assert dl.needs_attention(items) == [o for o in items if o.status in (dl.OVERDUE, dl.DUE_SOON)]


def test_marking_an_annual_report_done_records_the_year() -> None:
    lic = make_license(D(2027, 6, 30), D(2022, 7, 1))
    missed = only(dl.obligations(lic, D(2024, 5, 10)), dl.LATE_ANNUAL_REPORT, 2023)
    dl.mark_done(lic, missed, D(2024, 5, 10))
    assert [(r.year, r.kind, r.date) for r in lic.inspections] == [(2023, ANNUAL_REPORT, D(2024, 5, 10))]
    after = dl.obligations(lic, D(2024, 5, 10))
    assert only(after, dl.ANNUAL_REPORT, 2023).status == dl.DONE
    assert [o for o in after if o.kind == dl.LATE_ANNUAL_REPORT and o.year == 2023] == []


def test_marking_renewal_and_event_follow_ups_done() -> None:
    lic = make_license(D(2024, 10, 14), D(2019, 10, 15), events=[
        Event(dl.ADDRESS_CHANGE, D(2024, 6, 1))])
    items = dl.obligations(lic, D(2024, 7, 1))
    dl.mark_done(lic, only(items, dl.RENEWAL), D(2024, 7, 1))
    dl.mark_done(lic, only(items, dl.SYSTEM_UPDATE), D(2024, 7, 2))
    assert lic.events[0].filed == D(2024, 7, 2)
    after = dl.obligations(lic, D(2024, 7, 3))
    assert only(after, dl.RENEWAL).status == dl.DONE
    assert only(after, dl.SYSTEM_UPDATE).status == dl.DONE
    with pytest.raises(ValueError):
        dl.mark_done(lic, only(after, dl.EXPIRY), D(2024, 7, 3))


def test_keys_are_stable_as_days_pass() -> None:
    lic = make_license(D(2027, 6, 30), D(2022, 7, 1), events=[Event(dl.NAME_CHANGE, D(2024, 1, 2))])
    first = {o.key for o in dl.obligations(lic, D(2024, 1, 3)) if o.kind != dl.LATE_ANNUAL_REPORT}
    later = {o.key for o in dl.obligations(lic, D(2024, 6, 1))}
    assert first <= later
    assert len({o.uid for o in dl.obligations(lic, D(2024, 6, 1))}) == len(later)
