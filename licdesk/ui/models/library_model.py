"""The library as a table model over the store: one page of summaries at a time.

Qt asks for more rows as the view scrolls (canFetchMore/fetchMore), so a library of 100,000
licenses opens as fast as one of ten: only the first page is read until the clerk scrolls.
"""

from __future__ import annotations

import datetime as _dt
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QColor

from licdesk.store import LicenseSummary, Store
from licdesk.ui.common.plain import tooltip
from licdesk.ui.common.status import closure_short_text, closure_text, status_color, status_icon, status_short_text, status_text

NUMBER_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2

# The roles as plain numbers, looked up once: a view asks data() for seven roles of every cell it
# paints, and most of them (font, alignment, background, check state) this model leaves to the view.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_DECORATION = int(Qt.ItemDataRole.DecorationRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_ANSWERED = frozenset({_DISPLAY, _TOOLTIP, _DECORATION, _FOREGROUND, int(NUMBER_ROLE), int(STATUS_ROLE)})

_Index = QModelIndex | QPersistentModelIndex


_COLORS: dict[str, QColor] = {}


def _status_color(status: str) -> QColor:
    """One colour per status for every cell (Qt copies it), not one parsed per cell painted."""
    color = _COLORS.get(status)
    if color is None:
        color = _COLORS[status] = status_color(status)
    return color


class LibraryModel(QAbstractTableModel):
    """`total` is the number of licenses matching the query; None while it is being counted."""

    total_changed = Signal()
    PAGE_SIZE = 200
    # (store order_by key, header)
    COLUMNS = (
        ("number", QT_TRANSLATE_NOOP("LibraryModel", "编号")),
        ("company", QT_TRANSLATE_NOOP("LibraryModel", "公司名称")),
        ("categories", QT_TRANSLATE_NOOP("LibraryModel", "类别")),
        ("services", QT_TRANSLATE_NOOP("LibraryModel", "业务种类")),
        ("expiry_date", QT_TRANSLATE_NOOP("LibraryModel", "有效期至")),
        ("status", QT_TRANSLATE_NOOP("LibraryModel", "状态")),
    )
    COMPACT_HEADER = QT_TRANSLATE_NOOP("LibraryModel", "编号 / 公司名称")

    def __init__(self, store: Store, today: _dt.date | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self._store = store
        self._today = today
        self._rows: list[LicenseSummary] = []
        self._exhausted = True
        self._search: str | None = None
        self._status: str | None = None
        self._order_by = "number"
        self._descending = False
        self.total: int | None = 0  # rows matching the current search and filter
        self._generation = 0  # which query a pending count belongs to
        self._loaded_query: tuple | None = None  # the query the rows were read for
        self.compact = False  # the number column shows the company on a second line

    def set_compact(self, compact: bool) -> None:
        if compact != self.compact:
            self.compact = compact
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 0)
            if self._rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 0))

    def _query_key(self) -> tuple:
        return (self._search, self._status, self._order_by, self._descending)

    # -- the query ---------------------------------------------------------------------------
    @property
    def today(self) -> _dt.date:
        return self._today or _dt.date.today()

    @property
    def fixed_today(self) -> _dt.date | None:
        """The date given for tests and screenshots; None when the calendar's today is used."""
        return self._today

    def set_store(self, store: Store | None) -> None:
        """Read from another store (after a restore); None while the file is being replaced."""
        self._store = store
        if store is None:
            self._exhausted = True  # nothing more to fetch from a closed file
            self._loaded_query = None
            return
        self.reload()

    def set_query(self, search: str | None = None, status: str | None = None) -> None:
        self._search = (search or "").strip() or None
        self._status = status
        self._reload_if_changed()

    def _reload_if_changed(self) -> None:
        # Building the window asks for the same first page several times (sorting switched on, the
        # sort column set, the query applied): at 100,000 licenses each read costs ~15 ms.
        # A change in the store goes through reload() itself.
        if self._query_key() != self._loaded_query:
            self.reload()

    def reload(self) -> None:
        """Read the first page again (after a search, a filter, a sort or a change in the store)."""
        self.beginResetModel()
        self._rows = self._page(0)
        self._loaded_query = self._query_key()
        self._exhausted = len(self._rows) < self.PAGE_SIZE
        self._generation += 1
        self.total = len(self._rows) if self._exhausted else None
        self.endResetModel()
        if self.total is None:
            # The list shows (and paints) first; counting a broad search takes as long again.
            generation = self._generation
            QTimer.singleShot(0, lambda: self._count(generation))
        else:
            self.total_changed.emit()

    def _count(self, generation: int) -> None:
        if generation != self._generation:  # the clerk typed on: this count is stale
            return
        self.total = self._store.count(status=self._status, search=self._search, today=self.today)
        self.total_changed.emit()

    def _page(self, offset: int) -> list[LicenseSummary]:
        return self._store.summaries(
            status=self._status, search=self._search, today=self.today, order_by=self._order_by,
            descending=self._descending, limit=self.PAGE_SIZE, offset=offset,
        )

    # -- lazy loading ------------------------------------------------------------------------
    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008 - Qt's signature
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted:
            return
        page = self._page(len(self._rows))
        self._exhausted = len(page) < self.PAGE_SIZE
        if page:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    # -- Qt's model interface ----------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.COMPACT_HEADER if self.compact and section == 0 else self.COLUMNS[section][1])
        return None

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        role = int(role)
        if role not in _ANSWERED:
            return None
        row = index.row()
        if not 0 <= row < len(self._rows) or not index.isValid():
            return None
        summary = self._rows[row]
        key = self.COLUMNS[index.column()][0]
        if role == _DISPLAY:
            if self.compact and key == "number":
                return f"{summary.number}\n{summary.company}"
            return self._display(summary, key)
        if role == _FOREGROUND:
            # The number and status carry the status colour; the date only when it needs attention.
            if key in ("number", "status") or (key == "expiry_date" and summary.status != "valid"):
                return _status_color(summary.status)
            return None
        if role == _DECORATION:
            return status_icon(summary.status) if key == "status" else None
        if role == _TOOLTIP:
            if key == "number" and self.compact:
                return tooltip(f"{summary.number}\n{summary.company}")
            if key in ("company", "services"):
                return tooltip(self._display(summary, key))
            if key == "status":
                return tooltip(closure_text(summary.closure) if summary.status == "closed" else status_text(summary.status))
            return None
        return summary.number if role == NUMBER_ROLE else summary.status

    def _display(self, summary: LicenseSummary, key: str) -> str:
        if key == "number":
            return summary.number
        if key == "company":
            return summary.company
        if key == "categories":
            return " ".join(summary.categories)
        if key == "services":
            return "、".join(summary.services)
        if key == "expiry_date":
            return summary.expiry_date.isoformat() if summary.expiry_date else ""
        if summary.status == "closed":
            return closure_short_text(summary.closure)
        return status_short_text(summary.status)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._order_by = self.COLUMNS[column][0]
        self._descending = order == Qt.SortOrder.DescendingOrder
        self._reload_if_changed()

    # -- helpers for the view ------------------------------------------------------------------
    def summary_at(self, row: int) -> LicenseSummary | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, number: str) -> int | None:
        """Row of a license among the rows read so far."""
        for row, summary in enumerate(self._rows):
            if summary.number == number:
                return row
        return None
