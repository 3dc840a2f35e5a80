"""Opening the database file safely: refuse what is not ours, migrate what is, keep it private.

Nothing is written to a file until it is known to be a licdesk database (or a new, empty one):
a foreign file, a damaged one or one from a newer licdesk is refused and left byte for byte as it was.
"""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

from licdesk.store import migrations
from licdesk.store.errors import StoreError, is_bug, message, translate
from licdesk.store.leftovers import remove_stale_migration_copies

SQLITE_HEADER = b"SQLite format 3\x00"
PRIVATE_MODE = 0o600


def open_connection(path: Path, timeout: float = 5.0, *, refuse_unexpected_schema: bool = True) -> sqlite3.Connection:
    """A migrated connection to the licdesk database at `path` (created when missing), autocommit mode.

    Before the first write (even the switch to WAL), an existing file must be licdesk's, not from a
    newer licdesk, pass SQLite's quick check and hold only the schema licdesk made: anything else is
    refused and left byte for byte as it was.  The quick check reads the whole file (about 0.1 s for
    10,000 licenses), so a file already in WAL mode and up to date is checked by the Store before its
    first write instead of here.
    """
    path = Path(path)
    _refuse_foreign_file(path)
    created = _create_private_file(path)
    try:
        conn = sqlite3.connect(str(path), timeout=timeout, isolation_level=None, check_same_thread=True)
    except sqlite3.Error as exc:
        raise translate(exc, path) from exc
    try:
        distrust_schema(conn)
        _check_ours(conn, path, created)
        if not created:
            if _writes_at_open(conn):  # otherwise the Store checks before its first write (start-up stays quick)
                refuse_damaged(conn, path)
            if refuse_unexpected_schema:
                refuse_unexpected_objects(conn, path)
        conn.execute("PRAGMA foreign_keys = ON")
        _use_wal(conn)
        conn.execute("PRAGMA synchronous = FULL")  # a committed change survives a power cut
        migrate(conn, path)
        keep_private(path)
    except sqlite3.Error as exc:
        conn.close()
        if is_bug(exc):
            raise
        raise translate(exc, path) from exc
    except UnicodeDecodeError as exc:  # a damaged header can make SQLite hand back text that is not text
        conn.close()
        raise translate(sqlite3.DatabaseError("database disk image is malformed"), path) from exc
    except BaseException:
        conn.close()
        raise
    return conn


def open_readonly_connection(path: Path, timeout: float = 5.0, *,
                             refuse_unexpected_schema: bool = True) -> sqlite3.Connection:
    """A connection that can only read (URI mode=ro): for viewing a file another licdesk is editing.

    Nothing is created, migrated or changed; a database that would need upgrading is refused.
    """
    path = Path(path)
    _refuse_foreign_file(path)
    if not path.is_file() or path.stat().st_size == 0:
        raise StoreError(message(f"数据库文件不存在：{path}", "the database file does not exist"))
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=timeout,
                               isolation_level=None, check_same_thread=True)
    except sqlite3.Error as exc:
        raise translate(exc, path) from exc
    try:
        distrust_schema(conn)
        _check_ours(conn, path, created=False)
        if refuse_unexpected_schema:
            refuse_unexpected_objects(conn, path)
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version < migrations.LATEST_VERSION:
            raise StoreError(message(
                f"该数据库需要先升级（数据库版本 {version}），只读方式无法打开；请关闭其他 licdesk 后正常打开一次：{path}",
                f"the database needs upgrading (schema {version}); it cannot be opened read-only; "
                "close the other licdesk and open it normally once",
            ))
        conn.execute("PRAGMA query_only = ON")  # a second guard: no statement may write
    except sqlite3.Error as exc:
        conn.close()
        if is_bug(exc):
            raise
        raise translate(exc, path) from exc
    except UnicodeDecodeError as exc:  # a damaged header can make SQLite hand back text that is not text
        conn.close()
        raise translate(sqlite3.DatabaseError("database disk image is malformed"), path) from exc
    except BaseException:
        conn.close()
        raise
    return conn


def _refuse_foreign_file(path: Path) -> None:
    if path.is_dir():
        raise StoreError(message(f"这是一个文件夹，不是数据库文件：{path}", "this is a folder, not a database file"))
    if not path.exists() or path.stat().st_size == 0:
        return
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
        size = path.stat().st_size
    except OSError as exc:
        raise StoreError(message(f"无法读取数据库文件：{path}", f"cannot read the database file: {exc.strerror}")) \
            from exc
    if not header.startswith(SQLITE_HEADER):
        raise StoreError(message(
            f"该文件不是 licdesk 数据库，已拒绝打开且未作任何改动：{path}",
            "the file is not a licdesk database; it was refused and left untouched",
        ))
    if size < expected_size(header) and not _has_journal(path):
        raise StoreError(message(
            f"数据库文件不完整（可能只复制了一部分，或磁盘出错），已拒绝打开且未作任何改动；请从备份恢复：{path}",
            "the database file is incomplete (copied only in part?); it was refused and left untouched; "
            "restore a backup",
        ))


def _has_journal(path: Path) -> bool:
    """A -wal (or rollback -journal) beside the file: SQLite finishes an interrupted write from it.

    A checkpoint cut short by a crash leaves the file shorter than its header says until then, so
    only a file without one is judged by its size.
    """
    for suffix in ("-wal", "-journal"):
        companion = Path(f"{path}{suffix}")
        try:
            if companion.stat().st_size > 0:
                return True
        except OSError:
            continue
    return False


def expected_size(header: bytes) -> int:
    """The file size an SQLite header promises (0 when it does not say): a shorter file was cut off.

    The page count in the header is valid only when its "version-valid-for" number equals the
    change counter (SQLite's file format, section 1.3).
    """
    if len(header) < 100:
        return 100
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    if header[24:28] != header[92:96]:
        return 0
    return page_size * pages


def _create_private_file(path: Path) -> bool:
    """Create a missing database file readable by its owner only; True when it was created."""
    if path.exists():
        return path.stat().st_size == 0
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_MODE)
    except FileExistsError:
        return False
    except OSError as exc:
        raise StoreError(message(f"无法创建数据库文件：{path}", f"cannot create the database file: {exc.strerror}")) \
            from exc
    os.close(fd)
    return True


def _check_ours(conn: sqlite3.Connection, path: Path, created: bool) -> None:
    """Refuse another program's SQLite file and a database from a newer licdesk, before writing anything."""
    application_id = conn.execute("PRAGMA application_id").fetchone()[0]
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    empty = created or (version == 0 and tables == 0 and application_id == 0)
    if empty:
        return
    if application_id != migrations.APPLICATION_ID:
        raise StoreError(message(
            f"该文件是其他程序的 SQLite 数据库，不是 licdesk 数据库，已拒绝打开且未作任何改动：{path}",
            "the file is another program's SQLite database, not a licdesk one; it was refused and left untouched",
        ))
    if version > migrations.LATEST_VERSION:
        raise StoreError(message(
            f"该数据库由更新版本的 licdesk 创建（数据库版本 {version}，本程序支持到 {migrations.LATEST_VERSION}），"
            f"请升级 licdesk；数据库未作任何改动：{path}",
            f"the database was written by a newer licdesk (schema {version}, this program knows up to "
            f"{migrations.LATEST_VERSION}); please upgrade licdesk; the database was left untouched",
        ))


def _writes_at_open(conn: sqlite3.Connection) -> bool:
    """Will opening write to the file: a switch to WAL, or a migration?"""
    mode = str(conn.execute("PRAGMA journal_mode").fetchone()[0]).lower()
    return mode != "wal" or bool(migrations.pending(conn.execute("PRAGMA user_version").fetchone()[0]))


def distrust_schema(conn: sqlite3.Connection) -> None:
    """Functions with side effects may not run from inside the schema (views, triggers, defaults)."""
    conn.execute("PRAGMA trusted_schema = OFF")


def refuse_damaged(conn: sqlite3.Connection, path: Path) -> None:
    """SQLite's quick check (pages, b-trees, record formats) before anything is written to the file.

    A file cut short past the size check, or with damaged pages, would otherwise be switched to WAL
    and changed; it is refused instead, unchanged, with the way out (restore a backup).
    """
    try:
        verdict = [r[0] for r in conn.execute("PRAGMA quick_check(5)")]
    except sqlite3.DatabaseError as exc:
        if is_bug(exc):
            raise
        verdict = [str(exc)]
    if verdict != ["ok"]:
        raise StoreError(message(
            f"数据库文件已损坏（{verdict[0][:80]}），已拒绝打开且未作任何改动；请从备份恢复：{path}",
            "the database file is damaged; it was refused and left untouched; restore a backup",
        ))


def refuse_unexpected_objects(conn: sqlite3.Connection, path: Path) -> None:
    from licdesk.store import schema_check

    found = schema_check.unexpected_objects(conn)
    if found:
        raise UnexpectedSchemaError(message(
            f"数据库中有不属于 licdesk 的内容：{schema_check.describe(found)}。为防止它们改动数据，已拒绝打开且未作任何改动；"
            f"请运行 licdesk check --repair 移除它们（先自动备份），或从备份恢复：{path}",
            "the database holds tables, views or triggers licdesk did not make; it was refused and left untouched; "
            "run licdesk check --repair to remove them (after a backup), or restore a backup",
        ), found)


class UnexpectedSchemaError(StoreError):
    """The file holds schema objects licdesk did not make (a planted trigger, a view, a table)."""

    def __init__(self, text: str, found: list) -> None:  # type: ignore[type-arg]
        super().__init__(text)
        self.found = found


def _use_wal(conn: sqlite3.Connection) -> None:
    """WAL lets the desk read while another window writes; a read-only file stays in its own mode."""
    mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
    if str(mode).lower() == "wal":
        return
    try:
        conn.execute("PRAGMA journal_mode = WAL")
    except sqlite3.OperationalError as exc:
        if "readonly" not in str(exc).lower():
            raise


def migrate(conn: sqlite3.Connection, path: Path,
            steps: tuple[migrations.Migration, ...] = migrations.MIGRATIONS) -> None:
    """Bring the database to the latest version, one migration (one transaction) at a time."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    todo = migrations.pending(version, steps)
    if not todo:
        return
    if version > 0:  # an existing library: keep a copy as it was before changing its shape
        remove_stale_migration_copies(path)
        backup_before_migrating(conn, path, version)
    for migration in todo:
        migrations.apply(conn, migration)


def backup_before_migrating(conn: sqlite3.Connection, path: Path, version: int) -> Path:
    """Copy the database beside itself as <name>.v<version>.bak before changing its shape.

    An earlier copy of that name (say, from a restored old backup migrated again) is kept: the new
    copy is numbered instead.
    """
    target = path.with_name(f"{path.name}.v{version}.bak")
    counter = 2
    while target.exists():
        target = path.with_name(f"{path.name}.v{version}.{counter}.bak")
        counter += 1
    partial = target.with_name(f".{target.name}.partial")  # whole or not there; a stale one is cleaned later
    copy_database(conn, partial)
    os.replace(partial, target)
    return target


def copy_database(conn: sqlite3.Connection, target: Path) -> Path:
    """A consistent copy through SQLite's backup API (safe while others use the file), owner-only."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_MODE)
    os.close(fd)
    copy = sqlite3.connect(str(target), isolation_level=None)
    try:
        distrust_schema(copy)
        conn.backup(copy)
        # A copy is one self-contained file: no -wal beside it is needed to read it anywhere.
        copy.execute("PRAGMA journal_mode = DELETE")
    finally:
        copy.close()
    keep_private(target)
    return target


def keep_private(path: Path) -> None:
    """Take group and other permissions off the database and its -wal/-shm companions (POSIX only)."""
    if os.name != "posix":
        return
    for candidate in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        try:
            mode = stat.S_IMODE(candidate.stat().st_mode)
            if mode & 0o077:
                os.chmod(candidate, mode & ~0o077)
        except OSError:
            pass  # not there, or not ours to change: the database still works


__all__ = ["open_connection", "open_readonly_connection", "backup_before_migrating", "keep_private"]
