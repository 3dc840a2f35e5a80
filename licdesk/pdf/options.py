"""What to print: the parts of the document, a copy watermark, a reference line."""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass

CERTIFICATE = "certificate"
ANNEX = "annex"
PROVISIONS = "provisions"
INSPECTIONS = "inspections"
# In the order of the paper original.
ALL_PARTS: tuple[str, ...] = (CERTIFICATE, ANNEX, PROVISIONS, INSPECTIONS)

PART_LABELS = {
    CERTIFICATE: "正本",
    ANNEX: "附页",
    PROVISIONS: "特别规定事项",
    INSPECTIONS: "年检情况记录表",
}

# Watermark texts clerks commonly put on copies.
WATERMARK_SUGGESTIONS = ("仅供内部审核使用", "复印无效", "仅供投标使用", "仅供办理银行业务使用")


@dataclass(frozen=True)
class PrintOptions:
    """How one license is printed.

    `watermark` is drawn diagonally on every page followed by `watermark_date` (today when None);
    `reference` is the company's own reference line printed at the top of every page.
    """

    parts: tuple[str, ...] = ALL_PARTS
    watermark: str | None = None
    watermark_date: _dt.date | None = None
    reference: str | None = None

    def __post_init__(self) -> None:
        unknown = [p for p in self.parts if p not in ALL_PARTS]
        if unknown:
            raise ValueError(f"unknown part(s): {', '.join(unknown)}; known: {', '.join(ALL_PARTS)}")
        # Whatever order they were asked in, parts print in the order of the paper original.
        object.__setattr__(self, "parts", tuple(p for p in ALL_PARTS if p in self.parts))

    def includes(self, part: str) -> bool:
        return part in self.parts


def parse_parts(text: str) -> tuple[str, ...]:
    """'certificate,annex' → ("certificate", "annex"); ValueError naming what is unknown."""
    wanted = tuple(p.strip().lower() for p in text.split(",") if p.strip())
    if not wanted:
        raise ValueError(f"no part named; known: {', '.join(ALL_PARTS)}")
    unknown = [p for p in wanted if p not in ALL_PARTS]
    if unknown:
        raise ValueError(f"unknown part(s): {', '.join(unknown)}; known: {', '.join(ALL_PARTS)}")
    return wanted
