"""Live updates between desks on one team library: PostgreSQL's LISTEN/NOTIFY, and who is editing what.

A write to the team library announces itself on one channel (`announce`, inside the write's own
transaction, so the news goes out exactly when the change is committed and never for a write that
was rolled back). Every desk listens on a connection of its own (`ChangeListener`) and turns the news
into its session's change signals.

Who is editing a license is kept by the server itself: a desk in edit mode holds a session-level
advisory lock named after the license, which PostgreSQL lets go when that desk disconnects or
crashes, so no stale "being edited" mark can outlive its desk.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from typing import Iterator

import psycopg

from licdesk.store.team.connect import connect
from licdesk.store.team.location import TeamLibrary

CHANNEL = "licdesk_changes"
# The first key of licdesk's advisory locks; the second is the license number's hash.
EDIT_LOCK_SPACE = 0x11CDE5
KINDS = ("license", "licenses", "review", "editing")
MAX_PAYLOAD = 7000  # PostgreSQL refuses payloads of 8000 bytes and more
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Change:
    """One piece of news: a license changed (or was added, removed), a review filed, an edit begun or ended."""

    kind: str
    number: str = ""
    user: str = ""
    pid: int = 0  # the server process of the desk that made the change (a desk ignores its own news)

    def payload(self) -> str:
        text = json.dumps({"kind": self.kind, "number": self.number}, ensure_ascii=False)
        if len(text.encode()) > MAX_PAYLOAD:  # an absurd number: say "something changed" instead
            text = json.dumps({"kind": "licenses", "number": ""})
        return text


def parse_change(payload: str, *, pid: int = 0, user: str = "") -> Change | None:
    """The news in a notification, or None for anything not of licdesk's shape (another program's)."""
    try:
        data = json.loads(payload)
    except (ValueError, RecursionError):
        return None
    if not isinstance(data, dict):
        return None
    kind, number = data.get("kind"), data.get("number", "")
    if kind not in KINDS or not isinstance(number, str) or len(number) > 200:
        return None
    return Change(kind, number, user, pid)


def announce(connection: psycopg.Connection, change: Change) -> None:
    """Tell every listening desk, when the current transaction commits (or at once in autocommit)."""
    connection.execute("SELECT pg_notify(%s, %s)", (CHANNEL, change.payload()))


class ChangeListener:
    """A connection of its own that waits for other desks' news."""

    def __init__(self, library: TeamLibrary, password: str | None = None) -> None:
        self.connection = connect(library, password)
        self.connection.autocommit = True
        self.connection.execute(f"LISTEN {CHANNEL}")

    def changes(self, timeout: float) -> Iterator[Change]:
        """The news that arrives within `timeout` seconds (nothing when there is none)."""
        for notification in self.connection.notifies(timeout=timeout):
            change = parse_change(notification.payload, pid=notification.pid)
            if change is not None:
                yield change
            else:
                log.info("ignored a notification not of licdesk's shape")

    def close(self) -> None:
        try:
            self.connection.close()
        except psycopg.Error:
            pass


# -- who is editing what ----------------------------------------------------------------------------
def begin_editing(connection: psycopg.Connection, number: str) -> None:
    """Mark the license as being edited by this connection's user until `end_editing` or disconnect.

    The lock is shared: two desks may edit one license at once (the second save meets the version
    check), each sees the other."""
    connection.execute("SELECT pg_advisory_lock_shared(%s, hashtext(%s))", (EDIT_LOCK_SPACE, number))
    announce(connection, Change("editing", number))


def end_editing(connection: psycopg.Connection, number: str) -> None:
    connection.execute("SELECT pg_advisory_unlock_shared(%s, hashtext(%s))", (EDIT_LOCK_SPACE, number))
    announce(connection, Change("editing", number))


def editors(connection: psycopg.Connection, number: str) -> list[str]:
    """The database users (other than this connection) who have the license open for editing."""
    rows = connection.execute(
        """SELECT DISTINCT a.usename FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
           WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 2
             AND l.classid::bigint = %s AND l.objid::bigint = (hashtext(%s)::bigint & 4294967295)
             AND l.pid <> pg_backend_pid()
           ORDER BY a.usename""", (EDIT_LOCK_SPACE, number)).fetchall()
    return [str(name) for name, in rows if name]
