"""The library pane: search box, status filter buttons and the lazily loaded license table."""

from __future__ import annotations

import datetime as _dt

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QButtonGroup, QGridLayout, QHeaderView, QLineEdit, QPushButton, QSplitter, QTableView,
    QVBoxLayout, QWidget,
)

from licdesk.store import Store
from licdesk.ui.models.library_model import NUMBER_ROLE, LibraryModel
from licdesk.ui.common.status import STATUSES, status_icon, status_short_text

if TYPE_CHECKING:  # each Qt class costs on first touch: what the first paint does not draw loads later
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QAction, QPaintEvent

SEARCH_DELAY_MS = 150  # results as you type, without a query per keystroke
ROOM_BESIDE = 1000  # the certificate, annex and tabs side by side, each whole (as on a 1366 laptop)

# (status filter passed to the store, button caption)
_FILTERS = (
    (None, QT_TRANSLATE_NOOP("LibraryPane", "全部")),
    ("valid", QT_TRANSLATE_NOOP("LibraryPane", "有效")),
    ("expiring", QT_TRANSLATE_NOOP("LibraryPane", "即将到期")),
    ("expired", QT_TRANSLATE_NOOP("LibraryPane", "已过期")),
    # shown only while the library holds a closed license: most never do, and the row stays short
    ("closed", QT_TRANSLATE_NOOP("LibraryPane", "已关闭")),
)


# The compact list keeps the number (with the company under it) and the status.
_COMPACT_HIDDEN = (1, 2, 3, 4)


class FilterButton(QPushButton):
    """A status filter; the one with the keyboard focus wears a clear ring (styles draw a faint one)."""

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.hasFocus():
            from PySide6.QtGui import QPainter, QPalette, QPen

            painter = QPainter(self)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 2))
            painter.drawRoundedRect(self.rect().adjusted(2, 2, -2, -2), 3, 3)
            painter.end()


class LibraryPane(QWidget):
    """Emits the number of the license the clerk selects ("" when none)."""

    license_selected = Signal(str)
    print_requested = Signal(str)
    delete_requested = Signal(str)
    edit_requested = Signal(str)
    compare_requested = Signal(str)
    export_requested = Signal(str)
    query_changed = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None, today: _dt.date | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.model = LibraryModel(store, today=today, parent=self)
        self._current = ""
        self.print_enabled = True  # the window turns it off when printing is not part of the build
        self.delete_enabled = True  # and this one when the database is open read-only
        # The window's per-license actions (by their table names) that this menu offers as the Edit menu does.
        self.license_actions: dict[str, QAction] = {}

        self.search_box = QLineEdit(self)
        self.search_box.setPlaceholderText(self.tr("搜索 编号 / 公司 / 域名 / 接入商 / 业务 / 条款…  (Ctrl+F)"))
        self.search_box.setToolTip(self.search_box.placeholderText())
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_query)
        self.search_box.textChanged.connect(self._search_typed)
        self.search_box.returnPressed.connect(self.apply_query)

        self.filter_group = QButtonGroup(self)
        self.filter_group.setExclusive(True)
        self.filter_buttons: dict[str | None, QPushButton] = {}
        self.filters = filters = QGridLayout()
        filters.setSpacing(4)
        for position, (status, _caption) in enumerate(_FILTERS):
            button = FilterButton(self)
            button.setCheckable(True)
            button.setAutoDefault(False)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # Tab reaches them, not only the mouse
            if status:
                button.setIcon(status_icon(status))
            if status == "expiring":  # the short caption, and what it means
                button.setToolTip(self.tr("有效期在 90 天内届满的许可证：应着手申请续办"))
            elif status == "closed":
                button.setToolTip(self.tr("不再续办、已注销或已换发新证的许可证"))
            self.filter_group.addButton(button, position)
            self.filter_buttons[status] = button
            filters.addWidget(button, 0, position)
        self.filter_buttons[None].setChecked(True)
        self.filter_group.idClicked.connect(lambda _id: self.apply_query())

        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)  # Tab goes on to the panes; the arrows walk the rows
        self._compact_delegate = None  # CompactNumberDelegate, made when the list is first made compact
        # The indicator first: switching sorting on sorts by it, and Qt's default is descending.
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self._row_height = self.fontMetrics().height() + 10
        self.table.verticalHeader().setDefaultSectionSize(self._row_height)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setHighlightSections(False)
        metrics = self.table.fontMetrics()
        # Columns sized for typical content; a CJK character stands for the province and for the
        # service names (data, so Chinese in every interface language); the status in the UI's words.
        wide = chr(0x4E2D)
        status_sample = max((status_short_text(s) for s in STATUSES), key=metrics.horizontalAdvance)
        samples = (wide + "B2-20150326", "", "B1 B2", wide * 4, "2028-05-09", status_sample)
        header_metrics = header.fontMetrics()
        for column, sample in enumerate(samples):
            if sample:
                caption = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
                wanted = metrics.horizontalAdvance(sample) + (40 if column == 5 else 20)
                # The header's words must fit too (the sort arrow takes the first column's extra room).
                header.resizeSection(column, max(wanted, header_metrics.horizontalAdvance(caption) + (30 if column == 0 else 12)))
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # the company takes what is left
        # ... and is given room for a long company name (sixteen characters) in the default layout.
        self._company_room = metrics.horizontalAdvance(wide * 16) + 20
        # The compact list has room for a long company name (sixteen characters) under the number.
        self._compact_room = metrics.horizontalAdvance(wide * 16) + 20
        self._number_width = header.sectionSize(0)
        self.compact = False
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.table.doubleClicked.connect(lambda index: self._emit_selected(index))
        self.model.modelReset.connect(self._restore_selection)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(6)
        layout.addWidget(self.search_box)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)

        self.refresh_counts()

    def preferred_width(self) -> int:
        """The width at which every column shows in full and the company has its room."""
        header = self.table.horizontalHeader()
        if self.compact:
            columns = header.sectionSize(5) + self._compact_room
        else:
            columns = sum(header.sectionSize(c) for c in range(header.count()) if c != 1) + self._company_room
        margins = self.layout().contentsMargins()
        scroll_bar = self.table.verticalScrollBar().sizeHint().width()
        return columns + scroll_bar + 2 * self.table.frameWidth() + margins.left() + margins.right()

    def share_of(self, total: int) -> int:
        """The library's width in a desk `total` wide, until the clerk drags it: its preferred width, but
        no more than 2/5, or what leaves the panes beside it the room they read well in."""
        return min(self.preferred_width(), max(total * 2 // 5, total - ROOM_BESIDE))

    # -- the compact list ----------------------------------------------------------------------
    def set_compact(self, compact: bool) -> None:
        """Number and company on two lines in one column, beside the status; or every column."""
        header = self.table.horizontalHeader()
        if header.sectionResizeMode(0) != QHeaderView.ResizeMode.Stretch:  # not the compact list's width
            self._number_width = header.sectionSize(0)
        self.compact = compact
        self.model.set_compact(compact)
        if compact and self._compact_delegate is None:  # the two-line column draws itself; the full list needs no help
            from licdesk.ui.panes.compact_delegate import CompactNumberDelegate

            self._compact_delegate = CompactNumberDelegate(self.table)
        self.table.setItemDelegateForColumn(0, self._compact_delegate if compact else None)  # type: ignore[arg-type]
        for column in _COMPACT_HIDDEN:
            self.table.setColumnHidden(column, compact)
        mode = QHeaderView.ResizeMode
        header.setSectionResizeMode(0, mode.Stretch if compact else mode.Interactive)
        header.setSectionResizeMode(1, mode.Interactive if compact else mode.Stretch)
        if not compact:
            header.resizeSection(0, self._number_width)
        self.table.verticalHeader().setDefaultSectionSize(
            2 * self.fontMetrics().height() + 10 if compact else self._row_height)
        self.search_box.setPlaceholderText(self.tr("搜索…  (Ctrl+F)") if compact else self.search_box.toolTip())
        # Two buttons a row leave the compact list narrow.
        for position, button in enumerate(self.filter_buttons.values()):
            self.filters.addWidget(button, position // 2 if compact else 0, position % 2 if compact else position)
        self._take_preferred_width()

    def set_shown(self, shown: bool) -> None:
        """Hide the library for more room beside it, or show it again (at its width if it had none)."""
        self.setVisible(shown)
        if shown:
            self._take_preferred_width(only_if_squeezed=True)

    def _take_preferred_width(self, only_if_squeezed: bool = False) -> None:
        splitter = self.parentWidget()
        if not isinstance(splitter, QSplitter) or not self.isVisibleTo(splitter):
            return
        sizes = splitter.sizes()
        mine, total = splitter.indexOf(self), sum(sizes)
        if total <= 0 or len(sizes) != 2 or (only_if_squeezed and sizes[mine] >= 40):
            return
        sizes[mine] = self.share_of(total)
        sizes[1 - mine] = total - sizes[mine]
        splitter.setSizes(sizes)

    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    # -- querying ------------------------------------------------------------------------------
    @property
    def status_filter(self) -> str | None:
        return _FILTERS[max(self.filter_group.checkedId(), 0)][0]

    def apply_query(self) -> None:
        self._search_timer.stop()
        self.model.set_query(self.search_box.text(), self.status_filter)
        self.query_changed.emit()

    def _search_typed(self, text: str) -> None:
        # The clear button shows only over text: it is added with the first character, since finding its
        # icon reads the desktop's icon theme (a few ms the empty box at start-up need not wait for).
        if text and not self.search_box.isClearButtonEnabled():
            self.search_box.setClearButtonEnabled(True)
        self._search_timer.start()

    def set_status_filter(self, status: str | None) -> None:
        self.filter_buttons[status].setChecked(True)
        self.apply_query()

    def set_store(self, store: Store | None) -> None:
        self.store = store
        self.model.set_store(store)
        if store is not None:
            self.refresh()

    def refresh(self) -> None:
        """Re-read after the store changed (import, delete)."""
        self.refresh_counts()
        self.model.reload()
        self.query_changed.emit()

    def refresh_counts(self) -> dict[str, int]:
        counts = self.store.status_counts(today=self.model.today)
        for status, caption in _FILTERS:
            n = counts["all" if status is None else status]
            self.filter_buttons[status].setText(f"{self.tr(caption)} {n}")
        closed = self.filter_buttons["closed"]
        closed.setVisible(bool(counts["closed"]) or closed.isChecked())
        self.counts = counts
        return counts

    # -- selection -----------------------------------------------------------------------------
    @property
    def current_number(self) -> str:
        return self._current

    def select_number(self, number: str) -> bool:
        """Select a license by number, reading further pages if it is not loaded yet (within reason)."""
        row = self.model.row_of(number)
        while row is None and self.model.canFetchMore() and self.model.rowCount() < 5000:
            self.model.fetchMore()
            row = self.model.row_of(number)
        if row is None:
            return False
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)
        return True

    def select_first(self) -> None:
        if self.model.rowCount():
            self.select_number(self.model.summary_at(0).number)

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._emit_selected(current)

    def _emit_selected(self, index: QModelIndex) -> None:
        number = index.data(NUMBER_ROLE) if index.isValid() else ""
        number = number or ""
        if number != self._current:
            self._current = number
            self.license_selected.emit(number)

    def _restore_selection(self) -> None:
        """After a reload, keep the same license selected when it is still in the list."""
        if self._current and self.model.row_of(self._current) is not None:
            self.select_number(self._current)
        elif self._current:
            # The open license fell out of the list (a search, a filter, the trash): open the first match.
            self._current = ""
            if self.model.rowCount():
                self.select_first()
            else:
                self.license_selected.emit("")

    # -- context menu (library_menu.py, loaded when first opened) ----------------------------------
    def _context_menu(self, position: QPoint) -> None:
        from licdesk.ui.panes.library_menu import show_context_menu

        show_context_menu(self, position)
