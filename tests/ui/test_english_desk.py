"""The English desk: the checks' findings and the usual record results in English, never the Chinese words."""

from __future__ import annotations

import datetime as _dt

import pytest
from PySide6.QtWidgets import QApplication

from licdesk.importer import read_license
from licdesk.ui.i18n import install_translator
from tests.ui.test_import import FICTIONAL

TOO_LONG = FICTIONAL.replace("有效期至：2028年04月11日", "有效期至：2034年02月11日")


@pytest.fixture
def english(qapp):  # noqa: ANN001, ANN201
    assert install_translator(QApplication.instance(), "en") == "en"
    yield
    install_translator(QApplication.instance(), "zh_CN")


def test_the_certificate_note_reads_in_english(english, make_window, store) -> None:  # noqa: ANN001
    lic = read_license(TOO_LONG)
    assert (lic.expiry_date - lic.issue_date).days > 5 * 366
    store.save(lic)
    window = make_window(store, today=_dt.date(2026, 11, 23))
    window.select_license(lic.number)
    note = window.detail.certificate.findings_note.text()
    assert "Validity of" in note and "longer than the usual five years" in note
    assert "有效期长达" not in note


def test_the_editor_lists_them_in_english(english, make_window, store, monkeypatch) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.Discard)
    lic = read_license(TOO_LONG)
    store.save(lic)
    window = make_window(store)
    window.select_license(lic.number)
    assert window.editing.edit_current()
    listed = window.editing.editor.findings_list
    texts = [listed.item(i).text() for i in range(listed.count())]
    assert any(t.startswith("Validity of") for t in texts)
    assert not any("有效期" in t for t in texts)


def test_the_usual_record_results_read_in_english(english, make_window, sample_store) -> None:  # noqa: ANN001
    window = make_window(sample_store)
    window.select_license("粤B2-20150326")  # its grid is stamped 合格
    model = window.detail.inspections.model
    results = {model.index(row, 2).data() for row in range(model.rowCount())}
    assert results == {"Passed"}
    assert window.detail.inspections.add_button.text() == "Add record…"


def test_the_database_check_reads_and_copies_in_english(english, sample_store, qtbot) -> None:  # noqa: ANN001
    import dataclasses

    from PySide6.QtGui import QGuiApplication

    from licdesk.ui.dialogs.safety_dialogs import CheckDialog

    number = "沪B2-20213857"
    sample_store.save(dataclasses.replace(sample_store.load(number), legal_representative=""), replace=True)
    dialog = CheckDialog(sample_store, start=False)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.checked, timeout=30000):
        dialog.start()
    dialog.copy_report()
    copied = QGuiApplication.clipboard().text()
    assert number in copied and "legal representative" in copied.lower()
    assert "缺少" not in copied and "数据库完整性" not in copied and "检查报告" not in copied
