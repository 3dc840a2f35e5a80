"""A scan goes through the command line like a text: the services table of a scanned certificate reads right."""

from __future__ import annotations

from pathlib import Path

import pytest

from licdesk import cli
from licdesk.importer import read_license
from licdesk.pdf import render_license
from tests.conftest import DATA

pytest.importorskip("rapidocr_onnxruntime", reason="the OCR engine (licdesk[ocr]) is not installed")


def test_a_scanned_certificate_imports_with_every_service(tmp_path: Path, db_path: Path, capsys) -> None:  # noqa: ANN001
    import pypdfium2 as pdfium

    original = read_license((DATA / "licenses" / "combined_classes_shanghai.txt").read_bytes())
    page = pdfium.PdfDocument(render_license(original).pdf)[0]
    scan = tmp_path / "scan.png"
    page.render(scale=200 / 72).to_pil().convert("L").save(scan)

    assert cli.run(["import", "--db", str(db_path), str(scan)]) == 0
    assert "已导入 沪B1.B2-20130047" in capsys.readouterr().out
    assert cli.run(["show", "--db", str(db_path), "沪B1.B2-20130047", "--json"]) == 0
    import json

    stored = json.loads(capsys.readouterr().out)
    assert stored["company"] == original.company
    assert stored["expiry_date"] == "2026-03-05"
    import unicodedata

    def plain(text: str | None) -> str:  # OCR reads bracket and comma widths either way
        return unicodedata.normalize("NFKC", text or "")

    assert [(plain(s["name"]), plain(s["coverage"])) for s in stored["services"]] == [
        (plain(s.name), plain(s.coverage)) for s in original.services
    ]
