"""Opening a desk: is there a screen to open it on, and its database with the instance lock (or read-only
when another licdesk is editing it)."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from licdesk.store import Store


def open_store(db_path: Path, ask: bool = True) -> Store | None:
    """The desk's store, holding the instance lock; read-only when another licdesk is editing the file.

    With `ask`, the clerk chooses between a read-only view and not opening (None); without, a
    read-only view is taken at once (a screenshot needs no writing).
    """
    from licdesk.store import DatabaseInUseError, Store

    try:
        return Store.open(db_path, lock=True)
    except DatabaseInUseError as exc:
        if ask:
            from PySide6.QtCore import QCoreApplication

            from licdesk.ui.common.plain import ask_yes_no

            question = f"{exc}\n\n" + QCoreApplication.translate(
                "licdesk", "可以只读方式打开：能查看和打印，但不能导入或修改。")
            if not ask_yes_no(None, QCoreApplication.translate("licdesk", "数据库正在使用"), question,
                              QCoreApplication.translate("licdesk", "只读打开"),
                              QCoreApplication.translate("licdesk", "不打开")):
                return None
        return Store.open(db_path, readonly=True)


def has_display() -> bool:
    if sys.platform in ("win32", "darwin"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
                or os.environ.get("QT_QPA_PLATFORM"))


def open_team_store(library, password: str | None) -> Store:  # noqa: ANN001 - a TeamLibrary
    """The desk's store on a team library (read-only for a reader's login), or StoreError saying why not.

    The password (typed, or from the keyring) is kept in memory for this run only, so the desk's
    workers and its listener connect without asking again."""
    from licdesk.store import Store
    from licdesk.store.team.connect import use_password

    use_password(library, password)
    return Store.open(library.url)


def open_team_at_start(url: str, ask: bool = True) -> Store | None:
    """The team library --db or LICDESK_DB names. A password is looked for only when the server wants
    one (libpq's password file first, then the keyring, whose backends take a while to load), else
    asked for in the connect dialog (None: the clerk cancelled)."""
    from licdesk.store.team.connect import TeamConnectError
    from licdesk.store.team.location import TeamLibrary

    library = TeamLibrary.parse(url)
    try:
        return open_team_store(library, None)
    except TeamConnectError as exc:
        if exc.reason != "password":
            raise
        refused = exc
    from licdesk.store.team import credentials

    saved = credentials.saved_password(library)
    if saved:
        try:
            return open_team_store(library, saved)
        except TeamConnectError as exc:
            if exc.reason != "password":
                raise
            refused = exc
    if not ask:
        raise refused
    from licdesk.ui.dialogs.team_connect_dialog import TeamConnectDialog

    dialog = TeamConnectDialog([library.url])
    dialog.recent_list.setCurrentRow(0)
    dialog.password_box.setFocus()
    if not dialog.exec() or dialog.library is None:
        return None
    return open_team_store(dialog.library, dialog.password)
