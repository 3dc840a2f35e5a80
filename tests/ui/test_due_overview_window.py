"""The 到期一览 window on a real database: opened from the View menu's shortcut and from the Deadlines
page, its three groups, a double-click that shows the license on the desk, refreshed when the session
says a license changed, printed and exported, within a 1366×768 screen and closed with Esc or Ctrl+W."""

from __future__ import annotations

import csv
import datetime as _dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from licdesk.domain import deadlines as dl
from licdesk.domain.model import ANNUAL_REPORT, Event, Inspection, License
from licdesk.services.due_overview import NEXT_90_DAYS, OVERDUE, THIS_MONTH
from tests.ui.conftest import TODAY

D = _dt.date
ROOM = (1366 - 16, 768 - 40 - 40)  # a 1366×768 screen less its taskbar and the window frame


def _reports(*years: int) -> list[Inspection]:
    return [Inspection(y, "已报送", date=D(y + 1, 3, 1), kind=ANNUAL_REPORT) for y in years]


@pytest.fixture
def library(store):  # noqa: ANN001, ANN201
    # Renewal due 12 November (overdue on the 23rd), expiry 10 February (in the next 90 days).
    store.save(License(number="京B2-20990011", company="示例晨光网络有限公司", legal_representative="甲示例",
                       issue_date=D(2022, 2, 11), expiry_date=D(2027, 2, 10), inspections=_reports(2022, 2023, 2024, 2025)))
    # Illegal information disposed of on Friday 13 November: 10 working days → Friday 27 November.
    store.save(License(number="沪B2-20990012", company="示例远帆信息技术有限公司", legal_representative="乙示例",
                       issue_date=D(2023, 1, 10), expiry_date=D(2028, 1, 9), inspections=_reports(2023, 2024, 2025),
                       events=[Event(dl.ILLEGAL_INFO_DISPOSAL, D(2026, 11, 13))]))
    return store


def _open(window, qtbot):  # noqa: ANN001, ANN202
    window.due_overview_action.trigger()
    overview = window.deadlines.overview
    assert overview is not None
    qtbot.waitExposed(overview)
    return overview


def test_opened_from_the_view_menu_with_its_three_groups(make_window, library, qtbot) -> None:  # noqa: ANN001
    window = make_window(library)
    assert window.session.today() == TODAY  # 23 November 2026
    assert window.due_overview_action.shortcut() == QKeySequence("Ctrl+Shift+D")
    view_menu = next(a.menu() for a in window.menuBar().actions() if a.text().startswith("视图"))
    assert window.due_overview_action in view_menu.actions()
    overview = _open(window, qtbot)
    assert overview.windowTitle() == "到期一览 — licdesk"
    assert [row[0] for row in overview.group_rows(OVERDUE)] == ["京B2-20990011"]
    [this_month] = overview.group_rows(THIS_MONTH)
    assert this_month == ["沪B2-20990012", "示例远帆信息技术有限公司", "违法信息已处置：向电信主管部门上报（2026-11-13起10个工作日内）",
                          "2026年11月27日", "还有 4 天"]
    [expiry] = overview.group_rows(NEXT_90_DAYS)
    assert expiry[0] == "京B2-20990011" and expiry[4] == "还有 79 天"
    heads = [overview.model.index(row, 0).data() for row in range(3)]
    assert heads == ["本月到期（1 项）", "未来90天（1 项）", "已逾期（1 项）"]
    assert "已逾期 1 项" in overview.summary.text()
    # The rule and the calendar are in the row's tooltip, not in a column.
    parent = overview.model.index(0, 0)
    detail = overview.model.index(0, 2, parent).data(Qt.ItemDataRole.ToolTipRole)
    assert "规则 R11" in detail and "按国务院公布的 2026 年节假日安排计算" in detail


def test_a_double_click_shows_that_license_on_the_desk(make_window, library, qtbot) -> None:  # noqa: ANN001
    window = make_window(library)
    overview = _open(window, qtbot)
    index = overview.model.index(0, 1, overview.model.index(2, 0))  # the overdue group's first row
    rect = overview.tree.visualRect(index)
    qtbot.mouseDClick(overview.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: window.current_number() == "京B2-20990011")
    assert window.license is not None and window.license.number == "京B2-20990011"


def test_it_follows_the_sessions_changes(make_window, library, qtbot) -> None:  # noqa: ANN001
    window = make_window(library)
    overview = _open(window, qtbot)
    lic = library.load("沪B2-20990012")
    lic.events.append(Event(dl.NAME_CHANGE, D(2026, 11, 20)))  # R7: 30 days → 20 December
    library.save(lic, replace=True)
    window.session.saved(lic.number, list_changed=False)
    qtbot.waitUntil(lambda: len(overview.group_rows(NEXT_90_DAYS)) == 2)
    assert overview.group_rows(NEXT_90_DAYS)[0][3] == "2026年12月20日"


def test_the_deadlines_page_opens_it(make_window, library, qtbot) -> None:  # noqa: ANN001
    window = make_window(library)
    window.deadlines.show_deadlines()
    window.deadlines.page.overview_button.click()
    assert window.deadlines.overview is not None and window.deadlines.overview.isVisible()


def test_printed_and_exported(make_window, library, qtbot, tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    from openpyxl import load_workbook

    import licdesk.ui.deadlines.due_overview as module

    window = make_window(library)
    overview = _open(window, qtbot)
    overview.print_button.click()
    preview = overview.preview
    assert preview is not None and preview.page_count() == 1

    targets = iter([str(tmp_path / "due.xlsx"), str(tmp_path / "due.csv")])
    monkeypatch.setattr(module.QFileDialog, "getSaveFileName", lambda *a, **k: (next(targets), ""))
    overview.xlsx_button.click()
    overview.csv_button.click()
    sheet = load_workbook(tmp_path / "due.xlsx").active
    assert [sheet.cell(r, 1).value for r in range(2, 5)] == ["本月到期", "未来90天", "已逾期"]
    with open(tmp_path / "due.csv", encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[1][:2] == ["本月到期", "沪B2-20990012"] and rows[3][5] == "逾期 11 天"


def test_a_failed_export_says_why(make_window, library, qtbot, tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    import licdesk.ui.deadlines.due_overview as module

    said = []
    monkeypatch.setattr(module.QMessageBox, "warning", lambda _parent, title, text: said.append((title, text)))
    overview = _open(make_window(library), qtbot)
    blocked = tmp_path / "file"
    blocked.write_text("", encoding="utf-8")
    assert not overview.export_csv(str(blocked / "due.csv"))  # a file where a folder should be
    assert said and said[0][0] == "导出失败"


def test_fits_a_laptop_and_closes_with_esc_and_its_button(make_window, library, qtbot) -> None:  # noqa: ANN001
    window = make_window(library)
    overview = _open(window, qtbot)
    for size in (overview.minimumSizeHint(), overview.size()):
        assert size.width() <= ROOM[0] and size.height() <= ROOM[1]
    for key, modifier in ((Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
                          (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)):
        overview = _open(window, qtbot)
        overview.activateWindow()
        qtbot.waitUntil(lambda shown=overview: QApplication.activeWindow() is shown)
        qtbot.keyClick(overview.tree, key, modifier)  # the list has the keyboard in the window
        qtbot.waitUntil(lambda shown=overview: not shown.isVisible())
    overview = _open(window, qtbot)
    overview.close_button.click()
    assert not overview.isVisible()


@pytest.fixture
def english(qapp):  # noqa: ANN001, ANN201
    from licdesk.ui.i18n import install_translator

    install_translator(qapp, "en")
    yield
    install_translator(qapp, "zh_CN")


def test_in_the_english_interface_it_and_its_files_speak_english(english, make_window, library, qtbot,  # noqa: ANN001
                                                                 tmp_path: Path) -> None:
    overview = _open(make_window(library), qtbot)
    assert overview.windowTitle() == "Due overview — licdesk"
    heads = [overview.model.index(row, 0).data() for row in range(3)]
    assert heads == ["Due this month (1)", "Next 90 days (1)", "Overdue (1)"]
    [row] = overview.group_rows(THIS_MONTH)
    assert row[3:] == ["2026-11-27", "4 days left"] and row[2].startswith("Illegal information disposed of")
    assert overview.summary.text().startswith("As of 2026-11-23: 1 overdue")
    assert overview.export_csv(str(tmp_path / "due.csv"))
    with open(tmp_path / "due.csv", encoding="utf-8-sig", newline="") as handle:
        header = next(csv.reader(handle))
    assert header[:3] == ["Group", "License number", "Company"]


def test_the_company_reads_in_full_on_one_line_or_wrapped(make_window, library, qtbot) -> None:  # noqa: ANN001
    long_name = "示例极其漫长名称的跨地区综合信息网络科技服务股份有限公司第一分公司"
    library.save(License(number="粤B2-20990013", company=long_name, legal_representative="丙示例",
                         issue_date=D(2022, 2, 11), expiry_date=D(2027, 2, 10), inspections=_reports(2022, 2023, 2024)))
    overview = _open(make_window(library), qtbot)
    tree, column = overview.tree, overview.COMPANY
    metrics = tree.fontMetrics()
    width = tree.columnWidth(column)
    assert width >= metrics.horizontalAdvance("示例远帆信息技术有限公司")  # a name of the usual length: one line
    assert width < metrics.horizontalAdvance(long_name)  # a long one does not push what is due aside ...
    groups = [overview.model.index(group, 0) for group in range(overview.model.rowCount())]
    rows = [overview.model.index(row, column, group) for group in groups for row in range(overview.model.rowCount(group))]
    rows = [index for index in rows if index.data() in (long_name, "示例晨光网络有限公司", "示例远帆信息技术有限公司")]
    long_cell = next(index for index in rows if index.data() == long_name)
    short_cell = next(index for index in rows if index.data() != long_name)
    assert tree.visualRect(long_cell).height() > tree.visualRect(short_cell).height()  # ... it wraps
