"""Values of the whole library, kept in the database file so they travel with it (table library_meta).

    library_meta.tracking_start_year(store)          # None: every year is tracked
    library_meta.set_tracking_start_year(store, 2025)
    library_meta.snapshot_origin(store)              # a team library's offline copy: from where, when
"""

from __future__ import annotations

import datetime as _dt
from typing import TYPE_CHECKING, NamedTuple

from licdesk.store.errors import StoreError, message, translated

if TYPE_CHECKING:
    from licdesk.store.store import Store

TRACKING_START_YEAR = "tracking_start_year"
# Written into an offline copy of a team library (licdesk.store.team.travel): where it came from, when.
SNAPSHOT_SOURCE = "snapshot_source"
SNAPSHOT_TAKEN_AT = "snapshot_taken_at"
SNAPSHOT_KEYS = (SNAPSHOT_SOURCE, SNAPSHOT_TAKEN_AT)
# A year a clerk can mean: licenses of this kind exist since the 1990s, and nobody tracks the far future.
FIRST_YEAR, LAST_YEAR = 1990, 2100


@translated
def _get(store: Store, key: str) -> str | None:
    row = store._conn.execute("SELECT value FROM library_meta WHERE key = ?", (key,)).fetchone()
    return None if row is None else str(row[0])


@translated
def _set(store: Store, key: str, value: str | None) -> None:
    with store._transaction() as conn:
        if value is None:
            conn.execute("DELETE FROM library_meta WHERE key = ?", (key,))
        else:
            conn.execute("INSERT INTO library_meta (key, value) VALUES (?, ?) "
                         "ON CONFLICT (key) DO UPDATE SET value = excluded.value", (key, value))


def get(store: Store, key: str) -> str | None:
    return _get(store, key)


def put(store: Store, key: str, value: str | None) -> None:
    """Set (or with None, remove) one value, in one transaction."""
    _set(store, key, value)


def tracking_start_year(store: Store) -> int | None:
    """The first year whose obligations are tracked (None: all of them).  A value that is not a
    plausible year (a file edited elsewhere) counts as none."""
    text = get(store, TRACKING_START_YEAR)
    if text is None or not text.strip().isdigit():
        return None
    year = int(text.strip())
    return year if FIRST_YEAR <= year <= LAST_YEAR else None


def set_tracking_start_year(store: Store, year: int | None) -> None:
    if year is not None and not FIRST_YEAR <= int(year) <= LAST_YEAR:
        raise StoreError(message(f"开始跟踪的年度须在 {FIRST_YEAR} 与 {LAST_YEAR} 之间：{year}",
                                 f"the year tracking starts at must be between {FIRST_YEAR} and {LAST_YEAR}: {year}"))
    put(store, TRACKING_START_YEAR, None if year is None else str(int(year)))


class SnapshotOrigin(NamedTuple):
    source: str  # the team library, as licdesk.store.team.location.TeamLibrary.describe() says it
    taken_at: _dt.datetime  # UTC, timezone-aware


def snapshot_origin(store: Store) -> SnapshotOrigin | None:
    """Where and when this file was taken from a team library; None for a library of its own (or a
    value edited into a form that does not read)."""
    source, taken = get(store, SNAPSHOT_SOURCE), get(store, SNAPSHOT_TAKEN_AT)
    if not source or not taken:
        return None
    try:
        taken_at = _dt.datetime.fromisoformat(taken)
    except ValueError:
        return None
    if taken_at.tzinfo is None:
        taken_at = taken_at.replace(tzinfo=_dt.timezone.utc)
    return SnapshotOrigin(source=source[:200], taken_at=taken_at)
