"""历史: what happened to the license — imported, changed (field by field), trashed, restored, closed, reopened."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QHeaderView, QPushButton, QTableView, QVBoxLayout, QWidget

from licdesk.domain import closure as cl
from licdesk.domain.closure import Closure
from licdesk.store.audit import summary_in
from licdesk.ui.common.findings import interface_language
from licdesk.ui.models.list_model import ListTableModel
from licdesk.ui.common.plain import plain_label, tooltip

_Index = QModelIndex | QPersistentModelIndex

_ACTIONS = {
    "create": QT_TRANSLATE_NOOP("HistoryModel", "录入"),
    # A new version over the stored one: an edit, a record added, or an import with changes.
    "replace": QT_TRANSLATE_NOOP("HistoryModel", "修改"),
    "delete": QT_TRANSLATE_NOOP("HistoryModel", "移到回收站"),
    "undelete": QT_TRANSLATE_NOOP("HistoryModel", "恢复"),
    "purge": QT_TRANSLATE_NOOP("HistoryModel", "永久删除"),
    "attach": QT_TRANSLATE_NOOP("HistoryModel", "添加附件"),
    "detach": QT_TRANSLATE_NOOP("HistoryModel", "删除附件"),
    "close": QT_TRANSLATE_NOOP("HistoryModel", "关闭许可证"),
    "reopen": QT_TRANSLATE_NOOP("HistoryModel", "重新启用"),
}
_FIELDS = {
    "company": QT_TRANSLATE_NOOP("HistoryModel", "公司名称"),
    "legal_representative": QT_TRANSLATE_NOOP("HistoryModel", "法定代表人"),
    "issuer": QT_TRANSLATE_NOOP("HistoryModel", "发证机关"),
    "issue_date": QT_TRANSLATE_NOOP("HistoryModel", "发证日期"),
    "expiry_date": QT_TRANSLATE_NOOP("HistoryModel", "有效期至"),
    "title": QT_TRANSLATE_NOOP("HistoryModel", "许可证标题"),
    "preamble": QT_TRANSLATE_NOOP("HistoryModel", "正文"),
    "services": QT_TRANSLATE_NOOP("HistoryModel", "业务种类"),
    "annex": QT_TRANSLATE_NOOP("HistoryModel", "附页网站"),
    "clauses": QT_TRANSLATE_NOOP("HistoryModel", "特别规定事项"),
    "inspections": QT_TRANSLATE_NOOP("HistoryModel", "年检/年报"),
    "events": QT_TRANSLATE_NOOP("HistoryModel", "事项记录"),
    "warnings": QT_TRANSLATE_NOOP("HistoryModel", "读取提示"),
    "annex_heading": QT_TRANSLATE_NOOP("HistoryModel", "附页标题"),
    "provisions_intro": QT_TRANSLATE_NOOP("HistoryModel", "特别规定事项引言"),
    "attachments": QT_TRANSLATE_NOOP("HistoryModel", "附件"),
    "closure": QT_TRANSLATE_NOOP("HistoryModel", "关闭"),
}


class HistoryModel(ListTableModel):
    COLUMNS = (QT_TRANSLATE_NOOP("HistoryModel", "时间"), QT_TRANSLATE_NOOP("HistoryModel", "操作"),
               QT_TRANSLATE_NOOP("HistoryModel", "变更内容"))

    def set_entries(self, entries: list[Any]) -> None:
        self._texts: dict[tuple[int, int], str] = {}
        self.set_items(sorted(entries, key=lambda e: e.at, reverse=True))  # AuditEntry, newest first

    def _text(self, row: int, column: int) -> str:
        # Qt asks each cell for many roles (and sizing the rows asks every cell): worded once per cell.
        texts = self.__dict__.setdefault("_texts", {})
        key = (row, column)
        if key not in texts:
            texts[key] = self._worded(row, column)
        return texts[key]

    def _worded(self, row: int, column: int) -> str:
        entry = self.items[row]
        if column == 0:
            return entry.at.astimezone().strftime("%Y-%m-%d %H:%M")
        if column == 1:
            if entry.action == "replace" and not entry.field:
                return self.tr("重新导入")  # saved again with nothing changed: only an import does that
            return self.tr(_ACTIONS.get(entry.action, entry.action))
        if not entry.field:
            return self.tr("内容没有变化") if entry.action == "replace" else ""
        if entry.field == "closure":
            return self._closure_text(entry)
        field = self.tr(_FIELDS.get(entry.field, entry.field))
        if entry.old is None and entry.new is None:
            return field
        empty = self.tr("（空）")
        language = interface_language()
        old, new = (summary_in(entry.field, value, language) for value in (entry.old, entry.new))
        return self.tr("%1：%2 → %3").replace("%1", field).replace("%2", old or empty).replace("%3", new or empty)

    def _closure_text(self, entry: Any) -> str:
        """A closing or reopening in the interface's words (the entry holds the closing as a record)."""
        from licdesk.store.closures import from_record

        before, after = from_record(entry.number, entry.old), from_record(entry.number, entry.new)
        if entry.action == "reopen":
            return self.tr("撤销关闭（%1）").replace("%1", self._closing_words(before))
        if before is not None:
            return self.tr("%1 → %2").replace("%1", self._closing_words(before)).replace(
                "%2", self._closing_words(after))
        return self._closing_words(after)

    def _closing_words(self, closure: Closure | None) -> str:
        if closure is None:
            return self.tr("（空）")
        day = closure.closed_on.isoformat()
        text = {
            cl.NOT_CONTINUING: self.tr("%1 起不再续办"),
            cl.CANCELLED: self.tr("%1 注销"),
            cl.REPLACED: self.tr("%1 换发新证"),
        }.get(closure.kind, closure.kind).replace("%1", day)
        if closure.replaced_by:
            text += self.tr("（新证 %1）").replace("%1", closure.replaced_by)
        if closure.settles_open:
            text += self.tr("；此前未完成的事项一并免除")
        if closure.note:
            text += self.tr("；备注：%1").replace("%1", closure.note)
        return text

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        text = self._text(index.row(), index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            # Long values (a whole clause list) show their start; the tooltip has them whole.
            return text if len(text) <= 160 else text[:160] + "…"
        if role == Qt.ItemDataRole.ToolTipRole and len(text) > 160:
            return tooltip(text)
        return None


class HistoryPane(QWidget):
    compare_requested = Signal()  # compare the license with an earlier version of itself

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = HistoryModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setWordWrap(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        for column in range(2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        note = plain_label(self.tr("每次导入、修改、移到回收站和恢复都记录在此；每个保存过的版本都留有完整副本。"), self)
        note.setEnabled(False)
        self.compare_button = QPushButton(self.tr("与早先版本比较…"), self)
        self.compare_button.clicked.connect(lambda: self.compare_requested.emit())
        # The button above the note, each on its own line: the pane sits in the narrow column of the desk.
        button_row = QHBoxLayout()
        button_row.addStretch(1)
        button_row.addWidget(self.compare_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.table, 1)
        layout.addLayout(button_row)
        layout.addWidget(note)

    def show_entries(self, entries: list[Any]) -> None:
        self.model.set_entries(entries)
        self.table.resizeRowsToContents()
