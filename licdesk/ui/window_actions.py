"""The main window's actions: the menu titles with the window, the actions table's entries just after.

The window paints first with the menu bar's titles alone.  Its sixty actions (actions.py), their
keys, the pane toggles, undo and redo, and the menus' entries are built once, just after the first
paint, or sooner: as soon as a menu is about to open or an action is asked for (`<name>_action`,
`actions_by_name`).  Until then there is nothing to enable; once built, they start from the desk's
state at that moment (MainWindow.update_actions).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from licdesk.ui.menu_bar import make_menu_bar

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QMenu

    from licdesk.ui.main_window import MainWindow


class WindowActions:
    """A part of MainWindow (a mixin): its menus and actions."""

    _menus: dict[str, QMenu]
    _actions: dict[str, QAction] | None
    _pane_actions: list[QAction]

    def make_menus(self: MainWindow) -> None:  # type: ignore[misc]
        self._actions = None
        self._menus = make_menu_bar(self, self.ensure_actions)

    @property
    def actions_by_name(self) -> dict[str, QAction]:
        self.ensure_actions()
        return self._actions  # type: ignore[return-value]

    @property
    def pane_actions(self) -> list[QAction]:
        """Show or hide the certificate, the annex and the tabs (View menu); connected as the panes are built."""
        self.ensure_actions()
        return self._pane_actions

    def ensure_actions(self: MainWindow) -> None:  # type: ignore[misc]
        """Build the actions and the menus' entries, once."""
        if self._actions is not None:
            return
        from PySide6.QtGui import QAction

        from licdesk.ui import actions as desk_actions

        self._actions = actions = desk_actions.build_actions(self)
        self._pane_actions = []
        from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

        for caption in (QT_TRANSLATE_NOOP("MainWindow", "正本"), QT_TRANSLATE_NOOP("MainWindow", "附页"),
                        QT_TRANSLATE_NOOP("MainWindow", "特别规定事项 / 年检")):
            toggle = QAction(QCoreApplication.translate("MainWindow", caption), self)
            toggle.setCheckable(True)
            toggle.setChecked(True)
            self._pane_actions.append(toggle)
        self.undo_action, self.redo_action = self.editing.undo_actions(self)
        desk_actions.fill_menus(self._menus, actions, {
            "edit": [self.undo_action, self.redo_action, None], "view": [*self._pane_actions, None]})
        # The library's shape was restored before there were actions: they start from it.
        for action, checked in ((actions["compact_library"], self.library.compact),
                                (actions["show_library"], not self.library.isHidden())):
            action.blockSignals(True)
            action.setChecked(checked)
            action.blockSignals(False)
        self.library.license_actions = actions
        self.update_actions()  # from the desk's state now

    def enable_actions(self, **state: bool) -> None:
        """Enable each action as its table entry needs (actions.update_actions); before they are built
        there is nothing to enable, and ensure_actions asks the window for its state then."""
        if self._actions is not None:
            from licdesk.ui.actions import update_actions

            update_actions(self._actions, **state)

    def __getattr__(self, name: str) -> Any:  # noqa: ANN401 - whichever action of the table is named
        # `<name>_action` (one per row of the actions table) exists once the actions are built.
        if name.endswith("_action") and "_menus" in self.__dict__ and self.__dict__.get("_actions") is None:
            self.ensure_actions()  # type: ignore[misc]
            return getattr(self, name)
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
