"""The due overview on a real database: three groups from the one obligations list, its PDF read back
as text, its Excel and CSV files read back."""

from __future__ import annotations

import csv
import datetime as _dt
import io
from pathlib import Path

import pytest

from licdesk.domain import deadlines as dl
from licdesk.domain.model import ANNUAL_REPORT, Event, Inspection, License
from licdesk.services.due_overview import (
    NEXT_90_DAYS,
    OVERDUE,
    THIS_MONTH,
    days_text,
    due_overview,
    group_of,
)
from licdesk.services.obligations import store_obligations
from licdesk.store import Store

D = _dt.date
TODAY = D(2026, 11, 10)


def _reports(*years: int) -> list[Inspection]:
    return [Inspection(y, "已报送", date=D(y + 1, 3, 1), kind=ANNUAL_REPORT) for y in years]


@pytest.fixture
def store(db_path: Path):  # noqa: ANN201
    with Store.open(db_path) as opened:
        # Renewal due 2026-11-02 (overdue); expiry 2027-01-31 (in the next 90 days).
        opened.save(License(number="京B2-20990001", company="示例晨光网络有限公司", legal_representative="甲示例",
                            issue_date=D(2022, 2, 1), expiry_date=D(2027, 1, 31),
                            inspections=_reports(2022, 2023, 2024, 2025)))
        # A name change (R7, 30 days → 1 December) and illegal information disposed of on Friday
        # 6 November (R11, 10 working days → 20 November).
        opened.save(License(number="沪B2-20990002", company="示例=远帆信息技术有限公司", legal_representative="乙示例",
                            issue_date=D(2023, 1, 10), expiry_date=D(2028, 1, 9), inspections=_reports(2023, 2024, 2025),
                            events=[Event(dl.NAME_CHANGE, D(2026, 11, 1)),
                                    Event(dl.ILLEGAL_INFO_DISPOSAL, D(2026, 11, 6))]))
        # Nothing due within 90 days.
        opened.save(License(number="B1-20990003", company="示例远景数据有限公司", legal_representative="丙示例",
                            issue_date=D(2024, 5, 1), expiry_date=D(2029, 4, 30), inspections=_reports(2024, 2025)))
        yield opened


def _listed(overview, group: str) -> list[tuple[str, str, _dt.date]]:  # noqa: ANN001
    return [(o.number, o.kind, o.due) for o in overview.groups[group]]


def test_three_groups_from_the_one_obligations_list(store: Store) -> None:
    overview = due_overview(store, TODAY, 30)
    assert _listed(overview, OVERDUE) == [("京B2-20990001", dl.RENEWAL, D(2026, 11, 2))]
    assert _listed(overview, THIS_MONTH) == [("沪B2-20990002", dl.ILLEGAL_INFO_REPORT, D(2026, 11, 20))]
    assert _listed(overview, NEXT_90_DAYS) == [("沪B2-20990002", dl.CHANGE_FILING, D(2026, 12, 1)),
                                              ("京B2-20990001", dl.EXPIRY, D(2027, 1, 31))]
    # Every open item of the Deadlines page's list within the horizon is in one group, none twice.
    everything = store_obligations(store, TODAY, 30)
    grouped = [o for _group, o in overview.rows()]
    assert sorted(grouped, key=dl.sort_key) == [o for o in everything if group_of(o, TODAY) is not None]
    assert overview.total == 4


def test_days_are_said_in_plain_words(store: Store) -> None:
    overview = due_overview(store, TODAY, 30)
    [late] = overview.groups[OVERDUE]
    [soon] = overview.groups[THIS_MONTH]
    assert days_text(late, TODAY) == "逾期 8 天" and days_text(late, TODAY, "en") == "8 days overdue"
    assert days_text(soon, TODAY) == "还有 10 天" and days_text(soon, TODAY, "en") == "10 days left"
    assert days_text(soon, D(2026, 11, 20)) == "今天到期"
    assert days_text(soon, D(2026, 11, 19), "en") == "1 day left"


def test_the_pdf_reads_back_with_the_three_groups(store: Store, tmp_path: Path) -> None:
    from pypdf import PdfReader

    from licdesk.pdf.due_overview import render_due_overview

    result = render_due_overview(due_overview(store, TODAY, 30))
    assert result.page_count == 1 and not result.missing_characters
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(result.pdf)).pages)
    squeezed = "".join(text.split())
    for words in ("到期事项一览", "本月到期（1项）", "未来90天（2项）", "已逾期（1项）", "京B2-20990001",
                  "示例=远帆信息技术有限公司", "逾期8天", "还有10天", "2026-11-20"):
        assert words in squeezed, words
    assert squeezed.index("本月到期") < squeezed.index("未来90天") < squeezed.index("已逾期（")
    fonts = {str(f["/BaseFont"]) for page in PdfReader(io.BytesIO(result.pdf)).pages
             for f in page["/Resources"]["/Font"].values()}
    assert not any("Helvetica" in name or "STSong" in name for name in fonts)  # the embedded faces only


def test_an_empty_library_prints_each_group_as_none(db_path: Path) -> None:
    from pypdf import PdfReader

    from licdesk.pdf.due_overview import render_due_overview

    with Store.open(db_path) as empty:
        result = render_due_overview(due_overview(empty, TODAY))
    squeezed = "".join(PdfReader(io.BytesIO(result.pdf)).pages[0].extract_text().split())
    assert "本月到期（0项）" in squeezed and squeezed.count("无") >= 3


def test_the_excel_and_csv_files_read_back(store: Store, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    from licdesk.exports.due_overview import SHEET, write_overview_csv, write_overview_xlsx

    overview = due_overview(store, TODAY, 30)
    sheet = load_workbook(write_overview_xlsx(overview, tmp_path / "due.xlsx"))[SHEET]
    table = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert table[0] == ["分组", "经营许可证编号", "公司名称", "事项", "截止日期", "剩余或逾期", "剩余天数", "规则"]
    assert [row[0] for row in table[1:]] == ["本月到期", "未来90天", "未来90天", "已逾期"]
    assert table[1][4] == _dt.datetime(2026, 11, 20) and table[1][5] == "还有 10 天" and table[1][6] == 10
    assert table[4][1:3] == ["京B2-20990001", "示例晨光网络有限公司"] and table[4][6] == -8
    assert sheet.cell(5, 1).fill.start_color.rgb.endswith("FDE2E1")  # overdue rows are tinted

    data = write_overview_csv(overview, tmp_path / "due.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # Excel reads the Chinese
    lines = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert lines[0] == table[0]
    assert lines[1][4] == "2026-11-20" and lines[4][5] == "逾期 8 天"
    assert any(row[2] == "示例=远帆信息技术有限公司" for row in lines)  # an = inside the text stays as written


def test_from_the_english_interface_the_pdf_and_files_are_in_english(store: Store, tmp_path: Path) -> None:
    from openpyxl import load_workbook
    from pypdf import PdfReader

    from licdesk.exports.due_overview import SHEET_EN, overview_csv_bytes, write_overview_xlsx
    from licdesk.pdf.due_overview import render_due_overview

    overview = due_overview(store, TODAY, 30)
    text = PdfReader(io.BytesIO(render_due_overview(overview, "en").pdf)).pages[0].extract_text()
    for words in ("Due overview", "As of 2026-11-10", "Due this month (1)", "Next 90 days (2)", "Overdue (1)",
                  "8 days overdue", "Page 1 of 1"):
        assert words in text, words
    assert not any(word in text for word in ("本月到期", "截至", "第 1 页", "逾期"))
    sheet = load_workbook(write_overview_xlsx(overview, tmp_path / "due.xlsx", "en"))[SHEET_EN]
    assert [c.value for c in sheet[1]][:4] == ["Group", "License number", "Company", "What is due"]
    assert sheet.cell(2, 1).value == "Due this month" and sheet.cell(2, 6).value == "10 days left"
    lines = list(csv.reader(io.StringIO(overview_csv_bytes(overview, "en").decode("utf-8-sig"))))
    assert lines[4][0] == "Overdue" and lines[4][3].startswith("Apply for renewal")


def test_the_next_group_is_the_due_soon_window_its_name_says() -> None:
    from licdesk.domain.status import DUE_SOON_DAYS
    from licdesk.services.due_overview import GROUP_NAMES, HORIZON_DAYS, NEXT_90_DAYS

    assert HORIZON_DAYS == DUE_SOON_DAYS
    assert all(str(HORIZON_DAYS) in name for name in GROUP_NAMES[NEXT_90_DAYS])
