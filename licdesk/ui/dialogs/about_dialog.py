"""About licdesk: version, and credits for the bundled fonts with their licenses."""

from __future__ import annotations

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from licdesk import __version__
from licdesk.ui.common.plain import plain_label
from licdesk.ui.common.status import app_icon


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
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
        layout.addWidget(self.credits)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)
