"""Connecting to a team library: one clear line for each way it fails (psycopg 3 under the hood)."""

from __future__ import annotations

import psycopg

from licdesk.store.errors import StoreError
from licdesk.store.team.location import TeamLibrary

MINIMUM_SERVER_VERSION = 150000  # PostgreSQL 15: the version tested, and MERGE / NULLS NOT DISTINCT
CONNECT_TIMEOUT_SECONDS = 10

# Why a connection failed, each with the line the command line prints; the desk words them itself.
REASONS = {
    "password": "团队库拒绝了用户名或密码 (wrong user name or password)",
    "database": "团队库服务器上没有这个数据库 (no such database on the server)",
    "user": "团队库服务器上没有这个用户 (no such user on the server)",
    "unreachable": "无法连接团队库服务器，请检查服务器是否在运行、地址是否正确 (cannot reach the team library server)",
    "address": "团队库地址无效 (not a valid team library URL)",
    "too_old": "团队库服务器的 PostgreSQL 版本太旧，需要 15 或更新 (the server's PostgreSQL is too old; licdesk needs 15 or newer)",
}


# Passwords given in this run (typed in the desk or taken from the keyring), in memory only: the
# desk's workers, its listener and its reconnections open connections of their own without asking again.
_passwords_this_run: dict[str, str] = {}


def use_password(library: TeamLibrary, password: str | None) -> None:
    """Connections to this library (user, server, database) use `password` until the program ends."""
    key = _password_key(library)
    if password:
        _passwords_this_run[key] = password
    else:
        _passwords_this_run.pop(key, None)


def _password_key(library: TeamLibrary) -> str:
    return f"{library.user}@{library.host}:{library.port}/{library.database}"


class TeamConnectError(StoreError):
    """A connection refused or impossible: `reason` is a key of REASONS, `where` the server and database."""

    def __init__(self, reason: str, where: str, found_version: int = 0) -> None:
        text = REASONS[reason]
        if found_version:
            text = text.replace("版本太旧", f"版本 {found_version} 太旧")
        super().__init__(f"{text}: {where}")
        self.reason, self.where, self.found_version = reason, where, found_version


def connect(library: TeamLibrary, password: str | None = None) -> psycopg.Connection:
    """An open connection (autocommit off), or TeamConnectError saying what went wrong.

    Without a password libpq looks in its password file; the desk passes the one the clerk typed or
    the system keyring holds, which never goes into the URL, settings or a log."""
    password = password or _passwords_this_run.get(_password_key(library))
    extra: dict[str, object] = {"password": password} if password else {}
    try:
        connection = psycopg.connect(library.url, connect_timeout=CONNECT_TIMEOUT_SECONDS,
                                     application_name="licdesk", **extra)  # type: ignore[arg-type]
    except psycopg.OperationalError as exc:
        raise TeamConnectError(reason_of(str(exc)), library.describe()) from exc
    except psycopg.ProgrammingError as exc:  # a URL libpq cannot read
        raise TeamConnectError("address", library.describe()) from exc
    if connection.info.server_version < MINIMUM_SERVER_VERSION:
        found = connection.info.server_version // 10000
        connection.close()
        raise TeamConnectError("too_old", library.describe(), found)
    return connection


def reason_of(detail: str) -> str:
    """libpq's message (English, whatever the server's language settings) → a REASONS key."""
    lowered = detail.lower()
    if "password authentication failed" in lowered or "no password supplied" in lowered:
        return "password"
    if "does not exist" in lowered and "database" in lowered:
        return "database"
    if "role" in lowered and "does not exist" in lowered:
        return "user"
    return "unreachable"
