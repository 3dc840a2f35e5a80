"""The library as lists: pages of license summaries filtered by status and search, counts, the trash.

Part of the Store (a mixin): the queries behind the desk's list, which read rows, never whole licenses.
"""

from __future__ import annotations

import datetime as _dt
import json
import re
import sqlite3
from typing import Any, NamedTuple

from licdesk.domain.status import DUE_SOON_DAYS, STATUSES
from licdesk.store import audit, rows, search
from licdesk.store.engine import is_sqlite, no_limit, order_term, outer_first_join, text_order
from licdesk.store.errors import translated
from licdesk.store.search import MatchedIds


ORDER_COLUMNS = {
    "number": "l.number",
    "company": "l.company",
    "expiry_date": "l.expiry_date",
    "issue_date": "l.issue_date",
    # Most urgent first: expired, expiring, valid, then no date.  Status follows the expiry date, so
    # this is the expiry order with missing dates last (an indexed expression).
    "status": "coalesce(l.expiry_date, '9999-12-31')",
    "categories": "l.categories",
    "services": "l.service_names",
}


NULLABLE = ("expiry_date", "issue_date")  # the orders whose column may be empty (sorted first, as SQLite does)


class LicenseSummary(NamedTuple):
    """One line of the library: what a list shows without loading the whole license."""

    number: str
    company: str
    legal_representative: str
    categories: tuple[str, ...]
    services: tuple[str, ...]
    issue_date: _dt.date | None
    expiry_date: _dt.date | None
    status: str  # valid / expiring / expired / unknown / closed
    deleted_at: _dt.datetime | None = None  # set for licenses in the trash
    closure: str | None = None  # how a closed license was closed (licdesk.domain.closure.KINDS)


class LibraryQueries:
    """The Store's list queries (needs the Store's `_conn` and `_matches`)."""

    _conn: sqlite3.Connection
    _matches: MatchedIds

    @translated
    def list_trash(self) -> list[LicenseSummary]:
        """Licenses in the trash, most recently deleted first."""
        sql = (f"SELECT l.*, {status_sql()} AS status, {CLOSURE_SQL} AS closure FROM licenses l "
               f"WHERE l.deleted_at IS NOT NULL ORDER BY l.deleted_at DESC, {text_order(self._conn, 'l.number')}")
        return [summary(r) for r in self._conn.execute(sql, status_params(None, DUE_SOON_DAYS))]

    @translated
    def summaries(self, *, status: str | None = None, search: str | None = None, today: _dt.date | None = None,
                  soon_days: int = DUE_SOON_DAYS, order_by: str = "number", descending: bool = False,
                  limit: int | None = None, offset: int = 0) -> list[LicenseSummary]:
        """One page of the library: filtered by status as of `today` and by a full-text search."""
        if order_by not in ORDER_COLUMNS:
            raise ValueError(f"order_by must be one of {sorted(ORDER_COLUMNS)}, not {order_by!r}")
        found, matched = self._matched(search, None if limit is None else int(offset) + int(limit))
        where, params = filters(status, found, today, soon_days, matched, self._conn)
        direction = "DESC" if descending else "ASC"
        sql = (
            f"SELECT l.number, l.company, l.legal_representative, l.categories, l.service_names, l.issue_date, "
            f"l.expiry_date, l.deleted_at, {status_sql()} AS status, {CLOSURE_SQL} AS closure "
            f"FROM licenses l WHERE {where} "
            f"ORDER BY {order_term(self._conn, ORDER_COLUMNS[order_by], direction, nullable=order_by in NULLABLE)}"
        )
        if order_by != "number":  # ties in number order; numbers themselves never tie
            sql += f", {order_term(self._conn, 'l.number', direction)}"
        if limit is not None:
            sql += " LIMIT :limit OFFSET :offset"
            params.update(limit=int(limit), offset=int(offset))
        elif offset:
            sql += f" LIMIT {no_limit(self._conn)} OFFSET :offset"
            params.update(offset=int(offset))
        return [summary(r) for r in self._conn.execute(sql, params)]

    @translated
    def count(self, *, status: str | None = None, search: str | None = None, today: _dt.date | None = None,
              soon_days: int = DUE_SOON_DAYS) -> int:
        found, matched = self._matched(search, None)
        if matched is not None and status is None:
            # Every matched id is a license; the few in the trash are the ones not to count.
            return int(self._conn.execute(
                f"SELECT count(*) FROM {MatchedIds.TABLE} "
                "WHERE id NOT IN (SELECT id FROM licenses WHERE deleted_at IS NOT NULL)").fetchone()[0])
        if status in EXPIRY_RANGES and found is None:
            # A range of the expiry index, less its few closed licenses (read from the closings' side):
            # asking each of 100,000 rows whether it is closed would cost ten times the count.
            params = status_params(today, soon_days)
            condition = on_engine(EXPIRY_RANGES[status], self._conn)
            return self._range_count(condition, params) - self._closed_in(condition, params)
        where, params = filters(status, found, today, soon_days, matched, self._conn)
        return int(self._conn.execute(f"SELECT count(*) FROM licenses l WHERE {where}", params).fetchone()[0])

    def _range_count(self, condition: str, params: dict[str, Any]) -> int:
        return int(self._conn.execute(
            f"SELECT count(*) FROM licenses l WHERE l.deleted_at IS NULL AND {condition}", params).fetchone()[0])

    def _closed_in(self, condition: str, params: dict[str, Any]) -> int:
        # CROSS JOIN keeps the closings as the outer loop: there are few of them.
        return int(self._conn.execute(
            f"SELECT count(*) FROM license_closures c {outer_first_join(self._conn)} licenses l ON l.id = c.license_id "
            f"WHERE l.deleted_at IS NULL AND {condition}", params).fetchone()[0])

    def _matched(self, query: str | None,
                 rows_wanted: int | None) -> tuple[search.SearchCondition | None, str | None]:
        """The search's condition (None: no words), and the same over the table of its matched ids
        (None: ask the index).

        `rows_wanted`: the rows a page query reads up to (offset + limit), None for all of them.
        """
        found = search.condition(query, self._conn)
        if found is None or not self._matches.fill(self._conn, found):
            return found, None
        if rows_wanted is not None and self._matches.walk_in_order(rows_wanted):
            return found, f"EXISTS (SELECT 1 FROM {MatchedIds.TABLE} m WHERE m.id = l.id)"
        return found, f"l.id IN (SELECT id FROM {MatchedIds.TABLE})"

    @translated
    def status_counts(self, today: _dt.date | None = None, soon_days: int = DUE_SOON_DAYS) -> dict[str, int]:
        """How many licenses are in each status: keys all, valid, expiring, expired, unknown, closed."""
        params = status_params(today, soon_days)
        counts = {  # each a range of the expiry index, less the closed licenses in it
            status_name: self._range_count(on_engine(condition, self._conn), params)
            - self._closed_in(on_engine(condition, self._conn), params)
            for status_name, condition in EXPIRY_RANGES.items()
        }
        counts["closed"] = self._closed_in("TRUE", params)
        return {"all": sum(counts.values()), **{s: counts[s] for s in STATUSES}}


# -- SQL pieces ---------------------------------------------------------------------------------
# A closed license is neither expiring nor expired: its closing says what became of it.
CLOSED_SQL = "EXISTS (SELECT 1 FROM license_closures c WHERE c.license_id = l.id)"
OPEN_SQL = f"NOT {CLOSED_SQL}"
CLOSURE_SQL = "(SELECT c.kind FROM license_closures c WHERE c.license_id = l.id)"


def status_sql() -> str:
    """The status of row `l` as of :today, computed in SQL from its closing and the (indexed) expiry date."""
    return (f"CASE WHEN {CLOSED_SQL} THEN 'closed' WHEN l.expiry_date IS NULL THEN 'unknown' "
            "WHEN l.expiry_date < :today THEN 'expired' "
            "WHEN l.expiry_date <= :soon THEN 'expiring' ELSE 'valid' END")


def status_params(today: _dt.date | None, soon_days: int) -> dict[str, Any]:
    today = today or _dt.date.today()
    return {"today": today.isoformat(), "soon": (today + _dt.timedelta(days=int(soon_days))).isoformat()}


# The statuses of open licenses are ranges of the expiry date; a closed license is in none of them.
EXPIRY_RANGES = {
    "expired": "l.expiry_date < :today",
    "expiring": "l.expiry_date >= :today AND l.expiry_date <= :soon",
    "valid": "l.expiry_date > :soon",
    "unknown": "l.expiry_date IS NULL",
}
STATUS_FILTERS = {**{name: f"{condition} AND {OPEN_SQL}" for name, condition in EXPIRY_RANGES.items()},
                  "closed": CLOSED_SQL}
_COMPARED_EXPIRY = r"l\.expiry_date (?=[<>])"


def on_engine(condition: str, conn: object) -> str:
    """A status condition as the engine's expiry index can answer it: a team library's index is built in
    code-point order (COLLATE "C"), and a comparison in another collation would read every entry."""
    return condition if is_sqlite(conn) else re.sub(_COMPARED_EXPIRY, 'l.expiry_date COLLATE "C" ', condition)


def filters(status: str | None, found: search.SearchCondition | None, today: _dt.date | None,
            soon_days: int, matched: str | None = None, conn: object = None) -> tuple[str, dict[str, Any]]:
    """The WHERE of a library query; `matched` stands for the search `found` when its ids are at hand."""
    params = status_params(today, soon_days)
    parts = ["l.deleted_at IS NULL"]
    if status is not None:
        if status not in STATUS_FILTERS:
            raise ValueError(f"status must be one of {sorted(STATUS_FILTERS)}, not {status!r}")
        parts.append(STATUS_FILTERS[status] if conn is None else on_engine(STATUS_FILTERS[status], conn))
    if matched is not None:
        parts.append(matched)
    elif found is not None:
        parts.append(found.sql)
        params.update(found.params)
    return " AND ".join(parts), params


def summary(row: sqlite3.Row) -> LicenseSummary:
    deleted = row["deleted_at"]
    return LicenseSummary(
        number=row["number"],
        company=row["company"],
        legal_representative=row["legal_representative"],
        categories=tuple(json.loads(row["categories"] or "[]")),
        services=tuple(json.loads(row["service_names"] or "[]")),
        issue_date=rows.date_or_none(row["issue_date"]),
        expiry_date=rows.date_or_none(row["expiry_date"]),
        status=row["status"],
        deleted_at=audit.parse_at(deleted) if deleted else None,
        closure=_closure(row),
    )


def _closure(row: sqlite3.Row) -> str | None:
    try:
        return row["closure"]
    except (IndexError, KeyError):  # a query that does not ask (sqlite3.Row: IndexError; a team row: KeyError)
        return None
