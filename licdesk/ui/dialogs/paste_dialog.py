"""Edit → Paste license text: a text box for a license copied out of a PDF or a web page."""

from __future__ import annotations

import re

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPlainTextEdit, QVBoxLayout, QWidget

from licdesk.ui.common.window_fit import closable, size_within_screen
from licdesk.ui.common.fonts import document_font
from licdesk.ui.common.plain import plain_label

# Clipboard content that mentions a license (in the license's own language) is offered for reading.
_LICENSE_TEXT = re.compile("许可证")


class PasteDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("粘贴许可证文本"))
        hint = plain_label(self.tr("把许可证的全文（正本、附页、特别规定事项）粘贴到下面，然后点击“读取”。"), self)
        self.text_box = QPlainTextEdit(self)
        self.text_box.setFont(document_font(11))
        clipboard = QGuiApplication.clipboard().text() if QGuiApplication.clipboard() else ""
        if _LICENSE_TEXT.search(clipboard):
            self.text_box.setPlainText(clipboard)
        buttons = QDialogButtonBox(self)
        self.read_button = buttons.addButton(self.tr("读取"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("取消"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.text_box.textChanged.connect(
            lambda: self.read_button.setEnabled(bool(self.text_box.toPlainText().strip())))
        self.read_button.setEnabled(bool(self.text_box.toPlainText().strip()))
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.text_box, 1)
        layout.addWidget(buttons)
        size_within_screen(self, 720, 560)
        closable(self)

    @property
    def text(self) -> str:
        return self.text_box.toPlainText()
