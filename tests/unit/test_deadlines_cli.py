"""`licdesk due` and the xlsx/ics formats of `licdesk export`, run through the real command line."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from licdesk import cli
from licdesk.domain import deadlines as dl
from licdesk.domain.model import ANNUAL_REPORT, Event, Inspection, License, Service

D = dt.date


@pytest.fixture
def filled_db(db_path: Path) -> Path:
    from licdesk.store import Store

    with Store.open(db_path) as store:
        store.save(License(
            number="苏B2-20990301", company="苏州云帆信息技术有限公司", legal_representative="周帆",
            services=[Service("信息服务业务（仅限互联网信息服务）", "江苏省")],
            issue_date=D(2019, 10, 15), expiry_date=D(2024, 10, 14),
            inspections=[Inspection(y, "已报送", kind=ANNUAL_REPORT) for y in range(2019, 2024)],
        ))
        store.save(License(
            number="B1-20990302", company="远山数据服务股份有限公司", legal_representative="赵远",
            services=[Service("互联网数据中心业务", "北京、上海")],
            issue_date=D(2022, 7, 1), expiry_date=D(2027, 6, 30),
            inspections=[Inspection(2022, "已报送", kind=ANNUAL_REPORT)],
            events=[Event(dl.LEGAL_REPRESENTATIVE_CHANGE, D(2024, 6, 20))],
        ))
    return db_path


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = cli.run(args)
    out, err = capsys.readouterr()
    return code, out, err


def test_due_json_lists_overdue_and_due_soon_with_iso_dates(filled_db: Path, capsys) -> None:
    code, out, _ = run(["due", "--today", "2024-07-01", "--json", "--db", str(filled_db)], capsys)
    assert code == 0
    items = json.loads(out)
    found = {(i["number"], i["obligation"], i.get("year")): i for i in items}
    renewal = found[("苏B2-20990301", "renewal", None)]
    assert (renewal["due"], renewal["status"]) == ("2024-07-16", "due_soon")
    report = found[("B1-20990302", "annual_report", 2023)]
    assert (report["due"], report["status"]) == ("2024-03-31", "overdue")
    change = found[("B1-20990302", "change_filing", None)]
    assert (change["due"], change["status"]) == ("2024-07-20", "due_soon")
    assert {i["status"] for i in items} <= {"overdue", "due_soon"}
    assert items[0]["status"] == "overdue"


def test_within_widens_the_window_and_all_adds_later_and_done(filled_db: Path, capsys) -> None:
    _, narrow, _ = run(["due", "--today", "2024-07-01", "--within", "5", "--json", "--db", str(filled_db)], capsys)
    assert "renewal" not in {i["obligation"] for i in json.loads(narrow)}
    _, everything, _ = run(["due", "--today", "2024-07-01", "--all", "--json", "--db", str(filled_db)], capsys)
    statuses = {i["status"] for i in json.loads(everything)}
    assert statuses == {"overdue", "due_soon", "upcoming", "done"}


def test_due_text_is_a_chinese_table_with_a_summary(filled_db: Path, capsys) -> None:
    code, out, _ = run(["due", "--today", "2024-07-01", "--db", str(filled_db)], capsys)
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split()[:3] == ["状态", "截止日期", "剩余"]
    assert any("已逾期" in line and "B1-20990302" in line and "2023年度" in line for line in lines)
    assert any("即将到期" in line and "2024-07-16" in line and "15天" in line for line in lines)
    assert lines[-1].startswith("截至 2024-07-01：已逾期")


def test_nothing_due_says_so(db_path: Path, capsys) -> None:
    code, out, _ = run(["due", "--today", "2024-07-01", "--db", str(db_path)], capsys)
    assert code == 0
    assert out == "截至 2024-07-01，没有逾期或 30 天内到期的合规事项。\n"


def test_a_bad_date_is_one_line_and_exit_2(db_path: Path, capsys) -> None:
    code, out, err = run(["due", "--today", "2024-13-01", "--db", str(db_path)], capsys)
    assert (code, out) == (2, "")
    assert err.strip().splitlines() == ["licdesk: 日期“2024-13-01”格式不对，应为 YYYY-MM-DD (bad date '2024-13-01', expected YYYY-MM-DD)"]


@pytest.mark.parametrize("within", ["soon", "-3"])
def test_a_bad_number_of_days_is_refused_with_exit_2(db_path: Path, capsys, within: str) -> None:
    with pytest.raises(SystemExit) as stop:
        cli.run(["due", "--within", within, "--db", str(db_path)])
    assert stop.value.code == 2
    assert "--within" in capsys.readouterr().err


def test_a_holiday_table_file_moves_working_day_deadlines(db_path: Path, tmp_path: Path, capsys) -> None:
    from licdesk.store import Store

    with Store.open(db_path) as store:
        store.save(License(number="京B2-20990303", company="北京晨星科技有限公司", legal_representative="钱晨",
                           issue_date=D(2023, 1, 2), expiry_date=D(2028, 1, 1),
                           inspections=[Inspection(2023, "已报送", kind=ANNUAL_REPORT)],
                           events=[Event(dl.ILLEGAL_INFO_DISPOSAL, D(2024, 9, 27))]))
    table = tmp_path / "holidays.txt"
    # An office that kept only 1 October off in 2024: its own table wins over the published schedule.
    table.write_text("2024-10-01 休\n", encoding="utf-8")
    args = ["due", "--today", "2024-09-28", "--json", "--db", str(db_path)]
    _, plain, _ = run(args, capsys)
    _, adjusted, _ = run(args + ["--holidays", str(table)], capsys)
    due = {i["obligation"]: i["due"] for i in json.loads(plain)}
    assert due["illegal_info_report"] == "2024-10-16"  # National Day week off, 29 Sep and 12 Oct worked
    due = {i["obligation"]: i["due"] for i in json.loads(adjusted)}
    assert due["illegal_info_report"] == "2024-10-14"
    table.write_text("国庆 休\n", encoding="utf-8")
    code, _, err = run(args + ["--holidays", str(table)], capsys)
    assert code == 2 and "第 1 行" in err


def test_export_writes_xlsx_and_ics(filled_db: Path, tmp_path: Path, capsys) -> None:
    from openpyxl import load_workbook

    icalendar = pytest.importorskip("icalendar")
    xlsx, ics = tmp_path / "all.xlsx", tmp_path / "due.ics"
    assert run(["export", "--format", "xlsx", "-o", str(xlsx), "--today", "2024-07-01",
                "--db", str(filled_db)], capsys)[0] == 0
    assert run(["export", "--format", "ics", "-o", str(ics), "--today", "2024-07-01",
                "--db", str(filled_db)], capsys)[0] == 0
    book = load_workbook(xlsx)
    assert book.sheetnames == ["许可证", "合规期限"]
    assert book["许可证"].cell(row=2, column=9).is_date
    calendar = icalendar.Calendar.from_ical(ics.read_bytes())
    summaries = [str(e["SUMMARY"]) for e in calendar.walk("VEVENT")]
    assert any("苏B2-20990301" in s and "续办" in s for s in summaries)
