"""Which holiday table the desk counts working days by: the file the clerk named in Preferences (for the
years it lists), over the State Council's published schedule.  The Deadlines page, the start-up
reminder and the due overview all ask here, so they count alike."""

from __future__ import annotations

from licdesk.domain.holidays import HolidayTable
from licdesk.services.holiday_file import HolidayFileError, read_holiday_file
from licdesk.ui import settings as options
from licdesk.ui.settings import Settings


def desk_holidays(settings: Settings) -> HolidayTable | None:
    """The clerk's table, or None (the published schedule alone) when none is named or it cannot be read.

    An unreadable table is said in Preferences, where it is named; meanwhile each working-day deadline
    says it was counted by the published schedule, so nothing is counted silently by a table not used.
    """
    path = settings.get(options.HOLIDAY_TABLE)
    if not path:
        return None
    try:
        return read_holiday_file(path)
    except HolidayFileError:
        return None


def holiday_problem(settings: Settings) -> str | None:
    """Why the named table cannot be used (its own words), or None."""
    path = settings.get(options.HOLIDAY_TABLE)
    if not path:
        return None
    try:
        read_holiday_file(path)
    except HolidayFileError as exc:
        return str(exc)
    return None
