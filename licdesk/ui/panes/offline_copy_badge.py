"""The status bar's note on a file taken from a team library: an offline copy, from where and when, so a
clerk never takes it for the team library itself (or for their own file)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QWidget

from licdesk.store import StoreError, library_meta
from licdesk.ui.session import DeskSession


def origin_text(session: DeskSession) -> str:
    """"离线副本，取自 server/db 于 2026-12-02 14:05" for an offline copy; "" for any other library."""
    if not session.is_open or session.store.is_team_library:
        return ""
    try:
        origin = library_meta.snapshot_origin(session.store)
    except StoreError:
        return ""
    if origin is None:
        return ""
    when = origin.taken_at.astimezone().strftime("%Y-%m-%d %H:%M")
    return QCoreApplication.translate("OfflineCopyBadge", "离线副本，取自 %1 于 %2").replace("%1", origin.source).replace("%2", when)


class OfflineCopyBadge(QLabel):
    def __init__(self, session: DeskSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("offline_copy_badge")
        self.setTextFormat(Qt.TextFormat.PlainText)
        # The colour through the palette: a style sheet, even on a hidden label, makes Qt build its
        # style-sheet machinery before the window's first paint.
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor("#2f6f9f"))
        self.setPalette(palette)
        self.setContentsMargins(6, 0, 6, 0)
        self.session = session
        session.store_replaced.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        text = origin_text(self.session)
        self.setText(text)
        self.setToolTip(self.tr("这是从团队库取出的一份文件副本；在这里的修改不会自动回到团队库，"
                                "审查结果可用审查包带回") if text else "")
        self.setVisible(bool(text))
