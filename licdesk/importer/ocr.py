"""Scanned licenses (photos, scans, PDFs without text) → text → License, offline.  No Qt.

    engine_available() -> bool            the optional engine is installed (cheap, no import)
    install_hint() -> str                 what to run to add it, in Chinese, with the exact command
    recognize(data, *, progress=None, cancelled=None) -> OcrResult
        PNG / JPEG / TIFF bytes or a scanned PDF.  progress(done_pages, total_pages) after each page;
        cancelled() is polled before each page and stops the work with OcrCancelled.
    read_scan(data, *, progress=None, cancelled=None, source=None) -> (License, OcrResult)
        recognize, then the ordinary license reader; fields read from doubtful lines get a warning.
    license_from_result(result, source=None) -> License     the second half of read_scan
    read_any(data, *, source=None, progress=None, cancelled=None) -> (License, OcrResult | None)
        one entry point for an import: text and text PDFs through read_license, scans through OCR

Errors are NotALicenseError subclasses with one clear line, so callers need no new handling:
OcrUnavailableError (engine missing; the message is the install hint), OcrCancelled.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from licdesk.domain.model import License
from licdesk.importer import ocr_engine, ocr_input
from licdesk.importer.errors import NotALicenseError
from licdesk.importer.lines import make_key
from licdesk.importer.ocr_layout import TextLine, group_lines
from licdesk.importer.pdf_text import ScanNeedsOcrError
from licdesk.importer.reader import read_license
from licdesk.domain.reading_notes import note

# Below this the recogniser was unsure of at least one character of the line.  On clean prints the
# fields read at 0.9 and above; misread characters come out between 0.5 and 0.85.
LOW_CONFIDENCE = 0.85

ProgressCallback = Callable[[int, int], None]
CancelledCallback = Callable[[], bool]

# The fields a clerk must be able to trust, with the labels that introduce them on the certificate.
_CHECKED_FIELDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("许可证编号", ("经营许可证编号", "许可证编号")),
    ("公司名称", ("公司名称",)),
    ("法定代表人", ("法定代表人",)),
    ("发证日期", ("发证日期",)),
    ("有效期至", ("有效期至",)),
)


class OcrUnavailableError(NotALicenseError):
    """The recognition engine is not installed or cannot load; the message says how to add it."""

    def __init__(self, detail: str | None = None) -> None:
        super().__init__(install_hint(detail), f"the OCR engine is not available: {_english_hint(detail)}")
        self.detail = detail


class OcrCancelled(NotALicenseError):
    def __init__(self) -> None:
        super().__init__("已取消扫描件识别", "recognition was cancelled")


@dataclass
class OcrResult:
    """What the recogniser read.

    text: lines in reading order, pages separated by one blank line.
    lines: (line_index, text, confidence) for every non-blank line; line_index is 1-based in `text`,
        the same numbering the license reader uses in its warnings.
    page_images: each page as PNG bytes, as it was recognised, for the preview.
    """

    text: str
    lines: list[tuple[int, str, float]] = field(default_factory=list)
    page_images: list[bytes] = field(default_factory=list)

    @property
    def page_count(self) -> int:
        return len(self.page_images)

    def doubtful_lines(self, threshold: float = LOW_CONFIDENCE) -> list[tuple[int, str, float]]:
        return [line for line in self.lines if line[2] < threshold]


def engine_available() -> bool:
    return ocr_engine.installed()


def install_hint(detail: str | None = None) -> str:
    """One line in Chinese for the clerk (or the colleague who installs software), with the command."""
    missing_library = _missing_system_library(detail)
    if missing_library:
        return (
            f"扫描件识别（OCR）组件无法加载：系统缺少 {missing_library}。"
            "请运行 sudo apt-get install libgl1 libglib2.0-0 安装后重新启动 licdesk。"
        )
    return '扫描件识别（OCR）组件尚未安装。请在命令行运行 pip install "licdesk[ocr]" 安装后重新启动 licdesk。'


def recognize(
    data: bytes,
    *,
    progress: ProgressCallback | None = None,
    cancelled: CancelledCallback | None = None,
) -> OcrResult:
    data = bytes(data)
    total = ocr_input.page_count(data)  # a damaged or unknown file is reported before the engine loads
    _check_cancelled(cancelled)
    try:
        ocr_engine.engine()
    except ocr_engine.EngineUnavailable as exc:
        raise OcrUnavailableError(str(exc) if ocr_engine.installed() else None) from None

    text_lines: list[str] = []
    confident_lines: list[tuple[int, str, float]] = []
    images: list[bytes] = []
    if progress:
        progress(0, total)
    for number, image in enumerate(ocr_input.pages(data), start=1):
        _check_cancelled(cancelled)
        page_lines = group_lines(ocr_engine.recognise_page(image))
        if text_lines:
            text_lines.append("")
        for line in page_lines:
            text_lines.append(_one_line(line))
            confident_lines.append((len(text_lines), text_lines[-1], line.confidence))
        images.append(_png(image))
        image.close()
        if progress:
            progress(number, total)
    return OcrResult("\n".join(text_lines), confident_lines, images)


def license_from_result(result: OcrResult, source: str | None = None) -> License:
    """The license reader on recognised text, plus a warning for each key field read from a doubtful line."""
    if not any(text.strip() for _, text, _ in result.lines):
        raise NotALicenseError(
            "扫描件中未识别到文字：请检查图片是否清晰、方向是否正确",
            "no text was recognised in the scan; check that it is sharp and upright",
        )
    lic = read_license(result.text, source=source)
    for warning in _doubtful_field_warnings(lic, result):
        if warning not in lic.warnings:
            lic.warnings.append(warning)
    return lic


def read_scan(
    data: bytes,
    *,
    progress: ProgressCallback | None = None,
    cancelled: CancelledCallback | None = None,
    source: str | None = None,
) -> tuple[License, OcrResult]:
    result = recognize(data, progress=progress, cancelled=cancelled)
    return license_from_result(result, source=source), result


def read_any(
    data: bytes,
    *,
    source: str | None = None,
    progress: ProgressCallback | None = None,
    cancelled: CancelledCallback | None = None,
) -> tuple[License, OcrResult | None]:
    """Any file a clerk picks: license text or a PDF with text is read directly (no OcrResult);
    an image or a PDF without text is recognised first."""
    data = bytes(data)
    if not ocr_input.is_scan(data):
        try:
            return read_license(data, source=source), None
        except ScanNeedsOcrError:
            pass
    return read_scan(data, progress=progress, cancelled=cancelled, source=source)


# -- helpers -------------------------------------------------------------------------------------
def _check_cancelled(cancelled: CancelledCallback | None) -> None:
    if cancelled is not None and cancelled():
        raise OcrCancelled()


def _one_line(line: TextLine) -> str:
    return line.text.replace("\n", " ").strip()


def _png(image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", compress_level=3)
    return buffer.getvalue()


def _doubtful_field_warnings(lic: License, result: OcrResult) -> list[str]:
    values = {
        "许可证编号": lic.number,
        "公司名称": lic.company,
        "法定代表人": lic.legal_representative,
        "发证日期": lic.issue_date,
        "有效期至": lic.expiry_date,
    }
    warnings = []
    for name, labels in _CHECKED_FIELDS:
        if not values[name]:
            continue  # the reader already warns about a field it could not find
        sources = _source_lines(result.lines, labels, values[name])
        doubtful = [line for line in sources if line[2] < LOW_CONFIDENCE]
        if doubtful:
            index, _, confidence = min(doubtful, key=lambda line: line[2])
            warnings.append(note("low_confidence", field=name, line=index, confidence=f"{confidence:.0%}"))
    return warnings


def _source_lines(
    lines: list[tuple[int, str, float]], labels: tuple[str, ...], value: object
) -> list[tuple[int, str, float]]:
    """The line carrying the field's label (the first one: headers repeat the number on every page),
    and the next line too when the value stands below its label."""
    for position, line in enumerate(lines):
        key = make_key(line[1])
        label = next((label for label in labels if key.startswith(label)), None)
        if label is None:
            continue
        rest = re.sub(r"^[:：]", "", key[len(label):])
        if rest or position + 1 >= len(lines):
            return [line]
        return [line, lines[position + 1]]
    # No label seen (cut off, misread): the line that holds the value itself.
    if isinstance(value, str) and value:
        wanted = make_key(value)
        return [line for line in lines if wanted in make_key(line[1])][:1]
    return []


def _english_hint(detail: str | None) -> str:
    if _missing_system_library(detail):
        return "install the system libraries: sudo apt-get install libgl1 libglib2.0-0"
    return 'install it with: pip install "licdesk[ocr]"'


def _missing_system_library(detail: str | None) -> str | None:
    match = re.search(r"(lib[\w.+-]+\.so(?:\.\d+)*)", detail or "")
    return match.group(1) if match else None
