"""Working days: weekends off, official holidays off, adjusted working days (调休) on.

China's holiday calendar is announced each year by the State Council; licdesk counts by the published
schedule (licdesk.domain.holiday_calendar) out of the box.  A clerk may supply a table of their own
as text, one date a line, for a year not yet published or an office that keeps other days:

    2025-01-01 休      # a holiday
    2025-01-26 班      # a weekend day that is a working day (调休)

`休`/`holiday`/`off` and `班`/`work`/`workday` are understood; `#` starts a comment.

`WorkingCalendar` decides year by year: the clerk's table for a year it lists, else the published
schedule, else weekends only, and says which it used (`describe`).
"""

from __future__ import annotations

import datetime as _dt
import functools
import re
from dataclasses import dataclass, field
from typing import Callable, Iterable, Protocol

from licdesk.domain import holiday_calendar
from licdesk.domain.dates import parse_cn_date


@dataclass(frozen=True)
class HolidayTable:
    """Days off that would be working days, and weekend days that are working days."""

    holidays: frozenset[_dt.date] = field(default_factory=frozenset)
    workdays: frozenset[_dt.date] = field(default_factory=frozenset)

    @classmethod
    def of(cls, holidays: Iterable[_dt.date] | None = None,
           workdays: Iterable[_dt.date] | None = None) -> HolidayTable:
        return cls(frozenset(holidays or ()), frozenset(workdays or ()))

    @functools.cached_property
    def years(self) -> frozenset[int]:
        """The years the table lists a date of: for those years it is the whole truth."""
        return frozenset(day.year for day in self.holidays | self.workdays)

    def is_working_day(self, day: _dt.date) -> bool:
        if day in self.workdays:
            return True
        if day in self.holidays:
            return False
        return day.weekday() < 5

    def add_working_days(self, start: _dt.date, count: int) -> _dt.date:
        """The `count`-th working day after `start` (start itself does not count)."""
        return nth_working_day(self.is_working_day, start, count)


def nth_working_day(is_working_day: Callable[[_dt.date], bool], start: _dt.date, count: int) -> _dt.date:
    """The `count`-th day after `start` that `is_working_day` (start itself does not count)."""
    if count < 0:
        raise ValueError("count must not be negative")
    day = start
    remaining = count
    while remaining:
        day += _dt.timedelta(days=1)
        if is_working_day(day):
            remaining -= 1
    return day


NO_HOLIDAYS = HolidayTable()


class WorkingDays(Protocol):
    def add_working_days(self, start: _dt.date, count: int) -> _dt.date: ...


# Which calendar a year was counted by.
CLERK_TABLE = "clerk"
OFFICIAL = "official"
WEEKENDS = "weekends"


@dataclass(frozen=True)
class WorkingCalendar:
    """Working days year by year: the clerk's table where it lists the year, else the State Council's
    published schedule (when `official`), else weekends only."""

    table: HolidayTable = NO_HOLIDAYS
    official: bool = True

    def source(self, year: int) -> str:
        if year in self.table.years:
            return CLERK_TABLE
        if self.official and holiday_calendar.covers(year):
            return OFFICIAL
        return WEEKENDS

    def is_working_day(self, day: _dt.date) -> bool:
        source = self.source(day.year)
        if source == OFFICIAL:
            published = holiday_calendar.official_working_day(day)
            if published is not None:
                return published
        return self.table.is_working_day(day)  # the clerk's table, or weekends alone for a year it lacks

    def add_working_days(self, start: _dt.date, count: int) -> _dt.date:
        """The `count`-th working day after `start` (start itself does not count)."""
        return nth_working_day(self.is_working_day, start, count)

    def describe(self, start: _dt.date, end: _dt.date) -> tuple[str, str]:
        """In plain words (Chinese, English), which calendar counted the days after `start` up to `end`."""
        years = list(range(start.year if end <= start else (start + _dt.timedelta(days=1)).year, end.year + 1))
        by_source: dict[str, list[int]] = {}
        for year in years:
            by_source.setdefault(self.source(year), []).append(year)
        if len(by_source) == 1:
            [(source, listed)] = by_source.items()
            return _whole(source, listed)
        parts = [_part(source, listed) for source, listed in by_source.items()]
        return "；".join(p[0] for p in parts), "; ".join(p[1] for p in parts)


def _years_text(years: list[int], joiner: str) -> str:
    return str(years[0]) if len(years) == 1 else f"{years[0]}{joiner}{years[-1]}"


def _whole(source: str, years: list[int]) -> tuple[str, str]:
    if source == OFFICIAL:
        return (f"按国务院公布的 {_years_text(years, '—')} 年节假日安排计算",
                f"Counted by the State Council's published holidays for {_years_text(years, '–')}")
    if source == CLERK_TABLE:
        return "按本单位节假日表计算", "Counted by your own holiday table"
    return ("仅按周末计算（未找到该年节假日安排）",
            "Counted by weekends only (no holiday schedule was found for that year)")


def _part(source: str, years: list[int]) -> tuple[str, str]:
    zh_years, en_years = _years_text(years, "—"), _years_text(years, "–")
    if source == OFFICIAL:
        return (f"{zh_years} 年按国务院公布的节假日安排计算",
                f"{en_years} by the State Council's published holidays")
    if source == CLERK_TABLE:
        return f"{zh_years} 年按本单位节假日表计算", f"{en_years} by your own holiday table"
    return (f"{zh_years} 年仅按周末计算（未找到该年节假日安排）",
            f"{en_years} by weekends only (no holiday schedule was found for that year)")


def working_calendar(holidays: HolidayTable | WorkingCalendar | None) -> WorkingCalendar:
    """The calendar to count by: a clerk's table (or none) over the published schedule."""
    if isinstance(holidays, WorkingCalendar):
        return holidays
    return WorkingCalendar(holidays or NO_HOLIDAYS)


WEEKENDS_ONLY = WorkingCalendar(official=False)

_OFF_WORDS = {"休", "假", "holiday", "off"}
_ON_WORDS = {"班", "work", "workday"}
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")


class HolidayTableError(ValueError):
    """A line of a holiday table that cannot be read; the message names the line (`line`, from 1)."""

    def __init__(self, message: str, line: int = 0) -> None:
        super().__init__(message)
        self.line = line


def parse_holiday_table(text: str) -> HolidayTable:
    """Read the one-date-a-line text described above."""
    holidays: set[_dt.date] = set()
    workdays: set[_dt.date] = set()
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        parts = line.split()
        day = _read_date(parts[0])
        word = parts[1].lower() if len(parts) > 1 else "休"
        if day is None or word not in _OFF_WORDS | _ON_WORDS:
            raise HolidayTableError(f"第 {number} 行无法识别：“{raw.strip()}” (line {number} is not a date and 休/班)",
                                    number)
        (holidays if word in _OFF_WORDS else workdays).add(day)
    return HolidayTable.of(holidays, workdays)


def _read_date(text: str) -> _dt.date | None:
    match = _ISO.fullmatch(text)
    if match:
        try:
            return _dt.date(*(int(g) for g in match.groups()))
        except ValueError:
            return None
    return parse_cn_date(text)
