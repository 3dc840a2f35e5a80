"""Earlier versions of a license: every save keeps a whole copy, so any two versions can be compared.

A snapshot is License.to_dict() as JSON (the schema's form), written in the transaction of the save
that produced that version.  Snapshots go with their license when it is purged.
"""

from __future__ import annotations

import datetime as _dt
import json
import sqlite3
from dataclasses import dataclass

from licdesk.domain.model import License


@dataclass(frozen=True)
class VersionInfo:
    version: int
    saved_at: _dt.datetime  # UTC, timezone-aware


def snapshot_text(lic: License) -> str:
    return json.dumps(lic.to_dict(), ensure_ascii=False, sort_keys=True)


def write_snapshot(conn: sqlite3.Connection, license_id: int, version: int, saved_at: str, lic: License) -> None:
    """Keep `lic` as version `version` (replacing a copy of that version left by an older licdesk)."""
    conn.execute(
        "INSERT OR REPLACE INTO license_versions (license_id, version, saved_at, data) VALUES (?, ?, ?, ?)",
        (license_id, version, saved_at, snapshot_text(lic)),
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
    row = conn.execute("SELECT data FROM license_versions WHERE license_id = ? AND version = ?",
                       (license_id, int(version))).fetchone()
    return None if row is None else License.from_dict(json.loads(row[0]))
