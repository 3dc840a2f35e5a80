"""The due overview as a PDF: one table, the three groups (本月到期, 未来90天, 已逾期) each under a row of
its own.  Same embedded faces and styles as the certificate and the review report; every text from
the library goes through Markup.  Pure: no Qt, no database, no files.
"""

from __future__ import annotations

import io

from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, Spacer

from licdesk.domain import deadlines as dl
from licdesk.domain.dates import format_cn_date
from licdesk.pdf import fonts
from licdesk.pdf.document import RenderResult, reproducible
from licdesk.pdf.pages import MARGIN_BOTTOM, MARGIN_TOP, MARGIN_X, PAGE_HEIGHT, PAGE_WIDTH, numbered_canvas_class
from licdesk.pdf.styles import INK, build_styles, table_style
from licdesk.pdf.text import Markup
from licdesk.services.due_overview import GROUP_NAMES, GROUPS, DueOverview, days_text

TITLE = "到期事项一览"
_GRID = colors.Color(0.55, 0.55, 0.55)
_HEAD_FILL = colors.Color(0.93, 0.93, 0.93)
_GROUP_FILL = colors.Color(0.86, 0.89, 0.94)
_OVERDUE_FILL = colors.Color(0.99, 0.87, 0.86)
_HEADERS = ("经营许可证编号", "公司名称", "事项", "截止日期", "剩余或逾期")


def render_due_overview(overview: DueOverview) -> RenderResult:
    markup = Markup()
    styles = build_styles()
    today = overview.today
    width = PAGE_WIDTH - 1.5 * MARGIN_X
    counts = "　".join(f"{GROUP_NAMES[g][0]} {overview.count(g)} 项" for g in GROUPS)
    story: list = [Paragraph(TITLE, styles.annex_title), Spacer(1, 0.3 * cm),
                   Paragraph(markup(f"截至 {format_cn_date(today)}　{counts}"), styles.cell), Spacer(1, 0.3 * cm)]

    small = styles.small
    rows: list[list] = [[Paragraph(h, small) for h in _HEADERS]]
    commands: list[tuple] = [("GRID", (0, 0), (-1, -1), 0.5, _GRID), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                             ("BACKGROUND", (0, 0), (-1, 0), _HEAD_FILL)]
    for group in GROUPS:
        items = overview.groups.get(group, [])
        index = len(rows)
        rows.append([Paragraph(markup(f"{GROUP_NAMES[group][0]}（{len(items)} 项）"), styles.cell), "", "", "", ""])
        commands += [("SPAN", (0, index), (-1, index)), ("BACKGROUND", (0, index), (-1, index), _GROUP_FILL)]
        if not items:
            rows.append([Paragraph("无", small), "", "", "", ""])
            commands.append(("SPAN", (0, len(rows) - 1), (-1, len(rows) - 1)))
        for item in items:
            rows.append([Paragraph(markup(item.number), small), Paragraph(markup(item.company), small),
                         Paragraph(markup(item.title_zh), small), Paragraph(item.due.isoformat(), small),
                         Paragraph(markup(days_text(item, today)), small)])
            if item.status == dl.OVERDUE:
                commands.append(("BACKGROUND", (4, len(rows) - 1), (4, len(rows) - 1), _OVERDUE_FILL))
    widths = [3.3 * cm, 4.2 * cm, width - 3.3 * cm - 4.2 * cm - 2.2 * cm - 2.1 * cm, 2.2 * cm, 2.1 * cm]
    table = LongTable(rows, colWidths=widths, repeatRows=1)
    table.setStyle(table_style(commands))
    story.append(table)

    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer, leftMargin=MARGIN_X * 0.75, rightMargin=MARGIN_X * 0.75, topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM, initialFontName=fonts.main_font(), invariant=reproducible(),
        title=f"{TITLE}（{today.isoformat()}）", author="licdesk", creator="licdesk", lang="zh-CN",
    )
    header = f"{TITLE}　截至 {format_cn_date(today)}"
    pages: list[int] = []

    def on_page(canvas: Canvas, _doc: object) -> None:
        canvas.saveState()
        canvas.setFillColorRGB(*INK)
        canvas.setFont(fonts.main_font(), 9)
        canvas.drawString(MARGIN_X * 0.75, PAGE_HEIGHT - 1.3 * cm, header)  # the program's own words only
        canvas.restoreState()

    doc.build(story, onFirstPage=on_page, onLaterPages=on_page, canvasmaker=numbered_canvas_class(pages))
    return RenderResult(pdf=buffer.getvalue(), warnings=markup.warnings(), missing_characters=markup.missing,
                        page_count=pages[0] if pages else 0)
