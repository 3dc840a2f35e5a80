"""Business types in the certificate editor: picked from the 2015 catalogue (code and name), or typed."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QComboBox, QMessageBox, QStyleOptionViewItem

from licdesk.domain import business
from licdesk.ui.editor.service_choices import WORDINGS, service_choices


def test_every_value_added_type_of_the_catalogue_is_offered() -> None:
    codes = {code for code, _ in WORDINGS}
    assert codes == {t.code for t in business.BUSINESS_TYPES} == {
        "B11", "B12", "B13", "B14", "B21", "B22", "B23", "B24", "B25", "B26"}
    for code, wording in WORDINGS:  # each wording is read back as the type it is offered under
        found = business.classify(wording)
        assert found is not None and found.code == code, wording
    shown = [s for s, _ in service_choices()]
    assert "B25 信息服务业务（仅限互联网信息服务）" in shown
    assert shown[0].startswith("B11 ") and shown[-1].startswith("B26 ")


@pytest.fixture
def service_cell(make_window, sample_store, monkeypatch):  # noqa: ANN001, ANN201
    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.Discard)
    window = make_window(sample_store)
    window.select_license("B1-20204618")
    assert window.editing.edit_current()
    editor = window.editing.editor
    table = editor.certificate.services.table
    index = table.model().index(0, 0)
    delegate = table.itemDelegateForColumn(0)
    combo = delegate.createEditor(table.viewport(), QStyleOptionViewItem(), index)
    return editor, table, index, delegate, combo


def test_a_business_type_is_picked_with_code_and_name_and_stored_as_printed(service_cell) -> None:  # noqa: ANN001
    editor, table, index, delegate, combo = service_cell
    assert isinstance(combo, QComboBox) and combo.isEditable()
    delegate.setEditorData(combo, index)
    assert combo.currentText() == "B11 互联网数据中心业务"  # the stored name shows as its catalogue choice
    combo.setCurrentIndex(combo.findText("B24 离岸呼叫中心业务"))
    delegate.setModelData(combo, table.model(), index)
    assert editor.license.services[0].name == "离岸呼叫中心业务"
    assert table.item(0, 0).text() == "离岸呼叫中心业务"


def test_free_text_is_still_allowed(service_cell) -> None:  # noqa: ANN001
    editor, table, index, delegate, combo = service_cell
    combo.setEditText("第二类增值电信业务中的信息服务业务（仅限互联网信息服务）")
    delegate.setModelData(combo, table.model(), index)
    assert editor.license.services[0].name == "第二类增值电信业务中的信息服务业务（仅限互联网信息服务）"
    delegate.setEditorData(combo, index)
    assert combo.currentText() == "第二类增值电信业务中的信息服务业务（仅限互联网信息服务）"
