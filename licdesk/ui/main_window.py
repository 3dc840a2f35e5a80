"""licdesk's main window: the library on the left, the license's certificate, annex and provisions beside it.

The window keeps the layout, builds the panes beside the library after its first paint, shows the
license the library has selected, the counts in the status bar, and its own shape across starts.
The workflows (importing, scanning, the library's operations, printing, deadlines, safety, review,
comparing, editing) live in controllers (licdesk/ui/controllers/), each built when first used; the
database, the settings and "today" belong to the session, whose signals keep every pane current.
"""

from __future__ import annotations

import datetime as _dt
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QMainWindow, QSplitter, QStackedWidget, QWidget

from licdesk.ui import settings as options
from licdesk.ui.controllers.desk_controllers import DeskControllers
from licdesk.ui.window_actions import WindowActions
from licdesk.ui.panes.library_pane import LibraryPane
from licdesk.ui.panes.offline_copy_badge import OfflineCopyBadge
from licdesk.ui.common.plain import plain_label, show_error
from licdesk.ui.session import DeskSession
from licdesk.ui.settings import Settings

# The panes beside the library load just after the first paint, each controller when first used:
# start-up shows the window without them.
if TYPE_CHECKING:  # names only in annotations load nothing at start-up (each Qt class costs on first touch)
    from PySide6.QtCore import QEvent, QSettings
    from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QPaintEvent
    from PySide6.QtWidgets import QScrollArea

    from licdesk.domain.model import License
    from licdesk.store import Store
    from licdesk.ui.panes.detail_area import DetailArea
    from licdesk.ui.panes.review_pane import ReviewPane
    from licdesk.ui.panes.welcome_page import WelcomePage

class MainWindow(WindowActions, DeskControllers, QMainWindow):
    settled = Signal()  # the first paint happened and the license chosen meanwhile (if any) is shown

    def __init__(self, store: Store, *, today: _dt.date | None = None, settings: QSettings | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = DeskSession(store, Settings(settings, self), today=today, parent=self)
        self.settings = self.session.settings.qsettings
        self.license: License | None = None  # the license shown beside the library
        # The license chosen before the window has painted once opens just after the first paint,
        # so the window appears without waiting for the certificate, annex and clause tree.
        self._painted = False
        self._settled = False  # the first paint happened and the pending license (if any) is open
        self._pending_open: str | None = None
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(2)  # SQLite takes one writer at a time; more threads only wait

        self.setWindowTitle(self.tr("licdesk — 增值电信业务经营许可证"))
        self.setAcceptDrops(not self.read_only)
        self.library = LibraryPane(store, self, today=today)
        self.desk = QSplitter(Qt.Orientation.Horizontal, self)
        self.desk.addWidget(self.library)
        # Beside the library: the license, or a word on why there is none (a search with no match).
        self.no_selection = plain_label(self.tr("没有符合条件的许可证。\n请修改搜索词或状态筛选。"), self)
        self.no_selection.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_selection.setEnabled(False)
        self.detail_stack = QStackedWidget(self)
        self._detail: DetailArea | None = None
        self._detail_placeholder = QWidget(self)
        self.detail_stack.addWidget(self._detail_placeholder)
        self.detail_stack.addWidget(self.no_selection)
        self.desk.addWidget(self.detail_stack)
        self.desk.setStretchFactor(0, 0)
        self.desk.setStretchFactor(1, 1)
        self.desk.setChildrenCollapsible(True)
        self._welcome: WelcomePage | None = None  # built when the library is empty
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.desk)
        self.setCentralWidget(self.pages)
        self.status_label = plain_label("", self, wrap=False)
        self.statusBar().addWidget(self.status_label, 1)
        self.statusBar().addPermanentWidget(OfflineCopyBadge(self.session, self))

        # The menu titles now, the actions under them just after the first paint (window_actions.py).
        self.make_menus()
        self.library.license_selected.connect(self.open_license)
        self.library.query_changed.connect(self._update_status)
        self.library.model.total_changed.connect(self._update_status)
        self.library.delete_requested.connect(lambda number: self.library_ops.delete_license(number))
        self.library.print_requested.connect(lambda number: self.printing.print_preview(number))
        self.library.edit_requested.connect(lambda number: self.editing.edit_number(number))
        self.library.compare_requested.connect(lambda number: self.comparing.compare_licenses(left=number))
        self.library.export_requested.connect(lambda _number: self.exporting.export_dialog(selected_first=True))
        self.session.store_released.connect(lambda: self.library.set_store(None))
        self.session.store_replaced.connect(self._store_replaced)
        self.session.licenses_changed.connect(self._library_changed)
        self.session.license_changed.connect(self._license_changed)

        if self.read_only:
            self._show_read_only()
        self.session.attempt(self.library.apply_query, self._database_problem)
        self._restore_settings()
        self._update_page()
        self.update_actions()

    # -- what the window knows -------------------------------------------------------------------
    @property
    def store(self) -> Store:
        return self.session.store

    @property
    def read_only(self) -> bool:
        return self.session.read_only

    def current_number(self) -> str:
        """The license every action acts on: the one the library shows selected."""
        return self.library.current_number

    def update_actions(self) -> None:
        self.library.delete_enabled = not self.read_only
        self.enable_actions(has_license=self.license is not None, writable=not self.read_only,
                            editing=self.__class__.editing.built(self) and self.editing.active,
                            team=self.session.is_open and self.store.is_team_library)

    def _database_problem(self, message: str) -> None:
        show_error(self, self.tr("数据库问题"), message)

    def _show_read_only(self) -> None:
        """Another licdesk is editing this file: look, search and print, but change nothing."""
        if self._welcome is not None:
            self._welcome.set_read_only()
        self.setAcceptDrops(False)
        badge = plain_label(self.session.read_only_badge(), self, wrap=False)
        badge.setStyleSheet("color: #b86e00; padding: 0 6px;")
        self.statusBar().addPermanentWidget(badge)

    # -- the welcome page of an empty library, the panes beside the library -------------------------
    @property
    def welcome(self) -> WelcomePage:
        if self._welcome is None:
            from licdesk.ui.panes.welcome_page import WelcomePage

            welcome = self._welcome = WelcomePage(self)
            welcome.import_requested.connect(lambda: self.importing.import_dialog())
            welcome.paste_requested.connect(lambda: self.importing.paste_text())
            welcome.samples_requested.connect(lambda: self.importing.load_samples())
            welcome.new_requested.connect(lambda: self.editing.new_license())
            if self.read_only:
                welcome.set_read_only()
            self.pages.addWidget(welcome)
        return self._welcome

    @property
    def detail(self) -> DetailArea:
        """The certificate, annex and provisions panes (built on first use)."""
        if self._detail is None:
            self._build_detail()
        return self._detail  # type: ignore[return-value]

    @property
    def review(self) -> ReviewPane:
        """The clause-by-clause review (built when its tab is first shown, or first asked for)."""
        return self.detail.lazy.pane("review")  # type: ignore[return-value]

    @property
    def review_scroll(self) -> QScrollArea:
        return self.detail.lazy.page("review")  # type: ignore[return-value]

    detail_built = property(lambda self: self._detail is not None, doc="Whether the panes are built yet.")

    def _build_detail(self) -> None:
        from licdesk.ui.panes.detail_area import DetailArea

        detail = self._detail = DetailArea(self, today=self.session.fixed_today)
        detail.set_session(self.session)
        # Clause-by-clause review beside the provisions it reviews; in a scroll area: its row of
        # buttons must not set the width of the whole desk.
        detail.lazy.add("review", self.tr("审查"), self.tr("逐条审查此许可证"), self._new_review,
                        self._fill_review, scrolled=True, index=3)
        detail.compare_requested.connect(lambda: self.comparing.compare_with_version())
        for action, widget in zip(self.pane_actions, (detail.certificate, detail.annex, detail.tabs)):
            widget.setVisible(action.isChecked())
            action.toggled.connect(widget.setVisible)
        showing_placeholder = self.detail_stack.currentWidget() is self._detail_placeholder
        self.detail_stack.insertWidget(0, detail)
        if showing_placeholder:
            self.detail_stack.setCurrentWidget(detail)
        self.detail_stack.removeWidget(self._detail_placeholder)
        self._detail_placeholder.deleteLater()
        self._restore_detail_settings()

    def _new_review(self) -> ReviewPane:
        from licdesk.ui.controllers.reviewing import reviewer_name
        from licdesk.ui.panes.review_pane import ReviewPane

        return ReviewPane(self.session, self, reviewer=reviewer_name())

    def _fill_review(self, review: ReviewPane) -> None:
        number = self.license.number if self.license is not None else None
        self.session.attempt(lambda: review.show_license(number), self._database_problem)

    # -- showing licenses ------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        # The window paints itself first and its children in the same pass: once the event loop
        # turns again, the whole window is on the screen.
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self._open_pending)

    def showEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if not self._settled:  # shown minimized, the window does not paint: open the license anyway
            QTimer.singleShot(250, self._open_pending)

    def _open_pending(self) -> None:
        if self._settled:
            return
        self._painted = self._settled = True
        try:
            self.ensure_actions()
            if self._detail is None:
                self._build_detail()
            number, self._pending_open = self._pending_open, None
            if number is not None and number == self.library.current_number:
                self.open_license(number)
        finally:  # also after a bug (it goes to the bug dialog): whoever waits for the start is told
            self.settled.emit()

    @property
    def opening_pending(self) -> bool:
        """The window has not yet painted once and opened the license chosen meanwhile."""
        return not self._settled

    def open_license(self, number: str) -> None:
        """Show the license the library selected (the library's selection is the only source)."""
        if not self._settled:
            self._pending_open = number
            return
        if not self.editing.leave_for(number):
            return  # the clerk stays in the editor, or the list went back to the license being edited
        if number != self.library.current_number:
            return  # leaving the editor moved the list on; its own signal showed what it now selects
        self.show_license(number)

    def show_license(self, number: str) -> None:
        store = self.store if self.session.is_open else None
        lic = self.session.attempt(lambda: store.load(number), self._database_problem) if number and store else None
        findings = self.session.attempt(lambda: store.findings(lic), self._database_problem) if lic else []
        self.license = lic

        def history() -> list:  # read when the history tab first shows it
            return (self.session.attempt(lambda: store.audit(lic.number), self._database_problem) or []) if lic else []

        self.detail.show_license(lic, findings or [], history)
        if not (self.__class__.editing.built(self) and self.editing.active):
            self.detail_stack.setCurrentWidget(self.detail if lic is not None else self.no_selection)
        suffix = self.tr("（只读）") if self.read_only else ""
        title = f"{lic.number} {lic.company} — licdesk" if lic else self.tr("licdesk — 增值电信业务经营许可证")
        self.setWindowTitle(title + suffix)
        self.update_actions()
        if lic is not None:
            self.session.settings.set(options.LAST_LICENSE, lic.number)

    def select_license(self, number: str) -> bool:
        """Select a license in the library (clearing a search or filter that hides it)."""
        if self.library.select_number(number):
            return True
        self.library.search_box.blockSignals(True)
        self.library.search_box.clear()
        self.library.search_box.blockSignals(False)
        self.library.set_status_filter(None)
        return self.library.select_number(number)

    def refresh(self) -> None:
        self.session.attempt(self.library.refresh, self._database_problem)
        self._update_page()
        if self.library.current_number:
            self.open_license(self.library.current_number)

    def _library_changed(self) -> None:
        """Licenses were added or removed: the counts and the list follow."""
        if self.session.is_open:
            self.session.attempt(self.library.refresh, self._database_problem)
            self._update_page()

    def _license_changed(self, number: str) -> None:
        editing = self.__class__.editing.built(self) and self.editing.active
        if number == self.library.current_number and self._settled and not editing:
            self.show_license(number)

    def _store_replaced(self) -> None:
        if self.read_only:
            self._show_read_only()
        self.library.set_store(self.store)
        self._update_page()
        self.show_license(self.library.current_number)

    def _update_page(self) -> None:
        empty = self.library.counts.get("all", 0) == 0
        self.pages.setCurrentWidget(self.welcome if empty else self.desk)
        if not empty and not self.library.current_number:
            self.library.select_first()
        self._update_status()

    def _update_status(self) -> None:
        counts = self.library.counts
        text = self.tr("共 %1 张许可证 · 有效 %2 · 即将到期 %3 · 已过期 %4").replace(
            "%1", str(counts.get("all", 0))).replace("%2", str(counts.get("valid", 0))).replace(
            "%3", str(counts.get("expiring", 0))).replace("%4", str(counts.get("expired", 0)))
        if counts.get("closed", 0):
            text += self.tr(" · 已关闭 %1").replace("%1", str(counts["closed"]))
        if self.library.search_box.text().strip() or self.library.status_filter:
            total = self.library.model.total
            text += self.tr(" · 当前列出 %1 张").replace("%1", "…" if total is None else str(total))
        self.status_label.setText(text)

    def focus_search(self) -> None:
        if self.pages.currentWidget() is self.desk:
            self.show_library_action.setChecked(True)  # a hidden library comes back to be searched
            self.library.focus_search()

    # -- edit mode's place on the desk -----------------------------------------------------------
    def show_editor(self, editor: QWidget) -> None:
        self.pages.setCurrentWidget(self.desk)  # a first license typed into an empty library
        self.detail_stack.addWidget(editor)
        self.detail_stack.setCurrentWidget(editor)
        self.update_actions()

    def show_viewer(self) -> None:
        self._update_page()
        self.show_license(self.library.current_number)
        if not self.library.current_number:
            self.detail_stack.setCurrentWidget(self.no_selection)

    # -- drag and drop ---------------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        if self.importing.accepts(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt's name
        event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        event.acceptProposedAction()
        self.importing.drop(event.mimeData())

    # -- preferences (help and About: controllers/helping.py) -------------------------------------
    def open_preferences(self) -> None:
        from licdesk.ui.dialogs.preferences_dialog import show_preferences

        show_preferences(self)

    @staticmethod
    def about_qt() -> None:
        from licdesk.ui.actions import about_qt

        about_qt()

    # -- the window's shape across starts --------------------------------------------------------
    def _restore_settings(self) -> None:
        from licdesk.ui.window_state import restore_window

        restore_window(self)

    def _restore_detail_settings(self) -> None:
        from licdesk.ui.window_state import restore_detail

        restore_detail(self)

    def save_settings(self) -> None:
        from licdesk.ui.window_state import save_window

        save_window(self)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if not self.editing.leave():
            event.ignore()
            return
        busy = [self.__class__.importing.built(self) and self.importing.cancel(),
                self.__class__.scanning.built(self) and self.scanning.cancel()]
        if any(busy):  # a scan stops before its next page; the page in hand takes a few seconds
            self.pool.waitForDone(10000)
        self.save_settings()
        if self.__class__.deadlines.built(self):
            self.deadlines.close()
        super().closeEvent(event)
