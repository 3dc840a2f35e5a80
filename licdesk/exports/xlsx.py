"""The library and the deadlines as an Excel workbook (openpyxl, imported only when writing).

Dates are real dates with a date format, the header is bold and frozen, columns are as wide as
their content (a Chinese character counts double), and overdue deadlines are tinted.
"""

from __future__ import annotations

import datetime as _dt
import io
import unicodedata
from pathlib import Path
from typing import Any, Iterable

from licdesk.domain import deadlines as dl
from licdesk.domain.model import License
from licdesk.exports.files import write_atomically
from licdesk.exports.tables import Column, deadline_columns, license_columns, rows

DATE_FORMAT = "yyyy-mm-dd"
LIBRARY_SHEET = "许可证"
DEADLINES_SHEET = "合规期限"
ENGLISH_SHEETS = {LIBRARY_SHEET: "Licenses", DEADLINES_SHEET: "Deadlines"}
_MAX_WIDTH = 60
_STATUS_FILLS = {dl.OVERDUE: "FDE2E1", dl.DUE_SOON: "FFF1CC"}


def write_workbook(
    path: str | Path,
    today: _dt.date,
    licenses: Iterable[License] | None = None,
    obligations: Iterable[dl.Obligation] | None = None,
    language: str = "zh",
) -> Path:
    """A workbook with a library sheet and/or a deadlines sheet; `language` "en": English headers and sheets."""
    book = _workbook(today, licenses, obligations, language)
    return write_atomically(path, lambda tmp: book.save(tmp))


def workbook_bytes(
    today: _dt.date,
    licenses: Iterable[License] | None = None,
    obligations: Iterable[dl.Obligation] | None = None,
    language: str = "zh",
) -> bytes:
    """The same workbook as bytes (for `licdesk export`, which writes the file itself)."""
    buffer = io.BytesIO()
    _workbook(today, licenses, obligations, language).save(buffer)
    return buffer.getvalue()


def _workbook(today: _dt.date, licenses: Iterable[License] | None,
              obligations: Iterable[dl.Obligation] | None, language: str = "zh") -> Any:
    from openpyxl import Workbook

    def named(sheet: str) -> str:
        return ENGLISH_SHEETS[sheet] if language.startswith("en") else sheet

    book = Workbook()
    book.remove(book.active)
    if licenses is not None:
        _sheet(book, named(LIBRARY_SHEET), license_columns(today, language), list(licenses))
    if obligations is not None:
        items = list(obligations)
        sheet = _sheet(book, named(DEADLINES_SHEET), deadline_columns(today, language), items)
        _tint_by_status(sheet, items)
    if not book.worksheets:
        book.create_sheet(named(LIBRARY_SHEET))
    return book


def write_xlsx(store: Any, path: str | Path, today: _dt.date | None = None) -> Path:
    """The whole library and all its deadlines (what `licdesk export --format xlsx` writes)."""
    today = today or _dt.date.today()
    from licdesk.services.obligations import store_obligations

    licenses = list(store.licenses())
    return write_workbook(path, today, licenses, store_obligations(store, today))


def _sheet(book: Any, title: str, columns: list[Column], items: list[Any]) -> Any:
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    sheet = book.create_sheet(title)
    sheet.append([c.header for c in columns])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(vertical="center")
    widths = [_text_width(c.header) for c in columns]
    for row in rows(columns, items):
        sheet.append(row)
        for index, value in enumerate(row):
            widths[index] = max(widths[index], 10 if isinstance(value, _dt.date) else _text_width(value))
    wrapped = Alignment(wrap_text=True, vertical="top")  # long text in the fixed-width columns
    for row in sheet.iter_rows(min_row=2):
        for cell, column in zip(row, columns):
            if isinstance(cell.value, str):
                cell.data_type = "s"  # text from the library is text, whatever it starts with
            if isinstance(cell.value, _dt.date):
                cell.number_format = DATE_FORMAT
            elif column.width:
                cell.alignment = wrapped
    for index, column in enumerate(columns, start=1):
        width = column.width if column.width else min(widths[index - 1], _MAX_WIDTH)
        sheet.column_dimensions[get_column_letter(index)].width = width + 2
    sheet.freeze_panes = "A2"
    if items:
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{len(items) + 1}"
    return sheet


def _tint_by_status(sheet: Any, items: list[dl.Obligation]) -> None:
    from openpyxl.styles import PatternFill

    for row_index, item in enumerate(items, start=2):
        colour = _STATUS_FILLS.get(item.status)
        if colour:
            fill = PatternFill("solid", start_color=colour, end_color=colour)
            for cell in sheet[row_index]:
                cell.fill = fill


def _text_width(value: Any) -> int:
    text = "" if value is None else str(value)
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def table_sheet(book: Any, title: str, columns: list[Column], items: list[Any]) -> Any:
    """A sheet of `columns` over `items` in this workbook's style (bold frozen header, fitted widths,
    real dates), for other workbooks (the due overview)."""
    return _sheet(book, title, columns, items)
