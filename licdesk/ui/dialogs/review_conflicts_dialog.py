"""Merge conflicts of review packages, shown side by side for a person to choose: ours or the package's."""

from __future__ import annotations

import datetime as _dt
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QPushButton, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget,
)

from licdesk.ui.common.window_fit import closable, size_within_screen
from licdesk.domain import review as rv
from licdesk.store import StoreError
from licdesk.store import review as store_review
from licdesk.ui.common.findings import interface_language
from licdesk.ui.common.plain import plain_label

class ReviewConflictsDialog(QDialog):
    """Both sides changed the same field of a clause's review: this database's value was kept; choose."""

    def __init__(self, store: Any, parent: QWidget | None = None, *, by: str = "") -> None:
        super().__init__(parent)
        self.store = store
        self.by = by
        self.setWindowTitle(self.tr("审查合并冲突"))
        size_within_screen(self, 900, 420)
        closable(self)
        self.explanation = plain_label(self.tr(
            "以下各项在本库和审查包中都被修改过，内容不同。目前保留的是本库的内容；请逐项选择保留哪一方。"))
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([self.tr("许可证"), self.tr("条款"), self.tr("项目"),
                                              self.tr("本库"), self.tr("审查包")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.keep_ours_button = QPushButton(self.tr("保留本库的"))
        self.take_theirs_button = QPushButton(self.tr("采用审查包的"))
        self.keep_ours_button.clicked.connect(lambda: self.resolve_selected("ours"))
        self.take_theirs_button.clicked.connect(lambda: self.resolve_selected("theirs"))
        self.message_label = plain_label()
        choices = QHBoxLayout()
        choices.addWidget(self.keep_ours_button)
        choices.addWidget(self.take_theirs_button)
        choices.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.table, 1)
        layout.addLayout(choices)
        layout.addWidget(self.message_label)
        layout.addWidget(close)
        self.reload()

    def field_name(self, field: str) -> str:
        names = {"status": self.tr("状态"), "note": self.tr("说明"), "responsible": self.tr("负责人"),
                 "due": self.tr("整改期限"), "evidence": self.tr("证据")}
        return names.get(field, field)

    def shown(self, field: str, value: object) -> str:
        """A conflicting value as the clerk reads it."""
        if value in (None, "", ()):
            return self.tr("（空）")
        if field == "status":
            return rv.status_name(str(value), interface_language())
        if isinstance(value, _dt.date):
            return value.isoformat()
        if isinstance(value, tuple):
            return self.tr("%1 个附件").replace("%1", str(len(value)))
        return str(value)

    def reload(self) -> None:
        self.waiting = store_review.conflicts(self.store)
        self.table.setRowCount(len(self.waiting))
        labels: dict[str, dict[str, str]] = {}
        for row, stored in enumerate(self.waiting):
            c = stored.conflict
            if stored.number not in labels:
                lic = self.store.load(stored.number)
                labels[stored.number] = {i.key: rv.full_label(lic, i) for i in rv.review_items(lic)} if lic else {}
            clause = labels[stored.number].get(c.clause_key, c.clause_key)
            theirs = self.shown(c.field, c.theirs)
            if c.theirs_by:
                theirs += "\n" + self.tr("（%1）").replace("%1", c.theirs_by)
            for column, text in enumerate((stored.number, clause, self.field_name(c.field),
                                           self.shown(c.field, c.ours), theirs)):
                self.table.setItem(row, column, QTableWidgetItem(text))  # items show plain text
        self.table.resizeRowsToContents()
        if self.waiting:
            self.table.selectRow(0)
        else:
            self.message_label.setText(self.tr("没有待解决的冲突"))
        readonly = bool(getattr(self.store, "readonly", False))
        self.keep_ours_button.setEnabled(bool(self.waiting) and not readonly)
        self.take_theirs_button.setEnabled(bool(self.waiting) and not readonly)

    def resolve_selected(self, choice: str) -> None:
        row = self.table.currentRow()
        if row < 0 or row >= len(self.waiting):
            return
        try:
            store_review.resolve_conflict(self.store, self.waiting[row].id, choice, by=self.by)
        except StoreError as exc:
            self.message_label.setText(str(exc))
            return
        self.reload()
