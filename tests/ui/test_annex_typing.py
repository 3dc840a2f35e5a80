"""The annex typed as a clerk types it: a website row cell by cell with Tab, several domains in one cell,
and every value saved in its own column of the license."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from licdesk.domain.model import Website
from tests.ui.keyboard import focused, press, type_text

NUMBER = "沪B2-20213857"


@pytest.fixture(autouse=True)
def _discard_when_the_test_ends(monkeypatch):  # noqa: ANN001, ANN202
    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.Discard)


def _add_website(window):  # noqa: ANN001, ANN202
    assert window.select_license(NUMBER)
    assert window.editing.edit_license(NUMBER)
    editor = window.editing.editor
    editor.tabs.setCurrentWidget(editor.annex)
    editor.annex.table.add_button.click()  # a new row, its first cell open for typing
    table = editor.annex.table.table
    return table, table.rowCount() - 1


def _cell_being_typed(table) -> tuple[int, int]:  # noqa: ANN001
    assert table.state() == table.State.EditingState
    return table.currentIndex().row(), table.currentIndex().column()


def _finish(qtbot, table) -> None:  # noqa: ANN001
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != table.State.EditingState)


def _saved_website(store, row: int) -> Website:  # noqa: ANN001
    return store.load(NUMBER).annex[row]


@pytest.mark.parametrize("domains", ["a-test.cn www.a-test.cn", "a-test.cn,www.a-test.cn", "a-test.cn， www.a-test.cn",
                                     "a-test.cn;www.a-test.cn"])
def test_a_website_typed_cell_by_cell_with_tab_is_saved_column_by_column(qtbot, window, sample_store, domains):  # noqa: ANN001
    table, row = _add_website(window)
    assert _cell_being_typed(table) == (row, 0)
    type_text(qtbot, "松风示例网")
    press(qtbot, Qt.Key.Key_Tab)
    assert _cell_being_typed(table) == (row, 1)
    type_text(qtbot, domains)
    press(qtbot, Qt.Key.Key_Tab)
    assert _cell_being_typed(table) == (row, 2)  # on to the next column, the domains kept
    type_text(qtbot, "上海市")
    press(qtbot, Qt.Key.Key_Tab)
    assert _cell_being_typed(table) == (row, 3)
    type_text(qtbot, "示例云计算有限公司")
    _finish(qtbot, table)
    assert window.editing.save()
    assert _saved_website(sample_store, row) == Website("松风示例网", ["a-test.cn", "www.a-test.cn"], "上海市",
                                                        "示例云计算有限公司")


def test_shift_tab_goes_back_a_cell_and_what_is_typed_there_lands_there(qtbot, window, sample_store):  # noqa: ANN001
    table, row = _add_website(window)
    type_text(qtbot, "松风示例网")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "a-test.cn www.a-test.cn")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "上海")
    press(qtbot, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert _cell_being_typed(table) == (row, 1)
    focused().selectAll()
    type_text(qtbot, "b-test.cn m.b-test.cn")
    press(qtbot, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert _cell_being_typed(table) == (row, 0)
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Tab)
    assert _cell_being_typed(table) == (row, 2)
    focused().end(False)
    type_text(qtbot, "市")
    _finish(qtbot, table)
    assert window.editing.save()
    assert _saved_website(sample_store, row) == Website("松风示例网", ["b-test.cn", "m.b-test.cn"], "上海市", None)


def test_domains_pasted_one_a_line_each_stay_separate(qtbot, window, sample_store):  # noqa: ANN001
    table, row = _add_website(window)
    type_text(qtbot, "松风示例网")
    press(qtbot, Qt.Key.Key_Tab)
    QApplication.clipboard().setText("a-test.cn\nwww.a-test.cn\r\nm.a-test.cn\n")
    press(qtbot, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, Qt.Key.Key_Tab)
    assert _cell_being_typed(table) == (row, 2)
    _finish(qtbot, table)
    assert window.editing.save()
    assert _saved_website(sample_store, row).domains == ["a-test.cn", "www.a-test.cn", "m.a-test.cn"]
