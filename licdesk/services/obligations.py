"""What the library obliges its companies to do, and by when: the one list every place shows.

    items = store_obligations(store, today, window_days=30, holidays=None)
    soon = needing_attention(store, today, window_days)      # what a reminder lists
    tracked, older = obligation_groups(store, today)           # the Deadlines page: older ones collapsed

The Deadlines page, the start-up reminder, `licdesk due` and the calendar and Excel exports all take
their list from here, so a duty shown in one place is shown in every other: each license's own
obligations (R1–R11, from licdesk.domain.deadlines) and the open findings of its latest review round
that carry a due date for the fix (licdesk.domain.review_calendar).

One filter (`in_scope`) then decides what is tracked: a closed license makes no obligation after its
closing date (and its expiry, or with the closing's "settle" mark every duty still open, counts as
settled by it); an open duty of a year before the library's tracking start year is no alarm, only
listed apart.  No Qt; the store is read only.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Iterable

from licdesk.domain import closure as cl
from licdesk.domain import deadlines as dl
from licdesk.domain import review_calendar
from licdesk.domain.holidays import HolidayTable
from licdesk.store import closures as store_closures
from licdesk.store import library_meta
from licdesk.store import review as store_review

if TYPE_CHECKING:
    from licdesk.store.store import Store


@dataclass(frozen=True)
class Scope:
    """What the library tracks: its closed licenses, and the first year it tracks (None: every year)."""

    closures: dict[str, cl.Closure] = field(default_factory=dict)
    tracking_start: int | None = None


def scope_of(store: Store) -> Scope:
    return Scope(store_closures.all_closures(store), library_meta.tracking_start_year(store))


def _trigger(item: dl.Obligation) -> _dt.date:
    """The day that made the duty arise: the end of the year an annual report covers, the event, or the due date."""
    if item.kind in (dl.ANNUAL_REPORT, dl.LATE_ANNUAL_REPORT) and item.year is not None:
        return _dt.date(item.year, 12, 31)
    return item.event_date or item.due


def _year(item: dl.Obligation) -> int:
    """The year a duty belongs to: the year an annual report covers, otherwise the year it was due."""
    return item.year if item.year is not None else item.due.year


def settled_by(item: dl.Obligation, closure: cl.Closure) -> dl.Obligation:
    """The open duty as settled by the closing (done on the closing date, with a note saying so)."""
    note = f"已免除（许可证{closure.kind_name()}，{closure.closed_on.isoformat()}）"
    return dataclasses.replace(item, status=dl.DONE, done_on=closure.closed_on, note=note)


def in_scope(items: Iterable[dl.Obligation], scope: Scope) -> tuple[list[dl.Obligation], list[dl.Obligation]]:
    """(tracked, older): the duties the library tracks, and the open ones before its tracking start year."""
    tracked: list[dl.Obligation] = []
    older: list[dl.Obligation] = []
    for item in items:
        closure = scope.closures.get(item.number)
        if closure is not None:
            if _trigger(item) > closure.closed_on and item.status != dl.DONE:
                continue  # would arise after the license was closed: no duty at all (what was done stays)
            if item.status != dl.DONE and (closure.settles_open or item.kind == dl.EXPIRY):
                item = settled_by(item, closure)  # a closed license's lapse is what the closing says
        if scope.tracking_start is not None and item.status != dl.DONE and _year(item) < scope.tracking_start:
            older.append(item)
            continue
        tracked.append(item)
    return sorted(tracked, key=dl.sort_key), sorted(older, key=dl.sort_key)


def obligation_groups(store: Store, today: _dt.date, window_days: int = dl.DEFAULT_WINDOW_DAYS,
                      holidays: HolidayTable | None = None) -> tuple[list[dl.Obligation], list[dl.Obligation]]:
    """(tracked, older) of the whole store (see `in_scope`): what the Deadlines page shows, the older collapsed."""
    licenses = list(store.licenses())
    latest = store_review.latest_rounds(store)
    found = dl.all_obligations(licenses, today, window_days, holidays)
    found += review_calendar.all_review_obligations(
        ((lic, latest[lic.number]) for lic in licenses if lic.number in latest), today, window_days)
    return in_scope(found, scope_of(store))


def open_obligations(store: Store, number: str, today: _dt.date) -> list[dl.Obligation]:
    """The overdue and due-soon duties of one license as if it were open: what closing it could settle."""
    lic = store.load(number)
    if lic is None:
        return []
    scope = scope_of(store)
    closures = {other: c for other, c in scope.closures.items() if other != lic.number}
    tracked, older = in_scope(dl.obligations(lic, today), Scope(closures, scope.tracking_start))
    return dl.needs_attention(tracked + older)


def store_obligations(store: Store, today: _dt.date, window_days: int = dl.DEFAULT_WINDOW_DAYS,
                      holidays: HolidayTable | None = None) -> list[dl.Obligation]:
    """Every tracked obligation of every license in the store (not in the trash), review findings included:
    overdue first, then by due date, done ones last (deadlines.sort_key)."""
    return obligation_groups(store, today, window_days, holidays)[0]


def needing_attention(store: Store, today: _dt.date, window_days: int = dl.DEFAULT_WINDOW_DAYS,
                      holidays: HolidayTable | None = None) -> list[dl.Obligation]:
    """The overdue and due-soon part of `store_obligations`: what the start-up reminder and `licdesk due` list."""
    return dl.needs_attention(store_obligations(store, today, window_days, holidays))
