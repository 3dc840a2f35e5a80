"""Review mode: the licenses of a database with the review pane beside them, and the review's files.

The licenses themselves are only shown here, never edited: what a reviewer changes is the review.
Packages come in and go out from here (import merges clause by clause; conflicts open a dialog), and
the report is written as PDF or xlsx.  Opened on a read-only database, nothing can be changed.
"""

from __future__ import annotations

import datetime as _dt

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QLabel, QListWidget, QListWidgetItem, QMainWindow, QSplitter, QToolBar

from licdesk.ui.common.window_fit import closable, size_within_screen
from licdesk.ui.common.file_dialogs import remember, start_in
from licdesk.domain import review as rv
from licdesk.store import StoreError
from licdesk.store import review as store_review
from licdesk.ui.dialogs.review_conflicts_dialog import ReviewConflictsDialog
from licdesk.ui.dialogs.review_diff_dialog import ReviewDiffDialog
from licdesk.ui.panes.review_pane import ReviewPane
from licdesk.ui.session import as_session

NUMBER_ROLE = Qt.ItemDataRole.UserRole + 1


class ReviewWindow(QMainWindow):
    def __init__(self, source: Any, *, reviewer: str = "", parent: Any = None) -> None:
        super().__init__(parent)
        self.session = as_session(source)  # the desk's (following a restore), or one over a package's copy
        self.reviewer = reviewer
        store = self.store
        title = self.tr("licdesk 审查模式 — %1").replace("%1", str(store.path))
        if store.readonly:
            title += self.tr("（只读）")
        self.setWindowTitle(title)
        closable(self)
        self.licenses = QListWidget()
        self.licenses.setWordWrap(True)
        self.pane = ReviewPane(self.session, reviewer=reviewer)
        self.pane.changed.connect(self._refresh_list_progress)
        self.licenses.currentItemChanged.connect(self._license_chosen)
        splitter = QSplitter()
        splitter.addWidget(self.licenses)
        splitter.addWidget(self.pane)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 1020])
        self.setCentralWidget(splitter)
        self.conflicts_label = QLabel()
        self.conflicts_dialog: ReviewConflictsDialog | None = None

        bar = QToolBar(self.tr("审查"))
        bar.setObjectName("review_toolbar")
        self.addToolBar(bar)
        self.import_action = self._action(bar, self.tr("导入审查包…"), self._ask_import)
        self.export_action = self._action(bar, self.tr("导出审查包…"), self._ask_export)
        self.report_action = self._action(bar, self.tr("生成审查报告…"), self._ask_report)
        self.diff_action = self._action(bar, self.tr("与上一轮比较"), self.show_diff)
        self.conflicts_action = self._action(bar, self.tr("合并冲突…"), self.show_conflicts)
        bar.addWidget(self.conflicts_label)
        self.import_action.setEnabled(not store.readonly)
        self.session.store_replaced.connect(lambda: self.reload())
        self.session.licenses_changed.connect(lambda: self.reload())
        self.reload()

    @property
    def store(self) -> Any:
        return self.session.store

    def _action(self, bar: QToolBar, text: str, slot: Any) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(lambda _checked=False: slot())
        bar.addAction(action)
        return action

    # -- the list ---------------------------------------------------------------------------
    def reload(self, select: str | None = None) -> None:
        current = select or self.current_number()
        self.licenses.blockSignals(True)
        self.licenses.clear()
        for lic in self.store.licenses():
            entry = QListWidgetItem()
            entry.setData(NUMBER_ROLE, lic.number)
            self.licenses.addItem(entry)
            self._describe(entry, lic)
        self.licenses.blockSignals(False)
        numbers = [self.licenses.item(i).data(NUMBER_ROLE) for i in range(self.licenses.count())]
        if numbers:
            self.licenses.setCurrentRow(numbers.index(current) if current in numbers else 0)
        self._update_conflicts()

    def _describe(self, entry: QListWidgetItem, lic: Any) -> None:
        latest = store_review.latest_round(self.store, lic.number)
        if latest is None:
            state = self.tr("未开始审查")
        else:
            counted = rv.progress(lic, latest)
            state = self.tr("已审 %1 / %2 条").replace("%1", str(counted.reviewed)).replace("%2", str(counted.total))
        entry.setText(f"{lic.number}\n{lic.company}\n{state}")  # a list item shows plain text

    def _refresh_list_progress(self) -> None:
        entry = self.licenses.currentItem()
        if entry is not None:
            lic = self.store.load(entry.data(NUMBER_ROLE))
            if lic is not None:
                self._describe(entry, lic)
        self._update_conflicts()

    def current_number(self) -> str | None:
        entry = self.licenses.currentItem()
        return entry.data(NUMBER_ROLE) if entry is not None else None

    def _license_chosen(self, current: QListWidgetItem | None, _previous: Any) -> None:
        self.pane.show_license(current.data(NUMBER_ROLE) if current is not None else None)

    def _update_conflicts(self) -> None:
        count = len(store_review.conflicts(self.store))
        self.conflicts_label.setText(self.tr("  待解决冲突：%1").replace("%1", str(count)) if count else "")

    # -- packages, report, comparing, conflicts ---------------------------------------------------
    def import_package_file(self, path: str | Path) -> Any:
        from licdesk.services.review_package import import_package

        self.pane.commit_edits()
        try:
            report = import_package(self.store, path)
        except StoreError as exc:
            self.statusBar().showMessage(str(exc))
            return None
        message = self.tr("已导入审查包：%1 份许可证，合并 %2 条，冲突 %3 处") \
            .replace("%1", str(len(report.licenses))).replace("%2", str(report.clauses_taken)) \
            .replace("%3", str(report.conflicts))
        self.statusBar().showMessage(message)
        self.session.licenses_changed.emit()  # a package may bring licenses the library has not seen
        self.session.reviewed()
        self.reload(select=report.licenses[0].number if report.licenses else None)
        if report.conflicts:
            self.show_conflicts()
        return report

    def export_package_file(self, path: str | Path, numbers: list[str] | None = None) -> Path | None:
        from licdesk.services.review_package import export_package

        self.pane.commit_edits()
        numbers = numbers or ([self.current_number()] if self.current_number() else [])
        try:
            written = export_package(self.store, numbers, path, created_by=self.reviewer)
        except StoreError as exc:
            self.statusBar().showMessage(str(exc))
            return None
        self.statusBar().showMessage(self.tr("已导出审查包：%1").replace("%1", str(written)))
        self.reload()
        return written

    def write_report(self, path: str | Path) -> Path | None:
        number = self.current_number()
        latest = store_review.latest_round(self.store, number) if number else None
        if latest is None:
            self.statusBar().showMessage(self.tr("这份许可证还没有审查，无法生成报告"))
            return None
        self.pane.commit_edits()
        lic = self.store.load(number)
        names = {a.sha256: a.file_name for a in self.store.attachments(number)}
        target = Path(path)
        try:
            if target.suffix.lower() == ".xlsx":
                from licdesk.exports.review_xlsx import write_review_workbook

                write_review_workbook(target, lic, latest, evidence_names=names)
            else:
                from licdesk.exports.files import write_atomically
                from licdesk.pdf.review_report import render_review_report

                pdf = render_review_report(lic, latest, evidence_names=names).pdf
                write_atomically(target, lambda tmp: tmp.write_bytes(pdf))
        except OSError as exc:
            self.statusBar().showMessage(self.tr("无法写入文件：%1").replace("%1", exc.strerror or str(exc)))
            return None
        self.statusBar().showMessage(self.tr("已生成审查报告：%1").replace("%1", str(target)))
        return target

    def show_diff(self) -> ReviewDiffDialog | None:
        number = self.current_number()
        found = store_review.rounds(self.store, number) if number else []
        if len(found) < 2:
            self.statusBar().showMessage(self.tr("只有一轮审查，无可比较"))
            return None
        dialog = ReviewDiffDialog(self.store.load(number), found[-2], found[-1], self)
        dialog.show()
        return dialog

    def show_conflicts(self) -> ReviewConflictsDialog:
        if self.conflicts_dialog is not None:
            self.conflicts_dialog.close()
        dialog = ReviewConflictsDialog(self.store, self, by=self.reviewer)
        dialog.finished.connect(lambda _result: self._after_conflicts())
        dialog.show()
        self.conflicts_dialog = dialog
        return dialog

    def _after_conflicts(self) -> None:
        self.pane.show_license(self.current_number())
        self._update_conflicts()

    # -- file dialogs ---------------------------------------------------------------------------
    def _ask_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("导入审查包"), start_in(), self.tr("审查包 (*.licreview)"))
        remember(path)
        if path:
            self.import_package_file(path)

    def _ask_export(self) -> None:
        number = self.current_number()
        if not number:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("导出审查包"), start_in(f"{number}.licreview"),
                                              self.tr("审查包 (*.licreview)"))
        remember(path)
        if path:
            self.export_package_file(path)

    def _ask_report(self) -> None:
        number = self.current_number()
        if not number:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("生成审查报告"),
                                              start_in(self.tr("审查报告-%1-%2.pdf").replace("%1", number).replace(
                                                  "%2", _dt.date.today().isoformat())),
                                              self.tr("PDF (*.pdf);;Excel (*.xlsx)"))
        remember(path)
        if path:
            self.write_report(path)


def run_review_mode(db_path: Path, *, package: Path | None = None, reviewer: str = "", readonly: bool = False,
                    lang: str | None = None, screenshot: Path | None = None) -> int:
    """Review mode as its own window (`licdesk review open`): the database, with a package taken in first.

    Returns the exit code; with `screenshot`, the window is drawn offscreen, saved and closed.
    """
    import os
    import sys

    from licdesk.exit_codes import EXIT_BAD_INPUT, EXIT_OK
    from licdesk.ui.opening import has_display, open_store

    if screenshot is not None and not has_display():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # a picture needs no screen
    elif not has_display():
        print("licdesk: 需要图形桌面才能打开审查窗口 (a desktop session is needed)", file=sys.stderr)
        return EXIT_BAD_INPUT
    from PySide6.QtWidgets import QApplication

    from licdesk.store import Store
    from licdesk.ui.common.fonts import register_bundled_fonts, ui_font
    from licdesk.ui.i18n import install_translator

    application = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "licdesk"])
    register_bundled_fonts()
    application.setFont(ui_font())
    install_translator(application, lang)
    try:
        db_path.parent.mkdir(parents=True, exist_ok=True)
        if readonly:
            store = Store.open(db_path, readonly=True)
        else:
            store = open_store(db_path, ask=screenshot is None)
        if store is None:
            return EXIT_OK
    except (StoreError, OSError) as exc:
        print(f"licdesk: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    window = ReviewWindow(store, reviewer=reviewer)
    size_within_screen(window, 1400, 880)
    window.show()
    code = EXIT_OK
    if package is not None and window.import_package_file(package) is None:
        print(f"licdesk: {window.statusBar().currentMessage()}", file=sys.stderr)
        code = EXIT_BAD_INPUT
    if screenshot is not None:
        application.processEvents()
        screenshot.parent.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(screenshot))
    else:
        application.exec()
    window.close()
    store.close()
    return code
