"""Edit mode in the main window: start an edit (or a new license), save it as one transaction, leave it.

A save names the version it started from, so a newer save by another window is never silently
overwritten: the clerk chooses to reload, save anyway, or go back to the editor.
"""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoGroup

from licdesk.store import ConflictError, DuplicateLicenseError, StoreError
from licdesk.ui.plain import show_error

if TYPE_CHECKING:  # the editor's modules and the domain model load with the first edit, not at start-up
    from licdesk.domain.model import License
    from licdesk.ui.edit_session import EditSession
    from licdesk.ui.license_editor import LicenseEditor
    from licdesk.ui.main_window import MainWindow


class EditController(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.session: EditSession | None = None
        self.editor: LicenseEditor | None = None
        self.undo_group = QUndoGroup(self)

    @property
    def active(self) -> bool:
        return self.session is not None

    # -- starting --------------------------------------------------------------------------------
    def edit_license(self, number: str) -> bool:
        store = self.window.store
        lic = self.window._guard(lambda: store.load(number))
        if lic is None:
            return False
        return self._start(lic, self.window._guard(lambda: store.version(number)), is_new=False)

    def new_license(self, start: License | None = None) -> bool:
        if not self.leave():
            return False
        from licdesk.domain.model import License

        return self._start(start or License(number=""), None, is_new=True)

    def _start(self, lic: License, version: int | None, *, is_new: bool) -> bool:
        if self.session is not None and not self.leave():
            return False
        from licdesk.ui.edit_session import EditSession
        from licdesk.ui.license_editor import LicenseEditor

        session = EditSession(lic, version=version, is_new=is_new, parent=self)
        store = self.window.store
        editor = LicenseEditor(session, checker=store.findings, parent=self.window)
        editor.save_requested.connect(self.save)
        editor.cancel_requested.connect(self.leave)
        self.session, self.editor = session, editor
        self.undo_group.addStack(session.undo_stack)
        self.undo_group.setActiveStack(session.undo_stack)
        self.window.show_editor(editor)
        editor.certificate.edits["number" if is_new else "company"].setFocus()
        return True

    # -- saving ----------------------------------------------------------------------------------
    def save(self) -> bool:
        session, editor = self.session, self.editor
        if session is None or editor is None:
            return False
        editor.refresh()
        errors = editor.errors()
        if errors:
            show_error(self.window, self.tr("无法保存"), self.tr("请先改正以下错误：\n") + "\n".join(
                f"• {f.message()}" for f in errors))
            return False
        from licdesk.domain import numbers

        lic = copy.deepcopy(session.license)
        parsed = numbers.parse(lic.number)
        # Saved in its canonical spelling (京b2－20990417 → 京B2-20990417), as the importer stores numbers.
        lic.number = parsed.normalized if parsed.valid else lic.number.strip()
        store = self.window.store
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
            show_error(self.window, self.tr("保存失败"), str(exc))
            return False
        self._saved(lic)
        return True

    def _resolve_conflict(self, exc: ConflictError, lic: License, renamed: str | None) -> bool:
        from licdesk.ui import save_prompts

        removed = exc.current_version is None
        choice = save_prompts.ask_conflict(self.window, str(exc), removed)
        store = self.window.store
        if choice == save_prompts.RELOAD:
            number = self.session.original_number if self.session else lic.number
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
        if self.session is not None:
            self.session.mark_saved(self.window._guard(lambda: self.window.store.version(lic.number)))
        self._finish()
        self.window.after_edit(lic.number)

    # -- leaving ---------------------------------------------------------------------------------
    def leave(self) -> bool:
        """Close edit mode, asking about unsaved changes; False when the clerk chose to stay."""
        session = self.session
        if session is None:
            return True
        if session.dirty:
            what = session.original_number or self.tr("新许可证")
            from licdesk.ui import save_prompts

            answer = save_prompts.ask_unsaved(self.window, what)
            if answer == save_prompts.CANCEL:
                return False
            if answer == save_prompts.SAVE:
                return self.save()
        self._finish()
        self.window.show_viewer()
        return True

    def _finish(self) -> None:
        if self.session is not None:
            self.undo_group.removeStack(self.session.undo_stack)
            self.session.undo_stack.blockSignals(True)  # its editor is going away
            self.session.changed.disconnect()
            self.session.deleteLater()
        if self.editor is not None:
            self.window.detail_stack.removeWidget(self.editor)
            self.editor.deleteLater()
        self.session, self.editor = None, None
