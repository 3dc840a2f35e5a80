"""First run: an empty library offers to import license files or load the bundled samples."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from licdesk.ui.common.plain import plain_label
from licdesk.ui.common.status import app_icon


class WelcomePage(QWidget):
    import_requested = Signal()
    paste_requested = Signal()
    samples_requested = Signal()
    new_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        icon = QLabel(self)
        icon.setPixmap(app_icon().pixmap(QSize(72, 72), self.devicePixelRatioF()))
        icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title = plain_label(self.tr("欢迎使用 licdesk"), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        title.setFont(font)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        intro = plain_label(self.tr(
            "licdesk 帮您保管公司的增值电信业务经营许可证：正本、附页、特别规定事项和年检记录一目了然，"
            "续期期限提前提醒。资料仅保存在本机。\n\n"
            "库中还没有许可证。您可以导入许可证文件（文本、PDF 或扫描件），也可以直接把文件拖到此窗口，"
            "或照纸质原件逐项录入，或先载入三份示例许可证看看效果。"), self)
        intro.setAlignment(Qt.AlignmentFlag.AlignCenter)
        intro.setFixedWidth(560)
        # A wrapped label inside an aligned layout item gets a one-line height unless told its own.
        intro.setFixedHeight(intro.heightForWidth(560))

        self.import_button = QPushButton(self.tr("导入许可证文件…"), self)
        self.import_button.setDefault(True)
        self.paste_button = QPushButton(self.tr("粘贴许可证文本…"), self)
        self.new_button = QPushButton(self.tr("手工录入许可证…"), self)
        self.new_button.clicked.connect(self.new_requested)
        self.samples_button = QPushButton(self.tr("载入示例许可证"), self)
        self.import_button.clicked.connect(self.import_requested)
        self.paste_button.clicked.connect(self.paste_requested)
        self.samples_button.clicked.connect(self.samples_requested)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.import_button, self.paste_button, self.new_button, self.samples_button):
            button.setMinimumHeight(36)
            buttons.addWidget(button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(icon)
        layout.addWidget(title)
        layout.addSpacing(12)
        layout.addWidget(intro, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(20)
        layout.addLayout(buttons)
        layout.addStretch(3)

    def set_read_only(self) -> None:
        """Another licdesk is editing the database: nothing can be added from here."""
        for button in (self.import_button, self.paste_button, self.samples_button, self.new_button):
            button.setEnabled(False)
