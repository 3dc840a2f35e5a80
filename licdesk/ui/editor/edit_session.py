"""One license being edited: the draft, its undo stack, and where it came from in the store.

Every edit is a change function applied to the draft and kept as a before/after pair on a
QUndoStack, so undo and redo give back exactly the license that was there.  Typing in one field makes
one undo step ("撤销 修改公司名称"), not one per key.
"""

from __future__ import annotations

import copy
from typing import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from licdesk.domain.model import License

_MERGING = 1  # QUndoCommand.id() of edits that may merge with the next one on the same field


class LicenseEdit(QUndoCommand):
    def __init__(self, session: EditSession, before: License, after: License, text: str,
                 merge_key: str | None) -> None:
        super().__init__(text)
        self.session = session
        self.before = before
        self.after = after
        self.merge_key = merge_key

    def id(self) -> int:
        return _MERGING if self.merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, LicenseEdit) or other.merge_key != self.merge_key:
            return False
        self.after = other.after
        return True

    def redo(self) -> None:
        self.session.set_state(self.after)

    def undo(self) -> None:
        self.session.set_state(self.before)


class EditSession(QObject):
    """`changed` follows every edit, undo and redo; `license` is the draft (read it, change it via edit())."""

    changed = Signal()

    def __init__(self, lic: License, *, version: int | None, is_new: bool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.license = copy.deepcopy(lic)
        self.loaded_version = version  # the store's version when loaded: a newer one means someone else saved
        self.original_number = None if is_new else lic.number
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(500)
        self._generation = 0

    @property
    def is_new(self) -> bool:
        return self.original_number is None

    @property
    def dirty(self) -> bool:
        return not self.undo_stack.isClean()

    def edit(self, text: str, change: Callable[[License], None], merge_key: str | None = None) -> None:
        """Apply `change` to a copy of the draft and push it as one undoable step named `text`."""
        before = copy.deepcopy(self.license)
        after = copy.deepcopy(self.license)
        change(after)
        if after == before:
            return
        key = f"{merge_key}#{self._generation}" if merge_key else None
        self.undo_stack.push(LicenseEdit(self, before, after, text, key))

    def set_state(self, lic: License) -> None:
        self.license = copy.deepcopy(lic)
        self.changed.emit()

    def end_merging(self) -> None:
        """The clerk left the field: the next typing there is a new undo step."""
        self._generation += 1

    def mark_saved(self, version: int | None) -> None:
        self.loaded_version = version
        self.original_number = self.license.number
        self.undo_stack.setClean()
