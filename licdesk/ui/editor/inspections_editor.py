"""Edit mode of the yearly records (年检/年报): year, kind, result, authority, date, note."""

from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QPersistentModelIndex
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QVBoxLayout, QWidget

from licdesk.domain.dates import next_record_year
from licdesk.domain.dates import parse_typed_date
from licdesk.domain.model import ANNUAL_REPORT, INSPECTION, Inspection, License
from licdesk.domain.validation import Finding
from licdesk.ui.common.date_edit import DateEdit
from licdesk.ui.common.choice_combo import ChoiceDelegate
from licdesk.ui.common.record_results import result_choices
from licdesk.ui.editor.edit_session import EditSession
from licdesk.ui.common.plain import plain_label
from licdesk.ui.editor.record_table import RecordTable

KIND_NAMES = {INSPECTION: QT_TRANSLATE_NOOP("InspectionsEditor", "年检"),
              ANNUAL_REPORT: QT_TRANSLATE_NOOP("InspectionsEditor", "年报")}


def kind_name(kind: str) -> str:
    return QCoreApplication.translate("InspectionsEditor", KIND_NAMES.get(kind, kind))
_Index = QModelIndex | QPersistentModelIndex


class KindDelegate(QStyledItemDelegate):
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        combo = QComboBox(parent)
        combo.addItems([kind_name(kind) for kind in KIND_NAMES])
        return combo

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        editor.setCurrentText(str(index.data()))

    def setModelData(self, editor: QWidget, model, index: _Index) -> None:  # noqa: ANN001
        model.setData(index, editor.currentText())


class DateDelegate(QStyledItemDelegate):
    """The stamp or filing date: typed as it is written, or picked from a calendar."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        return DateEdit(parent, optional=True)

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        editor.set_value(parse_typed_date(str(index.data() or "")))

    def setModelData(self, editor: QWidget, model, index: _Index) -> None:  # noqa: ANN001
        # What is not a date goes to the editor as typed, which refuses it: never another day.
        model.setData(index, editor.normalized_text())


class InspectionsEditor(QWidget):
    def __init__(self, session: EditSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        columns = [self.tr("年度"), self.tr("类型"), self.tr("结果"), self.tr("机关"), self.tr("日期"), self.tr("备注")]
        self.table = RecordTable(columns, self.tr("添加记录"), self)
        self.table.table.setItemDelegateForColumn(1, KindDelegate(self.table.table))
        self.table.table.setItemDelegateForColumn(2, ChoiceDelegate(result_choices, self.table.table))
        self.table.table.setItemDelegateForColumn(4, DateDelegate(self.table.table))
        self.table.cell_edited.connect(self._cell_edited)
        self.table.add_requested.connect(self._add)
        self.table.remove_requested.connect(self._remove)
        self.table.move_requested.connect(self._move)
        self.problem = plain_label("", self)
        self.problem.setStyleSheet("color: #c62828;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problem)

    def _cell_edited(self, row: int, column: int, text: str) -> None:
        text = text.strip()
        self.problem.clear()
        if column == 0:
            if not (text.isdigit() and 1990 <= int(text) <= 2100):
                self._refuse(self.tr("年度应为四位年份，如 2024"))
                return
            value: object = int(text)
        elif column == 1:
            value = ANNUAL_REPORT if text == kind_name(ANNUAL_REPORT) else INSPECTION
        elif column == 4:
            value = parse_typed_date(text) if text else None
            if text and value is None:
                self._refuse(self.tr("“%1”不是有效日期，未保存。请写作 2026-03-15、2026/3/15、20260315 或 2026年3月15日")
                             .replace("%1", text))
                return
        else:
            value = text if column == 2 else (text or None)
        attribute = ("year", "kind", "result", "authority", "date", "note")[column]
        self.session.edit(self.tr("修改年检/年报记录"), lambda lic: setattr(lic.inspections[row], attribute, value))

    def _refuse(self, reason: str) -> None:
        self.problem.setText(reason)
        self.show_license(self.session.license, {})  # the cell shows the stored value again

    def _add(self, after: int) -> None:
        position = after + 1 if after >= 0 else len(self.session.license.inspections)
        years = [i.year for i in self.session.license.inspections]
        year = next_record_year(years, _dt.date.today())
        kind = ANNUAL_REPORT if year >= 2017 else INSPECTION
        self.session.edit(self.tr("添加年检/年报记录"),
                          lambda lic: lic.inspections.insert(position, Inspection(year, "", kind=kind)))
        self.table.table.selectRow(position)

    def _remove(self, row: int) -> None:
        self.session.edit(self.tr("删除年检/年报记录"), lambda lic: lic.inspections.pop(row))

    def _move(self, row: int, step: int) -> None:
        target = row + step

        def change(lic: License) -> None:
            lic.inspections[row], lic.inspections[target] = lic.inspections[target], lic.inspections[row]
        self.session.edit(self.tr("调整年检/年报顺序"), change)
        self.table.table.selectRow(target)

    @staticmethod
    def rows(lic: License) -> list[list[str]]:
        return [[str(i.year), kind_name(i.kind), i.result, i.authority or "",
                 i.date.isoformat() if i.date else "", i.note or ""] for i in lic.inspections]

    def show_license(self, lic: License, grouped: dict[str, list[Finding]]) -> None:
        findings = [grouped.get(f"inspections[{i}]", []) for i in range(len(lic.inspections))]
        self.table.set_rows(self.rows(lic), findings)
