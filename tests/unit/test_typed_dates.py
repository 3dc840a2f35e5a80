"""Dates typed by a clerk (licdesk.domain.dates.parse_typed_date): exactly the date meant, or nothing."""

from __future__ import annotations

import datetime as _dt

import pytest

from licdesk.domain.dates import parse_typed_date

MARCH_15 = _dt.date(2026, 3, 15)


@pytest.mark.parametrize("text", [
    "2026-03-15", "2026-3-15", "2026/3/15", "2026/03/15", "2026.3.15", "20260315",
    "2026年3月15日", "2026年03月15日", "2026年3月15", "2026年3月15号", "2026 年 3 月 15 日", "  2026-03-15 ",
    "２０２６－０３－１５", "２０２６／３／１５", "２０２６年３月１５日", "２０２６０３１５", "2026－03－15",
    "2026—03—15", "二〇二六年三月十五日", "2026年三月十五日",
])
def test_every_written_form_gives_that_very_date(text: str) -> None:
    assert parse_typed_date(text) == MARCH_15


@pytest.mark.parametrize("text", [
    "", "   ", "2026", "2026-03", "2026031", "202603150", "15/3/2026", "3/15/2026", "26-3-15",
    "2026-3/15", "2026-03-15 10", "2026-03-15x", "约2026-03-15", "2026-02-30", "2026-13-01", "2026-00-10",
    "2026年13月1日", "2026年二月三十日", "1899-12-31", "2300-01-01", "二〇二六", "2026年3月", "明天",
])
def test_anything_else_is_refused_instead_of_guessed(text: str) -> None:
    assert parse_typed_date(text) is None


def test_the_last_day_of_february_follows_leap_years() -> None:
    assert parse_typed_date("2028/2/29") == _dt.date(2028, 2, 29)
    assert parse_typed_date("2027/2/29") is None


def test_a_new_yearly_record_is_for_the_year_before_it_is_filed() -> None:
    import datetime as dt

    from licdesk.domain.dates import next_record_year

    today = dt.date(2026, 3, 10)
    assert next_record_year([], today) == 2025              # a report filed in 2026 is for 2025年度
    assert next_record_year([2019, 2020], today) == 2025    # the records stop earlier: still last year
    assert next_record_year([2024, 2025], today) == 2026    # last year is there: the one after it
