"""The Deadlines page: everything every license obliges the company to do, overdue first.

    page = DeadlinesPage(store)          # a self-contained QWidget; put it in a tab or a window
    page.changed.connect(...)            # a filing was recorded (the license was saved)
    startup_reminder(window, store)      # at start: a reminder dialog when something needs doing

The engine (licdesk.domain.deadlines) computes; this page shows, filters, records filings
("mark done") through the store, and exports what it lists.
"""

from __future__ import annotations

import datetime as _dt
import html
from typing import Any, Iterable

from PySide6.QtCore import (
    QAbstractTableModel, QCoreApplication, QLocale, QModelIndex, QObject, QPersistentModelIndex,
    QSettings, QSortFilterProxyModel, Qt, Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit, QMessageBox, QPushButton, QSpinBox, QTableView,
    QVBoxLayout, QWidget,
)

from licdesk.domain import deadlines as dl
from licdesk.domain.dates import format_cn_date
from licdesk.ui.date_edit import DateEdit

SETTINGS_WINDOW_KEY = "deadlines/window_days"

_ROW_COLORS = {
    dl.OVERDUE: (QColor("#fde2e1"), QColor("#b71c1c")),
    dl.DUE_SOON: (QColor("#fff1cc"), QColor("#8a5300")),
    dl.UPCOMING: (None, QColor("#1f2937")),
    dl.DONE: (None, QColor("#8a8a8a")),
}

ObligationRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2


def status_name(status: str) -> str:
    return {
        dl.OVERDUE: QCoreApplication.translate("deadlines", "已逾期"),
        dl.DUE_SOON: QCoreApplication.translate("deadlines", "即将到期"),
        dl.UPCOMING: QCoreApplication.translate("deadlines", "未到期"),
        dl.DONE: QCoreApplication.translate("deadlines", "已完成"),
    }.get(status, status)


def kind_name(kind: str) -> str:
    return {
        dl.RENEWAL: QCoreApplication.translate("deadlines", "续办申请"),
        dl.NOT_CONTINUING_REPORT: QCoreApplication.translate("deadlines", "不再继续经营报告"),
        dl.EXPIRY: QCoreApplication.translate("deadlines", "有效期届满"),
        dl.ANNUAL_REPORT: QCoreApplication.translate("deadlines", "年报"),
        dl.LATE_ANNUAL_REPORT: QCoreApplication.translate("deadlines", "年报补报"),
        dl.CHANGE_FILING: QCoreApplication.translate("deadlines", "变更申请"),
        dl.SYSTEM_UPDATE: QCoreApplication.translate("deadlines", "系统信息更新"),
        dl.PROVINCIAL_LICENSE_CANCEL: QCoreApplication.translate("deadlines", "省级许可证注销或变更"),
        dl.SECURITY_ASSESSMENT_REPORT: QCoreApplication.translate("deadlines", "安全评估报告"),
        dl.ILLEGAL_INFO_REPORT: QCoreApplication.translate("deadlines", "违法信息处置上报"),
        dl.REVIEW_FINDING: QCoreApplication.translate("deadlines", "审查整改"),
    }.get(kind, kind)


def status_colors(status: str) -> tuple[QColor | None, QColor]:
    """(row background or None, text colour) of a status; the timeline uses the same."""
    return _ROW_COLORS.get(status, _ROW_COLORS[dl.UPCOMING])


def _english() -> bool:
    """English titles only when an English translation is loaded: Chinese is the default."""
    translated = QCoreApplication.translate("deadlines", "已逾期")
    return QLocale().language() != QLocale.Language.Chinese and translated.isascii()


def date_text(day: _dt.date) -> str:
    """2026年11月23日 in Chinese, 2026-11-23 in English."""
    return day.isoformat() if _english() else format_cn_date(day)


def obligation_title(item: dl.Obligation) -> str:
    return item.title("en" if _english() else "zh")


def days_left_text(item: dl.Obligation, today: _dt.date) -> str:
    if item.status == dl.DONE:
        return QCoreApplication.translate("deadlines", "已于 %1 完成").replace("%1", item.done_on.isoformat()) if item.done_on else ""
    left = item.days_left(today)
    # One day has words of its own: English says "1 day", not "1 days".
    if left == -1:
        return QCoreApplication.translate("deadlines", "逾期 1 天")
    if left < 0:
        return QCoreApplication.translate("deadlines", "逾期 %1 天").replace("%1", str(-left))
    if left == 0:
        return QCoreApplication.translate("deadlines", "今天到期")
    if left == 1:
        return QCoreApplication.translate("deadlines", "还有 1 天")
    return QCoreApplication.translate("deadlines", "还有 %1 天").replace("%1", str(left))


def saved_window_days() -> int:
    """The warning window the user chose on the Deadlines page (QSettings), else the default."""
    try:
        value = int(QSettings().value(SETTINGS_WINDOW_KEY, dl.DEFAULT_WINDOW_DAYS))
    except (TypeError, ValueError):
        return dl.DEFAULT_WINDOW_DAYS
    return min(max(value, 1), 365)


def _plain_tooltip(text: str) -> str:
    """A tooltip showing `text` literally: Qt would render text that looks like HTML."""
    return "<p style='white-space:pre-wrap'>" + html.escape(text).replace("\n", "<br>") + "</p>"


class ObligationModel(QAbstractTableModel):
    """A table of obligations: status, due date, days left, license, company, what, basis."""

    STATUS, DUE, LEFT, NUMBER, COMPANY, TITLE, BASIS = range(7)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[dl.Obligation] = []
        self._today = _dt.date.today()
        self._headers = [self.tr("状态"), self.tr("截止日期"), self.tr("剩余"), self.tr("许可证编号"),
                         self.tr("公司"), self.tr("事项"), self.tr("依据")]

    def set_items(self, items: list[dl.Obligation], today: _dt.date) -> None:
        self.beginResetModel()
        self._items = list(items)
        self._today = today
        self.endResetModel()

    def items(self) -> list[dl.Obligation]:
        return list(self._items)

    def item(self, row: int) -> dl.Obligation:
        return self._items[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._items[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, column)
        if role == ObligationRole:
            return item
        if role == SortRole:
            return self._sort_value(item, index.row(), column)
        if role == Qt.ItemDataRole.BackgroundRole:
            background, _ = status_colors(item.status)
            return QBrush(background) if background else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(status_colors(item.status)[1])
        if role == Qt.ItemDataRole.FontRole and column == self.STATUS and item.status in (dl.OVERDUE, dl.DUE_SOON):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return _plain_tooltip(self.describe(item))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.DUE, self.LEFT):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, item: dl.Obligation, column: int) -> str:
        if column == self.STATUS:
            return status_name(item.status)
        if column == self.DUE:
            return item.due.isoformat()
        if column == self.LEFT:
            return days_left_text(item, self._today)
        if column == self.NUMBER:
            return item.number
        if column == self.COMPANY:
            return item.company
        if column == self.TITLE:
            return obligation_title(item)
        if column == self.BASIS:
            return item.rule + (self.tr("（第%1条）").replace("%1", item.source) if item.source else "")
        return ""

    def _sort_value(self, item: dl.Obligation, row: int, column: int) -> Any:
        if column == self.STATUS:
            return row  # the engine's order: overdue first, then by due date
        if column in (self.DUE, self.LEFT):
            return item.due.toordinal()
        return self._display(item, column)

    def describe(self, item: dl.Obligation) -> str:
        """Everything about one obligation, in a few plain lines."""
        lines = [
            obligation_title(item),
            f"{item.number}  {item.company}",
            self.tr("截止日期：%1（%2）").replace("%1", date_text(item.due))
            .replace("%2", days_left_text(item, self._today) or status_name(item.status)),
        ]
        if item.window_start:
            lines.append(self.tr("起始日期：%1").replace("%1", date_text(item.window_start)))
        basis = self.tr("规则 %1").replace("%1", item.rule)
        if item.source:
            basis += self.tr("，期限取自特别规定事项第%1条").replace("%1", item.source)
        lines.append(basis)
        if item.note:
            lines.append(self.tr("备注：%1").replace("%1", item.note))
        return "\n".join(lines)


class ObligationFilter(QSortFilterProxyModel):
    """Filters by license number, kind and status group; sorts by the model's SortRole."""

    PENDING = "pending"  # every status but done
    ALL = "all"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SortRole)
        self._number: str | None = None
        self._kind: str | None = None
        self._status: str = self.PENDING

    def set_criteria(self, number: str | None, kind: str | None, status: str) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.10+
            self.beginFilterChange()
            self._number, self._kind, self._status = number, kind, status
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._number, self._kind, self._status = number, kind, status
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        item: dl.Obligation = self.sourceModel().item(source_row)
        if self._number and item.number != self._number:
            return False
        if self._kind and item.kind != self._kind and not (
                self._kind == dl.ANNUAL_REPORT and item.kind == dl.LATE_ANNUAL_REPORT):
            return False
        if self._status == self.PENDING:
            return item.status != dl.DONE
        return self._status == self.ALL or item.status == self._status


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

    def __init__(self, store: Any, parent: QWidget | None = None, *, today: _dt.date | None = None,
                 window_days: int | None = None, holidays: Any = None) -> None:
        super().__init__(parent)
        self._store = store
        self._fixed_today = today
        self._holidays = holidays
        self._all: list[dl.Obligation] = []

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
        self.window_spin.setValue(window_days if window_days is not None else saved_window_days())
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
        buttons = QHBoxLayout()
        buttons.addWidget(self.mark_button)
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
        from licdesk.services.obligations import store_obligations

        licenses = list(self._store.licenses())
        self._all = store_obligations(self._store, self.today(), self.window_days(), self._holidays)
        self.model.set_items(self._all, self.today())
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
        QSettings().setValue(SETTINGS_WINDOW_KEY, value)
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
        path, _ = QFileDialog.getSaveFileName(self, self.tr("导出日历"), self.tr("许可证期限.ics"),
                                              self.tr("iCalendar 日历 (*.ics)"))
        if path:
            self.export_ics(path)

    def _ask_export_xlsx(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("导出 Excel"), self.tr("许可证期限.xlsx"),
                                              self.tr("Excel 工作簿 (*.xlsx)"))
        if path:
            self.export_xlsx(path)

    def export_ics(self, path: str) -> bool:
        """The listed (filtered) open obligations as a calendar file."""
        from licdesk.exports.ics import write_calendar

        return self._export(lambda: write_calendar(self.visible_obligations(), path), path)

    def export_xlsx(self, path: str) -> bool:
        """The library and the listed obligations as an Excel workbook."""
        from licdesk.exports.xlsx import write_workbook

        return self._export(lambda: write_workbook(path, self.today(), list(self._store.licenses()),
                                                   self.visible_obligations()), path)

    def _export(self, write: Any, path: str) -> bool:
        try:
            write()
        except OSError as exc:
            QMessageBox.warning(self, self.tr("导出失败"), self.tr("无法写入 %1：%2")
                                .replace("%1", path).replace("%2", exc.strerror or str(exc)))
            return False
        return True


REMINDER_ROWS = 200


def lay_out_obligation_table(table: QTableView) -> None:
    """Column widths from the header and a sample of rows, one line per row.

    Sizing every row to its contents costs seconds with thousands of obligations; the title
    column takes the remaining width and its tooltip holds the whole text.
    """
    table.setWordWrap(False)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    model = table.model()
    header = table.horizontalHeader()
    metrics = table.fontMetrics()
    sample = min(model.rowCount(), 60)
    for column in range(model.columnCount()):
        widths = [metrics.horizontalAdvance(str(model.headerData(column, Qt.Orientation.Horizontal) or ""))]
        for row in range(sample):
            index = model.index(row, column)
            font = index.data(Qt.ItemDataRole.FontRole)  # the status is bold
            cell_metrics = QFontMetrics(font) if isinstance(font, QFont) else metrics
            widths.append(cell_metrics.horizontalAdvance(str(index.data() or "")))
        width = max(widths) + 24
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        table.setColumnWidth(column, min(width, 320))
    header.setSectionResizeMode(ObligationModel.TITLE, QHeaderView.ResizeMode.Stretch)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.verticalHeader().setDefaultSectionSize(metrics.lineSpacing() + 10)


class ReminderDialog(QDialog):
    """What needs doing now: overdue and due-soon obligations.  Accepted = "show me the deadlines"."""

    def __init__(self, items: list[dl.Obligation], today: _dt.date, window_days: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("合规期限提醒"))
        self.items = items
        overdue = sum(o.status == dl.OVERDUE for o in items)
        soon = len(items) - overdue
        parts = []
        if overdue:
            parts.append(self.tr("%1 项已逾期").replace("%1", str(overdue)))
        if soon:
            parts.append(self.tr("%1 项将在 %2 天内到期").replace("%1", str(soon)).replace("%2", str(window_days)))
        headline = QLabel(self.tr("请注意：") + self.tr("，").join(parts) + self.tr("。"))
        self.headline = headline
        font = QFont(headline.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        headline.setFont(font)
        headline.setStyleSheet(f"color: {'#b71c1c' if overdue else '#8a5300'};")
        warning = self.tr("错过续办、年报或变更报送期限，可能导致许可证失效或被列入电信业务经营不良名单。")
        if len(items) > REMINDER_ROWS:
            warning += self.tr("下面列出最紧急的 %1 项，全部事项见“合规期限”。").replace("%1", str(REMINDER_ROWS))
        explain = QLabel(warning)
        explain.setWordWrap(True)

        self.model = ObligationModel(self)
        # The most urgent first; a library of thousands lists the rest on the Deadlines page.
        self.model.set_items(sorted(items, key=dl.sort_key)[:REMINDER_ROWS], today)
        table = QTableView()
        table.setModel(self.model)
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        lay_out_obligation_table(table)
        table.setColumnHidden(ObligationModel.BASIS, True)
        self.table = table

        buttons = QDialogButtonBox()
        self.show_button = buttons.addButton(self.tr("查看合规期限"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.later_button = buttons.addButton(self.tr("稍后提醒"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(headline)
        layout.addWidget(explain)
        layout.addWidget(table, 1)
        layout.addWidget(buttons)
        self.resize(900, 420)


def startup_reminder(parent: QWidget | None, store: Any, today: _dt.date | None = None,
                     window_days: int | None = None, holidays: Any = None) -> ReminderDialog | None:
    """Open a reminder when something is overdue or due within the window; None when nothing is.

    The dialog is window-modal but does not block: connect its `accepted` signal to showing the
    Deadlines page.  The window defaults to the one the Deadlines page keeps in QSettings.
    """
    today = today or _dt.date.today()
    if window_days is None:
        window_days = saved_window_days()
    return show_reminder(parent, reminder_items(store, today, window_days, holidays), today, window_days)


def reminder_items(store: Any, today: _dt.date, window_days: int, holidays: Any = None) -> list[dl.Obligation]:
    """What the reminder lists: overdue and due-soon obligations (no Qt: a worker thread may compute it)."""
    from licdesk.services.obligations import needing_attention

    return needing_attention(store, today, window_days, holidays)


def show_reminder(parent: QWidget | None, items: list[dl.Obligation], today: _dt.date,
                  window_days: int) -> ReminderDialog | None:
    """Open the reminder for `items`; None when there is nothing to remind of."""
    if not items:
        return None
    dialog = ReminderDialog(items, today, window_days, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
