"""Licenses out to a file for other programs: the one export `licdesk export` and the desk both use.

    data = export_bytes("xlsx", licenses, today, store, language="en")
    outcome = export_to_file(store, "ics", path, today, numbers=["沪B2-20213857"])

Four formats: an Excel workbook (the library and its deadlines), the library as CSV, every license's
schema JSON, and the open deadlines as an iCalendar file.  `numbers` narrows the export to some
licenses (their deadlines only); `language` ("zh" or "en") sets the headers, sheet names and calendar
words; `holidays` is the clerk's holiday table (the desk passes the one named in Preferences).  The file
is written atomically: a failed write leaves no half file.  No Qt.
"""

from __future__ import annotations

import datetime as _dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Sequence

from licdesk.domain import deadlines as dl
from licdesk.domain.holidays import HolidayTable
from licdesk.domain.model import License
from licdesk.exports.files import write_atomically

if TYPE_CHECKING:
    from licdesk.store.store import Store

FORMATS = ("xlsx", "csv", "json", "ics")
SUFFIXES = {"xlsx": ".xlsx", "csv": ".csv", "json": ".json", "ics": ".ics"}


@dataclass(frozen=True)
class ExportOutcome:
    path: Path
    format: str
    licenses: int  # how many licenses went into the file
    deadlines: int  # how many deadlines (the workbook's second sheet, the calendar's events)


def json_bytes(licenses: Iterable[License]) -> bytes:
    """Every license's schema JSON, in the order given; the same data always gives the same bytes."""
    text = json.dumps([lic.to_dict() for lic in licenses], ensure_ascii=False, indent=2) + "\n"
    return text.encode("utf-8")


def _obligations(store: Store, licenses: list[License], today: _dt.date,
                 holidays: HolidayTable | None) -> list[dl.Obligation]:
    from licdesk.services.obligations import store_obligations

    numbers = {lic.number for lic in licenses}
    return [item for item in store_obligations(store, today, holidays=holidays) if item.number in numbers]


def export_bytes(fmt: str, licenses: list[License], today: _dt.date, store: Store | None,
                 language: str = "zh", holidays: HolidayTable | None = None) -> bytes:
    """The file's bytes; the workbook and the calendar read the deadlines (review findings too) from `store`,
    counting working days by `holidays` (None: the published schedule alone)."""
    return _render(fmt, licenses, today, store, language, holidays)[0]


def _render(fmt: str, licenses: list[License], today: _dt.date, store: Store | None,
            language: str, holidays: HolidayTable | None = None) -> tuple[bytes, int]:
    """The bytes, and how many deadlines they hold."""
    if fmt == "json":
        return json_bytes(licenses), 0
    if fmt == "csv":
        from licdesk.exports.csvfile import library_csv_bytes

        return library_csv_bytes(licenses, today, language), 0
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; known: {', '.join(FORMATS)}")
    if store is None:
        raise ValueError(f"the {fmt} export reads the deadlines from the store")
    items = _obligations(store, licenses, today, holidays)
    if fmt == "xlsx":
        from licdesk.exports.xlsx import workbook_bytes

        return workbook_bytes(today, licenses, items, language), len(items)
    from licdesk.exports.ics import calendar_text

    text = calendar_text(items, language=language)
    return text.encode("utf-8"), sum(1 for item in items if item.status != dl.DONE)


def chosen_licenses(store: Store, numbers: Sequence[str] | None = None) -> list[License]:
    """Every license in number order, or those of `numbers` still in the library (also in number order)."""
    if numbers is None:
        return list(store.licenses())
    found = (store.load(number) for number in dict.fromkeys(numbers))
    return sorted((lic for lic in found if lic is not None), key=lambda lic: lic.number)


def export_to_file(store: Store, fmt: str, path: str | Path, today: _dt.date, *,
                   numbers: Sequence[str] | None = None, language: str = "zh",
                   holidays: HolidayTable | None = None) -> ExportOutcome:
    """Write the export to `path` (atomically); OSError when the place cannot be written.  `holidays`: the
    clerk's table the desk counts working days by, so the file's deadlines are the desk's."""
    licenses = chosen_licenses(store, numbers)
    data, deadlines = _render(fmt, licenses, today, store, language, holidays)
    target = write_atomically(path, lambda temporary: temporary.write_bytes(data), make_folder=False)
    return ExportOutcome(target, fmt, len(licenses), deadlines)
