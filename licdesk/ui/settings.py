"""Every preference and piece of window state licdesk keeps, declared once with its type and default.

Business data stays in the database; these are the clerk's choices (language, how many backups,
the deadlines' warning window) and the desk's shape (window geometry, splitter sizes, the last
license shown). Everything is read and written through `Settings`, which turns what QSettings gives
back (strings from an INI file, numbers from the registry) into the declared type, falls back to
the default on anything odd, keeps numbers within their range, and announces each change.
"""

from __future__ import annotations

from typing import Any, Generic, NamedTuple, TypeVar

from PySide6.QtCore import QByteArray, QObject, QSettings, Signal

T = TypeVar("T")


class Option(NamedTuple, Generic[T]):
    key: str
    kind: type
    default: T
    minimum: int | None = None
    maximum: int | None = None

    def convert(self, raw: object) -> T:
        """The stored value as this option's type; the default when it is missing or unreadable."""
        if raw is None:
            return self.default
        try:
            if self.kind is QByteArray:
                return raw if isinstance(raw, QByteArray) and not raw.isEmpty() else self.default  # type: ignore[return-value]
            if self.kind is bool:
                return (raw.strip().lower() in ("1", "true", "yes") if isinstance(raw, str)  # type: ignore[return-value]
                        else bool(raw))
            if self.kind is int:
                value = int(raw)  # type: ignore[call-overload]
                if self.minimum is not None:
                    value = max(value, self.minimum)
                if self.maximum is not None:
                    value = min(value, self.maximum)
                return value  # type: ignore[return-value]
            return str(raw)  # type: ignore[return-value]
        except (TypeError, ValueError):
            return self.default


# -- the clerk's preferences ---------------------------------------------------------------------
LANGUAGE: Option[str] = Option("ui/language", str, "system")  # "system", "zh_CN" or "en"
BACKUP_KEEP: Option[int] = Option("backups/keep", int, 10, 1, 100)
DEADLINE_WINDOW_DAYS: Option[int] = Option("deadlines/window_days", int, 30, 1, 365)
IMPORT_FOLDER: Option[str] = Option("import/last_dir", str, "")
# Team libraries connected to before, newest first, one address a line (addresses hold no password).
TEAM_RECENT: Option[str] = Option("team/recent", str, "")
# The day (YYYY-MM-DD) the start-up reminder was last shown: it shows at most once a day.
REMINDER_SHOWN_ON: Option[str] = Option("deadlines/reminder_shown_on", str, "")
# The clerk's own holiday table (a text file), for years the published schedule does not cover yet.
HOLIDAY_TABLE: Option[str] = Option("deadlines/holiday_table", str, "")

# -- the desk's shape ------------------------------------------------------------------------------
WINDOW_GEOMETRY: Option[QByteArray | None] = Option("window/geometry", QByteArray, None)
DESK_SPLITTER: Option[QByteArray | None] = Option("splitters/desk", QByteArray, None)
DETAIL_SPLITTER: Option[QByteArray | None] = Option("splitters/detail", QByteArray, None)
PROVISIONS_SPLITTER: Option[QByteArray | None] = Option("splitters/provisions", QByteArray, None)
LIBRARY_HEADER: Option[QByteArray | None] = Option("library/header", QByteArray, None)
# None until the clerk chooses: the compact list on a narrow window's first start, every column on a wide one.
LIBRARY_COMPACT: Option[bool | None] = Option("library/compact", bool, None)
LIBRARY_SHOWN: Option[bool] = Option("library/shown", bool, True)
LAST_LICENSE: Option[str] = Option("library/last_number", str, "")
DETAIL_TAB: Option[int] = Option("detail/tab", int, 0, 0, 20)

OPTIONS: tuple[Option[Any], ...] = (
    LANGUAGE, BACKUP_KEEP, DEADLINE_WINDOW_DAYS, IMPORT_FOLDER, TEAM_RECENT, REMINDER_SHOWN_ON, HOLIDAY_TABLE,
    WINDOW_GEOMETRY, DESK_SPLITTER, DETAIL_SPLITTER, PROVISIONS_SPLITTER, LIBRARY_HEADER, LIBRARY_COMPACT, LIBRARY_SHOWN,
    LAST_LICENSE, DETAIL_TAB,
)


class Settings(QObject):
    """The declared options over one QSettings store (the clerk's own, or a test's INI file)."""

    changed = Signal(str)  # the option's key

    def __init__(self, store: QSettings | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.qsettings = store if store is not None else QSettings()

    def get(self, option: Option[T]) -> T:
        return option.convert(self.qsettings.value(option.key))

    def set(self, option: Option[T], value: T) -> None:
        if value is None:
            self.qsettings.remove(option.key)
        else:
            self.qsettings.setValue(option.key, value)
        self.changed.emit(option.key)

    def sync(self) -> None:
        self.qsettings.sync()
