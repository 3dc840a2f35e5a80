"""Working days: weekends off, official holidays off, adjusted working days (调休) on.

China's holiday calendar is announced each year by the State Council, so licdesk ships no table of
its own: a clerk (or the integrator) supplies one as text, one date a line:

    2025-01-01 休      # a holiday
    2025-01-26 班      # a weekend day that is a working day (调休)

`休`/`holiday`/`off` and `班`/`work`/`workday` are understood; `#` starts a comment.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass, field
from typing import Iterable

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

    def is_working_day(self, day: _dt.date) -> bool:
        if day in self.workdays:
            return True
        if day in self.holidays:
            return False
        return day.weekday() < 5

    def add_working_days(self, start: _dt.date, count: int) -> _dt.date:
        """The `count`-th working day after `start` (start itself does not count)."""
        if count < 0:
            raise ValueError("count must not be negative")
        day = start
        remaining = count
        while remaining:
            day += _dt.timedelta(days=1)
            if self.is_working_day(day):
                remaining -= 1
        return day


NO_HOLIDAYS = HolidayTable()

_OFF_WORDS = {"休", "假", "holiday", "off"}
_ON_WORDS = {"班", "work", "workday"}
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")


class HolidayTableError(ValueError):
    """A line of a holiday table that cannot be read; the message names the line."""


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
            raise HolidayTableError(f"第 {number} 行无法识别：“{raw.strip()}” (line {number} is not a date and 休/班)")
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
