"""Which license to set beside another when the clerk asks to compare without saying with what."""

from __future__ import annotations

from typing import Protocol, Sequence


class _Summary(Protocol):
    number: str
    company: str


def compare_partner(summaries: Sequence[_Summary], number: str | None) -> str | None:
    """The same company's other license first (an old and a renewed certificate), else the first other one."""
    mine = next((s for s in summaries if s.number == number), None)
    others = [s for s in summaries if s.number != number]
    same_company = [s for s in others if mine is not None and s.company == mine.company]
    candidates = same_company or others
    return candidates[0].number if candidates else None
