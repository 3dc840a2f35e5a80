"""Printing many licenses at once: one combined PDF, or one PDF per license in a folder.

The desk's batch printing (on a worker, with its own Store) and `licdesk pdf --all` print the same
way: every file is written under a temporary name first and renamed only once all are ready, so a
cancelled or failed batch leaves nothing half-written behind, and a file already in the folder is
never overwritten (the new one is named `京B2-1 (2).pdf`).
"""

from __future__ import annotations

import os
import tempfile
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence

from licdesk.domain.model import License
from licdesk.pdf.batch import BatchItem, prepare_output_folder, remove_stale_temporaries, render_batch
from licdesk.pdf.document import Cancelled, Progress, RenderCancelled
from licdesk.pdf.options import PrintOptions
from licdesk.store import Store, StoreError

@dataclass
class BatchOutcome:
    """What a finished (or stopped) batch did; `error` is set when it failed."""

    written: list[Path] = field(default_factory=list)
    printed_numbers: list[str] = field(default_factory=list)
    missing_numbers: list[str] = field(default_factory=list)  # gone from the store since the list was read
    warnings: list[str] = field(default_factory=list)
    cancelled: bool = False
    error: str = ""


@dataclass(frozen=True)
class BatchRequest:
    db_path: Path  # the store's path: a worker opens its own Store on it
    numbers: list[str]
    options: PrintOptions
    combined: bool
    target: Path  # the file (combined) or the folder (one file each)


def run_batch(request: BatchRequest, cancelled: Cancelled | None = None,
              progress: Progress | None = None) -> BatchOutcome:
    """Load, render and write; every expected problem ends up in the outcome, nothing is raised."""
    outcome = BatchOutcome()
    try:
        with Store.open(request.db_path, timeout=30.0, readonly=True) as store:
            licenses: list[License] = []
            for number in request.numbers:
                lic = store.load(number)
                if lic is None:
                    outcome.missing_numbers.append(number)
                else:
                    licenses.append(lic)
        if not licenses:
            return outcome
        items, outcome.written = print_licenses(licenses, request.options, combined=request.combined,
                                                target=request.target, cancelled=cancelled, progress=progress)
    except RenderCancelled:
        return BatchOutcome(cancelled=True)
    except StoreError as exc:
        outcome.error = str(exc)
        return outcome
    except OSError as exc:
        outcome.error = f"{exc.filename or ''}\n{exc.strerror or exc}".strip()
        return outcome
    except Exception:  # a bug: shown to the clerk with its trace rather than lost
        outcome.error = traceback.format_exc()
        return outcome
    for item in items:
        outcome.printed_numbers += item.numbers
        outcome.warnings += [w for w in item.result.warnings if w not in outcome.warnings]
    return outcome


def print_licenses(licenses: Sequence[License], options: PrintOptions | None, *, combined: bool, target: Path,
                   cancelled: Cancelled | None = None,
                   progress: Progress | None = None) -> tuple[list[BatchItem], list[Path]]:
    """Render `licenses` and write them to `target` (a file when combined, else a folder, made when
    missing); the items rendered and the files written.  Raises RenderCancelled or OSError, having
    written nothing."""
    target = Path(target)
    if combined:
        target.parent.mkdir(parents=True, exist_ok=True)
        remove_stale_temporaries(target.parent)
    else:
        prepare_output_folder(target)  # 0700 when licdesk makes it; a killed run's temporaries go
    items = render_batch(licenses, options, combined=combined, progress=progress, cancelled=cancelled)
    if cancelled is not None and cancelled():
        raise RenderCancelled()
    return items, write_all(items, target, combined=combined, cancelled=cancelled)


def write_all(items: Sequence[BatchItem], target: Path, *, combined: bool,
              cancelled: Cancelled | None = None) -> list[Path]:
    """Every file first under a temporary name in its own folder, then all renamed at once."""
    if combined:
        targets = [target]
    else:
        taken: set[str] = set()
        targets = [free_name(target, item.file_name, taken) for item in items]
    temporary: list[Path] = []
    try:
        for item, destination in zip(items, targets):
            destination.parent.mkdir(parents=True, exist_ok=True)
            handle, name = tempfile.mkstemp(prefix=".licdesk-", suffix=".part", dir=destination.parent)
            temporary.append(Path(name))
            with os.fdopen(handle, "wb") as out:
                out.write(item.result.pdf)
            if cancelled is not None and cancelled():
                raise RenderCancelled()
        for part, destination in zip(temporary, targets):
            os.replace(part, destination)
    finally:
        for part in temporary:
            part.unlink(missing_ok=True)
    return targets


def free_name(folder: Path, name: str, taken: set[str]) -> Path:
    """`name` in `folder`, or `name (2)` … when a file of that name is already there."""
    stem, suffix = os.path.splitext(name)
    candidate, n = name, 1
    while (folder / candidate).exists() or candidate.lower() in taken:
        n += 1
        candidate = f"{stem} ({n}){suffix}"
    taken.add(candidate.lower())
    return folder / candidate
