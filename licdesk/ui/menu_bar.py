"""The menu bar's titles, made with the window; the entries under them come from the actions table.

The window paints first with the titles alone and builds its actions just after (or as soon as a
menu is opened, or an action is asked for): the table's sixty actions, their keys and their menus
need not delay the first paint.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QMainWindow, QMenu

CONTEXT = "MainWindow"  # the translations' context: these are the main window's words

MENUS = (
    ("file", QT_TRANSLATE_NOOP("MainWindow", "文件(&F)")),
    ("edit", QT_TRANSLATE_NOOP("MainWindow", "编辑(&E)")),
    ("view", QT_TRANSLATE_NOOP("MainWindow", "视图(&V)")),
    ("tools", QT_TRANSLATE_NOOP("MainWindow", "工具(&T)")),
    ("help", QT_TRANSLATE_NOOP("MainWindow", "帮助(&H)")),
)


def make_menu_bar(window: QMainWindow, before_showing: Callable[[], None]) -> dict[str, QMenu]:
    """The window's menus by key, empty; `before_showing` runs as any of them is about to open."""
    menus: dict[str, QMenu] = {}
    for key, title in MENUS:
        menu = window.menuBar().addMenu(QCoreApplication.translate(CONTEXT, title))
        menu.aboutToShow.connect(before_showing)
        # No label elided: the style that gives the room is set as the menu first shows.
        menu.aboutToShow.connect(lambda menu=menu: _give_room(menu))
        menus[key] = menu
    return menus


def _give_room(menu: QMenu) -> None:
    """Room for every label of `menu` (see menu_room), given just before it first shows."""
    if not menu.property("roomy"):
        from licdesk.ui.common.menu_room import give_room

        give_room(menu)
        menu.setProperty("roomy", True)
