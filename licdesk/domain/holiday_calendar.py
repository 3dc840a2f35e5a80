"""China's working days as the State Council publishes them each year (holidays and the weekend days
worked in exchange, 调休), from the chinese-calendar package.  The one module that imports it."""

from __future__ import annotations

import datetime as _dt
import functools

import chinese_calendar


def official_working_day(day: _dt.date) -> bool | None:
    """Whether `day` is a working day by the published schedule; None for a year it does not cover."""
    try:
        return bool(chinese_calendar.is_workday(day))
    except NotImplementedError:  # the package knows only the years already announced
        return None


@functools.lru_cache(maxsize=None)
def covers(year: int) -> bool:
    """Whether the published schedule of `year` is known."""
    return official_working_day(_dt.date(year, 1, 1)) is not None
