"""The compact library list's first column: the number in its status colour, the company under it in ink."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QWidget

_Index = QModelIndex | QPersistentModelIndex
_BREAK = "\u2028"  # a line separator: how a view's item text breaks its lines


class CompactNumberDelegate(QStyledItemDelegate):
    """Draws "number\\ncompany" as two lines with the view's own drawing, in two passes.

    The first pass paints the cell (background, selection, focus) with the number on the first line
    in the colour the model gives it; the second, clipped to the lower half, writes the company on
    the second line in the view's ink.  Both passes lay out the same two lines, so the company sits
    where the style puts a second line; the delegate never asks the style for the cell's geometry
    itself (touching QStyle from Python would cost the laptop's first paint a few ms).
    """

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._line: int | None = None  # which line the pass in progress writes

    def initStyleOption(self, option: QStyleOptionViewItem, index: _Index) -> None:  # noqa: N802 - Qt's name
        super().initStyleOption(option, index)
        if self._line is None:
            return
        # The view's text has the line break as U+2028 (QStyledItemDelegate.displayText's doing).
        number, newline, company = option.text.replace("\n", _BREAK).partition(_BREAK)
        if not newline:
            return
        if self._line == 0:
            option.text = f"{number}{_BREAK} "  # a blank second line keeps the layout of two
            return
        option.text = f" {_BREAK}{company}"
        palette = QPalette(option.palette)
        palette.setColor(QPalette.ColorRole.Text, self.parent().palette().color(QPalette.ColorRole.Text))
        option.palette = palette

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        two_lines = "\n" in str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        self._line = 0 if two_lines else None
        try:
            super().paint(painter, option, index)
            if not two_lines:
                return
            rect = option.rect
            painter.save()
            painter.setClipRect(rect.adjusted(0, rect.height() // 2, 0, 0), Qt.ClipOperation.IntersectClip)
            self._line = 1
            super().paint(painter, option, index)
            painter.restore()
        finally:
            self._line = None
