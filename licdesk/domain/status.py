"""A license's status on a day, and what the status is called: the one rule the library, the filters, the
exports and the command line share."""

from __future__ import annotations

import datetime as _dt

# Renewal is applied for 90 days before expiry (order No. 42 art. 27): from then on a license is "due".
DUE_SOON_DAYS = 90

VALID, EXPIRING, EXPIRED, UNKNOWN = "valid", "expiring", "expired", "unknown"
CLOSED = "closed"  # not continued, cancelled or replaced (licdesk.domain.closure): the library says so
STATUSES = (VALID, EXPIRING, EXPIRED, UNKNOWN, CLOSED)  # in the order the library's filters show them
STATUS_NAMES = {VALID: ("有效", "Valid"), EXPIRING: ("即将到期", "Expiring"),
                EXPIRED: ("已过期", "Expired"), UNKNOWN: ("未知", "Unknown"), CLOSED: ("已关闭", "Closed")}


def license_status(expiry: _dt.date | None, today: _dt.date, soon_days: int = DUE_SOON_DAYS) -> str:
    """valid / expiring (renewal due within `soon_days`) / expired / unknown."""
    if expiry is None:
        return UNKNOWN
    if expiry < today:
        return EXPIRED
    if (expiry - today).days <= soon_days:
        return EXPIRING
    return VALID


def status_name(status: str, language: str = "zh") -> str:
    zh, en = STATUS_NAMES.get(status, (status, status))
    return en if language == "en" else zh
