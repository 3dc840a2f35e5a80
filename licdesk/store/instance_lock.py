"""Knowing that another licdesk has a database open for writing: a lock file beside it.

<db>.lock holds who opened the database (host, process, user, since) and stays locked by the
operating system (flock on POSIX, a byte lock on Windows) for as long as that licdesk runs.  The
OS lock is what counts: it goes away when the process ends, even when it is killed or the laptop
loses power, so a lock file left behind is recognised as stale and taken over.  On a shared folder
the lock works as far as the file server passes locks on (SMB and NFS do).

SQLite keeps each write whole either way; the lock is there so that the desk can say "someone else
is working on this file" and offer a read-only view instead of two people editing side by side.
"""

from __future__ import annotations

import datetime as _dt
import getpass
import json
import os
import sys
from pathlib import Path
from typing import IO, NamedTuple

from licdesk.store.errors import StoreError, message

if sys.platform == "win32":
    import msvcrt
else:
    import fcntl

_LOCKED_BYTE = 4096  # Windows locks a byte past the text, so others can still read who holds it


class LockHolder(NamedTuple):
    host: str
    pid: int
    user: str
    since: _dt.datetime | None

    def describe(self) -> str:
        when = self.since.astimezone().strftime("%Y-%m-%d %H:%M") if self.since else "未知时间"
        return f"{self.user or '未知用户'}@{self.host or '未知电脑'}（进程 {self.pid}，自 {when} 起）"


class DatabaseInUseError(StoreError):
    """Another licdesk has the database open for writing."""

    def __init__(self, text: str, holder: LockHolder | None) -> None:
        super().__init__(text)
        self.holder = holder


def lock_path(db: str | Path) -> Path:
    db = Path(db).expanduser()
    return db.with_name(db.name + ".lock")


def _host_name() -> str:
    if hasattr(os, "uname"):  # POSIX: no need to load the socket module at start-up
        return os.uname().nodename
    import socket

    return socket.gethostname()


def _me() -> LockHolder:
    try:
        user = getpass.getuser()
    except Exception:  # no user name in this environment
        user = ""
    return LockHolder(host=_host_name(), pid=os.getpid(), user=user,
                      since=_dt.datetime.now(_dt.timezone.utc))


def _try_os_lock(handle: IO[bytes]) -> bool:
    try:
        if sys.platform == "win32":
            handle.seek(_LOCKED_BYTE)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        else:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _release_os_lock(handle: IO[bytes]) -> None:
    try:
        if sys.platform == "win32":
            handle.seek(_LOCKED_BYTE)
            msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
        else:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
    except OSError:
        pass


def _read_holder(path: Path) -> LockHolder | None:
    try:
        data = json.loads(path.read_bytes()[:_LOCKED_BYTE].decode("utf-8", "replace").strip("\x00 \n") or "{}")
        since = data.get("since")
        return LockHolder(host=str(data.get("host", "")), pid=int(data.get("pid", 0)), user=str(data.get("user", "")),
                          since=_dt.datetime.fromisoformat(since) if since else None)
    except (OSError, ValueError, TypeError, AttributeError):
        return None


class InstanceLock:
    """Held while this licdesk has the database open for writing; release() (or close) lets it go."""

    def __init__(self, path: Path, handle: IO[bytes]) -> None:
        self.path = path
        self._handle: IO[bytes] | None = handle

    @classmethod
    def acquire(cls, db: str | Path) -> InstanceLock:
        """Take the lock, or raise DatabaseInUseError saying who has the database open."""
        path = lock_path(db)
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o600)
        except OSError as exc:
            raise StoreError(message(f"无法创建锁文件：{path}", f"cannot create the lock file: {exc.strerror}")) \
                from exc
        handle = os.fdopen(fd, "r+b")
        if not _try_os_lock(handle):
            handle.close()
            holder = _read_holder(path)
            who = holder.describe() if holder else "另一个 licdesk"
            raise DatabaseInUseError(message(
                f"该数据库正由 {who} 打开并在编辑；为避免互相覆盖，本窗口只能以只读方式查看：{Path(db)}",
                "another licdesk has this database open for editing; this window can only view it read-only",
            ), holder)
        # The OS lock is ours: whatever the file says is stale (that licdesk has ended); write ourselves in.
        me = _me()
        text = json.dumps({"host": me.host, "pid": me.pid, "user": me.user,
                           "since": me.since.isoformat() if me.since else None}, ensure_ascii=False)
        handle.seek(0)
        handle.truncate()
        handle.write(text.encode("utf-8") + b"\n")
        handle.flush()
        return cls(path, handle)

    def release(self) -> None:
        if self._handle is None:
            return
        handle, self._handle = self._handle, None
        try:
            handle.seek(0)
            handle.truncate()  # an empty file says nobody; removing it could race another opener
        except OSError:
            pass
        _release_os_lock(handle)
        handle.close()

    @property
    def held(self) -> bool:
        return self._handle is not None


def holder(db: str | Path) -> LockHolder | None:
    """Who has the database open for writing right now; None when nobody (a stale lock file counts as nobody)."""
    path = lock_path(db)
    if not path.exists():
        return None
    try:
        handle = open(path, "rb+")
    except OSError:
        return _read_holder(path)  # cannot test the lock: trust what the file says
    try:
        if _try_os_lock(handle):
            _release_os_lock(handle)
            return None
        return _read_holder(path) or LockHolder(host="", pid=0, user="", since=None)
    finally:
        handle.close()
