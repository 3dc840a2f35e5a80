"""Importing PDFs with a text layer: licdesk's own certificates round-trip, other layouts read too."""

from __future__ import annotations

import io
import unicodedata
from pathlib import Path

import pytest

from licdesk.domain.model import License
from licdesk.importer import NotALicenseError, read_license
from licdesk.importer.pdf_text import ScanNeedsOcrError
from licdesk.pdf import PrintOptions, render_license
from tests.conftest import DATA, ROOT, seed_paths

TEXTS = seed_paths() + sorted((DATA / "licenses").glob("[!n]*.txt")) + sorted((ROOT / "resources" / "samples").glob("*.txt"))


def comparable(lic: License) -> dict:
    """The license's content: white space (line wrapping) aside; the issuer as the certificate prints it.

    The title is left out: it is drawn from cross_regional, which is compared.
    """
    data = lic.to_dict()
    data["issuer"] = lic.effective_issuer
    del data["title"], data["warnings"]

    def squash(value):
        if isinstance(value, str):
            return "".join(unicodedata.normalize("NFKC", value).split())
        if isinstance(value, list):
            return [squash(v) for v in value]
        if isinstance(value, dict):
            return {k: squash(v) for k, v in value.items()}
        return value

    return squash(data)


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.stem[:24])
def test_print_then_import_gives_the_license_back(path: Path) -> None:
    original = read_license(path.read_bytes())
    pdf = render_license(original).pdf
    again = read_license(pdf)
    assert comparable(again) == comparable(original)
    assert again.warnings == []


def test_a_copy_with_watermark_and_reference_still_reads(tmp_path: Path) -> None:
    original = read_license((DATA / "licenses" / "combined_classes_shanghai.txt").read_bytes())
    pdf = render_license(original, PrintOptions(watermark="仅供内部审核使用", reference="合同附件三")).pdf
    again = read_license(pdf)
    mine, theirs = comparable(again), comparable(original)
    for key in ("number", "company", "legal_representative", "services", "issue_date", "expiry_date", "annex"):
        assert mine[key] == theirs[key], key
    assert [c["label"] for c in mine["clauses"]] == [c["label"] for c in theirs["clauses"]]
    # The copy's own marks are not the license's words, but they are never dropped silently either.
    seen = "".join(again.warnings) + "".join(c.text for _, c in again.walk_clauses())
    assert "仅供内部审核使用" in seen and "合同附件三" in seen


def test_a_differently_laid_out_pdf(tmp_path: Path) -> None:
    """A plain one-column PDF, as a word processor exports a typed-up license."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    from licdesk.paths import resource_path

    pdfmetrics.registerFont(TTFont("PlainCJK", str(resource_path("fonts", "wqy-microhei.ttc")), subfontIndex=0))
    source = (DATA / "licenses" / "cross_regional_inspections.txt").read_text(encoding="utf-8")
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4)
    y = 800
    for line in source.splitlines():
        cells = line.split("\t")  # table cells side by side, as a word processor draws a table
        for start in range(0, max(len(cells[0]), 1), 48):  # long lines wrap as a narrow column would
            page.setFont("PlainCJK", 9)
            page.drawString(40, y, cells[0][start:start + 48])
            for column, cell in enumerate(cells[1:], start=1):
                page.drawString(40 + 260 * column, y, cell if start == 0 else "")
            y -= 14
            if y < 60:
                page.showPage()
                y = 800
    page.save()
    lic = read_license(buffer.getvalue())
    expected = read_license(source)
    assert comparable(lic) == comparable(expected)


def test_a_scan_without_text_asks_for_ocr() -> None:
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    page = canvas.Canvas(buffer)
    page.rect(100, 100, 300, 300, fill=1)  # a page with a picture and no words
    page.save()
    with pytest.raises(ScanNeedsOcrError) as caught:
        read_license(buffer.getvalue())
    assert "OCR" in str(caught.value)


def test_a_damaged_pdf_is_refused_clearly() -> None:
    with pytest.raises(NotALicenseError) as caught:
        read_license(b"%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage")
    assert "\n" not in str(caught.value)
