"""年检/年报 records: the years with kind, result, authority and stamp date."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QModelIndex, QObject, QPersistentModelIndex, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QHBoxLayout, QHeaderView, QPushButton, QStyle, QTableView, QVBoxLayout, QWidget,
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
        # The columns follow the width of the table's viewport, which is set after this pane's and the
        # table's own resize (a pane first built in a tab on screen kept columns fitted to no width).
        self.table.viewport().installEventFilter(self)
        self.table.setWordWrap(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Columns share the pane's width (fit_columns); what does not fit on one line wraps.
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
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
        fit_columns(self.table)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            fit_columns(self.table)
        return super().eventFilter(watched, event)

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


# Runs of letters and digits a line cannot break inside (CJK text breaks between any two characters).
_UNBREAKABLE = re.compile(r"[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]+")
_CELL_PADDING = 8
_SHORT_WORD = 4


def _least_width(table: QTableView, column: int) -> int:
    """The longest word of the header (which wraps between words) or unbreakable piece of any cell."""
    header = table.horizontalHeader()
    metrics = table.fontMetrics()
    caption = str(table.model().headerData(column, Qt.Orientation.Horizontal) or "")
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    least = max(header.fontMetrics().horizontalAdvance(word) for word in caption.split() or [""]) + 2 * margin + 2
    model = table.model()
    for row in range(model.rowCount()):
        text = str(model.index(row, column).data() or "")
        pieces = []
        for word in text.split():  # a short word (年检, 合格) is read whole; a long one breaks where Qt may
            pieces += [word] if len(word) <= _SHORT_WORD else (_UNBREAKABLE.findall(word) or [word[:1]])
        pieces = pieces or [""]
        least = max(least, max(metrics.horizontalAdvance(p) for p in pieces) + _CELL_PADDING)
    return least


def fit_columns(table: QTableView) -> None:
    """Every column whole when the width allows; else each gives up the same share of what it could
    spare (its text wraps, never inside a word), so that nothing is cut off at the right."""
    header = table.horizontalHeader()
    count = header.count()
    if not count:
        return
    natural = [max(table.sizeHintForColumn(c), header.sectionSizeHint(c)) for c in range(count)]
    least = [min(_least_width(table, c), natural[c]) for c in range(count)]
    available = table.viewport().width()
    if sum(natural) <= available:
        widths = natural
        widths[-1] += available - sum(natural)  # the authority, often with a note, takes the spare room
    else:
        spare = sum(natural) - sum(least)
        keep = max(0.0, (available - sum(least)) / spare) if spare else 0.0
        widths = [lo + int((nat - lo) * keep) for nat, lo in zip(natural, least)]
        if sum(widths) > available:  # narrower still: the columns stay in view, a long word breaks
            widths = [w * available // sum(widths) for w in widths]
    for column, width in enumerate(widths):
        header.resizeSection(column, width)
    _fit_header_height(table, widths)
    table.resizeRowsToContents()


def _fit_header_height(table: QTableView, widths: list[int]) -> None:
    """A caption wrapped onto two lines gets the height of two."""
    header = table.horizontalHeader()
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    flags = int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
    tallest = max(header.fontMetrics().boundingRect(
        QRect(0, 0, max(1, width - 2 * margin), 10000), flags,
        str(table.model().headerData(column, Qt.Orientation.Horizontal) or "")).height()
        for column, width in enumerate(widths))
    header.setMinimumHeight(tallest + 2 * margin + 4)
