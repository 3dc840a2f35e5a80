"""The due overview (licdesk.services.due_overview) as an Excel workbook and as CSV: one row per
obligation, its group first, in the groups' order; the same columns in both files."""

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


def overview_columns(overview: DueOverview) -> list[Column]:
    """Columns over (group, obligation) pairs."""
    today = overview.today
    return [
        Column("分组", lambda row: GROUP_NAMES[row[0]][0]),
        Column("经营许可证编号", lambda row: row[1].number),
        Column("公司名称", lambda row: row[1].company),
        Column("事项", lambda row: row[1].title_zh, 50),
        Column("截止日期", lambda row: row[1].due),
        Column("剩余或逾期", lambda row: days_text(row[1], today)),
        Column("剩余天数", lambda row: row[1].days_left(today)),
        Column("规则", lambda row: row[1].rule),
    ]


def write_overview_xlsx(overview: DueOverview, path: str | Path) -> Path:
    from openpyxl import Workbook

    from licdesk.exports.xlsx import table_sheet

    book = Workbook()
    book.remove(book.active)
    pairs = list(overview.rows())
    sheet = table_sheet(book, SHEET, overview_columns(overview), pairs)
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


def overview_csv_bytes(overview: DueOverview) -> bytes:
    """UTF-8 with a byte order mark (Excel reads Chinese), dates as YYYY-MM-DD, formulas neutralised."""
    columns = overview_columns(overview)
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    writer.writerow([c.header for c in columns])
    for row in rows(columns, overview.rows()):
        writer.writerow(["" if v is None else v.isoformat() if isinstance(v, _dt.date) else v for v in row])
    return buffer.getvalue().encode("utf-8-sig")


def write_overview_csv(overview: DueOverview, path: str | Path) -> Path:
    data = overview_csv_bytes(overview)
    return write_atomically(path, lambda tmp: tmp.write_bytes(data))
