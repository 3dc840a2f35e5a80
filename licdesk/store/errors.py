"""The store's errors: every expected database problem becomes one clear line, Chinese then English."""

from __future__ import annotations

import functools
import re
import sqlite3
from typing import Any, Callable, TypeVar

_T = TypeVar("_T")


class StoreError(Exception):
    """A database problem the user can act on (locked, read-only, full, not a licdesk file …)."""


class DuplicateLicenseError(StoreError):
    """A license with this number is already stored (maybe in the trash) and replacing was not asked for."""

    def __init__(self, message: str, number: str, in_trash: bool = False) -> None:
        super().__init__(message)
        self.number = number
        self.in_trash = in_trash


class LicenseNotFoundError(StoreError):
    """No license with this number (or not in the place asked: the library or the trash)."""


class ConflictError(StoreError):
    """The license was changed (or removed) by someone else since it was loaded (optimistic locking).

    Nothing was saved.  The editor offers: reload the stored version (`current_version`; None when it
    was removed for good), or save again over it with expected_version=current_version.
    """

    def __init__(self, text: str, number: str = "", expected_version: int | None = None,
                 current_version: int | None = None) -> None:
        super().__init__(text)
        self.number = number
        self.expected_version = expected_version
        self.current_version = current_version


# Fragments of SQLite's messages → (Chinese, English) for the user.
_KNOWN_PROBLEMS: tuple[tuple[str, str, str], ...] = (
    ("database is locked", "数据库正被另一个程序使用，请关闭其他 licdesk 窗口或稍后再试",
     "the database is in use by another program; close other licdesk windows or try again later"),
    ("database table is locked", "数据库正被另一个程序使用，请稍后再试",
     "the database is in use by another program; try again later"),
    ("readonly database", "数据库文件是只读的，无法保存更改；请检查文件权限",
     "the database file is read-only; changes cannot be saved; check the file's permissions"),
    ("disk is full", "磁盘空间已满，更改未保存；请清理磁盘后重试",
     "the disk is full; the change was not saved; free some space and try again"),
    ("file is not a database", "该文件不是 licdesk 数据库，已拒绝打开且未作任何改动",
     "the file is not a licdesk database; it was refused and left untouched"),
    ("file is encrypted", "该文件不是 licdesk 数据库，已拒绝打开且未作任何改动",
     "the file is not a licdesk database; it was refused and left untouched"),
    ("database disk image is malformed", "数据库文件已损坏；请从备份恢复",
     "the database file is damaged; restore it from a backup"),
    ("malformed database schema", "数据库文件已损坏；请从备份恢复",
     "the database file is damaged; restore it from a backup"),
    ("unable to open database file", "无法打开数据库文件；请检查路径和权限",
     "the database file cannot be opened; check the path and permissions"),
    ("vtable constructor failed", "搜索索引已损坏，更改未保存；请运行 licdesk check --rebuild-index 重建它（先自动备份，许可证不受影响）",
     "the search index is damaged; the change was not saved; run licdesk check --rebuild-index (licenses are kept)"),
    ("invalid fts5 file format", "搜索索引已损坏，更改未保存；请运行 licdesk check --rebuild-index 重建它（先自动备份，许可证不受影响）",
     "the search index is damaged; the change was not saved; run licdesk check --rebuild-index (licenses are kept)"),
    # A team library's server (licdesk.store.team.dbapi gives its errors these words).
    ("permission denied", "团队库不允许您的用户作这项更改（您只有查看的权限），更改未保存",
     "the team library does not let your login make this change (it may only read); the change was not saved"),
    ("server connection lost", "与团队库服务器的连接中断，刚才的操作没有完成；请检查网络后再试一次（licdesk 会重新连接）",
     "the connection to the team library's server was lost; that step was not carried out; check the "
     "network and try again (licdesk connects again)"),
    ("disk i/o error", "读写数据库文件时出错；请检查磁盘和权限",
     "reading or writing the database file failed; check the disk and permissions"),
)


def message(zh: str, en: str) -> str:
    """The house style of a store message: Chinese, then English in brackets; always one line."""
    return re.sub(r"\s*[\r\n]+\s*", " ", f"{zh} ({en})")


def translate(exc: sqlite3.Error, path: object = None) -> StoreError:
    """The StoreError a user should see for an SQLite error; unknown errors keep SQLite's words.

    Callers let bugs through first (is_bug): a closed connection is the program's mistake.
    """
    text = str(exc)
    lowered = text.lower()
    where = f"：{path}" if path else ""
    for fragment, zh, en in _KNOWN_PROBLEMS:
        if fragment in lowered:
            return StoreError(message(zh + where, en))
    return StoreError(message(f"数据库出错{where}", text))


def is_bug(exc: BaseException) -> bool:
    """A mistake in the program, not in the file: using a closed connection, a wrong statement or binding.

    sqlite3.ProgrammingError ("Cannot operate on a closed database", wrong parameter count) and
    InterfaceError (an unsupported value) must reach the bug report, never a friendly message.
    """
    return isinstance(exc, (sqlite3.ProgrammingError, sqlite3.InterfaceError))


def translated(method: Callable[..., _T]) -> Callable[..., _T]:
    """A Store method whose expected SQLite problems leave as StoreError with a clear message; bugs pass."""

    @functools.wraps(method)
    def wrapper(self: Any, *args: Any, **kwargs: Any) -> _T:
        try:
            return method(self, *args, **kwargs)
        except sqlite3.Error as exc:
            if is_bug(exc):
                raise
            raise translate(exc, self.path) from exc

    return wrapper
