"""PDF → text in reading order, for PDFs that carry a text layer (electronic licenses, exports).

pypdfium2 was chosen by measurement (benchmarks/pdf_extractors.py, figures in docs/benchmarks.md):
on licdesk's own certificates it reads every license back whole, as pypdf does, in a fifth of the
time, while pdfminer.six loses table rows; and the same library renders a scanned page to an image
for optical character recognition.  A PDF without a text layer (a scan) raises ScanNeedsOcrError so
that the caller can offer recognition instead.
"""

from __future__ import annotations

from licdesk.importer.errors import NotALicenseError

PDF_MAGIC = b"%PDF-"
# A page with fewer characters than this carries no real text layer (a scan with a stray label).
_MIN_TEXT_PER_PAGE = 20


class ScanNeedsOcrError(NotALicenseError):
    """A scanned PDF or a photo: its words can be read only by optical character recognition."""

    def __init__(self, image: bool = False) -> None:
        if image:
            super().__init__("这是扫描图片，没有可提取的文字；请使用“扫描件识别（OCR）”导入",
                             "this is a scanned image with no text; import it with OCR")
        else:
            super().__init__("这份 PDF 是扫描件，没有可提取的文字；请使用“扫描件识别（OCR）”导入",
                             "this PDF is a scan with no text layer; import it with OCR")


_IMAGE_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"II*\x00", b"MM\x00*")


def is_image(data: bytes) -> bool:
    """A PNG, JPEG or TIFF file (a scan or a photo of the paper license)."""
    return data.startswith(_IMAGE_MAGIC)


def is_pdf(data: bytes) -> bool:
    return data[:1024].lstrip().startswith(PDF_MAGIC)


def extract_text(data: bytes) -> str:
    """The text layer of every page, pages separated by blank lines."""
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise NotALicenseError("PDF 文件有密码保护，请先解除密码", "the PDF is password-protected") from None
        raise NotALicenseError("PDF 文件已损坏或无法读取", "the PDF is damaged or cannot be read") from None
    try:
        pages = [_page_text(document[index]) for index in range(len(document))]
    except Exception as exc:  # a damaged page: say so rather than crash
        raise NotALicenseError(
            f"PDF 文件已损坏或无法读取（{type(exc).__name__}）",
            f"the PDF is damaged or cannot be read ({type(exc).__name__})",
        ) from None
    finally:
        document.close()
    if not pages:
        raise NotALicenseError("PDF 文件没有页面", "the PDF has no pages")
    if sum(len("".join(p.split())) for p in pages) < _MIN_TEXT_PER_PAGE * len(pages):
        raise ScanNeedsOcrError()
    return "\n\n".join(pages).replace("\r\n", "\n").replace("\r", "\n")


def _page_text(page) -> str:
    textpage = page.get_textpage()
    try:
        return textpage.get_text_range()
    finally:
        textpage.close()
        page.close()
