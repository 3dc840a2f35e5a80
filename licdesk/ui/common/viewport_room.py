"""The width of a scroll area's viewport, worked out from the area itself.

Asking a scroll area for `viewport()` hands Python a widget that Qt made; the first time that happens
PySide6 creates every QWidget class to find the widget's type (about 10 ms, once per process).  The
panes that fit their content to the width ask before the first license is shown, so they ask here.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractScrollArea


def viewport_width(area: QAbstractScrollArea, *, with_scroll_bar: bool = False) -> int:
    """The viewport's width as the area lays it out now; with `with_scroll_bar`, as it is once a
    vertical scroll bar shows (a longer content brings it without a resize event)."""
    width = area.maximumViewportSize().width()  # the room inside the frame and margins, without bars
    if area.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOn:
        return width  # already taken off by maximumViewportSize
    bar = area.verticalScrollBar()
    if with_scroll_bar or (area.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAsNeeded
                           and bar.isVisibleTo(area)):
        width -= bar.sizeHint().width()
    return max(0, width)
