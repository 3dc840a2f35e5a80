"""Moving licenses between a clerk's file and the team library, and taking the library along.

    push_file(team, "mine.sqlite3")             # the file's licenses into the team library
    take_snapshot(team, "offline.sqlite3")      # the whole team library into a new file
    restore_snapshot(team, "offline.sqlite3")   # an administrator puts a file's content in its place

A push adds each license in a transaction of its own: a long push never holds the library's write
lock for minutes (colleagues keep saving between two licenses), an interrupted one leaves only whole
licenses, and running it again skips those already there and adds the rest.  A snapshot reads one
committed state of the library and writes a new file beside the target, renamed into place only when
it is complete.  A restore replaces everything in one transaction: the library is the old one or the
file's, never a mixture.  What travels with a license: licdesk.store.copying.
"""

from __future__ import annotations

import datetime as _dt
import os
import sqlite3
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from licdesk.store import copying, library_meta, writing
from licdesk.store.errors import StoreError, is_bug, message, translate
from licdesk.store.store import Store

Progress = Callable[[int, int], None]


@dataclass
class PushReport:
    added: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # already in the team library (its trash too): left as they are


@dataclass(frozen=True)
class SnapshotResult:
    path: Path
    license_count: int
    taken_at: _dt.datetime


def _reading_problem(exc: sqlite3.Error, where: object) -> StoreError:
    if is_bug(exc):
        raise exc
    return translate(exc, where)


def refuse_reader(team: Store, what_zh: str, what_en: str) -> None:
    if team.readonly:
        user = getattr(team, "db_user", "")
        raise StoreError(message(
            f"登录名 {user} 在团队库 {team.path} 中只有查看的权限（licdesk_reader），服务器不接受它的{what_zh}；"
            "请用职员或管理员的登录名；团队库未作任何改动",
            f"the login {user} may only read this team library (licdesk_reader), so the server refuses its "
            f"{what_en}; use a clerk's or an administrator's login; nothing was changed",
        ))


def push_file(team: Store, file: str | Path, *, progress: Progress | None = None,
              report: PushReport | None = None) -> PushReport:
    """Add the file's licenses (not those in its trash) whose numbers the team library does not have.

    `report` (given by the caller) holds what was done so far when the push stops half way.
    """
    refuse_reader(team, "推送", "push")
    report = report if report is not None else PushReport()
    source_path = Path(file).expanduser()
    with Store.open(source_path, readonly=True) as source:
        try:
            wanted = copying.license_rows(source._conn, include_trash=False)
        except sqlite3.Error as exc:
            raise _reading_problem(exc, source_path) from exc
        unlinked: list[str] = []  # added, closed as replaced by a license the library did not have yet
        for done, row in enumerate(wanted):
            try:
                with team._transaction() as conn:
                    if writing.find_row(conn, row["number"]) is not None:
                        report.skipped.append(str(row["number"]))
                    else:
                        copying.copy_license(source._conn, conn, row)
                        unlinked.append(str(row["number"]))
                        unlinked = copying.link_replacements(source._conn, conn, unlinked)
                        report.added.append(str(row["number"]))
            except sqlite3.Error as exc:
                raise _reading_problem(exc, team.path) from exc
            if progress is not None:
                progress(done + 1, len(wanted))
    return report


def take_snapshot(team: Store, target: str | Path, *, force: bool = False, progress: Progress | None = None,
                  now: _dt.datetime | None = None) -> SnapshotResult:
    """Write the whole library (trash, history, reviews, attachments too) into a new licdesk file.

    The file records where it came from and when (library_meta.snapshot_origin).  An existing file is
    refused unless `force`; the target is written only whole (a temporary renamed at the end).
    """
    target = Path(target).expanduser()
    if target.is_dir():
        raise StoreError(message(f"这是一个文件夹，不是文件：{target}", "that is a folder, not a file"))
    if target.exists() and not force:
        raise StoreError(message(
            f"文件已存在，未覆盖：{target}；要覆盖它请加 --force", "the file exists and was not replaced; add --force to "
            "replace it"))
    taken_at = (now or _dt.datetime.now(_dt.timezone.utc)).astimezone(_dt.timezone.utc)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(message(f"无法建立文件夹：{target.parent}（{exc.strerror}）",
                                 f"cannot create the folder ({exc.strerror})")) from exc
    temporary = target.with_name(f".{target.stem}-{uuid.uuid4().hex[:8]}.partial.sqlite3")
    try:
        with Store.open(temporary) as copy:
            count = _copy_whole(team, copy, progress)
            with copy._transaction() as conn:
                _mark_exchanged(copy, conn)
                for key, value in ((library_meta.SNAPSHOT_SOURCE, _source_name(team)),
                                   (library_meta.SNAPSHOT_TAKEN_AT, taken_at.isoformat(timespec="seconds"))):
                    conn.execute("INSERT INTO library_meta (key, value) VALUES (?, ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value", (key, value))
        os.replace(temporary, target)
        _sync_folder(target.parent)
    except OSError as exc:
        raise StoreError(message(f"无法写入离线副本：{target}（{exc.strerror or exc}）",
                                 f"cannot write the offline copy ({exc.strerror or exc})")) from exc
    finally:
        for leftover in (temporary, *(temporary.with_name(temporary.name + end) for end in ("-wal", "-shm"))):
            leftover.unlink(missing_ok=True)
    return SnapshotResult(path=target, license_count=count, taken_at=taken_at)


def _mark_exchanged(copy: Store, conn: sqlite3.Connection) -> None:
    """Each review round of the copy notes its reviews as taken: the merge base of the review package that
    brings the offline work back (what changed offline is taken, what changed in the library meanwhile stays,
    what changed on both sides waits as a conflict)."""
    from licdesk.store import review as store_review

    for (round_uuid,) in conn.execute("SELECT uuid FROM review_rounds ORDER BY id").fetchall():
        round_ = store_review.load_round(copy, round_uuid)
        if round_ is not None:
            store_review.set_sync_base(conn, round_uuid, dict(round_.reviews))


def _source_name(team: Store) -> str:
    library = team.team_library
    return library.describe() if library is not None else str(team.path)


def _copy_whole(source: Store, target: Store, progress: Progress | None) -> int:
    """Everything of `source` into the empty `target`, read at one moment, written in one transaction."""
    try:
        with source.consistent_read() as reading, target._transaction() as conn:
            return _copy_everything(reading, conn, progress)
    except sqlite3.Error as exc:
        raise _reading_problem(exc, source.path) from exc


def _copy_everything(reading: sqlite3.Connection, conn: sqlite3.Connection, progress: Progress | None) -> int:
    """Every license (trash too), the whole history and the library's values; returns how many licenses."""
    wanted = copying.license_rows(reading, include_trash=True)
    for done, row in enumerate(wanted):
        copying.copy_license(reading, conn, row, with_history=False)
        if progress is not None:
            progress(done + 1, len(wanted))
    copying.link_replacements(reading, conn, [str(row["number"]) for row in wanted])
    copying.copy_audit(reading, conn)
    copying.copy_meta(reading, conn, skip=library_meta.SNAPSHOT_KEYS)
    return len(wanted)


def restore_snapshot(team: Store, file: str | Path, *, progress: Progress | None = None) -> int:
    """Replace the team library's content by the file's, in one transaction; an administrator's action.

    Returns how many licenses (trash too) the library holds now.
    """
    refuse_non_administrator(team)
    with Store.open(Path(file).expanduser(), readonly=True) as source:
        try:
            with source.consistent_read() as reading, team._transaction() as conn:
                copying.empty_library(conn)
                return _copy_everything(reading, conn, progress)
        except sqlite3.Error as exc:
            raise _reading_problem(exc, team.path) from exc


def refuse_non_administrator(team: Store) -> None:
    """Replacing the library's content is an administrator's action; anyone else is told who may."""
    if not getattr(team, "is_administrator", False):
        user = getattr(team, "db_user", "")
        raise StoreError(message(
            f"只有团队库的管理员（licdesk_administrator）可以用文件替换团队库的内容；登录名 {user} 不是管理员；"
            "团队库未作任何改动",
            f"only an administrator of the team library (licdesk_administrator) may replace its content from a "
            f"file; the login {user} is not one; nothing was changed",
        ))


def _sync_folder(folder: Path) -> None:
    """The rename is on the disk, not only in memory, before the copy is reported done."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)
