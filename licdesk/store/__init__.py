"""Storage of licenses: one SQLite file or a team library on PostgreSQL, whole licenses in and out,
full-text search, trash, history.

    from licdesk.store import Store, StoreError, DuplicateLicenseError, LicenseSummary
    with Store.open(path) as store:
        store.save(lic)

A Store is used by one thread; a worker thread opens its own Store on the same path.  No Qt here.
Several changes that belong together go in one `with store.transaction() as tx:` (licdesk.store.transaction);
nothing outside this package touches the connection.

Also here: licdesk.store.backups (backups and restore), licdesk.store.check (Check database),
licdesk.store.instance_lock (who else is editing the file), licdesk.store.team (the team library:
`Store.open("postgresql://…")`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from licdesk.store.audit import AuditEntry  # noqa: F401
from licdesk.store.errors import (  # noqa: F401
    ConflictError, DuplicateLicenseError, LicenseNotFoundError, StoreError,
)
from licdesk.store.instance_lock import DatabaseInUseError, LockHolder  # noqa: F401
from licdesk.store.store import LicenseSummary, Store  # noqa: F401
from licdesk.store.versions import VersionInfo  # noqa: F401

if TYPE_CHECKING:
    from licdesk.store.team.location import TeamLibrary

# Attachment files (hashing, type sniffing) load when first asked for: the desk starts without them.
_FROM_ATTACHMENTS = ("MAX_ATTACHMENT_SIZE", "AttachmentInfo", "AttachmentTooLargeError", "AttachmentTypeError")


def open_team_library(location: str | TeamLibrary, *, password: str | None = None, readonly: bool = False,
                      timeout: float = 5.0) -> Store:
    """The Store of a team library (what Store.open does with a postgresql:// URL); the PostgreSQL
    driver loads only when one is opened.  `password`: None reads libpq's password file."""
    from licdesk.store.team.store import TeamStore

    return TeamStore.open_library(location, password=password, readonly=readonly, timeout=timeout)


def __getattr__(name: str) -> object:
    if name in _FROM_ATTACHMENTS:
        from licdesk.store import attachments

        return getattr(attachments, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "MAX_ATTACHMENT_SIZE", "AttachmentInfo", "AttachmentTooLargeError", "AttachmentTypeError", "AuditEntry",
    "ConflictError", "DatabaseInUseError", "DuplicateLicenseError", "LicenseNotFoundError", "LicenseSummary",
    "LockHolder", "Store", "StoreError", "VersionInfo",
]
