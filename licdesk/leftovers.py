"""Temporaries a killed or disk-full licdesk leaves beside the files it writes, removed at the next run.

An hour old, a temporary belongs to a run that ended: no backup, export or PDF takes that long.
"""

from __future__ import annotations

import time
from pathlib import Path

STALE_SECONDS = 3600.0


def remove_stale(folder: Path, patterns: tuple[str, ...], older_than: float = STALE_SECONDS) -> list[Path]:
    """Remove files in `folder` matching `patterns` whose last change is more than `older_than` seconds ago."""
    removed: list[Path] = []
    now = time.time()
    if not Path(folder).is_dir():
        return removed
    for pattern in patterns:
        for leftover in Path(folder).glob(pattern):
            try:
                if leftover.is_file() and now - leftover.stat().st_mtime > older_than:
                    leftover.unlink()
                    removed.append(leftover)
            except OSError:
                pass
    return removed
