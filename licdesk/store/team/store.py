"""The Store on a team library: the same licenses, reads and writes as the file, on a PostgreSQL server.

    with Store.open("postgresql://wang@server/licdesk") as store:   # or TeamStore.open_library(url)
        store.save(lic, replace=True, expected_version=3)

Everything the Store does runs here through licdesk.store.team.dbapi, with these differences:

- Every write is one transaction that first takes one advisory lock of the library, so writers take
  turns as they do on the file (SQLite's BEGIN IMMEDIATE): a save checks the version it read and
  bumps it with nobody in between, and a stale save gets the same ConflictError as on the file.
- The server itself tells the other desks of each committed change (triggers of migration 6 send
  licdesk.store.team.live's news); `backend_pid` is the process that news names for this store.
- The server says who may write: a login granted licdesk_reader opens read-only (`readonly`), and
  the server would refuse its writes anyway.  The audit log records each change's server user.
- Backups, restores and the file checks are the file's; a team library's backups are the server's
  (pg_dump), so those methods refuse with one line and bulk operations make no file backup first.
"""

from __future__ import annotations

import sqlite3
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterator, NoReturn, cast

import psycopg

from licdesk.store import writing
from licdesk.store.errors import StoreError, message, translate, translated
from licdesk.store.store import Store
from licdesk.store.team import dbapi
from licdesk.store.team.connect import connect
from licdesk.store.team.location import TeamLibrary, file_only_error, stand_in_path
from licdesk.store.team.migrations import LATEST_VERSION, MIGRATION_LOCK, current_version, migrate

if TYPE_CHECKING:
    from sqlite_utils import Database

    from licdesk.store import schema_check
    from licdesk.store.check import CheckReport

# pg_advisory_xact_lock key of the library's writes: one writer at a time, as on the file.
WRITE_LOCK = MIGRATION_LOCK + 1


class TeamStore(Store):
    """A Store whose licenses live in a team library on PostgreSQL (one connection, one thread)."""

    keeps_file_backups = False
    is_team_library = True
    team_library: TeamLibrary

    def __init__(self, conn: dbapi.Connection, library: TeamLibrary, *, readonly: bool, user: str) -> None:
        # The connection answers the sqlite3 calls the Store makes (see dbapi), hence the cast.
        super().__init__(cast(sqlite3.Connection, conn), stand_in_path(library), readonly=readonly)
        self._team = conn
        self.team_library = self.library = library
        self.db_user = user

    @property
    def backend_pid(self) -> int:
        """The server process of this store's connection: the live news it causes carries this number."""
        return int(self._team.raw.info.backend_pid)

    # -- who else is editing: shared advisory locks the server drops with a desk that goes ------------
    @translated
    def begin_editing(self, number: str) -> None:
        from licdesk.store.team import live

        with dbapi.sqlite_errors():
            live.begin_editing(self._team.raw, number)

    @translated
    def end_editing(self, number: str) -> None:
        from licdesk.store.team import live

        with dbapi.sqlite_errors():
            live.end_editing(self._team.raw, number)

    @translated
    def editors(self, number: str) -> list[str]:
        from licdesk.store.team import live

        with dbapi.sqlite_errors():
            return live.editors(self._team.raw, number)

    @classmethod
    def open_library(cls, location: str | TeamLibrary, *, password: str | None = None, readonly: bool = False,
                     timeout: float = 5.0) -> TeamStore:
        """Connect, bring the schema up to date when this login may, and open the library.

        An empty database is not made into a library here: that is `licdesk team init`, run by an
        administrator, which also creates the roles.  `password`: one the clerk typed or the keyring
        holds (None: libpq's password file).  `timeout`: seconds a write waits for another's.
        """
        library = location if isinstance(location, TeamLibrary) else TeamLibrary.parse(location)
        raw = connect(library, password)
        try:
            _bring_up_to_date(raw, library)
            found = raw.execute("SELECT current_user, has_table_privilege('licenses', 'INSERT, UPDATE, DELETE')"
                                ).fetchone()
            user, may_write = (str(found[0]), bool(found[1])) if found else ("", False)
            _set_up(raw, timeout)

            def reconnect() -> psycopg.Connection[Any]:  # after the server dropped the connection
                again = connect(library, password)
                _set_up(again, timeout)
                return again

            return cls(dbapi.Connection(raw, reconnect), library, readonly=readonly or not may_write, user=user)
        except psycopg.Error as exc:
            raw.close()
            raise translate(dbapi.as_sqlite_error(exc), library.describe()) from exc
        except BaseException:
            raw.close()
            raise

    def close(self) -> None:
        self._conn.close()

    @property
    def db(self) -> Database:
        self._file_only()

    # -- transactions ---------------------------------------------------------------------
    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        if self.readonly:
            raise StoreError(message(
                f"团队库 {self.team_library.describe()} 以只读方式打开（您的用户只有查看的权限），更改未保存",
                "the team library is open read-only (your login may only read it); the change was not saved",
            ))
        with self._team.transaction():
            self._team.execute("SELECT pg_advisory_xact_lock(?)", (WRITE_LOCK,))
            yield self._conn

    @contextmanager
    def consistent_read(self) -> Iterator[sqlite3.Connection]:
        """Reads that see one committed state of the library while colleagues go on writing."""
        with self._team.transaction():
            self._team.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            yield self._conn

    @property
    def is_administrator(self) -> bool:
        """This login holds licdesk_administrator (or is the server's superuser)."""
        from licdesk.store.team.roles import ADMINISTRATOR

        found = self._conn.execute(
            "SELECT pg_has_role(current_user, ?, 'MEMBER') OR "
            "coalesce((SELECT rolsuper FROM pg_roles WHERE rolname = current_user), false)",
            (ADMINISTRATOR,)).fetchone()
        return bool(found and found[0])

    def _refuse_replaced_file(self) -> None:
        """No file can be put in place of a server's database."""

    # -- what belongs to the file -------------------------------------------------------------
    def _file_only(self) -> NoReturn:
        raise file_only_error()

    def automatic_backup(self, reason: str, *, keep: int | None = None) -> Path:
        self._file_only()

    def backup(self, target: str | Path) -> Path:
        self._file_only()

    def check(self) -> list[str]:
        self._file_only()

    def check_database(self, progress: Callable[[int, int], None] | None = None) -> CheckReport:
        self._file_only()

    def unexpected_schema(self) -> list[schema_check.SchemaObject]:
        return []  # the server's rights keep other objects out; team init owns the schema

    def remove_unexpected_schema(self) -> list[schema_check.SchemaObject]:
        return []

    @translated
    def rebuild_search_index(self, *, backup: bool = True) -> None:
        """Write every license's search words afresh; the server keeps its indexes of them in step."""
        with self._transaction() as conn:
            writing.refill_search_keys(conn)


def _set_up(raw: psycopg.Connection[Any], timeout: float) -> None:
    """How long a write waits for another's (then: "in use, try again"), for the whole session."""
    raw.execute(f"SET lock_timeout = '{max(1, int(timeout * 1000))}ms'")
    raw.commit()


def _bring_up_to_date(raw: psycopg.Connection[Any], library: TeamLibrary) -> None:
    version = current_version(raw)
    raw.commit()
    if version == 0:
        raise StoreError(message(
            f"数据库 {library.describe()} 还不是 licdesk 团队库；请服务器管理员先运行 licdesk team init --db …",
            "this database is not a licdesk team library yet; an administrator of the server runs "
            "licdesk team init first",
        ))
    if version > LATEST_VERSION:
        raise StoreError(message(
            f"团队库的结构版本 {version} 比本程序新（最高 {LATEST_VERSION}），请先升级 licdesk；团队库未作任何改动",
            f"the team library's schema {version} is newer than this licdesk knows ({LATEST_VERSION}); "
            "please upgrade licdesk; nothing was changed",
        ))
    if version == LATEST_VERSION:
        return
    try:
        migrate(raw)
    except psycopg.errors.InsufficientPrivilege as exc:
        raise StoreError(message(
            f"团队库需要升级（结构版本 {version}），只有管理员可以升级；请管理员运行 licdesk team init；团队库未作任何改动",
            f"the team library needs upgrading (schema {version}), which only an administrator may do: "
            "licdesk team init; nothing was changed",
        )) from exc
