"""Security of stored data: owner-only files everywhere licdesk writes them, no code ever read from data."""

from __future__ import annotations

import ast
import os
import stat
from pathlib import Path

import pytest

from licdesk.store import Store
from licdesk.store.backups import create_backup, list_backups, restore_backup
from licdesk.store.instance_lock import lock_path
from tests.conftest import ROOT
from tests.unit.test_store_samples import rich_license

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@posix_only
def test_every_file_licdesk_writes_is_readable_by_the_owner_only(tmp_path: Path) -> None:
    old_umask = os.umask(0o022)  # a usual umask would make new files world-readable
    try:
        db = tmp_path / "library" / "licdesk.sqlite3"
        with Store.open(db, lock=True) as store:
            store.save(rich_license())
            store.add_attachment(rich_license().number, "正本.pdf", b"%PDF-1.4\n%%EOF\n")
            exported = store.export_attachment(store.attachments(rich_license().number)[0].id, tmp_path / "open")
            assert mode(lock_path(db)) == 0o600
            manual = create_backup(db, "manual")
            chosen = create_backup(db, "manual", target=tmp_path / "elsewhere.sqlite3")
        result = restore_backup(db, manual)
        written = [db, exported, manual, chosen, result.previous, *(b.path for b in list_backups(db))]
        written += [p for p in db.parent.iterdir() if p.is_file()]
        for path in written:
            assert mode(path) & 0o077 == 0, (path, oct(mode(path)))
        assert mode(db.parent / "backups") == 0o700
    finally:
        os.umask(old_umask)


def test_no_module_unpickles_or_evaluates_anything() -> None:
    """Stored data is read as JSON and SQL values only: no pickle, marshal, shelve, eval or exec in licdesk."""
    forbidden_modules = {"pickle", "cPickle", "marshal", "shelve", "dill"}
    forbidden_calls = {"eval", "exec", "compile", "__import__"}
    offences = []
    for source in sorted((ROOT / "licdesk").rglob("*.py")):
        tree = ast.parse(source.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                offences += [f"{source}: import {a.name}" for a in node.names if a.name in forbidden_modules]
            elif isinstance(node, ast.ImportFrom) and node.module in forbidden_modules:
                offences.append(f"{source}: from {node.module}")
            elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in forbidden_calls:
                offences.append(f"{source}:{node.lineno}: {node.func.id}()")
    assert offences == []
