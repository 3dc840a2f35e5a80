"""Recognised text boxes → lines in reading order.

The recogniser returns one box per run of text; a printed line is often several boxes (a label
「公司名称：」 and its value, far to the right).  The license reader expects one field or one
paragraph line per line, so boxes are grouped by their height on the page and read left to right.

A scan is rarely straight: on a page turned by 2° the right end of a line sits ~50 px lower than
its left end at 200 dpi, as much as a line's height.  The page's skew is measured from the long
boxes and taken out before grouping.
"""

from __future__ import annotations

import math
import statistics
from dataclasses import dataclass


@dataclass(frozen=True)
class Box:
    """One recognised run of text: four corners (clockwise from top left), text, confidence 0–1."""

    corners: tuple[tuple[float, float], ...]
    text: str
    confidence: float

    @property
    def width(self) -> float:
        (x0, y0), (x1, y1) = self.corners[0], self.corners[1]
        return math.hypot(x1 - x0, y1 - y0)

    @property
    def height(self) -> float:
        (x0, y0), (x3, y3) = self.corners[0], self.corners[3]
        return math.hypot(x3 - x0, y3 - y0)

    @property
    def angle(self) -> float:
        """Slope of the top edge, radians; positive when the line runs downhill to the right."""
        (x0, y0), (x1, y1) = self.corners[0], self.corners[1]
        return math.atan2(y1 - y0, x1 - x0)

    @property
    def centre(self) -> tuple[float, float]:
        xs = [x for x, _ in self.corners]
        ys = [y for _, y in self.corners]
        return sum(xs) / len(xs), sum(ys) / len(ys)


@dataclass(frozen=True)
class TextLine:
    text: str
    confidence: float  # the lowest of its boxes: one doubtful word makes the line doubtful


def page_skew(boxes: list[Box]) -> float:
    """The page's rotation in radians, from boxes at least three times as wide as they are high."""
    angles = [box.angle for box in boxes if box.height > 0 and box.width >= 3 * box.height]
    if not angles:
        return 0.0
    skew = statistics.median(angles)
    return skew if abs(skew) < math.radians(15) else 0.0


def group_lines(boxes: list[Box]) -> list[TextLine]:
    """Boxes of one page → its lines, top to bottom, each read left to right."""
    boxes = [box for box in boxes if box.text.strip()]
    if not boxes:
        return []
    skew = page_skew(boxes)
    cos, sin = math.cos(skew), math.sin(skew)

    def straightened(box: Box) -> tuple[float, float]:
        x, y = box.centre
        return x * cos + y * sin, -x * sin + y * cos

    placed = sorted(((straightened(box), box) for box in boxes), key=lambda item: item[0][1])
    typical_height = statistics.median(box.height for box in boxes) or 1.0

    rows: list[list[tuple[tuple[float, float], Box]]] = []
    for item in placed:
        (_, y), box = item
        if rows:
            row = rows[-1]
            row_y = sum(p[1] for p, _ in row) / len(row)
            # Half a line apart or less: the same printed line.
            if abs(y - row_y) <= 0.5 * min(typical_height, max(box.height, 1.0)) + 0.1 * typical_height:
                row.append(item)
                continue
        rows.append([item])

    lines = []
    for row in rows:
        row.sort(key=lambda item: item[0][0])
        lines.append(TextLine(_join(row, typical_height), min(box.confidence for _, box in row)))
    return lines


def _join(row: list[tuple[tuple[float, float], Box]], typical_height: float) -> str:
    """Neighbouring boxes are glued; a gap wider than about one character becomes a space."""
    text = row[0][1].text.strip()
    for (previous_point, previous), (point, box) in zip(row, row[1:]):
        gap = (point[0] - box.width / 2) - (previous_point[0] + previous.width / 2)
        text += (" " if gap > 0.8 * typical_height else "") + box.text.strip()
    return text
