"""Writing an export without ever leaving a half-written file where the user looks for it."""

from __future__ import annotations

import glob
import os
import tempfile
import time
from pathlib import Path
from typing import Callable


# A temporary an hour old belongs to an export that was killed or ran out of disk.
STALE_SECONDS = 3600.0


def write_atomically(path: str | os.PathLike[str], write: Callable[[Path], object], *,
                     prefix: str | None = None, make_folder: bool = True) -> Path:
    """Let `write` fill a temporary file beside `path`, then move it into place in one step: licdesk's one
    way of writing a file a clerk keeps (exports, PDFs).

    Temporaries of earlier exports to the same name that were cut off are removed first; `prefix` names
    the temporary as a caller that cleans its own folder expects; without `make_folder` a missing folder
    is an error (the clerk named a place that is not there).
    """
    target = Path(path)
    if make_folder:
        target.parent.mkdir(parents=True, exist_ok=True)
    remove_stale_temporaries(target)
    handle, temporary = tempfile.mkstemp(prefix=prefix or f".{target.name}.", suffix=".part", dir=target.parent)
    os.close(handle)
    try:
        write(Path(temporary))
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return target


def remove_stale_temporaries(target: Path, older_than: float = STALE_SECONDS) -> list[Path]:
    removed = []
    now = time.time()
    for leftover in target.parent.glob(f".{glob.escape(target.name)}.*.part"):
        try:
            if leftover.is_file() and now - leftover.stat().st_mtime > older_than:
                leftover.unlink()
                removed.append(leftover)
        except OSError:
            pass
    return removed
