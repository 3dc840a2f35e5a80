"""The clerk names a holiday table in Preferences; the Deadlines page, the start-up reminder and the
due overview then count working days by it for the years it lists, and say so."""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from licdesk.domain import deadlines as dl
from licdesk.domain.model import ANNUAL_REPORT, Event, Inspection, License
from licdesk.services.due_overview import THIS_MONTH
from licdesk.ui import settings as options
from licdesk.ui.dialogs import preferences_dialog
from licdesk.ui.dialogs.preferences_dialog import PreferencesDialog

D = _dt.date
NUMBER = "沪B2-20990021"


@pytest.fixture
def library(store):  # noqa: ANN001, ANN201
    # Disposed of on Friday 13 November 2026: ten working days end on Friday the 27th by the published
    # schedule; an office that keeps Monday the 16th off reports on Monday the 30th.
    store.save(License(number=NUMBER, company="示例远帆信息技术有限公司", legal_representative="乙示例",
                       issue_date=D(2023, 1, 10), expiry_date=D(2028, 1, 9),
                       inspections=[Inspection(y, "已报送", date=D(y + 1, 3, 1), kind=ANNUAL_REPORT) for y in (2023, 2024, 2025)],
                       events=[Event(dl.ILLEGAL_INFO_DISPOSAL, D(2026, 11, 13))]))
    return store


@pytest.fixture
def table(tmp_path: Path) -> Path:
    path = tmp_path / "本单位节假日表.txt"
    path.write_text("2026-11-16 休\n", encoding="gb18030")  # saved by a Windows editor
    return path


def _report(items: list[dl.Obligation]) -> dl.Obligation:
    return next(o for o in items if o.kind == dl.ILLEGAL_INFO_REPORT)


def test_preferences_name_the_table_and_ok_writes_it(qtbot, make_settings, table: Path, monkeypatch) -> None:  # noqa: ANN001
    dialog = PreferencesDialog(make_settings())
    qtbot.addWidget(dialog)
    assert dialog.holiday_table() == "" and not dialog.holiday_clear.isEnabled()
    monkeypatch.setattr(preferences_dialog.QFileDialog, "getOpenFileName", lambda *a, **k: (str(table), ""))
    dialog.holiday_choose.click()
    assert dialog.holiday_edit.text() == str(table) and dialog.holiday_problem.isHidden()
    dialog.accept()
    assert dialog.settings.get(options.HOLIDAY_TABLE) == str(table)

    again = PreferencesDialog(make_settings())
    qtbot.addWidget(again)
    assert again.holiday_table() == str(table)
    again.holiday_clear.click()
    again.accept()
    assert again.settings.get(options.HOLIDAY_TABLE) == ""


def test_a_table_that_cannot_be_read_is_said_in_preferences(qtbot, make_settings, tmp_path: Path) -> None:  # noqa: ANN001
    bad = tmp_path / "table.txt"
    bad.write_text("春节 休\n", encoding="utf-8")
    settings = make_settings()
    settings.setValue(options.HOLIDAY_TABLE.key, str(bad))
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    assert not dialog.holiday_problem.isHidden()
    assert dialog.holiday_problem.text().startswith("无法使用此节假日表：table.txt：第 1 行")


def test_the_desk_counts_by_the_named_table_everywhere(make_window, library, table: Path, qtbot) -> None:  # noqa: ANN001
    window = make_window(library)
    window.deadlines.show_deadlines()
    window.deadlines.show_due_overview()
    page, overview = window.deadlines.page, window.deadlines.overview
    assert _report(page.obligations()).due == D(2026, 11, 27)

    window.session.settings.set(options.HOLIDAY_TABLE, str(table))  # as Preferences' OK does
    qtbot.waitUntil(lambda: _report(page.obligations()).due == D(2026, 11, 30))
    qtbot.waitUntil(lambda: overview.group_rows(THIS_MONTH)[0][3] == "2026年11月30日")
    report = _report(page.obligations())
    assert report.calendar_zh == "按本单位节假日表计算"
    index = overview.model.index(0, 2, overview.model.index(0, 0))
    assert "按本单位节假日表计算" in index.data(Qt.ItemDataRole.ToolTipRole)
    dialog = window.deadlines.show_startup_reminder()
    assert dialog is not None
    assert _report(dialog.model.items()).due == D(2026, 11, 30)


def test_an_unreadable_table_counts_by_the_published_schedule_and_says_so(make_window, library, tmp_path: Path) -> None:  # noqa: ANN001
    window = make_window(library)
    window.session.settings.set(options.HOLIDAY_TABLE, str(tmp_path / "gone.txt"))
    window.deadlines.show_deadlines()
    report = _report(window.deadlines.page.obligations())
    assert report.due == D(2026, 11, 27)
    assert report.calendar_zh == "按国务院公布的 2026 年节假日安排计算"


def test_file_export_counts_by_the_named_table(make_window, library, table: Path, qtbot, monkeypatch,  # noqa: ANN001
                                               tmp_path: Path) -> None:
    import icalendar

    from tests.ui.test_export_desk import answer, export

    window = make_window(library)
    window.session.settings.set(options.HOLIDAY_TABLE, str(table))
    target = tmp_path / "deadlines.ics"
    answer(monkeypatch, target, "ics")
    export(window, qtbot)
    calendar = icalendar.Calendar.from_ical(target.read_bytes())
    starts = {event.decoded("dtstart") for event in calendar.walk("VEVENT")}
    assert D(2026, 11, 30) in starts and D(2026, 11, 27) not in starts  # the Deadlines page's day, not the schedule's
