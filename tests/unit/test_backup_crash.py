"""A restore killed at any moment leaves the library whole: the old file or the restored one, never a mix."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from licdesk.store import Store
from licdesk.store.backups import create_backup
from tests.unit.test_store_samples import plain_license

ROOT = Path(__file__).resolve().parents[2]
KILLS = 12


def library_with(db: Path, count: int) -> None:
    with Store.open(db) as store:
        store.save_many([plain_license(f"沪B2-2099{i:04d}", f"上海示例{i}号信息有限公司", None) for i in range(count)])


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_killing_restores_at_random_moments_loses_nothing(tmp_path: Path) -> None:
    small, large = tmp_path / "small.sqlite3", tmp_path / "large.sqlite3"
    library_with(small, 3)
    library_with(large, 40)
    backups = [create_backup(small, "manual", target=tmp_path / "a.sqlite3"),
               create_backup(large, "manual", target=tmp_path / "b.sqlite3")]
    db = tmp_path / "live" / "licdesk.sqlite3"
    library_with(db, 3)
    restorer = textwrap.dedent(f"""
        from licdesk.store.backups import restore_backup
        sources = {[str(b) for b in backups]!r}
        i = 0
        while True:
            restore_backup({str(db)!r}, sources[i % 2], keep=3)
            i += 1
    """)
    rng = random.Random(20261123)
    for _ in range(KILLS):
        process = subprocess.Popen([sys.executable, "-c", restorer], cwd=ROOT)
        time.sleep(rng.uniform(0.3, 1.5))
        os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=30)
        with Store.open(db) as store:  # opening also finishes whatever SQLite left to finish
            assert store.check() == []
            assert store.count() in (3, 40)
        conn = sqlite3.connect(db)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.close()
    # the next restore clears what killed ones left behind
    from licdesk.store.backups import restore_backup

    restore_backup(db, backups[0])
    assert [p.name for p in db.parent.iterdir() if ".restoring-" in p.name] == []
