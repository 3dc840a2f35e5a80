"""licdesk's main window: the library on the left, the license's certificate, annex and provisions beside it."""

from __future__ import annotations

import datetime as _dt
import importlib.util
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, TypeVar

from PySide6.QtCore import (
    QByteArray, QEvent, QMimeData, QObject, QRunnable, QSettings, Qt, QThreadPool, QTimer, Signal,
)
from PySide6.QtGui import (
    QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QGuiApplication, QKeySequence, QPaintEvent,
)
from PySide6.QtWidgets import (
    QApplication, QDialog, QFileDialog, QFrame, QMainWindow, QMessageBox, QProgressDialog, QScrollArea, QSplitter,
    QStackedWidget, QWidget,
)

from licdesk.paths import resource_path
from licdesk.store import DuplicateLicenseError, Store, StoreError
from licdesk.ui.library_pane import LibraryPane
from licdesk.ui.plain import ask_yes_no, message_box, plain_label, show_error
from licdesk.ui.status import app_icon

# The importer, the import worker and the dialogs load when first used, the panes beside the library
# just after the first paint, the OCR parts with the first scan: start-up shows the window without them.
if TYPE_CHECKING:
    from licdesk.domain.model import License
    from licdesk.ui.detail_area import DetailArea
    from licdesk.ui.review_pane import ReviewPane
    from licdesk.ui.import_worker import BatchImport, ImportOutcome
    from licdesk.ui.scan_import import ScanRecognition
    from licdesk.ui.welcome_page import WelcomePage

_T = TypeVar("_T")

SAMPLE_FILES = ("sample_icp_shanghai.txt", "sample_cross_regional_b1.txt", "sample_inspections_guangdong.txt")
TEXT_SUFFIXES = (".txt", ".text")
# Files a clerk can import: license texts, PDFs (with text or scanned) and scanned images.
IMPORT_SUFFIXES = TEXT_SUFFIXES + (".pdf", ".png", ".jpg", ".jpeg", ".tif", ".tiff")


def print_support_available() -> bool:
    """The print preview is someone else's module; the action works only when it is there."""
    try:
        return (importlib.util.find_spec("licdesk.ui.pdf_preview") is not None
                and importlib.util.find_spec("licdesk.pdf") is not None)
    except (ImportError, ValueError):
        return False


def deadlines_available() -> bool:
    try:
        return importlib.util.find_spec("licdesk.ui.deadlines_page") is not None
    except (ImportError, ValueError):
        return False


class _BackupSignals(QObject):
    done = Signal(object)  # the backup's Path, None when skipped, or the exception


class _StartBackup(QRunnable):
    def __init__(self, path: Path, keep: int) -> None:
        super().__init__()
        self.path, self.keep = path, keep
        self.signals = _BackupSignals()

    def run(self) -> None:
        from licdesk.store import backups

        try:
            self.signals.done.emit(backups.backup_at_start(self.path, keep=self.keep))
        except Exception as exc:  # noqa: BLE001 - reported in the status bar, the desk goes on
            self.signals.done.emit(exc)


class _ReminderSignals(QObject):
    done = Signal(object)  # the list of obligations, or the exception


class _ReminderTask(QRunnable):
    """The start-up reminder's obligations, computed on a worker with its own read-only Store.

    A library of thousands of licenses takes seconds to read; the desk stays usable meanwhile.
    """

    def __init__(self, path: Path, today: Any, window_days: int) -> None:
        super().__init__()
        self.path, self.today, self.window_days = path, today, window_days
        self.signals = _ReminderSignals()

    def run(self) -> None:
        from licdesk.store import Store
        from licdesk.ui.deadlines_page import reminder_items

        try:
            with Store.open(self.path, readonly=True) as store:
                self.signals.done.emit(reminder_items(store, self.today, self.window_days))
        except Exception as exc:  # noqa: BLE001 - a reminder that cannot be computed is skipped, not fatal
            self.signals.done.emit(exc)


def safety_available() -> bool:
    try:
        return importlib.util.find_spec("licdesk.ui.safety_dialogs") is not None
    except (ImportError, ValueError):
        return False


def reviewer_name() -> str:
    """Who reviews: the name the computer knows the clerk by."""
    import getpass

    try:
        return getpass.getuser()
    except Exception:  # no user name in this environment
        return ""


class MainWindow(QMainWindow):
    def __init__(self, store: Store, *, today: _dt.date | None = None, settings: QSettings | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.settings = settings or QSettings()
        self.license: License | None = None
        # The license chosen before the window has painted once: it opens just after the first paint,
        # so the window appears without waiting for the certificate, annex and clause tree to be filled.
        self._painted = False
        self._settled = False  # the first paint happened and the pending license (if any) is open
        self._pending_open: str | None = None
        self._batch: BatchImport | None = None
        self._progress: QProgressDialog | None = None
        self._scan: ScanRecognition | None = None  # the scan being recognised
        self._scan_progress_dialog: QProgressDialog | None = None
        self.scan_preview: QDialog | None = None
        self.summary_box: QMessageBox | None = None
        self.deadlines_window: QWidget | None = None
        self.reminder: QWidget | None = None
        self.compare_dialog: QWidget | None = None
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(2)  # SQLite takes one writer at a time; more threads only wait

        self.setWindowTitle(self.tr("licdesk — 增值电信业务经营许可证"))
        self.setWindowIcon(app_icon())
        self.setAcceptDrops(True)

        self.library = LibraryPane(store, self, today=today)
        self._today = today
        self.desk = QSplitter(Qt.Orientation.Horizontal, self)
        self.desk.addWidget(self.library)
        # Beside the library: the license, or a word on why there is none (a search with no match).
        self.no_selection = plain_label(self.tr("没有符合条件的许可证。\n请修改搜索词或状态筛选。"), self)
        self.no_selection.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_selection.setEnabled(False)
        self.detail_stack = QStackedWidget(self)
        # The certificate, annex, provisions and review panes are built just after the first paint (or
        # when first asked for): the window appears with the library listed, an empty page beside it.
        self._detail: DetailArea | None = None
        self._review: ReviewPane | None = None
        self._detail_placeholder = QWidget(self)
        self.detail_stack.addWidget(self._detail_placeholder)
        self.detail_stack.addWidget(self.no_selection)
        from licdesk.ui.editing import EditController

        self.editing = EditController(self)
        self.desk.addWidget(self.detail_stack)
        self.desk.setStretchFactor(0, 0)
        self.desk.setStretchFactor(1, 1)
        self.desk.setChildrenCollapsible(True)
        self._welcome: WelcomePage | None = None  # built when the library is empty
        self.read_only = bool(getattr(store, "readonly", False))
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.desk)
        self.setCentralWidget(self.pages)

        self.status_label = plain_label("", self, wrap=False)
        self.statusBar().addWidget(self.status_label, 1)

        self._build_actions()
        self._build_menus()
        self.library.license_selected.connect(self.open_license)
        self.library.query_changed.connect(self._update_status)
        self.library.model.total_changed.connect(self._update_status)
        self.library.delete_requested.connect(self.delete_license)
        self.library.print_requested.connect(self.print_preview)
        self.library.edit_requested.connect(self._edit_number)
        self.library.compare_requested.connect(lambda number: self.compare_licenses(left=number))

        if self.read_only:
            self._enter_read_only()
        self._guard(self.library.apply_query)
        self._restore_settings()
        self._update_page()

    # -- actions and menus ---------------------------------------------------------------------
    def _action(self, text: str, slot: Callable[[], object], shortcut: QKeySequence | str | None = None,
                tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.import_action = self._action(self.tr("导入许可证文件(&I)…"), self.import_dialog,
                                          QKeySequence.StandardKey.Open, self.tr("导入一个或多个许可证文件：文本（.txt）、PDF 或扫描图像"))
        self.paste_action = self._action(self.tr("粘贴许可证文本(&P)…"), self.paste_text, "Ctrl+Shift+V")
        self.samples_action = self._action(self.tr("载入示例许可证"), self.load_samples)
        self.print_action = self._action(self.tr("打印预览(&R)…"), self.print_preview, QKeySequence.StandardKey.Print)
        self.batch_print_action = self._action(self.tr("批量打印(&B)…"), self.batch_print)
        self.print_available = print_support_available()
        self.print_action.setEnabled(self.print_available)
        self.batch_print_action.setEnabled(self.print_available)
        self.library.print_enabled = self.print_available
        if not self.print_available:
            self.print_action.setToolTip(self.tr("此版本尚未包含打印功能"))
            self.print_action.setStatusTip(self.tr("此版本尚未包含打印功能"))
        self.delete_action = self._action(self.tr("移到回收站(&D)…"), self.delete_current,
                                          QKeySequence.StandardKey.Delete)
        self.trash_action = self._action(self.tr("回收站(&T)…"), self.show_trash)
        self.copy_number_action = self._action(self.tr("复制许可证编号"), self.copy_number, "Ctrl+Shift+C")
        self.find_action = self._action(self.tr("查找许可证(&F)"), self.focus_search, QKeySequence.StandardKey.Find)
        self.refresh_action = self._action(self.tr("刷新"), self.refresh, QKeySequence.StandardKey.Refresh)
        self.quit_action = self._action(self.tr("退出(&Q)"), self.close, QKeySequence.StandardKey.Quit)
        self.safety_available = safety_available()
        self.backup_now_action = self._action(self.tr("立即备份(&B)"), self.backup_now)
        self.backup_settings_action = self._action(self.tr("备份设置…"), self.show_backup_settings)
        self.restore_action = self._action(self.tr("从备份恢复(&R)…"), self.restore_backup)
        self.check_action = self._action(self.tr("检查数据库(&C)…"), self.check_database)
        for action in (self.backup_now_action, self.backup_settings_action, self.restore_action, self.check_action):
            action.setEnabled(self.safety_available)
        self.deadlines_action = self._action(self.tr("合规期限(&L)…"), self.show_deadlines, "Ctrl+L")
        self.deadlines_action.setEnabled(deadlines_available())
        self.new_action = self._action(self.tr("新建许可证(&N)"), self.new_license, QKeySequence.StandardKey.New,
                                       self.tr("照纸质原件逐项录入一张许可证"))
        self.template_action = self._action(self.tr("从已有许可证的条款新建(&M)…"), self.new_from_template)
        self.edit_action = self._action(self.tr("编辑许可证(&E)"), self.edit_current, "Ctrl+E",
                                        self.tr("修改当前许可证的正本、附页、条款和年检记录"))
        self.save_action = self._action(self.tr("保存(&S)"), self.editing.save, QKeySequence.StandardKey.Save)
        self.save_action.setEnabled(False)  # there is something to save only in edit mode
        self.undo_action = self.editing.undo_group.createUndoAction(self, self.tr("撤销"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.editing.undo_group.createRedoAction(self, self.tr("重做"))
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        self.compare_action = self._action(self.tr("比较两张许可证(&O)…"), self.compare_licenses)
        self.compare_version_action = self._action(self.tr("与早先版本比较(&V)…"), self.compare_with_version)
        self.about_action = self._action(self.tr("关于 licdesk(&A)"), self.show_about)
        self.about_qt_action = self._action(self.tr("关于 Qt"), QApplication.aboutQt)
        self.preferences_action = self._action(self.tr("首选项(&N)…"), self.open_preferences,
                                               QKeySequence.StandardKey.Preferences)
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)  # macOS: the application menu
        if self.preferences_action.shortcut().isEmpty():  # Windows and some desktops define no Preferences key
            self.preferences_action.setShortcut(QKeySequence("Ctrl+,"))
        self.pane_actions: list[QAction] = []  # connected to their panes when the panes are built
        for caption in (self.tr("正本"), self.tr("附页"), self.tr("特别规定事项 / 年检")):
            action = QAction(caption, self)
            action.setCheckable(True)
            action.setChecked(True)
            self.pane_actions.append(action)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("文件(&F)"))
        file_menu.addAction(self.new_action)
        file_menu.addAction(self.template_action)
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.samples_action)
        file_menu.addAction(self.save_action)
        file_menu.addSeparator()
        file_menu.addAction(self.print_action)
        file_menu.addAction(self.batch_print_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu(self.tr("编辑(&E)"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.edit_action)
        edit_menu.addAction(self.paste_action)
        edit_menu.addAction(self.copy_number_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.find_action)
        edit_menu.addAction(self.delete_action)
        edit_menu.addAction(self.trash_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.preferences_action)
        view_menu = bar.addMenu(self.tr("视图(&V)"))
        for action in self.pane_actions:
            view_menu.addAction(action)
        view_menu.addSeparator()
        view_menu.addAction(self.deadlines_action)
        view_menu.addAction(self.compare_action)
        view_menu.addAction(self.compare_version_action)
        view_menu.addAction(self.refresh_action)
        tools_menu = bar.addMenu(self.tr("工具(&T)"))
        tools_menu.addAction(self.backup_now_action)
        tools_menu.addAction(self.backup_settings_action)
        tools_menu.addAction(self.restore_action)
        tools_menu.addSeparator()
        tools_menu.addAction(self.check_action)
        tools_menu.addSeparator()
        tools_menu.addAction(self._action(self.tr("审查模式(&V)…"), self.open_review_mode))
        tools_menu.addAction(self._action(self.tr("导入审查包(&I)…"), self.import_review_package))
        tools_menu.addAction(self._action(self.tr("只读查看审查包(&O)…"), self.view_review_package))
        help_menu = bar.addMenu(self.tr("帮助(&H)"))
        help_menu.addAction(self.about_action)
        help_menu.addAction(self.about_qt_action)

    def _enter_read_only(self) -> None:
        """Another licdesk is editing this file: look, search and print, but change nothing."""
        for action in (self.import_action, self.paste_action, self.samples_action, self.delete_action,
                       self.trash_action, self.restore_action, self.new_action, self.template_action,
                       self.edit_action, self.save_action):
            action.setEnabled(False)
            action.setToolTip(self.tr("数据库以只读方式打开"))
        if self._welcome is not None:
            self._welcome.set_read_only()
        self.setAcceptDrops(False)
        self.library.delete_enabled = False
        badge = plain_label(self.tr("只读：另一个 licdesk 正在编辑此数据库"), self, wrap=False)
        badge.setStyleSheet("color: #b86e00; padding: 0 6px;")
        self.statusBar().addPermanentWidget(badge)

    # -- errors ----------------------------------------------------------------------------------
    def _guard(self, work: Callable[[], _T]) -> _T | None:
        """Run a store operation; a StoreError becomes a clear message box instead of a crash."""
        try:
            return work()
        except StoreError as exc:
            show_error(self, self.tr("数据库问题"), str(exc))
            return None

    def _try(self, work: Callable[[], object]) -> bool:
        """Like _guard, for operations that return nothing: True when it worked."""
        try:
            work()
            return True
        except StoreError as exc:
            show_error(self, self.tr("数据库问题"), str(exc))
            return False

    # -- the welcome page of an empty library --------------------------------------------------
    @property
    def welcome(self) -> WelcomePage:
        if self._welcome is None:
            from licdesk.ui.welcome_page import WelcomePage

            welcome = self._welcome = WelcomePage(self)
            welcome.import_requested.connect(self.import_dialog)
            welcome.paste_requested.connect(self.paste_text)
            welcome.samples_requested.connect(self.load_samples)
            welcome.new_requested.connect(self.new_license)
            if self.read_only:
                welcome.set_read_only()
            self.pages.addWidget(welcome)
        return self._welcome

    # -- the detail panes, built after the first paint -------------------------------------------
    @property
    def detail(self) -> DetailArea:
        """The certificate, annex and provisions panes (built on first use)."""
        if self._detail is None:
            self._build_detail()
        return self._detail  # type: ignore[return-value]

    @property
    def review(self) -> ReviewPane:
        if self._review is None:
            self._build_detail()
        return self._review  # type: ignore[return-value]

    @property
    def detail_built(self) -> bool:
        return self._detail is not None

    def _build_detail(self) -> None:
        from licdesk.ui.detail_area import DetailArea
        from licdesk.ui.review_pane import ReviewPane

        detail = self._detail = DetailArea(self, today=self._today)
        detail.attachments.set_store(self.store)
        # Clause-by-clause review beside the provisions it reviews.
        self._review = ReviewPane(self.store, self, reviewer=reviewer_name())
        # In a scroll area: its row of buttons must not set the width of the whole desk.
        self.review_scroll = QScrollArea(self)
        self.review_scroll.setWidgetResizable(True)
        self.review_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.review_scroll.setWidget(self._review)
        detail.tabs.insertTab(3, self.review_scroll, self.tr("审查"))
        self._review.changed.connect(self._refresh_deadlines)
        detail.history.compare_requested.connect(lambda: self.compare_with_version())
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

    # -- showing licenses ------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        # The window paints itself first and its children in the same pass: once the event loop
        # turns again, the whole window is on the screen.
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self._open_pending)

    def showEvent(self, event: QEvent) -> None:
        super().showEvent(event)
        if not self._settled:  # shown minimized, the window does not paint: open the license anyway
            QTimer.singleShot(250, self._open_pending)

    def _open_pending(self) -> None:
        if self._settled:
            return
        self._painted = self._settled = True
        if self._detail is None:
            self._build_detail()
        number, self._pending_open = self._pending_open, None
        if number is not None and number == self.library.current_number:
            self.open_license(number)

    @property
    def opening_pending(self) -> bool:
        """The window has not yet painted once and opened the license chosen meanwhile."""
        return not self._settled

    def open_license(self, number: str) -> None:
        if not self._settled:
            self._pending_open = number
            return
        if self.editing.active:
            editing = self.editing.session.original_number if self.editing.session else None
            if number == editing or not number:
                return  # the list settled on the license being edited (or on none): stay in edit mode
            if not self.editing.leave():
                if editing:
                    self.library.select_number(editing)
                return
        lic = self._guard(lambda: self.store.load(number)) if number else None
        findings = self._guard(lambda: self.store.findings(lic)) if lic else []
        history = self._guard(lambda: self.store.audit(lic.number)) if lic else []
        self.license = lic
        self.detail.show_license(lic, findings or [], history or [])
        self.detail.attachments.show_license(lic.number if lic else None)
        self._guard(lambda: self.review.show_license(lic.number if lic else None))
        self.detail_stack.setCurrentWidget(self.detail if lic is not None else self.no_selection)
        title = self.tr("licdesk — 增值电信业务经营许可证")
        suffix = self.tr("（只读）") if self.read_only else ""
        self.setWindowTitle((f"{lic.number} {lic.company} — licdesk" if lic else title) + suffix)
        has = lic is not None
        self.delete_action.setEnabled(has and not self.read_only)
        self.copy_number_action.setEnabled(has)
        self.edit_action.setEnabled(has and not self.read_only)
        self.compare_version_action.setEnabled(has)
        self.print_action.setEnabled(has and self.print_available)
        if has:
            self.settings.setValue("library/last_number", lic.number)

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
        self._guard(self.library.refresh)
        self._update_page()
        if self.library.current_number:
            self.open_license(self.library.current_number)

    def _library_changed(self) -> None:
        """Licenses were added or removed: the counts, the list and an open deadlines window follow."""
        self._guard(self.library.refresh)
        self._refresh_deadlines()
        self._update_page()

    def _update_page(self) -> None:
        empty = self.library.counts.get("all", 0) == 0
        self.pages.setCurrentWidget(self.welcome if empty else self.desk)
        if not empty and not self.library.current_number:
            self.library.select_first()
        self._update_status()

    def _update_status(self) -> None:
        counts = self.library.counts
        text = self.tr("共 %1 张许可证 · 有效 %2 · 90天内续期 %3 · 已过期 %4").replace(
            "%1", str(counts.get("all", 0))).replace("%2", str(counts.get("valid", 0))).replace(
            "%3", str(counts.get("expiring", 0))).replace("%4", str(counts.get("expired", 0)))
        if self.library.search_box.text().strip() or self.library.status_filter:
            total = self.library.model.total
            text += self.tr(" · 当前列出 %1 张").replace("%1", "…" if total is None else str(total))
        self.status_label.setText(text)

    def focus_search(self) -> None:
        if self.pages.currentWidget() is self.desk:
            self.library.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.library.search_box.selectAll()

    def copy_number(self) -> None:
        if self.license:
            QGuiApplication.clipboard().setText(self.license.number)

    # -- deleting --------------------------------------------------------------------------------
    def delete_current(self) -> None:
        if self.license:
            self.delete_license(self.license.number)

    def delete_license(self, number: str) -> None:
        if self.read_only:
            return
        lic = self.license if self.license and self.license.number == number else self._guard(
            lambda: self.store.load(number))
        company = lic.company if lic else ""
        question = self.tr("把许可证 %1（%2）移到回收站？\n回收站中的许可证可以恢复。").replace(
            "%1", number).replace("%2", company)
        if not ask_yes_no(self, self.tr("移到回收站"), question, self.tr("移到回收站"), self.tr("取消")):
            return
        row = self.library.model.row_of(number)
        if not self._try(lambda: self.store.delete(number)):
            return
        self.statusBar().showMessage(self.tr("已将 %1 移到回收站").replace("%1", number), 5000)
        self._library_changed()
        if self.library.model.rowCount():
            next_row = min(row or 0, self.library.model.rowCount() - 1)
            self.library.select_number(self.library.model.summary_at(next_row).number)

    def show_trash(self) -> None:
        from licdesk.ui.trash_dialog import TrashDialog

        dialog = TrashDialog(self.store, self)
        restored: list[str] = []
        dialog.restored.connect(restored.append)
        dialog.exec()
        if restored:
            self._after_import(restored)  # back in the library: show the last one brought back

    # -- printing --------------------------------------------------------------------------------
    def batch_print(self) -> QDialog:
        """Several licenses at once: one combined PDF or one file each, in the background."""
        from licdesk.ui.batch_print import BatchPrintDialog

        dialog = BatchPrintDialog(self.store, [self.license.number] if self.license else [], self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def print_preview(self, number: str | None = None) -> None:
        if not self.print_available:
            show_error(self, self.tr("打印"), self.tr("此版本尚未包含打印功能。"))
            return
        number = number or (self.license.number if self.license else "")
        lic = self._guard(lambda: self.store.load(number)) if number else None
        if lic is None:
            return
        from licdesk.ui import print_bridge

        print_bridge.open_preview(self, lic)

    # -- importing -------------------------------------------------------------------------------
    def import_dialog(self) -> None:
        start = str(self.settings.value("import/last_dir", str(Path.home())))
        paths, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("导入许可证文件"), start, self.tr("许可证文件 (*.txt *.text *.pdf *.png *.jpg *.jpeg *.tif *.tiff);;许可证文本 (*.txt *.text);;"
                                 "PDF 与扫描图像 (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;所有文件 (*)"))
        if paths:
            self.settings.setValue("import/last_dir", str(Path(paths[0]).parent))
            self.import_files(paths)

    def import_files(self, paths: list[str]) -> None:
        paths = [p for p in paths if p]
        if len(paths) == 1:
            self.import_one(paths[0])
        elif paths:
            self.import_batch(paths)

    def import_one(self, path: str) -> bool:
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            show_error(self, self.tr("无法导入"), self.tr("无法读取文件 %1：%2").replace(
                "%1", path).replace("%2", exc.strerror or str(exc)))
            return False
        return self.preview_and_save(data, Path(path).name)

    def paste_text(self) -> bool:
        from licdesk.ui.paste_dialog import PasteDialog

        dialog = PasteDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.text.strip():
            return False
        return self.preview_and_save(dialog.text, self.tr("粘贴的文本"))

    def preview_and_save(self, data: bytes | str, origin: str) -> bool:
        """Read, show the preview, and save only when the clerk confirms."""
        from licdesk.importer import NotALicenseError, pdf_text, read_license
        from licdesk.importer.decoding import decode
        from licdesk.ui.import_preview import ImportPreviewDialog

        try:
            lic = read_license(data, source=origin)
            if isinstance(data, bytes) and pdf_text.is_pdf(data):
                source = pdf_text.extract_text(data)
            else:
                source = decode(data if isinstance(data, bytes) else data.encode("utf-8", errors="replace"))
        except pdf_text.ScanNeedsOcrError:
            self.import_scan(data if isinstance(data, bytes) else data.encode("utf-8"), origin)
            return False  # recognition goes on in the background; the review follows when it is done
        except NotALicenseError as exc:
            show_error(self, self.tr("无法导入 %1").replace("%1", origin), str(exc))
            return False
        dialog = ImportPreviewDialog(lic, source, origin, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        if not self.save_imported(lic):
            return False
        self._after_import([lic.number])
        return True

    def save_imported(self, lic: License) -> bool:
        try:
            self.store.save(lic)
            return True
        except DuplicateLicenseError as exc:
            from licdesk.ui.duplicate_question import ask_duplicate

            answer = ask_duplicate(self, lic.number, lic.company, exc.in_trash)
            if not answer.replace:
                return False
            return self._try(lambda: self.store.save(lic, replace=True))
        except StoreError as exc:
            show_error(self, self.tr("保存失败"), str(exc))
            return False

    # -- scans: recognised in the background, reviewed beside the page image, kept as an attachment --
    def import_scan(self, data: bytes, origin: str) -> None:
        from licdesk.ui.scan_import import ScanRecognition

        if self._scan is not None:
            show_error(self, self.tr("正在识别"), self.tr("上一个扫描件还在识别，请稍候。"))
            return
        recognition = ScanRecognition(data, origin, self, pool=self.pool)
        progress = QProgressDialog(self.tr("正在识别扫描件…"), self.tr("取消"), 0, 0, self)
        progress.setWindowTitle(self.tr("识别扫描件"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.canceled.connect(recognition.cancel)
        recognition.progress.connect(lambda done, total: self._scan_progress(done, total))
        recognition.recognised.connect(lambda lic, result: self._scan_done(lambda: self.review_scan(
            lic, result, data, origin)))
        recognition.cancelled.connect(lambda: self._scan_done(lambda: self.statusBar().showMessage(
            self.tr("已取消扫描件识别：%1").replace("%1", origin), 10000)))
        recognition.unavailable.connect(lambda hint: self._scan_done(lambda: show_error(
            self, self.tr("无法识别扫描件"), hint)))
        recognition.failed.connect(lambda message: self._scan_done(lambda: show_error(
            self, self.tr("无法导入 %1").replace("%1", origin), message)))
        self._scan, self._scan_progress_dialog = recognition, progress
        progress.show()
        recognition.start()

    def _scan_progress(self, done: int, total: int) -> None:
        dialog = self._scan_progress_dialog
        if dialog is None or total <= 0:
            return
        dialog.setMaximum(total)
        dialog.setLabelText(self.tr("正在识别第 %1 / %2 页").replace("%1", str(min(done + 1, total))).replace(
            "%2", str(total)))
        dialog.setValue(done)

    def _scan_done(self, then: Callable[[], object]) -> None:
        if self._scan_progress_dialog is not None:
            self._scan_progress_dialog.close()
            self._scan_progress_dialog.deleteLater()
        if self._scan is not None:
            self._scan.deleteLater()
        self._scan, self._scan_progress_dialog = None, None
        QTimer.singleShot(0, then)  # out of the signal handler before a dialog opens

    def review_scan(self, lic: License, result: Any, data: bytes, origin: str) -> bool:
        """The scan preview; Save stores the license and then keeps the scan itself as its attachment."""
        from licdesk.ui.scan_import import ScanPreviewDialog

        dialog = ScanPreviewDialog(lic, result, origin, self)
        self.scan_preview = dialog
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        if not self.save_imported(lic):
            return False
        try:
            self.store.add_attachment(lic.number, origin or self.tr("扫描件"), data)
        except StoreError as exc:
            show_error(self, self.tr("扫描件未能作为附件保存"), self.tr(
                "许可证 %1 已保存，但扫描件原件未能保存为附件：%2").replace("%1", lic.number).replace("%2", str(exc)))
        self._after_import([lic.number])
        return True

    def import_batch(self, paths: list[str]) -> None:
        if self._batch is not None:
            show_error(self, self.tr("正在导入"), self.tr("上一批文件还在导入，请稍候。"))
            return
        from licdesk.ui.import_worker import BatchImport

        batch = BatchImport(paths, self.store.path, self, pool=self.pool)
        progress = QProgressDialog(self.tr("正在导入 %1 个文件…").replace("%1", str(len(paths))),
                                   self.tr("取消"), 0, len(paths), self)
        progress.setWindowTitle(self.tr("导入"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.canceled.connect(batch.cancel)
        batch.progress.connect(lambda done, _total: progress.setValue(done))
        batch.finished.connect(self._batch_finished)
        self._batch, self._progress = batch, progress
        batch.start()

    def _batch_finished(self, outcomes: list[ImportOutcome]) -> None:
        from licdesk.ui import import_worker

        if self._progress is not None:
            self._progress.close()
            self._progress.deleteLater()
        self._batch, self._progress = None, None
        saved = [o.number for o in outcomes if o.status == import_worker.SAVED]
        duplicates = [o for o in outcomes if o.status == import_worker.DUPLICATE]
        failed = [o for o in outcomes if o.status == import_worker.FAILED]
        cancelled = sum(1 for o in outcomes if o.status == import_worker.CANCELLED)
        replaced, skipped = self._resolve_duplicates(duplicates)
        self._after_import(saved + replaced)
        self._show_summary(len(saved), len(replaced), skipped, failed, cancelled)

    def _resolve_duplicates(self, duplicates: list[ImportOutcome]) -> tuple[list[str], int]:
        from licdesk.ui.duplicate_question import ask_duplicate

        replaced: list[str] = []
        skipped = 0
        decision: bool | None = None  # the clerk's answer "for all"
        for position, outcome in enumerate(duplicates):
            lic = outcome.license
            if lic is None:
                continue
            replace = decision
            if replace is None:
                answer = ask_duplicate(self, lic.number, lic.company, self.store.in_trash(lic.number),
                                       others_left=len(duplicates) - position - 1)
                replace = answer.replace
                if answer.for_all:
                    decision = answer.replace
            if replace and self._try(lambda: self.store.save(lic, replace=True)):
                replaced.append(lic.number)
            else:
                skipped += 1
        return replaced, skipped

    def _show_summary(self, saved: int, replaced: int, skipped: int, failed: list[ImportOutcome],
                      cancelled: int) -> None:
        text = self.tr("已导入 %1 张，替换 %2 张，跳过 %3 张，失败 %4 个文件。").replace("%1", str(saved)).replace(
            "%2", str(replaced)).replace("%3", str(skipped)).replace("%4", str(len(failed)))
        if cancelled:
            text += self.tr("\n已取消 %1 个文件。").replace("%1", str(cancelled))
        self.statusBar().showMessage(text.replace("\n", " "), 10000)
        details = "\n\n".join(f"{Path(o.path).name}：{o.message}" for o in failed)
        icon = QMessageBox.Icon.Warning if failed else QMessageBox.Icon.Information
        box = message_box(self, icon, self.tr("导入完成"), text, details)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        self.summary_box = box
        box.open()  # not blocking: the library is already up to date behind it

    def _after_import(self, numbers: list[str]) -> None:
        self._library_changed()
        if numbers:
            self.select_license(numbers[-1])

    def load_samples(self) -> None:
        from licdesk.importer import NotALicenseError, read_license

        numbers = []
        for name in SAMPLE_FILES:
            try:
                lic = read_license(resource_path("samples", name).read_bytes(), source=name)
            except (OSError, NotALicenseError) as exc:
                show_error(self, self.tr("无法载入示例"), f"{name}: {exc}")
                continue
            if self._guard(lambda: self.store.exists(lic.number)):
                continue
            if self._try(lambda: self.store.save(lic)):
                numbers.append(lic.number)
        self._after_import(numbers[:1])

    # -- drag and drop ---------------------------------------------------------------------------
    @staticmethod
    def _dropped_paths(mime: QMimeData) -> list[str]:
        return [url.toLocalFile() for url in mime.urls() if url.isLocalFile()]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        mime = event.mimeData()
        license_word = "许可证"  # not interface text: dropped text that mentions it may be a license
        if self._dropped_paths(mime) or (mime.hasText() and license_word in mime.text()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:  # noqa: ANN001
        event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        mime = event.mimeData()
        paths = self._dropped_paths(mime)
        text = mime.text() if not paths and mime.hasText() else ""
        event.acceptProposedAction()
        texts = [p for p in paths if p.lower().endswith(IMPORT_SUFFIXES)]
        if paths and not texts:
            QTimer.singleShot(0, lambda: show_error(self, self.tr("无法导入"), self.tr(
                "只能导入许可证文本（.txt）、PDF 或扫描图像（.png、.jpg、.tif）。")))
            return
        # Leave the drop handler first: a dialog opened inside it would hold up the drag source.
        if texts:
            QTimer.singleShot(0, lambda: self.import_files(texts))
        elif text:
            QTimer.singleShot(0, lambda: self.preview_and_save(text, self.tr("拖入的文本")))

    # -- deadlines --------------------------------------------------------------------------------
    def show_deadlines(self) -> None:
        """The compliance calendar of every license, in a window of its own (built when first asked for)."""
        if self.deadlines_window is None:
            from licdesk.ui.deadlines_page import DeadlinesPage

            page = DeadlinesPage(self.store, None, today=self.library.model.fixed_today)
            page.setWindowTitle(self.tr("合规期限 — licdesk"))
            page.setWindowIcon(app_icon())
            page.resize(1100, 700)
            page.changed.connect(lambda number: self.refresh() if number == self.library.current_number else None)
            self.deadlines_window = page
        self.deadlines_window.show()
        self.deadlines_window.raise_()
        self.deadlines_window.activateWindow()

    def show_startup_reminder(self) -> QWidget | None:
        """What is overdue or due soon, once after the window is up; its OK opens the deadlines page."""
        if not deadlines_available() or self.store is None:
            return None
        from licdesk.ui.deadlines_page import startup_reminder

        dialog = self._guard(lambda: startup_reminder(self, self.store, today=self.library.model.fixed_today))
        self._reminder_shown(dialog)
        return dialog

    def start_reminder_in_background(self) -> None:
        """The start-up reminder, computed on a worker so that a large library never freezes the desk."""
        if not deadlines_available() or self.store is None:
            return
        import datetime as _dt

        from licdesk.ui.deadlines_page import saved_window_days

        today = self.library.model.fixed_today or _dt.date.today()
        window_days = saved_window_days()
        task = _ReminderTask(self.store.path, today, window_days)
        task.signals.done.connect(lambda result: self._reminder_computed(result, today, window_days))
        self._reminder_task = task  # its signals must outlive the worker
        self.pool.start(task)

    def _reminder_computed(self, result: object, today: Any, window_days: int) -> None:
        if isinstance(result, Exception) or not self.isVisible():
            return  # a reminder is a courtesy: when it cannot be computed the desk goes on without it
        from licdesk.ui.deadlines_page import show_reminder

        self._reminder_shown(self._guard(lambda: show_reminder(self, result, today, window_days)))

    def _reminder_shown(self, dialog: QWidget | None) -> None:
        if dialog is not None:
            dialog.accepted.connect(self.show_deadlines)
        self.reminder = dialog

    def _refresh_deadlines(self) -> None:
        if self.deadlines_window is not None and self.deadlines_window.isVisible():
            self._guard(self.deadlines_window.refresh)

    # -- backups and checks (dialogs of licdesk.ui.safety_dialogs) ------------------------------
    def backup_now(self) -> None:
        from licdesk.ui.safety_dialogs import backup_now

        made = backup_now(self, self.store.path)
        if made is not None:
            self.statusBar().showMessage(self.tr("已备份到 %1").replace("%1", str(made)), 10000)

    def show_backup_settings(self) -> None:
        from licdesk.ui.safety_dialogs import BackupDialog

        BackupDialog(self.store.path, self).exec()

    def check_database(self) -> None:
        from licdesk.ui.safety_dialogs import CheckDialog

        dialog = CheckDialog(self.store, self)
        dialog.license_activated.connect(self.select_license)
        dialog.exec()

    def restore_backup(self) -> None:
        from licdesk.ui.safety_dialogs import RestoreDialog

        dialog = RestoreDialog(self.store.path, self, release_database=self.close_store)
        dialog.exec()
        if dialog.released:
            self.reopen_store()

    def start_backup_at_start(self) -> None:
        """The automatic start-up backup (skipped when nothing changed), on a worker: a big file takes seconds."""
        if self.read_only or not self.safety_available:
            return
        from licdesk.ui.safety_dialogs import backup_keep

        task = _StartBackup(self.store.path, backup_keep(self.settings))
        task.signals.done.connect(self._start_backup_done)
        self._start_backup = task  # its signals must outlive the worker
        self.pool.start(task)

    def _start_backup_done(self, result: object) -> None:
        if isinstance(result, Exception):
            self.statusBar().showMessage(self.tr("启动时的自动备份未完成：%1").replace("%1", str(result)), 15000)
        elif result is not None:
            self.statusBar().showMessage(self.tr("已自动备份数据库"), 5000)

    def close_store(self) -> None:
        """Let go of the database file (a restore replaces it); the window shows nothing new meanwhile."""
        if self.deadlines_window is not None:
            self.deadlines_window.close()
            self.deadlines_window = None
        self.library.set_store(None)
        self.store.close()

    def reopen_store(self) -> None:
        from licdesk.ui.app import open_store

        path = self.store.path
        try:
            self.store = open_store(path, ask=False)
        except StoreError as exc:
            show_error(self, self.tr("无法重新打开数据库"), str(exc))
            return
        if self.store.readonly and not self.read_only:
            self.read_only = True
            self._enter_read_only()
        self.library.set_store(self.store)
        self.review.store = self.store
        self.detail.attachments.set_store(self.store)  # the closed Store must not stay behind in a pane
        self._update_page()
        self.open_license(self.library.current_number)

    # -- review (licdesk.ui.review_window) ---------------------------------------------------------
    def open_review_mode(self) -> QWidget:
        """The review window: every license with its progress, the clause-by-clause review beside it."""
        from licdesk.ui.review_window import ReviewWindow

        window = ReviewWindow(self.store, reviewer=reviewer_name(), parent=self)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.show()
        self.review_window = window
        return window

    def import_review_package(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("导入审查包"), "",
                                              self.tr("licdesk 审查包 (*.licreview *.zip);;所有文件 (*)"))
        if path:
            window = self.open_review_mode()
            self._guard(lambda: window.import_package_file(path))
            self.open_license(self.library.current_number)

    def view_review_package(self) -> QWidget | None:
        """A review package opened for reading only: nothing of it reaches this database."""
        path, _ = QFileDialog.getOpenFileName(self, self.tr("只读查看审查包"), "",
                                              self.tr("licdesk 审查包 (*.licreview *.zip);;所有文件 (*)"))
        if not path:
            return None
        import tempfile

        from licdesk.services.review_package import open_package_view
        from licdesk.ui.review_window import ReviewWindow

        folder = tempfile.mkdtemp(prefix="licdesk-review-")
        store = self._guard(lambda: open_package_view(path, folder))
        if store is None:
            return None
        window = ReviewWindow(store, reviewer=reviewer_name(), parent=self)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.destroyed.connect(store.close)
        window.setWindowTitle(window.windowTitle() + self.tr("（只读）"))
        window.show()
        self.review_window = window
        return window

    # -- editing ---------------------------------------------------------------------------------
    def edit_current(self) -> bool:
        if self.read_only or self.license is None:
            return False
        return self.editing.edit_license(self.license.number)

    def _edit_number(self, number: str) -> None:
        if self.select_license(number) and self.license is not None and self.license.number == number:
            self.edit_current()

    def new_license(self) -> bool:
        return not self.read_only and self.editing.new_license()

    def new_from_template(self) -> bool:
        if self.read_only:
            return False
        from licdesk.ui.template_dialog import TemplateDialog

        dialog = TemplateDialog(self.store, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.draft() is None:
            return False
        return self.editing.new_license(dialog.draft())

    def show_editor(self, editor: QWidget) -> None:
        self.pages.setCurrentWidget(self.desk)  # a first license typed into an empty library
        self.detail_stack.addWidget(editor)
        self.detail_stack.setCurrentWidget(editor)
        self.save_action.setEnabled(True)
        # The Delete key belongs to the editor's tables now, not to "move the license to the trash".
        self.delete_action.setEnabled(False)
        self.edit_action.setEnabled(False)

    def show_viewer(self) -> None:
        self.save_action.setEnabled(False)
        self._update_page()
        number = self.library.current_number
        self.open_license(number)
        if not number:
            self.detail_stack.setCurrentWidget(self.no_selection)

    def after_edit(self, number: str) -> None:
        """A license was saved from the editor: the list, the deadlines and the detail follow."""
        self.save_action.setEnabled(False)
        self._library_changed()
        if not self.select_license(number) or self.library.current_number == number:
            self.open_license(number)
        self.statusBar().showMessage(self.tr("已保存 %1").replace("%1", number), 8000)

    # -- comparing -------------------------------------------------------------------------------
    def compare_licenses(self, left: str | None = None, right: str | None = None) -> None:
        from licdesk.ui.compare_dialog import CompareDialog

        left = left or (self.license.number if self.license else None)
        if right is None:
            right = self._compare_partner(left)
        dialog = CompareDialog(self.store, self, left=(left, None), right=(right, None))
        self.compare_dialog = dialog
        dialog.show()

    def _compare_partner(self, number: str | None) -> str | None:
        """Another license to set beside this one: the same company's (an old and a renewed certificate) first."""
        summaries = self._guard(lambda: self.store.summaries(order_by="number")) or []
        mine = next((s for s in summaries if s.number == number), None)
        others = [s for s in summaries if s.number != number]
        same_company = [s for s in others if mine is not None and s.company == mine.company]
        chosen = (same_company or others or [None])[0]
        return chosen.number if chosen is not None else None

    def compare_with_version(self, version: int | None = None) -> None:
        """The open license against an earlier version of itself (by default the one before the current)."""
        if self.license is None:
            return
        from licdesk.ui.compare_dialog import CompareDialog

        number = self.license.number
        versions = self._guard(lambda: self.store.versions(number)) or []
        if version is None:
            version = versions[1].version if len(versions) > 1 else (versions[0].version if versions else None)
        dialog = CompareDialog(self.store, self, left=(number, version), right=(number, None))
        self.compare_dialog = dialog
        dialog.show()

    # -- preferences -----------------------------------------------------------------------------
    def open_preferences(self) -> None:
        from licdesk.ui.preferences_dialog import show_preferences

        show_preferences(self)

    # -- about -----------------------------------------------------------------------------------
    def show_about(self) -> None:
        from licdesk.ui.about_dialog import AboutDialog

        AboutDialog(self).exec()

    # -- settings --------------------------------------------------------------------------------
    _SPLITTERS = ("desk", "detail", "provisions")

    def _splitter(self, name: str) -> QSplitter:
        if name == "desk":
            return self.desk
        return self.detail if name == "detail" else self.detail.provisions.splitter

    def _restore_settings(self) -> None:
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1600, 900)
        # The library's share of the width, until the clerk drags it: a window closed on the welcome
        # page keeps its place and size but has no desk sizes to keep.
        library = min(self.library.preferred_width(), self.width() * 2 // 5)  # the certificate needs the rest
        self.desk.setSizes([library, max(self.width() - library, library)])
        self._restore_splitter("desk")
        header = self.settings.value("library/header")
        if isinstance(header, QByteArray) and not header.isEmpty():
            self.library.table.horizontalHeader().restoreState(header)
        last = self.settings.value("library/last_number")
        if last:
            self.library.select_number(str(last))

    def _restore_detail_settings(self) -> None:
        self.detail.setSizes([380, 290, 370])
        for name in ("detail", "provisions"):
            self._restore_splitter(name)
        tab = self.settings.value("detail/tab")
        if tab is not None:
            self.detail.tabs.setCurrentIndex(int(tab))

    def _restore_splitter(self, name: str) -> None:
        state = self.settings.value(f"splitters/{name}")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self._splitter(name).restoreState(state)

    def save_settings(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        if self.pages.currentWidget() is self.desk:  # a hidden desk has no sizes worth keeping
            # Panes never built keep the sizes they were given last time.
            for name in self._SPLITTERS if self.detail_built else ("desk",):
                self.settings.setValue(f"splitters/{name}", self._splitter(name).saveState())
        self.settings.setValue("library/header", self.library.table.horizontalHeader().saveState())
        if self.detail_built:
            self.settings.setValue("detail/tab", self.detail.tabs.currentIndex())
        if self.library.current_number:
            self.settings.setValue("library/last_number", self.library.current_number)
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.editing.leave():
            event.ignore()
            return
        if self._batch is not None:
            self._batch.cancel()
        if self._scan is not None:
            self._scan.cancel()  # stops before the next page; the page in hand takes a few seconds
        if self._batch is not None or self._scan is not None:
            self.pool.waitForDone(10000)
        self.save_settings()
        if self.deadlines_window is not None:
            self.deadlines_window.close()
        super().closeEvent(event)
