"""The Store: one licdesk database file, read and written in whole licenses.

A Store owns one connection and is used by one thread: a worker thread opens its own Store on the
same path (SQLite's WAL mode lets it read while another connection writes).  Every write is one
transaction, so a license is never half saved.
"""

from __future__ import annotations

import datetime as _dt
import functools
import json
import os
import sqlite3
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, TypeVar

from licdesk.store import audit, migrations, rows, search, versions
from licdesk.store.audit import AuditEntry
from licdesk.store.search import MatchedIds
from licdesk.store.versions import VersionInfo
from licdesk.store.connection import copy_database, keep_private, open_connection, open_readonly_connection
from licdesk.store.instance_lock import InstanceLock
from licdesk.store.errors import (
    ConflictError, DuplicateLicenseError, LicenseNotFoundError, StoreError, message, translate,
)

if TYPE_CHECKING:
    from sqlite_utils import Database

    from licdesk.domain.model import License
    from licdesk.domain.validation import Finding
    from licdesk.store.attachments import AttachmentInfo
    from licdesk.store.check import CheckReport

STATUSES = ("valid", "expiring", "expired", "unknown")

_ORDER_COLUMNS = {
    "number": "l.number",
    "company": "l.company",
    "expiry_date": "l.expiry_date",
    "issue_date": "l.issue_date",
    # Most urgent first: expired, expiring, valid, then no date.  Status follows the expiry date, so
    # this is the expiry order with missing dates last (an indexed expression).
    "status": "coalesce(l.expiry_date, '9999-12-31')",
    "categories": "l.categories",
    "services": "l.service_names",
}

_T = TypeVar("_T")


@dataclass(frozen=True)
class LicenseSummary:
    """One line of the library: what a list shows without loading the whole license."""

    number: str
    company: str
    legal_representative: str
    categories: tuple[str, ...]
    services: tuple[str, ...]
    issue_date: _dt.date | None
    expiry_date: _dt.date | None
    status: str  # valid / expiring / expired / unknown
    deleted_at: _dt.datetime | None = None  # set for licenses in the trash


def _sqlite_errors_translated(method: Callable[..., _T]) -> Callable[..., _T]:
    """SQLite errors leave the store as StoreError with a clear message."""

    @functools.wraps(method)
    def wrapper(self: Store, *args: Any, **kwargs: Any) -> _T:
        try:
            return method(self, *args, **kwargs)
        except sqlite3.Error as exc:
            raise translate(exc, self.path) from exc

    return wrapper


class Store:
    """The licenses of one database file.  Not shared across threads: open one Store per thread.

    `db` (sqlite-utils) is there for reading; write through the Store's methods only, which keep the
    search index and the audit log in step (sqlite-utils' own writers commit on their own).
    """

    def __init__(self, conn: sqlite3.Connection, path: Path, *, readonly: bool = False,
                 lock: InstanceLock | None = None) -> None:
        conn.row_factory = sqlite3.Row
        self._conn = conn
        self._matches = MatchedIds()
        self._db: Database | None = None
        self._lock = lock
        self.path = path
        self.readonly = readonly

    @property
    def db(self) -> Database:
        """The sqlite-utils view of the same connection (imported on first use: it is slow to import)."""
        if self._db is None:
            from sqlite_utils import Database

            self._db = Database(self._conn, execute_plugins=False)
        return self._db

    @classmethod
    def open(cls, path: str | Path, *, timeout: float = 5.0, readonly: bool = False, lock: bool = False) -> Store:
        """Create or open (and migrate) the database at `path`; `timeout` = seconds to wait for a lock.

        readonly=True: view an existing database without being able to change it (URI mode=ro).
        lock=True: the desk's way in: also take the instance lock, so a second licdesk learns that this
        one is editing the file (DatabaseInUseError, with who holds it; it can then open readonly).
        """
        path = Path(path).expanduser()
        if readonly or not _writable(path):  # a read-only file or folder (e.g. a share): a view, clearly so
            return cls(open_readonly_connection(path, timeout=timeout), path, readonly=True)
        instance_lock = InstanceLock.acquire(path) if lock else None
        try:
            return cls(open_connection(path, timeout=timeout), path, lock=instance_lock)
        except BaseException:
            if instance_lock is not None:
                instance_lock.release()
            raise

    def close(self) -> None:
        self._conn.close()
        if self._lock is not None:
            self._lock.release()
            self._lock = None
        if not self.readonly:
            keep_private(self.path)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction; taken for writing at once so two writers never deadlock half way."""
        if self.readonly:
            raise StoreError(message(
                "数据库以只读方式打开（另一个 licdesk 正在编辑它，或文件、文件夹是只读的），更改未保存",
                "the database is open read-only (another licdesk is editing it, or the file or its folder is "
                "read-only); the change was not saved",
            ))
        self._conn.execute("BEGIN IMMEDIATE")
        try:
            yield self._conn
        except BaseException:
            if self._conn.in_transaction:
                self._conn.execute("ROLLBACK")
            raise
        else:
            self._conn.execute("COMMIT")

    # -- reading whole licenses ---------------------------------------------------------
    def _row(self, number: str) -> sqlite3.Row | None:
        """The licenses row for this number, written exactly or in another spelling of it."""
        row = self._conn.execute(
            "SELECT * FROM licenses WHERE number_key = ?", (rows.number_key(number),)).fetchone()
        if row is None:  # written exactly so, but keyed by an older reading of numbers
            row = self._conn.execute(
                "SELECT * FROM licenses WHERE number = ? AND deleted_at IS NULL", (number,)).fetchone() \
                or self._conn.execute(
                    "SELECT * FROM licenses WHERE number = ? AND deleted_at IS NOT NULL", (number,)).fetchone()
        return row

    @_sqlite_errors_translated
    def load(self, number: str, *, include_trash: bool = False) -> License | None:
        """The license with this number; None when there is none (or it is in the trash)."""
        row = self._row(number)
        if row is None or (row["deleted_at"] is not None and not include_trash):
            return None
        return rows.read_license(self._conn, row)

    @_sqlite_errors_translated
    def exists(self, number: str) -> bool:
        """True when saving this number would need replace=True (the trash counts too)."""
        return self._row(number) is not None

    @_sqlite_errors_translated
    def in_trash(self, number: str) -> bool:
        row = self._row(number)
        return row is not None and row["deleted_at"] is not None

    @_sqlite_errors_translated
    def version(self, number: str) -> int | None:
        """The stored version (1 on first save, +1 per replace), for save(expected_version=…)."""
        row = self._row(number)
        return None if row is None else int(row["version"])

    @_sqlite_errors_translated
    def licenses(self) -> Iterator[License]:
        """Every license not in the trash, ordered by number."""
        ids = [r[0] for r in self._conn.execute(
            "SELECT id FROM licenses WHERE deleted_at IS NULL ORDER BY number")]
        return self._iter_licenses(ids)

    def _iter_licenses(self, ids: list[int], chunk: int = 200) -> Iterator[License]:
        """Load in chunks: a few queries per chunk instead of several per license."""
        for start in range(0, len(ids), chunk):
            wanted = ids[start:start + chunk]
            marks = ", ".join("?" for _ in wanted)
            try:
                found = {r["id"]: r for r in self._conn.execute(
                    f"SELECT * FROM licenses WHERE id IN ({marks})", wanted)}
                # a license purged meanwhile by another window is skipped
                loaded = rows.read_licenses(self._conn, [found[i] for i in wanted if i in found])
            except sqlite3.Error as exc:
                raise translate(exc, self.path) from exc
            yield from loaded

    # -- writing ----------------------------------------------------------------------
    @_sqlite_errors_translated
    def save(self, lic: License, *, replace: bool = False, expected_version: int | None = None,
             previous_number: str | None = None) -> None:
        """Store `lic` in one transaction.

        A number already stored (also in the trash) raises DuplicateLicenseError unless `replace`;
        replacing swaps every row of the old license at once, bumps its version and notes each change
        in the audit log.  With `expected_version`, a license changed since it was loaded raises
        ConflictError instead of being overwritten.  With `previous_number` (an edit that changed the
        number), that license is the one replaced, and the new number must not belong to another.
        """
        with self._transaction() as conn:
            if previous_number is not None and rows.number_key(previous_number) != rows.number_key(lic.number):
                self._check_renaming(previous_number, lic.number)
            self._save_in(conn, lic, replace, expected_version, audit.now_text(), previous_number)

    @_sqlite_errors_translated
    def save_many(self, licenses: Iterable[License], *, replace: bool = False) -> int:
        """Save several licenses in ONE transaction (all or none); returns how many were saved."""
        saved = 0
        with self._transaction() as conn:
            now = audit.now_text()
            for lic in licenses:
                self._save_in(conn, lic, replace, None, now)
                saved += 1
        return saved

    def _check_renaming(self, previous_number: str, number: str) -> None:
        self._require(previous_number)
        taken = self._row(number)
        if taken is not None:
            raise DuplicateLicenseError(
                message(f"不能把编号改为 {number}：该编号已属于另一份许可证",
                        f"cannot change the number to {number}: another license has it"),
                number=taken["number"], in_trash=taken["deleted_at"] is not None,
            )

    def _save_in(self, conn: sqlite3.Connection, lic: License, replace: bool, expected_version: int | None,
                 now: str, previous_number: str | None = None) -> None:
        if not lic.number.strip():
            raise StoreError(message("缺少经营许可证编号，无法保存", "the license number is missing; cannot save"))
        columns = rows.license_columns(lic)
        existing = self._row(previous_number if previous_number is not None else lic.number)
        if existing is None and expected_version is not None:
            gone = previous_number if previous_number is not None else lic.number
            raise ConflictError(message(
                f"许可证 {gone} 在您打开之后已被另一窗口或另一台电脑永久删除，您的修改尚未保存。可以把它作为新许可证保存",
                f"license {gone} was removed for good elsewhere after you opened it; your changes were not saved; "
                "you can save it as a new license",
            ), number=gone, expected_version=expected_version, current_version=None)
        if existing is None:
            license_id = self._insert(conn, columns, now)
            new_version = 1
            self._log(conn, now, lic.number, audit.CREATE)
        else:
            self._check_replace(existing, lic, replace, expected_version)
            old = rows.read_license(conn, existing)
            license_id = existing["id"]
            rows.delete_children(conn, license_id)
            assignments = ", ".join(f"{name} = :{name}" for name in columns)
            conn.execute(
                f"UPDATE licenses SET {assignments}, version = version + 1, updated_at = :now, "
                "deleted_at = NULL WHERE id = :id",
                {**columns, "now": now, "id": license_id},
            )
            new_version = int(existing["version"]) + 1
            self._log_replace(conn, now, old, lic, was_trashed=existing["deleted_at"] is not None)
        rows.insert_children(conn, license_id, lic)
        self._write_search_text(conn, license_id, lic)
        versions.write_snapshot(conn, license_id, new_version, now, lic)

    def _insert(self, conn: sqlite3.Connection, columns: dict[str, Any], now: str) -> int:
        names = ", ".join(columns)
        values = ", ".join(f":{name}" for name in columns)
        cursor = conn.execute(
            f"INSERT INTO licenses ({names}, version, created_at, updated_at) VALUES ({values}, 1, :now, :now)",
            {**columns, "now": now},
        )
        return int(cursor.lastrowid)

    @staticmethod
    def _check_replace(existing: sqlite3.Row, lic: License, replace: bool, expected_version: int | None) -> None:
        trashed = existing["deleted_at"] is not None
        if not replace:
            where_zh = "（在回收站中）" if trashed else ""
            where_en = " (in the trash)" if trashed else ""
            raise DuplicateLicenseError(
                message(f"许可证 {existing['number']} 已存在{where_zh}", f"license {existing['number']} already "
                        f"exists{where_en}"),
                number=existing["number"], in_trash=trashed,
            )
        if expected_version is not None and existing["version"] != expected_version:
            current = int(existing["version"])
            raise ConflictError(message(
                f"许可证 {existing['number']} 在您打开之后已被另一窗口或另一台电脑修改（您打开的是第 {expected_version} 版，"
                f"现在已是第 {current} 版），您的修改尚未保存。可以重新载入最新内容，或用您的修改覆盖它",
                f"license {existing['number']} was changed elsewhere after you opened it (you opened version "
                f"{expected_version}, it is now version {current}); your changes were not saved; reload it, "
                "or save yours over it",
            ), number=existing["number"], expected_version=expected_version, current_version=current)

    _SEARCH_COLUMNS = ("number", "company", "legal_representative", "sites", "domains", "clauses")

    def _write_search_text(self, conn: sqlite3.Connection, license_id: int, lic: License) -> None:
        """Replace the license's search words and its entries in the full-text index."""
        self._drop_search_text(conn, license_id)
        text = self._insert_search_keys(conn, license_id, lic)
        names = ", ".join(self._SEARCH_COLUMNS)
        values = ", ".join(f":{c}" for c in self._SEARCH_COLUMNS)
        conn.execute(f"INSERT INTO search_index (rowid, {names}) VALUES (:id, {values})", text)
        search.index_pairs(conn, [(license_id, text["folded"])])

    def _insert_search_keys(self, conn: sqlite3.Connection, license_id: int, lic: License) -> dict[str, Any]:
        """The search words of one license into the tables the full-text index reads through."""
        text = {"id": license_id, **rows.search_columns(lic)}
        text["folded"] = search.fold("\n".join(text[c] for c in self._SEARCH_COLUMNS if c != "clauses"))
        conn.execute(
            "INSERT INTO search_keys (license_id, number, company, legal_representative, sites, domains, folded) "
            "VALUES (:id, :number, :company, :legal_representative, :sites, :domains, :folded)", text)
        conn.execute("INSERT INTO search_clauses (license_id, clauses) VALUES (:id, :clauses)", text)
        return text

    def _drop_search_text(self, conn: sqlite3.Connection, license_id: int) -> None:
        """An external-content FTS index forgets a row only when told the exact words it indexed."""
        names = ", ".join(self._SEARCH_COLUMNS)
        old = conn.execute(f"SELECT {names} FROM search_text WHERE license_id = ?", (license_id,)).fetchone()
        if old is not None:
            marks = ", ".join("?" for _ in self._SEARCH_COLUMNS)
            conn.execute(f"INSERT INTO search_index (search_index, rowid, {names}) VALUES ('delete', ?, {marks})",
                         (license_id, *old))
        folded = conn.execute("SELECT folded FROM search_keys WHERE license_id = ?", (license_id,)).fetchone()
        if folded is not None:
            conn.execute("INSERT INTO search_pairs (search_pairs, rowid, pairs) VALUES ('delete', ?, ?)",
                         (license_id, search.pair_words(folded[0])))
        conn.execute("DELETE FROM search_keys WHERE license_id = ?", (license_id,))
        conn.execute("DELETE FROM search_clauses WHERE license_id = ?", (license_id,))

    def _log(self, conn: sqlite3.Connection, at: str, number: str, action: str,
             field: str | None = None, old: str | None = None, new: str | None = None) -> None:
        conn.execute(
            "INSERT INTO audit_log (at, number, action, field, old, new) VALUES (?, ?, ?, ?, ?, ?)",
            (at, number, action, field, old, new),
        )

    def _log_replace(self, conn: sqlite3.Connection, at: str, old: License, new: License, was_trashed: bool) -> None:
        if was_trashed:
            self._log(conn, at, new.number, audit.UNDELETE)
        differences = audit.changes(old, new)
        if not differences:
            self._log(conn, at, new.number, audit.REPLACE)
        for field_name, before, after in differences:
            self._log(conn, at, new.number, audit.REPLACE, field_name, before, after)

    # -- the trash ----------------------------------------------------------------------
    def _require(self, number: str) -> sqlite3.Row:
        row = self._row(number)
        if row is None:
            raise LicenseNotFoundError(message(f"没有编号为 {number} 的许可证", f"no license numbered {number}"))
        return row

    @_sqlite_errors_translated
    def delete(self, number: str) -> None:
        """Move the license to the trash (hidden everywhere, kept until purged)."""
        with self._transaction() as conn:
            row = self._require(number)
            if row["deleted_at"] is not None:
                raise LicenseNotFoundError(message(f"许可证 {row['number']} 已在回收站中",
                                                   f"license {row['number']} is already in the trash"))
            now = audit.now_text()
            conn.execute("UPDATE licenses SET deleted_at = ? WHERE id = ?", (now, row["id"]))
            self._log(conn, now, row["number"], audit.DELETE)

    @_sqlite_errors_translated
    def undelete(self, number: str) -> None:
        """Bring a license back from the trash."""
        with self._transaction() as conn:
            row = self._require(number)
            if row["deleted_at"] is None:
                raise LicenseNotFoundError(message(f"许可证 {row['number']} 不在回收站中",
                                                   f"license {row['number']} is not in the trash"))
            now = audit.now_text()
            conn.execute("UPDATE licenses SET deleted_at = NULL WHERE id = ?", (row["id"],))
            self._log(conn, now, row["number"], audit.UNDELETE)

    @_sqlite_errors_translated
    def purge(self, number: str) -> None:
        """Remove a license from the trash for good (its audit history stays)."""
        with self._transaction() as conn:
            row = self._require(number)
            if row["deleted_at"] is None:
                raise StoreError(message(f"许可证 {row['number']} 不在回收站中；只能永久删除回收站中的许可证",
                                         f"license {row['number']} is not in the trash; only licenses in the "
                                         "trash can be removed for good"))
            self._drop_search_text(conn, row["id"])
            conn.execute("DELETE FROM licenses WHERE id = ?", (row["id"],))
            self._log(conn, audit.now_text(), row["number"], audit.PURGE)

    @_sqlite_errors_translated
    def purge_many(self, numbers: Iterable[str], *, keep_backups: int | None = None) -> int:
        """Remove several licenses from the trash for good, in one transaction, after a backup.

        The backup (reason "purge", in backups/ beside the database) is made first when more than one
        license goes: emptying the trash by mistake can be undone by restoring it.
        """
        numbers = list(numbers)
        if len(numbers) > 1:
            from licdesk.store.backups import PURGE

            self.automatic_backup(PURGE, keep=keep_backups)
        with self._transaction() as conn:
            for number in numbers:
                row = self._require(number)
                if row["deleted_at"] is None:
                    raise StoreError(message(f"许可证 {row['number']} 不在回收站中；只能永久删除回收站中的许可证",
                                             f"license {row['number']} is not in the trash"))
                self._drop_search_text(conn, row["id"])
                conn.execute("DELETE FROM licenses WHERE id = ?", (row["id"],))
                self._log(conn, audit.now_text(), row["number"], audit.PURGE)
        return len(numbers)

    def automatic_backup(self, reason: str, *, keep: int | None = None) -> Path:
        """Back up before a bulk operation (batch import, restore, emptying the trash), keeping `keep`.

        Raises StoreError when the backup cannot be made: the bulk operation should then not go ahead.
        """
        from licdesk.store.backups import DEFAULT_KEEP, create_backup  # loaded when first needed

        return create_backup(self.path, reason, keep=DEFAULT_KEEP if keep is None else keep)

    @_sqlite_errors_translated
    def list_trash(self) -> list[LicenseSummary]:
        """Licenses in the trash, most recently deleted first."""
        sql = (f"SELECT l.*, {_status_sql()} AS status FROM licenses l "
               "WHERE l.deleted_at IS NOT NULL ORDER BY l.deleted_at DESC, l.number")
        return [_summary(r) for r in self._conn.execute(sql, _status_params(None, 90))]

    # -- the library ------------------------------------------------------------------------
    @_sqlite_errors_translated
    def summaries(self, *, status: str | None = None, search: str | None = None, today: _dt.date | None = None,
                  soon_days: int = 90, order_by: str = "number", descending: bool = False,
                  limit: int | None = None, offset: int = 0) -> list[LicenseSummary]:
        """One page of the library: filtered by status as of `today` and by a full-text search."""
        if order_by not in _ORDER_COLUMNS:
            raise ValueError(f"order_by must be one of {sorted(_ORDER_COLUMNS)}, not {order_by!r}")
        found, matched = self._matched(search, None if limit is None else int(offset) + int(limit))
        where, params = _filters(status, found, today, soon_days, matched)
        direction = "DESC" if descending else "ASC"
        sql = (
            f"SELECT l.number, l.company, l.legal_representative, l.categories, l.service_names, l.issue_date, "
            f"l.expiry_date, l.deleted_at, {_status_sql()} AS status "
            f"FROM licenses l WHERE {where} "
            f"ORDER BY {_ORDER_COLUMNS[order_by]} {direction}"
        )
        if order_by != "number":  # ties in number order; numbers themselves never tie
            sql += f", l.number {direction}"
        if limit is not None:
            sql += " LIMIT :limit OFFSET :offset"
            params.update(limit=int(limit), offset=int(offset))
        elif offset:
            sql += " LIMIT -1 OFFSET :offset"
            params.update(offset=int(offset))
        return [_summary(r) for r in self._conn.execute(sql, params)]

    @_sqlite_errors_translated
    def count(self, *, status: str | None = None, search: str | None = None, today: _dt.date | None = None,
              soon_days: int = 90) -> int:
        found, matched = self._matched(search, None)
        if matched is not None and status is None:
            # Every matched id is a license; the few in the trash are the ones not to count.
            return int(self._conn.execute(
                f"SELECT count(*) FROM {MatchedIds.TABLE} "
                "WHERE id NOT IN (SELECT id FROM licenses WHERE deleted_at IS NOT NULL)").fetchone()[0])
        where, params = _filters(status, found, today, soon_days, matched)
        return int(self._conn.execute(f"SELECT count(*) FROM licenses l WHERE {where}", params).fetchone()[0])

    def _matched(self, query: str | None,
                 rows_wanted: int | None) -> tuple[search.SearchCondition | None, str | None]:
        """The search's condition (None: no words), and the same over the table of its matched ids
        (None: ask the index).

        `rows_wanted`: the rows a page query reads up to (offset + limit), None for all of them.
        """
        found = search.condition(query)
        if found is None or not self._matches.fill(self._conn, found):
            return found, None
        if rows_wanted is not None and self._matches.walk_in_order(rows_wanted):
            return found, f"EXISTS (SELECT 1 FROM {MatchedIds.TABLE} m WHERE m.id = l.id)"
        return found, f"l.id IN (SELECT id FROM {MatchedIds.TABLE})"

    @_sqlite_errors_translated
    def status_counts(self, today: _dt.date | None = None, soon_days: int = 90) -> dict[str, int]:
        """How many licenses are in each status: keys all, valid, expiring, expired, unknown."""
        params = _status_params(today, soon_days)
        counts = {
            status_name: int(self._conn.execute(
                f"SELECT count(*) FROM licenses l WHERE l.deleted_at IS NULL AND {condition}", params).fetchone()[0])
            for status_name, condition in _STATUS_FILTERS.items()  # each a range of the expiry index
        }
        return {"all": sum(counts.values()), **{s: counts[s] for s in STATUSES}}

    # -- checks and history ------------------------------------------------------------------
    @_sqlite_errors_translated
    def findings(self, lic: License) -> list[Finding]:
        """Validation findings, including domains that other licenses in the library list too."""
        from licdesk.domain.validation import validate  # loaded when first needed

        return validate(lic, other_domains=self._other_domains(lic))

    def _other_domains(self, lic: License) -> dict[str, list[str]]:
        keys = sorted({rows.domain_key(d) for d in lic.domains() if d.strip()})
        found: dict[str, list[str]] = {}
        own_key = rows.number_key(lic.number)
        for start in range(0, len(keys), 500):  # stay under SQLite's limit on parameters
            chunk = keys[start:start + 500]
            marks = ", ".join("?" for _ in chunk)
            sql = (
                "SELECT DISTINCT d.domain_key, l.number FROM domains d "
                "JOIN websites w ON w.id = d.website_id JOIN licenses l ON l.id = w.license_id "
                f"WHERE l.deleted_at IS NULL AND l.number_key != ? AND d.domain_key IN ({marks}) "
                "ORDER BY l.number"
            )
            for key, number in self._conn.execute(sql, [own_key, *chunk]):
                found.setdefault(key, []).append(number)
        return found

    @_sqlite_errors_translated
    def audit(self, number: str | None = None) -> list[AuditEntry]:
        """The history, oldest first; of one license (any spelling of its number) or of all."""
        if number is None:
            cursor = self._conn.execute("SELECT * FROM audit_log ORDER BY id")
        else:
            row = self._row(number)
            names = {number} | ({row["number"]} if row is not None else set())
            marks = ", ".join("?" for _ in names)
            cursor = self._conn.execute(f"SELECT * FROM audit_log WHERE number IN ({marks}) ORDER BY id",
                                        sorted(names))
        return [
            AuditEntry(at=audit.parse_at(r["at"]), number=r["number"], action=r["action"], field=r["field"],
                       old=r["old"], new=r["new"])
            for r in cursor
        ]

    # -- earlier versions ----------------------------------------------------------------------------
    @_sqlite_errors_translated
    def versions(self, number: str) -> list[VersionInfo]:
        """The kept versions of a license (also one in the trash), newest first; [] for an unknown number."""
        row = self._row(number)
        return [] if row is None else versions.list_versions(self._conn, row["id"])

    @_sqlite_errors_translated
    def load_version(self, number: str, version: int) -> License | None:
        """The license as that version of it was saved; None when no such version is kept."""
        row = self._row(number)
        return None if row is None else versions.read_version(self._conn, row["id"], version)

    # -- attachments -----------------------------------------------------------------------------------
    @_sqlite_errors_translated
    def add_attachment(self, number: str, file_name: str, data: bytes, mime: str | None = None,
                       note: str | None = None) -> AttachmentInfo:
        """Keep a scan or photo (PDF, JPEG, PNG, TIFF; up to 25 MB) with the license.

        The type is read from the content (`mime` is only a hint); the same content attached twice to
        one license is kept once, and the earlier entry is returned.
        """
        from licdesk.store import attachments as attachment_files  # loaded when first needed

        name = attachment_files.base_name(file_name) or "附件"
        detected = attachment_files.checked_mime(name, bytes(data))
        sha256 = attachment_files.digest(data)
        with self._transaction() as conn:
            attachment_id, _added = self._attach_in(conn, self._require(number), name, detected, bytes(data), note,
                                                    audit.now_text(), sha256)
        return self._attachment_info(attachment_id)

    def _attach_in(self, conn: sqlite3.Connection, row: sqlite3.Row, name: str, mime: str, data: bytes,
                   note: str | None, now: str, sha256: str) -> tuple[int, bool]:
        """Attach checked content to the license of `row` inside a write transaction, noted in the history.

        The same content already attached to that license is kept once: (its id, False).
        """
        same = conn.execute("SELECT id FROM attachments WHERE license_id = ? AND sha256 = ?",
                            (row["id"], sha256)).fetchone()
        if same is not None:
            return int(same[0]), False
        cursor = conn.execute(
            "INSERT INTO attachments (license_id, sha256, file_name, mime, size, added_at, note, data) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (row["id"], sha256, name, mime, len(data), now, note, sqlite3.Binary(data)))
        self._log(conn, now, row["number"], audit.ATTACH, "attachments", None, name)
        return int(cursor.lastrowid), True

    @_sqlite_errors_translated
    def attachments(self, number: str) -> list[AttachmentInfo]:
        """The attachments of a license, in the order they were added."""
        row = self._row(number)
        if row is None:
            return []
        cursor = self._conn.execute(
            f"SELECT {_ATTACHMENT_COLUMNS} FROM attachments WHERE license_id = ? ORDER BY id", (row["id"],))
        return [_attachment(r) for r in cursor]

    def _attachment_info(self, attachment_id: int) -> AttachmentInfo:
        row = self._conn.execute(f"SELECT {_ATTACHMENT_COLUMNS} FROM attachments WHERE id = ?",
                                 (int(attachment_id),)).fetchone()
        if row is None:
            raise LicenseNotFoundError(message("该附件已不存在", "the attachment no longer exists"))
        return _attachment(row)

    @_sqlite_errors_translated
    def attachment_data(self, attachment_id: int) -> bytes:
        row = self._conn.execute("SELECT data FROM attachments WHERE id = ?", (int(attachment_id),)).fetchone()
        if row is None:
            raise LicenseNotFoundError(message("该附件已不存在", "the attachment no longer exists"))
        return bytes(row[0])

    @_sqlite_errors_translated
    def remove_attachment(self, attachment_id: int) -> None:
        with self._transaction() as conn:
            row = conn.execute(
                "SELECT a.file_name, l.number FROM attachments a JOIN licenses l ON l.id = a.license_id "
                "WHERE a.id = ?", (int(attachment_id),)).fetchone()
            if row is None:
                raise LicenseNotFoundError(message("该附件已不存在", "the attachment no longer exists"))
            conn.execute("DELETE FROM attachments WHERE id = ?", (int(attachment_id),))
            self._log(conn, audit.now_text(), row["number"], audit.DETACH, "attachments", row["file_name"], None)

    @_sqlite_errors_translated
    def export_attachment(self, attachment_id: int, folder: str | Path) -> Path:
        """Write a copy (owner-only, under a safe, unused name) into `folder`, e.g. to open it in a viewer."""
        from licdesk.store import attachments as attachment_files

        info = self._attachment_info(attachment_id)
        data = self.attachment_data(attachment_id)
        try:
            return attachment_files.write_copy(Path(folder).expanduser(), info.file_name, info.mime, data)
        except OSError as exc:
            raise StoreError(message(f"无法写出附件：{folder}", f"cannot write the attachment: {exc.strerror}")) \
                from exc

    # -- keeping the file healthy ---------------------------------------------------------------------
    @_sqlite_errors_translated
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

    @_sqlite_errors_translated
    def check(self) -> list[str]:
        """Problems found in the file and its search index; an empty list means all is well."""
        problems = [r[0] for r in self._conn.execute("PRAGMA integrity_check") if r[0] != "ok"]
        problems += [f"foreign key: {tuple(r)}" for r in self._conn.execute("PRAGMA foreign_key_check")]
        if self.readonly:  # FTS5 runs its own check as a write statement
            return problems
        try:
            search.check_indexes(self._conn)
        except sqlite3.DatabaseError as exc:
            problems.append(f"search index: {exc}")
        return problems

    @_sqlite_errors_translated
    def check_database(self, progress: Callable[[int, int], None] | None = None) -> CheckReport:
        """The full check (file, search index, every license's findings) as a report; reads only."""
        from licdesk.store.check import check_database  # loaded when a check is run, not at start-up

        return check_database(self, progress)

    @_sqlite_errors_translated
    def rebuild_search_index(self) -> None:
        """Write every license's search words afresh and rebuild the full-text index from them, at once.

        The remedy when a check reports the index out of step; the licenses themselves are not touched.
        """
        with self._transaction() as conn:
            conn.execute("DELETE FROM search_keys")
            conn.execute("DELETE FROM search_clauses")
            ids = [r[0] for r in conn.execute("SELECT id FROM licenses ORDER BY id")]
            for start in range(0, len(ids), 200):
                chunk = ids[start:start + 200]
                marks = ", ".join("?" for _ in chunk)
                license_rows = conn.execute(f"SELECT * FROM licenses WHERE id IN ({marks}) ORDER BY id",
                                            chunk).fetchall()
                for row, lic in zip(license_rows, rows.read_licenses(conn, license_rows)):
                    self._insert_search_keys(conn, row["id"], lic)
            conn.execute("INSERT INTO search_index (search_index) VALUES ('rebuild')")
            conn.execute("INSERT INTO search_pairs (search_pairs) VALUES ('delete-all')")
            migrations.fill_pair_index(conn)


def _writable(path: Path) -> bool:
    """Can licdesk write this database (and its -wal beside it)?  A missing file counts: it will be created."""
    if not path.is_file():
        return True
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


# -- SQL pieces ---------------------------------------------------------------------------------
def _status_sql() -> str:
    """The status of row `l` as of :today, computed in SQL from the (indexed) expiry date."""
    return ("CASE WHEN l.expiry_date IS NULL THEN 'unknown' "
            "WHEN l.expiry_date < :today THEN 'expired' "
            "WHEN l.expiry_date <= :soon THEN 'expiring' ELSE 'valid' END")


def _status_params(today: _dt.date | None, soon_days: int) -> dict[str, Any]:
    today = today or _dt.date.today()
    return {"today": today.isoformat(), "soon": (today + _dt.timedelta(days=int(soon_days))).isoformat()}


_STATUS_FILTERS = {
    "expired": "l.expiry_date < :today",
    "expiring": "l.expiry_date >= :today AND l.expiry_date <= :soon",
    "valid": "l.expiry_date > :soon",
    "unknown": "l.expiry_date IS NULL",
}


def _filters(status: str | None, found: search.SearchCondition | None, today: _dt.date | None,
             soon_days: int, matched: str | None = None) -> tuple[str, dict[str, Any]]:
    """The WHERE of a library query; `matched` stands for the search `found` when its ids are at hand."""
    params = _status_params(today, soon_days)
    parts = ["l.deleted_at IS NULL"]
    if status is not None:
        if status not in _STATUS_FILTERS:
            raise ValueError(f"status must be one of {sorted(_STATUS_FILTERS)}, not {status!r}")
        parts.append(_STATUS_FILTERS[status])
    if matched is not None:
        parts.append(matched)
    elif found is not None:
        parts.append(found.sql)
        params.update(found.params)
    return " AND ".join(parts), params


_ATTACHMENT_COLUMNS = "id, sha256, file_name, mime, size, added_at, note"


def _attachment(row: sqlite3.Row) -> AttachmentInfo:
    from licdesk.store.attachments import AttachmentInfo

    return AttachmentInfo(id=row["id"], sha256=row["sha256"], file_name=row["file_name"], mime=row["mime"],
                          size=row["size"], added_at=audit.parse_at(row["added_at"]), note=row["note"])


def _summary(row: sqlite3.Row) -> LicenseSummary:
    deleted = row["deleted_at"]
    return LicenseSummary(
        number=row["number"],
        company=row["company"],
        legal_representative=row["legal_representative"],
        categories=tuple(json.loads(row["categories"] or "[]")),
        services=tuple(json.loads(row["service_names"] or "[]")),
        issue_date=rows.date_or_none(row["issue_date"]),
        expiry_date=rows.date_or_none(row["expiry_date"]),
        status=row["status"],
        deleted_at=audit.parse_at(deleted) if deleted else None,
    )
