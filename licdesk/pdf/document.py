"""License → PDF bytes.  Pure: no Qt, no database, no files; safe to call on a worker thread."""

from __future__ import annotations

import datetime as _dt
import io
import os
from dataclasses import dataclass, field
from typing import Callable, Iterable, Sequence

from reportlab.platypus import BaseDocTemplate, Flowable, NextPageTemplate, PageBreak, PageTemplate, Paragraph

from licdesk.domain.dates import format_cn_date
from licdesk.domain.model import License
from licdesk.pdf import annex, certificate, fonts, inspections, provisions
from licdesk.pdf.options import ANNEX, CERTIFICATE, INSPECTIONS, PART_LABELS, PROVISIONS, PrintOptions
from licdesk.pdf.pages import (
    BODY_HEIGHT,
    MARGIN_X,
    PAGE_WIDTH,
    Decorations,
    certificate_frame_size,
    numbered_canvas_class,
)
from licdesk.pdf.styles import Styles, build_styles
from licdesk.pdf.text import Markup

Progress = Callable[[int, int], None]  # (licenses done, licenses in all)
Cancelled = Callable[[], bool]


class RenderCancelled(Exception):
    """The caller's `cancelled()` said stop; no PDF was produced."""


@dataclass
class RenderResult:
    pdf: bytes
    warnings: list[str] = field(default_factory=list)  # one line each, Chinese first
    missing_characters: list[str] = field(default_factory=list)
    page_count: int = 0


def reproducible() -> bool:
    """A PDF carries the moment it was made; with SOURCE_DATE_EPOCH set (the reproducible-builds
    convention, which reportlab reads too) it carries that moment and the same record gives the same
    bytes on every machine."""
    return bool(os.environ.get("SOURCE_DATE_EPOCH", "").strip())


def render_license(lic: License, options: PrintOptions | None = None) -> RenderResult:
    """The printed certificate of one license."""
    return render_licenses([lic], options)


def render_licenses(
    licenses: Sequence[License],
    options: PrintOptions | None = None,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> RenderResult:
    """One PDF holding each license in turn; each starts on a new page and numbers its own pages."""
    options = options or PrintOptions()
    markup = Markup()
    styles = build_styles()
    watermark = _watermark_text(options)
    templates: list[PageTemplate] = []
    story: list[Flowable] = []
    total = len(licenses)

    for index, lic in enumerate(licenses):
        decorations = Decorations(lic, index, markup, reference=options.reference, watermark=watermark)
        by_kind = decorations.templates()
        templates.extend(by_kind.values())
        first = True
        for kind, flows in _parts(lic, options, styles, markup):
            if not story:
                # The document opens on the first template in the list: put this one first.
                templates.remove(by_kind[kind])
                templates.insert(0, by_kind[kind])
            else:
                story += [NextPageTemplate(by_kind[kind].id), PageBreak()]
            if first:
                story.append(_Milestone(index, total, progress, cancelled))
                first = False
            story += flows
    if not story:
        raise ValueError("nothing to print: no license given")
    story.append(_Milestone(total, total, progress, cancelled))

    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pageTemplates=templates,
        initialFontName=fonts.main_font(),  # so the file names no non-embedded standard font
        invariant=reproducible(),
        title=_title(licenses),
        author="licdesk",
        creator="licdesk",
        lang="zh-CN",
    )
    pages: list[int] = []
    doc.build(story, canvasmaker=numbered_canvas_class(pages))
    return RenderResult(
        pdf=buffer.getvalue(),
        warnings=markup.warnings(),
        missing_characters=markup.missing,
        page_count=pages[0] if pages else 0,
    )


def _parts(lic: License, options: PrintOptions, styles: Styles, markup: Markup) -> Iterable[tuple[str, list]]:
    """(template kind, flowables) for each part to print that has something on it."""
    body_width = PAGE_WIDTH - 2 * MARGIN_X
    produced = False
    if options.includes(CERTIFICATE):
        width, height = certificate_frame_size()
        produced = True
        yield "certificate", certificate.story(lic, styles, markup, width, height)
    if options.includes(ANNEX) and lic.annex:
        produced = True
        yield "plain", annex.story(lic, styles, markup, body_width, BODY_HEIGHT)
    if options.includes(PROVISIONS):
        produced = True
        yield "provisions", provisions.story(lic, styles, markup)
    if options.includes(INSPECTIONS):
        produced = True
        yield "plain", inspections.story(lic, styles, markup, body_width, BODY_HEIGHT)
    if not produced:
        # Only parts this license does not have were asked for: say so rather than print a blank page.
        asked = "、".join(PART_LABELS[p] for p in options.parts)
        text = f"许可证 {markup(lic.number)} 没有可打印的内容（所选部分：{asked}）。"
        yield "plain", [Paragraph(text, styles.body)]


def _watermark_text(options: PrintOptions) -> str | None:
    if not options.watermark:
        return None
    when = options.watermark_date or _dt.date.today()
    return f"{options.watermark}　{format_cn_date(when)}"


def _title(licenses: Sequence[License]) -> str:
    if len(licenses) == 1:
        return f"{licenses[0].number} 增值电信业务经营许可证"
    return f"增值电信业务经营许可证（{len(licenses)} 份）"


class _Milestone(Flowable):
    """Takes no room; when laid out it reports progress and honours a cancel request."""

    def __init__(self, done: int, total: int, progress: Progress | None, cancelled: Cancelled | None):
        super().__init__()
        self.done, self.total = done, total
        self.progress, self.cancelled = progress, cancelled

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise RenderCancelled()
        if self.progress is not None:
            self.progress(self.done, self.total)
