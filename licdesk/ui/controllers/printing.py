"""Printing on the desk: the print preview of one license, batch printing of several."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from licdesk.ui.controllers.base import Controller


class PrintController(Controller):
    def batch_print(self) -> QDialog:
        """Several licenses at once: one combined PDF or one file each, in the background."""
        from licdesk.ui.dialogs.batch_print import BatchPrintDialog

        number = self.window.current_number()
        dialog = BatchPrintDialog(self.store, [number] if number else [], self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def print_preview(self, number: str | None = None) -> None:
        number = number or self.window.current_number()
        lic = self.attempt(lambda: self.store.load(number)) if number else None
        if lic is None:
            return
        from licdesk.ui.common import print_bridge

        print_bridge.open_preview(self.window, lic)
