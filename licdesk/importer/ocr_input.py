"""Scan bytes → page images: PNG, JPEG, TIFF (every frame) or a PDF whose pages are images.

The kind of file is told by its first bytes, never by its name, because clerks rename files freely.
"""

from __future__ import annotations

import io
from collections.abc import Iterator

from PIL import Image, ImageOps

from licdesk.importer import pdf_text
from licdesk.importer.errors import NotALicenseError

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
JPEG_MAGIC = b"\xff\xd8"
TIFF_MAGICS = (b"II*\x00", b"MM\x00*")

# A4 at this resolution is 1654 × 2339 pixels: the text is large enough for the recogniser and a
# page still fits its working size without a second shrink.
PDF_RENDER_DPI = 200
# Larger pages (A3, posters) are rendered down to this longest side.
MAX_PAGE_SIDE = 2400
# Phone photos are 12–50 megapixels; more than this is not a photo of a certificate.
MAX_PIXELS = 120_000_000
MAX_PAGES = 60
MAX_SCAN_BYTES = 200 * 1024 * 1024


def scan_kind(data: bytes) -> str | None:
    """"png", "jpeg", "tiff", "pdf", or None when the bytes are none of these."""
    if data.startswith(PNG_MAGIC):
        return "png"
    if data.startswith(JPEG_MAGIC):
        return "jpeg"
    if data.startswith(TIFF_MAGICS):
        return "tiff"
    if pdf_text.is_pdf(data):
        return "pdf"
    return None


def is_scan(data: bytes) -> bool:
    """True for image files licdesk can recognise (a PDF counts only once it proves to be a scan)."""
    return scan_kind(data) in ("png", "jpeg", "tiff")


def page_count(data: bytes) -> int:
    """Pages in the scan, read without decoding the pixels."""
    kind = _checked_kind(data)
    if kind == "pdf":
        document = _open_pdf(data)
        try:
            return min(len(document), MAX_PAGES)
        finally:
            document.close()
    with _open_image(data) as image:
        return min(getattr(image, "n_frames", 1), MAX_PAGES)


def pages(data: bytes) -> Iterator[Image.Image]:
    """Each page as an RGB image, one at a time so a long scan never sits whole in memory."""
    kind = _checked_kind(data)
    if kind == "pdf":
        yield from _pdf_pages(data)
        return
    with _open_image(data) as image:
        for index in range(min(getattr(image, "n_frames", 1), MAX_PAGES)):
            try:
                image.seek(index)
                frame = ImageOps.exif_transpose(image)  # phone photos are stored sideways
                yield _flatten(frame)
            except (OSError, ValueError, Image.DecompressionBombError) as exc:
                raise NotALicenseError(
                    f"图片文件已损坏或无法读取（第{index + 1}页）",
                    f"the image is damaged or cannot be read (page {index + 1}: {type(exc).__name__})",
                ) from None


def _checked_kind(data: bytes) -> str:
    if len(data) > MAX_SCAN_BYTES:
        raise NotALicenseError("扫描文件过大（超过 200 MB）", "the scan is larger than 200 MB")
    kind = scan_kind(data)
    if kind is None:
        raise NotALicenseError(
            "无法识别的文件：扫描件识别只接受 PNG、JPEG、TIFF 图片或扫描的 PDF",
            "not an image: OCR accepts PNG, JPEG, TIFF or a scanned PDF",
        )
    return kind


def _open_image(data: bytes) -> Image.Image:
    try:
        image = Image.open(io.BytesIO(data))
        if image.width * image.height > MAX_PIXELS:
            image.close()
            raise Image.DecompressionBombError("too many pixels")
        return image
    except Image.DecompressionBombError:
        raise NotALicenseError("图片尺寸过大，无法识别", "the image is too large to recognise") from None
    except (OSError, ValueError, SyntaxError):
        raise NotALicenseError("图片文件已损坏或无法读取", "the image is damaged or cannot be read") from None


def _flatten(image: Image.Image) -> Image.Image:
    """RGB on white: transparent PNGs would otherwise turn black where they are clear."""
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        white = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        return Image.alpha_composite(white, rgba).convert("RGB")
    if image.mode.startswith("I"):  # 16-bit grey scans
        return image.convert("I").point(lambda v: v * (1 / 256)).convert("L").convert("RGB")
    return image.convert("RGB")


def _open_pdf(data: bytes):
    import pypdfium2 as pdfium

    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise NotALicenseError("PDF 文件有密码保护，请先解除密码", "the PDF is password-protected") from None
        raise NotALicenseError("PDF 文件已损坏或无法读取", "the PDF is damaged or cannot be read") from None


def _pdf_pages(data: bytes) -> Iterator[Image.Image]:
    document = _open_pdf(data)
    try:
        if len(document) == 0:
            raise NotALicenseError("PDF 文件没有页面", "the PDF has no pages")
        for index in range(min(len(document), MAX_PAGES)):
            page = document[index]
            try:
                width, height = page.get_size()  # points
                scale = min(PDF_RENDER_DPI / 72, MAX_PAGE_SIDE / max(width, height, 1))
                bitmap = page.render(scale=scale, fill_color=(255, 255, 255, 255))
                yield bitmap.to_pil().convert("RGB")
            except NotALicenseError:
                raise
            except Exception as exc:  # a damaged page: say so rather than crash
                raise NotALicenseError(
                    f"PDF 第{index + 1}页已损坏或无法读取",
                    f"page {index + 1} of the PDF is damaged or cannot be read ({type(exc).__name__})",
                ) from None
            finally:
                page.close()
    finally:
        document.close()
