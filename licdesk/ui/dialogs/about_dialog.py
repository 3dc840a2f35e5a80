"""About licdesk: version, where the database is (with a button to its folder), and credits for the
bundled fonts with their licenses."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from licdesk import __version__
from licdesk.store.team.location import is_team_url
from licdesk.ui.common.plain import plain_label, show_error
from licdesk.ui.common.status import app_icon


def library_location(store: Any) -> tuple[str, Path | None]:
    """Where the library is, as About says it, and the folder to open (None for a team library).

    A team library's address is shown without a password, even if one was typed into it.
    """
    team = getattr(store, "team_library", None)  # a TeamLibrary: its URL never carries a password
    where = str(getattr(team, "url", "") or getattr(store, "path", "") or "")
    if is_team_url(where):
        try:
            parts = urlsplit(where)
            host = f"[{parts.hostname}]" if parts.hostname and ":" in parts.hostname else parts.hostname or ""
            netloc = (f"{parts.username}@" if parts.username else "") + host + (f":{parts.port}" if parts.port else "")
            return urlunsplit(parts._replace(netloc=netloc, query="", fragment="")), None
        except ValueError:
            return where.split("://", 1)[0] + "://…", None
    path = Path(where).absolute()
    return str(path), path.parent


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, *, store: Any = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("关于 licdesk"))
        icon = QLabel(self)
        icon.setPixmap(app_icon().pixmap(QSize(64, 64), self.devicePixelRatioF()))
        title = plain_label(f"licdesk {__version__}", self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        summary = plain_label(self.tr("增值电信业务经营许可证管理 — 离线桌面程序，资料仅保存在本机。"), self)
        self.credits = plain_label(self.tr(
            "字体\n"
            "• AR PL UMing（文鼎PL细上海宋）— Arphic Public License\n"
            "• 文泉驿微米黑 WenQuanYi Micro Hei — Apache License 2.0 或 GPL v3（附字体例外条款）\n"
            "字体许可证全文随程序附在 resources/fonts/ 目录中。\n\n"
            "界面基于 Qt %1（PySide6），依 LGPL v3 使用。").replace("%1", pyside_version), self, selectable=True)
        header = QHBoxLayout()
        header.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        text = QVBoxLayout()
        text.addWidget(title)
        text.addWidget(summary)
        header.addLayout(text, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addSpacing(8)
        if store is not None:
            location, self._folder = library_location(store)
            layout.addWidget(plain_label(self.tr("数据库位置"), self))
            self.location = plain_label(location, self, selectable=True)
            self.location.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.folder_button = QPushButton(self.tr("打开所在文件夹"), self)
            self.folder_button.setEnabled(self._folder is not None)
            self.folder_button.clicked.connect(self.open_folder)
            row = QHBoxLayout()
            row.addWidget(self.location, 1)
            row.addWidget(self.folder_button, 0, Qt.AlignmentFlag.AlignTop)
            layout.addLayout(row)
            layout.addSpacing(8)
        layout.addWidget(self.credits)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)

    def open_folder(self) -> bool:
        if self._folder is None:
            return False
        if QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._folder))):
            return True
        show_error(self, self.tr("无法打开文件夹"),
                   self.tr("这台电脑没有可以打开文件夹的程序。数据库在：\n%1").replace("%1", str(self._folder)))
        return False
