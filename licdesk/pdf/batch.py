"""Many licenses at once: one combined PDF, or one PDF per license (named by license number)."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from licdesk.domain.model import License
from licdesk.leftovers import STALE_SECONDS, remove_stale
from licdesk.pdf.document import Cancelled, Progress, RenderCancelled, RenderResult, render_licenses
from licdesk.pdf.options import PrintOptions

# Characters Windows, macOS or Linux refuse (or treat specially) in a file name.
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]')
_WINDOWS_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)),
                     *(f"LPT{i}" for i in range(1, 10))}

# Temporaries a PDF is written through before it takes its name (the command line's and the desk's);
# one an hour old belongs to a licdesk that was killed or ran out of disk.
TEMPORARY_PATTERNS = (".licdesk-*.pdf", ".licdesk-*.part")


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


def prepare_output_folder(folder: Path) -> Path:
    """The folder PDFs are written to: created owner-only (0700) like licdesk's other folders, and
    cleared of temporaries a killed or disk-full run left there."""
    folder = Path(folder)
    missing: list[Path] = []
    probe = folder
    while not probe.exists() and probe != probe.parent:
        missing.append(probe)
        probe = probe.parent
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.name == "posix":
        for created in missing:  # only what licdesk made: a folder the user chose keeps its permissions
            try:
                os.chmod(created, 0o700)
            except OSError:
                pass
    remove_stale_temporaries(folder)
    return folder


def remove_stale_temporaries(folder: Path, older_than: float = STALE_SECONDS) -> list[Path]:
    return remove_stale(Path(folder), TEMPORARY_PATTERNS, older_than)
def write_pdf_file(path: Path, data: bytes) -> Path:
    """Write through a temporary beside the target (TEMPORARY_PATTERNS), so a failure never leaves half a PDF."""
    from licdesk.exports.files import write_atomically

    return write_atomically(path, lambda temporary: temporary.write_bytes(data), prefix=".licdesk-",
                            make_folder=False)
