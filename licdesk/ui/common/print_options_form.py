"""What to print, asked the same way wherever a license is printed: the parts, a watermark, a reference.

    form = PrintOptionsForm(parent)
    form.changed.connect(...)   # a part ticked, a watermark picked or typed, the reference typed
    form.options()              # licdesk.pdf.options.PrintOptions
    form.has_parts()            # False when no part is ticked (nothing to print)
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QLineEdit, QWidget

from licdesk.pdf.options import ALL_PARTS, ANNEX, CERTIFICATE, INSPECTIONS, PROVISIONS, WATERMARK_SUGGESTIONS, PrintOptions


class PrintOptionsForm(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        labels = {CERTIFICATE: self.tr("正本"), ANNEX: self.tr("附页"),
                  PROVISIONS: self.tr("特别规定事项"), INSPECTIONS: self.tr("年检情况记录表")}
        self.part_boxes: dict[str, QCheckBox] = {}
        parts_row = QHBoxLayout()
        for part in ALL_PARTS:
            check = QCheckBox(labels[part], self)
            check.setChecked(True)
            check.toggled.connect(lambda _on: self.changed.emit())
            self.part_boxes[part] = check
            parts_row.addWidget(check)
        parts_row.addStretch(1)
        # The suggestions are words printed on the copy, so they stay in the document's language.
        self.watermark_edit = QComboBox(self)
        self.watermark_edit.setEditable(True)
        self.watermark_edit.addItems(["", *WATERMARK_SUGGESTIONS])
        self.watermark_edit.lineEdit().setPlaceholderText(self.tr("不加水印"))
        self.watermark_edit.currentTextChanged.connect(lambda _text: self.changed.emit())
        self.reference_edit = QLineEdit(self)
        self.reference_edit.setPlaceholderText(self.tr("例如：本公司文件编号，印在每页顶部"))
        self.reference_edit.textChanged.connect(lambda _text: self.changed.emit())
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("部分："), parts_row)
        form.addRow(self.tr("水印："), self.watermark_edit)
        form.addRow(self.tr("参考文字："), self.reference_edit)

    def has_parts(self) -> bool:
        return any(check.isChecked() for check in self.part_boxes.values())

    def options(self) -> PrintOptions:
        parts = tuple(part for part, check in self.part_boxes.items() if check.isChecked())
        return PrintOptions(parts=parts, watermark=self.watermark_edit.currentText().strip() or None,
                            reference=self.reference_edit.text().strip() or None)
