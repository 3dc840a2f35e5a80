"""Where a library is: a SQLite file path, or a team library's postgresql:// URL.

`--db` and LICDESK_DB take either.  A URL never carries a password: passwords come from libpq's
password file (~/.pgpass, PGPASSFILE), so they are never in settings, logs or a command line.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple
from urllib.parse import parse_qs, quote, unquote, urlencode, urlsplit, urlunsplit

from licdesk.store.errors import StoreError, message

SCHEMES = ("postgresql", "postgres")
DEFAULT_PORT = 5432
# libpq's TLS modes, from none to a checked certificate and host name.
TLS_MODES = ("disable", "allow", "prefer", "require", "verify-ca", "verify-full")


def is_team_url(text: str) -> bool:
    return text.strip().lower().startswith(tuple(f"{scheme}://" for scheme in SCHEMES))


class TeamLibrary(NamedTuple):
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

    @classmethod
    def from_parts(cls, *, host: str, database: str, user: str, port: int | None = None,
                   tls: str = "prefer") -> "TeamLibrary":
        """The address the connect dialog's fields name (a host starting with / is a socket folder)."""
        host, database, user = host.strip(), database.strip(), user.strip()
        if not host:
            raise StoreError("请填写团队库服务器的地址 (the server is missing)")
        if not database:
            raise StoreError("请填写数据库名 (the database is missing)")
        if not user:
            raise StoreError("请填写用户名 (the user name is missing)")
        if tls not in TLS_MODES:
            raise StoreError(f"未知的加密方式 {tls} (unknown TLS mode)")
        query: dict[str, str] = {}
        netloc = quote(user, safe="") + "@"
        if host.startswith("/"):
            query["host"] = host
            if port and port != DEFAULT_PORT:  # a socket's file is named after the port
                query["port"] = str(port)
        else:
            netloc += f"[{host}]" if ":" in host else host
            if port and port != DEFAULT_PORT:
                netloc += f":{port}"
        if tls != "prefer":
            query["sslmode"] = tls
        return cls.parse(urlunsplit(("postgresql", netloc, "/" + quote(database, safe=""),
                                     urlencode(query, safe="/"), "")))

    @property
    def user(self) -> str:
        return unquote(urlsplit(self.url).username or "")

    @property
    def host(self) -> str:
        parts = urlsplit(self.url)
        return parts.hostname or parse_qs(parts.query).get("host", ["localhost"])[0]

    @property
    def port(self) -> int:
        parts = urlsplit(self.url)
        in_query = parse_qs(parts.query).get("port", [""])[0]
        return parts.port or (int(in_query) if in_query.isdigit() else DEFAULT_PORT)

    @property
    def database(self) -> str:
        return unquote(urlsplit(self.url).path.strip("/"))

    @property
    def tls(self) -> str:
        return parse_qs(urlsplit(self.url).query).get("sslmode", ["prefer"])[0]

    def describe(self) -> str:
        """The address for messages and logs: server and database (never a password, there is none)."""
        parts = urlsplit(self.url)
        where = self.host
        if parts.port:
            where = f"{where}:{parts.port}"
        return f"{where}/{self.database}"


# The stand-in paths of the team libraries this process opened, with their URLs (see stand_in_path).
_OPENED: dict[str, str] = {}


def stand_in_path(library: TeamLibrary) -> Path:
    """What a team library's Store has as its `path`: user@server/database, never a file.

    The desk and its workers know a library by its store's path ("a worker opens its own Store on the
    same path"), so Store.open(this path) opens the same team library again, as the same login (the
    password given in this run is remembered by licdesk.store.team.connect), and the functions made
    for files (backups, restore) refuse it instead of making a file of that name.
    """
    path = Path(f"{library.user}@{library.describe()}" if library.user else library.describe())
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
