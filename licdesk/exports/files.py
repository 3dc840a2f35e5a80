"""Writing an export without ever leaving a half-written file where the user looks for it."""

from __future__ import annotations

import glob
import os
import tempfile
from pathlib import Path
from typing import Callable

from licdesk.leftovers import STALE_SECONDS, remove_stale




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
    """Cut-off temporaries of earlier writes to the same name."""
    return remove_stale(target.parent, (f".{glob.escape(target.name)}.*.part",), older_than)
