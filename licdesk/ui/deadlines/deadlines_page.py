"""The Deadlines page: everything every license obliges the company to do, overdue first.

    page = DeadlinesPage(store)          # a self-contained QWidget; put it in a tab or a window
    page.changed.connect(...)            # a filing was recorded (the license was saved)
    startup_reminder(window, store)      # at start: a reminder dialog when something needs doing

The engine (licdesk.domain.deadlines) computes; this page shows, filters, records filings
("mark done") through the store, and exports what it lists.
"""


from __future__ import annotations

import datetime as _dt
from typing import Any, Iterable

from PySide6.QtCore import (
    Qt,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from licdesk.ui.common.file_dialogs import remember, start_in
from licdesk.domain import deadlines as dl
from licdesk.ui import settings as options
from licdesk.ui.common.date_edit import DateEdit
from licdesk.ui.deadlines.obligation_model import (
    ObligationFilter,
    ObligationModel,
    ObligationRole,
    date_text,
    kind_name,
    lay_out_obligation_table,
    obligation_title,
    saved_window_days,
)
from licdesk.ui.deadlines.older_group import OlderObligations
from licdesk.ui.settings import Settings


class MarkDoneDialog(QDialog):
    """Asks when a filing was made (and an optional note) before it is recorded."""

    def __init__(self, item: dl.Obligation, today: _dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("记录为已完成"))
        layout = QVBoxLayout(self)
        what = QLabel(f"{obligation_title(item)}\n{item.number}  {item.company}")
        what.setTextFormat(Qt.TextFormat.PlainText)
        what.setWordWrap(True)
        layout.addWidget(what)
        form = QFormLayout()
        self.date_edit = DateEdit(maximum=today)  # a filing is recorded once made, never ahead
        self.date_edit.set_value(today)
        form.addRow(self.tr("完成日期："), self.date_edit)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #c62828;")
        self.problem.hide()
        self.date_edit.date_edited.connect(lambda _day: self.problem.hide())
        form.addRow("", self.problem)
        self.note_edit = QLineEdit()
        self.note_edit.setPlaceholderText(self.tr("可选，例如受理编号"))
        form.addRow(self.tr("备注："), self.note_edit)
        layout.addLayout(form)
        hint = QLabel(self._hint(item))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        layout.addWidget(hint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("记录"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _hint(self, item: dl.Obligation) -> str:
        if item.kind in (dl.ANNUAL_REPORT, dl.LATE_ANNUAL_REPORT):
            return self.tr("将在该许可证的年报记录中添加 %1 年度的报送记录。").replace("%1", str(item.year))
        if item.kind == dl.RENEWAL:
            return self.tr("将记录“已申请续办”。收到新证书后，请更新有效期。")
        return self.tr("将把该事项的报送日期记为所选日期。")

    def accept(self) -> None:
        """Record only a date that reads as one: otherwise say why and stay open."""
        if not self.date_edit.check():
            self.problem.setText(self.date_edit.problem() or "")
            self.problem.show()
            self.date_edit.setFocus()
            return
        super().accept()

    def chosen_date(self) -> _dt.date | None:
        """The date typed or picked; None while the field holds no allowed date."""
        return self.date_edit.value()

    def note(self) -> str | None:
        return self.note_edit.text().strip() or None


class DeadlinesPage(QWidget):
    """Every obligation of every license in the store, colour-coded, filterable, markable as done."""

    changed = Signal(str)  # the number of a license saved after a filing was recorded
    overview_requested = Signal()  # 到期一览: the desk opens the overview

    def __init__(self, store: Any, parent: QWidget | None = None, *, today: _dt.date | None = None,
                 window_days: int | None = None, holidays: Any = None, settings: Settings | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.settings = settings or Settings(parent=self)
        self._fixed_today = today
        self._holidays = holidays
        self._all: list[dl.Obligation] = []
        self.older = OlderObligations(self)  # before the tracking start year: collapsed, not alarms

        self.model = ObligationModel(self)
        self.proxy = ObligationFilter(self)
        self.proxy.setSourceModel(self.model)

        title = QLabel(self.tr("合规期限"))
        heading = QFont(title.font())
        heading.setPointSizeF(heading.pointSizeF() * 1.35)
        heading.setBold(True)
        title.setFont(heading)
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)

        self.license_filter = QComboBox()
        self.license_filter.setMinimumContentsLength(18)
        self.license_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.kind_filter = QComboBox()
        self.kind_filter.addItem(self.tr("全部事项"), None)
        for kind in dl.OBLIGATION_KINDS:
            if kind != dl.LATE_ANNUAL_REPORT:  # listed with the annual report
                self.kind_filter.addItem(kind_name(kind), kind)
        self.status_filter = QComboBox()
        for label, value in ((self.tr("未完成"), ObligationFilter.PENDING), (self.tr("已逾期"), dl.OVERDUE),
                             (self.tr("即将到期"), dl.DUE_SOON), (self.tr("已完成"), dl.DONE),
                             (self.tr("全部"), ObligationFilter.ALL)):
            self.status_filter.addItem(label, value)
        self.window_spin = QSpinBox()
        self.window_spin.setRange(1, 365)
        self.window_spin.setSuffix(self.tr(" 天"))
        self.window_spin.setValue(window_days if window_days is not None else saved_window_days(self.settings))
        self.window_spin.setToolTip(self.tr("截止日期前多少天起显示为“即将到期”"))

        filters = QHBoxLayout()
        for label, widget in ((self.tr("许可证："), self.license_filter), (self.tr("事项："), self.kind_filter),
                              (self.tr("状态："), self.status_filter), (self.tr("提前提醒："), self.window_spin)):
            caption = QLabel(label)
            caption.setBuddy(widget)
            filters.addWidget(caption)
            filters.addWidget(widget)
            filters.addSpacing(8)
        filters.addStretch(1)

        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(ObligationModel.STATUS, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().setVisible(False)

        self.details = QLabel()
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setStyleSheet("QLabel { background: #f6f7f9; border: 1px solid #e1e4e8; padding: 8px; }")
        self.details.setMinimumHeight(self.details.fontMetrics().lineSpacing() * 6 + 18)
        self.details.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

        self.mark_button = QPushButton(self.tr("标记为已完成…"))
        self.mark_button.setToolTip(self.tr("记录该事项已报送或已申请"))
        self.ics_button = QPushButton(self.tr("导出日历（.ics）…"))
        self.xlsx_button = QPushButton(self.tr("导出 Excel…"))
        self.refresh_button = QPushButton(self.tr("刷新"))
        self.overview_button = QPushButton(self.tr("到期一览…"))
        self.overview_button.setToolTip(self.tr("本月到期、未来90天和已逾期的事项，可打印、导出"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.mark_button)
        buttons.addWidget(self.overview_button)
        buttons.addStretch(1)
        for button in (self.ics_button, self.xlsx_button, self.refresh_button):
            buttons.addWidget(button)

        top = QHBoxLayout()
        top.addWidget(title)
        top.addSpacing(16)
        top.addWidget(self.summary, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.older)
        layout.addWidget(self.details)
        layout.addLayout(buttons)

        self.license_filter.currentIndexChanged.connect(self._apply_filters)
        self.kind_filter.currentIndexChanged.connect(self._apply_filters)
        self.status_filter.currentIndexChanged.connect(self._apply_filters)
        self.window_spin.valueChanged.connect(self._window_changed)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _: self._ask_mark_done())
        self.mark_button.clicked.connect(self._ask_mark_done)
        self.ics_button.clicked.connect(self._ask_export_ics)
        self.xlsx_button.clicked.connect(self._ask_export_xlsx)
        self.refresh_button.clicked.connect(self.refresh)
        self.overview_button.clicked.connect(self.overview_requested.emit)
        self.refresh()
        lay_out_obligation_table(self.table)  # after the first rows are in: they size the columns

    # -- data --------------------------------------------------------------------------------
    def today(self) -> _dt.date:
        return self._fixed_today or _dt.date.today()

    def set_today(self, today: _dt.date | None) -> None:
        """Compute as of another day (None: the real today)."""
        self._fixed_today = today
        self.refresh()

    def window_days(self) -> int:
        return self.window_spin.value()

    def refresh(self) -> None:
        """Recompute every obligation from the store (call after licenses change elsewhere)."""
        from licdesk.services.obligations import obligation_groups

        from licdesk.ui.deadlines.holiday_choice import desk_holidays

        licenses = list(self._store.licenses())
        # A table given to the page, else the one the clerk named in Preferences (over the published schedule).
        holidays = self._holidays if self._holidays is not None else desk_holidays(self.settings)
        self._all, older = obligation_groups(self._store, self.today(), self.window_days(), holidays)
        self.model.set_items(self._all, self.today())
        self.older.set_items(older, self.today())
        self._fill_license_filter(licenses)
        self._update_summary()
        self._selection_changed()

    def obligations(self) -> list[dl.Obligation]:
        """All obligations as computed (unfiltered)."""
        return list(self._all)

    def visible_obligations(self) -> list[dl.Obligation]:
        """What the table shows now, in its order."""
        return [self.proxy.data(self.proxy.index(row, 0), ObligationRole) for row in range(self.proxy.rowCount())]

    def set_filters(self, *, number: str | None = None, kind: str | None = None, status: str | None = None) -> None:
        """Select filter values programmatically (None leaves a filter as it is)."""
        for combo, value in ((self.license_filter, number), (self.kind_filter, kind), (self.status_filter, status)):
            if value is not None:
                index = combo.findData(value)
                if index >= 0:
                    combo.setCurrentIndex(index)

    def show_license(self, number: str) -> None:
        """Show only one license's obligations (e.g. from the library's context menu)."""
        self.set_filters(number=number)

    def _fill_license_filter(self, licenses: Iterable[Any]) -> None:
        current = self.license_filter.currentData()
        self.license_filter.blockSignals(True)
        self.license_filter.clear()
        self.license_filter.addItem(self.tr("全部许可证"), None)
        for lic in licenses:
            self.license_filter.addItem(f"{lic.number}  {lic.company}", lic.number)
        index = self.license_filter.findData(current) if current else 0
        self.license_filter.setCurrentIndex(max(index, 0))
        self.license_filter.blockSignals(False)
        self._apply_filters()

    def _apply_filters(self) -> None:
        self.proxy.set_criteria(self.license_filter.currentData(), self.kind_filter.currentData(),
                                self.status_filter.currentData() or ObligationFilter.PENDING)
        self._selection_changed()

    def _window_changed(self, value: int) -> None:
        if value != self.settings.get(options.DEADLINE_WINDOW_DAYS):
            self.settings.set(options.DEADLINE_WINDOW_DAYS, value)
        self.refresh()

    def _update_summary(self) -> None:
        overdue = sum(o.status == dl.OVERDUE for o in self._all)
        soon = sum(o.status == dl.DUE_SOON for o in self._all)
        if overdue or soon:
            text = self.tr("已逾期 %1 项 · %2 天内到期 %3 项").replace("%1", str(overdue)) \
                .replace("%2", str(self.window_days())).replace("%3", str(soon))
        else:
            text = self.tr("没有逾期或 %1 天内到期的事项").replace("%1", str(self.window_days()))
        self.summary.setText(text + self.tr("（截至 %1）").replace("%1", date_text(self.today())))
        color = "#b71c1c" if overdue else "#8a5300" if soon else "#2e7d32"
        self.summary.setStyleSheet(f"color: {color};")

    # -- selection and marking done ---------------------------------------------------------
    def selected_obligation(self) -> dl.Obligation | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.proxy.data(rows[0], ObligationRole) if rows else None

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)

    def _selection_changed(self, *_: Any) -> None:
        item = self.selected_obligation()
        self.mark_button.setEnabled(item is not None and dl.can_mark_done(item))
        if item is None:
            shown = self.proxy.rowCount()
            self.details.setText(self.tr("共 %1 项。选中一项查看详情；双击或点“标记为已完成”记录报送。")
                                 .replace("%1", str(shown)))
        else:
            text = self.model.describe(item)
            if item.kind == dl.EXPIRY and item.status != dl.DONE:
                text += "\n" + self.tr("有效期届满不能直接标记完成：请录入续办后的新证书（更新有效期），或报告不再继续经营。")
            self.details.setText(text)

    def _ask_mark_done(self) -> None:
        item = self.selected_obligation()
        if item is None or not dl.can_mark_done(item):
            return
        dialog = MarkDoneDialog(item, self.today(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted and (day := dialog.chosen_date()) is not None:
            self.record_done(item, day, dialog.note())

    def record_done(self, item: dl.Obligation, on: _dt.date, note: str | None = None) -> bool:
        """Record the filing that settles `item` and save its license; False (and a message) on failure."""
        from licdesk.store import StoreError

        try:
            lic = self._store.load(item.number)
            if lic is None:
                raise LookupError(item.number)
            dl.mark_done(lic, item, on, note)
            self._store.save(lic, replace=True)
        except LookupError:
            QMessageBox.warning(self, self.tr("无法记录"),
                                self.tr("许可证 %1 已不在库中（可能已被删除）。").replace("%1", item.number))
            self.refresh()
            return False
        except (StoreError, ValueError) as exc:
            QMessageBox.warning(self, self.tr("无法记录"), self.tr("记录未保存：%1").replace("%1", str(exc)))
            return False
        self.refresh()
        self.changed.emit(item.number)
        return True

    # -- exports ------------------------------------------------------------------------------
    def _ask_export_ics(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("导出日历"), start_in(self.tr("许可证期限.ics")),
                                              self.tr("iCalendar 日历 (*.ics)"))
        remember(path)
        if path:
            self.export_ics(path)

    def _ask_export_xlsx(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("导出 Excel"), start_in(self.tr("许可证期限.xlsx")),
                                              self.tr("Excel 工作簿 (*.xlsx)"))
        remember(path)
        if path:
            self.export_xlsx(path)

    def export_ics(self, path: str) -> bool:
        """The listed (filtered) open obligations as a calendar file, its words in the interface's language."""
        from licdesk.exports.ics import write_calendar
        from licdesk.ui.common.findings import interface_language

        return self._export(lambda: write_calendar(self.visible_obligations(), path, language=interface_language()),
                            path)

    def export_xlsx(self, path: str) -> bool:
        """The library and the listed obligations as an Excel workbook, headed in the interface's language."""
        from licdesk.exports.xlsx import write_workbook
        from licdesk.ui.common.findings import interface_language

        return self._export(lambda: write_workbook(path, self.today(), list(self._store.licenses()),
                                                   self.visible_obligations(), interface_language()), path)

    def _export(self, write: Any, path: str) -> bool:
        try:
            write()
        except OSError as exc:
            QMessageBox.warning(self, self.tr("导出失败"), self.tr("无法写入 %1：%2")
                                .replace("%1", path).replace("%2", exc.strerror or str(exc)))
            return False
        return True


