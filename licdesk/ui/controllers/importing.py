"""Importing on the desk: files chosen or dropped, pasted text, samples; one file with a preview before it
is saved, several in the background with a summary at the end."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData, QTimer
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QProgressDialog

from licdesk.ui.common.file_dialogs import remember, start_in
from licdesk.paths import resource_path
from licdesk.store import DuplicateLicenseError, StoreError
from licdesk.ui import settings as options
from licdesk.ui.controllers.base import Controller
from licdesk.ui.common.plain import message_box, show_error
from licdesk.ui.common.tasks import close_dialog, progress_dialog, run_task

if TYPE_CHECKING:
    from licdesk.domain.model import License
    from licdesk.services.importing import ImportOutcome
    from licdesk.ui.common.import_worker import BatchImport

SAMPLE_FILES = ("sample_icp_shanghai.txt", "sample_cross_regional_b1.txt", "sample_inspections_guangdong.txt")
# Files a clerk can import: license texts, PDFs (with text or scanned) and scanned images.
IMPORT_SUFFIXES = (".txt", ".text", ".pdf", ".png", ".jpg", ".jpeg", ".tif", ".tiff")


class ImportController(Controller):
    def __init__(self, window) -> None:  # noqa: ANN001
        super().__init__(window)
        self.batch: BatchImport | None = None
        self.progress: QProgressDialog | None = None
        self.summary_box: QMessageBox | None = None

    # -- choosing files ----------------------------------------------------------------------------
    def import_dialog(self) -> None:
        settings = self.session.settings
        start = settings.get(options.IMPORT_FOLDER) or start_in()
        paths, _filter = QFileDialog.getOpenFileNames(
            self.window, self.tr("导入许可证文件"), start, self.tr(
                "许可证文件 (*.txt *.text *.pdf *.png *.jpg *.jpeg *.tif *.tiff);;许可证文本 (*.txt *.text);;"
                "PDF 与扫描图像 (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;所有文件 (*)"))
        remember(paths)
        if paths:
            settings.set(options.IMPORT_FOLDER, str(Path(paths[0]).parent))
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
            show_error(self.window, self.tr("无法导入"), self.tr("无法读取文件 %1：%2").replace(
                "%1", path).replace("%2", exc.strerror or str(exc)))
            return False
        return self.preview_and_save(data, Path(path).name)

    def paste_text(self) -> bool:
        from licdesk.ui.dialogs.paste_dialog import PasteDialog

        dialog = PasteDialog(self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.text.strip():
            return False
        return self.preview_and_save(dialog.text, self.tr("粘贴的文本"))

    # -- one license: preview, then save -----------------------------------------------------------
    def preview_and_save(self, data: bytes | str, origin: str) -> bool:
        """Read, show the preview, and save only when the clerk confirms."""
        from licdesk.importer import NotALicenseError, pdf_text, read_license
        from licdesk.importer.decoding import decode
        from licdesk.ui.dialogs.import_preview import ImportPreviewDialog

        try:
            lic = read_license(data, source=origin)
            if isinstance(data, bytes) and pdf_text.is_pdf(data):
                source = pdf_text.extract_text(data)
            else:
                source = decode(data if isinstance(data, bytes) else data.encode("utf-8", errors="replace"))
        except pdf_text.ScanNeedsOcrError:
            self.window.scanning.import_scan(data if isinstance(data, bytes) else data.encode("utf-8"), origin)
            return False  # recognition goes on in the background; the review follows when it is done
        except NotALicenseError as exc:
            show_error(self.window, self.tr("无法导入 %1").replace("%1", origin), str(exc))
            return False
        dialog = ImportPreviewDialog(lic, source, origin, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        if not self.save_imported(lic):
            return False
        self.after_import([lic.number])
        return True

    def save_imported(self, lic: License) -> bool:
        try:
            self.store.save(lic)
            return True
        except DuplicateLicenseError as exc:
            from licdesk.ui.dialogs.duplicate_question import ask_duplicate

            answer = ask_duplicate(self.window, lic.number, lic.company, exc.in_trash)
            if not answer.replace:
                return False
            return self.attempt(lambda: self.store.save(lic, replace=True) or True) is not None
        except StoreError as exc:
            show_error(self.window, self.tr("保存失败"), str(exc))
            return False

    def after_import(self, numbers: list[str]) -> None:
        """New licenses in the library: everyone who lists them follows; the last one is shown."""
        self.session.licenses_changed.emit()
        if numbers:
            self.window.select_license(numbers[-1])

    # -- several files in the background -----------------------------------------------------------
    def import_batch(self, paths: list[str]) -> None:
        if self.batch is not None:
            show_error(self.window, self.tr("正在导入"), self.tr("上一批文件还在导入，请稍候。"))
            return
        from licdesk.store.backups import IMPORT, create_backup
        from licdesk.ui.common.import_worker import BatchImport

        batch = BatchImport(paths, self.store.path, self, pool=self.window.pool)
        progress = progress_dialog(self.window, self.tr("导入"), self.tr("正在导入 %1 个文件…").replace(
            "%1", str(len(paths))), self.tr("取消"), maximum=len(paths), delay_ms=300, on_cancel=batch.cancel)
        batch.progress.connect(lambda done, _total: progress.setValue(done))
        batch.finished.connect(self._batch_finished)
        self.batch, self.progress = batch, progress
        if not self._worth_backing_up():  # an empty library has nothing to lose
            batch.start()
            return
        # A batch can change many licenses at once: a backup first keeps the way back (as the command
        # line does). It runs in the background on a connection of its own; the files follow once it is made.
        path, keep = self.store.path, self.session.settings.get(options.BACKUP_KEEP)
        progress.setLabelText(self.tr("正在备份数据库，然后导入 %1 个文件…").replace("%1", str(len(paths))))
        run_task(lambda: create_backup(path, IMPORT, keep=keep), lambda _made: self._backed_up(batch),
                 on_error=lambda exc: self._backup_failed(batch, exc), owner=self, pool=self.window.pool)

    def _worth_backing_up(self) -> bool:
        """Only a library with something in it (the trash counts) has anything to lose."""
        store = self.store
        return bool(self.attempt(lambda: bool(store.count() or store.list_trash())))

    def _backed_up(self, batch: BatchImport) -> None:  # then the files
        if self.progress is not None:
            self.progress.setLabelText(self.tr("正在导入 %1 个文件…").replace("%1", str(len(batch.paths))))
        if batch.cancelled:
            batch.finished.emit([])
        else:
            batch.start()

    def _backup_failed(self, batch: BatchImport, exc: BaseException) -> None:
        if not isinstance(exc, StoreError):
            raise exc
        close_dialog(self.progress)
        self.batch, self.progress = None, None
        batch.deleteLater()
        show_error(self.window, self.tr("未导入"), self.tr(
            "导入前无法备份数据库，为免无法恢复，这批文件没有导入：\n%1").replace("%1", str(exc)))

    def cancel(self) -> bool:
        """The window is closing: stop a running batch; True when there was one."""
        if self.batch is None:
            return False
        self.batch.cancel()
        return True

    def _batch_finished(self, outcomes: list[ImportOutcome]) -> None:
        from licdesk.services import importing

        close_dialog(self.progress)
        self.batch, self.progress = None, None
        saved = [o.number for o in outcomes if o.status == importing.SAVED]
        duplicates = [o for o in outcomes if o.status == importing.DUPLICATE]
        failed = [o for o in outcomes if o.status == importing.FAILED]
        cancelled = sum(1 for o in outcomes if o.status == importing.CANCELLED)
        replaced, skipped = self._resolve_duplicates(duplicates)
        self.after_import(saved + replaced)
        self._show_summary(len(saved), len(replaced), skipped, failed, cancelled)

    def _resolve_duplicates(self, duplicates: list[ImportOutcome]) -> tuple[list[str], int]:
        from licdesk.ui.dialogs.duplicate_question import ask_duplicate

        replaced: list[str] = []
        skipped = 0
        decision: bool | None = None  # the clerk's answer "for all"
        for position, outcome in enumerate(duplicates):
            lic = outcome.license
            if lic is None:
                continue
            replace = decision
            if replace is None:
                answer = ask_duplicate(self.window, lic.number, lic.company, outcome.in_trash,
                                       others_left=len(duplicates) - position - 1)
                replace = answer.replace
                if answer.for_all:
                    decision = answer.replace
            if replace and self.attempt(lambda lic=lic: self.store.save(lic, replace=True) or True):
                replaced.append(lic.number)
            else:
                skipped += 1
        return replaced, skipped

    def _show_summary(self, saved: int, replaced: int, skipped: int, failed: list[ImportOutcome],
                      cancelled: int) -> None:
        from licdesk.ui.common.import_worker import outcome_message

        text = self.tr("已导入 %1 张，替换 %2 张，跳过 %3 张，失败 %4 个文件。").replace("%1", str(saved)).replace(
            "%2", str(replaced)).replace("%3", str(skipped)).replace("%4", str(len(failed)))
        if cancelled:
            text += self.tr("\n已取消 %1 个文件。").replace("%1", str(cancelled))
        self.status(text.replace("\n", " "), 10000)
        details = "\n\n".join(f"{Path(o.path).name}：{outcome_message(o)}" for o in failed)
        icon = QMessageBox.Icon.Warning if failed else QMessageBox.Icon.Information
        box = message_box(self.window, icon, self.tr("导入完成"), text, details)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        self.summary_box = box
        box.open()  # not blocking: the library is already up to date behind it

    # -- samples ---------------------------------------------------------------------------------
    def load_samples(self) -> None:
        from licdesk.importer import NotALicenseError, read_license

        numbers = []
        for name in SAMPLE_FILES:
            try:
                lic = read_license(resource_path("samples", name).read_bytes(), source=name)
            except (OSError, NotALicenseError) as exc:
                show_error(self.window, self.tr("无法载入示例"), f"{name}: {exc}")
                continue
            if self.attempt(lambda lic=lic: self.store.exists(lic.number)):
                continue
            if self.attempt(lambda lic=lic: self.store.save(lic) or True):
                numbers.append(lic.number)
        self.after_import(numbers[:1])

    # -- drag and drop -----------------------------------------------------------------------------
    @staticmethod
    def dropped_paths(mime: QMimeData) -> list[str]:
        return [url.toLocalFile() for url in mime.urls() if url.isLocalFile()]

    def accepts(self, mime: QMimeData) -> bool:
        license_word = "许可证"  # not interface text: dropped text that mentions it may be a license
        return bool(self.dropped_paths(mime)) or (mime.hasText() and license_word in mime.text())

    def drop(self, mime: QMimeData) -> None:
        paths = self.dropped_paths(mime)
        text = mime.text() if not paths and mime.hasText() else ""
        files = [p for p in paths if p.lower().endswith(IMPORT_SUFFIXES)]
        if paths and not files:
            QTimer.singleShot(0, lambda: show_error(self.window, self.tr("无法导入"), self.tr(
                "只能导入许可证文本（.txt）、PDF 或扫描图像（.png、.jpg、.tif）。")))
            return
        # Leave the drop handler first: a dialog opened inside it would hold up the drag source.
        if files:
            QTimer.singleShot(0, lambda: self.import_files(files))
        elif text:
            QTimer.singleShot(0, lambda: self.preview_and_save(text, self.tr("拖入的文本")))
