"""Temporaries a killed or disk-full licdesk leaves beside its files, and removing them at the next run.

A backup is copied to `.NAME.partial` (SQLite may add `-journal`) and renamed when whole; a copy
before migrating likewise.  One an hour old belongs to a run that ended: none takes that long.
"""

from __future__ import annotations

import glob
from pathlib import Path

from licdesk.leftovers import STALE_SECONDS, remove_stale


def remove_partial(partial: Path) -> None:
    """A copy that did not become a backup goes, with the journal SQLite may have left beside it."""
    for leftover in (partial, Path(f"{partial}-journal")):
        try:
            leftover.unlink(missing_ok=True)
        except OSError:
            pass


def remove_stale_partials(folder: Path, name: str | None = None, older_than: float = STALE_SECONDS) -> list[Path]:
    """Half-written backups (and their -journal) of a licdesk that was killed or ran out of disk, in `folder`.

    Called whenever a backup is made there; an hour old, none is still being written.  `name`: only
    the partials of a backup of that name (a folder that is not licdesk's own), and licdesk's own names.
    """
    stems = [".*"] if name is None else [".licdesk-*", f".{glob.escape(name)}"]
    patterns = tuple(f"{stem}.partial{end}" for stem in stems for end in ("", "-journal"))
    return remove_stale(folder, patterns, older_than)


def remove_stale_migration_copies(db: Path, older_than: float = STALE_SECONDS) -> list[Path]:
    """Copies before migrating cut off half way (.<name>.vN.bak.partial and its journal), beside `db`."""
    return remove_stale(db.parent, (f".{glob.escape(db.name)}.v*.bak.partial*",), older_than)
