"""帮助: the user guide inside licdesk (offline), the keyboard shortcuts, About."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget

from licdesk.ui.controllers.base import Controller


class HelpController(Controller):
    def show_guide(self) -> QWidget:
        """One guide window: asked again, it comes to the front."""
        from licdesk.ui.dialogs.help_window import GuideWindow

        window = getattr(self, "_guide", None)
        if window is None:
            window = self._guide = GuideWindow(self.window)
            window.destroyed.connect(lambda: setattr(self, "_guide", None))
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def show_shortcuts(self) -> QDialog:
        from licdesk.ui.dialogs.help_window import ShortcutsDialog

        dialog = ShortcutsDialog(self.window.actions_by_name, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_about(self) -> QDialog:
        from licdesk.ui.dialogs.about_dialog import AboutDialog

        dialog = AboutDialog(self.window, store=self.store if self.session.is_open else None)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
