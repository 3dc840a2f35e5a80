"""Page templates and what is drawn on every page: border, headers, reference line, watermark, page numbers.

Each license of a document gets its own templates, so headers always name the license the page
belongs to, and page numbers (第 N 页 共 M 页) count the pages of that license alone, also when
several licenses are printed into one combined file.
"""

from __future__ import annotations

import math
from typing import Callable

from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Frame, PageTemplate, Paragraph

from licdesk.domain.model import License
from licdesk.pdf import fonts
from licdesk.pdf.styles import INK
from licdesk.pdf.text import Markup

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 2.4 * cm
MARGIN_TOP = 2.3 * cm
MARGIN_BOTTOM = 2.2 * cm
BORDER_INSET = 1.5 * cm  # the certificate's frame line, from the paper edge
BODY_HEIGHT = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM
PROVISIONS_HEADER = 2.2 * cm  # room below the top margin for the repeated number and heading

PROVISIONS_TITLE = "特别规定事项"
WATERMARK_WIDTH = PAGE_WIDTH * 0.95

_GROUP = "_licdesk_group"  # canvas attribute: which license the current page belongs to


def _one_line_style(size: float, align: int, color=INK) -> ParagraphStyle:
    return ParagraphStyle(
        f"line{size}", fontName=fonts.main_font(), fontSize=size, leading=size * 1.2,
        alignment=align, textColor=color, wordWrap="CJK",
    )


MIN_LINE_SIZE = 5.5


def fitted_line(text: str, markup: Markup, width: float, size: float, align: int = TA_LEFT,
                color=INK) -> Paragraph:
    """`text` as one line no wider than `width`: the size shrinks down to MIN_LINE_SIZE, and text
    still too long after that is cut short with "…" (a header line must not run into the page)."""
    def line(content: str, at: float) -> tuple[Paragraph, bool]:
        style = _one_line_style(at, align, color)
        para = Paragraph(markup(content), style)
        _, height = para.wrap(width, PAGE_HEIGHT)
        return para, height <= style.leading * 1.01

    while True:
        para, fits = line(text, size)
        if fits:
            return para
        if size <= MIN_LINE_SIZE:
            break
        size = max(size * 0.85, MIN_LINE_SIZE)
    low, high = 0, len(text)  # the longest prefix that fits, with its ellipsis
    while low < high:
        middle = (low + high + 1) // 2
        if line(text[:middle] + "…", size)[1]:
            low = middle
        else:
            high = middle - 1
    return line(text[:low] + "…", size)[0]


def draw_line(canvas: Canvas, para: Paragraph, x: float, top: float, width: float) -> None:
    """Draw a one-line paragraph made by fitted_line with its top at `top`."""
    _, height = para.wrap(width, PAGE_HEIGHT)
    para.drawOn(canvas, x, top - height)


class Decorations:
    """Draws the page furniture of one license's pages."""

    def __init__(self, lic: License, group: int, markup: Markup, *, reference: str | None,
                 watermark: str | None) -> None:
        self.group = group
        width = PAGE_WIDTH - 2 * MARGIN_X
        # Laid out once per license, drawn on each of its pages.
        self.number_line = fitted_line(f"经营许可证编号：{lic.number}", markup, width, 11)
        self.reference = (fitted_line(reference, markup, width, 8.5, TA_LEFT, (0.35, 0.35, 0.35))
                          if reference else None)
        self.watermark = (fitted_line(watermark, markup, WATERMARK_WIDTH, 34, TA_CENTER, (0.45, 0.45, 0.45))
                          if watermark else None)

    # -- onPage / onPageEnd hooks --------------------------------------------------
    def certificate_page(self, canvas: Canvas, doc) -> None:
        self._begin(canvas)
        _draw_border(canvas)

    def provisions_page(self, canvas: Canvas, doc) -> None:
        self._begin(canvas)
        self._number_line(canvas)
        top = PAGE_HEIGHT - MARGIN_TOP - 0.55 * cm
        canvas.saveState()
        canvas.setFillColorRGB(*INK)
        canvas.setFont(fonts.main_font(), 16)
        canvas.drawCentredString(PAGE_WIDTH / 2, top - 16, PROVISIONS_TITLE)
        canvas.setLineWidth(0.6)
        canvas.setStrokeColorRGB(*INK)
        rule = top - 16 - 0.5 * cm
        canvas.line(MARGIN_X, rule, PAGE_WIDTH - MARGIN_X, rule)
        canvas.restoreState()

    def plain_page(self, canvas: Canvas, doc) -> None:
        # Also the annex and the inspection record: a loose sheet still says which license it is.
        self._begin(canvas)
        self._number_line(canvas)

    def end_page(self, canvas: Canvas, doc) -> None:
        if self.watermark is not None:
            _draw_watermark(canvas, self.watermark)

    # -- pieces ----------------------------------------------------------------------
    def _begin(self, canvas: Canvas) -> None:
        setattr(canvas, _GROUP, self.group)
        if self.reference is not None:
            draw_line(canvas, self.reference, MARGIN_X, PAGE_HEIGHT - 0.7 * cm, PAGE_WIDTH - 2 * MARGIN_X)

    def _number_line(self, canvas: Canvas) -> None:
        draw_line(canvas, self.number_line, MARGIN_X, PAGE_HEIGHT - MARGIN_TOP + 0.6 * cm,
                  PAGE_WIDTH - 2 * MARGIN_X)

    # -- templates -------------------------------------------------------------------
    def templates(self) -> dict[str, PageTemplate]:
        """Templates keyed by part kind: certificate, provisions, plain (annex, inspections)."""
        inner = BORDER_INSET + 1.2 * cm
        body_width = PAGE_WIDTH - 2 * MARGIN_X
        body_height = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM

        def frame(x: float, y: float, w: float, h: float) -> Frame:
            return Frame(x, y, w, h, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)

        def template(kind: str, frm: Frame, on_page: Callable) -> PageTemplate:
            return PageTemplate(f"{kind}-{self.group}", [frm], onPage=on_page, onPageEnd=self.end_page,
                                pagesize=A4)

        return {
            "certificate": template(
                "certificate",
                frame(inner, inner, PAGE_WIDTH - 2 * inner, PAGE_HEIGHT - 2 * inner),
                self.certificate_page,
            ),
            "provisions": template(
                "provisions",
                frame(MARGIN_X, MARGIN_BOTTOM, body_width, body_height - PROVISIONS_HEADER),
                self.provisions_page,
            ),
            "plain": template("plain", frame(MARGIN_X, MARGIN_BOTTOM, body_width, body_height),
                              self.plain_page),
        }


def certificate_frame_size() -> tuple[float, float]:
    inner = BORDER_INSET + 1.2 * cm
    return PAGE_WIDTH - 2 * inner, PAGE_HEIGHT - 2 * inner


def _draw_border(canvas: Canvas) -> None:
    """A formal double frame line with small corner squares, like the printed original's border."""
    outer = BORDER_INSET
    inner = outer + 0.18 * cm
    canvas.saveState()
    canvas.setStrokeColorRGB(*INK)
    canvas.setLineWidth(2.2)
    canvas.rect(outer, outer, PAGE_WIDTH - 2 * outer, PAGE_HEIGHT - 2 * outer)
    canvas.setLineWidth(0.6)
    canvas.rect(inner, inner, PAGE_WIDTH - 2 * inner, PAGE_HEIGHT - 2 * inner)
    corner = 0.32 * cm
    canvas.setFillColorRGB(*INK)
    for x, y in ((inner, inner), (PAGE_WIDTH - inner, inner), (inner, PAGE_HEIGHT - inner),
                 (PAGE_WIDTH - inner, PAGE_HEIGHT - inner)):
        canvas.rect(x - corner / 2, y - corner / 2, corner, corner, stroke=0, fill=1)
    canvas.restoreState()


def _draw_watermark(canvas: Canvas, para: Paragraph) -> None:
    """The copy watermark: light grey, diagonal, three times down the page, over the content."""
    canvas.saveState()
    canvas.setFillAlpha(0.22)
    angle = math.degrees(math.atan2(PAGE_HEIGHT, PAGE_WIDTH)) * 0.75
    width = WATERMARK_WIDTH
    for offset in (-PAGE_HEIGHT * 0.3, 0, PAGE_HEIGHT * 0.3):
        canvas.saveState()
        canvas.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2 + offset)
        canvas.rotate(angle)
        draw_line(canvas, para, -width / 2, 18, width)
        canvas.restoreState()
    canvas.restoreState()


def numbered_canvas_class(page_counter: list[int]) -> type[Canvas]:
    """A canvas that holds every page back until the end, then writes 第 N 页 共 M 页 on each.

    The total is only known once all pages are laid out; `page_counter` receives it.
    """

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            totals: dict[object, int] = {}
            for state in self._pages:
                group = state.get(_GROUP)
                totals[group] = totals.get(group, 0) + 1
            seen: dict[object, int] = {}
            for state in self._pages:
                self.__dict__.update(state)
                group = state.get(_GROUP)
                seen[group] = seen.get(group, 0) + 1
                self._page_number(seen[group], totals[group])
                super().showPage()
            page_counter.append(len(self._pages))
            super().save()

        def _page_number(self, number: int, total: int) -> None:
            self.saveState()
            self.setFillColorRGB(*INK)
            self.setFont(fonts.main_font(), 9.5)
            self.drawCentredString(PAGE_WIDTH / 2, 0.85 * cm, f"第 {number} 页 共 {total} 页")
            self.restoreState()

    return NumberedCanvas
