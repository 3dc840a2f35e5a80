"""A row of buttons that becomes two or three rows when its pane is narrow, instead of widening the pane.

    row = ButtonRows([add, open_, delete], stretch=False)   # natural widths, left-aligned
    layout.addWidget(row)

Every button keeps its whole label: the row is as narrow as its widest button, and wraps the others under
it (a scroll bar across a pane of the desk is never needed for a row of buttons).
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QWidget


class ButtonRows(QWidget):
    """`stretch`: the buttons share the width (one column each); otherwise they keep their own widths.
    Any widgets will do (a check box and the field it enables, say): each is measured by its size hint."""

    def __init__(self, buttons: list[QWidget], parent: QWidget | None = None, *, stretch: bool = True) -> None:
        super().__init__(parent)
        self.buttons = buttons
        self.stretch = stretch
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._columns = 0
        self._place(len(buttons))

    def columns(self) -> int:
        return self._columns

    def _widest(self) -> int:
        return max(b.sizeHint().width() for b in self.buttons)

    def _place(self, columns: int) -> None:
        if columns == self._columns:
            return
        self._columns = columns
        for button in self.buttons:
            self._grid.removeWidget(button)
        for position, button in enumerate(self.buttons):
            self._grid.addWidget(button, position // columns, position % columns)
        for column in range(len(self.buttons) + 1):
            if self.stretch:
                self._grid.setColumnStretch(column, 1 if column < columns else 0)
            else:  # the room left over goes after the last button
                self._grid.setColumnStretch(column, 1 if column == columns else 0)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        # As narrow as one button: the rows grow instead of the pane.
        return QSize(self._widest(), super().minimumSizeHint().height())

    def _fits(self, width: int) -> int:
        spacing = max(self._grid.horizontalSpacing(), 0)
        if self.stretch:
            return max(1, (width + spacing) // (self._widest() + spacing))
        used, count = 0, 0
        for button in self.buttons:  # as many as their own widths allow
            used += button.sizeHint().width() + (spacing if count else 0)
            if used > width:
                break
            count += 1
        return max(1, count)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        self._place(min(len(self.buttons), self._fits(event.size().width())))
        super().resizeEvent(event)
