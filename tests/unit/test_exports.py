"""Exports read back by other programs' parsers: icalendar for .ics, openpyxl for .xlsx, csv for .csv."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest

from licdesk.domain import deadlines as dl
from licdesk.domain.model import ANNUAL_REPORT, Event, Inspection, License, Service, Website
from licdesk.exports import ics
from licdesk.exports import (
    calendar_text, write_calendar, write_deadlines_csv, write_due_csv, write_ics, write_library_csv,
    write_workbook, write_xlsx,
)

D = dt.date
TODAY = D(2024, 6, 1)
STAMP = dt.datetime(2024, 6, 1, 8, 30, tzinfo=dt.timezone.utc)


def sample_licenses() -> list[License]:
    return [
        License(
            number="沪B2-20990101", company="上海青禾网络科技有限公司", legal_representative="李青",
            services=[Service("信息服务业务（仅限互联网信息服务）", "上海市")],
            issue_date=D(2019, 10, 15), expiry_date=D(2024, 10, 14),
            annex=[Website("青禾社区", ["qinghe.example.cn"])],
            inspections=[Inspection(2023, "已报送", date=D(2024, 3, 2), kind=ANNUAL_REPORT)],
            events=[Event(dl.ILLEGAL_INFO_DISPOSAL, D(2024, 5, 24), note="删除违规帖子；已留存记录, 共3条")],
        ),
        License(
            number="B1-20990202", company="远山数据服务股份有限公司", legal_representative="赵远",
            services=[Service("互联网数据中心业务", "北京、上海")],
            issue_date=D(2022, 7, 1), expiry_date=D(2027, 6, 30),
        ),
    ]


def open_items() -> list[dl.Obligation]:
    return [o for o in dl.all_obligations(sample_licenses(), TODAY) if o.status != dl.DONE]


# -- iCalendar ------------------------------------------------------------------------------
def test_the_calendar_opens_in_a_standard_parser_with_one_event_per_open_obligation(tmp_path: Path) -> None:
    icalendar = pytest.importorskip("icalendar")
    items = dl.all_obligations(sample_licenses(), TODAY)
    path = write_calendar(items, tmp_path / "due.ics", stamp=STAMP)
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    events = list(calendar.walk("VEVENT"))
    expected = [o for o in items if o.status != dl.DONE]
    assert len(events) == len(expected) > 3
    by_uid = {str(e["UID"]): e for e in events}
    renewal = next(o for o in expected if o.kind == dl.RENEWAL)
    event = by_uid[renewal.uid]
    assert event.decoded("DTSTART") == D(2024, 7, 16)  # an all-day date, not a date-time
    assert event.decoded("DTEND") == D(2024, 7, 17)
    assert "沪B2-20990101" in str(event["SUMMARY"]) and "续办" in str(event["SUMMARY"])
    alarm = next(iter(event.walk("VALARM")))
    assert alarm.decoded("TRIGGER") == -dt.timedelta(days=ics.DEFAULT_ALARM_DAYS)
    assert str(alarm["ACTION"]) == "DISPLAY"


def test_text_with_commas_semicolons_and_newlines_survives_the_round_trip(tmp_path: Path) -> None:
    icalendar = pytest.importorskip("icalendar")
    report = next(o for o in open_items() if o.kind == dl.ILLEGAL_INFO_REPORT)
    calendar = icalendar.Calendar.from_ical(calendar_text([report], stamp=STAMP))
    description = str(next(iter(calendar.walk("VEVENT")))["DESCRIPTION"])
    assert "备注：删除违规帖子；已留存记录, 共3条" in description
    assert "公司：上海青禾网络科技有限公司\n" in description


def test_lines_are_folded_at_75_octets_without_splitting_characters() -> None:
    text = calendar_text(open_items(), stamp=STAMP)
    assert text.endswith("END:VCALENDAR\r\n")
    raw = text.encode("utf-8")
    for line in raw.split(b"\r\n"):
        assert len(line) <= 75
        line.decode("utf-8")  # each physical line is whole UTF-8: no character cut in two
    assert calendar_text([], stamp=STAMP).startswith("BEGIN:VCALENDAR\r\n")


def test_uids_are_stable_between_exports_on_different_days() -> None:
    first = {o.uid for o in dl.all_obligations(sample_licenses(), TODAY) if o.status != dl.DONE}
    later = {o.uid for o in dl.all_obligations(sample_licenses(), D(2024, 6, 20)) if o.status != dl.DONE}
    assert first == later
    assert calendar_text(open_items(), stamp=STAMP) == calendar_text(open_items(), stamp=STAMP)


# -- Excel ---------------------------------------------------------------------------------
def test_the_workbook_has_typed_dates_a_bold_frozen_header_and_fitting_widths(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    licenses = sample_licenses()
    path = write_workbook(tmp_path / "library.xlsx", TODAY, licenses, dl.all_obligations(licenses, TODAY))
    book = load_workbook(path)
    assert book.sheetnames == ["许可证", "合规期限"]
    library = book["许可证"]
    header = [c.value for c in library[1]]
    assert header[:3] == ["经营许可证编号", "公司名称", "法定代表人"]
    assert all(c.font.bold for c in library[1])
    assert library.freeze_panes == "A2"
    expiry = library.cell(row=2, column=header.index("有效期至") + 1)
    assert expiry.is_date and expiry.value.date() == D(2024, 10, 14)
    assert expiry.number_format == "yyyy-mm-dd"
    company_width = library.column_dimensions["B"].width
    assert company_width >= 2 * len("上海青禾网络科技有限公司")

    deadlines = book["合规期限"]
    rows = list(deadlines.iter_rows(min_row=2, values_only=True))
    due_column = [c.value for c in deadlines[1]].index("截止日期")
    assert all(deadlines.cell(row=r, column=due_column + 1).is_date for r in range(2, len(rows) + 2))
    assert rows[0][0] == "已逾期" or rows[0][0] == "即将到期"
    assert deadlines.freeze_panes == "A2"


def test_write_xlsx_and_ics_read_the_store(tmp_path: Path, db_path: Path) -> None:
    from openpyxl import load_workbook

    icalendar = pytest.importorskip("icalendar")
    Store = pytest.importorskip("licdesk.store").Store
    with Store.open(db_path) as store:
        for lic in sample_licenses():
            store.save(lic)
        write_xlsx(store, tmp_path / "all.xlsx", today=TODAY)
        write_ics(store, tmp_path / "all.ics", today=TODAY)
        write_due_csv(store, tmp_path / "due.csv", today=TODAY)
    numbers = [row[0] for row in load_workbook(tmp_path / "all.xlsx")["许可证"].iter_rows(min_row=2, values_only=True)]
    assert sorted(numbers) == ["B1-20990202", "沪B2-20990101"]
    events = list(icalendar.Calendar.from_ical((tmp_path / "all.ics").read_bytes()).walk("VEVENT"))
    assert len(events) == len(open_items())
    with (tmp_path / "due.csv").open(encoding="utf-8-sig", newline="") as handle:
        assert len(list(csv.reader(handle))) == 1 + len(dl.all_obligations(sample_licenses(), TODAY))


# -- CSV -----------------------------------------------------------------------------------
def test_csv_is_utf8_with_bom_and_reads_back(tmp_path: Path) -> None:
    items = dl.all_obligations(sample_licenses(), TODAY)
    path = write_deadlines_csv(items, tmp_path / "due.csv", TODAY)
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    with path.open(encoding="utf-8-sig", newline="") as handle:
        table = list(csv.DictReader(handle))
    assert len(table) == len(items)
    first = table[0]
    assert first["状态"] == "已逾期" or first["状态"] == "即将到期"
    assert dt.date.fromisoformat(first["截止日期"]) == items[0].due
    note_row = next(r for r in table if r["类别"] == "违法信息处置上报")
    assert note_row["备注"] == "删除违规帖子；已留存记录, 共3条"
    assert note_row["截止日期"] == "2024-06-07"  # Friday 24 May + 10 working days


def test_library_csv_lists_each_license(tmp_path: Path) -> None:
    path = write_library_csv(sample_licenses(), tmp_path / "lib.csv", TODAY)
    with path.open(encoding="utf-8-sig", newline="") as handle:
        table = list(csv.DictReader(handle))
    assert [r["经营许可证编号"] for r in table] == ["沪B2-20990101", "B1-20990202"]
    assert table[0]["状态"] == "有效"
    assert table[0]["网站域名"] == "qinghe.example.cn"


def test_a_failed_export_leaves_the_old_file_untouched(tmp_path: Path) -> None:
    target = tmp_path / "due.csv"
    target.write_text("old", encoding="utf-8")

    def items_then_failure():
        yield from open_items()[:1]
        raise OSError("disk full")

    with pytest.raises(OSError):
        write_deadlines_csv(items_then_failure(), target, TODAY)
    assert target.read_text(encoding="utf-8") == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["due.csv"]
