"""Connecting to a team library: one clear line for each way it fails (psycopg 3 under the hood)."""

from __future__ import annotations

import psycopg

from licdesk.store.errors import StoreError
from licdesk.store.team.location import TeamLibrary

MINIMUM_SERVER_VERSION = 150000  # PostgreSQL 15: the version tested, and MERGE / NULLS NOT DISTINCT
CONNECT_TIMEOUT_SECONDS = 10


def connect(library: TeamLibrary) -> psycopg.Connection:
    """An open connection (autocommit off), or StoreError saying what went wrong."""
    try:
        connection = psycopg.connect(library.url, connect_timeout=CONNECT_TIMEOUT_SECONDS,
                                     application_name="licdesk")
    except psycopg.OperationalError as exc:
        raise StoreError(_reason(library, str(exc))) from exc
    except psycopg.ProgrammingError as exc:  # a URL libpq cannot read
        raise StoreError(f"团队库地址无效 (not a valid team library URL): {library.describe()}") from exc
    if connection.info.server_version < MINIMUM_SERVER_VERSION:
        found = connection.info.server_version // 10000
        connection.close()
        raise StoreError(f"团队库服务器的 PostgreSQL 版本 {found} 太旧，需要 15 或更新 "
                         f"(PostgreSQL {found} is too old; licdesk needs 15 or newer): {library.describe()}")
    return connection


def _reason(library: TeamLibrary, detail: str) -> str:
    where = library.describe()
    lowered = detail.lower()
    if "password authentication failed" in lowered or "no password supplied" in lowered:
        return f"团队库拒绝了用户名或密码 (wrong user name or password): {where}"
    if "does not exist" in lowered and "database" in lowered:
        return f"团队库服务器上没有这个数据库 (no such database on the server): {where}"
    if "role" in lowered and "does not exist" in lowered:
        return f"团队库服务器上没有这个用户 (no such user on the server): {where}"
    return f"无法连接团队库服务器，请检查服务器是否在运行、地址是否正确 (cannot reach the team library server): {where}"
