"""Where a library is: a SQLite file path, or a team library's postgresql:// URL.

`--db` and LICDESK_DB take either.  A URL never carries a password: passwords come from libpq's
password file (~/.pgpass, PGPASSFILE), so they are never in settings, logs or a command line.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from licdesk.store.errors import StoreError, message

SCHEMES = ("postgresql", "postgres")


def is_team_url(text: str) -> bool:
    return text.strip().lower().startswith(tuple(f"{scheme}://" for scheme in SCHEMES))


@dataclass(frozen=True)
class TeamLibrary:
    """A team library's address, checked and without a password."""

    url: str

    @classmethod
    def parse(cls, text: str) -> "TeamLibrary":
        text = text.strip()
        try:
            parts = urlsplit(text)
            parts.port  # noqa: B018 - reading it checks that the port is a number
        except ValueError as exc:
            raise StoreError(f"团队库地址无效：{exc} (not a valid team library URL)") from exc
        if parts.scheme.lower() not in SCHEMES:
            raise StoreError("团队库地址须以 postgresql:// 开头 (a team library URL starts with postgresql://)")
        if parts.password is not None:
            raise StoreError("团队库地址中不能写密码，请把密码放在 PostgreSQL 的密码文件 (~/.pgpass) 中 "
                             "(no password in the URL: put it in libpq's password file)")
        if not parts.path.strip("/"):
            raise StoreError("团队库地址缺少数据库名，例如 postgresql://clerk@server:5432/licdesk "
                             "(the URL names no database)")
        return cls(urlunsplit(parts))

    def describe(self) -> str:
        """The address for messages and logs: server and database (never a password, there is none)."""
        parts = urlsplit(self.url)
        where = parts.hostname or "localhost"
        if parts.port:
            where = f"{where}:{parts.port}"
        return f"{where}/{parts.path.strip('/')}"


# The stand-in paths of the team libraries this process opened, with their URLs (see stand_in_path).
_OPENED: dict[str, str] = {}


def stand_in_path(library: TeamLibrary) -> Path:
    """What a team library's Store has as its `path`: user@server/database, never a file.

    The desk and its workers know a library by its store's path ("a worker opens its own Store on the
    same path"), so Store.open(this path) opens the same team library again, and the functions made
    for files (backups, restore) refuse it instead of making a file of that name.
    """
    user = urlsplit(library.url).username
    path = Path(f"{user}@{library.describe()}" if user else library.describe())
    _OPENED[str(path)] = library.url
    return path


def team_url_of(location: str | Path) -> str:
    """The team library a location names (a postgresql:// URL, or an opened library's stand-in path), or ''."""
    if isinstance(location, str):
        return location if is_team_url(location) else ""
    return _OPENED.get(str(location), "")


def file_only_error() -> StoreError:
    return StoreError(message(
        "团队库的备份、恢复和检查由服务器管理员负责（例如 pg_dump），licdesk 只对数据库文件做这些",
        "backups, restores and checks of a team library are the server administrator's (pg_dump, for "
        "instance); licdesk makes them for database files",
    ))
