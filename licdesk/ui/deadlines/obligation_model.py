"""The obligations as a table: names, colours and dates in the clerk's language, a filter, the columns' widths."""

from __future__ import annotations

import datetime as _dt
import html
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics
from PySide6.QtWidgets import (
    QHeaderView,
    QTableView,
)

from licdesk.domain import deadlines as dl
from licdesk.domain.dates import format_cn_date
from licdesk.ui import settings as options
from licdesk.ui.settings import Settings

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


def saved_window_days(settings: Settings | None = None) -> int:
    """The warning window the clerk chose (Preferences or the Deadlines page), else the default."""
    return (settings or Settings()).get(options.DEADLINE_WINDOW_DAYS)


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
        calendar = item.calendar("en" if _english() else "zh")
        if calendar:  # a period in working days: which holiday schedule counted them
            lines.append(calendar)
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


