"""Adding a yearly record (年检/年报) to a stored license without opening the editor.

One versioned write: the license is read with its version and saved against that version, so a save
made meanwhile elsewhere is never overwritten (the store raises ConflictError instead).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from licdesk.domain.model import Inspection
    from licdesk.store import Store


def add_record(store: Store, number: str, record: Inspection) -> bool:
    """Append `record` to the license `number` in one transaction; False when the license is gone.

    A problem with the database (locked, full, changed meanwhile) raises StoreError; nothing is saved then.
    """
    version = store.version(number)
    lic = store.load(number)
    if lic is None or version is None:
        return False
    lic.inspections.append(record)
    store.save(lic, replace=True, expected_version=version)
    return True
