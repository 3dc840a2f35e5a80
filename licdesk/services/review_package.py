"""Review packages: chosen licenses, their attachments and review rounds in one file for another laptop.

The format (docs/review-package.md) is a zip holding `manifest.json`, one `licenses/N.json` per license
and `attachments/<sha256>` files.  A package that comes back is untrusted input: its size, its entry
names, every JSON value and every attachment's checksum and type are checked before anything is
written, and the reviewer's work is merged clause by clause (licdesk.domain.review_merge): a note
both sides changed becomes a conflict kept for a person to resolve, never overwritten silently.
"""

from __future__ import annotations

import datetime as _dt
import io
import json
import os
import lzma
import re
import struct
import zipfile
import zlib
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Iterable

from licdesk.domain import numbers
from licdesk.domain import review as rv
from licdesk.domain.model import License
from licdesk.domain.review_merge import merge_reviews
from licdesk.exports.files import write_atomically
from licdesk.store import attachments as attachment_files
from licdesk.store import review as store_review
from licdesk.store.attachments import MAX_ATTACHMENT_SIZE
from licdesk.store.errors import StoreError, message
from licdesk.store.hygiene import clean_license, visible

FORMAT = "licdesk-review-package"
FORMAT_VERSION = 1
SUFFIX = ".licreview"

MAX_PACKAGE_SIZE = 512 * 1024 * 1024
MAX_JSON_SIZE = 16 * 1024 * 1024
MAX_ENTRIES = 5000
MAX_LICENSES = 500
MAX_TEXT = 20000  # characters in one note, name or clause key field
_MAX_RATIO = 200  # uncompressed / compressed: beyond this a small file would unpack into a huge one

_MANIFEST = "manifest.json"
_LICENSE_NAME = re.compile(r"licenses/([1-9][0-9]{0,3})\.json")
_ATTACHMENT_NAME = re.compile(r"attachments/([0-9a-f]{64})")
_SHA256 = re.compile(r"[0-9a-f]{64}")
_CLAUSE_KEY = re.compile(r"[1-9][0-9]{0,3}(\.[1-9][0-9]{0,3}){0,5}")
_UUID = re.compile(r"[0-9A-Za-z-]{8,64}")


# What zipfile and its decompressors raise for damaged data, rather than one error type of their own.
_DAMAGED_ZIP = (zipfile.BadZipFile, zlib.error, lzma.LZMAError, EOFError, NotImplementedError, OSError, ValueError,
                RuntimeError, struct.error)


class ReviewPackageError(StoreError):
    """The file is not a review package licdesk can take in; nothing was written."""


@dataclass
class LicenseOutcome:
    number: str
    created: bool = False  # the license was not in this database and was added
    rounds_added: int = 0
    clauses_taken: int = 0  # clause reviews that took the package's changes
    conflicts: int = 0
    attachments_added: int = 0


@dataclass
class ImportReport:
    licenses: list[LicenseOutcome] = field(default_factory=list)

    @property
    def conflicts(self) -> int:
        return sum(o.conflicts for o in self.licenses)

    @property
    def clauses_taken(self) -> int:
        return sum(o.clauses_taken for o in self.licenses)


# -- export -----------------------------------------------------------------------------------
def export_package(store: Any, numbers: Iterable[str], path: str | Path, *, created_by: str = "",
                   now: _dt.datetime | None = None) -> Path:
    """Write the licenses with their attachments and review rounds to `path` (one zip file).

    A license without a review yet gets its first round here, so both laptops speak of the same round.
    """
    now = now or _dt.datetime.now(_dt.timezone.utc)
    numbers = list(dict.fromkeys(numbers))
    if not numbers:
        raise ReviewPackageError(message("请至少选择一份许可证", "choose at least one license"))
    entries: dict[str, bytes] = {}
    listed: list[dict[str, Any]] = []
    attachments_listed: dict[str, int] = {}
    bases: dict[str, dict[str, rv.ClauseReview]] = {}
    for index, number in enumerate(numbers, start=1):
        lic = store.load(number)
        if lic is None:
            raise ReviewPackageError(message(f"没有编号为 {number} 的许可证", f"no license numbered {number}"))
        rounds = store_review.rounds(store, lic.number)
        if not rounds and not store.readonly:
            rounds = [store_review.start_round(store, lic.number, created_by, now=now)]
        files = []
        for info in store.attachments(lic.number):
            files.append({"sha256": info.sha256, "file_name": info.file_name, "mime": info.mime, "note": info.note})
            if info.sha256 not in attachments_listed:
                data = store.attachment_data(info.id)
                entries[f"attachments/{info.sha256}"] = data
                attachments_listed[info.sha256] = len(data)
        round_dicts = []
        for round_ in rounds:
            base = store_review.sync_base(store, round_.uuid)
            if base is None:
                base = dict(round_.reviews)
                bases[round_.uuid] = base
            round_dicts.append({**round_.to_dict(), "base": [r.to_dict() for r in base.values()]})
        body = {"license": lic.to_dict(), "attachments": files, "rounds": round_dicts}
        name = f"licenses/{index}.json"
        entries[name] = json.dumps(body, ensure_ascii=False, indent=1).encode("utf-8")
        listed.append({"number": lic.number, "file": name})
    manifest = {
        "format": FORMAT, "format_version": FORMAT_VERSION, "created_at": now.isoformat(),
        "created_by": created_by, "licenses": listed,
        "attachments": [{"sha256": h, "size": n} for h, n in attachments_listed.items()],
    }

    def write(temporary: Path) -> None:
        with zipfile.ZipFile(temporary, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(_MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1))
            for name, data in entries.items():
                archive.writestr(name, data)

    try:
        target = write_atomically(path, write)
    except OSError as exc:
        raise ReviewPackageError(message(f"无法写入审查包：{path}", f"cannot write the package: {exc.strerror}")) \
            from exc
    if bases and not store.readonly:  # what was sent is the base the reply will be merged against
        with store.transaction() as tx:
            for uuid, base in bases.items():
                tx.set_sync_base(uuid, base)
    return target


# -- reading an untrusted package ----------------------------------------------------------------
@dataclass
class PackagedLicense:
    license: License
    attachments: list[dict[str, Any]]
    rounds: list[tuple[rv.ReviewRound, dict[str, rv.ClauseReview]]]  # (round, its merge base)


@dataclass
class Package:
    created_at: str
    created_by: str
    licenses: list[PackagedLicense]
    files: dict[str, bytes]  # sha256 → data, each checked


def read_package(path: str | Path) -> Package:
    """Read and check a package; any problem is one clear ReviewPackageError."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise _bad(f"无法读取文件：{path}", f"cannot read the file: {exc.strerror}") from exc
    if size > MAX_PACKAGE_SIZE:
        raise _bad(f"文件过大（{size // 2**20} MB），不是审查包", "the file is too large to be a review package")
    try:
        data = path.read_bytes()
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (OSError, zipfile.BadZipFile, ValueError) as exc:
        raise _bad("该文件不是 licdesk 审查包（无法作为 zip 读取）", "the file is not a licdesk review package") \
            from exc
    with archive:
        try:
            contents = _read_entries(archive, len(data))
        except _DAMAGED_ZIP as exc:  # a flipped byte (bad CRC), a size header that lies, a truncated stream
            raise _bad("审查包已损坏（内容校验失败），未导入任何内容；请让对方重新导出",
                       f"the review package is damaged ({type(exc).__name__}); nothing was imported") from exc
    manifest = _json(contents.pop(_MANIFEST, None), _MANIFEST)
    _check_manifest(manifest)
    files: dict[str, bytes] = {}
    for name in [n for n in contents if n.startswith("attachments/")]:
        sha = name.split("/", 1)[1]
        blob = contents.pop(name)
        if attachment_files.digest(blob) != sha:
            raise _bad(f"审查包中的附件已损坏（校验值不符）：{sha[:12]}", "an attachment does not match its checksum")
        try:
            attachment_files.checked_mime(sha[:12], blob)
        except StoreError as exc:
            raise _bad(f"审查包中的附件不是可接受的文件类型：{sha[:12]}", "an attachment is of a refused type") from exc
        files[sha] = blob
    licenses = []
    for entry in manifest["licenses"]:
        raw = contents.pop(entry["file"], None)
        if raw is None:
            raise _bad(f"审查包缺少文件 {entry['file']}", f"the package lacks {entry['file']}")
        licenses.append(_license_entry(_json(raw, entry["file"]), files))
    if contents:
        raise _bad(f"审查包中有清单未列出的文件：{sorted(contents)[0]}", "the package holds files its manifest does not list")
    return Package(str(manifest["created_at"]), str(manifest.get("created_by") or ""), licenses, files)


def _bad(zh: str, en: str) -> ReviewPackageError:
    return ReviewPackageError(message(zh, en))


def _read_entries(archive: zipfile.ZipFile, packed_size: int) -> dict[str, bytes]:
    infos = archive.infolist()
    if len(infos) > MAX_ENTRIES:
        raise _bad("审查包中的文件过多", "the package holds too many files")
    declared = sum(i.file_size for i in infos)
    if declared > MAX_PACKAGE_SIZE or declared > max(packed_size, 1) * _MAX_RATIO:
        raise _bad("审查包解压后过大（可能是恶意文件）", "the package would unpack to too much data")
    contents: dict[str, bytes] = {}
    for info in infos:
        name = info.filename
        if name in contents:
            raise _bad(f"审查包中有重名文件：{name}", "the package holds a name twice")
        if info.flag_bits & 0x1:
            raise _bad("审查包已加密，无法读取", "the package is encrypted")
        if name != _MANIFEST and not _LICENSE_NAME.fullmatch(name) and not _ATTACHMENT_NAME.fullmatch(name):
            # also what stops "../x", absolute paths and drive letters: only these exact shapes are read
            raise _bad(f"审查包中有不允许的文件名：{name[:80]}", "the package holds an entry name that is not allowed")
        limit = MAX_ATTACHMENT_SIZE if name.startswith("attachments/") else MAX_JSON_SIZE
        if info.file_size > limit:
            raise _bad(f"审查包中的文件过大：{name}", f"an entry is too large: {name}")
        with archive.open(info) as stream:
            blob = stream.read(limit + 1)  # the header's size is not trusted
        if len(blob) > limit:
            raise _bad(f"审查包中的文件过大：{name}", f"an entry is too large: {name}")
        if len(blob) != info.file_size or zlib.crc32(blob) != info.CRC:  # a header that lies, a stream cut short
            raise zipfile.BadZipFile(f"{name}: size or CRC does not match its header")
        contents[name] = blob
    if _MANIFEST not in contents:
        raise _bad("该文件不是 licdesk 审查包（缺少 manifest.json）", "not a licdesk review package (no manifest)")
    return contents


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def _json(raw: bytes | None, name: str) -> Any:
    if raw is None:
        raise _bad(f"审查包缺少文件 {name}", f"the package lacks {name}")
    try:
        return json.loads(raw.decode("utf-8"), parse_constant=_refuse_constant)
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise _bad(f"审查包中的 {name} 不是有效的 JSON", f"{name} is not valid JSON") from exc


def _check_manifest(manifest: Any) -> None:
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise _bad("该文件不是 licdesk 审查包", "not a licdesk review package")
    version = manifest.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise _bad("审查包的格式版本无效", "the package's format version is not valid")
    if version > FORMAT_VERSION:
        raise _bad(f"该审查包由更新版本的 licdesk 创建（格式版本 {version}），请升级 licdesk",
                   f"the package was written by a newer licdesk (format {version}); please upgrade licdesk")
    _text(manifest.get("created_at"), "created_at")
    _text(manifest.get("created_by") or "", "created_by")
    listed = manifest.get("licenses")
    if not isinstance(listed, list) or not 1 <= len(listed) <= MAX_LICENSES:
        raise _bad("审查包的许可证清单无效", "the package's list of licenses is not valid")
    seen: set[str] = set()
    for entry in listed:
        if not isinstance(entry, dict) or not isinstance(entry.get("file"), str) \
                or not _LICENSE_NAME.fullmatch(entry["file"]) or entry["file"] in seen:
            raise _bad("审查包的许可证清单无效", "the package's list of licenses is not valid")
        seen.add(entry["file"])


def _text(value: Any, what: str, *, optional: bool = False) -> str | None:
    if value is None and optional:
        return None
    if not isinstance(value, str) or len(value) > MAX_TEXT:
        raise _bad(f"审查包中的“{what}”无效", f"the package's {what} is not valid")
    return value


def _license_entry(body: Any, files: dict[str, bytes]) -> PackagedLicense:
    if not isinstance(body, dict) or not isinstance(body.get("license"), dict):
        raise _bad("审查包中的许可证数据无效", "a license in the package is not valid")
    try:
        lic = License.from_dict(body["license"])
        _ = lic.to_dict()  # every nested value of the expected kind
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise _bad("审查包中的许可证数据无效", "a license in the package is not valid") from exc
    lic = clean_license(lic)  # control characters and bidi overrides never enter the library
    if not lic.number.strip() or len(lic.number) > 100 or lic.number != lic.number.strip() \
            or not numbers.parse(lic.number).valid:
        raise _bad(f"审查包中的许可证编号无效：{visible(lic.number[:40])}", "a license number in the package is not valid")
    attachments = body.get("attachments")
    if not isinstance(attachments, list):
        raise _bad("审查包中的附件清单无效", "the package's attachment list is not valid")
    for item in attachments:
        if not isinstance(item, dict) or not isinstance(item.get("sha256"), str) or item["sha256"] not in files:
            raise _bad("审查包中的附件清单与附件不符", "the attachment list does not match the attachments")
        _text(item.get("file_name"), "file_name")
        _text(item.get("note"), "note", optional=True)
    rounds = body.get("rounds")
    if not isinstance(rounds, list) or len(rounds) > 1000:
        raise _bad("审查包中的审查轮次无效", "the package's review rounds are not valid")
    return PackagedLicense(lic, attachments, [_round(r, lic.number) for r in rounds])


def _round(data: Any, number: str) -> tuple[rv.ReviewRound, dict[str, rv.ClauseReview]]:
    if not isinstance(data, dict) or not isinstance(data.get("uuid"), str) or not _UUID.fullmatch(data["uuid"]):
        raise _bad("审查包中的审查轮次无效", "a review round in the package is not valid")
    try:
        started = _dt.datetime.fromisoformat(_text(data.get("started"), "started") or "")
        finished_text = _text(data.get("finished"), "finished", optional=True)
        finished = _dt.datetime.fromisoformat(finished_text) if finished_text else None
        base_uuid = _text(data.get("base_uuid"), "base_uuid", optional=True)
        reviews = _reviews(data.get("reviews"))
        base = _reviews(data.get("base"))
    except ValueError as exc:
        raise _bad("审查包中的审查轮次无效", "a review round in the package is not valid") from exc
    round_ = rv.ReviewRound(data["uuid"], number, started, _text(data.get("reviewer") or "", "reviewer") or "",
                            finished, base_uuid, reviews)
    return round_, base


def _reviews(items: Any) -> dict[str, rv.ClauseReview]:
    if not isinstance(items, list) or len(items) > 5000:
        raise ValueError("reviews")
    out: dict[str, rv.ClauseReview] = {}
    for item in items:
        if not isinstance(item, dict):
            raise ValueError("review")
        key = _text(item.get("clause_key"), "clause_key") or ""
        if not _CLAUSE_KEY.fullmatch(key) or key in out:
            raise ValueError("clause_key")
        for name in ("text_hash", "note", "responsible", "updated_by"):
            _text(item.get(name) or "", name)
        if item.get("status") not in rv.STATUSES:
            raise ValueError("status")
        evidence = item.get("evidence") or []
        if not isinstance(evidence, list) or not all(isinstance(e, str) and _SHA256.fullmatch(e) for e in evidence):
            raise ValueError("evidence")
        for name in ("due", "updated_at"):
            _text(item.get(name), name, optional=True)
        out[key] = rv.ClauseReview.from_dict(item)  # dates parsed here; a bad one is a ValueError
    return out


# -- import -----------------------------------------------------------------------------------
def import_package(store: Any, path: str | Path) -> ImportReport:
    """Take a package in, in one transaction: new licenses and rounds are added, rounds this database
    has are merged clause by clause, conflicts kept for a person to resolve.  Existing license data
    is never replaced by a package (the review is what travels back)."""
    package = read_package(path)
    report = ImportReport()
    with store.transaction() as tx:
        for packaged in package.licenses:
            report.licenses.append(_import_license(store, tx, packaged, package.files))
    return report


def _import_license(store: Any, tx: Any, packaged: PackagedLicense, files: dict[str, bytes]) -> LicenseOutcome:
    lic = packaged.license
    outcome = LicenseOutcome(lic.number)
    row = tx.license_row(lic.number)
    if row is None:
        row = tx.save(lic)
        outcome.created = True
    license_id = int(row["id"])
    for item in packaged.attachments:
        data = files[item["sha256"]]  # its hash was checked when the package was read
        _id, added = tx.attach(row, item["file_name"], data, item.get("note"))
        outcome.attachments_added += added
    for theirs, base in packaged.rounds:
        theirs = replace(theirs, number=row["number"])
        local = _local_round(tx, store, theirs.uuid, license_id)
        if local is None:
            tx.put_round(license_id, theirs, dict(theirs.reviews))
            outcome.rounds_added += 1
            continue
        merged = merge_reviews(base, local.reviews, theirs.reviews)
        updated = replace(local, reviews=merged.merged, finished=local.finished or theirs.finished)
        tx.put_round(license_id, updated, dict(theirs.reviews))
        outcome.conflicts += tx.add_conflicts(theirs.uuid, merged.conflicts)
        outcome.clauses_taken += len(merged.taken)
    return outcome


def _local_round(tx: Any, store: Any, uuid: str, license_id: int) -> rv.ReviewRound | None:
    row = tx.round_row(uuid)
    if row is None:
        return None
    if int(row["license_id"]) != license_id:
        raise _bad("审查包中的审查轮次属于本库中的另一份许可证，未导入", "a round in the package belongs to another license here")
    return store_review.load_round(store, uuid)


def open_package_view(path: str | Path, folder: str | Path) -> Any:
    """A package opened for reading: taken into a new database in `folder`, then opened read-only."""
    from licdesk.store import Store

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / (Path(path).stem[:80] + ".sqlite3")
    if target.exists():
        os.unlink(target)
    with Store.open(target) as scratch:
        import_package(scratch, path)
    return Store.open(target, readonly=True)
