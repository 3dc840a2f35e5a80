"""Scans on the desk: recognised in the background, reviewed beside the page image, kept as an attachment."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog, QProgressDialog

from licdesk.store import StoreError
from licdesk.ui.controllers.base import Controller
from licdesk.ui.common.plain import show_error
from licdesk.ui.common.tasks import close_dialog, progress_dialog

if TYPE_CHECKING:
    from licdesk.domain.model import License
    from licdesk.ui.dialogs.scan_import import ScanRecognition


class ScanController(Controller):
    def __init__(self, window) -> None:  # noqa: ANN001
        super().__init__(window)
        self.recognition: ScanRecognition | None = None  # the scan being recognised
        self.progress: QProgressDialog | None = None
        self.preview: QDialog | None = None

    def import_scan(self, data: bytes, origin: str) -> None:
        from licdesk.ui.dialogs.scan_import import ScanRecognition

        if self.recognition is not None:
            show_error(self.window, self.tr("正在识别"), self.tr("上一个扫描件还在识别，请稍候。"))
            return
        recognition = ScanRecognition(data, origin, self, pool=self.window.pool)
        progress = progress_dialog(self.window, self.tr("识别扫描件"), self.tr("正在识别扫描件…"), self.tr("取消"),
                                   on_cancel=recognition.cancel)
        recognition.progress.connect(self._progress)
        recognition.recognised.connect(lambda lic, result: self._done(lambda: self.review_scan(
            lic, result, data, origin)))
        recognition.cancelled.connect(lambda: self._done(lambda: self.status(
            self.tr("已取消扫描件识别：%1").replace("%1", origin), 10000)))
        recognition.unavailable.connect(lambda hint: self._done(lambda: show_error(
            self.window, self.tr("无法识别扫描件"), hint)))
        recognition.failed.connect(lambda message: self._done(lambda: show_error(
            self.window, self.tr("无法导入 %1").replace("%1", origin), message)))
        self.recognition, self.progress = recognition, progress
        progress.show()
        recognition.start()

    def cancel(self) -> bool:
        """The window is closing: stop before the next page; True when a scan was being read."""
        if self.recognition is None:
            return False
        self.recognition.cancel()
        return True

    def _progress(self, done: int, total: int) -> None:
        dialog = self.progress
        if dialog is None or total <= 0:
            return
        dialog.setMaximum(total)
        dialog.setLabelText(self.tr("正在识别第 %1 / %2 页").replace("%1", str(min(done + 1, total))).replace(
            "%2", str(total)))
        dialog.setValue(done)

    def _done(self, then: Callable[[], object]) -> None:
        close_dialog(self.progress)
        if self.recognition is not None:
            self.recognition.deleteLater()
        self.recognition, self.progress = None, None
        QTimer.singleShot(0, then)  # out of the signal handler before a dialog opens

    def review_scan(self, lic: License, result: Any, data: bytes, origin: str) -> bool:
        """The scan preview; Save stores the license and then keeps the scan itself as its attachment."""
        from licdesk.ui.dialogs.scan_import import ScanPreviewDialog

        dialog = ScanPreviewDialog(lic, result, origin, self.window)
        self.preview = dialog
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        importing = self.window.importing
        if not importing.save_imported(lic):
            return False
        try:
            self.store.add_attachment(lic.number, origin or self.tr("扫描件"), data)
        except StoreError as exc:
            show_error(self.window, self.tr("扫描件未能作为附件保存"), self.tr(
                "许可证 %1 已保存，但扫描件原件未能保存为附件：%2").replace("%1", lic.number).replace("%2", str(exc)))
        importing.after_import([lic.number])
        return True
