"""Every date field of the desk takes a date typed the way it is written, saves exactly that date, or
refuses visibly and saves nothing: the yearly records, the certificate, a deadline marked done, a
review finding's due date.  Typed at the keyboard into the real widgets, read back from the store."""

from __future__ import annotations

import datetime as _dt

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from licdesk.domain import deadlines as dl
from licdesk.domain.model import ANNUAL_REPORT, Inspection, License, Service
from tests.ui.keyboard import press, replace_text, type_text

NUMBER = "沪B2-20213857"  # a sample license of the desk's fixtures
WRITTEN_FORMS = ["2026-03-15", "2026/3/15", "20260315", "2026年3月15日", "２０２６－０３－１５", "２０２６年３月１５日",
                 "2026.3.15"]
MARCH_15 = _dt.date(2026, 3, 15)


@pytest.fixture(autouse=True)
def _discard_when_the_test_ends(monkeypatch):  # noqa: ANN001, ANN202
    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.Discard)


def _edit_records(window):  # noqa: ANN001, ANN202
    assert window.select_license(NUMBER)
    assert window.editing.edit_license(NUMBER)
    editor = window.editing.editor
    editor.tabs.setCurrentWidget(editor.inspections)
    editor.inspections.table.add_button.click()
    table = editor.inspections.table.table
    return editor, table, table.rowCount() - 1


def _type_in_cell(qtbot, table, row: int, column: int, text: str) -> None:  # noqa: ANN001
    """Go to the cell and type: the first key opens its editor, Enter closes it."""
    table.setCurrentCell(row, column)
    table.setFocus()
    type_text(qtbot, text)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != table.State.EditingState)


def _saved_record_dates(store) -> list:  # noqa: ANN001
    return [r.date for r in store.load(NUMBER).inspections]


@pytest.mark.parametrize("typed", WRITTEN_FORMS)
def test_a_record_date_typed_in_any_written_form_is_saved_as_that_date(qtbot, window, sample_store, typed):  # noqa: ANN001
    editor, table, row = _edit_records(window)
    _type_in_cell(qtbot, table, row, 4, typed)
    assert table.item(row, 4).text() == "2026-03-15"
    assert window.editing.save()
    assert _saved_record_dates(sample_store)[row] == MARCH_15


@pytest.mark.parametrize("typed", ["2026-02-30", "15/3/2026", "2026-3", "明年三月"])
def test_a_record_date_that_is_not_a_date_is_refused_and_nothing_is_saved(qtbot, window, sample_store, typed):  # noqa: ANN001
    before = _saved_record_dates(sample_store)
    editor, table, row = _edit_records(window)
    _type_in_cell(qtbot, table, row, 4, typed)
    assert "不是有效日期" in editor.inspections.problem.text()
    assert table.item(row, 4).text() == ""  # the cell shows what is kept: no date
    assert window.editing.save()
    assert _saved_record_dates(sample_store) == before + [None]


def test_the_certificate_dates_typed_in_the_form_are_saved(qtbot, window, sample_store):  # noqa: ANN001
    assert window.select_license(NUMBER)
    assert window.editing.edit_license(NUMBER)
    form = window.editing.editor.certificate
    replace_text(qtbot, form.dates["issue_date"], "2026年3月15日")
    replace_text(qtbot, form.dates["expiry_date"], "２０３１／３／１４")
    press(qtbot, Qt.Key.Key_Tab)
    assert form.dates["expiry_date"].text() == "2031-03-14"  # shown back in yyyy-MM-dd
    assert window.editing.save()
    saved = sample_store.load(NUMBER)
    assert (saved.issue_date, saved.expiry_date) == (MARCH_15, _dt.date(2031, 3, 14))


def test_a_certificate_date_that_is_not_a_date_stops_the_save_and_says_why(qtbot, window, sample_store, monkeypatch):  # noqa: ANN001
    before = sample_store.load(NUMBER).expiry_date
    assert window.select_license(NUMBER)
    assert window.editing.edit_license(NUMBER)
    form = window.editing.editor.certificate
    replace_text(qtbot, form.dates["expiry_date"], "2031-02-29")
    press(qtbot, Qt.Key.Key_Tab)
    field = form.dates["expiry_date"]
    assert field.text() == "2031-02-29"  # the clerk's text stays, to be corrected
    assert field.property("refused") and "不是有效日期" in field.toolTip()
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: asked.append(box.text()) or QMessageBox.StandardButton.Ok)
    assert not window.editing.save()
    assert "有效期至" in asked[0] and "2031-02-29" in asked[0]
    assert sample_store.load(NUMBER).expiry_date == before
    replace_text(qtbot, field, "2031-02-28")  # corrected: the red goes and the save goes through
    assert not field.property("refused")
    assert window.editing.save()
    assert sample_store.load(NUMBER).expiry_date == _dt.date(2031, 2, 28)


def test_clearing_a_certificate_date_saves_no_date(qtbot, window, sample_store):  # noqa: ANN001
    assert window.select_license(NUMBER)
    assert window.editing.edit_license(NUMBER)
    form = window.editing.editor.certificate
    field = form.dates["issue_date"]
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    assert window.editing.save()
    assert sample_store.load(NUMBER).issue_date is None


def test_a_date_picked_from_the_calendar_fills_the_field(qtbot):  # noqa: ANN001
    from licdesk.ui.common.date_edit import DateEdit

    edit = DateEdit(optional=True)
    qtbot.addWidget(edit)
    edit.show()
    edited = []
    edit.date_edited.connect(edited.append)
    replace_text(qtbot, edit, "2026/3/1")
    calendar = edit.show_calendar()
    assert calendar.selectedDate().toPython() == _dt.date(2026, 3, 1)  # opens on the month typed
    calendar.setSelectedDate(calendar.selectedDate().addDays(14))
    qtbot.keyClick(calendar.focusWidget() or calendar, Qt.Key.Key_Return)
    assert edit.text() == "2026-03-15" and edit.value() == MARCH_15
    assert edited[-1] == MARCH_15


# -- a deadline marked done --------------------------------------------------------------------------
TODAY = _dt.date(2025, 6, 10)


@pytest.fixture
def deadline_store(store):  # noqa: ANN001, ANN201
    store.save(License(number="京B2-20990707", company="北京松风示例科技有限公司", legal_representative="吴松",
                       services=[Service("信息服务业务（仅限互联网信息服务）", "北京市")],
                       issue_date=_dt.date(2022, 7, 1), expiry_date=_dt.date(2027, 6, 30),
                       inspections=[Inspection(2022, "已报送", date=_dt.date(2023, 3, 1), kind=ANNUAL_REPORT),
                                    Inspection(2023, "已报送", date=_dt.date(2024, 3, 1), kind=ANNUAL_REPORT)]))
    return store


def _mark_the_2024_report_done(qtbot, store, typed: str, then=None) -> list[str]:  # noqa: ANN001
    """Open 标记为已完成 on the 2024 annual report, type `typed` over the date and press 记录."""
    from licdesk.ui.deadlines.deadlines_page import DeadlinesPage

    page = DeadlinesPage(store, today=TODAY, window_days=30)
    qtbot.addWidget(page)
    page.set_filters(kind=dl.ANNUAL_REPORT)
    page.select_row(next(i for i, o in enumerate(page.visible_obligations()) if o.year == 2024))
    seen: list[str] = []

    def in_the_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QDialog)
        replace_text(qtbot, dialog.date_edit, typed)
        qtbot.keyClick(dialog.date_edit, Qt.Key.Key_Return)  # 记录 is the default button
        problem = getattr(dialog, "problem", None)
        seen.append(problem.text() if problem is not None and problem.isVisible() else "")
        if dialog.isVisible():
            dialog.reject()

    QTimer.singleShot(0, in_the_dialog)
    qtbot.mouseClick(page.mark_button, Qt.MouseButton.LeftButton)
    return seen


@pytest.mark.parametrize("typed", ["2025-06-09", "2025/6/9", "20250609", "2025年6月9日"])
def test_the_date_a_deadline_was_done_is_saved_as_typed(qtbot, app_with_font_dialogs, deadline_store, typed):  # noqa: ANN001
    assert _mark_the_2024_report_done(qtbot, deadline_store, typed) == [""]
    saved = {r.year: r.date for r in deadline_store.load("京B2-20990707").inspections}
    assert saved[2024] == _dt.date(2025, 6, 9)


@pytest.mark.parametrize(("typed", "reason"), [("2025-06-31", "不是有效日期"), ("2025-06-11", "不能晚于 2025-06-10")])
def test_a_done_date_that_is_not_allowed_keeps_the_dialog_open_and_records_nothing(
        qtbot, app_with_font_dialogs, deadline_store, typed, reason):  # noqa: ANN001
    [said] = _mark_the_2024_report_done(qtbot, deadline_store, typed)
    assert reason in said
    assert 2024 not in {r.year for r in deadline_store.load("京B2-20990707").inspections}


@pytest.fixture
def app_with_font_dialogs(qapp, monkeypatch):  # noqa: ANN001, ANN201
    """Message boxes answered at once (a failed save would otherwise wait for a click)."""
    monkeypatch.setattr(QMessageBox, "warning", lambda *args, **kwargs: QMessageBox.StandardButton.Ok)
    return qapp


def test_a_whole_yearly_record_typed_with_tab_lands_column_by_column(qtbot, window, sample_store):  # noqa: ANN001
    editor, table, row = _edit_records(window)
    table.setCurrentCell(row, 0)
    table.setFocus()
    for text in ("2025", None, "已报送", "上海市通信管理局", "2026年3月31日"):
        if text is not None:  # the kind keeps the 年报 the new row has
            type_text(qtbot, text)
        press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "网上报送")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != table.State.EditingState)
    assert window.editing.save()
    saved = sample_store.load(NUMBER).inspections[row]
    assert (saved.year, saved.kind, saved.result, saved.authority, saved.date, saved.note) == (
        2025, ANNUAL_REPORT, "已报送", "上海市通信管理局", _dt.date(2026, 3, 31), "网上报送")


# -- a review finding's due date ---------------------------------------------------------------------
def _review_pane_on_a_finding(qtbot, store):  # noqa: ANN001, ANN202
    from licdesk.domain.model import Clause
    from licdesk.ui.panes.review_pane import ReviewPane

    store.save(License(number="京B2-20990909", company="北京竹影示例网络有限公司", legal_representative="林竹",
                       services=[Service("信息服务业务（仅限互联网信息服务）", "北京市")],
                       issue_date=_dt.date(2024, 1, 5), expiry_date=_dt.date(2029, 1, 4),
                       clauses=[Clause(1, "一、", "你公司应当配备用户投诉受理人员。"),
                                Clause(2, "二、", "你公司应当落实用户日志留存。")]))
    pane = ReviewPane(store, reviewer="王审核")
    qtbot.addWidget(pane)
    pane.resize(1100, 800)
    pane.show()
    pane.show_license("京B2-20990909")
    qtbot.mouseClick(pane.new_round_button, Qt.MouseButton.LeftButton)
    pane.select_clause("1")
    pane.table.setFocus()
    qtbot.keyClick(pane.table, Qt.Key.Key_4)  # 不符合
    pane.select_clause("1")
    pane.due_check.setChecked(True)
    return pane


def _saved_due(store):  # noqa: ANN001, ANN202
    from licdesk.store import review as store_review

    return store_review.latest_round(store, "京B2-20990909").reviews["1"].due


@pytest.mark.parametrize("typed", ["2027-03-31", "2027/3/31", "20270331", "2027年3月31日", "２０２７年３月３１日"])
def test_a_finding_due_date_is_saved_as_typed(qtbot, store, typed):  # noqa: ANN001
    pane = _review_pane_on_a_finding(qtbot, store)
    replace_text(qtbot, pane.due_edit, typed)
    qtbot.mouseClick(pane.save_button, Qt.MouseButton.LeftButton)
    assert _saved_due(store) == _dt.date(2027, 3, 31)


def test_a_finding_due_date_that_is_not_a_date_is_refused_and_the_old_one_kept(qtbot, store):  # noqa: ANN001
    pane = _review_pane_on_a_finding(qtbot, store)
    replace_text(qtbot, pane.due_edit, "2027-03-31")
    qtbot.mouseClick(pane.save_button, Qt.MouseButton.LeftButton)
    replace_text(qtbot, pane.due_edit, "2027-04-31")
    qtbot.mouseClick(pane.save_button, Qt.MouseButton.LeftButton)
    assert "整改期限未保存" in pane.message_label.text() and "2027-04-31" in pane.message_label.text()
    assert pane.due_edit.property("refused")
    assert _saved_due(store) == _dt.date(2027, 3, 31)


def test_a_new_record_starts_at_the_year_its_report_is_for(window, qtbot, monkeypatch) -> None:  # noqa: ANN001
    import datetime as dt

    editor, table, row = _edit_records(window)
    years = [i.year for i in editor.license.inspections[:-1]]
    expected = dt.date.today().year - 1 if dt.date.today().year - 1 not in years else max(years) + 1
    assert table.item(row, 0).text() == str(expected)
    assert editor.license.inspections[row].year == expected
