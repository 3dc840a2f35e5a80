"""What every controller has: the window it serves, the session, and friendly handling of expected problems."""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable, TypeVar

from PySide6.QtCore import QObject

from licdesk.ui.common.plain import show_error

if TYPE_CHECKING:
    from licdesk.store import Store
    from licdesk.ui.main_window import MainWindow
    from licdesk.ui.session import DeskSession

_T = TypeVar("_T")


class Controller(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.session: DeskSession = window.session

    @property
    def store(self) -> Store:
        return self.session.store

    def attempt(self, work: Callable[[], _T], title: str | None = None) -> _T | None:
        """Run a store operation; an expected problem becomes a message box, a bug propagates."""
        return self.session.attempt(work, lambda message: show_error(
            self.window, title or self.tr("数据库问题"), message))

    def status(self, text: str, msecs: int = 8000) -> None:
        self.window.statusBar().showMessage(text, msecs)
