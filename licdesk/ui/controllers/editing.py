"""Edit mode in the main window: start an edit (or a new license), save it as one transaction, leave it.

A save names the version it started from, so a newer save by another window is never silently
overwritten: the clerk chooses to reload, save anyway, or go back to the editor.
"""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence, QUndoGroup
from PySide6.QtWidgets import QDialog

from licdesk.store import ConflictError, DuplicateLicenseError, StoreError
from licdesk.ui.controllers.base import Controller
from licdesk.ui.common.plain import show_error

if TYPE_CHECKING:  # the editor's modules and the domain model load with the first edit, not at start-up
    from licdesk.domain.model import License
    from licdesk.ui.editor.edit_session import EditSession
    from licdesk.ui.editor.license_editor import LicenseEditor
    from PySide6.QtWidgets import QMainWindow

    from licdesk.ui.main_window import MainWindow


class EditController(Controller):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.edit: EditSession | None = None
        self.editor: LicenseEditor | None = None
        self.undo_group = QUndoGroup(self)
        self._leaving_to: str | None = None  # the license the clerk clicked while editing another
        self._marked = ""  # the license this desk told a team library it is editing

    @property
    def active(self) -> bool:
        return self.edit is not None

    def undo_actions(self, parent: QMainWindow) -> tuple[QAction, QAction]:
        undo = self.undo_group.createUndoAction(parent, self.tr("撤销"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_group.createRedoAction(parent, self.tr("重做"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        return undo, redo

    # -- starting --------------------------------------------------------------------------------
    def edit_current(self) -> bool:
        number = self.window.current_number()
        if self.session.read_only or not number or self.window.license is None:
            return False
        return self.edit_license(number)

    def edit_number(self, number: str) -> None:
        """Edit a license named from elsewhere (the library's context menu): select it first."""
        if self.window.select_license(number) and self.window.current_number() == number:
            self.edit_current()

    def new_from_template(self) -> bool:
        if self.session.read_only:
            return False
        from licdesk.ui.dialogs.template_dialog import TemplateDialog

        dialog = TemplateDialog(self.store, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.draft() is None:
            return False
        return self.new_license(dialog.draft())

    def edit_license(self, number: str) -> bool:
        store = self.store
        lic = self.attempt(lambda: store.load(number))
        if lic is None:
            return False
        return self._start(lic, self.attempt(lambda: store.version(number)), is_new=False)

    def new_license(self, start: License | None = None) -> bool:
        if self.session.read_only or not self.leave():
            return False
        from licdesk.domain.model import License

        return self._start(start or License(number=""), None, is_new=True)

    def _start(self, lic: License, version: int | None, *, is_new: bool) -> bool:
        if self.edit is not None and not self.leave():
            return False
        from licdesk.ui.editor.edit_session import EditSession
        from licdesk.ui.editor.license_editor import LicenseEditor

        session = EditSession(lic, version=version, is_new=is_new, parent=self)
        editor = LicenseEditor(session, checker=self.store.findings, parent=self.window)
        editor.save_requested.connect(self.save)
        editor.cancel_requested.connect(self.leave)
        self.edit, self.editor = session, editor
        self.undo_group.addStack(session.undo_stack)
        self.undo_group.setActiveStack(session.undo_stack)
        self.window.show_editor(editor)
        editor.certificate.edits["number" if is_new else "company"].setFocus()
        if not is_new:  # on a team library the colleagues see that this license is being edited
            self._marked = lic.number
            self.session.attempt(lambda: self.store.begin_editing(lic.number), lambda _problem: None)
        return True

    # -- saving ----------------------------------------------------------------------------------
    def save(self) -> bool:
        session, editor = self.edit, self.editor
        if session is None or editor is None:
            return False
        from licdesk.ui.common.findings import finding_text

        editor.refresh()
        errors = editor.errors()
        if errors:
            show_error(self.window, self.tr("无法保存"), self.tr("请先改正以下错误：\n") + "\n".join(
                f"• {finding_text(f)}" for f in errors))
            return False
        from licdesk.domain import numbers

        lic = copy.deepcopy(session.license)
        parsed = numbers.parse(lic.number)
        # Saved in its canonical spelling (京b2－20990417 → 京B2-20990417), as the importer stores numbers.
        lic.number = parsed.normalized if parsed.valid else lic.number.strip()
        store = self.store
        renamed = session.original_number if session.original_number not in (None, lic.number) else None
        try:
            if session.is_new:
                store.save(lic)
            else:
                store.save(lic, replace=True, expected_version=session.loaded_version, previous_number=renamed)
        except ConflictError as exc:
            return self._resolve_conflict(exc, lic, renamed)
        except DuplicateLicenseError as exc:
            where = self.tr("（在回收站中）") if exc.in_trash else ""
            show_error(self.window, self.tr("无法保存"), self.tr(
                "编号 %1 已属于另一份许可证%2。请核对编号。").replace("%1", exc.number).replace("%2", where))
            return False
        except StoreError as exc:
            show_error(self.window, self.tr("保存失败"), self.tr("%1\n\n您的修改仍在编辑器中，没有丢失；问题解决后再点“保存”即可。")
                       .replace("%1", str(exc)))
            return False
        self._saved(lic)
        return True

    def _resolve_conflict(self, exc: ConflictError, lic: License, renamed: str | None) -> bool:
        from licdesk.ui.editor import save_prompts

        removed = exc.current_version is None
        choice = save_prompts.ask_conflict(self.window, str(exc), removed)
        store = self.store
        if choice == save_prompts.RELOAD:
            number = self.edit.original_number if self.edit else lic.number
            self._finish()
            self.edit_license(number or lic.number)
            return False
        if choice != save_prompts.OVERWRITE:
            return False
        try:
            if removed:
                store.save(lic)
            else:
                store.save(lic, replace=True, expected_version=exc.current_version, previous_number=renamed)
        except StoreError as again:
            show_error(self.window, self.tr("保存失败"), str(again))
            return False
        self._saved(lic)
        return True

    def _saved(self, lic: License) -> None:
        if self.edit is not None:
            self.edit.mark_saved(self.attempt(lambda: self.store.version(lic.number)))
        self._finish()
        self.session.saved(lic.number)  # the list, the counts, the deadlines and the panes follow
        if self._leaving_to is None:  # saved where it stands: the list shows what was saved
            self.window.select_license(lic.number)
        self.window.show_viewer()
        self.status(self.tr("已保存 %1").replace("%1", lic.number), 8000)

    # -- leaving ---------------------------------------------------------------------------------
    def leave_for(self, number: str) -> bool:
        """The list moved to `number` during an edit: leave edit mode first. False when the edit stays."""
        if self.edit is None:
            return True
        editing = self.edit.original_number
        if number == editing or not number:
            return False  # the list settled on the license being edited (or on none): stay in edit mode
        self._leaving_to = number
        try:
            left = self.leave()
        finally:
            self._leaving_to = None
        if not left and editing:
            self.window.library.select_number(editing)
        return left

    def leave(self) -> bool:
        """Close edit mode, asking about unsaved changes; False when the clerk chose to stay."""
        session = self.edit
        if session is None:
            return True
        if session.dirty:
            what = session.original_number or self.tr("新许可证")
            from licdesk.ui.editor import save_prompts

            answer = save_prompts.ask_unsaved(self.window, what)
            if answer == save_prompts.CANCEL:
                return False
            if answer == save_prompts.SAVE:
                return self.save()
        self._finish()
        self.window.show_viewer()
        return True

    def _finish(self) -> None:
        if self._marked and self.session.is_open:
            number, self._marked = self._marked, ""
            self.session.attempt(lambda: self.store.end_editing(number), lambda _problem: None)
        if self.edit is not None:
            self.undo_group.removeStack(self.edit.undo_stack)
            self.edit.undo_stack.blockSignals(True)  # its editor is going away
            self.edit.changed.disconnect()
            self.edit.deleteLater()
        if self.editor is not None:
            self.window.detail_stack.removeWidget(self.editor)
            self.editor.deleteLater()
        self.edit, self.editor = None, None
