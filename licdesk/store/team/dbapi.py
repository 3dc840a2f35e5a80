"""A psycopg connection that speaks the sqlite3 calls the store makes, so one store runs on both engines.

The store's SQL is plain SQL with `?` and `:name` parameters, rows read by column name or position,
`rowcount`, `lastrowid`, and sqlite3's exception classes.  This module gives a PostgreSQL connection
that shape: parameters are rewritten to psycopg's `%s` / `%(name)s` (outside quoted text), rows read
both ways, an INSERT into a table with an identity `id` returns it (`RETURNING id`, read as
`lastrowid`; the tables are read from the catalogue, so a later migration's are covered), and every
psycopg error leaves as the sqlite3 error of the same kind, so the store's one translation into a
clear message (licdesk.store.errors) serves both engines.  What else differs lives in
licdesk.store.engine.
"""

from __future__ import annotations

import functools
import re
from contextlib import contextmanager
from typing import Any, Callable, Iterable, Iterator, Sequence

import psycopg
import psycopg.errors
import sqlite3

ENGINE = "postgresql"
_INSERT_INTO = re.compile(r"\s*INSERT\s+INTO\s+([A-Za-z_][A-Za-z0-9_]*)", re.IGNORECASE)


@functools.lru_cache(maxsize=512)
def to_psycopg(sql: str) -> str:
    """`?` → %s, `:name` → %(name)s, a literal % → %%; quoted text and identifiers are left alone."""
    out: list[str] = []
    i, size = 0, len(sql)
    while i < size:
        char = sql[i]
        if char in ("'", '"'):
            end = sql.find(char, i + 1)
            while end != -1 and end + 1 < size and sql[end + 1] == char:  # a doubled quote stays inside
                end = sql.find(char, end + 2)
            end = size - 1 if end == -1 else end
            out.append(sql[i:end + 1].replace("%", "%%"))
            i = end + 1
            continue
        if char == "?":
            out.append("%s")
        elif char == "%":
            out.append("%%")
        elif char == ":" and i + 1 < size and (sql[i + 1].isalpha() or sql[i + 1] == "_") \
                and (i == 0 or sql[i - 1] != ":"):
            start = i + 1
            i = start
            while i < size and (sql[i].isalnum() or sql[i] == "_"):
                i += 1
            out.append(f"%({sql[start:i]})s")
            continue
        else:
            out.append(char)
        i += 1
    return "".join(out)


class Row(Sequence[Any]):
    """A result row read by position (row[0]) or by column name (row["number"]), as sqlite3.Row is."""

    __slots__ = ("_names", "_values")

    def __init__(self, names: dict[str, int], values: Sequence[Any]) -> None:
        self._names = names
        self._values = tuple(values)

    def __getitem__(self, key: Any) -> Any:
        if isinstance(key, str):
            return self._values[self._names[key]]
        return self._values[key]

    def __len__(self) -> int:
        return len(self._values)

    def __iter__(self) -> Iterator[Any]:
        return iter(self._values)

    def __eq__(self, other: object) -> bool:
        return tuple(self) == (tuple(other) if isinstance(other, (Row, tuple)) else other)

    def __hash__(self) -> int:
        return hash(self._values)

    def keys(self) -> list[str]:
        return list(self._names)


def _row_factory(cursor: psycopg.Cursor[Any]) -> Any:
    names: dict[str, int] = {}
    for index, column in enumerate(cursor.description or ()):
        names.setdefault(column.name, index)  # the first of two same-named columns, as sqlite3.Row does
    return lambda values: Row(names, values)


def as_sqlite_error(exc: psycopg.Error) -> sqlite3.Error:
    """The sqlite3 error of the same kind, carrying PostgreSQL's words (licdesk.store.errors reads them)."""
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    if isinstance(exc, (psycopg.errors.InsufficientPrivilege, psycopg.errors.ReadOnlySqlTransaction)):
        return sqlite3.OperationalError(f"permission denied: {text}")
    if isinstance(exc, (psycopg.errors.LockNotAvailable, psycopg.errors.DeadlockDetected,
                        psycopg.errors.SerializationFailure, psycopg.errors.QueryCanceled)):
        return sqlite3.OperationalError(f"database is locked: {text}")
    if isinstance(exc, psycopg.errors.DiskFull):
        return sqlite3.OperationalError(f"disk is full: {text}")
    if isinstance(exc, psycopg.IntegrityError):
        return sqlite3.IntegrityError(text)
    if isinstance(exc, psycopg.OperationalError):
        return sqlite3.OperationalError(f"server connection lost: {text}")
    if isinstance(exc, (psycopg.ProgrammingError, psycopg.InterfaceError)):  # a wrong statement: a bug
        return sqlite3.ProgrammingError(text)
    if isinstance(exc, psycopg.DataError):
        return sqlite3.DataError(text)
    return sqlite3.DatabaseError(text)


@contextmanager
def sqlite_errors() -> Iterator[None]:
    try:
        yield
    except psycopg.Error as exc:
        raise as_sqlite_error(exc) from exc


class Cursor:
    """The result of one statement: rows, rowcount and (after an INSERT) lastrowid."""

    def __init__(self, cursor: psycopg.Cursor[Any], returns_id: bool = False) -> None:
        self._cursor = cursor
        self.lastrowid: int | None = None
        if returns_id:
            with sqlite_errors():
                row = cursor.fetchone()
            self.lastrowid = None if row is None else int(row[0])

    @property
    def rowcount(self) -> int:
        return self._cursor.rowcount

    def fetchone(self) -> Row | None:
        with sqlite_errors():
            return self._cursor.fetchone() if self._cursor.description else None

    def fetchall(self) -> list[Row]:
        with sqlite_errors():
            return self._cursor.fetchall() if self._cursor.description else []

    def __iter__(self) -> Iterator[Row]:
        return iter(self.fetchall())


class Connection:
    """A PostgreSQL connection in autocommit mode: reads stand alone, writes go in `transaction()`."""

    engine = ENGINE

    def __init__(self, raw: psycopg.Connection[Any],
                 reconnect: Callable[[], psycopg.Connection[Any]] | None = None) -> None:
        raw.autocommit = True  # no idle transaction is left open between the desk's reads
        self.raw = raw
        self.row_factory: object = None  # set by the Store as for sqlite3; rows here always read both ways
        self._identity_tables: frozenset[str] | None = None
        self._reconnect = reconnect

    def _usable(self) -> None:
        """A connection the server dropped (a restart, a network cut) is made anew before the next
        statement, never inside a transaction: the statement that met the break has already failed,
        its transaction rolled back on the server."""
        if self._reconnect is not None and self.raw.broken and not self.in_transaction:
            self.raw = self._reconnect()
            self.raw.autocommit = True

    def execute(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> Cursor:
        if not self.in_transaction:
            self._usable()
        returns_id = self._returns_id(sql)
        with sqlite_errors():
            cursor = self.raw.cursor(row_factory=_row_factory)
            cursor.execute(to_psycopg(sql) + (" RETURNING id" if returns_id else ""), _adapted(params) or None)
        return Cursor(cursor, returns_id)

    def _returns_id(self, sql: str) -> bool:
        """An INSERT into a table whose `id` the server numbers: its new id is asked back."""
        found = _INSERT_INTO.match(sql)
        if found is None or "returning" in sql.lower():
            return False
        if self._identity_tables is None:
            with sqlite_errors():
                self._identity_tables = frozenset(r[0] for r in self.raw.execute(
                    "SELECT table_name FROM information_schema.columns WHERE table_schema = current_schema() "
                    "AND column_name = 'id' AND is_identity = 'YES'"))
        return found.group(1).lower() in self._identity_tables

    def executemany(self, sql: str, seq_of_params: Iterable[Sequence[Any] | dict[str, Any]]) -> None:
        batch = [_adapted(p) for p in seq_of_params]
        if not batch:
            return
        with sqlite_errors(), self.raw.cursor() as cursor:
            cursor.executemany(to_psycopg(sql), batch)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One transaction: committed when the block ends, rolled back when it raises."""
        self._usable()
        with sqlite_errors(), self.raw.transaction():
            yield

    @property
    def in_transaction(self) -> bool:
        return self.raw.info.transaction_status in (psycopg.pq.TransactionStatus.INTRANS,
                                                    psycopg.pq.TransactionStatus.INERROR,
                                                    psycopg.pq.TransactionStatus.ACTIVE)

    def close(self) -> None:
        self.raw.close()


def _adapted(params: Sequence[Any] | dict[str, Any]) -> Sequence[Any] | dict[str, Any]:
    """memoryview (sqlite3.Binary) becomes bytes, which psycopg sends as bytea."""
    if isinstance(params, dict):
        return {k: bytes(v) if isinstance(v, memoryview) else v for k, v in params.items()}
    return [bytes(v) if isinstance(v, memoryview) else v for v in params]
