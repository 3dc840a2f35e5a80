"""Files for other programs: the deadlines as a calendar (.ics), the library and deadlines as Excel and CSV.

No Qt.  The `write_*(store, path, …)` functions are what `licdesk export --format …` plugs in; the
others take plain lists so the desk can export what it shows.
"""

from licdesk.exports.csvfile import (  # noqa: F401
    deadlines_csv_bytes, library_csv_bytes, write_deadlines_csv, write_due_csv, write_library_csv,
)
from licdesk.exports.ics import calendar_text, write_calendar, write_ics  # noqa: F401
from licdesk.exports.xlsx import workbook_bytes, write_workbook, write_xlsx  # noqa: F401
