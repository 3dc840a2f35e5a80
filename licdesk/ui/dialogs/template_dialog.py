"""New license from the clauses of one already in the library that has the same business types.

Clause text is legal text: it is copied from a license the clerk holds, never made up by licdesk.
"""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QListWidget, QListWidgetItem, QVBoxLayout, QWidget,
)

from licdesk.domain.model import License, Service
from licdesk.store import StoreError
from licdesk.ui.common.plain import plain_label, show_error


def draft_from(source: License) -> License:
    """A new, numberless license with the source's provisions and its business types (no company data)."""
    return License(
        number="",
        title=source.title,
        services=[Service(s.name, coverage=s.coverage) for s in source.services],
        issuer=source.issuer,
        annex_heading=source.annex_heading,
        provisions_intro=source.provisions_intro,
        clauses=copy.deepcopy(source.clauses),
    )


class TemplateDialog(QDialog):
    def __init__(self, store: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("从已有许可证的条款新建"))
        self.resize(640, 460)
        try:
            self.summaries = store.summaries(order_by="number")
        except StoreError as exc:
            show_error(self, self.tr("数据库问题"), str(exc))
            self.summaries = []
        self.kinds = QComboBox(self)
        for categories in sorted({tuple(s.categories) for s in self.summaries if s.categories}):
            self.kinds.addItem("、".join(categories), categories)
        self.kinds.currentIndexChanged.connect(self._fill)
        self.list = QListWidget(self)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        form = QFormLayout()
        form.addRow(self.tr("业务类别："), self.kinds)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("新建"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(self.tr(
            "新许可证将沿用所选许可证的特别规定事项和业务种类；编号、公司名称、日期和网站请照新证填写。"), self))
        layout.addLayout(form)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self._fill()

    def _fill(self) -> None:
        self.list.clear()
        wanted = self.kinds.currentData()
        for summary in self.summaries:
            if tuple(summary.categories) != wanted:
                continue
            item = QListWidgetItem(f"{summary.number}  {summary.company}")
            item.setData(Qt.ItemDataRole.UserRole, summary.number)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)

    def chosen_number(self) -> str | None:
        item = self.list.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def draft(self) -> License | None:
        number = self.chosen_number()
        if number is None:
            return None
        try:
            source = self.store.load(number)
        except StoreError as exc:
            show_error(self, self.tr("数据库问题"), str(exc))
            return None
        return draft_from(source) if source is not None else None
