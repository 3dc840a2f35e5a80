"""The questions asked around saving: unsaved changes when leaving, and a newer save found when saving."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

SAVE, DISCARD, CANCEL = "save", "discard", "cancel"
RELOAD, OVERWRITE = "reload", "overwrite"

_Button = QMessageBox.StandardButton


def _answer(box: QMessageBox) -> _Button:
    result = box.exec()
    clicked = box.clickedButton()
    if clicked is not None and box.standardButton(clicked) != _Button.NoButton:
        return box.standardButton(clicked)
    return _Button(result)


def ask_unsaved(parent: QWidget | None, what: str) -> str:
    """SAVE, DISCARD or CANCEL for a license with changes not yet saved."""
    box = QMessageBox(QMessageBox.Icon.Question, "", "", _Button.Save | _Button.Discard | _Button.Cancel, parent)
    box.setWindowTitle(QCoreApplication.translate("SavePrompts", "尚未保存"))
    box.setText(QCoreApplication.translate("SavePrompts", "%1 有尚未保存的修改。要保存吗？").replace("%1", what))
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.button(_Button.Save).setText(QCoreApplication.translate("SavePrompts", "保存"))
    box.button(_Button.Discard).setText(QCoreApplication.translate("SavePrompts", "放弃修改"))
    box.button(_Button.Cancel).setText(QCoreApplication.translate("SavePrompts", "取消"))
    box.setDefaultButton(_Button.Save)
    answer = _answer(box)
    if answer == _Button.Save:
        return SAVE
    if answer == _Button.Discard:
        return DISCARD
    return CANCEL


def ask_conflict(parent: QWidget | None, message: str, removed: bool) -> str:
    """Someone else saved (or removed) the license meanwhile: RELOAD, OVERWRITE or CANCEL."""
    box = QMessageBox(QMessageBox.Icon.Warning, "", message, _Button.Reset | _Button.Save | _Button.Cancel, parent)
    box.setWindowTitle(QCoreApplication.translate("SavePrompts", "许可证已被修改"))
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.button(_Button.Reset).setText(QCoreApplication.translate("SavePrompts", "重新载入（放弃我的修改）"))
    if removed:
        box.button(_Button.Save).setText(QCoreApplication.translate("SavePrompts", "保存为新许可证"))
    else:
        box.button(_Button.Save).setText(QCoreApplication.translate("SavePrompts", "仍然保存（覆盖）"))
    box.button(_Button.Cancel).setText(QCoreApplication.translate("SavePrompts", "取消"))
    if removed:
        box.button(_Button.Reset).hide()  # nothing left to reload
    box.setDefaultButton(_Button.Cancel)
    answer = _answer(box)
    if answer == _Button.Reset:
        return RELOAD
    if answer == _Button.Save:
        return OVERWRITE
    return CANCEL

