"""The one way licdesk runs work in the background: `run_task(func, on_done, ...)` on a thread pool.

`func` runs on a worker thread and must not touch widgets; its result (or the exception it raised)
comes back on the GUI thread through `on_done` / `on_error`. A task belongs to an `owner` QObject
(usually the window that asked): when the owner is gone before the task ends, the result is dropped
quietly — a window closed a second after the start never sees a traceback from its workers.

`func` may take a `TaskControl` (pass `control=True`): it reports progress and asks whether the
clerk cancelled.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget
from shiboken6 import isValid

_running: set["_Relay"] = set()  # relays of running tasks: alive until their result is delivered


@dataclass
class TaskControl:
    """What a running task may ask and tell: has the clerk cancelled, how far has it got."""

    _relay: "_Relay"
    _cancelled: threading.Event = field(default_factory=threading.Event)

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def cancel(self) -> None:
        self._cancelled.set()

    def progress(self, done: int, total: int) -> None:
        self._relay.emit_progress(done, total)


class _Relay(QObject):
    """Lives on the GUI thread, owned by nothing: carries a worker's news back to the GUI thread."""

    finished = Signal(object, object)  # result, exception
    progressed = Signal(int, int)

    def __init__(self, owner: QObject | None) -> None:
        super().__init__(None)
        self._owner = owner
        self._lock = threading.Lock()
        self._closed = False

    def owner_alive(self) -> bool:
        return self._owner is None or isValid(self._owner)

    def emit_progress(self, done: int, total: int) -> None:
        with self._lock:
            if not self._closed:
                self.progressed.emit(done, total)

    def emit_finished(self, result: object, error: BaseException | None) -> None:
        with self._lock:
            if not self._closed:
                self.finished.emit(result, error)

    def close(self) -> None:
        with self._lock:
            self._closed = True


class _Runnable(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._work, self._relay = work, relay

    def run(self) -> None:
        try:
            result, error = self._work(), None
        except Exception as exc:  # noqa: BLE001 - handed to on_error on the GUI thread
            result, error = None, exc
        self._relay.emit_finished(result, error)


@dataclass
class Task:
    """A started task: cancel it, or ask whether it is still running."""

    control: TaskControl
    relay: _Relay

    def cancel(self) -> None:
        self.control.cancel()

    @property
    def running(self) -> bool:
        return self.relay in _running

    def forget(self) -> None:
        """Drop the result: the one who asked is going away."""
        self.relay.close()
        _running.discard(self.relay)


def run_task(func: Callable[..., Any], on_done: Callable[[Any], object] | None = None, *,
             on_error: Callable[[BaseException], object] | None = None,
             progress: Callable[[int, int], object] | None = None, owner: QObject | None = None,
             pool: QThreadPool | None = None, control: bool = False) -> Task:
    """Run `func` on `pool` (the global pool by default); results come back on the GUI thread.

    With `control=True`, `func` is called with a TaskControl. An exception without `on_error` is a bug
    and reaches the bug dialog (sys.excepthook), unless the owner is gone.
    """
    relay = _Relay(owner)
    task = Task(TaskControl(relay), relay)
    work = (lambda: func(task.control)) if control else func

    @Slot(object, object)
    def finished(result: object, error: object) -> None:
        _running.discard(relay)
        relay.deleteLater()
        if not relay.owner_alive():
            return
        if error is None:
            if on_done is not None:
                on_done(result)
        elif on_error is not None:
            on_error(error)  # type: ignore[arg-type]
        elif isinstance(error, BaseException):
            raise error

    relay.finished.connect(finished)
    if progress is not None:
        relay.progressed.connect(lambda done, total: progress(done, total) if relay.owner_alive() else None)
    _running.add(relay)
    (pool or QThreadPool.globalInstance()).start(_Runnable(work, relay))
    return task


def progress_dialog(parent: QWidget, title: str, label: str, cancel_text: str, *, maximum: int = 0,
                    delay_ms: int = 0, on_cancel: Callable[[], object] | None = None) -> QProgressDialog:
    """The desk's one progress dialog: window-modal, stays until closed, shown after `delay_ms`."""
    dialog = QProgressDialog(label, cancel_text, 0, maximum, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(delay_ms)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    if on_cancel is not None:
        dialog.canceled.connect(on_cancel)
    return dialog


def close_dialog(dialog: QProgressDialog | None) -> None:
    if dialog is not None and isValid(dialog):
        dialog.close()
        dialog.deleteLater()
