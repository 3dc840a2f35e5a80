"""What is due, in three groups a clerk plans by: 本月到期 (this month), 未来90天 (the 90 days after
this month, up to 90 days from today) and 已逾期 (overdue).

    overview = due_overview(store, today, window_days)    # from the one list (services.obligations)
    overview.groups[THIS_MONTH]                            # the open obligations of that group, by due date

The window, its PDF and its Excel and CSV files take their rows from here, and the list from
`store_obligations`, so they agree with the Deadlines page.  No Qt; the store is read only.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Iterable

from licdesk.domain import deadlines as dl
from licdesk.domain.holidays import HolidayTable
from licdesk.domain.status import DUE_SOON_DAYS
from licdesk.services.obligations import store_obligations

if TYPE_CHECKING:
    from licdesk.store.store import Store

THIS_MONTH = "this_month"
NEXT_90_DAYS = "next_90_days"
OVERDUE = "overdue"
GROUPS = (THIS_MONTH, NEXT_90_DAYS, OVERDUE)
GROUP_NAMES: dict[str, tuple[str, str]] = {
    THIS_MONTH: ("本月到期", "Due this month"),
    NEXT_90_DAYS: ("未来90天", "Next 90 days"),
    OVERDUE: ("已逾期", "Overdue"),
}
HORIZON_DAYS = DUE_SOON_DAYS  # the window of 即将到期 (licdesk.domain.status), named 未来90天 in the group


@dataclass(frozen=True)
class DueOverview:
    today: _dt.date
    groups: dict[str, list[dl.Obligation]] = field(default_factory=dict)

    def count(self, group: str) -> int:
        return len(self.groups.get(group, []))

    @property
    def total(self) -> int:
        return sum(self.count(g) for g in GROUPS)

    def rows(self) -> Iterable[tuple[str, dl.Obligation]]:
        """(group, obligation) in the groups' order."""
        for group in GROUPS:
            for item in self.groups.get(group, []):
                yield group, item


def group_of(item: dl.Obligation, today: _dt.date) -> str | None:
    """The group an obligation belongs to as of `today`; None when done or further off than 90 days."""
    if item.status == dl.DONE:
        return None
    if item.due < today:
        return OVERDUE
    if (item.due.year, item.due.month) == (today.year, today.month):
        return THIS_MONTH
    if (item.due - today).days <= HORIZON_DAYS:
        return NEXT_90_DAYS
    return None


def group_due(items: Iterable[dl.Obligation], today: _dt.date) -> DueOverview:
    groups: dict[str, list[dl.Obligation]] = {g: [] for g in GROUPS}
    for item in items:
        group = group_of(item, today)
        if group is not None:
            groups[group].append(item)
    for listed in groups.values():
        listed.sort(key=lambda o: (o.due, o.number, o.rule, o.year or 0))
    return DueOverview(today, groups)


def due_overview(store: Store, today: _dt.date, window_days: int = dl.DEFAULT_WINDOW_DAYS,
                 holidays: HolidayTable | None = None) -> DueOverview:
    """The library's open obligations in the three groups (done ones and later ones left out)."""
    return group_due(store_obligations(store, today, window_days, holidays), today)


def days_text(item: dl.Obligation, today: _dt.date, language: str = "zh") -> str:
    """还有 5 天 / 今天到期 / 逾期 3 天, or in English."""
    left = item.days_left(today)
    english = language.startswith("en")
    if left == 0:
        return "due today" if english else "今天到期"
    if left > 0:
        return (f"{left} day{'s' if left != 1 else ''} left") if english else f"还有 {left} 天"
    return (f"{-left} day{'s' if left != -1 else ''} overdue") if english else f"逾期 {-left} 天"
