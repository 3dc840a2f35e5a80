"""Two licdesks on one file: a lock says who is editing, a read-only view, stale saves refused clearly."""

from __future__ import annotations

import dataclasses
import hashlib
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from licdesk.store import ConflictError, Store, StoreError
from licdesk.store.instance_lock import DatabaseInUseError, InstanceLock, holder, lock_path
from tests.unit.test_store_samples import plain_license, rich_license

ROOT = Path(__file__).resolve().parents[2]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def start_holder(db: Path) -> subprocess.Popen:
    """Another licdesk process that opens the database for editing and waits."""
    code = textwrap.dedent(f"""
        import sys
        from licdesk.store import Store
        store = Store.open({str(db)!r}, lock=True)
        print("ready", flush=True)
        sys.stdin.readline()
        store.close()
    """)
    process = subprocess.Popen([sys.executable, "-c", code], cwd=ROOT, stdin=subprocess.PIPE,
                               stdout=subprocess.PIPE, text=True)
    assert process.stdout.readline().strip() == "ready"
    return process


def test_a_second_licdesk_learns_who_is_editing_and_can_view_read_only(db_path: Path) -> None:
    with Store.open(db_path) as store:
        store.save(rich_license())
    other = start_holder(db_path)
    try:
        found = holder(db_path)
        assert found is not None and found.pid == other.pid
        with pytest.raises(DatabaseInUseError, match="只读方式查看") as refused:
            Store.open(db_path, lock=True)
        assert refused.value.holder.pid == other.pid
        assert str(other.pid) in str(refused.value)
        with Store.open(db_path, readonly=True) as view:
            assert view.load(rich_license().number) == rich_license()
    finally:
        other.communicate("\n", timeout=30)
    assert holder(db_path) is None  # closing let go
    with Store.open(db_path, lock=True) as store:
        assert store.count() == 1


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_the_lock_of_a_killed_licdesk_is_stale_and_taken_over(db_path: Path) -> None:
    with Store.open(db_path) as store:
        store.save(rich_license())
    other = start_holder(db_path)
    os.kill(other.pid, signal.SIGKILL)
    other.wait(timeout=30)
    assert lock_path(db_path).read_text()  # the file is left behind …
    assert holder(db_path) is None  # … but the lock went with the process
    with Store.open(db_path, lock=True) as store:
        assert holder(db_path).pid == os.getpid()
        assert store.count() == 1


def test_one_process_cannot_take_the_lock_twice(db_path: Path) -> None:
    first = InstanceLock.acquire(db_path)
    try:
        with pytest.raises(DatabaseInUseError):
            InstanceLock.acquire(db_path)
        assert holder(db_path).pid == os.getpid()
    finally:
        first.release()
    assert holder(db_path) is None
    if os.name == "posix":
        assert oct(lock_path(db_path).stat().st_mode & 0o777) == oct(0o600)


def test_a_read_only_view_refuses_every_write_clearly_and_changes_nothing(db_path: Path) -> None:
    lic = rich_license()
    with Store.open(db_path) as store:
        store.save(lic)
    before = digest(db_path)
    with Store.open(db_path, readonly=True) as view:
        assert view.readonly
        attempts = [
            lambda: view.save(plain_license("沪B2-20990101", "上海只读示例有限公司", None)),
            lambda: view.save(lic, replace=True),
            lambda: view.delete(lic.number),
            lambda: view.add_attachment(lic.number, "a.pdf", b"%PDF-1.4\n"),
            lambda: view.rebuild_search_index(),
        ]
        for attempt in attempts:
            with pytest.raises(StoreError, match="只读方式打开"):
                attempt()
        assert view.summaries()[0].number == lic.number
    assert digest(db_path) == before


def test_a_read_only_view_never_creates_a_file(tmp_path: Path) -> None:
    missing = tmp_path / "none.sqlite3"
    with pytest.raises(StoreError, match="不存在"):
        Store.open(missing, readonly=True)
    assert not missing.exists()


def test_a_stale_save_from_another_store_is_refused_and_says_what_happened(db_path: Path) -> None:
    lic = rich_license()
    with Store.open(db_path) as setup:
        setup.save(lic)
    mine, theirs = Store.open(db_path), Store.open(db_path)
    try:
        opened_version = mine.version(lic.number)
        theirs.save(dataclasses.replace(lic, legal_representative="他人改过"), replace=True,
                    expected_version=theirs.version(lic.number))
        with pytest.raises(ConflictError) as conflict:
            mine.save(dataclasses.replace(lic, company="我的修改"), replace=True, expected_version=opened_version)
        error = conflict.value
        assert "已被另一窗口或另一台电脑修改" in str(error) and "尚未保存" in str(error)
        assert (error.number, error.expected_version, error.current_version) == (lic.number, 1, 2)
        assert mine.load(lic.number).legal_representative == "他人改过"  # theirs kept
        # the clerk chooses "overwrite": save again against the version now stored
        mine.save(dataclasses.replace(lic, company="我的修改"), replace=True, expected_version=error.current_version)
        assert theirs.load(lic.number).company == "我的修改"
        assert [v.version for v in theirs.versions(lic.number)] == [3, 2, 1]  # nothing lost
    finally:
        mine.close()
        theirs.close()


def test_a_save_after_the_license_was_purged_elsewhere_is_refused(db_path: Path) -> None:
    lic = rich_license()
    with Store.open(db_path) as store:
        store.save(lic)
        store.delete(lic.number)
        store.purge(lic.number)
        with pytest.raises(ConflictError, match="永久删除") as conflict:
            store.save(lic, replace=True, expected_version=1)
        assert conflict.value.current_version is None
        assert store.load(lic.number, include_trash=True) is None


def test_a_stale_save_from_another_process_is_refused(db_path: Path) -> None:
    lic = rich_license()
    with Store.open(db_path) as store:
        store.save(lic)
        opened_version = store.version(lic.number)
        code = textwrap.dedent(f"""
            import dataclasses
            from licdesk.store import Store
            from tests.unit.test_store_samples import rich_license
            with Store.open({str(db_path)!r}) as other:
                lic = other.load(rich_license().number)
                other.save(dataclasses.replace(lic, company="另一台电脑的修改"), replace=True,
                           expected_version=other.version(lic.number))
        """)
        subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True, timeout=60)
        with pytest.raises(ConflictError):
            store.save(dataclasses.replace(lic, company="本机的修改"), replace=True, expected_version=opened_version)
        assert store.load(lic.number).company == "另一台电脑的修改"


def test_a_file_that_cannot_be_written_opens_as_a_clear_read_only_view(db_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """A read-only file or folder (say, on a share): viewing works, saving says why it cannot."""
    lic = rich_license()
    with Store.open(db_path) as store:
        store.save(lic)
    before = digest(db_path)
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda path, how, **kw: False if how == os.W_OK else real_access(path, how))
    with Store.open(db_path, lock=True) as store:
        assert store.readonly
        assert store.load(lic.number) == lic
        with pytest.raises(StoreError, match="只读") as refused:
            store.delete(lic.number)
        assert "read-only" in str(refused.value)
    assert digest(db_path) == before
    assert not lock_path(db_path).exists()  # no lock file where nothing may be written
