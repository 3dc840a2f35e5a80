"""The desk's session: the one owner of the open database, its read-only state, the settings and today.

Panes, dialogs and windows take the session and ask it for the store each time they need it, never
keeping a store of their own from the time they were built: when a restore replaces the file, every
one of them works on the new one. Whoever writes tells the session what changed; whoever shows
listens to its signals.
"""

from __future__ import annotations

import datetime as _dt
from typing import TYPE_CHECKING, Callable, TypeVar

from PySide6.QtCore import QObject, Signal

from licdesk.store import StoreError
from licdesk.ui.settings import Settings

if TYPE_CHECKING:
    from licdesk.store import Store

_T = TypeVar("_T")


class DeskSession(QObject):
    store_released = Signal()  # the database was closed for a moment (a restore replaces the file)
    store_replaced = Signal()  # a restore (or a reconnect) put another database under the desk
    licenses_changed = Signal()  # licenses were added, removed or renamed: lists and counts follow
    license_changed = Signal(str)  # one license's content changed (its number)
    reviews_changed = Signal(str)  # a review of this license was written ("" for several)
    editing_changed = Signal(str)  # on a team library, another desk began or ended editing this license
    connection_changed = Signal(bool)  # a team library's server went away (False) or is back (True)

    def __init__(self, store: Store | None, settings: Settings | None = None, *, today: _dt.date | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.settings = settings if settings is not None else Settings(parent=self)
        self.fixed_today = today  # a test's or a screenshot's day; None follows the calendar
        self.offline_reason = ""  # why a team library's server cannot be reached now ("" when it can)

    # -- the database ----------------------------------------------------------------------------
    @property
    def store(self) -> Store:
        if self._store is None:
            raise RuntimeError("the desk's database is closed")  # a bug: nothing may ask meanwhile
        return self._store

    @property
    def is_open(self) -> bool:
        return self._store is not None

    @property
    def read_only(self) -> bool:
        """Nothing may be written: a read-only database, or a team library whose server is away."""
        return self._store is not None and (bool(self._store.readonly) or bool(self.offline_reason))

    def set_connection(self, online: bool, reason: str = "") -> None:
        """A team library's server went away (the desk can only show what it has) or came back."""
        reason = "" if online else (reason or "?")
        if reason != self.offline_reason:
            was_online = not self.offline_reason
            self.offline_reason = reason
            if was_online != online:
                self.connection_changed.emit(online)

    def read_only_badge(self) -> str:
        """Why the desk changes nothing: another licdesk edits the file, or this login may only read the team library."""
        if self._store is not None and self._store.team_library is not None:
            return self.tr("只读：您的用户在此团队库中只有查看的权限")
        return self.tr("只读：另一个 licdesk 正在编辑此数据库")

    def today(self) -> _dt.date:
        return self.fixed_today or _dt.date.today()

    def release_store(self) -> None:
        """Close the database (a restore needs the file free); `replace_store` follows."""
        if self._store is not None:
            self.store_released.emit()
            self._store.close()
            self._store = None

    def replace_store(self, store: Store) -> None:
        """A new database under the desk: everyone who shows anything reads it again."""
        if self._store is not None and self._store is not store:
            self._store.close()
        self._store = store
        self.store_replaced.emit()
        self.licenses_changed.emit()

    # -- telling what changed ----------------------------------------------------------------------
    def saved(self, number: str, *, list_changed: bool = True) -> None:
        """A license was written (imported, edited, restored from the trash)."""
        if list_changed:
            self.licenses_changed.emit()
        self.license_changed.emit(number)

    def removed(self, number: str) -> None:
        self.licenses_changed.emit()
        self.license_changed.emit(number)

    def reviewed(self, number: str = "") -> None:
        self.reviews_changed.emit(number)

    # -- expected problems -----------------------------------------------------------------------
    def attempt(self, work: Callable[[], _T], report: Callable[[str], object]) -> _T | None:
        """Run a store operation; an expected problem (StoreError) is reported, a bug propagates."""
        try:
            return work()
        except StoreError as exc:
            report(str(exc))
            return None


def as_session(source: DeskSession | Store) -> DeskSession:
    """A pane built on a bare store (a package opened for reading, a test) gets a session of its own."""
    return source if isinstance(source, DeskSession) else DeskSession(source)
