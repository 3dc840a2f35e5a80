"""电信业务经营许可证年检情况记录表 (and annual report records): filled cells become records."""

from __future__ import annotations

import re

from licdesk.domain.dates import parse_cn_date
from licdesk.domain.model import ANNUAL_REPORT, INSPECTION, Inspection
from licdesk.importer.lines import make_key

_RECORD = re.compile(
    r"你公司(?P<year>\d{4})年度?(?P<kind>年检|年报|年度报告|年度检验)?(?:结论[:：为]?)?"
    r"(?P<result>基本合格|不合格|合格|已报送|已提交|通过)"
)
_AUTHORITY = re.compile(r"(?P<name>(?:中华人民共和国)?工业和信息化部|[\u4e00-\u9fff]{2,8}?通信管理局)")
# The form's own sentences, printed on every blank grid: not records, not worth a warning.
FORM_TEXT = ("根据《电信业务经营许可证管理办法》", "年检情况记录表", "年报情况记录表", "对年检合格的")


def read_records(lines: list[str]) -> list[Inspection]:
    """Every filled cell of the grid, in the order written.  Blank cells (你公司 年度…) give nothing."""
    records: list[Inspection] = []
    for cell in _cells(lines):
        records.extend(_read_cell(make_key(cell)))
    return records


def _cells(lines: list[str]) -> list[str]:
    """The grid's cells in reading order.

    A grid row copied out of a table arrives as lines whose columns are split by tabs, and one cell's
    words are spread over several such lines (sentence / stamp / date): put each column back together.
    """
    cells: list[str] = []
    block: list[list[str]] = []

    def flush() -> None:
        if not block:
            return
        width = max(len(row) for row in block)
        for column in range(width):
            cells.append(" ".join(row[column] for row in block if column < len(row)))
        block.clear()

    for line in lines:
        row = _columns(line)
        if "经审核" in make_key(line):
            flush()
            if len(row) == 1 and make_key(line).count("经审核") > 1:
                row = [c.strip() for c in re.split(r"(?=经审核)", line) if c.strip()]
        elif block and len(row) == 1 and len(block[0]) > 1:
            row = _spread(line, len(block[0]))
        block.append(row)
    flush()
    return cells


def _columns(line: str) -> list[str]:
    """Columns come apart at tabs, or at wide runs of spaces where a PDF or a print-out drew them."""
    return [cell.strip() for cell in re.split(r"\t| {3,}|\u3000{2,}", line)]


_DATE_TEXT = re.compile(r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日")


def _spread(line: str, width: int) -> list[str]:
    """One line under a row of `width` cells whose columns were joined by single spaces."""
    dates = _DATE_TEXT.findall(line)
    if len(dates) == width:
        return dates
    words = line.split()
    if len(words) == width:
        return words
    return [line]


def _read_cell(key: str) -> list[Inspection]:
    records: list[Inspection] = []
    for cell in re.split(r"(?=经审核)", key):
        match = _RECORD.search(cell)
        if not match:
            continue
        tail = cell[match.end():]
        authority = _AUTHORITY.search(tail)
        kind_word = match.group("kind") or ""
        kind = ANNUAL_REPORT if "报" in kind_word else INSPECTION
        records.append(Inspection(
            year=int(match.group("year")),
            result=match.group("result"),
            authority=authority.group("name") if authority and authority.group("name") != "发证机关" else None,
            date=parse_cn_date(_cut_next_cell(tail)),
            kind=kind,
        ))
    return records


def _cut_next_cell(tail: str) -> str:
    return tail.split("经审核", 1)[0]
