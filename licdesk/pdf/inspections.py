"""The record of annual inspections (电信业务经营许可证年检情况记录表): a grid of stamp cells.

Recorded inspections and annual reports fill cells in year order; the remaining cells carry the
blank form text, ready to be stamped, so the grid covers at least five years from issue.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from licdesk.domain.dates import format_cn_date
from licdesk.domain.model import ANNUAL_REPORT, Inspection, License
from licdesk.pdf.styles import Styles, table_style
from licdesk.pdf.text import Markup

TITLE = "电信业务经营许可证年检情况记录表"
EXPLANATION = "发证机关对经营许可证年检（年报）合格的，在本表相应栏内加盖印章。"
COLUMNS = 2
MIN_CELLS = 6  # three rows of two: five years from issue, and a spare
CELL_HEIGHT = 6.6 * cm
RULE = colors.Color(0.3, 0.3, 0.3)
BLANK_YEAR = "&nbsp;" * 8  # room to write the year in by hand (plain spaces would collapse)
BLANK_DATE = "年" + "&nbsp;" * 6 + "月" + "&nbsp;" * 6 + "日"


def cell_count(lic: License) -> int:
    """Enough cells for every record and for every year of validity (at least five), in whole rows."""
    years = 5
    if lic.issue_date and lic.expiry_date:
        years = max(years, lic.expiry_date.year - lic.issue_date.year)
    needed = max(MIN_CELLS, years, len(lic.inspections))
    return -(-needed // COLUMNS) * COLUMNS


def record_sentence(record: Inspection) -> str:
    if record.kind == ANNUAL_REPORT:
        return f"你公司 {record.year} 年度经营许可证年报{record.result}。"
    return f"经审核，你公司 {record.year} 年度年检{record.result}。"


def story(lic: License, styles: Styles, markup: Markup, width: float, page_height: float) -> list[Flowable]:
    cells = [_filled_cell(r, styles, markup) for r in sorted(lic.inspections, key=lambda r: r.year)]
    while len(cells) < cell_count(lic):
        cells.append(_blank_cell(styles))
    rows = [cells[i:i + COLUMNS] for i in range(0, len(cells), COLUMNS)]
    column = width / COLUMNS
    # A stamp cell stays whole on one page; only a cell whose notes are longer than a page may break.
    too_tall = any(_height(cell, column) > page_height * 0.8 for cell in cells)
    table = Table(
        rows, colWidths=[column] * COLUMNS, minRowHeights=[CELL_HEIGHT] * len(rows),
        splitInRow=1 if too_tall else 0,
    )
    table.setStyle(table_style([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BOX", (0, 0), (-1, -1), 0.9, RULE),
        ("INNERGRID", (0, 0), (-1, -1), 0.5, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 14),
        ("LEFTPADDING", (0, 0), (-1, -1), 12),
        ("RIGHTPADDING", (0, 0), (-1, -1), 12),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 12),
    ]))
    return [
        Spacer(1, 0.5 * cm),
        Paragraph(TITLE, styles.annex_title),
        Spacer(1, 0.4 * cm),
        Paragraph(EXPLANATION, styles.body),
        Spacer(1, 0.4 * cm),
        table,
    ]


def _height(cell: list[Flowable], width: float) -> float:
    inner = width - 24  # the cell's left and right padding
    return sum(f.wrap(inner, 10_000)[1] for f in cell) + 28


def _filled_cell(record: Inspection, styles: Styles, markup: Markup) -> list[Flowable]:
    cell: list[Flowable] = [Paragraph(markup(record_sentence(record)), styles.cell)]
    if record.note:
        cell.append(Paragraph(markup(record.note), styles.small))
    cell += [
        Spacer(1, 1.6 * cm),
        Paragraph(f"{markup(record.authority) or '发证机关'}（盖章）", styles.cell_right),
        Paragraph(format_cn_date(record.date) or BLANK_DATE, styles.cell_right),
    ]
    return cell


def _blank_cell(styles: Styles) -> list[Flowable]:
    return [
        Paragraph(f"经审核，你公司 <u>{BLANK_YEAR}</u> 年度年检合格。", styles.cell),
        Spacer(1, 1.6 * cm),
        Paragraph("发证机关（盖章）", styles.cell_right),
        Paragraph(BLANK_DATE, styles.cell_right),
    ]
