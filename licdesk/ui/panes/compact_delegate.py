"""The compact library list's first column: the number in its status colour, the company under it in ink."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

_Index = QModelIndex | QPersistentModelIndex


class CompactNumberDelegate(QStyledItemDelegate):
    """Draws "number\\ncompany" as two lines; the view's own drawing does the background and selection."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        if "\n" not in text:
            super().paint(painter, option, index)
            return
        number, _, company = text.partition("\n")
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        item.text = ""
        style = item.widget.style() if item.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, item.widget)
        area = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, item, item.widget)
        metrics = item.fontMetrics
        line = metrics.height()
        top = area.top() + max(0, (area.height() - 2 * line) // 2)
        selected = bool(item.state & QStyle.StateFlag.State_Selected)
        # The option as the view gave it: initStyleOption has put the status colour into the item's palette.
        ink = option.palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        status = index.data(Qt.ItemDataRole.ForegroundRole)
        status_ink = status.color() if isinstance(status, QBrush) else status if isinstance(status, QColor) else ink
        painter.save()
        painter.setFont(item.font)
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for row, (words, color) in enumerate(((number, ink if selected else status_ink), (company, ink))):
            painter.setPen(color)
            shown = metrics.elidedText(words, Qt.TextElideMode.ElideRight, area.width())
            painter.drawText(QRect(area.left(), top + row * line, area.width(), line), flags, shown)
        painter.restore()
