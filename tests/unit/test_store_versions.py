"""Kept versions and attachments (schema v2): every save keeps a whole copy; scans live inside the file."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import stat
from pathlib import Path

import pytest

from licdesk.store import (
    MAX_ATTACHMENT_SIZE, AttachmentTooLargeError, AttachmentTypeError, ConflictError, LicenseNotFoundError, Store,
)
from licdesk.store.attachments import safe_file_name
from tests.unit.test_store_samples import plain_license as _plain
from tests.unit.test_store_samples import rich_license


def plain_license():  # one fictional license with few parts
    return _plain("沪B2-20990011", "上海示例晨光信息有限公司", dt.date(2028, 6, 30))

PDF = b"%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32
JPEG = b"\xff\xd8\xff\xe0" + b"\x00" * 32
TIFF = b"II*\x00" + b"\x00" * 32


@pytest.fixture
def store(library: str | Path):  # the file, then a team library (tests/conftest.py)
    with Store.open(library) as opened:
        yield opened


def test_every_save_keeps_a_whole_version(store: Store) -> None:
    first = rich_license()
    store.save(first)
    second = dataclasses.replace(first, company="北京青禾新名示例科技有限公司")
    store.save(second, replace=True)
    kept = store.versions(first.number)
    assert [v.version for v in kept] == [2, 1]  # newest first
    assert kept[0].saved_at >= kept[1].saved_at and kept[0].saved_at.tzinfo is not None
    assert store.load_version(first.number, 1) == first
    assert store.load_version(first.number, 2) == second == store.load(first.number)
    assert store.load_version(first.number, 3) is None
    assert store.version(first.number) == 2


@pytest.mark.file_only
def test_versions_follow_a_change_of_number_and_go_with_a_purge(store: Store) -> None:
    lic = plain_license()
    store.save(lic)
    renamed = dataclasses.replace(lic, number="沪B2-20990077")
    store.save(renamed, replace=True, previous_number=lic.number)
    assert [v.version for v in store.versions(renamed.number)] == [2, 1]
    assert store.load_version(renamed.number, 1) == lic
    store.delete(renamed.number)
    assert len(store.versions(renamed.number)) == 2  # the trash keeps them
    store.purge(renamed.number)
    assert store.versions(renamed.number) == []
    assert store.load_version(renamed.number, 1) is None
    assert store.db.execute("SELECT count(*) FROM license_versions").fetchone()[0] == 0


def test_a_refused_save_keeps_no_version(store: Store) -> None:
    lic = rich_license()
    store.save(lic)
    with pytest.raises(ConflictError):
        store.save(dataclasses.replace(lic, company="别的公司"), replace=True, expected_version=7)
    assert [v.version for v in store.versions(lic.number)] == [1]


def test_save_many_keeps_a_version_of_each(store: Store) -> None:
    store.save_many([rich_license(), plain_license()])
    assert [v.version for v in store.versions(rich_license().number)] == [1]
    assert [v.version for v in store.versions(plain_license().number)] == [1]
    assert store.versions("京B2-00000000") == []


@pytest.mark.parametrize(("data", "mime"), [(PDF, "application/pdf"), (PNG, "image/png"),
                                            (JPEG, "image/jpeg"), (TIFF, "image/tiff")])
def test_an_attachment_is_kept_inside_the_database(store: Store, data: bytes, mime: str) -> None:
    lic = rich_license()
    store.save(lic)
    info = store.add_attachment(lic.number, "/home/clerk/扫描/许可证正本.bin", data, note="正本")
    assert info.file_name == "许可证正本.bin" and info.mime == mime and info.size == len(data)
    assert info.note == "正本" and len(info.sha256) == 64
    assert store.attachments(lic.number) == [info]
    assert store.attachment_data(info.id) == data
    assert store.audit(lic.number)[-1].action == "attach"


def test_a_windows_path_is_reduced_to_its_base_name(store: Store) -> None:
    store.save(plain_license())
    info = store.add_attachment(plain_license().number, "C:\\Users\\clerk\\..\\正本.pdf", PDF)
    assert info.file_name == "正本.pdf"


def test_the_same_content_is_kept_once_per_license(store: Store) -> None:
    store.save(plain_license())
    first = store.add_attachment(plain_license().number, "a.pdf", PDF)
    again = store.add_attachment(plain_license().number, "b.pdf", PDF)
    assert again == first
    assert len(store.attachments(plain_license().number)) == 1


def test_other_kinds_of_file_are_refused_clearly(store: Store) -> None:
    store.save(plain_license())
    with pytest.raises(AttachmentTypeError, match="PDF、JPG、PNG 或 TIFF"):
        store.add_attachment(plain_license().number, "virus.exe", b"MZ\x90\x00" + b"\x00" * 20)
    with pytest.raises(AttachmentTypeError):  # the name does not make it a PDF
        store.add_attachment(plain_license().number, "fake.pdf", b"<html>not a pdf</html>")
    assert store.attachments(plain_license().number) == []


def test_a_file_over_the_limit_is_refused_clearly(store: Store) -> None:
    store.save(plain_license())
    with pytest.raises(AttachmentTooLargeError, match="25 MB"):
        store.add_attachment(plain_license().number, "big.pdf", PDF + b"\x00" * MAX_ATTACHMENT_SIZE)
    assert store.attachments(plain_license().number) == []


def test_an_attachment_needs_a_license(store: Store) -> None:
    with pytest.raises(LicenseNotFoundError):
        store.add_attachment("京B2-00000000", "a.pdf", PDF)


@pytest.mark.file_only
def test_removing_an_attachment_and_purging_its_license(store: Store) -> None:
    lic = rich_license()
    store.save(lic)
    kept = store.add_attachment(lic.number, "a.pdf", PDF)
    gone = store.add_attachment(lic.number, "b.png", PNG)
    store.remove_attachment(gone.id)
    assert store.attachments(lic.number) == [kept]
    with pytest.raises(LicenseNotFoundError):
        store.attachment_data(gone.id)
    assert store.audit(lic.number)[-1].action == "detach"
    store.save(dataclasses.replace(lic, company="改名"), replace=True)  # a save keeps attachments
    assert store.attachments(lic.number) == [kept]
    store.delete(lic.number)
    store.purge(lic.number)
    assert store.db.execute("SELECT count(*) FROM attachments").fetchone()[0] == 0


@pytest.mark.parametrize("hostile", ["../../etc/passwd.pdf", "..\\..\\windows\\win.ini", "CON.pdf", "a:b|c?.pdf",
                                     "", "...", "名字\x00\n.pdf"])
def test_an_exported_copy_never_leaves_its_folder(store: Store, tmp_path: Path, hostile: str) -> None:
    store.save(plain_license())
    info = store.add_attachment(plain_license().number, hostile, PDF)
    folder = tmp_path / "open"
    written = store.export_attachment(info.id, folder)
    assert written.parent == folder and written.read_bytes() == PDF
    assert written.suffix == ".pdf" and written.stem.upper() != "CON"
    if os.name == "posix":
        assert stat.S_IMODE(written.stat().st_mode) == 0o600
    second = store.export_attachment(info.id, folder)  # never overwrites
    assert second != written and second.parent == folder


def test_safe_names_keep_a_known_extension_or_get_one() -> None:
    assert safe_file_name("正本.jpeg", "image/jpeg") == "正本.jpeg"
    assert safe_file_name("scan", "image/png") == "scan.png"
    assert safe_file_name("report.exe", "application/pdf") == "report.exe.pdf"
