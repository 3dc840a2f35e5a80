"""Closed licenses in the database: functions taking a Store, one transaction per write.

    from licdesk.store import closures
    closures.close_license(store, "京B2-20990001", cl.CANCELLED, date(2026, 3, 1), note="公司注销")
    closures.closure(store, "京B2-20990001")     # Closure or None
    closures.all_closures(store)                 # number -> Closure, licenses not in the trash
    closures.reopen_license(store, "京B2-20990001")

Closing and reopening are noted in the history (actions "close" and "reopen", field "closure"); the
entry holds the closing as a small JSON record (`record`/`from_record`), which the history pane words
in the interface's language, so it shows what happened and reopening undoes it.
"""

from __future__ import annotations

import datetime as _dt
import json
import sqlite3
from typing import TYPE_CHECKING

from licdesk.domain import closure as cl
from licdesk.store import audit, writing
from licdesk.store.errors import StoreError, message, translated
from licdesk.store.hygiene import clean_block

if TYPE_CHECKING:
    from licdesk.store.store import Store

CLOSE = "close"
REOPEN = "reopen"
FIELD = "closure"

_SELECT = ("SELECT c.*, l.number, r.number AS replaced_number FROM license_closures c "
           "JOIN licenses l ON l.id = c.license_id LEFT JOIN licenses r ON r.id = c.replaced_by")


def _read(row: sqlite3.Row) -> cl.Closure:
    return cl.Closure(number=row["number"], kind=row["kind"], closed_on=_dt.date.fromisoformat(row["closed_on"]),
                      replaced_by=row["replaced_number"], note=row["note"], settles_open=bool(row["settles_open"]))


def _closure_of(conn: sqlite3.Connection, license_id: int) -> cl.Closure | None:
    row = conn.execute(f"{_SELECT} WHERE c.license_id = ?", (license_id,)).fetchone()
    return None if row is None else _read(row)


@translated
def _closure(store: Store, number: str) -> cl.Closure | None:
    row = writing.find_row(store._conn, number)
    return None if row is None else _closure_of(store._conn, row["id"])


def closure(store: Store, number: str) -> cl.Closure | None:
    """How the license was closed; None for an open license (or an unknown number)."""
    return _closure(store, number)


@translated
def _all(store: Store) -> dict[str, cl.Closure]:
    rows = store._conn.execute(f"{_SELECT} WHERE l.deleted_at IS NULL").fetchall()
    return {row["number"]: _read(row) for row in rows}


def all_closures(store: Store) -> dict[str, cl.Closure]:
    """Every closed license not in the trash, by number."""
    return _all(store)


@translated
def _close(store: Store, number: str, kind: str, closed_on: _dt.date, replaced_by: str | None,
           note: str | None, settles_open: bool) -> cl.Closure:
    if kind not in cl.KINDS:
        raise ValueError(f"closure kind must be one of {cl.KINDS}, not {kind!r}")
    with store._transaction() as conn:
        row = writing.require_row(conn, number)
        replacement_id = None
        if kind == cl.REPLACED:
            if not replaced_by:
                raise StoreError(message(f"请选择替换 {row['number']} 的新许可证",
                                         f"choose the new license that replaced {row['number']}"))
            replacement = writing.require_row(conn, replaced_by)
            if replacement["id"] == row["id"]:
                raise StoreError(message("许可证不能由它自己替换", "a license cannot be replaced by itself"))
            replacement_id = replacement["id"]
        before = _closure_of(conn, row["id"])
        now = audit.now_text()
        cleaned = clean_block(note).strip() if note else ""
        conn.execute("DELETE FROM license_closures WHERE license_id = ?", (row["id"],))
        writing.changed_one(conn.execute(
            "INSERT INTO license_closures (license_id, kind, closed_on, replaced_by, note, settles_open, closed_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (row["id"], kind, closed_on.isoformat(), replacement_id, cleaned or None, int(settles_open), now)),
            row["number"])
        after = _closure_of(conn, row["id"])
        assert after is not None  # just written in this transaction
        writing.log(conn, now, row["number"], CLOSE, FIELD, record(before), record(after))
        return after


def close_license(store: Store, number: str, kind: str, closed_on: _dt.date, *, replaced_by: str | None = None,
                  note: str | None = None, settles_open: bool = False) -> cl.Closure:
    """Close the license (or change how it is closed), in one transaction noted in the history.

    A replaced license names the license that replaced it (stored, not the license itself)."""
    return _close(store, number, kind, closed_on, replaced_by, note, settles_open)


@translated
def _reopen(store: Store, number: str) -> cl.Closure:
    with store._transaction() as conn:
        row = writing.require_row(conn, number)
        before = _closure_of(conn, row["id"])
        if before is None:
            raise StoreError(message(f"许可证 {row['number']} 没有关闭，无需重新启用",
                                     f"license {row['number']} is not closed; there is nothing to reopen"))
        writing.changed_one(conn.execute("DELETE FROM license_closures WHERE license_id = ?", (row["id"],)),
                            row["number"])
        writing.log(conn, audit.now_text(), row["number"], REOPEN, FIELD, record(before), None)
        return before


def reopen_license(store: Store, number: str) -> cl.Closure:
    """Undo the closing: the license is open again and makes its obligations as before; returns the closing undone."""
    return _reopen(store, number)


def record(closure: cl.Closure | None) -> str | None:
    """The closing as the history keeps it: JSON with the kind, the date, the new license, the note."""
    if closure is None:
        return None
    return json.dumps({"kind": closure.kind, "closed_on": closure.closed_on.isoformat(),
                       "replaced_by": closure.replaced_by, "note": closure.note,
                       "settles_open": closure.settles_open}, ensure_ascii=False, sort_keys=True)


def from_record(number: str, text: str | None) -> cl.Closure | None:
    """The closing a history entry holds; None when the entry holds none (or something unreadable)."""
    try:
        data = json.loads(text or "")
        return cl.Closure(number, str(data["kind"]), _dt.date.fromisoformat(str(data["closed_on"])),
                          replaced_by=data.get("replaced_by") or None, note=data.get("note") or None,
                          settles_open=bool(data.get("settles_open")))
    except (ValueError, TypeError, KeyError, AttributeError):
        return None


def history_text(closure: cl.Closure | None) -> str | None:
    """A closing in plain words (Chinese, for the command line)."""
    if closure is None:
        return None
    text = cl.describe(closure)
    if closure.settles_open:
        text += "；此前未完成的事项一并免除"
    return text + (f"；{closure.note}" if closure.note else "")
