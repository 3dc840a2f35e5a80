"""The library and the deadlines as CSV: UTF-8 with a byte order mark so that Excel reads Chinese."""

from __future__ import annotations

import csv
import datetime as _dt
import io
from pathlib import Path
from typing import Any, Iterable

from licdesk.domain import deadlines as dl
from licdesk.domain.model import License
from licdesk.exports.files import write_atomically
from licdesk.exports.tables import Column, deadline_columns, license_columns, rows, store_obligations


def _csv_bytes(columns: list[Column], items: Iterable[Any]) -> bytes:
    """The table as CSV bytes: UTF-8 with a BOM, a header row, dates as YYYY-MM-DD, formulas neutralised."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    writer.writerow([c.header for c in columns])
    for row in rows(columns, items):
        writer.writerow(["" if v is None else v.isoformat() if isinstance(v, _dt.date) else v for v in row])
    return buffer.getvalue().encode("utf-8-sig")


def _write(path: str | Path, columns: list[Column], items: Iterable[Any]) -> Path:
    data = _csv_bytes(columns, items)
    return write_atomically(path, lambda tmp: tmp.write_bytes(data))


def library_csv_bytes(licenses: Iterable[License], today: _dt.date, language: str = "zh") -> bytes:
    """The library as CSV: the columns of the Excel library sheet (licdesk.exports.tables.license_columns).

    The one library CSV of licdesk: `licdesk export --format csv` writes it, and so does the desk.
    """
    return _csv_bytes(license_columns(today, language), licenses)


def deadlines_csv_bytes(items: Iterable[dl.Obligation], today: _dt.date, language: str = "zh") -> bytes:
    return _csv_bytes(deadline_columns(today, language), items)


def write_deadlines_csv(items: Iterable[dl.Obligation], path: str | Path, today: _dt.date) -> Path:
    return _write(path, deadline_columns(today), items)


def write_library_csv(licenses: Iterable[License], path: str | Path, today: _dt.date) -> Path:
    return _write(path, license_columns(today), licenses)


def write_due_csv(store: Any, path: str | Path, today: _dt.date | None = None) -> Path:
    """Every obligation of every license in the store (the CSV twin of `licdesk due --json`)."""
    today = today or _dt.date.today()
    return write_deadlines_csv(store_obligations(store, today), path, today)
