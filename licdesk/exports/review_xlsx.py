"""The review report as an Excel workbook: a summary sheet and one row per clause (openpyxl).

Text cells are written as text, and a note that starts like a formula (= + - @) gets a leading ', so
it stays a note in every spreadsheet program, never a formula.
"""

from __future__ import annotations

import datetime as _dt
import io
from pathlib import Path
from typing import Any, Mapping

from licdesk.domain import review as rv
from licdesk.domain.model import License
from licdesk.exports.files import write_atomically
from licdesk.exports.tables import neutralised

SUMMARY_SHEET = "汇总"
CLAUSES_SHEET = "逐条审查"
CLAUSE_HEADERS = ("条款", "条款编号", "适用于", "条款内容", "状态", "需重新审查", "说明", "负责人", "整改期限",
                  "证据", "更新人", "更新时间")
_WIDTHS = (10, 9, 16, 60, 10, 10, 36, 12, 12, 28, 10, 18)
_FILLS = {rv.NOT_COMPLIANT: "FDE2E1", rv.PARTLY: "FFF1CC", rv.COMPLIANT: "E2F4E2"}


def review_workbook_bytes(lic: License, round_: rv.ReviewRound, *, evidence_names: Mapping[str, str] | None = None,
                          generated: _dt.date | None = None) -> bytes:
    buffer = io.BytesIO()
    _workbook(lic, round_, dict(evidence_names or {}), generated or _dt.date.today()).save(buffer)
    return buffer.getvalue()


def write_review_workbook(path: str | Path, lic: License, round_: rv.ReviewRound, *,
                          evidence_names: Mapping[str, str] | None = None, generated: _dt.date | None = None) -> Path:
    book = _workbook(lic, round_, dict(evidence_names or {}), generated or _dt.date.today())
    return write_atomically(path, lambda tmp: book.save(tmp))


def _text(value: str | None) -> str:
    """Text for a cell: a formula start (= + - @ tab CR) is neutralised, so a spreadsheet never runs it."""
    return neutralised(value or "")


def _as_text(row: Any) -> None:
    """openpyxl reads a string starting with "=" as a formula: keep user text as text."""
    for cell in row:
        if isinstance(cell.value, str):
            cell.data_type = "s"


def _workbook(lic: License, round_: rv.ReviewRound, names: dict[str, str], generated: _dt.date) -> Any:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    book = Workbook()
    summary = book.active
    summary.title = SUMMARY_SHEET
    counted = rv.progress(lic, round_)
    facts: list[tuple[str, Any]] = [
        ("经营许可证编号", lic.number),
        ("公司名称", lic.company),
        ("审查开始", round_.started.date()),
        ("审查完成", round_.finished.date() if round_.finished else "进行中"),
        ("审查人", round_.reviewer),
        ("报告日期", generated),
        ("已审条款", counted.reviewed),
        ("条款总数", counted.total),
        ("需重新审查", counted.rereview),
        ("待整改事项", counted.open_findings),
    ]
    facts += [(f"状态：{rv.status_name(s)}", counted.by_status[s]) for s in rv.STATUSES]
    for key, value in facts:
        summary.append([key, _text(value) if isinstance(value, str) else value])
    for row in summary.iter_rows():
        _as_text(row)
        row[0].font = Font(bold=True)
        if isinstance(row[1].value, _dt.date):
            row[1].number_format = "yyyy-mm-dd"
    summary.column_dimensions["A"].width = 18
    summary.column_dimensions["B"].width = 44

    sheet = book.create_sheet(CLAUSES_SHEET)
    sheet.append(list(CLAUSE_HEADERS))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    wrapped = Alignment(wrap_text=True, vertical="top")
    for item in rv.review_items(lic):
        review = round_.review_for(item)
        stale = rv.needs_rereview(item, review)
        sheet.append([
            _text(rv.full_label(lic, item)), item.key, _text(item.applies_to), _text(item.text),
            rv.status_name(review.status), "是" if stale else "", _text(review.note), _text(review.responsible),
            review.due, _text("\n".join(names.get(h, f"附件 {h[:8]}") for h in review.evidence)),
            _text(review.updated_by),
            review.updated_at.astimezone(_dt.timezone.utc).replace(tzinfo=None) if review.updated_at else None,
        ])
        row = sheet[sheet.max_row]
        _as_text(row)
        for cell in row:
            cell.alignment = wrapped
        row[8].number_format = "yyyy-mm-dd"
        row[11].number_format = "yyyy-mm-dd hh:mm"
        colour = _FILLS.get(review.status)
        if colour and not stale:
            row[4].fill = PatternFill("solid", start_color=colour, end_color=colour)
    from openpyxl.utils import get_column_letter

    for index, width in enumerate(_WIDTHS, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(CLAUSE_HEADERS))}{sheet.max_row}"
    return book
