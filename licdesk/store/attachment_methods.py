"""The Store's attachments: scans and photos kept with a license (a mixin of Store)."""

from __future__ import annotations

import sqlite3
from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from licdesk.store import audit, writing
from licdesk.store.errors import LicenseNotFoundError, StoreError, message, translated

if TYPE_CHECKING:
    from licdesk.store.attachments import AttachmentInfo

ATTACHMENT_COLUMNS = "id, sha256, file_name, mime, size, added_at, note"


class AttachmentMethods:
    """Needs the Store's `_conn` and `_transaction`."""

    _conn: sqlite3.Connection
    _transaction: Callable[[], AbstractContextManager[sqlite3.Connection]]

    @translated
    def add_attachment(self, number: str, file_name: str, data: bytes, mime: str | None = None,
                       note: str | None = None) -> AttachmentInfo:
        """Keep a scan or photo (PDF, JPEG, PNG, TIFF; up to 25 MB) with the license.

        The type is read from the content (`mime` is only a hint); the same content attached twice to
        one license is kept once, and the earlier entry is returned.
        """
        from licdesk.store import attachments as attachment_files  # loaded when first needed
        from licdesk.store.hygiene import clean_block

        name = attachment_files.base_name(file_name) or "附件"
        detected = attachment_files.checked_mime(name, bytes(data))
        sha256 = attachment_files.digest(data)
        with self._transaction() as conn:
            attachment_id, _added = writing.attach_in(conn, writing.require_row(conn, number), name, detected,
                                                      bytes(data), clean_block(note) if note else note,
                                                      audit.now_text(), sha256)
        return self._attachment_info(attachment_id)

    @translated
    def attachments(self, number: str) -> list[AttachmentInfo]:
        """The attachments of a license, in the order they were added."""
        row = writing.find_row(self._conn, number)
        if row is None:
            return []
        cursor = self._conn.execute(
            f"SELECT {ATTACHMENT_COLUMNS} FROM attachments WHERE license_id = ? ORDER BY id", (row["id"],))
        return [_attachment(r) for r in cursor]

    def _attachment_info(self, attachment_id: int) -> AttachmentInfo:
        row = self._conn.execute(f"SELECT {ATTACHMENT_COLUMNS} FROM attachments WHERE id = ?",
                                 (int(attachment_id),)).fetchone()
        if row is None:
            raise LicenseNotFoundError(message("该附件已不存在", "the attachment no longer exists"))
        return _attachment(row)

    @translated
    def attachment_data(self, attachment_id: int) -> bytes:
        row = self._conn.execute("SELECT data FROM attachments WHERE id = ?", (int(attachment_id),)).fetchone()
        if row is None:
            raise LicenseNotFoundError(message("该附件已不存在", "the attachment no longer exists"))
        return bytes(row[0])

    @translated
    def remove_attachment(self, attachment_id: int) -> None:
        with self._transaction() as conn:
            row = conn.execute(
                "SELECT a.file_name, l.number FROM attachments a JOIN licenses l ON l.id = a.license_id "
                "WHERE a.id = ?", (int(attachment_id),)).fetchone()
            if row is None:
                raise LicenseNotFoundError(message("该附件已不存在", "the attachment no longer exists"))
            writing.changed_one(conn.execute("DELETE FROM attachments WHERE id = ?", (int(attachment_id),)),
                                row["number"])
            writing.log(conn, audit.now_text(), row["number"], audit.DETACH, "attachments", row["file_name"], None)

    @translated
    def export_attachment(self, attachment_id: int, folder: str | Path) -> Path:
        """Write a copy (owner-only, under a safe, unused name) into `folder`, e.g. to open it in a viewer."""
        from licdesk.store import attachments as attachment_files

        info = self._attachment_info(attachment_id)
        data = self.attachment_data(attachment_id)
        try:
            return attachment_files.write_copy(Path(folder).expanduser(), info.file_name, info.mime, data)
        except OSError as exc:
            raise StoreError(message(f"无法写出附件：{folder}", f"cannot write the attachment: {exc.strerror}")) \
                from exc


def _attachment(row: sqlite3.Row) -> AttachmentInfo:
    from licdesk.store.attachments import AttachmentInfo

    return AttachmentInfo(id=row["id"], sha256=row["sha256"], file_name=row["file_name"], mime=row["mime"],
                          size=row["size"], added_at=audit.parse_at(row["added_at"]), note=row["note"])
