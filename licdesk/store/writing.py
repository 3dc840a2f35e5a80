"""The writes inside one transaction: a whole license, its search words, an attachment, the history.

Every function here runs on a connection that is inside a write transaction (Store.transaction()),
so a license is saved whole or not at all.  A statement that should change exactly one row and
changes none (a trigger that is not licdesk's could ignore it) is an error, never a quiet success.
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING, Any, Iterator

from licdesk.store import audit, rows, search, versions
from licdesk.store.engine import is_sqlite
from licdesk.store.errors import ConflictError, DuplicateLicenseError, LicenseNotFoundError, StoreError, message
from licdesk.store.hygiene import clean_license

if TYPE_CHECKING:
    from licdesk.domain.model import License

SEARCH_COLUMNS = ("number", "company", "legal_representative", "sites", "domains", "clauses")


def find_row(conn: sqlite3.Connection, number: str) -> sqlite3.Row | None:
    """The licenses row for this number, written exactly or in another spelling of it."""
    row = conn.execute("SELECT * FROM licenses WHERE number_key = ?", (rows.number_key(number),)).fetchone()
    if row is None:  # written exactly so, but keyed by an older reading of numbers
        row = conn.execute(
            "SELECT * FROM licenses WHERE number = ? AND deleted_at IS NULL", (number,)).fetchone() \
            or conn.execute("SELECT * FROM licenses WHERE number = ? AND deleted_at IS NOT NULL", (number,)).fetchone()
    return row


def require_row(conn: sqlite3.Connection, number: str) -> sqlite3.Row:
    row = find_row(conn, number)
    if row is None:
        raise LicenseNotFoundError(message(f"没有编号为 {number} 的许可证", f"no license numbered {number}"))
    return row


def changed_one(cursor: sqlite3.Cursor, number: str) -> None:
    """The statement changed exactly one row; otherwise the write is refused (and rolled back)."""
    if cursor.rowcount != 1:
        raise StoreError(message(
            f"数据库没有执行对许可证 {number} 的更改（数据库中可能有不属于 licdesk 的触发器），更改未保存；"
            "请运行 licdesk check",
            f"the database did not carry out the change to license {number} (it may hold a trigger that is not "
            "licdesk's); nothing was saved; run licdesk check",
        ))


def check_renaming(conn: sqlite3.Connection, previous_number: str, number: str) -> None:
    require_row(conn, previous_number)
    taken = find_row(conn, number)
    if taken is not None:
        raise DuplicateLicenseError(
            message(f"不能把编号改为 {number}：该编号已属于另一份许可证",
                    f"cannot change the number to {number}: another license has it"),
            number=taken["number"], in_trash=taken["deleted_at"] is not None,
        )


def save_in(conn: sqlite3.Connection, lic: License, *, replace: bool, expected_version: int | None, now: str,
            previous_number: str | None = None) -> None:
    """Write the whole license (see Store.save); text from outside is cleaned of controls first."""
    lic = clean_license(lic)
    if not lic.number.strip():
        raise StoreError(message("缺少经营许可证编号，无法保存", "the license number is missing; cannot save"))
    columns = rows.license_columns(lic)
    existing = find_row(conn, previous_number if previous_number is not None else lic.number)
    if existing is None and expected_version is not None:
        gone = previous_number if previous_number is not None else lic.number
        raise ConflictError(message(
            f"许可证 {gone} 在您打开之后已被另一窗口或另一台电脑永久删除，您的修改尚未保存。可以把它作为新许可证保存",
            f"license {gone} was removed for good elsewhere after you opened it; your changes were not saved; "
            "you can save it as a new license",
        ), number=gone, expected_version=expected_version, current_version=None)
    if existing is None:
        license_id = _insert(conn, columns, now)
        new_version = 1
        log(conn, now, lic.number, audit.CREATE)
    else:
        _check_replace(existing, lic, replace, expected_version)
        old = rows.read_license(conn, existing)
        license_id = existing["id"]
        rows.delete_children(conn, license_id)
        assignments = ", ".join(f"{name} = :{name}" for name in columns)
        changed_one(conn.execute(
            f"UPDATE licenses SET {assignments}, version = version + 1, updated_at = :now, "
            "deleted_at = NULL WHERE id = :id",
            {**columns, "now": now, "id": license_id},
        ), lic.number)
        new_version = int(existing["version"]) + 1
        _log_replace(conn, now, old, lic, was_trashed=existing["deleted_at"] is not None)
    rows.insert_children(conn, license_id, lic)
    write_search_text(conn, license_id, lic)
    versions.write_snapshot(conn, license_id, new_version, now, lic)


def _insert(conn: sqlite3.Connection, columns: dict[str, Any], now: str) -> int:
    names = ", ".join(columns)
    values = ", ".join(f":{name}" for name in columns)
    cursor = conn.execute(
        f"INSERT INTO licenses ({names}, version, created_at, updated_at) VALUES ({values}, 1, :now, :now)",
        {**columns, "now": now},
    )
    changed_one(cursor, columns["number"])
    return inserted_id(cursor)


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


def write_search_text(conn: sqlite3.Connection, license_id: int, lic: License) -> None:
    """Replace the license's search words and its entries in the full-text index."""
    drop_search_text(conn, license_id)
    text = insert_search_keys(conn, license_id, lic)
    if not is_sqlite(conn):  # the server keeps its trigram indexes in step by itself
        return
    names = ", ".join(SEARCH_COLUMNS)
    values = ", ".join(f":{c}" for c in SEARCH_COLUMNS)
    conn.execute(f"INSERT INTO search_index (rowid, {names}) VALUES (:id, {values})", text)
    search.index_pairs(conn, [(license_id, text["folded"])])


def insert_search_keys(conn: sqlite3.Connection, license_id: int, lic: License) -> dict[str, Any]:
    """The search words of one license into the tables the full-text index reads through."""
    text = {"id": license_id, **rows.search_columns(lic)}
    text["folded"] = search.fold("\n".join(str(text[c]) for c in SEARCH_COLUMNS if c != "clauses"))
    conn.execute(
        "INSERT INTO search_keys (license_id, number, company, legal_representative, sites, domains, folded) "
        "VALUES (:id, :number, :company, :legal_representative, :sites, :domains, :folded)", text)
    conn.execute("INSERT INTO search_clauses (license_id, clauses) VALUES (:id, :clauses)", text)
    return text


def refill_search_keys(conn: sqlite3.Connection) -> None:
    """Write every license's search words afresh (the full-text indexes are rebuilt from them after)."""
    conn.execute("DELETE FROM search_keys")
    conn.execute("DELETE FROM search_clauses")
    for row, lic in stored_licenses(conn):
        insert_search_keys(conn, row["id"], lic)


def stored_licenses(conn: sqlite3.Connection) -> Iterator[tuple[sqlite3.Row, License]]:
    """Every stored license (trash too) with its row, read 200 at a time: a large library never sits
    in memory whole."""
    ids = [r[0] for r in conn.execute("SELECT id FROM licenses ORDER BY id")]
    for start in range(0, len(ids), 200):
        chunk = ids[start:start + 200]
        marks = ", ".join("?" for _ in chunk)
        license_rows = conn.execute(f"SELECT * FROM licenses WHERE id IN ({marks}) ORDER BY id", chunk).fetchall()
        yield from zip(license_rows, rows.read_licenses(conn, license_rows))


def drop_search_text(conn: sqlite3.Connection, license_id: int) -> None:
    """An external-content FTS index forgets a row only when told the exact words it indexed."""
    if not is_sqlite(conn):
        conn.execute("DELETE FROM search_keys WHERE license_id = ?", (license_id,))
        conn.execute("DELETE FROM search_clauses WHERE license_id = ?", (license_id,))
        return
    names = ", ".join(SEARCH_COLUMNS)
    old = conn.execute(f"SELECT {names} FROM search_text WHERE license_id = ?", (license_id,)).fetchone()
    if old is not None:
        marks = ", ".join("?" for _ in SEARCH_COLUMNS)
        conn.execute(f"INSERT INTO search_index (search_index, rowid, {names}) VALUES ('delete', ?, {marks})",
                     (license_id, *old))
    folded = conn.execute("SELECT folded FROM search_keys WHERE license_id = ?", (license_id,)).fetchone()
    if folded is not None:
        conn.execute("INSERT INTO search_pairs (search_pairs, rowid, pairs) VALUES ('delete', ?, ?)",
                     (license_id, search.pair_words(folded[0])))
    conn.execute("DELETE FROM search_keys WHERE license_id = ?", (license_id,))
    conn.execute("DELETE FROM search_clauses WHERE license_id = ?", (license_id,))


def log(conn: sqlite3.Connection, at: str, number: str, action: str,
        field: str | None = None, old: str | None = None, new: str | None = None) -> None:
    conn.execute(
        "INSERT INTO audit_log (at, number, action, field, old, new) VALUES (?, ?, ?, ?, ?, ?)",
        (at, number, action, field, old, new),
    )


def _log_replace(conn: sqlite3.Connection, at: str, old: License, new: License, was_trashed: bool) -> None:
    if was_trashed:
        log(conn, at, new.number, audit.UNDELETE)
    differences = audit.changes(old, new)
    if not differences:
        log(conn, at, new.number, audit.REPLACE)
    for field_name, before, after in differences:
        log(conn, at, new.number, audit.REPLACE, field_name, before, after)


def attach_in(conn: sqlite3.Connection, row: sqlite3.Row, name: str, mime: str, data: bytes,
              note: str | None, now: str, sha256: str) -> tuple[int, bool]:
    """Attach checked content to the license of `row`, noted in the history.

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
    changed_one(cursor, row["number"])
    log(conn, now, row["number"], audit.ATTACH, "attachments", None, name)
    return inserted_id(cursor), True


def remove_licenses_row(conn: sqlite3.Connection, row: sqlite3.Row, now: str) -> None:
    """Remove a license for good (its history stays)."""
    drop_search_text(conn, row["id"])
    changed_one(conn.execute("DELETE FROM licenses WHERE id = ?", (row["id"],)), row["number"])
    log(conn, now, row["number"], audit.PURGE)


def inserted_id(cursor: sqlite3.Cursor) -> int:
    """The id SQLite gave the row an INSERT just wrote."""
    if cursor.lastrowid is None:
        raise LookupError("an INSERT reported no row id")  # cannot happen after a successful INSERT
    return int(cursor.lastrowid)
