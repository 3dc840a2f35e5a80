"""The reference license texts, read by the importer and printed: everything comes back in order."""

from __future__ import annotations

from test_pdf_support import assert_in_order, flowing_text, fonts_in

from licdesk.domain.dates import format_cn_date
from licdesk.importer import read_license
from licdesk.pdf import render_license
from licdesk.pdf.provisions import clause_text


def test_every_seed_prints_every_field_and_clause_in_order(seeds):
    for path in seeds:
        lic = read_license(path.read_bytes(), source=str(path))
        result = render_license(lic)
        expected = [lic.number, lic.company, lic.legal_representative]
        for service in lic.services:
            expected += [t for t in (service.name, service.coverage, service.remarks) if t]
        expected += [format_cn_date(lic.issue_date), format_cn_date(lic.expiry_date)]
        for site in lic.annex:
            expected += [t for t in (site.site_name, *site.domains, site.server_location, site.access_provider) if t]
        if lic.provisions_intro:
            expected.append(lic.provisions_intro)
        expected += [clause_text(clause) for _, clause in lic.walk_clauses()]
        expected += [f"你公司 {r.year} 年度" for r in sorted(lic.inspections, key=lambda r: r.year)]
        assert_in_order(flowing_text(result.pdf, lic.number), expected)
        assert result.warnings == [], (path.name, result.warnings)
        assert all(fonts_in(result.pdf).values())
