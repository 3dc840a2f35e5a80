"""Recognising scans with the real engine: pages licdesk prints, rendered, turned and speckled like scans.

Skipped where the optional engine (`pip install "licdesk[ocr]"`) is not installed.  A handful of
pages in all: each takes a few seconds on two cores.
"""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest

# numpy comes with the engine: skip before importing it.
pytest.importorskip("rapidocr_onnxruntime", reason='the OCR engine is not installed (pip install "licdesk[ocr]")')

import numpy as np  # noqa: E402
from PIL import Image  # noqa: E402

from licdesk.importer import ocr, read_license  # noqa: E402
from licdesk.importer.pdf_text import ScanNeedsOcrError, extract_text  # noqa: E402
from licdesk.pdf import PrintOptions, render_license  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "resources" / "samples" / "sample_icp_shanghai.txt"
FIELDS = ("number", "company", "legal_representative", "issue_date", "expiry_date")


def _pages(pdf: bytes, dpi: int, first: int = 1) -> list[Image.Image]:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    return [document[i].render(scale=dpi / 72, fill_color=(255, 255, 255, 255)).to_pil().convert("RGB")
            for i in range(min(first, len(document)))]


def _scanned(image: Image.Image, angle: float, seed: int) -> Image.Image:
    """Turned slightly, grey noise and dust specks, as a flatbed scanner returns a page."""
    rng = np.random.default_rng(seed)
    turned = image.convert("L").rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=255)
    pixels = np.asarray(turned, dtype=np.float32) + rng.normal(0, 18, turned.size[::-1])
    specks = rng.random(pixels.shape)
    pixels[specks < 0.002] = 0
    pixels[specks > 0.998] = 255
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))


def _encode(image: Image.Image, kind: str) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format=kind, **({"quality": 85} if kind == "JPEG" else {}))
    return buffer.getvalue()


def _assert_same_fields(got, want) -> None:
    assert {f: getattr(got, f) for f in FIELDS} == {f: getattr(want, f) for f in FIELDS}


# Each seed once, so every license's certificate page is read; both resolutions, straight and scanned.
CASES = [
    pytest.param(0, 150, None, "PNG", id="seed0-150dpi-clean-png"),
    pytest.param(1, 300, 1.5, "JPEG", id="seed1-300dpi-turned-noisy-jpeg"),
    pytest.param(2, 150, -1.5, "PNG", id="seed2-150dpi-turned-noisy-png"),
    pytest.param(3, 300, None, "TIFF", id="seed3-300dpi-clean-tiff"),
]


@pytest.mark.parametrize("seed_index, dpi, angle, kind", CASES)
def test_certificate_page_fields_are_read_right(seeds: list[Path], seed_index: int, dpi: int,
                                                angle: float | None, kind: str) -> None:
    original = read_license(seeds[seed_index].read_bytes())
    page = _pages(render_license(original, PrintOptions(parts=("certificate",))).pdf, dpi)[0]
    if angle is not None:
        page = _scanned(page, angle, seed=seed_index)

    lic, result = ocr.read_scan(_encode(page, kind))

    _assert_same_fields(lic, original)
    assert result.page_count == 1
    assert result.text.splitlines()[0].strip() == "中华人民共和国"
    assert all(0.0 <= confidence <= 1.0 for _, _, confidence in result.lines)


def test_scanned_pdf_reads_every_page_with_progress() -> None:
    original = read_license(SAMPLE.read_bytes())
    printed = render_license(original, PrintOptions(parts=("certificate", "annex"))).pdf
    images = [_scanned(page, 1.0, seed=7) for page in _pages(printed, 150, first=2)]
    buffer = io.BytesIO()
    images[0].save(buffer, format="PDF", resolution=150, save_all=True, append_images=images[1:])
    scan = buffer.getvalue()
    with pytest.raises(ScanNeedsOcrError):  # what the text importer says before OCR is offered
        extract_text(scan)

    seen: list[tuple[int, int]] = []
    lic, result = ocr.read_scan(scan, progress=lambda done, total: seen.append((done, total)))

    assert seen == [(0, 2), (1, 2), (2, 2)]
    _assert_same_fields(lic, original)
    assert [site.domains for site in lic.annex] == [site.domains for site in original.annex]
    assert result.page_count == 2
    assert all(png.startswith(b"\x89PNG") for png in result.page_images)
    # Pages are separated by one blank line, and line numbers point into the text.
    assert "\n\n" in result.text and "\n\n\n" not in result.text
    text_lines = result.text.split("\n")
    assert all(text_lines[index - 1] == text for index, text, _ in result.lines)


def test_cancel_between_pages_stops_the_work() -> None:
    original = read_license(SAMPLE.read_bytes())
    page = _pages(render_license(original, PrintOptions(parts=("certificate",))).pdf, 100)[0]
    buffer = io.BytesIO()
    page.save(buffer, format="TIFF", save_all=True, append_images=[page.copy(), page.copy()])
    seen: list[tuple[int, int]] = []

    with pytest.raises(ocr.OcrCancelled) as caught:
        ocr.recognize(buffer.getvalue(), progress=lambda done, total: seen.append((done, total)),
                      cancelled=lambda: len(seen) >= 2)

    assert seen == [(0, 3), (1, 3)]  # the first page was read, the second never started
    assert "已取消" in str(caught.value)


def test_loading_the_engine_leaves_licdesks_qt_settings_alone(qapp, monkeypatch: pytest.MonkeyPatch) -> None:
    # OpenCV's wheel points QT_QPA_PLATFORM_PLUGIN_PATH at its own Qt 5 plugins when first imported
    # (run alone, this test imports it fresh).
    from licdesk.importer import ocr_engine

    monkeypatch.delenv("QT_QPA_PLATFORM_PLUGIN_PATH", raising=False)
    monkeypatch.setenv("QT_QPA_FONTDIR", "/licdesk/fonts")
    ocr_engine._load()

    assert "QT_QPA_PLATFORM_PLUGIN_PATH" not in os.environ
    assert os.environ["QT_QPA_FONTDIR"] == "/licdesk/fonts"
    assert qapp.platformName() == "offscreen"


def test_an_upside_down_scan_is_turned_and_read(seeds: list[Path]) -> None:
    original = read_license(seeds[2].read_bytes())
    page = _pages(render_license(original, PrintOptions(parts=("certificate",))).pdf, 150)[0]

    lic, _ = ocr.read_scan(_encode(_scanned(page, 1.0, seed=5).rotate(180), "PNG"))

    _assert_same_fields(lic, original)


def test_no_line_of_a_noisy_provisions_page_is_lost(seeds: list[Path]) -> None:
    # On this page the engine's own per-line orientation guess turned the first clause's line upside
    # down, and it read as nothing; its 2000 px copy of the page lost the 一、 of the next.
    original = read_license(seeds[3].read_bytes())
    page = _pages(render_license(original).pdf, 200, first=2)[1]

    text = ocr.recognize(_encode(_scanned(page, -1.5, seed=301), "PNG")).text

    first = original.clauses[0]
    assert first.text[:20] in "".join(text.split())  # its line is there (its 一、 the reader restores if lost)
