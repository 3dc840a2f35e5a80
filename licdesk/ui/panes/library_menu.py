"""The library's context menu (right click, or the Menu key on the selected row), loaded when first opened.

Its words are the library pane's (translation context LibraryPane)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QMenu

from licdesk.ui.models.library_model import NUMBER_ROLE, STATUS_ROLE

if TYPE_CHECKING:
    from licdesk.ui.panes.library_pane import LibraryPane


def show_context_menu(pane: LibraryPane, position: QPoint) -> None:
    table = pane.table
    index = table.indexAt(position)
    if not index.isValid() and table.currentIndex().isValid():  # the Menu key: the selected row
        index = table.currentIndex()
        position = table.visualRect(index).center()
    if not index.isValid():
        return
    number = index.data(NUMBER_ROLE)
    pane.select_number(number)
    menu = QMenu(pane)
    open_action = menu.addAction(QCoreApplication.translate("LibraryPane", "打开"))
    open_action.triggered.connect(lambda: pane._emit_selected(pane.model.index(index.row(), 0)))
    edit_action = menu.addAction(QCoreApplication.translate("LibraryPane", "编辑…"))
    edit_action.triggered.connect(lambda: pane.edit_requested.emit(number))
    edit_action.setEnabled(pane.delete_enabled)  # writing allowed (not a read-only view)
    compare_action = menu.addAction(QCoreApplication.translate("LibraryPane", "与其他许可证比较…"))
    compare_action.triggered.connect(lambda: pane.compare_requested.emit(number))
    print_action = menu.addAction(QCoreApplication.translate("LibraryPane", "打印预览…"))
    print_action.triggered.connect(lambda: pane.print_requested.emit(number))
    print_action.setEnabled(pane.print_enabled)
    copy_action = menu.addAction(QCoreApplication.translate("LibraryPane", "复制编号"))
    copy_action.triggered.connect(lambda: QGuiApplication.clipboard().setText(number))
    export_action = menu.addAction(QCoreApplication.translate("LibraryPane", "导出此许可证…"))
    export_action.triggered.connect(lambda: pane.export_requested.emit(number))
    _add_window_actions(pane, menu, index.data(STATUS_ROLE) == "closed")
    menu.addSeparator()
    delete_action: QAction = menu.addAction(QCoreApplication.translate("LibraryPane", "移到回收站…"))
    delete_action.triggered.connect(lambda: pane.delete_requested.emit(number))
    delete_action.setEnabled(pane.delete_enabled)
    pane.context_menu = menu  # kept for tests and so it outlives exec on every platform
    menu.popup(table.viewport().mapToGlobal(position))


def _add_window_actions(pane: LibraryPane, menu: QMenu, closed: bool) -> None:
    """The record, closing or reopening entries of the Edit menu; of closing and reopening only the one
    that applies to this license.  Each entry triggers the window's action, so it acts the same way."""
    names = ("add_record", "reopen_license" if closed else "close_license")
    shown = [pane.license_actions[name] for name in names if name in pane.license_actions]
    if shown:
        menu.addSeparator()
    for action in shown:
        entry = menu.addAction(re.sub(r"\(&\w\)|&", "", action.text()))  # no mnemonic: as the others here
        entry.setEnabled(action.isEnabled())
        entry.setStatusTip(action.statusTip())
        entry.triggered.connect(action.trigger)
