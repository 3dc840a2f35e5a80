"""The Store: one licdesk database file, read and written in whole licenses.

A Store owns one connection and is used by one thread: a worker thread opens its own Store on the
same path (SQLite's WAL mode lets it read while another connection writes).  Every write is one
transaction, so a license is never half saved.  The lists live in licdesk.store.library, the
attachments in attachment_methods, backups, checks and repairs in maintenance; the writes themselves
in licdesk.store.writing.
"""

from __future__ import annotations

import os
import sqlite3
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Iterator

from licdesk.store import audit, rows, versions, writing
from licdesk.store.attachment_methods import AttachmentMethods
from licdesk.store.audit import AuditEntry
from licdesk.store.engine import text_order
from licdesk.store.connection import keep_private, open_connection, open_readonly_connection, refuse_damaged
from licdesk.store.errors import LicenseNotFoundError, StoreError, is_bug, message, translate, translated
from licdesk.store.instance_lock import InstanceLock
from licdesk.store.library import STATUSES, LibraryQueries, LicenseSummary  # noqa: F401 - the public names
from licdesk.store.maintenance import Maintenance
from licdesk.store.search import MatchedIds
from licdesk.store.versions import VersionInfo

if TYPE_CHECKING:
    from sqlite_utils import Database

    from licdesk.domain.model import License
    from licdesk.domain.validation import Finding
    from licdesk.store.team.location import TeamLibrary
    from licdesk.store.transaction import Transaction


class Store(LibraryQueries, AttachmentMethods, Maintenance):
    """The licenses of one database file.  Not shared across threads: open one Store per thread.

    `db` (sqlite-utils) is there for reading; write through the Store's methods (or a
    `transaction()`), which keep the search index and the audit log in step.
    """

    # Backups are files beside the database (licdesk.store.backups); a team library's are the server's.
    keeps_file_backups = True
    team_library: TeamLibrary | None = None  # where a TeamStore (licdesk.store.team.store) keeps its licenses
    is_team_library = False

    def __init__(self, conn: sqlite3.Connection, path: Path, *, readonly: bool = False,
                 lock: InstanceLock | None = None) -> None:
        conn.row_factory = sqlite3.Row
        self._conn = conn
        self._matches = MatchedIds()
        self._db: Database | None = None
        self._lock = lock
        self.path = path
        self.readonly = readonly
        self._file_identity = _identity(path)
        self._checked = False  # SQLite's quick check passed on this connection (see _transaction)

    @property
    def db(self) -> Database:
        """The sqlite-utils view of the same connection (imported on first use: it is slow to import)."""
        if self._db is None:
            from sqlite_utils import Database

            self._db = Database(self._conn, execute_plugins=False)
        return self._db

    @classmethod
    def open(cls, path: str | Path, *, timeout: float = 5.0, readonly: bool = False, lock: bool = False,
             refuse_unexpected_schema: bool = True) -> Store:
        """Create or open (and migrate) the database at `path`; `timeout` = seconds to wait for a lock.

        readonly=True: view an existing database without being able to change it (URI mode=ro).
        lock=True: the desk's and every writing command's way in: also take the instance lock, so a
        second licdesk learns that this one is editing the file (DatabaseInUseError, with who holds it).
        refuse_unexpected_schema=False: open a file holding tables, views or triggers licdesk did not
        make, so that the check can report them and remove them (nothing else should ask for this).

        A postgresql:// URL opens that team library instead (licdesk.store.team.store): the same Store,
        on the server; readonly=True views it, and a reader's login is read-only in any case.  So does
        the `path` of an open team library's Store (a worker's own Store on the same library).
        """
        from licdesk.store.team.location import team_url_of

        team_url = team_url_of(path)
        if team_url:
            from licdesk.store import open_team_library

            return open_team_library(team_url, readonly=readonly, timeout=timeout)
        path = Path(path).expanduser()
        if readonly or not _writable(path):  # a read-only file or folder (e.g. a share): a view, clearly so
            return cls(open_readonly_connection(path, timeout=timeout,
                                                refuse_unexpected_schema=refuse_unexpected_schema),
                       path, readonly=True)
        instance_lock = InstanceLock.acquire(path) if lock else None
        try:
            return cls(open_connection(path, timeout=timeout, refuse_unexpected_schema=refuse_unexpected_schema),
                       path, lock=instance_lock)
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

    # -- transactions ---------------------------------------------------------------------
    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction; taken for writing at once so two writers never deadlock half way."""
        if self.readonly:
            raise StoreError(message(
                "数据库以只读方式打开（另一个 licdesk 正在编辑它，或文件、文件夹是只读的），更改未保存",
                "the database is open read-only (another licdesk is editing it, or the file or its folder is "
                "read-only); the change was not saved",
            ))
        if not self._checked:  # a damaged file is refused before anything is written to it
            refuse_damaged(self._conn, self.path)
            self._checked = True
        self._conn.execute("BEGIN IMMEDIATE")
        try:
            yield self._conn
            self._refuse_replaced_file()
        except BaseException:
            if self._conn.in_transaction:
                self._conn.execute("ROLLBACK")
            raise
        else:
            self._conn.execute("COMMIT")

    @contextmanager
    def consistent_read(self) -> Iterator[sqlite3.Connection]:
        """Several reads that see the library as it was at one moment (a copy of the whole library)."""
        self._conn.execute("BEGIN")
        try:
            yield self._conn
        finally:
            self._conn.execute("COMMIT")

    @contextmanager
    def transaction(self) -> Iterator[Transaction]:
        """One write transaction for several changes that belong together (all or none), e.g. a package import.

            with store.transaction() as tx:
                row = tx.license_row(number) or tx.save(lic)

        Expected database problems leave as StoreError, like every other write of the Store.
        """
        from licdesk.store.transaction import Transaction

        try:
            with self._transaction() as conn:
                yield Transaction(conn)
        except sqlite3.Error as exc:
            if is_bug(exc):
                raise
            raise translate(exc, self.path) from exc

    def _refuse_replaced_file(self) -> None:
        """A restore (or a copy) put another file in place while this Store had it open: writing on would
        go into the replaced file, which nobody will ever read again."""
        if _identity(self.path) != self._file_identity:
            raise StoreError(message(
                f"数据库文件在打开之后被替换了（例如从备份恢复），本次更改未保存；请重新打开数据库：{self.path}",
                "the database file was replaced after it was opened (a restore?); the change was not saved; "
                "open the database again",
            ))

    # -- reading whole licenses ---------------------------------------------------------
    def _row(self, number: str) -> sqlite3.Row | None:
        """The licenses row for this number, written exactly or in another spelling of it."""
        return writing.find_row(self._conn, number)

    def _require(self, number: str) -> sqlite3.Row:
        return writing.require_row(self._conn, number)

    @translated
    def load(self, number: str, *, include_trash: bool = False) -> License | None:
        """The license with this number; None when there is none (or it is in the trash)."""
        row = self._row(number)
        if row is None or (row["deleted_at"] is not None and not include_trash):
            return None
        return rows.read_license(self._conn, row)

    @translated
    def exists(self, number: str) -> bool:
        """True when saving this number would need replace=True (the trash counts too)."""
        return self._row(number) is not None

    @translated
    def in_trash(self, number: str) -> bool:
        row = self._row(number)
        return row is not None and row["deleted_at"] is not None

    @translated
    def version(self, number: str) -> int | None:
        """The stored version (1 on first save, +1 per replace), for save(expected_version=…)."""
        row = self._row(number)
        return None if row is None else int(row["version"])

    @translated
    def licenses(self) -> Iterator[License]:
        """Every license not in the trash, ordered by number."""
        ids = [r[0] for r in self._conn.execute(
            f"SELECT id FROM licenses WHERE deleted_at IS NULL ORDER BY {text_order(self._conn, 'number')}")]
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
                if is_bug(exc):
                    raise
                raise translate(exc, self.path) from exc
            yield from loaded

    # -- writing ----------------------------------------------------------------------
    @translated
    def save(self, lic: License, *, replace: bool = False, expected_version: int | None = None,
             previous_number: str | None = None) -> None:
        """Store `lic` in one transaction.

        A number already stored (also in the trash) raises DuplicateLicenseError unless `replace`;
        replacing swaps every row of the old license at once, bumps its version and notes each change
        in the audit log.  With `expected_version`, a license changed since it was loaded raises
        ConflictError instead of being overwritten.  With `previous_number` (an edit that changed the
        number), that license is the one replaced, and the new number must not belong to another.
        Control characters and bidi overrides in the text are removed first (licdesk.store.hygiene).
        """
        with self._transaction() as conn:
            if previous_number is not None and rows.number_key(previous_number) != rows.number_key(lic.number):
                writing.check_renaming(conn, previous_number, lic.number)
            writing.save_in(conn, lic, replace=replace, expected_version=expected_version, now=audit.now_text(),
                            previous_number=previous_number)

    @translated
    def save_many(self, licenses: Iterable[License], *, replace: bool = False) -> int:
        """Save several licenses in ONE transaction (all or none); returns how many were saved."""
        saved = 0
        with self._transaction() as conn:
            now = audit.now_text()
            for lic in licenses:
                writing.save_in(conn, lic, replace=replace, expected_version=None, now=now)
                saved += 1
        return saved

    # -- the trash ----------------------------------------------------------------------
    @translated
    def delete(self, number: str) -> None:
        """Move the license to the trash (hidden everywhere, kept until purged)."""
        with self._transaction() as conn:
            row = writing.require_row(conn, number)
            if row["deleted_at"] is not None:
                raise LicenseNotFoundError(message(f"许可证 {row['number']} 已在回收站中",
                                                   f"license {row['number']} is already in the trash"))
            now = audit.now_text()
            writing.changed_one(conn.execute("UPDATE licenses SET deleted_at = ? WHERE id = ?", (now, row["id"])),
                                row["number"])
            writing.log(conn, now, row["number"], audit.DELETE)

    @translated
    def undelete(self, number: str) -> None:
        """Bring a license back from the trash."""
        with self._transaction() as conn:
            row = writing.require_row(conn, number)
            if row["deleted_at"] is None:
                raise LicenseNotFoundError(message(f"许可证 {row['number']} 不在回收站中",
                                                   f"license {row['number']} is not in the trash"))
            now = audit.now_text()
            writing.changed_one(conn.execute("UPDATE licenses SET deleted_at = NULL WHERE id = ?", (row["id"],)),
                                row["number"])
            writing.log(conn, now, row["number"], audit.UNDELETE)

    @translated
    def purge(self, number: str) -> None:
        """Remove a license from the trash for good (its audit history stays)."""
        self._purge([number])

    @translated
    def purge_many(self, numbers: Iterable[str], *, keep_backups: int | None = None) -> int:
        """Remove several licenses from the trash for good, in one transaction, after a backup.

        The backup (reason "purge", in backups/ beside the database) is made first when more than one
        license goes: emptying the trash by mistake can be undone by restoring it.
        """
        numbers = list(numbers)
        if len(numbers) > 1 and self.keeps_file_backups:
            from licdesk.store.backups import PURGE

            self.automatic_backup(PURGE, keep=keep_backups)
        self._purge(numbers)
        return len(numbers)

    def _purge(self, numbers: list[str]) -> None:
        with self._transaction() as conn:
            for number in numbers:
                row = writing.require_row(conn, number)
                if row["deleted_at"] is None:
                    raise StoreError(message(f"许可证 {row['number']} 不在回收站中；只能永久删除回收站中的许可证",
                                             f"license {row['number']} is not in the trash; only licenses in the "
                                             "trash can be removed for good"))
                writing.remove_licenses_row(conn, row, audit.now_text())

    # -- who else is editing (a team library tells; a file has its instance lock) ------------------
    def begin_editing(self, number: str) -> None:
        """This desk opened the license for editing: on a team library the other desks see it."""

    def end_editing(self, number: str) -> None:
        """This desk left the editor for the license."""

    def editors(self, number: str) -> list[str]:
        """Who else has the license open for editing now (team library logins); none for a file."""
        return []

    # -- checks and history ------------------------------------------------------------------
    @translated
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
                f"WHERE l.deleted_at IS NULL AND l.number_key != ? AND d.domain_key IN ({marks})"
            )
            for key, number in self._conn.execute(sql, [own_key, *chunk]):
                found.setdefault(key, []).append(number)
        return {key: sorted(numbers) for key, numbers in found.items()}  # in number order, on either engine

    @translated
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
                       old=r["old"], new=r["new"], db_user=r["db_user"] if "db_user" in r.keys() else None)
            for r in cursor
        ]

    # -- earlier versions ----------------------------------------------------------------------------
    @translated
    def versions(self, number: str) -> list[VersionInfo]:
        """The kept versions of a license (also one in the trash), newest first; [] for an unknown number."""
        row = self._row(number)
        return [] if row is None else versions.list_versions(self._conn, row["id"])

    @translated
    def load_version(self, number: str, version: int) -> License | None:
        """The license as that version of it was saved; None when no such version is kept."""
        row = self._row(number)
        return None if row is None else versions.read_version(self._conn, row["id"], version)


def _writable(path: Path) -> bool:
    """Can licdesk write this database (and its -wal beside it)?  A missing file counts: it will be created."""
    if not path.is_file():
        return True
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def _identity(path: Path) -> tuple[int, int] | None:
    """Which file is at `path` (device, inode): another file put there by a rename has another one."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    return (info.st_dev, info.st_ino)
