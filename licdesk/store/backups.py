"""Backups of the database: automatic and by hand, kept in `backups/` beside it, and restoring one.

    create_backup(db, reason) -> Path        a consistent copy (SQLite's online backup API), owner-only
    list_backups(db) -> list[BackupInfo]     newest first: when, how many licenses, size, why
    rotate(db, keep)                         keep the newest `keep` automatic backups
    restore_backup(db, backup) -> RestoreResult

A backup's name says when and why it was made, e.g. licdesk-20261123-091502-417-start.sqlite3 (UTC,
to the millisecond), so
listing needs no side file.  Backups made by hand ("manual") are never rotated away.  No Qt here.
"""

from __future__ import annotations

import datetime as _dt
import errno
import os
import re
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path

from licdesk.store import migrations, schema_check
from licdesk.store.connection import PRIVATE_MODE, SQLITE_HEADER, copy_database, distrust_schema, keep_private
from licdesk.store.errors import StoreError, message
from licdesk.store.instance_lock import DatabaseInUseError, InstanceLock
from licdesk.store.leftovers import remove_partial as _remove_partial
from licdesk.store.leftovers import remove_stale_partials
from licdesk.store.team.location import file_only_error, team_url_of

BACKUP_FOLDER = "backups"
DEFAULT_KEEP = 10
MANUAL = "manual"
START = "start"
BEFORE_RESTORE = "before-restore"
IMPORT = "import"
PURGE = "purge"

# What each reason reads as in a list the clerk sees.
REASON_LABELS = {
    START: "启动时自动备份",
    MANUAL: "手动备份",
    BEFORE_RESTORE: "恢复前的原数据库",
    IMPORT: "批量导入前自动备份",
    PURGE: "清空回收站前自动备份",
    "migration": "升级数据库前自动备份",
    "damaged": "恢复前的原数据库（已损坏，原样保留）",
    "repair": "修复数据库前自动备份",
}

_NAME = re.compile(r"^licdesk-(\d{8}-\d{6}-\d{3})-([a-z0-9-]+)\.sqlite3$")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created_at: _dt.datetime  # UTC, timezone-aware
    license_count: int | None  # None when the file cannot be read
    size: int
    reason: str

    @property
    def reason_label(self) -> str:
        return REASON_LABELS.get(self.reason, self.reason)


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    previous: Path | None  # where the database as it was before restoring is kept (None: there was none)
    license_count: int


@dataclass(frozen=True)
class DatabaseFacts:
    """What a look at a database file found, without changing it."""

    version: int
    license_count: int
    problems: tuple[str, ...]  # empty: a sound licdesk database this licdesk can open


def _refuse_team_library(db: str | Path) -> None:
    """Backups and restores are made of files; a team library's (by URL or stand-in path) are the server's."""
    if team_url_of(db):
        raise file_only_error()


def backup_folder(db: str | Path) -> Path:
    db = Path(db).expanduser()
    return db.parent / BACKUP_FOLDER


def _reason_slug(reason: str) -> str:
    slug = re.sub(r"[^a-z0-9-]+", "-", (reason or MANUAL).lower()).strip("-")
    return slug or MANUAL


def _new_backup_path(folder: Path, reason: str, now: _dt.datetime) -> Path:
    slug = _reason_slug(reason)
    while True:
        stamp = now.strftime("%Y%m%d-%H%M%S-") + f"{now.microsecond // 1000:03d}"
        candidate = folder / f"licdesk-{stamp}-{slug}.sqlite3"
        if not any(folder.glob(f"licdesk-{stamp}-*.sqlite3")):
            return candidate
        now += _dt.timedelta(milliseconds=1)  # two backups in one millisecond: names still sort by time


def _private_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise _folder_refused(folder, exc) from exc
    if os.name == "posix":
        try:
            os.chmod(folder, 0o700)
        except OSError:
            pass  # a shared folder we do not own: the files themselves are still 0600


def _folder_refused(folder: Path, exc: OSError) -> StoreError:
    """A folder licdesk may not write in (read-only, another user's, a full disk): say which and what to do."""
    if exc.errno == errno.ENOSPC:
        return StoreError(message(f"磁盘空间不足，备份未完成，数据库未受影响：{folder}",
                                  "the disk is full; the backup was not made; the database is unaffected"))
    return StoreError(message(
        f"无法在文件夹 {folder} 中写入备份（{exc.strerror or exc}）；请选择另一个备份文件夹，"
        "例如 licdesk backup -o 其他文件夹",
        f"cannot write a backup in the folder {folder} ({exc.strerror or exc}); choose another backup folder "
        "(licdesk backup -o FOLDER)",
    ))


def _connect_existing(db: Path) -> sqlite3.Connection:
    """A connection to a database that must already exist and be SQLite (never creates a file)."""
    if not db.is_file():
        raise StoreError(message(f"数据库文件不存在：{db}", "the database file does not exist"))
    try:
        with db.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise StoreError(message(f"无法读取数据库文件：{db}", f"cannot read the database file: {exc.strerror or exc}")) \
            from exc
    if header != SQLITE_HEADER:
        raise StoreError(message(f"该文件不是 licdesk 数据库：{db}", "the file is not a licdesk database"))
    conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
    distrust_schema(conn)
    return conn


def _refuse_not_ours(conn: sqlite3.Connection, db: Path) -> None:
    """Only a licdesk database this licdesk knows is backed up: another program's file is not "0 licenses"."""
    application_id = conn.execute("PRAGMA application_id").fetchone()[0]
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if application_id != migrations.APPLICATION_ID:
        raise StoreError(message(f"该文件不是 licdesk 数据库，未备份：{db}", "the file is not a licdesk database; "
                                 "nothing was backed up"))
    if version > migrations.LATEST_VERSION:
        raise StoreError(message(
            f"该数据库由更新版本的 licdesk 创建（数据库版本 {version}），本程序无法可靠地备份它；请用新版本备份：{db}",
            f"the database was written by a newer licdesk (schema {version}); back it up with that version"))


def _verify_copy(copy: Path) -> None:
    """The copy is whole before it is called a backup: SQLite's check passes and it is still licdesk's."""
    conn = sqlite3.connect(f"{copy.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
    try:
        distrust_schema(conn)
        verdict = [r[0] for r in conn.execute("PRAGMA quick_check(3)")]
        application_id = conn.execute("PRAGMA application_id").fetchone()[0]
    finally:
        conn.close()
    if verdict != ["ok"] or application_id != migrations.APPLICATION_ID:
        raise StoreError(message(
            f"备份副本校验失败（{verdict[0][:80]}），数据库可能已损坏，未生成备份；请运行 licdesk check",
            "the copy failed its check (the database may be damaged); no backup was made; run licdesk check"))


def create_backup(db: str | Path, reason: str = MANUAL, *, target: str | Path | None = None,
                  keep: int | None = None) -> Path:
    """A consistent copy of the database (safe while the desk has it open); returns its path.

    Into `target` when given, else into backups/ beside the database.  With `keep`, older automatic
    backups beyond the newest `keep` are removed afterwards.
    """
    _refuse_team_library(db)
    db = Path(db).expanduser()
    now = _dt.datetime.now(_dt.timezone.utc)
    if target is None:
        folder = backup_folder(db)
        _private_folder(folder)
        destination = _new_backup_path(folder, reason, now)
    else:
        destination = Path(target).expanduser()
        if destination.is_dir():
            destination = _new_backup_path(destination, reason, now)
        if destination.exists() and destination.resolve() == db.resolve():
            raise StoreError(message("备份文件不能是数据库本身", "the backup cannot be the database itself"))
        if not destination.parent.is_dir():
            _private_folder(destination.parent)
    # In backups/ every stale partial is licdesk's; in a folder of the user's choosing only this name's.
    remove_stale_partials(destination.parent, None if target is None else destination.name)
    partial = destination.with_name(f".{destination.name}.partial")
    source = _connect_existing(db)
    try:
        _refuse_not_ours(source, db)
        copy_database(source, partial)
        _verify_copy(partial)
        os.replace(partial, destination)  # a backup file is whole or not there
    except StoreError:
        _remove_partial(partial)
        raise
    except sqlite3.Error as exc:
        _remove_partial(partial)
        if "full" in str(exc).lower():
            raise StoreError(message(f"磁盘空间不足，备份未完成，数据库未受影响：{destination.parent}",
                                     "the disk is full; the backup was not made; the database is unaffected")) from exc
        raise StoreError(message(f"无法备份数据库：{exc}", f"the database could not be backed up: {exc}")) from exc
    except OSError as exc:
        _remove_partial(partial)
        raise _folder_refused(destination.parent, exc) from exc
    finally:
        source.close()
    if keep is not None and target is None:
        rotate(db, keep)
    return destination


def backup_at_start(db: str | Path, keep: int = DEFAULT_KEEP) -> Path | None:
    """The backup the desk makes when it starts; skipped when nothing changed since the newest backup."""
    if team_url_of(db):
        return None  # a team library's backups are the server's
    db = Path(db).expanduser()
    if not db.is_file() or db.stat().st_size == 0:
        return None
    newest = next(iter(list_backups(db)), None)
    if newest is not None and _fingerprint(newest.path) == _fingerprint(db):
        return None
    return create_backup(db, START, keep=keep)


def _fingerprint(path: Path) -> tuple[object, ...] | None:
    """Cheap evidence of change: every write to a library adds to its audit log."""
    try:
        conn = _connect_existing(path)
    except (StoreError, OSError, sqlite3.Error):
        return None
    try:
        return tuple(conn.execute(
            "SELECT (SELECT max(id) FROM audit_log), (SELECT count(*) FROM audit_log), "
            "(SELECT count(*) FROM licenses), (SELECT max(updated_at) FROM licenses)").fetchone()) + (
            conn.execute("PRAGMA user_version").fetchone()[0],)
    except sqlite3.Error:
        return None
    finally:
        conn.close()


def list_backups(db: str | Path) -> list[BackupInfo]:
    """The backups in backups/ beside the database, newest first."""
    if team_url_of(db):
        return []
    folder = backup_folder(db)
    if not folder.is_dir():
        return []
    found: list[BackupInfo] = []
    for path in folder.iterdir():
        match = _NAME.match(path.name)
        if match is None or not path.is_file():
            continue
        stamp = match.group(1)
        created = _dt.datetime.strptime(stamp[:-4], "%Y%m%d-%H%M%S").replace(
            microsecond=int(stamp[-3:]) * 1000, tzinfo=_dt.timezone.utc)
        found.append(BackupInfo(path=path, created_at=created, license_count=_license_count(path),
                                size=path.stat().st_size, reason=match.group(2)))
    found.sort(key=lambda b: b.created_at, reverse=True)
    return found


def _license_count(path: Path) -> int | None:
    try:
        conn = _connect_existing(path)
    except (StoreError, OSError, sqlite3.Error):
        return None
    try:
        return int(conn.execute("SELECT count(*) FROM licenses WHERE deleted_at IS NULL").fetchone()[0])
    except sqlite3.Error:
        return None
    finally:
        conn.close()


def rotate(db: str | Path, keep: int = DEFAULT_KEEP) -> list[Path]:
    """Remove automatic backups beyond the newest `keep` (manual ones stay); returns what was removed."""
    keep = max(1, int(keep))
    automatic = [b for b in list_backups(db) if b.reason != MANUAL]
    removed = remove_stale_partials(backup_folder(db))
    for old in automatic[keep:]:
        try:
            old.path.unlink()
            removed.append(old.path)
        except OSError:
            pass  # in use or not ours to remove: try again next time
    return removed


def inspect_database(path: str | Path) -> DatabaseFacts:
    """Is this a sound licdesk database this licdesk can open?  Reads only; never changes the file."""
    path = Path(path).expanduser()
    try:
        conn = _connect_existing(path)
    except StoreError as exc:
        return DatabaseFacts(0, 0, (str(exc),))
    except OSError as exc:
        return DatabaseFacts(0, 0, (message(f"无法读取文件：{path}", f"cannot read the file: {exc.strerror}"),))
    try:
        application_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        if application_id != migrations.APPLICATION_ID:
            return DatabaseFacts(version, 0, (message("该文件不是 licdesk 数据库", "the file is not a licdesk database"),))
        if version > migrations.LATEST_VERSION:
            return DatabaseFacts(version, 0, (message(
                f"该备份来自更新版本的 licdesk（数据库版本 {version}），本程序无法使用",
                f"the file was written by a newer licdesk (schema {version})"),))
        damaged = [r[0] for r in conn.execute("PRAGMA integrity_check") if r[0] != "ok"]
        if damaged:
            return DatabaseFacts(version, 0, (message("该文件已损坏", "the file is damaged: " + "; ".join(damaged[:3])),))
        planted = schema_check.unexpected_objects(conn)
        if planted:
            return DatabaseFacts(version, 0, (message(
                f"该文件含有不属于 licdesk 的内容：{schema_check.describe(planted)}",
                "the file holds tables, views or triggers licdesk did not make"),))
        count = int(conn.execute("SELECT count(*) FROM licenses WHERE deleted_at IS NULL").fetchone()[0])
        return DatabaseFacts(version, count, ())
    except sqlite3.Error as exc:
        return DatabaseFacts(0, 0, (message("该文件已损坏或不是 licdesk 数据库",
                                            f"the file is damaged or not a licdesk database: {exc}"),))
    finally:
        conn.close()


def restore_backup(db: str | Path, backup: str | Path, *, keep: int | None = DEFAULT_KEEP) -> RestoreResult:
    """Replace the database by a backup, keeping the current file as a backup first.

    The backup is checked first (sound, licdesk's, not from a newer licdesk).  It is copied to a
    temporary file beside the database, synced, and swapped in with one rename: at every moment
    the database file is either the old one or the restored one, never half of each.  Close every
    Store on the database before calling; reopen afterwards (an older backup is then upgraded).
    """
    _refuse_team_library(db)
    db = Path(db).expanduser()
    backup = Path(backup).expanduser()
    if db.exists() and backup.resolve() == db.resolve():
        raise StoreError(message("不能用数据库本身来恢复", "the backup chosen is the database itself"))
    facts = inspect_database(backup)
    if facts.problems:
        raise StoreError(message(f"无法从该文件恢复，数据库未作任何改动：{backup}。", "nothing was changed")
                         + " " + facts.problems[0])
    db.parent.mkdir(parents=True, exist_ok=True)
    try:
        lock = InstanceLock.acquire(db)  # nobody may open the file for editing while it is swapped
    except DatabaseInUseError as exc:
        who = exc.holder.describe() if exc.holder else "另一个 licdesk"
        raise DatabaseInUseError(message(
            f"数据库正由 {who} 打开，无法恢复；请先关闭它。数据库未作任何改动",
            "another licdesk has the database open; close it first; nothing was changed"), exc.holder) from None
    try:
        return _restore_locked(db, backup, facts, keep)
    finally:
        lock.release()


def _restore_locked(db: Path, backup: Path, facts: DatabaseFacts, keep: int | None) -> RestoreResult:
    for leftover in db.parent.glob(f".{db.name}.restoring-*"):  # of a restore cut off (we hold the lock)
        leftover.unlink(missing_ok=True)
    staged = _stage_copy(backup, db)
    try:
        previous = _keep_current(db) if db.exists() and db.stat().st_size > 0 else None
        _retire_journal(db)
        os.replace(staged, db)
        _sync_folder(db.parent)
    except OSError as exc:
        staged.unlink(missing_ok=True)
        raise StoreError(message(f"恢复失败，数据库未被替换：{exc.strerror or exc}",
                                 "the restore failed; the database was not replaced")) from exc
    except BaseException:
        staged.unlink(missing_ok=True)
        raise
    keep_private(db)
    if keep is not None:
        rotate(db, keep)
    return RestoreResult(restored_from=backup, previous=previous, license_count=facts.license_count)


def _stage_copy(backup: Path, db: Path) -> Path:
    """The backup copied (through SQLite, so a -wal beside it counts) to a synced temp file beside `db`."""
    fd, name = tempfile.mkstemp(prefix=f".{db.name}.restoring-", dir=db.parent)
    os.close(fd)
    staged = Path(name)
    try:
        os.chmod(staged, PRIVATE_MODE)
        source = _connect_existing(backup)
        try:
            copy_database(source, staged)
        finally:
            source.close()
        check = sqlite3.connect(f"{staged.resolve().as_uri()}?mode=ro", uri=True)
        try:
            if check.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise StoreError(message("备份复制后校验失败，数据库未作任何改动",
                                         "the copied backup failed its check; nothing was changed"))
        finally:
            check.close()
        with staged.open("rb+") as handle:
            os.fsync(handle.fileno())
    except sqlite3.Error as exc:
        staged.unlink(missing_ok=True)
        raise StoreError(message(f"无法读取备份：{exc}", f"the backup cannot be read: {exc}")) from exc
    except BaseException:
        staged.unlink(missing_ok=True)
        raise
    return staged


def _keep_current(db: Path) -> Path:
    """Keep the database as it is now in backups/; a damaged one is kept byte for byte."""
    try:
        return create_backup(db, BEFORE_RESTORE)
    except StoreError:
        pass  # too damaged for SQLite to copy: keep its bytes
    folder = backup_folder(db)
    _private_folder(folder)
    target = _new_backup_path(folder, "damaged", _dt.datetime.now(_dt.timezone.utc))
    _copy_bytes(db, target)
    wal = Path(f"{db}-wal")
    if wal.exists() and wal.stat().st_size > 0:
        _copy_bytes(wal, Path(f"{target}-wal"))
    return target


def _copy_bytes(source: Path, target: Path) -> None:
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), PRIVATE_MODE)
    with os.fdopen(fd, "wb") as out, source.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            out.write(chunk)
        out.flush()
        os.fsync(out.fileno())


def _retire_journal(db: Path) -> None:
    """Fold the -wal into the database, then remove -wal/-shm: a journal must never meet another file."""
    wal, shm = Path(f"{db}-wal"), Path(f"{db}-shm")
    if wal.exists() or shm.exists():
        try:
            conn = sqlite3.connect(str(db), isolation_level=None, timeout=0.5)
            try:
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                conn.close()
        except sqlite3.Error:
            pass  # a damaged database: its -wal was kept with it above
    for companion in (wal, shm):
        companion.unlink(missing_ok=True)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX; Windows has no directory handles to sync)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
