"""One write transaction as an object: what code outside the store may do inside it.

    with store.transaction() as tx:
        row = tx.license_row(number) or tx.save(lic)
        tx.attach(row, "scan.png", data)

Everything written through `tx` commits together when the block ends, or not at all when it raises.
The connection itself stays inside licdesk.store: callers speak in licenses, rows and rounds.
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING, Iterable

from licdesk.store import attachments as attachment_files
from licdesk.store import audit, writing
from licdesk.store import review as store_review
from licdesk.store.hygiene import clean_block

if TYPE_CHECKING:
    from licdesk.domain import review as rv
    from licdesk.domain.model import License
    from licdesk.domain.review_merge import FieldConflict


class Transaction:
    """Writes inside one open transaction of a Store (see Store.transaction)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn
        self.now = audit.now_text()  # one moment for everything the transaction notes in the history

    def license_row(self, number: str) -> sqlite3.Row | None:
        """The stored row of a license (id, number, version, deleted_at …), in any spelling of its number."""
        return writing.find_row(self._conn, number)

    def save(self, lic: License, *, replace: bool = False, expected_version: int | None = None) -> sqlite3.Row:
        """Save a whole license (as Store.save does) and return its row."""
        writing.save_in(self._conn, lic, replace=replace, expected_version=expected_version, now=self.now)
        row = writing.find_row(self._conn, lic.number)
        assert row is not None  # just written in this transaction
        return row

    def attach(self, row: sqlite3.Row, file_name: str, data: bytes, note: str | None = None) -> tuple[int, bool]:
        """Attach a file to the license of `row`: (attachment id, False when that content was already there).

        The type is read from the content; a file of another kind or over the size limit is refused.
        """
        name = attachment_files.base_name(file_name) or "附件"
        mime = attachment_files.checked_mime(name, bytes(data))
        return writing.attach_in(self._conn, row, name, mime, bytes(data), clean_block(note) if note else note,
                                 self.now, attachment_files.digest(data))

    # -- review rounds ------------------------------------------------------------------------
    def round_row(self, uuid: str) -> sqlite3.Row | None:
        """The stored row of a review round (license_id, number …), or None."""
        return store_review.round_row(self._conn, uuid)

    def put_round(self, license_id: int, round_: rv.ReviewRound, base: dict[str, rv.ClauseReview] | None) -> None:
        store_review.put_round(self._conn, license_id, round_, base)

    def set_sync_base(self, uuid: str, base: dict[str, rv.ClauseReview]) -> None:
        store_review.set_sync_base(self._conn, uuid, base)

    def add_conflicts(self, uuid: str, found: Iterable[FieldConflict]) -> int:
        return store_review.add_conflicts(self._conn, uuid, found)
