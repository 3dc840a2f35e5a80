"""Uncaught exceptions in slots show the bug dialog (and still reach stderr).

Kept apart from the dialog itself so that start-up installs the hook without loading the dialog.
"""

from __future__ import annotations

import sys
from types import TracebackType


def install_excepthook() -> None:
    previous = sys.excepthook

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            previous(exc_type, exc, tb)
            return
        from PySide6.QtWidgets import QApplication

        from licdesk.ui.dialogs.error_dialog import BugDialog, bug_report

        details = bug_report(exc_type, exc, tb)
        print(details, file=sys.stderr)
        if QApplication.instance() is not None:
            BugDialog(details, QApplication.activeWindow()).exec()

    sys.excepthook = hook
