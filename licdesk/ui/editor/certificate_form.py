"""Edit mode of the certificate (正本): number, company, legal representative, business types, issuer, dates."""

from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from licdesk.domain import numbers
from licdesk.domain.model import License, Service
from licdesk.domain.validation import ERROR, Finding
from licdesk.ui.common.choice_combo import ChoiceDelegate
from licdesk.ui.common.date_edit import DateEdit
from licdesk.ui.editor.edit_session import EditSession
from licdesk.ui.common.findings import FindingMark
from licdesk.ui.common.plain import plain_label
from licdesk.ui.editor.record_table import RecordTable
from licdesk.ui.editor.service_choices import service_choices
from licdesk.ui.common.status import FINDING_COLORS


# The range of dates a certificate can carry; anything outside is a typing slip.
EARLIEST_CERTIFICATE_DATE = _dt.date(1990, 1, 1)
LATEST_CERTIFICATE_DATE = _dt.date(2100, 12, 31)


class CertificateForm(QWidget):
    entries_changed = Signal()  # a date field now holds, or no longer holds, text that is not a date

    def __init__(self, session: EditSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.edits: dict[str, QLineEdit] = {}
        self.dates: dict[str, DateEdit] = {}
        self.date_captions: dict[str, str] = {}
        self._shown_dates: dict[str, _dt.date | None] = {}
        self.marks: dict[str, FindingMark] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        text_fields = (
            ("number", self.tr("经营许可证编号"), self.tr("修改许可证编号")),
            ("company", self.tr("公司名称"), self.tr("修改公司名称")),
            ("legal_representative", self.tr("法定代表人"), self.tr("修改法定代表人")),
            ("issuer", self.tr("发证机关"), self.tr("修改发证机关")),
        )
        date_fields = (
            ("issue_date", self.tr("发证日期"), self.tr("修改发证日期")),
            ("expiry_date", self.tr("有效期至"), self.tr("修改有效期至")),
        )
        for name, caption, action in text_fields:
            edit = QLineEdit(self)
            edit.setObjectName(f"edit-{name}")
            edit.textEdited.connect(lambda text, n=name, a=action: self._text_edited(n, a, text))
            edit.editingFinished.connect(self.session.end_merging)
            self.edits[name] = edit
            form.addRow(caption + self.tr("："), self._with_mark(name, edit))
            if name == "number":
                self.number_hint = plain_label("", self)
                form.addRow("", self.number_hint)
        self.edits["number"].setPlaceholderText(self.tr("如 京B2-20192917、B1-20195402"))
        for name, caption, action in date_fields:
            field = DateEdit(self, optional=True, minimum=EARLIEST_CERTIFICATE_DATE, maximum=LATEST_CERTIFICATE_DATE)
            field.setObjectName(f"edit-{name}")
            field.setMinimumWidth(field.fontMetrics().horizontalAdvance(field.placeholderText()) + 48)
            field.date_edited.connect(lambda value, n=name, a=action: self._date_edited(n, a, value))
            field.editingFinished.connect(self.session.end_merging)
            field.editingFinished.connect(self.entries_changed.emit)
            self.dates[name] = field
            self.date_captions[name] = caption
            form.addRow(caption + self.tr("："), self._with_mark(name, field, grow=False))
        service_columns = [self.tr("业务种类（服务项目）"), self.tr("覆盖范围"), self.tr("备注")]
        self.services = RecordTable(service_columns, self.tr("添加业务种类"), self)
        # The business type is picked from the catalogue (code and name) or typed as the paper has it.
        self.services.table.setItemDelegateForColumn(0, ChoiceDelegate(service_choices, self.services.table))
        self.services.cell_edited.connect(self._service_edited)
        self.services.add_requested.connect(self._add_service)
        self.services.remove_requested.connect(self._remove_service)
        self.services.move_requested.connect(self._move_service)
        group = QGroupBox(self.tr("业务种类（服务项目）及覆盖范围"), self)
        group_layout = QVBoxLayout(group)
        self.marks["services"] = FindingMark(group)
        group_layout.addWidget(self.marks["services"])
        group_layout.addWidget(self.services)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(group, 1)

    def _with_mark(self, name: str, widget: QWidget, *, grow: bool = True) -> QWidget:
        """The field with its ⚠ right beside it (a date does not stretch, so its mark follows it closely)."""
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(widget, 1 if grow else 0)
        self.marks[name] = FindingMark(box)
        row.addWidget(self.marks[name], 0, Qt.AlignmentFlag.AlignVCenter)
        if not grow:
            row.addStretch(1)
        return box

    # -- edits -----------------------------------------------------------------------------------
    def _text_edited(self, name: str, action: str, text: str) -> None:
        def change(lic: License) -> None:
            setattr(lic, name, text if name in ("number", "company", "legal_representative") else (text or None))
        self.session.edit(action, change, merge_key=name)

    def _date_edited(self, name: str, action: str, value: _dt.date | None) -> None:
        self._shown_dates[name] = value  # the field already shows it, as typed: no rewrite mid-typing
        self.session.edit(action, lambda lic: setattr(lic, name, value), merge_key=name)

    def entry_findings(self) -> list[Finding]:
        """A date field holding text that is not a date: an error, so the draft is not saved with the
        date it held before (the clerk sees their own text, not that date)."""
        found = []
        for name, field in self.dates.items():
            problem = field.problem()
            if problem is not None:
                field.check()  # red, with the reason as its tooltip
                message = self.date_captions[name] + self.tr("：") + problem
                found.append(Finding(ERROR, name, "date-unreadable", message, message))
        return found

    def _service_edited(self, row: int, column: int, text: str) -> None:
        attribute = ("name", "coverage", "remarks")[column]

        def change(lic: License) -> None:
            value = text.strip()
            setattr(lic.services[row], attribute, value if attribute == "name" else (value or None))
        self.session.edit(self.tr("修改业务种类"), change)

    def _add_service(self, after: int) -> None:
        position = after + 1 if after >= 0 else len(self.session.license.services)
        self.session.edit(self.tr("添加业务种类"), lambda lic: lic.services.insert(position, Service("")))
        self.services.set_rows(self._service_rows(self.session.license), select=position)
        self.services.table.setCurrentCell(position, 0)
        self.services.table.editItem(self.services.table.item(position, 0))

    def _remove_service(self, row: int) -> None:
        self.session.edit(self.tr("删除业务种类"), lambda lic: lic.services.pop(row))

    def _move_service(self, row: int, step: int) -> None:
        target = row + step

        def change(lic: License) -> None:
            lic.services[row], lic.services[target] = lic.services[target], lic.services[row]
        self.session.edit(self.tr("调整业务种类顺序"), change)
        self.services.table.selectRow(target)

    # -- showing ---------------------------------------------------------------------------------
    @staticmethod
    def _service_rows(lic: License) -> list[list[str]]:
        return [[s.name, s.coverage or "", s.remarks or ""] for s in lic.services]

    def show_license(self, lic: License, grouped: dict[str, list[Finding]]) -> None:
        for name, edit in self.edits.items():
            value = getattr(lic, name) or ""
            if edit.text() != value:
                edit.setText(value)
        self.edits["issuer"].setPlaceholderText(
            self.tr("按编号默认为：") + (numbers.parse(lic.number).issuer or "") if lic.number else "")
        for name, field in self.dates.items():
            stored = getattr(lic, name)
            # Text that is not a date stays for the clerk to correct, until undo or redo changes the date.
            changed = name not in self._shown_dates or self._shown_dates[name] != stored
            if changed or (field.is_acceptable() and field.value() != stored):
                field.set_value(stored)
            self._shown_dates[name] = stored
        self.services.set_rows(self._service_rows(lic),
                               [grouped.get(f"services[{i}]", []) for i in range(len(lic.services))])
        for name, mark in self.marks.items():
            mark.set_findings(grouped.get(name, []))
        self._show_number_hint(lic.number)

    def _show_number_hint(self, text: str) -> None:
        """What the number says, live: region, classes and issuer, or why it is not a license number."""
        if not text.strip():
            hint, color = self.tr("请填写经营许可证编号"), FINDING_COLORS["error"]
        else:
            parsed = numbers.parse(text)
            if not parsed.valid:
                hint = self.tr("编号格式无法识别（应如 京B2-20192917、B1-20195402）")
                color = FINDING_COLORS["error"]
            else:
                parts = [self.tr("✓ 业务类别 ") + self.tr("、").join(parsed.categories)]
                parts.append(self.tr("发证机关 ") + (parsed.issuer or ""))
                if parsed.normalized != text.strip():
                    parts.append(self.tr("规范写法 ") + parsed.normalized)
                hint = self.tr("，").join(parts)
                color = FINDING_COLORS["warning"] if parsed.warnings else self.palette().windowText().color()
        self.number_hint.setText(hint)
        palette = self.number_hint.palette()
        palette.setColor(self.number_hint.foregroundRole(), color)
        self.number_hint.setPalette(palette)
