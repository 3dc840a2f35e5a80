#!/usr/bin/env python3
"""Build tests/data/db/licdesk-v1.sqlite3: a library written by the FIRST schema version of licdesk.

Only migration 1 is applied, and licenses are saved the way licdesk 1 saved them (rows, search text,
audit log — no kept versions, which came with schema 2).  The three fictional samples in
resources/samples go in; one is then edited (version 2) and one is moved to the trash, so the upgrade
test meets every state a license can be in.

    python tools/make_v1_fixture.py [OUTPUT]
"""

from __future__ import annotations

import dataclasses
import sqlite3
import sys
from pathlib import Path
from unittest import mock

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from licdesk.importer import read_license  # noqa: E402
from licdesk.store import Store, migrations, versions  # noqa: E402

DEFAULT_OUTPUT = ROOT / "tests" / "data" / "db" / "licdesk-v1.sqlite3"


def build(output: Path) -> Path:
    output.parent.mkdir(parents=True, exist_ok=True)
    output.unlink(missing_ok=True)
    conn = sqlite3.connect(str(output), isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    for migration in migrations.MIGRATIONS[:1]:
        migrations.apply(conn, migration)
    samples = [read_license((ROOT / "resources" / "samples" / name).read_bytes(), source=name)
               for name in sorted(p.name for p in (ROOT / "resources" / "samples").glob("*.txt"))]
    store = Store(conn, output)
    # Schema 1 had no license_versions table: save without keeping versions.
    with mock.patch.object(versions, "write_snapshot", lambda *args, **kwargs: None):
        for lic in samples:
            store.save(lic)
        edited = dataclasses.replace(samples[0], legal_representative=samples[0].legal_representative + "（变更）")
        store.save(edited, replace=True)
        store.delete(samples[-1].number)
    conn.execute("VACUUM")  # one small file, no journal beside it
    conn.close()
    return output


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_OUTPUT
    print(build(target))
