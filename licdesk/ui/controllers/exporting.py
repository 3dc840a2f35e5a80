"""文件 → 导出…: the library, the listed licenses or the selected one to Excel, CSV, JSON or a calendar.

The file is written on a worker thread from a connection of its own (licdesk.services.exporting writes
it atomically); afterwards a message says where it went, with a button that opens the folder.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QProgressDialog

from licdesk.domain.holidays import HolidayTable
from licdesk.services.exporting import SUFFIXES, ExportOutcome, export_to_file
from licdesk.store import StoreError
from licdesk.ui.common.file_dialogs import remember, start_in
from licdesk.ui.common.findings import interface_language
from licdesk.ui.common.plain import message_box, show_error
from licdesk.ui.common.tasks import close_dialog, progress_dialog, run_task
from licdesk.ui.controllers.base import Controller
from licdesk.ui.deadlines.holiday_choice import desk_holidays
from licdesk.ui.dialogs.export_dialog import ExportDialog, Scope

if TYPE_CHECKING:
    from licdesk.ui.main_window import MainWindow


@dataclass(frozen=True)
class ExportRequest:
    db_path: Path
    format: str
    scope: Scope
    target: Path
    today: _dt.date
    language: str
    holidays: HolidayTable | None = None  # the clerk's table named in Preferences, as the Deadlines page counts


def run_export(request: ExportRequest) -> ExportOutcome:
    """On a worker thread: read from a connection of its own and write the file."""
    from licdesk.store import Store

    with Store.open(request.db_path, timeout=30.0, readonly=True) as store:
        numbers: list[str] | None = None
        if request.scope.kind == "selected":
            numbers = [request.scope.number]
        elif request.scope.kind == "listed":
            numbers = [s.number for s in store.summaries(
                status=request.scope.status, search=request.scope.search or None, today=request.today)]
        return export_to_file(store, request.format, request.target, request.today, numbers=numbers,
                              language=request.language, holidays=request.holidays)


class ExportController(Controller):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.last_format = "xlsx"  # the next dialog starts with the format chosen last
        self.message: QMessageBox | None = None  # the "exported" message last shown (its folder button)

    def export_dialog(self, selected_first: bool = False) -> None:
        library = self.window.library
        has_query = bool(library.search_box.text().strip() or library.status_filter)
        dialog = ExportDialog(library.counts.get("all", 0), self.window.current_number(),
                              listed=library.model.total, search=library.search_box.text().strip(),
                              status=library.status_filter, has_query=has_query, fmt=self.last_format,
                              selected_first=selected_first, parent=self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        fmt, scope = dialog.chosen_format(), dialog.scope()
        self.last_format = fmt
        target = self.ask_target(fmt, scope)
        if target is not None:
            self.export(fmt, scope, target)

    def ask_target(self, fmt: str, scope: Scope) -> Path | None:
        today = self.session.today()
        stem = scope.number if scope.kind == "selected" else self.tr("许可证")
        suffix = SUFFIXES[fmt]
        filters = {"xlsx": self.tr("Excel 工作簿 (*.xlsx)"), "csv": self.tr("CSV 表格 (*.csv)"),
                   "json": self.tr("JSON 数据 (*.json)"), "ics": self.tr("日历 (*.ics)")}
        chosen, _filter = QFileDialog.getSaveFileName(
            self.window, self.tr("导出到"), start_in(f"{stem}-{today.isoformat()}{suffix}"), filters[fmt])
        if not chosen:
            return None
        remember(chosen)
        path = Path(chosen)
        return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)

    def export(self, fmt: str, scope: Scope, target: Path) -> None:
        """Write in the background; the message (or the problem) comes when the file is in place."""
        if getattr(self.store, "team_library", None) is not None:
            self._export_here(fmt, scope, target)
            return
        request = ExportRequest(Path(self.store.path), fmt, scope, target, self.session.today(), interface_language(),
                                desk_holidays(self.session.settings))
        progress: QProgressDialog = progress_dialog(self.window, self.tr("导出"), self.tr("正在导出…"), "",
                                                    delay_ms=400)
        progress.setCancelButton(None)  # type: ignore[arg-type]  # a file of a few MB: seconds at most
        self.status(self.tr("正在导出到 %1…").replace("%1", str(target)))

        def done(outcome: ExportOutcome) -> None:
            close_dialog(progress)
            self.exported(outcome)

        def failed(error: BaseException) -> None:
            close_dialog(progress)
            self.failed(target, error)

        run_task(lambda: run_export(request), done, on_error=failed, owner=self.window, pool=self.window.pool)

    def _export_here(self, fmt: str, scope: Scope, target: Path) -> None:
        """A team library has no file a worker could open: the desk's own connection reads, on this thread."""
        today = self.session.today()
        numbers = [scope.number] if scope.kind == "selected" else None
        try:
            if scope.kind == "listed":
                numbers = [s.number for s in self.store.summaries(status=scope.status, search=scope.search or None,
                                                                   today=today)]
            outcome = export_to_file(self.store, fmt, target, today, numbers=numbers, language=interface_language(),
                                     holidays=desk_holidays(self.session.settings))
        except (OSError, StoreError) as error:
            self.failed(target, error)
            return
        self.exported(outcome)

    def exported(self, outcome: ExportOutcome) -> QMessageBox:
        if outcome.format in ("xlsx", "ics"):
            text = self.tr("已导出 %1 张许可证和 %2 项合规期限到：\n%3")
        else:
            text = self.tr("已导出 %1 张许可证到：\n%3")
        text = text.replace("%1", str(outcome.licenses)).replace("%2", str(outcome.deadlines)).replace(
            "%3", str(outcome.path))
        self.status(self.tr("已导出到 %1").replace("%1", str(outcome.path)))
        box = message_box(self.window, QMessageBox.Icon.Information, self.tr("导出完成"), text)
        folder_button = box.addButton(self.tr("打开所在文件夹"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Ok)
        box.setDefaultButton(QMessageBox.StandardButton.Ok)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        folder_button.clicked.connect(lambda: self.open_folder(outcome.path.parent))
        self.message = box
        box.open()
        return box

    def open_folder(self, folder: Path) -> bool:
        if QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
            return True
        show_error(self.window, self.tr("无法打开文件夹"),
                   self.tr("这台电脑没有可以打开文件夹的程序。文件在：\n%1").replace("%1", str(folder)))
        return False

    def failed(self, target: Path, error: BaseException) -> None:
        if isinstance(error, StoreError):
            show_error(self.window, self.tr("无法导出"), str(error))
        elif isinstance(error, IsADirectoryError):
            show_error(self.window, self.tr("无法导出"), self.tr("这是一个文件夹，不能写入：%1").replace("%1", str(target)))
        elif isinstance(error, FileNotFoundError):
            show_error(self.window, self.tr("无法导出"),
                       self.tr("文件夹不存在：%1").replace("%1", str(target.parent)))
        elif isinstance(error, PermissionError):
            show_error(self.window, self.tr("无法导出"), self.tr("没有权限写入：%1").replace("%1", str(target)))
        elif isinstance(error, OSError):
            show_error(self.window, self.tr("无法导出"), self.tr("无法写入文件 %1：%2").replace(
                "%1", str(target)).replace("%2", error.strerror or str(error)))
        else:
            raise error
