"""The question asked when an imported number is already in the library: replace or skip (for all)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QMessageBox, QWidget

from licdesk.ui.common.plain import message_box


@dataclass(frozen=True)
class DuplicateAnswer:
    replace: bool
    for_all: bool = False


def ask_duplicate(parent: QWidget | None, number: str, company: str, in_trash: bool = False,
                  others_left: int = 0) -> DuplicateAnswer:
    where = QCoreApplication.translate("import", "（在回收站中）") if in_trash else ""
    text = QCoreApplication.translate(
        "import", "许可证 %1%2 已在库中：\n%3\n\n用导入的内容替换它，还是跳过？替换前的内容会记入历史记录。")
    text = text.replace("%1", number).replace("%2", where).replace("%3", company)
    title = QCoreApplication.translate("import", "许可证已存在")
    box = message_box(parent, QMessageBox.Icon.Question, title, text)
    replace = box.addButton(QCoreApplication.translate("import", "替换"), QMessageBox.ButtonRole.AcceptRole)
    skip = box.addButton(QCoreApplication.translate("import", "跳过"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(skip)
    check = None
    if others_left:
        check = QCheckBox(QCoreApplication.translate("import", "对其余 %1 个重复的许可证执行相同操作").replace(
            "%1", str(others_left)))
        box.setCheckBox(check)
    box.exec()
    return DuplicateAnswer(replace=box.clickedButton() is replace, for_all=bool(check and check.isChecked()))
