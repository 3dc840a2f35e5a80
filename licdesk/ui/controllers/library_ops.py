"""Library operations on the desk: moving a license to the trash and back, closing and reopening a
license, copying its number."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication

from licdesk.ui.controllers.base import Controller
from licdesk.ui.common.plain import ask_yes_no, message_box
from licdesk.ui.common.status import closure_text


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

    # -- closing ----------------------------------------------------------------------------------
    def close_current(self) -> None:
        """关闭许可证…: ask how it ended, then write the closing in one transaction."""
        number = self.window.current_number()
        if not number or self.session.read_only:
            return
        from licdesk.services.obligations import open_obligations
        from licdesk.store import closures
        from licdesk.ui.dialogs.closure_dialog import ClosureDialog

        lic = self.attempt(lambda: self.store.load(number))
        if lic is None:
            return
        today = self.session.today()
        current = self.attempt(lambda: closures.closure(self.store, number))
        waiting = self.attempt(lambda: open_obligations(self.store, number, today)) or []
        dialog = ClosureDialog(lic.number, lic.company, today, self._replacement_candidates(lic.company),
                               current, len(waiting), self.window)
        if dialog.exec() != ClosureDialog.DialogCode.Accepted:
            return
        choice = dialog.choice()
        done = self.attempt(lambda: closures.close_license(
            self.store, lic.number, choice.kind, choice.closed_on, replaced_by=choice.replaced_by,
            note=choice.note, settles_open=choice.settles_open), self.tr("未能关闭许可证"))
        if done is None:
            return
        self.status(self.tr("已关闭 %1（%2）").replace("%1", lic.number).replace("%2", closure_text(done.kind)), 8000)
        self.session.saved(lic.number)

    def _replacement_candidates(self, company: str) -> list[tuple[str, str]]:
        """The licenses a new certificate could be: the same company's first, then the rest of the library."""
        summaries = self.attempt(lambda: self.store.summaries(limit=2000)) or []
        pairs = [(s.number, s.company) for s in summaries]
        return sorted(pairs, key=lambda pair: pair[1] != company)

    def reopen_current(self) -> None:
        """重新启用: undo the closing, after asking."""
        number = self.window.current_number()
        if not number or self.session.read_only:
            return
        from PySide6.QtWidgets import QMessageBox

        from licdesk.store import closures

        current = self.attempt(lambda: closures.closure(self.store, number))
        if current is None:
            message_box(self.window, QMessageBox.Icon.Information, self.tr("重新启用"),
                        self.tr("许可证 %1 没有关闭，无需重新启用。").replace("%1", number)).exec()
            return
        question = self.tr("重新启用许可证 %1？\n它将像未关闭时一样产生年报、续办等事项。").replace("%1", number)
        if not ask_yes_no(self.window, self.tr("重新启用"), question, self.tr("重新启用"), self.tr("取消")):
            return
        if self.attempt(lambda: closures.reopen_license(self.store, number), self.tr("未能重新启用许可证")) is None:
            return
        self.status(self.tr("已重新启用 %1").replace("%1", number), 5000)
        self.session.saved(number)

    def copy_number(self) -> None:
        number = self.window.current_number()
        if number:
            QGuiApplication.clipboard().setText(number)
