"""Edit → Trash: licenses moved to the trash, to bring back or (after a second question) remove for good."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QPushButton, QTableView, QVBoxLayout, QWidget,
)

from licdesk.ui.common.window_fit import closable, size_within_screen
from licdesk.store import LicenseSummary, Store, StoreError
from licdesk.ui.models.list_model import ListTableModel
from licdesk.ui.common.plain import ask_yes_no, plain_label, show_error

_Index = QModelIndex | QPersistentModelIndex


class TrashModel(ListTableModel):
    COLUMNS = (
        QT_TRANSLATE_NOOP("TrashModel", "编号"),
        QT_TRANSLATE_NOOP("TrashModel", "公司名称"),
        QT_TRANSLATE_NOOP("TrashModel", "有效期至"),
        QT_TRANSLATE_NOOP("TrashModel", "移入回收站的时间"),
    )

    def set_rows(self, rows: list[LicenseSummary]) -> None:
        self.set_items(rows)

    @property
    def rows(self) -> list[LicenseSummary]:
        return self.items

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self.items[index.row()]
        deleted = row.deleted_at.strftime("%Y-%m-%d %H:%M") if row.deleted_at else ""
        expiry = row.expiry_date.isoformat() if row.expiry_date else ""
        return (row.number, row.company, expiry, deleted)[index.column()]


class TrashDialog(QDialog):
    """Emits `restored(number)` for each license brought back to the library."""

    restored = Signal(str)
    purged = Signal(str)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("回收站"))
        hint = plain_label(self.tr("移到回收站的许可证不再出现在库中，但仍完整保存，可以随时恢复。"), self)
        self.model = TrashModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.empty = plain_label(self.tr("回收站是空的。"), self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setEnabled(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.view_button: QPushButton = buttons.addButton(self.tr("查看…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.view_button.clicked.connect(self.view_selected)
        self.table.doubleClicked.connect(lambda _index: self.view_selected())
        self.viewer: QDialog | None = None
        self.restore_button: QPushButton = buttons.addButton(self.tr("恢复"), QDialogButtonBox.ButtonRole.ActionRole)
        self.purge_button: QPushButton = buttons.addButton(self.tr("永久删除…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.clicked.connect(self.restore_selected)
        self.purge_button.clicked.connect(self.purge_selected)
        buttons.rejected.connect(self.reject)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        layout.addWidget(buttons)
        self.resize(720, 420)
        closable(self)
        self.reload()

    def reload(self) -> None:
        try:
            self.model.set_rows(self.store.list_trash())
        except StoreError as exc:
            show_error(self, self.tr("数据库问题"), str(exc))
        has_rows = self.model.rowCount() > 0
        self.table.setVisible(has_rows)
        self.empty.setVisible(not has_rows)
        if has_rows:
            self.table.selectRow(0)
        self._update_buttons()

    def _selected(self) -> LicenseSummary | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        has = self._selected() is not None
        self.view_button.setEnabled(has)
        self.restore_button.setEnabled(has)
        self.purge_button.setEnabled(has)

    def view_selected(self) -> QDialog | None:
        """The license in the trash as the desk shows it (certificate, annex, provisions), to decide on it."""
        chosen = self._selected()
        if chosen is None:
            return None
        try:
            lic = self.store.load(chosen.number, include_trash=True)
            findings = self.store.findings(lic) if lic is not None else []
        except StoreError as exc:
            show_error(self, self.tr("数据库问题"), str(exc))
            return None
        if lic is None:
            return None
        from licdesk.ui.panes.detail_area import DetailArea

        viewer = QDialog(self)
        viewer.setWindowTitle(self.tr("回收站中的许可证 %1").replace("%1", lic.number))
        detail = DetailArea(viewer)
        detail.show_license(lic, findings, self.store.audit(lic.number))
        layout = QVBoxLayout(viewer)
        layout.addWidget(detail)
        size_within_screen(viewer, 1200, 720)
        closable(viewer)
        viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        viewer.show()
        self.viewer = viewer
        return viewer

    def restore_selected(self) -> None:
        chosen = self._selected()
        if chosen is None:
            return
        try:
            self.store.undelete(chosen.number)
        except StoreError as exc:
            show_error(self, self.tr("无法恢复"), str(exc))
            return
        self.restored.emit(chosen.number)
        self.reload()

    def purge_selected(self) -> None:
        chosen = self._selected()
        if chosen is None:
            return
        question = self.tr("永久删除许可证 %1（%2）？\n此操作无法撤销；历史记录会保留。").replace(
            "%1", chosen.number).replace("%2", chosen.company)
        if not ask_yes_no(self, self.tr("永久删除"), question, self.tr("永久删除"), self.tr("取消")):
            return
        try:
            self.store.purge(chosen.number)
        except StoreError as exc:
            show_error(self, self.tr("无法删除"), str(exc))
            return
        self.purged.emit(chosen.number)
        self.reload()
