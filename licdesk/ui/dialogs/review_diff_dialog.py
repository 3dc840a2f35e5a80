"""What changed in the review between two rounds of a license, clause by clause."""

from __future__ import annotations

import datetime as _dt
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from licdesk.ui.common.window_fit import closable, size_within_screen
from licdesk.domain import review as rv
from licdesk.domain.model import License
from licdesk.ui.common.findings import interface_language
from licdesk.ui.common.plain import plain_label


class ReviewDiffDialog(QDialog):
    def __init__(self, lic: License, older: rv.ReviewRound, newer: rv.ReviewRound,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("与上一轮比较"))
        size_within_screen(self, 900, 480)
        closable(self)
        self.changes = rv.diff_rounds(lic, older, newer)
        heading = self.tr("%1 → %2：%3 条有变化").replace("%1", older.started.date().isoformat()) \
            .replace("%2", newer.started.date().isoformat()).replace("%3", str(len(self.changes)))
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("条款"), self.tr("项目"), self.tr("上一轮"), self.tr("本轮")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for change in self.changes:
            if change.text_changed:
                self._add(change.label, self.tr("条款文字"), self.tr("（旧文字）"), self.tr("已变化，需重新审查"))
            for name, before, after in change.changes:
                self._add(change.label, self._field(name), self._shown(name, before), self._shown(name, after))
        self.table.resizeRowsToContents()
        if not self.changes:
            heading += "\n" + self.tr("两轮的审查结果相同。")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(heading))
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    def _add(self, *texts: str) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, text in enumerate(texts):
            self.table.setItem(row, column, QTableWidgetItem(text))

    def _field(self, name: str) -> str:
        return {"status": self.tr("状态"), "note": self.tr("说明"), "responsible": self.tr("负责人"),
                "due": self.tr("整改期限"), "evidence": self.tr("证据")}.get(name, name)

    def _shown(self, name: str, value: Any) -> str:
        if value in (None, "", ()):
            return self.tr("（空）")
        if name == "status":
            return rv.status_name(str(value), interface_language())
        if isinstance(value, _dt.date):
            return value.isoformat()
        if isinstance(value, tuple):
            return self.tr("%1 个附件").replace("%1", str(len(value)))
        return str(value)
