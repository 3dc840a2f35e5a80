"""The due overview (licdesk.services.due_overview) as an Excel workbook and as CSV: one row per
obligation, its group first, in the groups' order; the same columns in both files, headed in the
interface's language (`language` "zh" or "en")."""

from __future__ import annotations

import csv
import datetime as _dt
import io
from pathlib import Path
from typing import Any

from licdesk.domain import deadlines as dl
from licdesk.exports.files import write_atomically
from licdesk.exports.tables import Column, rows
from licdesk.services.due_overview import GROUP_NAMES, DueOverview, days_text

SHEET = "到期一览"
SHEET_EN = "Due overview"
_HEADERS = (("分组", "Group"), ("经营许可证编号", "License number"), ("公司名称", "Company"), ("事项", "What is due"),
            ("截止日期", "Due date"), ("剩余或逾期", "Days left or overdue"), ("剩余天数", "Days left"), ("规则", "Rule"))


def overview_columns(overview: DueOverview, language: str = "zh") -> list[Column]:
    """Columns over (group, obligation) pairs."""
    today = overview.today
    side = 1 if language.startswith("en") else 0
    values = [
        lambda row: GROUP_NAMES[row[0]][side],
        lambda row: row[1].number,
        lambda row: row[1].company,
        lambda row: row[1].title(language),
        lambda row: row[1].due,
        lambda row: days_text(row[1], today, language),
        lambda row: row[1].days_left(today),
        lambda row: row[1].rule,
    ]
    return [Column(names[side], value, 50 if names[0] == "事项" else None) for names, value in zip(_HEADERS, values)]


def write_overview_xlsx(overview: DueOverview, path: str | Path, language: str = "zh") -> Path:
    from openpyxl import Workbook

    from licdesk.exports.xlsx import table_sheet

    book = Workbook()
    book.remove(book.active)
    pairs = list(overview.rows())
    sheet = table_sheet(book, SHEET_EN if language.startswith("en") else SHEET, overview_columns(overview, language), pairs)
    _tint_overdue(sheet, [item for _group, item in pairs])
    return write_atomically(path, lambda tmp: book.save(tmp))


def _tint_overdue(sheet: Any, items: list[dl.Obligation]) -> None:
    """Overdue rows in the tint the Deadlines sheet gives them."""
    from openpyxl.styles import PatternFill

    for row_index, item in enumerate(items, start=2):
        if item.status == dl.OVERDUE:
            fill = PatternFill("solid", start_color="FDE2E1", end_color="FDE2E1")
            for cell in sheet[row_index]:
                cell.fill = fill


def overview_csv_bytes(overview: DueOverview, language: str = "zh") -> bytes:
    """UTF-8 with a byte order mark (Excel reads Chinese), dates as YYYY-MM-DD, formulas neutralised."""
    columns = overview_columns(overview, language)
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    writer.writerow([c.header for c in columns])
    for row in rows(columns, overview.rows()):
        writer.writerow(["" if v is None else v.isoformat() if isinstance(v, _dt.date) else v for v in row])
    return buffer.getvalue().encode("utf-8-sig")


def write_overview_csv(overview: DueOverview, path: str | Path, language: str = "zh") -> Path:
    data = overview_csv_bytes(overview, language)
    return write_atomically(path, lambda tmp: tmp.write_bytes(data))
