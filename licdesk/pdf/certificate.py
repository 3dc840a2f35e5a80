"""The main certificate page (正本): title, number, preamble, holder, services, issuer and dates.

Everything is kept on one page: when a name is very long the whole page content is scaled down
to fit inside the border rather than spilling onto a second sheet.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, KeepInFrame, Paragraph, Spacer, Table

from licdesk.domain.dates import format_cn_date
from licdesk.domain.model import License, Service
from licdesk.pdf.flowables import HeavyTitle, StampArea
from licdesk.pdf.styles import Styles, table_style
from licdesk.pdf.text import Markup

COUNTRY = "中华人民共和国"
TITLE = "增值电信业务经营许可证"
CROSS_REGIONAL_TITLE = "跨地区增值电信业务经营许可证"

_PREAMBLE = (
    "根据《中华人民共和国电信条例》及国家有关规定，经审查，准许你公司按照本经营许可证（正文和附件）"
    "载明的内容经营增值电信业务，特颁发{title}。"
)

LABEL_WIDTH = 3.9 * cm


def title_of(lic: License) -> str:
    return CROSS_REGIONAL_TITLE if lic.cross_regional else TITLE


def standard_preamble(lic: License) -> str:
    """The opening sentence a certificate of this kind carries, for records that lack their own."""
    return _PREAMBLE.format(title=title_of(lic))


def story(lic: License, styles: Styles, markup: Markup, width: float, height: float) -> list[Flowable]:
    content: list[Flowable] = [
        Spacer(1, 1.0 * cm),
        HeavyTitle([(COUNTRY, 22, 10), (title_of(lic), 27, 4)], gap=10),
        Spacer(1, 0.9 * cm),
        Paragraph(f"经营许可证编号：{markup(lic.number)}", styles.number),
        Spacer(1, 0.9 * cm),
        Paragraph(markup(lic.preamble or standard_preamble(lic)), styles.preamble),
        Spacer(1, 0.7 * cm),
        _holder_table(lic, styles, markup, width),
        Spacer(1, 2.2 * cm),
        _issuer_block(lic, styles, markup, width),
    ]
    return [KeepInFrame(width, height, content, mode="shrink")]


def _holder_table(lic: License, styles: Styles, markup: Markup, width: float) -> Table:
    rows = [
        [Paragraph("公司名称：", styles.label), Paragraph(markup(lic.company), styles.value)],
        [Paragraph("法定代表人：", styles.label), Paragraph(markup(lic.legal_representative), styles.value)],
        [
            Paragraph("业务种类<br/>（服务项目）<br/>及覆盖范围：", styles.label),
            _services(lic.services, styles, markup, width - LABEL_WIDTH),
        ],
    ]
    table = Table(rows, colWidths=[LABEL_WIDTH, width - LABEL_WIDTH])
    table.setStyle(table_style([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 12),
    ]))
    return table


def _services(services: list[Service], styles: Styles, markup: Markup, width: float) -> Flowable | list:
    if not services:
        return Paragraph("", styles.value)
    if len(services) == 1:
        service = services[0]
        parts = [Paragraph(markup(service.name), styles.value)]
        if service.coverage:
            parts.append(Paragraph(markup(service.coverage), styles.value))
        if service.remarks:
            parts.append(Paragraph(markup(service.remarks), styles.value_small))
        return parts
    # Several business types: name (remarks under it) | coverage, one row each.
    rows = []
    for service in services:
        name = [Paragraph(markup(service.name), styles.value)]
        if service.remarks:
            name.append(Paragraph(markup(service.remarks), styles.value_small))
        rows.append([name, Paragraph(markup(service.coverage), styles.value)])
    name_width = width * 0.55
    table = Table(rows, colWidths=[name_width, width - name_width])
    table.setStyle(table_style([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (0, -1), 0),
        ("LEFTPADDING", (1, 0), (1, -1), 8),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ("LINEBELOW", (0, 0), (-1, -2), 0.4, colors.Color(0.6, 0.6, 0.6)),
    ]))
    return table


def _issuer_block(lic: License, styles: Styles, markup: Markup, width: float) -> Table:
    lines = [
        Paragraph("发证机关（盖章）：", styles.value),
        Paragraph(markup(lic.effective_issuer), styles.value),
        Spacer(1, 10),
        Paragraph(f"发证日期：{format_cn_date(lic.issue_date)}", styles.value),
        Spacer(1, 8),
        Paragraph(f"有效期至：{format_cn_date(lic.expiry_date)}", styles.value),
    ]
    # Bottom right, as on the paper original, with the seal's place beside the issuer.
    stamp_width = 4.2 * cm
    blank = width * 0.3
    table = Table(
        [["", lines, StampArea(3.8 * cm)]], colWidths=[blank, width - blank - stamp_width, stamp_width],
    )
    table.setStyle(table_style([
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("ALIGN", (2, 0), (2, 0), "RIGHT"),
    ]))
    return table
