"""Scans and photos of a license kept inside the database as BLOBs, keyed by their SHA-256.

Inside the database there is no path that could point outside it; a copy is written out only on
request, under a name made safe here, into a folder the caller chose.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import os
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from licdesk.store.errors import StoreError, message

MAX_ATTACHMENT_SIZE = 25 * 1024 * 1024

# What a clerk attaches: the paper license scanned or photographed.  Recognised by content, not name.
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "application/pdf"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"II*\x00", "image/tiff"),
    (b"MM\x00*", "image/tiff"),
)
EXTENSIONS = {"application/pdf": ".pdf", "image/jpeg": ".jpg", "image/png": ".png", "image/tiff": ".tif"}
_KNOWN_EXTENSIONS = {".pdf", ".jpg", ".jpeg", ".png", ".tif", ".tiff"}
_WINDOWS_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)),
                     *(f"LPT{i}" for i in range(1, 10))}
_UNSAFE_CHARACTERS = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')


class AttachmentTooLargeError(StoreError):
    """The file is over the size limit for one attachment."""


class AttachmentTypeError(StoreError):
    """The file is not a PDF, JPEG, PNG or TIFF."""


@dataclass(frozen=True)
class AttachmentInfo:
    id: int
    sha256: str
    file_name: str
    mime: str
    size: int
    added_at: _dt.datetime  # UTC, timezone-aware
    note: str | None = None


def sniff_mime(data: bytes) -> str | None:
    """The MIME type of an accepted kind of file, read from its first bytes; None for anything else."""
    for signature, mime in _SIGNATURES:
        if data.startswith(signature):
            return mime
    return None


def checked_mime(file_name: str, data: bytes) -> str:
    """The attachment's MIME type, or a clear refusal of a file too large or of another kind."""
    if len(data) > MAX_ATTACHMENT_SIZE:
        limit = MAX_ATTACHMENT_SIZE // (1024 * 1024)
        size = len(data) / (1024 * 1024)
        raise AttachmentTooLargeError(message(
            f"附件“{file_name}”有 {size:.1f} MB，超过了 {limit} MB 的上限；请压缩或分页扫描后再添加",
            f"the attachment is {size:.1f} MB, over the {limit} MB limit; compress it or scan fewer pages",
        ))
    mime = sniff_mime(data)
    if mime is None:
        raise AttachmentTypeError(message(
            f"附件“{file_name}”不是 PDF、JPG、PNG 或 TIFF 文件，未添加",
            "only PDF, JPEG, PNG and TIFF files can be attached; the file was not added",
        ))
    return mime


def base_name(file_name: str) -> str:
    """The last part of a path written with / or \\ (a name from Windows or from a drop), trimmed."""
    from licdesk.store.hygiene import clean_line  # also the bidi overrides that turn gnp.exe into exe.png

    name = re.split(r"[/\\]", file_name or "")[-1]
    return clean_line("".join(ch for ch in name if unicodedata.category(ch) != "Cc")).strip()


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def safe_file_name(file_name: str, mime: str) -> str:
    """A name that is a plain file name on Windows, macOS and Linux, ending in the type's extension."""
    name = _UNSAFE_CHARACTERS.sub("_", base_name(file_name)).strip(" .")
    stem, ext = os.path.splitext(name)
    if ext.lower() not in _KNOWN_EXTENSIONS:
        stem, ext = name, EXTENSIONS[mime]
    stem = stem.strip(" .")[:100] or "附件"
    if stem.upper() in _WINDOWS_RESERVED:
        stem = f"_{stem}"
    return stem + ext


def write_copy(folder: Path, file_name: str, mime: str, data: bytes) -> Path:
    """Write `data` as a new owner-only file in `folder`, numbering the name if it is taken."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    name = safe_file_name(file_name, mime)
    stem, ext = os.path.splitext(name)
    for attempt in range(1, 1000):
        target = folder / (name if attempt == 1 else f"{stem} ({attempt}){ext}")
        if target.resolve().parent != folder.resolve():  # a safe name never leaves the folder
            raise StoreError(message("附件文件名无效", "the attachment's file name is not valid"))
        try:
            fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
        except FileExistsError:
            continue
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        return target
    raise StoreError(message(f"无法在 {folder} 中写出附件：同名文件过多",
                             "cannot write the attachment: too many files of that name"))
