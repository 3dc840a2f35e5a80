"""Edit mode: a license typed by hand, undo/redo of every kind of edit, unsaved and stale-save questions."""

from __future__ import annotations

import copy
import datetime as _dt

import pytest
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from licdesk.domain.model import ANNUAL_REPORT, License
from tests.ui.keyboard import replace_text


@pytest.fixture(autouse=True)
def _discard_when_the_test_ends(monkeypatch):  # noqa: ANN001, ANN202
    """Windows closed after a test with an edit open would ask; unless a test says otherwise, discard."""
    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.Discard)


def _type(qtbot, widget, text: str) -> None:  # noqa: ANN001
    """Replace the field's text as a clerk does: Chinese arrives from the input method as one commit."""
    widget.setFocus()
    widget.selectAll()
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def _edit_cell(table, row: int, column: int, text: str) -> None:  # noqa: ANN001
    """What the delegate does when the clerk finishes typing in a cell."""
    table.item(row, column).setText(text)


def _answer(monkeypatch, button: QMessageBox.StandardButton) -> list[str]:  # noqa: ANN001
    """Every QMessageBox answers `button`; the texts asked are collected."""
    asked: list[str] = []

    def exec_(box: QMessageBox) -> int:
        asked.append(box.text())
        return button

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return asked


def type_license_by_hand(qtbot, window) -> License:  # noqa: ANN001
    assert window.editing.new_license()
    editor = window.editing.editor
    form = editor.certificate
    _type(qtbot, form.edits["number"], "京B2-20990417")
    assert "北京市通信管理局" in form.number_hint.text()
    _type(qtbot, form.edits["company"], "北京青松示例信息技术有限公司")
    _type(qtbot, form.edits["legal_representative"], "赵示例")
    replace_text(qtbot, form.dates["issue_date"], "2025-04-17")
    replace_text(qtbot, form.dates["expiry_date"], "2030/4/17")
    form.services.add_button.click()
    _edit_cell(form.services.table, 0, 0, "信息服务业务（仅限互联网信息服务）")
    _edit_cell(form.services.table, 0, 1, "北京市")
    _edit_cell(form.services.table, 0, 2, "不含信息搜索查询服务")

    editor.tabs.setCurrentWidget(editor.annex)
    editor.annex.table.add_button.click()
    table = editor.annex.table.table
    _edit_cell(table, 0, 0, "青松示例")
    _edit_cell(table, 0, 1, "qingsong-example.cn, qingsong-example.com.cn")
    _edit_cell(table, 0, 2, "北京市")
    _edit_cell(table, 0, 3, "示例云计算有限公司")

    editor.tabs.setCurrentWidget(editor.clauses)
    clauses = editor.clauses
    clauses.buttons["add"].click()
    _type(qtbot, clauses.text, "经营者应当按照示例规定开展业务。")
    clauses.buttons["child"].click()
    _type(qtbot, clauses.text, "按时报送年度报告。")
    _type(qtbot, clauses.applies_to, "信息服务业务")
    clauses.select((0,))
    clauses.buttons["add"].click()
    _type(qtbot, clauses.text, "许可证有效期届满需继续经营的，应提前九十日申请续办。")

    editor.tabs.setCurrentWidget(editor.inspections)
    editor.inspections.table.add_button.click()
    records = editor.inspections.table.table
    _edit_cell(records, 0, 0, "2025")
    _edit_cell(records, 0, 1, "年报")
    _edit_cell(records, 0, 2, "已报送")
    _edit_cell(records, 0, 3, "北京市通信管理局")
    _edit_cell(records, 0, 4, "2026-03-31")
    _edit_cell(records, 0, 5, "网上报送")
    return copy.deepcopy(editor.license)


def test_a_license_typed_by_hand_is_saved_and_found_again_after_a_restart(qtbot, make_window, store, db_path):  # noqa: ANN001
    window = make_window(store)
    typed = type_license_by_hand(qtbot, window)
    assert typed.services[0].remarks == "不含信息搜索查询服务"
    assert typed.annex[0].domains == ["qingsong-example.cn", "qingsong-example.com.cn"]
    assert [(c.label, [k.label for k in c.children]) for c in typed.clauses] == [("一、", ["（一）"]), ("二、", [])]
    assert typed.clauses[0].children[0].applies_to == "信息服务业务"
    assert typed.inspections[0].kind == ANNUAL_REPORT and typed.inspections[0].date == _dt.date(2026, 3, 31)
    assert window.editing.editor.errors() == []
    assert window.editing.save()
    assert not window.editing.active
    assert window.license is not None and window.license.number == "京B2-20990417"
    window.close()
    store.close()

    from licdesk.store import Store

    with Store.open(db_path) as reopened:
        again = make_window(reopened)
        assert again.select_license("京B2-20990417")
        assert again.license.to_dict() == typed.to_dict()
        assert again.detail.certificate.values["company"].text() == "北京青松示例信息技术有限公司"
        again.close()


def test_undo_and_redo_give_back_every_kind_of_edit(qtbot, make_window, store):  # noqa: ANN001
    window = make_window(store)
    assert window.editing.new_license()
    session = window.editing.edit
    states = [copy.deepcopy(session.license)]
    stack = session.undo_stack

    def snapshot() -> None:
        session.end_merging()
        states.append(copy.deepcopy(session.license))

    editor = window.editing.editor
    form = editor.certificate
    _type(qtbot, form.edits["company"], "上海示例网络有限公司")
    snapshot()
    assert window.undo_action.text() == "撤销 修改公司名称"
    replace_text(qtbot, form.dates["expiry_date"], "20300417")
    snapshot()
    form.services.add_button.click()
    snapshot()
    _edit_cell(form.services.table, 0, 0, "信息服务业务")
    snapshot()
    editor.annex.table.add_button.click()
    snapshot()
    _edit_cell(editor.annex.table.table, 0, 1, "a-example.cn b-example.cn")
    snapshot()
    editor.clauses.buttons["add"].click()
    snapshot()
    _type(qtbot, editor.clauses.text, "第一条示例。")
    snapshot()
    editor.clauses.buttons["add"].click()
    snapshot()
    editor.clauses.buttons["indent"].click()
    snapshot()
    assert editor.license.clauses[0].children[0].label == "（一）"
    editor.clauses.buttons["outdent"].click()
    snapshot()
    editor.clauses.buttons["up"].click()
    snapshot()
    assert [c.label for c in editor.license.clauses] == ["一、", "二、"]
    assert editor.license.clauses[1].text == "第一条示例。"
    editor.clauses.buttons["delete"].click()
    snapshot()
    editor.inspections.table.add_button.click()
    snapshot()
    _edit_cell(editor.inspections.table.table, 0, 2, "合格")
    snapshot()
    editor.inspections.table.remove_button.click()
    snapshot()
    editor.annex.table.remove_button.click()
    snapshot()

    assert stack.count() == len(states) - 1
    for expected in reversed(states[:-1]):
        stack.undo()
        assert session.license.to_dict() == expected.to_dict()
    assert form.edits["company"].text() == ""
    for expected in states[1:]:
        stack.redo()
        assert session.license.to_dict() == expected.to_dict()
    assert form.edits["company"].text() == "上海示例网络有限公司"


def test_saving_with_an_error_is_refused_with_the_reason(qtbot, make_window, store, monkeypatch):  # noqa: ANN001
    window = make_window(store)
    window.editing.new_license()
    _type(qtbot, window.editing.editor.certificate.edits["number"], "不是编号")
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Ok)
    assert not window.editing.save()
    assert "格式无法识别" in asked[0] and "缺少公司名称" in asked[0]
    assert store.count() == 0


def test_leaving_with_unsaved_changes_asks_save_discard_or_cancel(qtbot, window, monkeypatch):  # noqa: ANN001
    window.select_license("B1-20204618")
    window.editing.edit_current()
    _type(qtbot, window.editing.editor.certificate.edits["legal_representative"], "钱示例")

    asked = _answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    window.select_license("沪B2-20213857")
    assert asked and "尚未保存" in asked[0]
    assert window.editing.active and window.library.current_number == "B1-20204618"

    window.close()
    assert window.isVisible() and window.editing.active  # cancel keeps the window and the edit

    _answer(monkeypatch, QMessageBox.StandardButton.Discard)
    window.select_license("沪B2-20213857")
    assert not window.editing.active
    assert window.store.load("B1-20204618").legal_representative != "钱示例"

    window.select_license("B1-20204618")
    window.editing.edit_current()
    _type(qtbot, window.editing.editor.certificate.edits["legal_representative"], "钱示例")
    _answer(monkeypatch, QMessageBox.StandardButton.Save)
    window.close()
    assert window.store.load("B1-20204618").legal_representative == "钱示例"
    history = window.store.audit("B1-20204618")
    assert any(e.field == "legal_representative" and e.new == "钱示例" for e in history)


def test_a_stale_edit_cannot_silently_overwrite_a_newer_save(qtbot, make_window, sample_store, db_path, monkeypatch):  # noqa: ANN001
    from licdesk.store import Store

    window = make_window(sample_store)
    window.select_license("B1-20204618")
    window.editing.edit_current()
    _type(qtbot, window.editing.editor.certificate.edits["company"], "我的修改有限公司")

    with Store.open(db_path) as other:  # another window, another computer
        newer = other.load("B1-20204618")
        newer.company = "别人的修改有限公司"
        other.save(newer, replace=True)

    asked = _answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    assert not window.editing.save()
    assert "已被另一窗口或另一台电脑修改" in asked[0]
    assert sample_store.load("B1-20204618").company == "别人的修改有限公司"
    assert window.editing.active  # the clerk's edit is still there

    _answer(monkeypatch, QMessageBox.StandardButton.Reset)  # reload: discard mine
    assert not window.editing.save()
    assert window.editing.active and window.editing.editor.license.company == "别人的修改有限公司"
    _type(qtbot, window.editing.editor.certificate.edits["company"], "再次修改有限公司")
    assert window.editing.save()  # loaded afresh: no conflict
    assert sample_store.load("B1-20204618").company == "再次修改有限公司"

    window.editing.edit_current()
    _type(qtbot, window.editing.editor.certificate.edits["company"], "覆盖有限公司")
    with Store.open(db_path) as other:
        newer = other.load("B1-20204618")
        newer.legal_representative = "孙示例"
        other.save(newer, replace=True)
    _answer(monkeypatch, QMessageBox.StandardButton.Save)  # overwrite: save anyway
    assert window.editing.save()
    saved = sample_store.load("B1-20204618")
    assert saved.company == "覆盖有限公司"


def test_changing_the_number_renames_the_license(qtbot, window):  # noqa: ANN001
    window.select_license("B1-20204618")
    window.editing.edit_current()
    _type(qtbot, window.editing.editor.certificate.edits["number"], "B1-20204619")
    assert window.editing.save()
    assert window.store.exists("B1-20204619") and not window.store.exists("B1-20204618")
    assert window.library.current_number == "B1-20204619"


def test_new_license_from_the_clauses_of_one_with_the_same_business_types(qtbot, window):  # noqa: ANN001
    from licdesk.ui.dialogs.template_dialog import TemplateDialog

    dialog = TemplateDialog(window.store, window)
    index = dialog.kinds.findText("B1")
    assert index >= 0
    dialog.kinds.setCurrentIndex(index)
    assert dialog.chosen_number() == "B1-20204618"
    draft = dialog.draft()
    source = window.store.load("B1-20204618")
    assert draft.number == "" and draft.company == ""
    assert [c.to_dict() for c in draft.clauses] == [c.to_dict() for c in source.clauses]
    assert window.editing.new_license(draft)
    assert window.editing.editor.clauses.tree.topLevelItemCount() == len(source.clauses)


def test_an_empty_library_offers_to_type_the_first_license(qtbot, make_window, store):  # noqa: ANN001
    window = make_window(store)
    assert window.pages.currentWidget() is window.welcome
    window.welcome.new_button.click()
    assert window.editing.active and window.pages.currentWidget() is window.desk
    assert window.detail_stack.currentWidget() is window.editing.editor


def test_findings_follow_the_typing(qtbot, make_window, store):  # noqa: ANN001
    window = make_window(store)
    window.editing.new_license()
    form = window.editing.editor.certificate
    _type(qtbot, form.edits["number"], "京B9-123")
    assert not form.marks["number"].isHidden()
    assert "格式无法识别" in form.marks["number"].toolTip()
    assert "无法识别" in form.number_hint.text()
    _type(qtbot, form.edits["number"], "京B2-20990001")
    assert form.marks["number"].isHidden()
    assert "✓" in form.number_hint.text()


def test_the_delete_key_does_not_trash_the_license_being_edited(qtbot, window):  # noqa: ANN001
    window.select_license("B1-20204618")
    assert window.delete_action.isEnabled()
    window.editing.edit_current()
    assert not window.delete_action.isEnabled()
    window.editing.leave()
    assert window.delete_action.isEnabled() and window.edit_action.isEnabled()


def test_a_saved_edit_is_in_the_history_and_can_be_compared_with_the_version_before(qtbot, window):  # noqa: ANN001
    window.select_license("粤B2-20150326")
    window.editing.edit_current()
    editor = window.editing.editor
    editor.tabs.setCurrentWidget(editor.clauses)
    editor.clauses.select((0,))
    _type(qtbot, editor.clauses.text, "示例：改写后的第一条。")
    assert window.editing.save()
    history = window.detail.history.model
    texts = [history.index(r, 2).data() for r in range(history.rowCount())]
    assert any(text.startswith("特别规定事项") for text in texts)
    window.detail.history.compare_button.click()
    dialog = window.comparing.dialog
    assert dialog.left.version_box.currentData() == 1
    [changed] = dialog.comparison.changed_clauses
    assert changed.key == ("一、",) and changed.right.text == "示例：改写后的第一条。"


def test_a_number_typed_loosely_is_saved_in_its_canonical_spelling(qtbot, make_window, store):  # noqa: ANN001
    window = make_window(store)
    window.editing.new_license()
    form = window.editing.editor.certificate
    _type(qtbot, form.edits["number"], "京b2－20990418")
    assert "规范写法 京B2-20990418" in form.number_hint.text()
    _type(qtbot, form.edits["company"], "北京示例有限公司")
    assert window.editing.save()
    assert store.exists("京B2-20990418") and window.license.number == "京B2-20990418"
