"""The annex (附页): the websites an information-service license covers."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from licdesk.domain.model import License, Website
from licdesk.pdf.certificate import COUNTRY, title_of
from licdesk.pdf.styles import Styles, table_style
from licdesk.pdf.text import Markup

LABEL_WIDTH = 5.0 * cm
RULE = colors.Color(0.35, 0.35, 0.35)


def default_heading(lic: License) -> str:
    return f"{lic.company}获准经营信息服务业务(仅限互联网信息服务)相关信息"


def story(lic: License, styles: Styles, markup: Markup, width: float, page_height: float) -> list[Flowable]:
    """Nothing when the license lists no website: the paper original has no annex then."""
    if not lic.annex:
        return []
    flow: list[Flowable] = [
        Spacer(1, 0.5 * cm),
        Paragraph(f"{COUNTRY}{title_of(lic)}<br/>（附页）", styles.annex_title),
        Spacer(1, 0.6 * cm),
        Paragraph(markup(lic.annex_heading or default_heading(lic)), styles.heading),
        Spacer(1, 0.3 * cm),
    ]
    for site in lic.annex:
        table = _site_table(site, styles, markup, width)
        gap = Spacer(1, 0.45 * cm)
        # A website's four lines stay together on one page, unless together they are longer than
        # a page: then they simply flow on (keeping them together would leave an empty page).
        if table.wrap(width, page_height)[1] < page_height * 0.8:
            flow.append(KeepTogether([table, gap]))
        else:
            flow += [table, gap]
    return flow


def _site_table(site: Website, styles: Styles, markup: Markup, width: float) -> Table:
    domains = "<br/>".join(markup(d) for d in site.domains)
    rows = [
        [Paragraph("网站名称：", styles.cell), Paragraph(markup(site.site_name), styles.cell)],
        [Paragraph("网站域名：", styles.cell), Paragraph(domains, styles.cell)],
        [Paragraph("服务器放置地：", styles.cell), Paragraph(markup(site.server_location), styles.cell)],
        [Paragraph("网站接入服务提供单位：", styles.cell), Paragraph(markup(site.access_provider), styles.cell)],
    ]
    table = Table(rows, colWidths=[LABEL_WIDTH, width - LABEL_WIDTH], splitInRow=1)
    table.setStyle(table_style([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BOX", (0, 0), (-1, -1), 0.7, RULE),
        ("INNERGRID", (0, 0), (-1, -1), 0.35, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
        ("LEFTPADDING", (0, 0), (-1, -1), 6),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
    ]))
    return table
