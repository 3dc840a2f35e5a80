"""Yearly records (年检/年报) added in view mode: the pane's button, the dialog, one versioned write."""

from __future__ import annotations

import datetime as _dt

import pytest
from PySide6.QtWidgets import QDialog

from licdesk.domain.model import ANNUAL_REPORT
from licdesk.store import Store
from licdesk.ui.dialogs import record_dialog
from licdesk.ui.dialogs.record_dialog import RecordDialog
from licdesk.ui.panes import inspections_pane
from tests.ui.conftest import TODAY

NUMBER = "沪B2-20213857"  # the Shanghai sample has no yearly records of its own


def _fill_and_save(monkeypatch, *, year=None, result="已公示", date="2026/3/15", note="") -> list[RecordDialog]:  # noqa: ANN001
    seen: list[RecordDialog] = []

    def exec_(dialog: RecordDialog) -> int:
        seen.append(dialog)
        if year is not None:
            dialog.year.setValue(year)
        dialog.result_box.setEditText(result)
        dialog.date.setText(date)
        dialog.note.setText(note)
        dialog.try_accept()
        return dialog.result()

    monkeypatch.setattr(record_dialog.RecordDialog, "exec", exec_)
    return seen


def _show(window, number: str) -> None:  # noqa: ANN001
    window.select_license(number)
    assert window.detail.inspections.license is not None
    assert window.detail.inspections.license.number == number


def test_a_record_is_added_in_view_mode_as_one_new_version(make_window, sample_store, monkeypatch) -> None:  # noqa: ANN001
    window = make_window(sample_store)
    _show(window, NUMBER)
    pane = window.detail.inspections
    assert not pane.add_button.isHidden()
    assert pane.add_button.isEnabled()
    version = sample_store.version(NUMBER)
    seen = _fill_and_save(monkeypatch, note="回执 2026-001")
    pane.add_button.click()
    dialog = seen[0]
    assert dialog.year.value() == TODAY.year - 1  # a report filed this year is for last year
    assert dialog.kind.currentData() == ANNUAL_REPORT
    stored = sample_store.load(NUMBER)
    assert [(r.year, r.kind, r.result, r.date, r.note) for r in stored.inspections] == [
        (2025, ANNUAL_REPORT, "已公示", _dt.date(2026, 3, 15), "回执 2026-001")]
    assert sample_store.version(NUMBER) == version + 1
    assert pane.model.rowCount() == 1  # the pane shows what was saved
    assert window.detail.tabs.tabText(1).endswith("(1)")


@pytest.mark.parametrize("typed", ["2026-03-15", "2026/3/15", "20260315", "2026年3月15日"])
def test_the_date_is_read_as_the_clerk_writes_it(qtbot, typed: str) -> None:  # noqa: ANN001
    dialog = RecordDialog("京B2-20990417", [], TODAY)
    qtbot.addWidget(dialog)
    dialog.date.setText(typed)
    dialog.try_accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.record().date == _dt.date(2026, 3, 15)


def test_a_wrong_date_or_a_second_record_for_the_year_is_refused(qtbot) -> None:  # noqa: ANN001
    from licdesk.domain.model import Inspection

    dialog = RecordDialog("京B2-20990417", [Inspection(2025, "已报送", kind=ANNUAL_REPORT)], TODAY)
    qtbot.addWidget(dialog)
    assert dialog.year.value() == 2026  # 2025 has its record: the year after
    dialog.date.setText("2026-13-40")
    dialog.try_accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "2026-13-40" in dialog.problem.text()
    dialog.date.setText("")
    dialog.year.setValue(2025)
    dialog.try_accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "2025" in dialog.problem.text()


def test_results_are_offered_and_free_text_is_kept(qtbot) -> None:  # noqa: ANN001
    dialog = RecordDialog("京B2-20990417", [], TODAY)
    qtbot.addWidget(dialog)
    offered = [dialog.result_box.itemText(i) for i in range(dialog.result_box.count())]
    assert {"合格", "不合格", "已报送", "已公示", "限期整改"} <= set(offered)
    dialog.result_box.setCurrentIndex(dialog.result_box.findData("限期整改"))
    assert dialog.record().result == "限期整改"
    dialog.result_box.setEditText("补报后合格")
    assert dialog.record().result == "补报后合格"


def test_the_old_certificate_years_default_to_an_inspection(qtbot) -> None:  # noqa: ANN001
    dialog = RecordDialog("京B2-20990417", [], TODAY)
    qtbot.addWidget(dialog)
    dialog.year.setValue(2015)
    assert dialog.record().kind == "inspection"


def test_a_cancelled_dialog_saves_nothing(make_window, sample_store, monkeypatch) -> None:  # noqa: ANN001
    window = make_window(sample_store)
    _show(window, NUMBER)
    version = sample_store.version(NUMBER)
    monkeypatch.setattr(record_dialog.RecordDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    assert window.detail.inspections.add_record() is False
    assert sample_store.version(NUMBER) == version
    assert sample_store.load(NUMBER).inspections == []


def test_a_read_only_library_has_the_button_disabled(make_window, sample_store) -> None:  # noqa: ANN001
    path = sample_store.path
    sample_store.close()
    with Store.open(path, readonly=True) as readonly:
        window = make_window(readonly)
        _show(window, NUMBER)
        assert not window.detail.inspections.add_button.isEnabled()
        assert window.detail.inspections.add_record() is False


def test_a_change_made_meanwhile_is_not_overwritten(make_window, sample_store, monkeypatch) -> None:  # noqa: ANN001
    window = make_window(sample_store)
    _show(window, NUMBER)
    errors: list[str] = []
    monkeypatch.setattr(inspections_pane, "show_error", lambda _parent, _title, text: errors.append(text))
    _fill_and_save(monkeypatch)

    def save_elsewhere_first(store, number, record):  # noqa: ANN001, ANN202
        other = store.load(number)
        version = store.version(number)
        other.company = "上海另改示例有限公司"
        store.save(other, replace=True, expected_version=version)
        stale = store.load(number)
        stale.inspections.append(record)
        store.save(stale, replace=True, expected_version=version)  # the version read before the other save

    monkeypatch.setattr("licdesk.services.records.add_record", save_elsewhere_first)
    assert window.detail.inspections.add_record() is False
    assert errors and NUMBER in errors[0]
    assert sample_store.load(NUMBER).company == "上海另改示例有限公司"
    assert sample_store.load(NUMBER).inspections == []


def test_the_edit_mode_table_offers_the_results_too(make_window, sample_store, monkeypatch) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QComboBox, QMessageBox, QStyleOptionViewItem

    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.Discard)
    window = make_window(sample_store)
    _show(window, NUMBER)
    assert window.editing.edit_current()
    editor = window.editing.editor
    editor.tabs.setCurrentWidget(editor.inspections)
    editor.inspections.table.add_button.click()
    table = editor.inspections.table.table
    index = table.model().index(0, 2)
    delegate = table.itemDelegateForColumn(2)
    combo = delegate.createEditor(table.viewport(), QStyleOptionViewItem(), index)
    assert isinstance(combo, QComboBox) and combo.isEditable()
    combo.setCurrentIndex(combo.findData("限期整改"))
    delegate.setModelData(combo, table.model(), index)
    assert editor.license.inspections[0].result == "限期整改"
    combo.setEditText("逾期补报")
    delegate.setModelData(combo, table.model(), index)
    assert editor.license.inspections[0].result == "逾期补报"
    delegate.setEditorData(combo, index)
    assert combo.currentText() == "逾期补报"


def test_the_history_says_the_record_was_added_as_a_change(make_window, sample_store, monkeypatch) -> None:  # noqa: ANN001
    window = make_window(sample_store)
    _show(window, NUMBER)
    _fill_and_save(monkeypatch)
    assert window.detail.inspections.add_record()
    history = window.detail.history.model
    newest = [history.index(0, c).data() for c in (1, 2)]
    assert newest[0] == "修改"
    assert newest[1].startswith("年检/年报：") and "2025 已公示" in newest[1]
