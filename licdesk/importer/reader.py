"""License text → License: the sections of the document, each to its own reader.

The text runs main certificate → annex (附页) → special provisions (特别规定事项) → inspection grid
(年检情况记录表).  Page clutter (headers, page numbers, signature and stamp lines) is dropped wherever
it stands, so paragraphs broken across pages join again.  Every line no reader could place becomes a
warning on the License: nothing is dropped silently.
"""

from __future__ import annotations

import re
from enum import Enum

from licdesk.domain import business, numbers
from licdesk.domain.model import License
from licdesk.importer import inspections, pdf_text
from licdesk.importer.annex import AnnexReader
from licdesk.importer.blocks import read_blocks
from licdesk.importer.certificate import CertificateReader, build_title
from licdesk.importer.clauses import ClauseReader, read_label
from licdesk.importer.decoding import MAX_BYTES, decode
from licdesk.importer.errors import NotALicenseError
from licdesk.importer.lines import (
    Line, is_number_header, is_page_noise, is_provisions_heading, make_key,
)
from licdesk.importer.noise import close_cjk_gaps, mend_number
from licdesk.importer.plausibility import field_warnings, read_date
from licdesk.domain.reading_notes import note


# Electronic licenses with embedded fonts and a QR code are a few MB at most.
MAX_PDF_BYTES = 50 * 1024 * 1024


class Section(Enum):
    CERTIFICATE = "certificate"
    ANNEX = "annex"
    PROVISIONS = "provisions"
    INSPECTIONS = "inspections"


_TITLE_LINE = re.compile(r"^(?:中华人民共和国)?(?:跨地区)?增值电信业务经营许可证(?:\(附页\)|附页)?$")
_NUMBER_IN_HEADER = re.compile(r"^(?:经营)?许可证编号:?(?P<number>.+)$")


def read_license(data: bytes | str, source: str | None = None) -> License:
    """Read one license text.  Raises NotALicenseError for input that is not a license text."""
    if isinstance(data, (bytes, bytearray)) and pdf_text.is_image(bytes(data)):
        raise pdf_text.ScanNeedsOcrError(image=True)
    if isinstance(data, (bytes, bytearray)) and pdf_text.is_pdf(bytes(data)):
        if len(data) > MAX_PDF_BYTES:
            raise NotALicenseError("PDF 文件过大", "the PDF file is too large")
        text = pdf_text.extract_text(bytes(data))
    elif isinstance(data, (bytes, bytearray)):
        text = decode(bytes(data))
    else:
        if len(data) > MAX_BYTES:
            decode(data.encode("utf-8"))  # raises the size error
        text = decode(data.encode("utf-8", errors="replace"))
    lines, furniture = read_blocks(text)
    reader = _Reader(lines)
    reader.warnings.extend(furniture)
    return reader.read()


class _Reader:
    def __init__(self, lines: list[Line]) -> None:
        self.lines = lines
        self.section = Section.CERTIFICATE
        self.certificate = CertificateReader()
        self.annex = AnnexReader()
        self.clauses = ClauseReader()
        self.inspection_lines: list[str] = []
        self.warnings: list[str] = []
        self.header_numbers: list[tuple[Line, str]] = []
        self._inspection_intro_open = False

    def read(self) -> License:
        for line in self.lines:
            if line:
                self._route(line)
        return self._build()

    # -- routing ---------------------------------------------------------------------------
    def _route(self, line: Line) -> None:
        key = line.key
        self._switch_section(line)
        if self.section is Section.CERTIFICATE and self._certificate_owns(line):
            self.certificate.feed(line)
            return
        if is_number_header(line):
            match = _NUMBER_IN_HEADER.match(key)
            candidate = match.group("number") if match else key
            if numbers.parse(mend_number(candidate)).valid:
                self.header_numbers.append((line, candidate))
            return
        if is_page_noise(line) or is_provisions_heading(line) or _TITLE_LINE.match(key) or key in ("(附页)", "附页"):
            return
        if self.section is Section.CERTIFICATE:
            self.certificate.feed(line)
        elif self.section is Section.ANNEX:
            self.annex.feed(line)
        elif self.section is Section.PROVISIONS:
            self.clauses.feed(line)
        else:
            self._feed_inspection(line)

    def _certificate_owns(self, line: Line) -> bool:
        """Certificate lines that would otherwise look like page clutter."""
        key = line.key
        if self.certificate.fields.number is None and (is_number_header(line) or key.startswith(("经营许可证编号", "许可证编号"))):
            return True
        if key.startswith("发证机关"):
            return True
        return self.certificate.fields.number is None and bool(_TITLE_LINE.match(key) or key == "中华人民共和国")

    def _switch_section(self, line: Line) -> None:
        key = line.key
        if self.section is not Section.INSPECTIONS and (
            "年检情况记录表" in key or "年报情况记录表" in key or (key.startswith("经审核") and "年度" in key)
        ):
            self.section = Section.INSPECTIONS
            return
        if self.section in (Section.CERTIFICATE, Section.ANNEX):
            if is_provisions_heading(line) or key.startswith("《特别规定事项》"):
                self.section = Section.PROVISIONS
                return
            label = read_label(line.text)
            if label and label.style == "cn" and label.number == 1 and self.certificate.fields.number:
                self.section = Section.PROVISIONS
                return
        if self.section is Section.CERTIFICATE and (
            "附页" in key or "获准经营" in key or key.startswith(("网站名称", "网站域名"))
        ):
            self.section = Section.ANNEX

    def _feed_inspection(self, line: Line) -> None:
        key = line.key
        if any(form in key for form in inspections.FORM_TEXT) or self._inspection_intro_open:
            self._inspection_intro_open = not key.endswith("。")
            return
        if re.search(r"经审核|年度|年检|年报|合格|发证机关|盖章|通信管理局|工业和信息化部|\d{4}年", key):
            self.inspection_lines.append(line.text)
            return
        self._unplaced(line)

    def _unplaced(self, line: Line) -> None:
        self.warnings.append(note("unplaced_line", line=line.index, text=line.text))

    # -- assembling ------------------------------------------------------------------------
    def _build(self) -> License:
        fields = self.certificate.fields
        self.certificate.finish()
        self.clauses.finish()
        number_text = self._number_text()
        company = close_cjk_gaps(fields.company or "").strip() or self._company_from_annex_heading()
        if not number_text:
            raise NotALicenseError(
                "这不是增值电信业务经营许可证文本：未找到许可证编号",
                "this is not a value-added telecom license text: no license number was found",
            )
        if not company:
            raise NotALicenseError(
                f"无法读取这份许可证（{number_text}）：未找到公司名称",
                f"this license ({number_text}) cannot be read: no company name was found",
            )
        number = self._number(number_text)
        if not numbers.parse(number).valid and not self._speaks_of_telecom():
            raise NotALicenseError(
                f"这不是增值电信业务经营许可证文本：“{number_text}”不是电信业务经营许可证编号",
                f"this is not a value-added telecom license text: '{number_text}' is not a telecom license number",
            )
        for line in fields.unplaced + self.annex.unplaced + self.clauses.unplaced:
            self._unplaced(line)
        self.warnings.extend(self.clauses.notes)

        lic = License(
            number=number,
            company=company,
            legal_representative=close_cjk_gaps(fields.legal_representative or "").strip(),
            title=build_title(fields.title_parts),
            preamble=fields.preamble,
            services=fields.services,
            issuer=close_cjk_gaps(fields.issuer) if fields.issuer else None,
            issue_date=read_date(fields.issue_date),
            expiry_date=read_date(fields.expiry_date),
            annex_heading=self.annex.heading,
            annex=self.annex.sites,
            provisions_intro=self.clauses.intro,
            clauses=self.clauses.clauses,
            inspections=inspections.read_records(self.inspection_lines),
        )
        self.warnings += field_warnings(lic, {"发证日期": fields.issue_date, "有效期至": fields.expiry_date})
        lic.warnings = list(dict.fromkeys(self.warnings))  # each once, in the order met
        return lic

    def _number_text(self) -> str | None:
        number_text = self.certificate.fields.number
        if not number_text and self.header_numbers:
            line, number_text = self.header_numbers[0]
            self.warnings.append(note("number_from_header", line=line.index, number=number_text))
        return number_text.strip() if number_text else None

    def _number(self, number_text: str) -> str:
        mended = mend_number(number_text)
        if mended != number_text:
            self.warnings.append(note("number_digits_mended", raw=number_text, mended=mended))
        parsed = numbers.parse(mended)
        number = parsed.normalized if parsed.valid else mended
        self.warnings.extend(zh for zh, _ in parsed.warnings)
        if not parsed.valid:
            self.warnings.append(note("number_unknown_form", number=number_text))
        for line, seen in self.header_numbers:
            if numbers.normalize(mend_number(seen)) != numbers.normalize(mended):
                self.warnings.append(note("header_number_differs", line=line.index, seen=seen, number=number))
        return number

    def _speaks_of_telecom(self) -> bool:
        """A number of an odd form is still kept when the text is plainly a telecom license."""
        fields = self.certificate.fields
        title = build_title(fields.title_parts) or ""
        return "电信业务" in title or any(business.classify(s.name) for s in fields.services)

    def _company_from_annex_heading(self) -> str:
        """Without a 公司名称 field, the annex's heading (某公司获准经营…) still names the company."""
        heading = make_key(self.annex.heading or "")
        match = re.match(r"^(?P<company>.{4,60}?(?:公司|集团|中心))获准经营", heading)
        if not match:
            return ""
        self.warnings.append(note("company_from_annex", company=match.group("company")))
        return match.group("company")
