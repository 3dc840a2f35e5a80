"""Unlucky files and places: damaged review packages, folders licdesk may not write in, temporaries
left by a kill or a full disk, library warnings.  Each gives one clear line (exit 2) and loses nothing.
"""

from __future__ import annotations

import errno
import os
import pathlib
import stat
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from licdesk.cli import run
from licdesk.services.review_package import export_package
from licdesk.store import Store
from tests.unit.test_review_domain import fictional_license
from tests.unit.test_store import table_dump
from tests.unit.test_store_samples import rich_license

NUMBER = "京B2-20990001"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
HOUR_AGO = time.time() - 2 * 3600


def one_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in err, err
    return lines[0]


# -- damaged review packages ------------------------------------------------------------------------
@pytest.fixture
def package(tmp_path: Path) -> Path:
    with Store.open(tmp_path / "office.sqlite3") as office:
        office.save(fictional_license())
        office.add_attachment(NUMBER, "营业执照.png", PNG * 50)
        return export_package(office, [NUMBER], tmp_path / "out.licreview")


def _member_data_offset(data: bytes, info: zipfile.ZipInfo) -> int:
    start = info.header_offset
    name_length = int.from_bytes(data[start + 26:start + 28], "little")
    extra_length = int.from_bytes(data[start + 28:start + 30], "little")
    return start + 30 + name_length + extra_length


def flipped_byte(package: Path, target: Path, member: str) -> Path:
    """One bit of the member's packed data flipped, as a bad disk or a bad copy does it."""
    data = bytearray(package.read_bytes())
    with zipfile.ZipFile(package) as archive:
        info = archive.getinfo(member)
    at = _member_data_offset(data, info) + info.compress_size // 2
    data[at] ^= 0x10
    target.write_bytes(bytes(data))
    return target


def lying_size(package: Path, target: Path, member: str, factor: float) -> Path:
    """The member's uncompressed size in the central directory multiplied by `factor` (a lie)."""
    data = bytearray(package.read_bytes())
    name = member.encode()
    at = data.find(b"PK\x01\x02" + b"")
    while at >= 0:
        name_length = int.from_bytes(data[at + 28:at + 30], "little")
        if data[at + 46:at + 46 + name_length] == name:
            size = int.from_bytes(data[at + 24:at + 28], "little")
            data[at + 24:at + 28] = max(1, int(size * factor)).to_bytes(4, "little")
            break
        at = data.find(b"PK\x01\x02", at + 4)
    target.write_bytes(bytes(data))
    return target


@pytest.mark.parametrize("damage", [
    lambda p, t: flipped_byte(p, t, "licenses/1.json"),
    lambda p, t: flipped_byte(p, t, "manifest.json"),
    lambda p, t: flipped_byte(p, t, next(n for n in zipfile.ZipFile(p).namelist() if n.startswith("attachments/"))),
    lambda p, t: lying_size(p, t, "licenses/1.json", 0.5),
    lambda p, t: lying_size(p, t, "licenses/1.json", 1.5),
    lambda p, t: lying_size(p, t, "manifest.json", 0.1),
], ids=["flipped-license", "flipped-manifest", "flipped-attachment", "size-halved", "size-inflated",
        "manifest-size-cut"])
def test_a_damaged_package_is_one_clear_line_and_nothing_written(package: Path, db_path: Path, tmp_path: Path,
                                                                 damage, capsys) -> None:  # noqa: ANN001
    with Store.open(db_path) as store:
        store.save(rich_license())
    before = table_dump(db_path)
    bad = damage(package, tmp_path / "bad.licreview")
    code = run(["review", "import", str(bad)])
    err = capsys.readouterr().err
    assert code == 2
    assert "审查包" in one_line(err)
    assert table_dump(db_path) == before


# -- places licdesk may not write in --------------------------------------------------------------------
@pytest.fixture
def library(db_path: Path) -> Path:
    with Store.open(db_path) as store:
        store.save(rich_license())
    return db_path


def test_backup_where_the_backups_folder_cannot_be_made_names_it_and_the_way_out(library: Path,
                                                                                capsys) -> None:  # noqa: ANN001
    (library.parent / "backups").write_text("a file where the folder should be", encoding="utf-8")
    code = run(["backup"])
    line = one_line(capsys.readouterr().err)
    assert code == 2 and str(library.parent / "backups") in line and "另一个备份文件夹" in line


def test_backup_beside_a_database_in_a_read_only_folder(library: Path, monkeypatch, capsys) -> None:  # noqa: ANN001
    """The folder refuses writing (EACCES, as for a clerk's share): injected, since tests may run as root."""
    folder = library.parent / "backups"
    real_mkdir = pathlib.Path.mkdir

    def refusing_mkdir(self: Path, *args, **kwargs) -> None:  # noqa: ANN002, ANN003
        if self == folder:
            raise PermissionError(errno.EACCES, "Permission denied", str(self))
        real_mkdir(self, *args, **kwargs)

    monkeypatch.setattr(pathlib.Path, "mkdir", refusing_mkdir)
    code = run(["backup"])
    line = one_line(capsys.readouterr().err)
    assert code == 2 and str(folder) in line and "licdesk backup -o" in line


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs POSIX permissions, not root")
def test_backup_into_a_really_read_only_folder(library: Path, tmp_path: Path, capsys) -> None:  # noqa: ANN001
    locked = tmp_path / "locked"
    locked.mkdir()
    os.chmod(locked, 0o500)
    try:
        code = run(["backup", "-o", str(locked / "copy.sqlite3")])
        line = one_line(capsys.readouterr().err)
        assert code == 2 and str(locked) in line
    finally:
        os.chmod(locked, 0o700)


# -- temporaries left by a kill or a full disk ----------------------------------------------------------
def aged(path: Path, data: bytes = b"half") -> Path:
    path.write_bytes(data)
    os.utime(path, (HOUR_AGO, HOUR_AGO))
    return path


def test_backup_removes_stale_partials_and_journals_wherever_it_writes(library: Path, tmp_path: Path,
                                                                       capsys) -> None:  # noqa: ANN001
    backups = library.parent / "backups"
    backups.mkdir()
    elsewhere = tmp_path / "usb"
    elsewhere.mkdir()
    stale = [aged(backups / ".licdesk-20260101-000000-000-manual.sqlite3.partial"),
             aged(backups / ".licdesk-20260101-000000-000-manual.sqlite3.partial-journal"),
             aged(elsewhere / ".copy.sqlite3.partial"), aged(elsewhere / ".copy.sqlite3.partial-journal")]
    strangers = aged(elsewhere / ".holiday-video.partial")  # another program's, in the clerk's own folder
    fresh = backups / ".licdesk-20991231-000000-000-manual.sqlite3.partial"  # another backup, being written now
    fresh.write_bytes(b"in progress")
    assert run(["backup"]) == 0
    assert run(["backup", "-o", str(elsewhere / "copy.sqlite3")]) == 0
    capsys.readouterr()
    assert [p for p in stale if p.exists()] == []
    assert fresh.exists() and strangers.exists() and (elsewhere / "copy.sqlite3").is_file()


def test_pdf_all_makes_a_private_folder_and_removes_stale_temporaries(library: Path, tmp_path: Path,
                                                                      capsys) -> None:  # noqa: ANN001
    out = tmp_path / "printed" / "2026"
    assert run(["pdf", "--all", "-o", str(out)]) == 0
    if os.name == "posix":
        assert stat.S_IMODE(out.stat().st_mode) == 0o700
        assert stat.S_IMODE(out.parent.stat().st_mode) == 0o700
    stale = [aged(out / ".licdesk-k1ll3d.pdf"), aged(out / ".licdesk-n0d1sk.part")]
    fresh = out / ".licdesk-busy.part"
    fresh.write_bytes(b"being written")
    assert run(["pdf", "--all", "-o", str(out)]) == 0
    capsys.readouterr()
    assert [p for p in stale if p.exists()] == [] and fresh.exists()
    # The second run keeps the first one's file, as the desk's batch printing does.
    assert sorted(p.name for p in out.glob("*.pdf")) == ["京B1.B2-20990001 (2).pdf", "京B1.B2-20990001.pdf"]


def test_an_export_removes_its_own_stale_temporaries(library: Path, tmp_path: Path, capsys) -> None:  # noqa: ANN001
    target = tmp_path / "library.csv"
    stale = aged(tmp_path / ".library.csv.abc123.part")
    other = aged(tmp_path / ".notes.txt.abc123.part")  # not licdesk's to judge
    assert run(["export", "--format", "csv", "-o", str(target)]) == 0
    capsys.readouterr()
    assert not stale.exists() and other.exists() and target.is_file()


def test_a_restore_cut_off_leaves_nothing_the_next_restore_keeps(library: Path, tmp_path: Path,
                                                                 capsys) -> None:  # noqa: ANN001
    backup = tmp_path / "copy.sqlite3"
    assert run(["backup", "-o", str(backup)]) == 0
    leftovers = [aged(library.parent / f".{library.name}.restoring-x1y2z3"),
                 aged(library.parent / f".{library.name}.restoring-x1y2z3-journal")]
    assert run(["restore", str(backup)]) == 0
    capsys.readouterr()
    assert [p for p in leftovers if p.exists()] == []


# -- library warnings --------------------------------------------------------------------------------------
def test_a_damaged_tiff_gives_one_line_and_the_library_warning_goes_to_the_log(tmp_path: Path) -> None:
    from PIL import Image

    whole = tmp_path / "whole.tif"
    Image.new("RGB", (300, 120), "white").save(whole)
    damaged = tmp_path / "扫描件.tif"
    damaged.write_bytes(whole.read_bytes()[:60])  # cut off: PIL warns "Truncated File Read"
    log = tmp_path / "licdesk.log"
    env = {**os.environ, "LICDESK_DB": str(tmp_path / "db.sqlite3"), "LICDESK_LOG": str(log),
           "PYTHONWARNINGS": "default"}
    done = subprocess.run([sys.executable, "-m", "licdesk", "import", str(damaged)], capture_output=True,
                          text=True, env=env, timeout=120)
    assert done.returncode == 2
    assert "Warning" not in done.stderr
    assert "未导入" in one_line(done.stderr)
    assert "已损坏" in done.stdout
    assert "Truncated File Read" in log.read_text(encoding="utf-8")
