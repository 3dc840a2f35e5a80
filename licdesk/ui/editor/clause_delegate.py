"""Paints a clause as the document prints it: label, applies-to chip, then the whole text, wrapped.

Search matches are marked in the text; the block governing the selected service is tinted.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor, QFont, QFontMetricsF, QPainter, QPalette, QPen, QTextCharFormat, QTextLayout, QTextOption,
)
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTreeView

from licdesk.ui.models.clause_model import (
    APPLIES_TO_ROLE, DEPTH_ROLE, FINDINGS_ROLE, LABEL_ROLE, TEXT_ROLE, TOP_ROW_ROLE,
)
from licdesk.ui.common.findings import worst_level
from licdesk.ui.common.fonts import document_font
from licdesk.ui.common.status import finding_icon
from licdesk.ui.common.viewport_room import viewport_width

PAD = 6
MARK = 18  # room for the ⚠ at the right
BLOCK_TINT = QColor(224, 170, 60, 55)
MATCH = QColor("#ffe066")
CHIP_FILL = QColor("#e3edf7")
CHIP_INK = QColor("#1d4f80")


@dataclass
class _Layout:
    label_width: float
    chip_text: str
    chip_height: float
    text: QTextLayout
    text_height: float

    @property
    def height(self) -> float:
        return PAD + self.chip_height + self.text_height + PAD


class ClauseDelegate(QStyledItemDelegate):
    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self._view = view
        self.text_font: QFont = document_font(11.5)
        self.label_font: QFont = document_font(11.5)
        self.label_font.setBold(True)
        self.chip_font: QFont = document_font(9.5)

    # -- geometry ------------------------------------------------------------------------------
    def _available_width(self, index: QModelIndex) -> float:
        depth = int(index.data(DEPTH_ROLE) or 0)
        indent = self._view.indentation() * (depth + (1 if self._view.rootIsDecorated() else 0))
        return max(120.0, viewport_width(self._view) - indent)

    def _layout(self, index: QModelIndex, width: float) -> _Layout:
        label = index.data(LABEL_ROLE) or ""
        label_metrics = QFontMetricsF(self.label_font)
        # Sub-items line up whatever their own label's width: （十一） as wide as （一）.
        widest_label = "（十）"  # not interface text: a width sample
        label_width = max(label_metrics.horizontalAdvance(label), label_metrics.horizontalAdvance(widest_label)) + 4
        applies_to = index.data(APPLIES_TO_ROLE)
        chip_text = self.tr("适用于：") + applies_to if applies_to else ""
        chip_height = QFontMetricsF(self.chip_font).height() + 6 if chip_text else 0.0
        if chip_text:
            chip_height += 3

        text_width = max(60.0, width - PAD - label_width - PAD - MARK)
        layout = QTextLayout(index.data(TEXT_ROLE) or "", self.text_font)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(option)
        layout.setFormats(self._match_formats(layout.text(), index))
        layout.beginLayout()
        y = 0.0
        leading = QFontMetricsF(self.text_font).leading() + 2
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(text_width)
            line.setPosition(QPointF(0, y))
            y += line.height() + leading
        layout.endLayout()
        return _Layout(label_width, chip_text, chip_height, layout, max(y, QFontMetricsF(self.label_font).height()))

    def _match_formats(self, text: str, index: QModelIndex) -> list[QTextLayout.FormatRange]:
        term = getattr(index.model(), "search_term", "")
        if not term:
            return []
        ranges = []
        lowered, needle = text.lower(), term.lower()
        start = lowered.find(needle)
        while start >= 0:
            fmt = QTextCharFormat()
            fmt.setBackground(MATCH)
            fmt.setForeground(QColor("#000000"))
            span = QTextLayout.FormatRange()
            span.start, span.length, span.format = start, len(needle), fmt
            ranges.append(span)
            start = lowered.find(needle, start + len(needle))
        return ranges

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        width = self._available_width(index)
        return QSize(int(width), int(self._layout(index, width).height + 1))

    # -- painting ------------------------------------------------------------------------------
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        painter.save()
        rect = QRectF(option.rect)
        palette = option.palette
        model = index.model()
        in_block = getattr(model, "highlighted_block", None) is not None and \
            index.data(TOP_ROW_ROLE) == model.highlighted_block
        if in_block:
            painter.fillRect(rect, BLOCK_TINT)
        if option.state & QStyle.StateFlag.State_Selected:
            tint = QColor(palette.color(QPalette.ColorRole.Highlight))
            tint.setAlpha(60)
            painter.fillRect(rect, tint)
            painter.fillRect(QRectF(rect.left(), rect.top(), 3, rect.height()), palette.color(QPalette.ColorRole.Highlight))
        if in_block and index.data(DEPTH_ROLE) == 0:
            painter.fillRect(QRectF(rect.left(), rect.top(), 3, rect.height()), QColor("#b86e00"))

        layout = self._layout(index, rect.width())
        ink = palette.color(QPalette.ColorRole.Text)
        painter.setPen(ink)
        painter.setFont(self.label_font)
        label_rect = QRectF(rect.left() + PAD, rect.top() + PAD, layout.label_width, rect.height())
        painter.drawText(label_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, index.data(LABEL_ROLE) or "")

        text_left = rect.left() + PAD + layout.label_width
        top = rect.top() + PAD
        if layout.chip_text:
            painter.setFont(self.chip_font)
            metrics = QFontMetricsF(self.chip_font)
            chip = QRectF(text_left, top, metrics.horizontalAdvance(layout.chip_text) + 12, metrics.height() + 6)
            chip.setWidth(min(chip.width(), rect.right() - text_left - MARK))
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(CHIP_INK, 0.8))
            painter.setBrush(CHIP_FILL)
            painter.drawRoundedRect(chip, chip.height() / 2, chip.height() / 2)
            painter.setPen(CHIP_INK)
            painter.drawText(chip, Qt.AlignmentFlag.AlignCenter,
                             metrics.elidedText(layout.chip_text, Qt.TextElideMode.ElideRight, chip.width() - 10))
            top += layout.chip_height
        painter.setPen(ink)
        layout.text.draw(painter, QPointF(text_left, top))

        findings = index.data(FINDINGS_ROLE) or []
        if findings:
            icon = finding_icon(worst_level(findings) or "warning")
            icon.paint(painter, int(rect.right() - MARK), int(rect.top() + PAD), 16, 16)
        painter.restore()
