"""Fuzzing: mutated license texts, review packages and database files never give anything but licdesk's
own clear errors, and nothing that is accepted breaks the store.

In CI this runs a few thousand cases in well under a minute.  A longer run, by hand:

    LICDESK_FUZZ_SCALE=50 .venv/bin/python -m pytest -q -p no:cacheprovider tests/unit/test_fuzz.py

(the scale multiplies every example count; see docs/reliability.md).
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from licdesk.importer import NotALicenseError, read_license
from licdesk.services.review_package import ReviewPackageError, export_package, import_package, read_package
from licdesk.store import Store, StoreError
from licdesk.store.hygiene import clean_license, has_suspect_characters
from tests.unit.test_review_domain import fictional_license
from tests.unit.test_store_samples import plain_license, rich_license

SCALE = max(1, int(os.environ.get("LICDESK_FUZZ_SCALE", "1")))
SAMPLES = sorted((Path(__file__).resolve().parent.parent / "data" / "licenses").glob("*.txt"))
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64

# Bytes and characters an attacker or a bad disk would choose: controls, bidi, quotes, SQL and FTS syntax.
NASTY = [b"\x00", b"\r", b"\x1b[2J", "\u202e".encode(), b"\xff\xfe", b"\"", b"'", b"NEAR(", b"*", b";--",
         "号".encode(), "：".encode(), b"\n\n\n", b"=HYPERLINK(", b"\xe4\xb8", b"PK\x03\x04"]


def profile(examples: int):  # noqa: ANN201
    return settings(max_examples=examples * SCALE, deadline=None, database=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                           HealthCheck.function_scoped_fixture])


@st.composite
def mutated(draw: st.DrawFn, seeds: list[bytes]) -> bytes:
    """One of `seeds` with a few edits: bytes flipped, runs deleted or doubled, nasty bytes put in, a cut."""
    data = bytearray(draw(st.sampled_from(seeds)))
    for _ in range(draw(st.integers(1, 6))):
        if not data:
            break
        at = draw(st.integers(0, len(data) - 1))
        edit = draw(st.sampled_from(["flip", "delete", "double", "insert", "cut", "byte"]))
        if edit == "flip":
            data[at] ^= 1 << draw(st.integers(0, 7))
        elif edit == "byte":
            data[at] = draw(st.integers(0, 255))
        elif edit == "delete":
            del data[at:at + draw(st.integers(1, 64))]
        elif edit == "double":
            data[at:at] = data[at:at + draw(st.integers(1, 200))]
        elif edit == "insert":
            data[at:at] = draw(st.sampled_from(NASTY))
        else:
            del data[at:]
    return bytes(data)


# -- license texts ---------------------------------------------------------------------------------
TEXTS = [p.read_bytes() for p in SAMPLES] or [b"\xe7\xbb\x8f\xe8\x90\xa5\xe8\xae\xb8\xe5\x8f\xaf"]


@pytest.fixture(scope="module")
def text_store():  # noqa: ANN201
    with tempfile.TemporaryDirectory() as folder, Store.open(Path(folder) / "fuzz.sqlite3") as store:
        yield store


@profile(1500)
@given(mutated(TEXTS))
def test_a_mutated_license_text_is_read_or_refused_and_what_is_read_is_stored_clean(text_store: Store,
                                                                                  data: bytes) -> None:
    try:
        lic = read_license(data, source="fuzz.txt")
    except NotALicenseError:
        return
    if not lic.number.strip():
        return
    try:
        text_store.save(lic, replace=True)
    except StoreError:
        return
    stored = text_store.load(clean_license(lic).number)  # stored as cleaned of control characters
    assert stored is not None
    assert not has_suspect_characters(stored.company + stored.number + stored.legal_representative)
    text_store.summaries(search=stored.company[:5] or None)


# -- review packages -------------------------------------------------------------------------------
def _package_bytes() -> bytes:
    with tempfile.TemporaryDirectory() as folder:
        with Store.open(Path(folder) / "office.sqlite3") as office:
            office.save(fictional_license())
            office.add_attachment("京B2-20990001", "营业执照.png", PNG)
            path = export_package(office, ["京B2-20990001"], Path(folder) / "p.licreview")
        return path.read_bytes()


PACKAGES = [_package_bytes()]


@pytest.fixture(scope="module")
def package_store():  # noqa: ANN201
    with tempfile.TemporaryDirectory() as folder, Store.open(Path(folder) / "laptop.sqlite3") as store:
        yield store, Path(folder)


@profile(1000)
@given(mutated(PACKAGES))
def test_a_mutated_review_package_is_taken_in_whole_or_refused(package_store, data: bytes) -> None:  # noqa: ANN001
    store, folder = package_store
    path = folder / "incoming.licreview"
    path.write_bytes(data)
    try:
        read_package(path)
    except ReviewPackageError:
        return
    try:
        import_package(store, path)
    except StoreError:  # ReviewPackageError is one: refused as a whole
        return
    assert store.check() == []


# -- database files ---------------------------------------------------------------------------------
def _database_bytes() -> bytes:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "seed.sqlite3"
        with Store.open(path) as store:
            store.save(rich_license())
            store.save(plain_license("沪B2-20990002", "上海示例数据有限公司", None))
            store.add_attachment("沪B2-20990002", "scan.png", PNG)
        conn = sqlite3.connect(path)
        conn.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
        conn.close()
        return path.read_bytes()


DATABASES = [_database_bytes()]


@profile(400)
@given(mutated(DATABASES))
def test_a_mutated_database_file_is_refused_cleanly_or_works(tmp_path_factory, data: bytes) -> None:  # noqa: ANN001
    path = tmp_path_factory.mktemp("db") / "mutated.sqlite3"
    path.write_bytes(data)
    try:
        store = Store.open(path, timeout=0.1)
    except StoreError:
        assert path.read_bytes() == data  # refused: left byte for byte as it was
        return
    try:
        for number in ("京B1.B2-20990001", "沪B2-20990002"):
            store.load(number)
        store.summaries(search="示例")
        store.check()
        store.save(plain_license("粤B2-20990003", "广州示例有限公司", None), replace=True)
    except StoreError:
        pass
    finally:
        store.close()
