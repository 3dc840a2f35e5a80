"""The review report as a PDF: a summary, the open findings, then every clause with its status, note
and evidence.  Same embedded faces and styles as the certificate; every user text goes through Markup.
Pure: no Qt, no database, no files.
"""

from __future__ import annotations

import datetime as _dt
import io
from typing import Mapping

from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, Spacer

from licdesk.domain import review as rv
from licdesk.domain.dates import format_cn_date
from licdesk.domain.model import License
from licdesk.pdf import fonts
from licdesk.pdf.document import RenderResult, reproducible
from licdesk.pdf.pages import MARGIN_BOTTOM, MARGIN_TOP, MARGIN_X, PAGE_WIDTH, PAGE_HEIGHT, numbered_canvas_class
from licdesk.pdf.styles import INK, Styles, build_styles, table_style
from licdesk.pdf.text import Markup

TITLE = "特别规定事项合规审查报告"
_GRID = colors.Color(0.55, 0.55, 0.55)
_HEAD_FILL = colors.Color(0.93, 0.93, 0.93)
# Tints of the status cell, so a reader finds the findings at a glance (also in black and white: words first).
_STATUS_FILLS = {
    rv.NOT_COMPLIANT: colors.Color(0.99, 0.87, 0.86),
    rv.PARTLY: colors.Color(1.0, 0.95, 0.80),
    rv.COMPLIANT: colors.Color(0.88, 0.96, 0.88),
}


def render_review_report(lic: License, round_: rv.ReviewRound, *, evidence_names: Mapping[str, str] | None = None,
                         generated: _dt.date | None = None) -> RenderResult:
    """The report of one review round of one license.  `evidence_names`: attachment SHA-256 → file name."""
    markup = Markup()
    styles = build_styles()
    names = dict(evidence_names or {})
    generated = generated or _dt.date.today()
    items = rv.review_items(lic)
    story = _summary(lic, round_, items, styles, markup, generated)
    story += _findings(lic, round_, items, styles, markup)
    story += _clauses(lic, round_, items, styles, markup, names)

    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer, leftMargin=MARGIN_X * 0.75, rightMargin=MARGIN_X * 0.75, topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM, initialFontName=fonts.main_font(), invariant=reproducible(),
        title=f"{lic.number} {TITLE}", author="licdesk", creator="licdesk", lang="zh-CN",
    )
    header = f"{lic.number}　{TITLE}"
    pages: list[int] = []

    def on_page(canvas: Canvas, _doc: object) -> None:
        canvas.saveState()
        canvas.setFillColorRGB(*INK)
        canvas.setFont(fonts.main_font(), 9)
        # the number and the title are the document's own words; drawString takes them as plain text
        canvas.drawString(MARGIN_X * 0.75, PAGE_HEIGHT - 1.3 * cm, _drawable(header, markup))
        canvas.restoreState()

    doc.build(story, onFirstPage=on_page, onLaterPages=on_page, canvasmaker=numbered_canvas_class(pages))
    return RenderResult(pdf=buffer.getvalue(), warnings=markup.warnings(), missing_characters=markup.missing,
                        page_count=pages[0] if pages else 0)


def _drawable(text: str, markup: Markup) -> str:
    """Header text for drawString: characters the main face lacks become the missing mark."""
    chars = fonts.main_chars()
    return "".join(c if ord(c) in chars or c == " " else "□" for c in text)


def _summary(lic: License, round_: rv.ReviewRound, items: list[rv.ReviewItem], styles: Styles,
             markup: Markup, generated: _dt.date) -> list:
    counted = rv.progress(lic, round_)
    title = styles.annex_title
    finished = format_cn_date(round_.finished.date()) if round_.finished else "进行中"
    facts = [
        ("经营许可证编号", lic.number),
        ("公司名称", lic.company),
        ("审查开始", format_cn_date(round_.started.date())),
        ("审查完成", finished),
        ("审查人", round_.reviewer or "—"),
        ("报告日期", format_cn_date(generated)),
        ("审查进度", f"已审 {counted.reviewed} 条，共 {counted.total} 条"
                    + (f"；其中 {counted.rereview} 条因条款文字变化需要重新审查" if counted.rereview else "")),
    ]
    rows = [[Paragraph(markup(k), styles.cell), Paragraph(markup(v), styles.cell)] for k, v in facts]
    width = PAGE_WIDTH - 1.5 * MARGIN_X
    info = LongTable(rows, colWidths=[3.4 * cm, width - 3.4 * cm])
    info.setStyle(table_style([("GRID", (0, 0), (-1, -1), 0.5, _GRID), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("BACKGROUND", (0, 0), (0, -1), _HEAD_FILL)]))
    head = [Paragraph(markup(rv.status_name(s)), styles.cell) for s in rv.STATUSES]
    numbers = [Paragraph(str(counted.by_status[s]), styles.cell) for s in rv.STATUSES]
    counts = LongTable([head, numbers], colWidths=[width / len(rv.STATUSES)] * len(rv.STATUSES))
    counts.setStyle(table_style([("GRID", (0, 0), (-1, -1), 0.5, _GRID), ("BACKGROUND", (0, 0), (-1, 0), _HEAD_FILL)]))
    return [Paragraph(TITLE, title), Spacer(1, 0.4 * cm), info, Spacer(1, 0.4 * cm),
            Paragraph("各状态条款数", styles.label), counts, Spacer(1, 0.5 * cm)]


def _findings(lic: License, round_: rv.ReviewRound, items: list[rv.ReviewItem], styles: Styles,
              markup: Markup) -> list:
    found = list(rv.open_findings(lic, round_))
    if not found:
        return [Paragraph("待整改事项：无", styles.label), Spacer(1, 0.5 * cm)]
    width = PAGE_WIDTH - 1.5 * MARGIN_X
    rows = [[Paragraph(h, styles.cell) for h in ("条款", "状态", "说明", "负责人", "整改期限")]]
    for item, review in found:
        rows.append([
            Paragraph(markup(rv.full_label(lic, item)), styles.cell),
            Paragraph(markup(rv.status_name(review.status)), styles.cell),
            Paragraph(markup(review.note), styles.cell),
            Paragraph(markup(review.responsible), styles.cell),
            Paragraph(markup(format_cn_date(review.due)) if review.due else "未定", styles.cell),
        ])
    widths = [2.4 * cm, 2.0 * cm, width - 2.4 * cm - 2.0 * cm - 2.6 * cm - 3.4 * cm, 2.6 * cm, 3.4 * cm]
    table = LongTable(rows, colWidths=widths, repeatRows=1)
    table.setStyle(table_style([("GRID", (0, 0), (-1, -1), 0.5, _GRID), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                ("BACKGROUND", (0, 0), (-1, 0), _HEAD_FILL)]))
    return [Paragraph(f"待整改事项（{len(found)} 项）", styles.label), table, Spacer(1, 0.5 * cm)]


def _clauses(lic: License, round_: rv.ReviewRound, items: list[rv.ReviewItem], styles: Styles,
             markup: Markup, names: dict[str, str]) -> list:
    width = PAGE_WIDTH - 1.5 * MARGIN_X
    small = styles.small
    rows = [[Paragraph(h, styles.cell) for h in ("条款", "条款内容", "状态", "说明 / 负责人 / 期限", "证据")]]
    fills = []
    for index, item in enumerate(items, start=1):
        review = round_.review_for(item)
        stale = rv.needs_rereview(item, review)
        status = rv.status_name(review.status) + ("（条款已变化，需重新审查）" if stale else "")
        details = [review.note]
        if review.responsible:
            details.append(f"负责人：{review.responsible}")
        if review.due:
            details.append(f"整改期限：{format_cn_date(review.due)}")
        evidence = [names.get(h, f"附件 {h[:8]}") for h in review.evidence]
        scope = f"（适用于{item.applies_to}）" if item.applies_to else ""
        rows.append([
            Paragraph(markup(rv.full_label(lic, item)), small),
            Paragraph(markup(scope + item.text), small),
            Paragraph(markup(status), small),
            Paragraph(markup("\n".join(d for d in details if d)), small),
            Paragraph(markup("\n".join(evidence)), small),
        ])
        if review.status in _STATUS_FILLS and not stale:
            fills.append(("BACKGROUND", (2, index), (2, index), _STATUS_FILLS[review.status]))
    widths = [1.9 * cm, width - 1.9 * cm - 2.2 * cm - 4.6 * cm - 3.0 * cm, 2.2 * cm, 4.6 * cm, 3.0 * cm]
    table = LongTable(rows, colWidths=widths, repeatRows=1)
    table.setStyle(table_style([("GRID", (0, 0), (-1, -1), 0.5, _GRID), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                ("BACKGROUND", (0, 0), (-1, 0), _HEAD_FILL), *fills]))
    return [Paragraph("逐条审查结果", styles.label), table]
