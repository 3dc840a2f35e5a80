"""The banner over the desk while a team library's server cannot be reached: what happened, that the
desk only shows for now, and that it reconnects by itself."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QSizePolicy, QToolBar

from licdesk.ui.session import DeskSession


class ConnectionBanner(QToolBar):
    def __init__(self, session: DeskSession, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("connection_banner")
        self.setMovable(False)
        self.setFloatable(False)
        self.toggleViewAction().setVisible(False)  # not a toolbar the clerk hides from a menu
        self.setStyleSheet("QToolBar#connection_banner { background: #fdecea; border-bottom: 1px solid #e0a19b; }")
        self.message = QLabel(self)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        # The whole width of the window: a toolbar gives a wrapping label only what its first line needs.
        self.message.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.message.setAccessibleName(self.tr("团队库连接状态"))
        self.addWidget(self.message)
        self.session = session
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self)
        session.connection_changed.connect(self._changed)
        self._changed(not session.offline_reason)

    def _changed(self, online: bool) -> None:
        self.message.setText(self.tr(
            "与团队库服务器的连接已断开，正在自动重新连接。在此期间只能查看和打印，不能修改；"
            "连接恢复后会自动刷新。"))
        self.setVisible(not online)


class PresenceBanner(QToolBar):
    """Over the license shown: which colleagues have it open for editing on a team library."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("presence_banner")
        self.setMovable(False)
        self.setFloatable(False)
        self.toggleViewAction().setVisible(False)
        self.setStyleSheet("QToolBar#presence_banner { background: #fff8e1; border-bottom: 1px solid #e6c66e; }")
        self.message = QLabel(self)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        # The whole width of the window: a toolbar gives a wrapping label only what its first line needs.
        self.message.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.addWidget(self.message)
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self)
        self.setVisible(False)

    def show_editors(self, number: str, editors: list[str]) -> None:
        if editors:
            self.message.setText(self.tr("%1 正在编辑许可证 %2。您也可以查看和修改；两人都保存时，后保存的一方会看到冲突，"
                                         "并可比较两份内容后再决定。").replace("%1", self.tr("、").join(editors)).replace("%2", number))
        self.setVisible(bool(editors))
