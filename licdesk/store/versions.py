"""Earlier versions of a license: every save keeps a whole copy, so any two versions can be compared.

A snapshot is License.to_dict() as JSON (the schema's form), written in the transaction of the save
that produced that version.  Snapshots go with their license when it is purged.
"""

from __future__ import annotations

import datetime as _dt
import json
import sqlite3
import zlib
from typing import TYPE_CHECKING, NamedTuple

from licdesk.store.engine import packs_versions

if TYPE_CHECKING:
    from licdesk.domain.model import License


class VersionInfo(NamedTuple):
    version: int
    saved_at: _dt.datetime  # UTC, timezone-aware


def snapshot_text(lic: License) -> str:
    return json.dumps(lic.to_dict(), ensure_ascii=False, sort_keys=True)


def _packed(lic: License) -> bytes:
    # Clause text is most of a license and compresses about threefold even at zlib's fastest level:
    # every save keeps a copy, so the file stays small and the save writes less.
    return zlib.compress(snapshot_text(lic).encode("utf-8"), 1)


def _unpacked(data: bytes | str) -> str:
    return data if isinstance(data, str) else zlib.decompress(data).decode("utf-8")


def write_snapshot(conn: sqlite3.Connection, license_id: int, version: int, saved_at: str, lic: License) -> None:
    """Keep `lic` as version `version` (replacing a copy of that version left by an older licdesk)."""
    conn.execute(
        "INSERT INTO license_versions (license_id, version, saved_at, data) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (license_id, version) DO UPDATE SET saved_at = excluded.saved_at, data = excluded.data",
        (license_id, version, saved_at, _packed(lic) if packs_versions(conn) else snapshot_text(lic)),
    )


def list_versions(conn: sqlite3.Connection, license_id: int) -> list[VersionInfo]:
    """The versions kept for one license, newest first."""
    return [
        VersionInfo(version=int(r[0]), saved_at=_dt.datetime.fromisoformat(r[1]))
        for r in conn.execute(
            "SELECT version, saved_at FROM license_versions WHERE license_id = ? ORDER BY version DESC",
            (license_id,))
    ]


def read_version(conn: sqlite3.Connection, license_id: int, version: int) -> License | None:
    from licdesk.domain.model import License

    row = conn.execute("SELECT data FROM license_versions WHERE license_id = ? AND version = ?",
                       (license_id, int(version))).fetchone()
    return None if row is None else License.from_dict(json.loads(_unpacked(row[0])))


def copy_versions(source: sqlite3.Connection, target: sqlite3.Connection, source_id: int, target_id: int) -> None:
    """Every kept version of a license into another library, in the form that library keeps them."""
    packs = packs_versions(target)
    for version, saved_at, data in source.execute(
            "SELECT version, saved_at, data FROM license_versions WHERE license_id = ? ORDER BY version",
            (source_id,)):
        text = _unpacked(data if isinstance(data, str) else bytes(data))
        stored: bytes | str = zlib.compress(text.encode("utf-8"), 1) if packs else text
        target.execute("INSERT INTO license_versions (license_id, version, saved_at, data) VALUES (?, ?, ?, ?)",
                       (target_id, version, saved_at, stored))
