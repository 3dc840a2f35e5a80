"""What the library obliges its companies to do, and by when: the one list every place shows.

    items = store_obligations(store, today, window_days=30, holidays=None)
    soon = needing_attention(store, today, window_days)      # what a reminder lists

The Deadlines page, the start-up reminder, `licdesk due` and the calendar and Excel exports all take
their list from here, so a duty shown in one place is shown in every other: each license's own
obligations (R1–R11, from licdesk.domain.deadlines) and the open findings of its latest review round
that carry a due date for the fix (licdesk.domain.review_calendar).  No Qt; the store is read only.
"""

from __future__ import annotations

import datetime as _dt
from typing import TYPE_CHECKING

from licdesk.domain import deadlines as dl
from licdesk.domain import review_calendar
from licdesk.domain.holidays import HolidayTable
from licdesk.store import review as store_review

if TYPE_CHECKING:
    from licdesk.store.store import Store


def store_obligations(store: Store, today: _dt.date, window_days: int = dl.DEFAULT_WINDOW_DAYS,
                      holidays: HolidayTable | None = None) -> list[dl.Obligation]:
    """Every obligation of every license in the store (not in the trash), review findings included:
    overdue first, then by due date, done ones last (deadlines.sort_key)."""
    licenses = list(store.licenses())
    latest = store_review.latest_rounds(store)
    found = dl.all_obligations(licenses, today, window_days, holidays)
    found += review_calendar.all_review_obligations(
        ((lic, latest[lic.number]) for lic in licenses if lic.number in latest), today, window_days)
    return sorted(found, key=dl.sort_key)


def needing_attention(store: Store, today: _dt.date, window_days: int = dl.DEFAULT_WINDOW_DAYS,
                      holidays: HolidayTable | None = None) -> list[dl.Obligation]:
    """The overdue and due-soon part of `store_obligations`: what the start-up reminder and `licdesk due` list."""
    return dl.needs_attention(store_obligations(store, today, window_days, holidays))
