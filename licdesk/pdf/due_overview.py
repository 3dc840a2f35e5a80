"""The due overview as a PDF: one table, the three groups (本月到期, 未来90天, 已逾期) each under a row of
its own, in the interface's language (`language` "zh" or "en").  Same embedded faces and styles as the
certificate and the review report; every text from the library goes through Markup.  Pure: no Qt, no
database, no files.
"""

from __future__ import annotations

import datetime as _dt
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
from licdesk.services.due_overview import GROUP_NAMES, GROUPS, NEXT_90_DAYS, OVERDUE, THIS_MONTH, DueOverview, days_text

TITLE = "到期事项一览"
TITLE_EN = "Due overview"
_GRID = colors.Color(0.55, 0.55, 0.55)
_HEAD_FILL = colors.Color(0.93, 0.93, 0.93)
_GROUP_FILL = colors.Color(0.86, 0.89, 0.94)
_OVERDUE_FILL = colors.Color(0.99, 0.87, 0.86)
_HEADERS = ("经营许可证编号", "公司名称", "事项", "截止日期", "剩余或逾期")
_HEADERS_EN = ("License number", "Company", "What is due", "Due date", "Days left or overdue")


class _Words:
    """The document's own words in one language."""

    def __init__(self, language: str, today: _dt.date) -> None:
        self.english = language.startswith("en")
        self.side = 1 if self.english else 0
        self.title = TITLE_EN if self.english else TITLE
        self.headers = _HEADERS_EN if self.english else _HEADERS
        self.none = "None" if self.english else "无"
        self.as_of = f"As of {today.isoformat()}" if self.english else f"截至 {format_cn_date(today)}"

    def group(self, group: str, count: int) -> str:
        return f"{GROUP_NAMES[group][self.side]} ({count})" if self.english else f"{GROUP_NAMES[group][0]}（{count} 项）"

    def counts(self, overview: DueOverview) -> str:
        if self.english:
            return (f"{overview.count(THIS_MONTH)} due this month · {overview.count(NEXT_90_DAYS)} in the next "
                    f"90 days · {overview.count(OVERDUE)} overdue")
        return "　".join(f"{GROUP_NAMES[g][0]} {overview.count(g)} 项" for g in GROUPS)


def render_due_overview(overview: DueOverview, language: str = "zh") -> RenderResult:
    markup = Markup()
    styles = build_styles()
    today = overview.today
    words = _Words(language, today)
    width = PAGE_WIDTH - 1.5 * MARGIN_X
    story: list = [Paragraph(words.title, styles.annex_title), Spacer(1, 0.3 * cm),
                   Paragraph(markup(f"{words.as_of}{': ' if words.english else '　'}{words.counts(overview)}"), styles.cell),
                   Spacer(1, 0.3 * cm)]

    small = styles.small
    rows: list[list] = [[Paragraph(h, small) for h in words.headers]]
    commands: list[tuple] = [("GRID", (0, 0), (-1, -1), 0.5, _GRID), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                             ("BACKGROUND", (0, 0), (-1, 0), _HEAD_FILL)]
    for group in GROUPS:
        items = overview.groups.get(group, [])
        index = len(rows)
        rows.append([Paragraph(markup(words.group(group, len(items))), styles.cell), "", "", "", ""])
        commands += [("SPAN", (0, index), (-1, index)), ("BACKGROUND", (0, index), (-1, index), _GROUP_FILL)]
        if not items:
            rows.append([Paragraph(words.none, small), "", "", "", ""])
            commands.append(("SPAN", (0, len(rows) - 1), (-1, len(rows) - 1)))
        for item in items:
            rows.append([Paragraph(markup(item.number), small), Paragraph(markup(item.company), small),
                         Paragraph(markup(item.title(language)), small), Paragraph(item.due.isoformat(), small),
                         Paragraph(markup(days_text(item, today, language)), small)])
            if item.status == dl.OVERDUE:
                commands.append(("BACKGROUND", (4, len(rows) - 1), (4, len(rows) - 1), _OVERDUE_FILL))
    days = 3.2 * cm if words.english else 2.5 * cm  # "683 days overdue" on one line
    widths = [3.1 * cm, 3.9 * cm, width - 3.1 * cm - 3.9 * cm - 2.2 * cm - days, 2.2 * cm, days]
    table = LongTable(rows, colWidths=widths, repeatRows=1)
    table.setStyle(table_style(commands))
    story.append(table)

    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer, leftMargin=MARGIN_X * 0.75, rightMargin=MARGIN_X * 0.75, topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM, initialFontName=fonts.main_font(), invariant=reproducible(),
        title=f"{words.title} ({today.isoformat()})", author="licdesk", creator="licdesk",
        lang="en" if words.english else "zh-CN",
    )
    header = f"{words.title}{'  ' if words.english else '　'}{words.as_of}"
    pages: list[int] = []

    def on_page(canvas: Canvas, _doc: object) -> None:
        canvas.saveState()
        canvas.setFillColorRGB(*INK)
        canvas.setFont(fonts.main_font(), 9)
        canvas.drawString(MARGIN_X * 0.75, PAGE_HEIGHT - 1.3 * cm, header)  # the program's own words only
        canvas.restoreState()

    canvas_class = numbered_canvas_class(pages)
    if words.english:
        canvas_class = _english_numbers(canvas_class)
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page, canvasmaker=canvas_class)
    return RenderResult(pdf=buffer.getvalue(), warnings=markup.warnings(), missing_characters=markup.missing,
                        page_count=pages[0] if pages else 0)


def _english_numbers(base: type[Canvas]) -> type[Canvas]:
    """The numbered canvas, saying "Page N of M" for an English document."""

    class EnglishNumbered(base):  # type: ignore[valid-type, misc]
        def _page_number(self, number: int, total: int) -> None:
            self.saveState()
            self.setFillColorRGB(*INK)
            self.setFont(fonts.main_font(), 9.5)
            self.drawCentredString(PAGE_WIDTH / 2, 0.85 * cm, f"Page {number} of {total}")
            self.restoreState()

    return EnglishNumbered
