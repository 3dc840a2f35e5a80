"""Qt's own dialogs speak the interface language: the file chooser and the message boxes' buttons."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QLabel, QMessageBox

from licdesk.ui.i18n import install_translator, qt_translation_folders


@pytest.fixture
def language(request, qapp):  # noqa: ANN001, ANN201
    yield install_translator(QApplication.instance(), request.param)
    install_translator(QApplication.instance(), "zh_CN")


def test_qts_chinese_catalogue_is_there() -> None:
    assert any((folder / "qtbase_zh_CN.qm").is_file() for folder in qt_translation_folders())


def _file_dialog_labels(qtbot) -> set[str]:  # noqa: ANN001
    dialog = QFileDialog(None, "t")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    return {label.text() for label in dialog.findChildren(QLabel)}


def _ok_button(qtbot) -> str:  # noqa: ANN001
    box = QMessageBox(QMessageBox.Icon.Information, "t", "t", QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    buttons = box.findChild(QDialogButtonBox)
    return " ".join(b.text() for b in buttons.buttons())


@pytest.mark.parametrize("language", ["zh_CN"], indirect=True)
def test_the_chinese_desk_has_qts_dialogs_in_chinese(language, qtbot) -> None:  # noqa: ANN001
    assert language == "zh_CN"
    labels = _file_dialog_labels(qtbot)
    assert "查找范围(&L)：" in labels and "文件类型(&T)：" in labels
    assert not [t for t in labels if "Look in" in t or "type:" in t]
    assert "确定" in _ok_button(qtbot) and "取消" in _ok_button(qtbot)
    assert QCoreApplication.translate("DetailArea", "历史") == "历史"  # every other text stays as it was
    assert QCoreApplication.translate("QFileDialog", "Open") == "打开"


@pytest.mark.parametrize("language", ["en"], indirect=True)
def test_the_english_desk_has_them_in_english(language, qtbot) -> None:  # noqa: ANN001
    assert language == "en"
    labels = _file_dialog_labels(qtbot)
    assert "&Look in:" in labels and "Files of &type:" in labels
    assert "OK" in _ok_button(qtbot)
    assert QCoreApplication.translate("DetailArea", "历史") == "History"
