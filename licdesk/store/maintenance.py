"""Keeping the file healthy: backups, the checks, and the repairs a check can offer (a mixin of Store)."""

from __future__ import annotations

import sqlite3
from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from licdesk.store import migrations, schema_check, search, writing
from licdesk.store.connection import copy_database
from licdesk.store.errors import StoreError, message, translated

if TYPE_CHECKING:
    from licdesk.store.check import CheckReport

REPAIR = "repair"


class Maintenance:
    """Needs the Store's `_conn`, `_transaction`, `path` and `readonly`."""

    _conn: sqlite3.Connection
    _transaction: Callable[[], AbstractContextManager[sqlite3.Connection]]
    path: Path
    readonly: bool

    def automatic_backup(self, reason: str, *, keep: int | None = None) -> Path:
        """Back up before a bulk operation (batch import, restore, emptying the trash, a repair), keeping `keep`.

        Raises StoreError when the backup cannot be made: the bulk operation should then not go ahead.
        """
        from licdesk.store.backups import DEFAULT_KEEP, create_backup  # loaded when first needed

        return create_backup(self.path, reason, keep=DEFAULT_KEEP if keep is None else keep)

    @translated
    def backup(self, target: str | Path) -> Path:
        """Write a consistent copy of the whole database to `target` (readable by the owner only)."""
        target = Path(target).expanduser()
        if target.resolve() == self.path.resolve():
            raise StoreError(message("备份文件不能是数据库本身", "the backup cannot be the database itself"))
        try:
            return copy_database(self._conn, target)
        except OSError as exc:
            raise StoreError(message(f"无法写入备份文件：{target}", f"cannot write the backup: {exc.strerror}")) \
                from exc

    @translated
    def check(self) -> list[str]:
        """Problems found in the file, its schema and its search index; an empty list means all is well."""
        problems = [r[0] for r in self._conn.execute("PRAGMA integrity_check") if r[0] != "ok"]
        problems += [f"foreign key: {tuple(r)}" for r in self._conn.execute("PRAGMA foreign_key_check")]
        problems += [f"schema: {o.describe()}" for o in schema_check.unexpected_objects(self._conn)]
        if self.readonly:  # FTS5 runs its own check as a write statement
            return problems
        try:
            search.check_indexes(self._conn)
        except sqlite3.DatabaseError as exc:
            problems.append(f"search index: {exc}")
        return problems

    @translated
    def check_database(self, progress: Callable[[int, int], None] | None = None) -> CheckReport:
        """The full check (file, schema, search index, every license's findings) as a report; reads only."""
        from licdesk.store.check import check_database  # loaded when a check is run, not at start-up

        return check_database(self, progress)  # type: ignore[arg-type]  # a mixin of Store: self is the Store

    @translated
    def rebuild_search_index(self, *, backup: bool = True) -> None:
        """Make the full-text indexes afresh from the licenses, whatever state they are in, at once.

        The index is derived data: the remedy when a check reports it out of step or damaged.  The
        licenses themselves are not touched; a backup is made first (reason "repair").
        """
        if backup:
            self.automatic_backup(REPAIR)
        with self._transaction() as conn:
            schema_check.recreate_search_tables(conn)
            writing.refill_search_keys(conn)
            conn.execute("INSERT INTO search_index (search_index) VALUES ('rebuild')")
            migrations.fill_pair_index(conn)

    @translated
    def unexpected_schema(self) -> list[schema_check.SchemaObject]:
        """Tables, indexes, views and triggers in the file that licdesk did not make (or that were changed)."""
        return schema_check.unexpected_objects(self._conn)

    @translated
    def remove_unexpected_schema(self) -> list[schema_check.SchemaObject]:
        """Drop what licdesk did not make, after a backup; returns what could not be put right that way."""
        found = schema_check.unexpected_objects(self._conn)
        if not found:
            return []
        self.automatic_backup(REPAIR)
        with self._transaction() as conn:
            return schema_check.drop_unexpected(conn, found)
