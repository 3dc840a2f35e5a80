"""Comparing on the desk: two licenses side by side, or a license with an earlier version of itself."""

from __future__ import annotations

from typing import TYPE_CHECKING

from licdesk.ui.controllers.base import Controller

if TYPE_CHECKING:
    from licdesk.ui.dialogs.compare_dialog import CompareDialog


class CompareController(Controller):
    def __init__(self, window) -> None:  # noqa: ANN001
        super().__init__(window)
        self.dialog: CompareDialog | None = None

    def compare_licenses(self, left: str | None = None, right: str | None = None) -> None:
        from licdesk.services.compare_partner import compare_partner

        left = left or self.window.current_number() or None
        if right is None:
            summaries = self.attempt(lambda: self.store.summaries(order_by="number")) or []
            right = compare_partner(summaries, left)
        self._show((left, None), (right, None))

    def compare_with_version(self, version: int | None = None) -> None:
        """The shown license against an earlier version of itself (by default the one before the current)."""
        number = self.window.current_number()
        if not number:
            return
        versions = self.attempt(lambda: self.store.versions(number)) or []
        if version is None:
            version = versions[1].version if len(versions) > 1 else (versions[0].version if versions else None)
        self._show((number, version), (number, None))

    def _show(self, left: tuple[str | None, int | None], right: tuple[str | None, int | None]) -> None:
        from licdesk.ui.dialogs.compare_dialog import CompareDialog

        dialog = CompareDialog(self.store, self.window, left=left, right=right)
        self.dialog = dialog
        self.session.store_replaced.connect(dialog.close)  # it compares what the old file held
        dialog.show()
