"""年检/年报 records: the years with kind, result, authority and stamp date."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QHBoxLayout, QHeaderView, QPushButton, QTableView, QVBoxLayout, QWidget,
)

from licdesk.domain.dates import format_cn_date
from licdesk.domain.model import ANNUAL_REPORT, Inspection, License
from licdesk.ui.models.list_model import ListTableModel
from licdesk.ui.common.plain import plain_label, show_error
from licdesk.ui.common.record_results import result_name

if TYPE_CHECKING:
    from licdesk.ui.session import DeskSession

_Index = QModelIndex | QPersistentModelIndex


class InspectionsModel(ListTableModel):
    # A note, when there is one, goes under the authority.
    COLUMNS = (QT_TRANSLATE_NOOP("InspectionsModel", "年度"), QT_TRANSLATE_NOOP("InspectionsModel", "类别"),
               QT_TRANSLATE_NOOP("InspectionsModel", "结果"), QT_TRANSLATE_NOOP("InspectionsModel", "日期"),
               QT_TRANSLATE_NOOP("InspectionsModel", "盖章机关"))

    def set_records(self, records: list[Inspection]) -> None:
        self.set_items(sorted(records, key=lambda r: r.year))

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record = self.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            authority = record.authority or self.tr("发证机关")
            return (
                self.tr("%1 年度").replace("%1", str(record.year)),
                self.tr("年报") if record.kind == ANNUAL_REPORT else self.tr("年检"),
                result_name(record.result),
                format_cn_date(record.date),
                f"{authority}\n{record.note}" if record.note else authority,
            )[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (0, 1, 2, 3):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


class InspectionsPane(QWidget):
    """The records of the license shown; with a session, a record can be added without the editor."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session: DeskSession | None = None
        self.license: License | None = None
        self.model = InspectionsModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setWordWrap(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.empty = plain_label(self.tr("没有年检/年报记录。2017 年起年检改为年报，可在此记录每年的报送。"), self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setEnabled(False)
        self.add_button = QPushButton(self.tr("添加记录…"), self)
        self.add_button.setToolTip(self.tr("记录一年的年报报送或年检结果"))
        self.add_button.clicked.connect(self.add_record)
        self.add_button.hide()  # shown once a session lets the pane write
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        layout.addLayout(buttons)
        self.show_license(None)

    def set_session(self, session: DeskSession) -> None:
        self.session = session
        self.add_button.show()
        self._update_button()

    def show_license(self, lic: License | None) -> None:
        self.license = lic
        records = lic.inspections if lic else []
        self.model.set_records(records)
        self.table.setVisible(bool(records))
        self.empty.setVisible(lic is not None and not records)
        self._update_button()

    def _update_button(self) -> None:
        writable = self.session is not None and self.session.is_open and not self.session.read_only
        self.add_button.setEnabled(writable and self.license is not None and bool(self.license.number))
        self.add_button.setToolTip(self.tr("记录一年的年报报送或年检结果") if writable or self.session is None
                                   else self.tr("资料库以只读方式打开，不能添加记录"))

    # -- adding a record -------------------------------------------------------------------------
    def add_record(self) -> bool:
        """Ask for a record and save it as one write; True when it was saved."""
        session, lic = self.session, self.license
        if session is None or lic is None or session.read_only:
            return False
        from licdesk.services.records import add_record
        from licdesk.store import ConflictError, StoreError
        from licdesk.ui.dialogs.record_dialog import RecordDialog

        dialog = RecordDialog(lic.number, lic.inspections, session.today(), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        record, number = dialog.record(), lic.number
        title = self.tr("记录未保存")
        try:
            added = add_record(session.store, number, record)
        except ConflictError:
            show_error(self, title, self.tr("许可证 %1 刚刚在别处被修改过，记录未保存。请查看最新内容后再添加。")
                       .replace("%1", number))
            session.saved(number, list_changed=False)  # show what is stored now
            return False
        except StoreError as exc:
            show_error(self, title, str(exc))
            return False
        if not added:
            show_error(self, title, self.tr("许可证 %1 已不在库中（可能已被删除）。").replace("%1", number))
            session.removed(number)
            return False
        session.saved(number)  # the panes, the list and the deadlines (annual reports) follow
        return True
