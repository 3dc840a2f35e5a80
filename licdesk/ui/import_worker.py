"""Several files import in the background: one task per file on a thread pool, each with its own Store.

A task reads and saves one file.  A number already in the library is not overwritten there: the
task hands the parsed license back, and the window asks the clerk (replace / skip, for all).
"""

from __future__ import annotations

import threading
import traceback
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, QTimer, Signal

from licdesk.domain.model import License
from licdesk.importer import NotALicenseError, read_license
from licdesk.importer.pdf_text import ScanNeedsOcrError
from licdesk.store import DuplicateLicenseError, Store, StoreError

SAVED = "saved"
DUPLICATE = "duplicate"
FAILED = "failed"
CANCELLED = "cancelled"


@dataclass
class ImportOutcome:
    path: str
    status: str
    number: str = ""
    message: str = ""
    license: License | None = None  # kept for duplicates, to replace if the clerk says so


def import_file(path: str, db_path: Path, cancel: threading.Event | None = None) -> ImportOutcome:
    """Read and save one file; every expected problem becomes an outcome with a clear message."""
    if cancel is not None and cancel.is_set():
        return ImportOutcome(path, CANCELLED)
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        return ImportOutcome(path, FAILED, message=QCoreApplication.translate("BatchImport", "无法读取文件：%1").replace(
            "%1", str(exc.strerror or exc)))
    try:
        lic = read_license(data, source=path)
    except ScanNeedsOcrError:
        # A scan is recognised only with the clerk looking at the page: one file at a time.
        return ImportOutcome(path, FAILED, message=QCoreApplication.translate(
            "BatchImport", "这是扫描件：请单独导入这一个文件，以便对照扫描图像核对识别结果。"))
    except NotALicenseError as exc:
        return ImportOutcome(path, FAILED, message=str(exc))
    if cancel is not None and cancel.is_set():
        return ImportOutcome(path, CANCELLED, number=lic.number)
    try:
        with Store.open(db_path, timeout=30.0) as store:
            store.save(lic)
    except DuplicateLicenseError:
        return ImportOutcome(path, DUPLICATE, number=lic.number, license=lic)
    except StoreError as exc:
        return ImportOutcome(path, FAILED, number=lic.number, message=str(exc))
    except Exception:  # a bug: reported with the file it happened on, the batch goes on
        return ImportOutcome(path, FAILED, number=lic.number, message=QCoreApplication.translate("BatchImport", "程序错误：\n") + traceback.format_exc())
    return ImportOutcome(path, SAVED, number=lic.number)


class _Signals(QObject):
    done = Signal(object)  # ImportOutcome, delivered on the GUI thread


class _ImportTask(QRunnable):
    def __init__(self, path: str, db_path: Path, cancel: threading.Event, signals: _Signals) -> None:
        super().__init__()
        self.path = path
        self.db_path = db_path
        self.cancel = cancel
        self.signals = signals

    def run(self) -> None:
        self.signals.done.emit(import_file(self.path, self.db_path, self.cancel))


class BatchImport(QObject):
    """Imports files on a thread pool; `progress(done, total)` per file, `finished(outcomes)` at the end."""

    progress = Signal(int, int)
    finished = Signal(list)

    def __init__(self, paths: list[str], db_path: Path, parent: QObject | None = None,
                 pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self.paths = list(paths)
        self.db_path = Path(db_path)
        self.outcomes: list[ImportOutcome] = []
        self._cancel = threading.Event()
        self._signals = _Signals(self)
        self._signals.done.connect(self._task_done)
        self._pool = pool or QThreadPool.globalInstance()
        self._finishing = False

    def start(self) -> None:
        if not self.paths:
            self.finished.emit([])
            return
        for path in self.paths:
            self._pool.start(_ImportTask(path, self.db_path, self._cancel, self._signals))

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def _task_done(self, outcome: ImportOutcome) -> None:
        self.outcomes.append(outcome)
        last = len(self.outcomes) == len(self.paths)
        # A window-modal progress dialog processes events inside setValue, so the next outcome may
        # arrive (re-entrantly) while this one is still being reported: finish exactly once, later.
        self.progress.emit(len(self.outcomes), len(self.paths))
        if last and not self._finishing:
            self._finishing = True
            QTimer.singleShot(0, self._finish)

    def _finish(self) -> None:
        order = {path: i for i, path in enumerate(self.paths)}
        self.outcomes.sort(key=lambda o: order.get(o.path, 0))
        self.finished.emit(self.outcomes)
