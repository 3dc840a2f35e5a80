"""Library operations on the desk: moving a license to the trash and back, copying its number."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication

from licdesk.ui.controllers.base import Controller
from licdesk.ui.common.plain import ask_yes_no


class LibraryController(Controller):
    def delete_current(self) -> None:
        number = self.window.current_number()
        if number:
            self.delete_license(number)

    def delete_license(self, number: str) -> None:
        if self.session.read_only:
            return
        shown = self.window.license
        lic = shown if shown is not None and shown.number == number else self.attempt(lambda: self.store.load(number))
        company = lic.company if lic else ""
        question = self.tr("把许可证 %1（%2）移到回收站？\n回收站中的许可证可以恢复。").replace(
            "%1", number).replace("%2", company)
        if not ask_yes_no(self.window, self.tr("移到回收站"), question, self.tr("移到回收站"), self.tr("取消")):
            return
        library = self.window.library
        row = library.model.row_of(number)
        if self.attempt(lambda: self.store.delete(number) or True) is None:
            return
        self.status(self.tr("已将 %1 移到回收站").replace("%1", number), 5000)
        self.session.removed(number)
        if library.model.rowCount():
            next_row = min(row or 0, library.model.rowCount() - 1)
            library.select_number(library.model.summary_at(next_row).number)

    def show_trash(self) -> None:
        from licdesk.ui.dialogs.trash_dialog import TrashDialog

        dialog = TrashDialog(self.store, self.window)
        restored: list[str] = []
        dialog.restored.connect(restored.append)
        dialog.exec()
        if restored:
            self.window.importing.after_import(restored)  # back in the library: show the last one brought back

    def copy_number(self) -> None:
        number = self.window.current_number()
        if number:
            QGuiApplication.clipboard().setText(number)
