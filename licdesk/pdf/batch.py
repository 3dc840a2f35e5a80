"""Many licenses at once: one combined PDF, or one PDF per license (named by license number)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

from licdesk.domain.model import License
from licdesk.pdf.document import Cancelled, Progress, RenderCancelled, RenderResult, render_licenses
from licdesk.pdf.options import PrintOptions

# Characters Windows, macOS or Linux refuse (or treat specially) in a file name.
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]')
_WINDOWS_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)),
                     *(f"LPT{i}" for i in range(1, 10))}


@dataclass
class BatchItem:
    """One output file: its suggested name (without folder) and what was rendered."""

    file_name: str
    result: RenderResult
    numbers: list[str]


def safe_file_name(number: str, suffix: str = ".pdf") -> str:
    """京B2-20192917 → 京B2-20192917.pdf; characters unsafe in file names become _."""
    name = _UNSAFE.sub("_", number).strip().strip(".") or "license"
    if name.upper() in _WINDOWS_RESERVED:
        name = f"_{name}"
    return name[:150] + suffix


def render_batch(
    licenses: Sequence[License],
    options: PrintOptions | None = None,
    *,
    combined: bool,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> list[BatchItem]:
    """Render `licenses`; raises RenderCancelled when `cancelled()` turns true.

    `progress(done, total)` is called as licenses are finished (on the calling thread).
    File names are unique within the batch (a second 京B2-1 becomes 京B2-1 (2).pdf).
    """
    if not licenses:
        return []
    if combined:
        result = render_licenses(licenses, options, progress=progress, cancelled=cancelled)
        return [BatchItem("licenses.pdf", result, [lic.number for lic in licenses])]
    items: list[BatchItem] = []
    used: set[str] = set()
    total = len(licenses)
    for done, lic in enumerate(licenses):
        if cancelled is not None and cancelled():
            raise RenderCancelled()
        result = render_licenses([lic], options)
        items.append(BatchItem(_unique(safe_file_name(lic.number), used), result, [lic.number]))
        if progress is not None:
            progress(done + 1, total)
    return items


def _unique(name: str, used: set[str]) -> str:
    stem, suffix = name[: -len(".pdf")], ".pdf"
    candidate, n = name, 1
    while candidate.lower() in used:
        n += 1
        candidate = f"{stem} ({n}){suffix}"
    used.add(candidate.lower())
    return candidate
