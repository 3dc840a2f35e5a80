"""Several files import in the background: one task per file, each with its own Store.

The steps are licdesk.services.importing's; this adds the thread pool, progress, cancelling and the
clerk's words for each outcome.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, QTimer, Signal

from licdesk.services import importing
from licdesk.services.importing import ImportOutcome
from licdesk.ui.common.tasks import Task, run_task


def outcome_message(outcome: ImportOutcome) -> str:
    """Why a file was not imported, in the clerk's language."""
    translate = QCoreApplication.translate
    if outcome.reason == importing.UNREADABLE:
        return translate("BatchImport", "无法读取文件：%1").replace("%1", outcome.detail)
    if outcome.reason == importing.SCAN:
        # A scan is recognised only with the clerk looking at the page: one file at a time.
        return translate("BatchImport", "这是扫描件：请单独导入这一个文件，以便对照扫描图像核对识别结果。")
    if outcome.reason == importing.BUG:
        return translate("BatchImport", "程序错误：\n") + outcome.detail
    return outcome.detail


def _import_one(path: str, db_path: Path, cancel: threading.Event) -> ImportOutcome:
    from licdesk.store import Store, StoreError

    if cancel.is_set():
        return ImportOutcome(path, importing.CANCELLED)
    try:
        with Store.open(db_path, timeout=30.0) as store:
            return importing.import_path(store, path, cancel=cancel)
    except StoreError as exc:
        return ImportOutcome(path, importing.FAILED, reason=importing.STORE, detail=str(exc))


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
        self._pool = pool
        self._tasks: list[Task] = []
        self._finishing = False

    def start(self) -> None:
        if not self.paths:
            self.finished.emit([])
            return
        for path in self.paths:
            self._tasks.append(run_task(lambda path=path: _import_one(path, self.db_path, self._cancel),
                                        self._task_done, owner=self, pool=self._pool))

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
