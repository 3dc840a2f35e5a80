"""An editable table of records (business types, websites, yearly records) with add / remove / move buttons.

It shows rows of text and reports what the clerk did; the owner turns that into an edit of the
license and hands the rows back.  Rows with findings are tinted and carry the message as tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QPushButton, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget,
)

from licdesk.domain.validation import Finding
from licdesk.ui.common.findings import describe, worst_level
from licdesk.ui.common.plain import tooltip
from licdesk.ui.common.status import FINDING_COLORS


class RecordTable(QWidget):
    cell_edited = Signal(int, int, str)  # row, column, new text
    add_requested = Signal(int)  # insert after this row (-1: at the end)
    remove_requested = Signal(int)
    move_requested = Signal(int, int)  # row, step (-1 up, +1 down)

    def __init__(self, columns: list[str], add_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, len(columns), self)
        self.table.setHorizontalHeaderLabels(columns)
        self.table.setWordWrap(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().sectionResized.connect(lambda *_: self.table.resizeRowsToContents())
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.itemChanged.connect(self._item_changed)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.add_button = QPushButton(add_text, self)
        self.remove_button = QPushButton(self.tr("删除"), self)
        self.up_button = QPushButton(self.tr("上移"), self)
        self.down_button = QPushButton(self.tr("下移"), self)
        self.add_button.clicked.connect(lambda: self.add_requested.emit(self.current_row()))
        self.remove_button.clicked.connect(lambda: self._emit_for_current(self.remove_requested.emit))
        self.up_button.clicked.connect(lambda: self._emit_for_current(lambda row: self.move_requested.emit(row, -1)))
        self.down_button.clicked.connect(lambda: self._emit_for_current(lambda row: self.move_requested.emit(row, 1)))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._filling = False
        self._update_buttons()

    # -- showing -----------------------------------------------------------------------------
    def rows(self) -> list[list[str]]:
        return [[(self.table.item(r, c).text() if self.table.item(r, c) else "")
                 for c in range(self.table.columnCount())] for r in range(self.table.rowCount())]

    def set_rows(self, rows: list[list[str]], findings: list[list[Finding]] | None = None,
                 select: int | None = None) -> None:
        """Show `rows`; leaves the table alone when it already shows them (a cell may be in edit)."""
        findings = findings or [[] for _ in rows]
        if rows != self.rows():
            keep = self.current_row() if select is None else select
            self._filling = True
            self.table.setRowCount(len(rows))
            for r, values in enumerate(rows):
                for c, value in enumerate(values):
                    item = self.table.item(r, c)
                    if item is None:
                        self.table.setItem(r, c, QTableWidgetItem(value))
                    elif item.text() != value:
                        item.setText(value)
            self._filling = False
            if 0 <= keep < len(rows):
                self.select_row(keep)
            elif rows:
                self.select_row(len(rows) - 1)
        elif select is not None and 0 <= select < len(rows):
            self.select_row(select)
        self._show_findings(findings)
        self._update_buttons()

    def _show_findings(self, findings: list[list[Finding]]) -> None:
        self._filling = True
        for r in range(self.table.rowCount()):
            row_findings = findings[r] if r < len(findings) else []
            level = worst_level(row_findings)
            color = QColor(FINDING_COLORS[level]) if level else None
            if color is not None:
                color.setAlpha(40)
            for c in range(self.table.columnCount()):
                item = self.table.item(r, c)
                if item is None:
                    continue
                item.setBackground(color if color is not None else QColor(0, 0, 0, 0))
                item.setToolTip(tooltip(describe(row_findings)) if row_findings else "")
        self._filling = False

    def resizeEvent(self, event) -> None:  # noqa: ANN001
        super().resizeEvent(event)
        self.table.resizeRowsToContents()  # wrapped cells follow the column widths

    def showEvent(self, event) -> None:  # noqa: ANN001
        super().showEvent(event)
        self.table.resizeRowsToContents()

    def select_row(self, row: int) -> None:
        """Select `row`, staying in the current column, and leave the cell alone when it is already current.

        The rows come back after every edit, while the edited cell's editor is still closing: moving the
        current cell then (QTableView.selectRow goes to column 0) sent Tab from the second column back to
        the second column, and each later value one column to the left.
        """
        current = self.table.currentIndex()
        if current.isValid() and current.row() == row and self.current_row() == row:
            return
        column = current.column() if current.isValid() else 0
        self.table.setCurrentIndex(self.table.model().index(row, column))

    # -- what the clerk did ------------------------------------------------------------------
    def current_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def _emit_for_current(self, emit) -> None:  # noqa: ANN001
        row = self.current_row()
        if row >= 0:
            emit(row)

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if not self._filling:
            self.cell_edited.emit(item.row(), item.column(), item.text())

    def _update_buttons(self) -> None:
        row = self.current_row()
        self.remove_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < self.table.rowCount() - 1)
        self.table.resizeRowsToContents()
