"""The "what is due" overview: every open duty of the library in three groups (本月到期, 未来90天,
已逾期), each row a license, its company, what is due, the date and the days left or overdue.

Double-clicking a row asks the desk to show that license (`open_requested`); the clerk can print the
overview (a PDF in the print preview) and save it as Excel or CSV.  The rows come from
licdesk.services.due_overview, which takes them from the one obligations list, so they agree with
the Deadlines page; the window reads the session's store again whenever the session says it changed.
"""

from __future__ import annotations

import datetime as _dt
from typing import Any, Callable

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QShowEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from licdesk.domain import deadlines as dl
from licdesk.services.due_overview import GROUPS, NEXT_90_DAYS, OVERDUE, THIS_MONTH, DueOverview, due_overview
from licdesk.ui import settings as options
from licdesk.ui.common.file_dialogs import remember, start_in
from licdesk.ui.common.findings import interface_language
from licdesk.ui.common.plain import tooltip
from licdesk.ui.common.window_fit import closable, size_within_screen
from licdesk.ui.common.wrapping_delegate import WrappingDelegate
from licdesk.ui.deadlines.holiday_choice import desk_holidays
from licdesk.ui.deadlines.obligation_model import (
    ObligationModel,
    date_text,
    days_left_text,
    obligation_title,
    status_colors,
)
from licdesk.ui.session import DeskSession

ObligationItemRole = Qt.ItemDataRole.UserRole + 1
_GROUP_COLOURS = {OVERDUE: "#b71c1c", THIS_MONTH: "#8a5300", NEXT_90_DAYS: "#1f2937"}


class DueOverviewWindow(QWidget):
    """What is due this month, in the next 90 days, and what is overdue, in one window."""

    open_requested = Signal(str)  # the number of the license the clerk double-clicked

    NUMBER, COMPANY, TITLE, DUE, LEFT = range(5)

    def __init__(self, session: DeskSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._overview = DueOverview(session.today())
        self._refresh_due = False
        self.setWindowTitle(self.tr("到期一览 — licdesk"))
        self._describer = ObligationModel(self)  # the Deadlines page's words for one obligation's detail

        title = QLabel(self.tr("到期一览"))
        heading = QFont(title.font())
        heading.setPointSizeF(heading.pointSizeF() * 1.35)
        heading.setBold(True)
        title.setFont(heading)
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)

        self.model = QStandardItemModel(self)
        self.model.setHorizontalHeaderLabels([self.tr("许可证编号"), self.tr("公司"), self.tr("到期事项"),
                                              self.tr("截止日期"), self.tr("剩余或逾期")])
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # What is due and the company read in full: their columns wrap and the rows grow to hold them.
        self.tree.setItemDelegateForColumn(self.TITLE, WrappingDelegate(self.tree))
        self.tree.setItemDelegateForColumn(self.COMPANY, WrappingDelegate(self.tree))
        header = self.tree.header()
        header.setStretchLastSection(False)
        for column, width in ((self.NUMBER, 170), (self.COMPANY, 220), (self.DUE, 130), (self.LEFT, 110)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.tree.setColumnWidth(column, width)
        header.setSectionResizeMode(self.TITLE, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(self._relayout)
        self.tree.doubleClicked.connect(self._open_row)

        hint = QLabel(self.tr("双击一行，在主窗口中打开该许可证。"))
        hint.setStyleSheet("color: #555;")
        self.print_button = QPushButton(self.tr("打印…"))
        self.print_button.setToolTip(self.tr("预览并打印到期一览，也可以另存为 PDF"))
        self.xlsx_button = QPushButton(self.tr("导出 Excel…"))
        self.csv_button = QPushButton(self.tr("导出 CSV…"))
        self.refresh_button = QPushButton(self.tr("刷新"))
        self.close_button = QPushButton(self.tr("关闭"))
        buttons = QHBoxLayout()
        buttons.addWidget(hint, 1)
        for button in (self.print_button, self.xlsx_button, self.csv_button, self.refresh_button, self.close_button):
            buttons.addWidget(button)
        self.print_button.clicked.connect(self.print_preview)
        self.xlsx_button.clicked.connect(self._ask_export_xlsx)
        self.csv_button.clicked.connect(self._ask_export_csv)
        self.refresh_button.clicked.connect(self.refresh)
        self.close_button.clicked.connect(self.close)

        top = QHBoxLayout()
        top.addWidget(title)
        top.addSpacing(16)
        top.addWidget(self.summary, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)

        size_within_screen(self, 1100, 640)
        closable(self)
        self.preview: QWidget | None = None
        # Bound methods, not lambdas: Qt drops them with the window.
        session.licenses_changed.connect(self._refresh_soon)
        session.license_changed.connect(self._number_changed)
        session.reviews_changed.connect(self._number_changed)
        session.store_replaced.connect(self._refresh_soon)
        session.settings.changed.connect(self._setting_changed)
        self.refresh()

    def _relayout(self, *_: object) -> None:
        self.tree.scheduleDelayedItemsLayout()  # wrapped rows measured again at their new width

    # -- data --------------------------------------------------------------------------------
    def overview(self) -> DueOverview:
        return self._overview

    def _number_changed(self, _number: str) -> None:
        self._refresh_soon()

    def _setting_changed(self, key: str) -> None:
        if key in (options.DEADLINE_WINDOW_DAYS.key, options.HOLIDAY_TABLE.key):
            self._refresh_soon()

    def _refresh_soon(self) -> None:
        """One save says several things: read the store again once, after all of them."""
        if not self._refresh_due:
            self._refresh_due = True
            QTimer.singleShot(0, self, self._refresh_if_shown)

    def _refresh_if_shown(self) -> None:
        self._refresh_due = False
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._overview.today != self.session.today() or self._refresh_due:
            self.refresh()

    def refresh(self) -> None:
        """Read the store again (a locked or damaged file is said in a message, the list kept)."""
        from licdesk.store import StoreError

        if not self.session.is_open:
            return
        today = self.session.today()
        try:
            settings = self.session.settings
            overview = due_overview(self.session.store, today, settings.get(options.DEADLINE_WINDOW_DAYS),
                                    desk_holidays(settings))
        except StoreError as exc:
            QMessageBox.warning(self, self.tr("无法读取"), str(exc))
            return
        self._overview = overview
        self._describer.set_items([], today)
        self._fill(overview)

    def _fill(self, overview: DueOverview) -> None:
        self.model.removeRows(0, self.model.rowCount())
        names = {THIS_MONTH: self.tr("本月到期"), NEXT_90_DAYS: self.tr("未来90天"), OVERDUE: self.tr("已逾期")}
        bold = QFont(self.font())
        bold.setBold(True)
        for group in GROUPS:
            items = overview.groups.get(group, [])
            head = QStandardItem(self.tr("%1（%2 项）").replace("%1", names[group]).replace("%2", str(len(items))))
            head.setFont(bold)
            head.setForeground(QBrush(QColor(_GROUP_COLOURS[group])))
            head.setSelectable(False)
            for item in items:
                head.appendRow(self._row(item, overview.today))
            if not items:
                empty = QStandardItem(self.tr("无"))
                empty.setEnabled(False)
                head.appendRow(empty)
            self.model.appendRow(head)
            self.tree.setFirstColumnSpanned(self.model.rowCount() - 1, QModelIndex(), True)
            if not items:
                self.tree.setFirstColumnSpanned(0, head.index(), True)
        self.tree.expandAll()
        for column in (self.NUMBER, self.DUE, self.LEFT):  # short values: shown whole in either language
            self.tree.resizeColumnToContents(column)
        # A company's name on one line when it is of the usual length; a longer one wraps.
        metrics = self.tree.fontMetrics()
        names = [metrics.horizontalAdvance(item.company) for group in overview.groups.values() for item in group]
        self.tree.setColumnWidth(self.COMPANY, min(max([220, *names]) + 16, 320))
        self.summary.setText(self.tr("截至 %1：已逾期 %2 项 · 本月到期 %3 项 · 未来90天 %4 项")
                             .replace("%1", date_text(overview.today)).replace("%2", str(overview.count(OVERDUE)))
                             .replace("%3", str(overview.count(THIS_MONTH)))
                             .replace("%4", str(overview.count(NEXT_90_DAYS))))
        color = "#b71c1c" if overview.count(OVERDUE) else "#8a5300" if overview.count(THIS_MONTH) else "#2e7d32"
        self.summary.setStyleSheet(f"color: {color};")

    def _row(self, item: dl.Obligation, today: _dt.date) -> list[QStandardItem]:
        texts = (item.number, item.company, obligation_title(item), date_text(item.due), days_left_text(item, today))
        detail = tooltip(self._describer.describe(item))  # the rule and the calendar are here, not in a column
        _, colour = status_colors(item.status)
        cells = []
        for text in texts:
            cell = QStandardItem(text)
            cell.setToolTip(detail)
            cell.setData(item, ObligationItemRole)
            if item.status == dl.OVERDUE:
                cell.setForeground(QBrush(colour))
            cells.append(cell)
        return cells

    def obligation_at(self, index: QModelIndex) -> dl.Obligation | None:
        found = index.siblingAtColumn(0).data(ObligationItemRole) if index.isValid() else None
        return found if isinstance(found, dl.Obligation) else None

    def group_rows(self, group: str) -> list[list[str]]:
        """The texts of one group's rows, as shown (for a reader of the window, and its tests)."""
        parent = self.model.index(GROUPS.index(group), 0)
        return [[str(self.model.index(row, column, parent).data() or "") for column in range(self.model.columnCount())]
                for row in range(self.model.rowCount(parent))
                if self.obligation_at(self.model.index(row, 0, parent)) is not None]

    def _open_row(self, index: QModelIndex) -> None:
        item = self.obligation_at(index)
        if item is not None:
            self.open_requested.emit(item.number)

    # -- printing and files ------------------------------------------------------------------------
    def print_preview(self) -> QWidget:
        """The overview as a PDF in the print preview (print it, or save it as PDF from there)."""
        from licdesk.pdf.due_overview import render_due_overview
        from licdesk.ui.dialogs.pdf_preview import PdfPreviewDialog

        result = render_due_overview(self._overview, interface_language())
        name = self.tr("到期一览")
        dialog = PdfPreviewDialog(result.pdf, name, self, warnings=result.warnings,
                                  file_name=f"{name}-{self._overview.today.isoformat()}.pdf")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.preview = dialog
        return dialog

    def _ask_export_xlsx(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("导出 Excel"), start_in(self.tr("到期一览.xlsx")),
                                              self.tr("Excel 工作簿 (*.xlsx)"))
        remember(path)
        if path:
            self.export_xlsx(path)

    def _ask_export_csv(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("导出 CSV"), start_in(self.tr("到期一览.csv")),
                                              self.tr("CSV 文件 (*.csv)"))
        remember(path)
        if path:
            self.export_csv(path)

    def export_xlsx(self, path: str) -> bool:
        from licdesk.exports.due_overview import write_overview_xlsx

        return self._export(lambda: write_overview_xlsx(self._overview, path, interface_language()), path)

    def export_csv(self, path: str) -> bool:
        from licdesk.exports.due_overview import write_overview_csv

        return self._export(lambda: write_overview_csv(self._overview, path, interface_language()), path)

    def _export(self, write: Callable[[], Any], path: str) -> bool:
        try:
            write()
        except OSError as exc:
            QMessageBox.warning(self, self.tr("导出失败"), self.tr("无法写入 %1：%2")
                                .replace("%1", path).replace("%2", exc.strerror or str(exc)))
            return False
        return True
