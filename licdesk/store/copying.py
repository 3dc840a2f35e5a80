"""Copying whole licenses between two libraries, row for row, on either engine (file ⇄ team library).

A license travels with everything stored about it: the certificate, annex, clauses and yearly records
(read and written as the save does), its search words, every kept version (unpacked and packed for
the other engine), its attachments, its closing, its review rounds with their reviews and waiting
conflicts, and its history (the audit log, which is keyed by number).  Row ids are the destination's
own; what points at another row (a closing's replacement, a review's round) is carried over by number
or uuid.  Each function runs inside the caller's write transaction on the destination, so a license
arrives whole or not at all.
"""

from __future__ import annotations

import sqlite3
from typing import Any, Iterable

from licdesk.store import rows, versions, writing

_LICENSE_COLUMNS = ("number", "company", "legal_representative", "title", "preamble", "issuer", "issue_date",
                    "expiry_date", "annex_heading", "provisions_intro", "warnings", "categories", "service_names",
                    "version", "created_at", "updated_at", "deleted_at")
_ATTACHMENT_COLUMNS = ("sha256", "file_name", "mime", "size", "added_at", "note", "data")
_ROUND_COLUMNS = ("uuid", "base_uuid", "started_at", "finished_at", "reviewer", "sync_base")
_REVIEW_COLUMNS = ("clause_key", "text_hash", "status", "note", "responsible", "due_date", "evidence",
                   "updated_at", "updated_by")
_CONFLICT_COLUMNS = ("clause_key", "field", "base", "ours", "theirs", "theirs_by", "created_at")
_CLOSURE_COLUMNS = ("kind", "closed_on", "note", "settles_open", "closed_at")
_AUDIT_COLUMNS = ("at", "number", "action", "field", "old", "new")


def _insert(conn: sqlite3.Connection, table: str, values: dict[str, Any]) -> sqlite3.Cursor:
    names = ", ".join(values)
    marks = ", ".join("?" for _ in values)
    return conn.execute(f"INSERT INTO {table} ({names}) VALUES ({marks})", list(values.values()))


def _picked(row: sqlite3.Row, columns: Iterable[str]) -> dict[str, Any]:
    return {name: row[name] for name in columns}


def copy_license(source: sqlite3.Connection, target: sqlite3.Connection, row: sqlite3.Row, *,
                 with_history: bool = True) -> int:
    """Write the license of `row` (a licenses row of `source`) into `target`; returns its new id there.

    The number must be free in `target` (the caller decided to add it).  The closing's replacement is
    linked when that license is already in `target`; `link_replacements` links the rest afterwards.
    """
    lic = rows.read_license(source, row)
    values = _picked(row, _LICENSE_COLUMNS)
    values["number_key"] = rows.number_key(row["number"])
    cursor = _insert(target, "licenses", values)
    writing.changed_one(cursor, row["number"])
    new_id = writing.inserted_id(cursor)
    rows.insert_children(target, new_id, lic)
    writing.write_search_text(target, new_id, lic)
    versions.copy_versions(source, target, int(row["id"]), new_id)
    _copy_attachments(source, target, int(row["id"]), new_id)
    _copy_closure(source, target, int(row["id"]), new_id)
    _copy_reviews(source, target, int(row["id"]), new_id)
    if with_history:
        copy_audit(source, target, [row["number"]])
    return new_id


def _copy_attachments(source: sqlite3.Connection, target: sqlite3.Connection, old_id: int, new_id: int) -> None:
    for found in source.execute(
            f"SELECT {', '.join(_ATTACHMENT_COLUMNS)} FROM attachments WHERE license_id = ? ORDER BY id", (old_id,)):
        values = _picked(found, _ATTACHMENT_COLUMNS)
        values["data"] = sqlite3.Binary(bytes(values["data"]))
        _insert(target, "attachments", {"license_id": new_id, **values})


def _copy_closure(source: sqlite3.Connection, target: sqlite3.Connection, old_id: int, new_id: int) -> None:
    found = source.execute(
        "SELECT c.*, r.number AS replacement FROM license_closures c "
        "LEFT JOIN licenses r ON r.id = c.replaced_by WHERE c.license_id = ?", (old_id,)).fetchone()
    if found is None:
        return
    replacement = writing.find_row(target, found["replacement"]) if found["replacement"] else None
    _insert(target, "license_closures", {"license_id": new_id, **_picked(found, _CLOSURE_COLUMNS),
                                         "replaced_by": replacement["id"] if replacement is not None else None})


def link_replacements(source: sqlite3.Connection, target: sqlite3.Connection, numbers: Iterable[str]) -> list[str]:
    """The closings of these copied licenses name a replacement copied after them: link it now.

    Returns the numbers whose replacement is not in `target` (yet).
    """
    waiting: list[str] = []
    for number in numbers:
        found = source.execute(
            "SELECT r.number FROM licenses l JOIN license_closures c ON c.license_id = l.id "
            "JOIN licenses r ON r.id = c.replaced_by WHERE l.number_key = ?", (rows.number_key(number),)).fetchone()
        if found is None:
            continue
        closed, replacement = writing.find_row(target, number), writing.find_row(target, found[0])
        if closed is None or replacement is None:
            waiting.append(number)
            continue
        target.execute("UPDATE license_closures SET replaced_by = ? WHERE license_id = ? AND replaced_by IS NULL",
                       (replacement["id"], closed["id"]))
    return waiting


def _copy_reviews(source: sqlite3.Connection, target: sqlite3.Connection, old_id: int, new_id: int) -> None:
    for found in source.execute(
            f"SELECT id, {', '.join(_ROUND_COLUMNS)} FROM review_rounds WHERE license_id = ? ORDER BY id", (old_id,)):
        cursor = _insert(target, "review_rounds", {"license_id": new_id, **_picked(found, _ROUND_COLUMNS)})
        round_id = writing.inserted_id(cursor)
        for review in source.execute(
                f"SELECT {', '.join(_REVIEW_COLUMNS)} FROM clause_reviews WHERE round_id = ? ORDER BY clause_key",
                (found["id"],)):
            _insert(target, "clause_reviews", {"round_id": round_id, **_picked(review, _REVIEW_COLUMNS)})
        for conflict in source.execute(
                f"SELECT {', '.join(_CONFLICT_COLUMNS)} FROM review_conflicts WHERE round_id = ? ORDER BY id",
                (found["id"],)):
            _insert(target, "review_conflicts", {"round_id": round_id, **_picked(conflict, _CONFLICT_COLUMNS)})


def copy_audit(source: sqlite3.Connection, target: sqlite3.Connection, numbers: list[str] | None = None) -> None:
    """The history of these numbers (None: the whole audit log, also of licenses removed for good), in order."""
    columns = ", ".join(_AUDIT_COLUMNS)
    if numbers is None:
        cursor = source.execute(f"SELECT {columns} FROM audit_log ORDER BY id")
    else:
        marks = ", ".join("?" for _ in numbers)
        cursor = source.execute(f"SELECT {columns} FROM audit_log WHERE number IN ({marks}) ORDER BY id", numbers)
    target.executemany(f"INSERT INTO audit_log ({columns}) VALUES ({', '.join('?' for _ in _AUDIT_COLUMNS)})",
                       [tuple(found) for found in cursor])


def license_rows(conn: sqlite3.Connection, *, include_trash: bool) -> list[sqlite3.Row]:
    """The licenses rows to copy, oldest first (without their children: those are read one license at a time)."""
    trash = "" if include_trash else "WHERE deleted_at IS NULL "
    return conn.execute(f"SELECT * FROM licenses {trash}ORDER BY id").fetchall()


def copy_meta(source: sqlite3.Connection, target: sqlite3.Connection, *, skip: Iterable[str] = ()) -> None:
    """The library's own values (library_meta), replacing the target's of the same keys."""
    skipped = set(skip)
    for key, value in source.execute("SELECT key, value FROM library_meta ORDER BY key"):
        if key not in skipped:
            target.execute("INSERT INTO library_meta (key, value) VALUES (?, ?) "
                           "ON CONFLICT (key) DO UPDATE SET value = excluded.value", (key, value))


def empty_library(conn: sqlite3.Connection) -> None:
    """Remove every license (its rows go with it), the history and the library's values: a restore's start."""
    for found in conn.execute("SELECT id FROM licenses").fetchall():
        writing.drop_search_text(conn, int(found[0]))
    conn.execute("DELETE FROM licenses")
    conn.execute("DELETE FROM audit_log")
    conn.execute("DELETE FROM library_meta")
