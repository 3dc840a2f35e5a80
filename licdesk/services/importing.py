"""Importing a file into a store, as steps with outcomes instead of message boxes.

The desk and the command line both import through here: `read_file` turns a file into a License (or
says why it cannot), `save_license` stores it and says what happened. A number already in the
library is never overwritten without `replace`: the outcome hands the license back, so the caller can
ask the clerk.
"""

from __future__ import annotations

import threading
import traceback
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from licdesk.importer import NotALicenseError, read_license
from licdesk.importer.pdf_text import ScanNeedsOcrError
from licdesk.store import DuplicateLicenseError, StoreError

if TYPE_CHECKING:
    from licdesk.domain.model import License
    from licdesk.store import Store

SAVED = "saved"
UPDATED = "updated"
DUPLICATE = "duplicate"
FAILED = "failed"
CANCELLED = "cancelled"

# Why a file failed (the caller words it in the clerk's language; `detail` holds the specifics).
UNREADABLE = "unreadable"  # the file could not be read (detail: the system's reason)
SCAN = "scan"  # a scan: recognised one file at a time, with the page beside the result
NOT_A_LICENSE = "not_a_license"  # detail: the importer's explanation
INVALID = "invalid"  # read, but with an error that must be fixed first (detail: the finding)
STORE = "store"  # the database refused (detail: its message)
BUG = "bug"  # an internal error (detail: the traceback)


@dataclass
class ImportOutcome:
    path: str
    status: str
    number: str = ""
    company: str = ""
    reason: str = ""
    detail: str = ""
    license: License | None = None  # kept for duplicates, to replace if the clerk says so
    in_trash: bool = False


class ImportFailure(Exception):
    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(detail or reason)
        self.reason, self.detail = reason, detail


def read_file(path: str | Path) -> License:
    """The license in a text, PDF or image file; ImportFailure says why not."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise ImportFailure(UNREADABLE, str(exc.strerror or exc)) from exc
    try:
        return read_license(data, source=str(path))
    except ScanNeedsOcrError as exc:
        raise ImportFailure(SCAN) from exc
    except NotALicenseError as exc:
        raise ImportFailure(NOT_A_LICENSE, str(exc)) from exc


def first_error(lic: License) -> str | None:
    """The first finding that keeps this license from being saved, in Chinese and English."""
    from licdesk.domain.validation import ERROR, validate

    for finding in validate(lic):
        if finding.level == ERROR:
            return f"{finding.message_zh} ({finding.message_en})"
    return None


def save_license(store: Store, lic: License, path: str = "", *, replace: bool = False) -> ImportOutcome:
    """Store one license read from `path`: saved, updated (with replace), a duplicate, or failed."""
    existed = replace and store.exists(lic.number)
    try:
        store.save(lic, replace=replace)
    except DuplicateLicenseError as exc:
        return ImportOutcome(path, DUPLICATE, lic.number, lic.company, license=lic, in_trash=exc.in_trash)
    except StoreError as exc:
        return ImportOutcome(path, FAILED, lic.number, lic.company, STORE, str(exc))
    return ImportOutcome(path, UPDATED if existed else SAVED, lic.number, lic.company)


def import_path(store: Store, path: str, *, replace: bool = False, check: bool = False,
                cancel: threading.Event | None = None) -> ImportOutcome:
    """Read and save one file; every expected problem becomes an outcome, a bug one with its traceback."""
    if cancel is not None and cancel.is_set():
        return ImportOutcome(path, CANCELLED)
    try:
        lic = read_file(path)
    except ImportFailure as failure:
        return ImportOutcome(path, FAILED, reason=failure.reason, detail=failure.detail)
    if check and (error := first_error(lic)):
        return ImportOutcome(path, FAILED, lic.number, lic.company, INVALID, error)
    if cancel is not None and cancel.is_set():
        return ImportOutcome(path, CANCELLED, lic.number, lic.company)
    try:
        return save_license(store, lic, path, replace=replace)
    except Exception:  # noqa: BLE001 - a bug on one file is reported with that file; the batch goes on
        return ImportOutcome(path, FAILED, lic.number, lic.company, BUG, traceback.format_exc())
