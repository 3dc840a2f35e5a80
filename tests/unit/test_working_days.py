"""Working days by China's published holiday schedule, the clerk's own table for the years it lists,
and weekends alone (said so) for a year neither knows."""

from __future__ import annotations

import datetime as _dt

import pytest

from licdesk.domain import deadlines as dl
from licdesk.domain import holiday_calendar
from licdesk.domain.holidays import (
    CLERK_TABLE,
    OFFICIAL,
    WEEKENDS,
    WEEKENDS_ONLY,
    WorkingCalendar,
    parse_holiday_table,
)
from licdesk.domain.model import Event, License

D = _dt.date
UNPUBLISHED = 2099  # a year no schedule has been published for


def _license(*events: Event) -> License:
    return License(number="京B2-20990101", company="北京远山信息技术有限公司", legal_representative="周远",
                   issue_date=D(2023, 1, 2), expiry_date=D(2099, 12, 1), events=list(events))


def _report(*events: Event, today: _dt.date, **kwargs) -> dl.Obligation:  # noqa: ANN003
    [item] = [o for o in dl.obligations(_license(*events), today, **kwargs) if o.kind == dl.ILLEGAL_INFO_REPORT]
    return item


def test_a_weekend_worked_in_exchange_counts_and_the_spring_festival_does_not() -> None:
    # Spring Festival 2025: 28 Jan – 4 Feb off; Sunday 26 Jan and Saturday 8 Feb worked (调休).
    calendar = WorkingCalendar()
    assert calendar.is_working_day(D(2025, 1, 26)) and calendar.is_working_day(D(2025, 2, 8))
    assert not calendar.is_working_day(D(2025, 1, 29)) and not calendar.is_working_day(D(2025, 2, 3))
    # Disposed of Friday 24 Jan: 26, 27 Jan; 5, 6, 7, 8, 10, 11, 12, 13 Feb → the tenth is 13 Feb.
    item = _report(Event(dl.ILLEGAL_INFO_DISPOSAL, D(2025, 1, 24)), today=D(2025, 1, 24))
    assert item.due == D(2025, 2, 13)
    assert item.calendar_zh == "按国务院公布的 2025 年节假日安排计算"
    assert item.calendar("en") == "Counted by the State Council's published holidays for 2025"
    assert item.to_dict()["calendar_zh"] == item.calendar_zh  # `licdesk due --json` says it too
    # Counted by weekends alone the same ten days end a week earlier, inside the holiday.
    assert WEEKENDS_ONLY.add_working_days(D(2025, 1, 24), 10) == D(2025, 2, 7)


def test_a_period_across_the_national_day_week_and_its_exchanged_saturday() -> None:
    # 2024: 1–7 Oct off, Sunday 29 Sep and Saturday 12 Oct worked.
    item = _report(Event(dl.ILLEGAL_INFO_DISPOSAL, D(2024, 9, 27)), today=D(2024, 9, 28))
    assert item.due == D(2024, 10, 16)


def test_the_clerks_table_rules_the_years_it_lists() -> None:
    # The office kept only 1 October off in 2024: its table, not the published week, counts 2024.
    table = parse_holiday_table("2024-10-01 休\n")
    assert WorkingCalendar(table).source(2024) == CLERK_TABLE
    assert WorkingCalendar(table).source(2025) == OFFICIAL  # a year it does not list: the published schedule
    item = _report(Event(dl.ILLEGAL_INFO_DISPOSAL, D(2024, 9, 27)), today=D(2024, 9, 28), holidays=table)
    assert item.due == D(2024, 10, 14)
    assert item.calendar_zh == "按本单位节假日表计算"


def test_a_year_nobody_published_is_counted_by_weekends_and_says_so() -> None:
    assert not holiday_calendar.covers(UNPUBLISHED)
    assert holiday_calendar.official_working_day(D(UNPUBLISHED, 1, 1)) is None  # no exception reaches the caller
    assert WorkingCalendar().source(UNPUBLISHED) == WEEKENDS
    item = _report(Event(dl.ILLEGAL_INFO_DISPOSAL, D(UNPUBLISHED, 3, 6)), today=D(UNPUBLISHED, 3, 6))  # a Friday
    assert item.due == D(UNPUBLISHED, 3, 20)
    assert item.calendar_zh == "仅按周末计算（未找到该年节假日安排）"
    # The clerk's table fills such a year: a holiday on Monday 9 March moves the tenth day to the 23rd.
    table = parse_holiday_table(f"{UNPUBLISHED}-03-09 休\n")
    filled = _report(Event(dl.ILLEGAL_INFO_DISPOSAL, D(UNPUBLISHED, 3, 6)), today=D(UNPUBLISHED, 3, 6), holidays=table)
    assert filled.due == D(UNPUBLISHED, 3, 23)
    assert filled.calendar_zh == "按本单位节假日表计算"


def test_a_period_running_into_an_unpublished_year_names_each_years_calendar() -> None:
    last = max(year for year in range(2004, 2100) if holiday_calendar.covers(year))
    start = D(last, 12, 28)
    end = WorkingCalendar().add_working_days(start, 10)
    zh, en = WorkingCalendar().describe(start, end)
    assert zh == f"{last} 年按国务院公布的节假日安排计算；{last + 1} 年仅按周末计算（未找到该年节假日安排）"
    assert en.startswith(f"{last} by the State Council's published holidays; {last + 1} by weekends only")


def test_calendar_days_periods_name_no_calendar() -> None:
    item = next(o for o in dl.obligations(_license(Event(dl.NAME_CHANGE, D(2025, 1, 24))), D(2025, 1, 24))
                if o.kind == dl.CHANGE_FILING)
    assert item.due == D(2025, 2, 23) and item.calendar_zh is None


def test_a_negative_count_is_refused() -> None:
    with pytest.raises(ValueError):
        WorkingCalendar().add_working_days(D(2025, 1, 1), -1)
