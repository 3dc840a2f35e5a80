"""Menus wide enough for every label.

Qt's Fusion style sizes a menu item by its text as shown (the "&" of a mnemonic left out) but elides
it, in the middle, against the text as written: the widest item of a menu lost its middle
("只读查看审…(O)…") whenever its label had a mnemonic. Each item is given that difference back.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QMenu, QProxyStyle, QStyle, QStyleOption, QStyleOptionMenuItem, QWidget

_MARGIN = 2  # rounding of fractional advances


def mnemonic_room(option: QStyleOptionMenuItem) -> int:
    """What the written label needs beyond the label as shown."""
    label = option.text.split("\t", 1)[0]
    if "&" not in label:
        return 0
    metrics = option.fontMetrics
    shown = metrics.size(Qt.TextFlag.TextShowMnemonic | Qt.TextFlag.TextSingleLine, label).width()
    return max(0, metrics.horizontalAdvance(label) - shown) + _MARGIN


class RoomyMenus(QProxyStyle):
    def sizeFromContents(self, kind: QStyle.ContentsType, option: QStyleOption | None, size: QSize,
                         widget: QWidget | None = None) -> QSize:
        result = super().sizeFromContents(kind, option, size, widget)
        if kind == QStyle.ContentsType.CT_MenuItem and isinstance(option, QStyleOptionMenuItem):
            result.setWidth(result.width() + mnemonic_room(option))
        return result


_style: RoomyMenus | None = None


def give_room(menu: QMenu) -> None:
    """Size `menu` so that no label is elided (one style shared by every menu, owned by the application)."""
    global _style
    if _style is None:
        _style = RoomyMenus(menu.style().name())
        _style.setParent(QCoreApplication.instance())
    menu.setStyle(_style)
