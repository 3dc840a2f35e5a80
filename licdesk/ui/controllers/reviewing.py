"""Review on the desk: review mode, review packages brought in or opened for reading only."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from licdesk.ui.common.file_dialogs import remember, start_in
from licdesk.ui.controllers.base import Controller

if TYPE_CHECKING:
    from licdesk.ui.dialogs.review_window import ReviewWindow


def reviewer_name() -> str:
    """Who reviews: the name the computer knows the clerk by."""
    import getpass

    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name in this environment
        return ""


class ReviewController(Controller):
    def __init__(self, window) -> None:  # noqa: ANN001
        super().__init__(window)
        self.review_window: ReviewWindow | None = None

    def open_review_mode(self) -> ReviewWindow:
        """The review window: every license with its progress, the clause-by-clause review beside it."""
        from licdesk.ui.dialogs.review_window import ReviewWindow

        window = ReviewWindow(self.session, reviewer=reviewer_name(), parent=self.window)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.show()
        self.review_window = window
        return window

    def _package_file(self, title: str) -> str:
        path, _ = QFileDialog.getOpenFileName(self.window, title, start_in(),
                                              self.tr("licdesk 审查包 (*.licreview *.zip);;所有文件 (*)"))
        remember(path)
        return path

    def import_review_package(self) -> None:
        path = self._package_file(self.tr("导入审查包"))
        if path:
            window = self.open_review_mode()
            self.attempt(lambda: window.import_package_file(path))

    def view_review_package(self) -> ReviewWindow | None:
        """A review package opened for reading only: nothing of it reaches this database."""
        path = self._package_file(self.tr("只读查看审查包"))
        if not path:
            return None
        import tempfile

        from licdesk.services.review_package import open_package_view
        from licdesk.ui.dialogs.review_window import ReviewWindow

        folder = tempfile.mkdtemp(prefix="licdesk-review-")
        store = self.attempt(lambda: open_package_view(path, folder))
        if store is None:
            return None
        window = ReviewWindow(store, reviewer=reviewer_name(), parent=self.window)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.destroyed.connect(store.close)
        window.setWindowTitle(window.windowTitle() + self.tr("（只读）"))
        window.show()
        self.review_window = window
        return window
