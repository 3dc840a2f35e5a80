"""Edit → 关闭许可证…: how the license ended (not continued, cancelled, replaced by a new one), on
which day, a note, and whether the duties still open before then are settled with it.

The dialog only asks; the caller writes the closing (licdesk.store.closures) in one transaction.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from typing import Iterable

from PySide6.QtWidgets import (
    QButtonGroup, QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QRadioButton,
    QVBoxLayout, QWidget,
)

from licdesk.domain import closure as cl
from licdesk.ui.common.date_edit import DateEdit
from licdesk.ui.common.plain import plain_label
from licdesk.ui.common.window_fit import closable, size_within_screen


@dataclass(frozen=True)
class ClosingChoice:
    kind: str
    closed_on: _dt.date
    replaced_by: str | None
    note: str | None
    settles_open: bool


class ClosureDialog(QDialog):
    """`candidates`: (number, company) of the licenses that may have replaced this one, likeliest first."""

    def __init__(self, number: str, company: str, today: _dt.date, candidates: Iterable[tuple[str, str]],
                 current: cl.Closure | None = None, open_count: int = 0, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.number = number
        self.setWindowTitle(self.tr("关闭许可证 %1").replace("%1", number))
        intro = plain_label(self.tr(
            "许可证 %1（%2）不再需要跟踪时，在此关闭它：关闭日期之后不再为它生成年报、续办等事项。"
            "关闭可以随时撤销（编辑 → 重新启用许可证）。").replace("%1", number).replace("%2", company or "—"), self)

        self.kind_group = QButtonGroup(self)
        self.kind_buttons: dict[str, QRadioButton] = {}
        kinds = QVBoxLayout()
        captions = {cl.NOT_CONTINUING: self.tr("不再续办（有效期届满后不再经营）"),
                    cl.CANCELLED: self.tr("已注销"),
                    cl.REPLACED: self.tr("已换发新证（由库中另一张许可证接替）")}
        for kind in cl.KINDS:
            button = QRadioButton(captions[kind], self)
            self.kind_group.addButton(button)
            self.kind_buttons[kind] = button
            kinds.addWidget(button)

        self.replacement = QComboBox(self)
        self.replacement.setEditable(True)  # a number can be typed as well as picked
        self.replacement.lineEdit().setPlaceholderText(self.tr("选择或输入新许可证的编号"))
        for other, other_company in candidates:
            if other != number:
                self.replacement.addItem(f"{other}  {other_company}".rstrip(), other)
        self.date_edit = DateEdit(self)
        self.note_edit = QLineEdit(self)
        self.note_edit.setPlaceholderText(self.tr("（可不填）如 注销文号、新证编号的来由"))
        self.settle_box = QCheckBox(self.tr("同时将此前未完成的事项标记为已免除/已完成"), self)
        if open_count:
            self.settle_box.setToolTip(self.tr("关闭日期之前还有 %1 项未完成").replace("%1", str(open_count)))
        self.settle_box.setText(self.settle_box.text() + (self.tr("（%1 项）").replace("%1", str(open_count))
                                                          if open_count else ""))
        self.problem_label = plain_label("", self)
        self.problem_label.setStyleSheet("color: #c62828;")
        self.problem_label.hide()

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("关闭原因："), kinds)
        form.addRow(self.tr("新许可证："), self.replacement)
        form.addRow(self.tr("关闭日期："), self.date_edit)
        form.addRow(self.tr("备注："), self.note_edit)

        buttons = QDialogButtonBox(self)
        self.ok_button = buttons.addButton(self.tr("关闭许可证"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("取消"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.settle_box)
        layout.addWidget(self.problem_label)
        layout.addStretch(1)
        layout.addWidget(buttons)

        self._fill(current, today)
        self.kind_group.buttonToggled.connect(lambda _button, _on: self._kind_changed())
        self._kind_changed()
        size_within_screen(self, 560, 420)
        closable(self)

    def _fill(self, current: cl.Closure | None, today: _dt.date) -> None:
        self.kind_buttons[current.kind if current else cl.CANCELLED].setChecked(True)
        self.date_edit.set_value(current.closed_on if current else today)
        self.note_edit.setText(current.note or "" if current else "")
        self.settle_box.setChecked(bool(current and current.settles_open))
        if current and current.replaced_by:
            self.set_replacement(current.replaced_by)
        else:
            self.replacement.setCurrentIndex(-1)
            self.replacement.setEditText("")
        if current:
            self.ok_button.setText(self.tr("保存"))

    def set_replacement(self, number: str) -> None:
        found = self.replacement.findData(number)
        if found >= 0:
            self.replacement.setCurrentIndex(found)
        else:
            self.replacement.setEditText(number)

    def kind(self) -> str:
        return next(kind for kind, button in self.kind_buttons.items() if button.isChecked())

    def _kind_changed(self) -> None:
        self.replacement.setEnabled(self.kind() == cl.REPLACED)

    def replacement_number(self) -> str | None:
        text = self.replacement.currentText().strip()
        if not text:
            return None
        index = self.replacement.currentIndex()
        if index >= 0 and self.replacement.itemText(index) == self.replacement.currentText():
            return str(self.replacement.itemData(index))
        return text.split()[0]  # typed: the number, whatever follows it

    def problem(self) -> str | None:
        if not self.date_edit.check():
            return self.date_edit.problem()
        if self.kind() == cl.REPLACED and self.replacement_number() is None:
            return self.tr("请选择替换此许可证的新许可证")
        return None

    def accept(self) -> None:
        problem = self.problem()
        self.problem_label.setText(problem or "")
        self.problem_label.setVisible(bool(problem))
        if problem is None:
            super().accept()

    def choice(self) -> ClosingChoice:
        day = self.date_edit.value()
        assert day is not None  # accepted only with a date
        note = self.note_edit.text().strip()
        return ClosingChoice(self.kind(), day, self.replacement_number() if self.kind() == cl.REPLACED else None,
                             note or None, self.settle_box.isChecked())
