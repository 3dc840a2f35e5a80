"""Open review findings as obligations of the compliance calendar.

A clause found not (or partly) compliant with a due date for the fix is a duty like any other: it
appears beside the renewal and the annual report until a later review finds the clause compliant.
The deadline engine (licdesk.domain.deadlines) knows nothing of reviews; it is given these.
"""

from __future__ import annotations

import datetime as _dt
from typing import Iterable

from licdesk.domain import deadlines as dl
from licdesk.domain import review as rv
from licdesk.domain.model import License

REVIEW_FINDING = dl.REVIEW_FINDING
RULE = "审查"  # not one of R1–R11: the duty comes from the company's own review


def review_obligations(lic: License, round_: rv.ReviewRound, today: _dt.date,
                       window_days: int = dl.DEFAULT_WINDOW_DAYS) -> list[dl.Obligation]:
    """The open findings of a round that have a due date, as calendar obligations."""
    found: list[dl.Obligation] = []
    for item, review in rv.open_findings(lic, round_):
        if review.due is None:
            continue
        label = rv.full_label(lic, item)
        status_zh, status_en = rv.STATUS_NAMES[review.status]
        note = f"{review.note}（负责人：{review.responsible}）" if review.responsible else review.note
        found.append(dl.Obligation(
            number=lic.number, company=lic.company, kind=REVIEW_FINDING,
            title_zh=f"整改第{label}条（{status_zh}）", title_en=f"Fix clause {item.key} ({status_en.lower()})",
            due=review.due, status=dl.status_of(review.due, today, window_days, done=False), rule=RULE,
            source=label, event_kind=f"clause {item.key}", note=note or None,
        ))
    return sorted(found, key=dl.sort_key)


def all_review_obligations(pairs: Iterable[tuple[License, rv.ReviewRound]], today: _dt.date,
                           window_days: int = dl.DEFAULT_WINDOW_DAYS) -> list[dl.Obligation]:
    """The open findings of the latest round of many licenses (pairs of license and its latest round)."""
    found: list[dl.Obligation] = []
    for lic, round_ in pairs:
        found += review_obligations(lic, round_, today, window_days)
    return sorted(found, key=dl.sort_key)
