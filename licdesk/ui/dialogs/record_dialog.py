"""A yearly record (年检/年报) for a license shown on the desk: year, kind, result, date and note."""

from __future__ import annotations

import datetime as _dt

from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QSpinBox, QVBoxLayout, QWidget,
)

from licdesk.domain.dates import next_record_year
from licdesk.domain.model import ANNUAL_REPORT, INSPECTION, Inspection
from licdesk.ui.common.date_edit import DateEdit
from licdesk.ui.common.plain import plain_label
from licdesk.ui.common.choice_combo import combo_value
from licdesk.ui.common.record_results import result_combo
from licdesk.ui.common.window_fit import closable, size_within_screen
from licdesk.ui.editor.inspections_editor import kind_name

FIRST_YEAR, LAST_YEAR = 1990, 2100
REPORTS_SINCE = 2017  # the annual inspection became the annual report in 2017


class RecordDialog(QDialog):
    def __init__(self, number: str, existing: list[Inspection], today: _dt.date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.existing = list(existing)
        self.setWindowTitle(self.tr("添加年检/年报记录"))
        intro = plain_label(self.tr("为许可证 %1 添加一条年检或年报记录。").replace("%1", number), self)
        self.year = QSpinBox(self)
        self.year.setRange(FIRST_YEAR, LAST_YEAR)
        self.year.setValue(min(max(next_record_year([r.year for r in existing], today), FIRST_YEAR), LAST_YEAR))
        self.kind = QComboBox(self)
        for kind in (ANNUAL_REPORT, INSPECTION):
            self.kind.addItem(kind_name(kind), kind)
        self.result_box = result_combo(self)
        self.result_box.lineEdit().setPlaceholderText(self.tr("选择或直接输入，如 已报送"))
        self.date = DateEdit(self, optional=True)
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(self.tr("（可不填）如 报送回执编号"))
        self.problem = plain_label("", self)
        self.problem.setStyleSheet("color: #c62828;")
        form = QFormLayout()
        form.addRow(self.tr("年度："), self.year)
        form.addRow(self.tr("类型："), self.kind)
        form.addRow(self.tr("结果："), self.result_box)
        form.addRow(self.tr("日期："), self.date)
        form.addRow(self.tr("备注："), self.note)
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(self.tr("保存"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("取消"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self._kind_chosen = False
        self.kind.activated.connect(self._kind_picked)
        self.year.valueChanged.connect(self._year_changed)
        self._year_changed(self.year.value())
        size_within_screen(self, 520, 300)
        closable(self)

    def _kind_picked(self, _row: int) -> None:
        self._kind_chosen = True

    def _year_changed(self, year: int) -> None:
        if not self._kind_chosen:  # until the clerk picks one, the kind follows the year
            self.kind.setCurrentIndex(self.kind.findData(ANNUAL_REPORT if year >= REPORTS_SINCE else INSPECTION))

    def record(self) -> Inspection:
        note = self.note.text().strip()
        return Inspection(self.year.value(), combo_value(self.result_box), date=self.date.value(),
                          kind=str(self.kind.currentData()), note=note or None)

    def refusal(self) -> str | None:
        """Why the record cannot be saved as it stands; None when it can."""
        problem = self.date.problem()
        if problem:
            return problem
        record = self.record()
        if any(r.year == record.year and r.kind == record.kind for r in self.existing):
            return self.tr("已有 %1 年度的%2记录。要修改它，请用“编辑”打开许可证。").replace(
                "%1", str(record.year)).replace("%2", kind_name(record.kind))
        return None

    def try_accept(self) -> None:
        self.date.check()
        problem = self.refusal()
        self.problem.setText(problem or "")
        if problem is None:
            self.accept()
