"""The Deadlines page's collapsed group: 更早的事项（不跟踪）N 项 — the open duties of years before the
library starts tracking (首选项 → 合规期限 → 跟踪范围).  Listed for the record, never as today's alarms."""

from __future__ import annotations

import datetime as _dt
from typing import Any, Iterable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QTableView, QToolButton, QVBoxLayout, QWidget

from licdesk.domain import deadlines as dl
from licdesk.ui.common.plain import plain_label
from licdesk.ui.deadlines.obligation_model import ObligationModel, lay_out_obligation_table

ROWS_SHOWN = 6  # expanded, the group stays a strip under the main table (it scrolls for more)
QUIET_INK = QColor("#6d6d6d")


class QuietObligationModel(ObligationModel):
    """The same columns in grey, without the alarm colours: these are on record, not due today."""

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole:
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            return QUIET_INK
        return super().data(index, role)


class OlderObligations(QWidget):
    """Hidden while there is nothing older; collapsed until the clerk opens it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.toggle = QToolButton(self)
        self.toggle.setCheckable(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setAutoRaise(True)
        self.toggle.toggled.connect(self._set_expanded)
        self.hint = plain_label(self.tr("这些事项属于开始跟踪的年度之前（首选项 → 合规期限 → 跟踪范围），"
                                        "不作为逾期提醒，也不出现在启动提醒和导出的日历中。"), self)
        self.hint.setEnabled(False)
        self.model = QuietObligationModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toggle)
        layout.addWidget(self.hint)
        layout.addWidget(self.table)
        self._set_expanded(False)
        self.hide()

    def set_items(self, items: Iterable[dl.Obligation], today: _dt.date) -> None:
        items = list(items)
        self.model.set_items(items, today)
        self.toggle.setText(self.tr("更早的事项（不跟踪）%1 项").replace("%1", str(len(items))))
        self.setVisible(bool(items))
        if items:
            lay_out_obligation_table(self.table)
            rows = min(len(items), ROWS_SHOWN)
            header = self.table.horizontalHeader().height()
            self.table.setFixedHeight(header + rows * self.table.verticalHeader().defaultSectionSize() + 4)

    def is_expanded(self) -> bool:
        return self.toggle.isChecked()

    def _set_expanded(self, expanded: bool) -> None:
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow)
        self.hint.setVisible(expanded)
        self.table.setVisible(expanded)
