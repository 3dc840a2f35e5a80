"""The main certificate (正本): title, number, preamble, company, representative, services, issuer, dates."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from licdesk.domain.model import Service
from licdesk.importer.lines import Line, Paragraph
from licdesk.importer.services import ServicesReader, split_at_key

# Field labels as they appear in the key (normalised) form; the value may follow on the same line.
_FIELD_LABELS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("number", re.compile(r"^(?:(?:经营)?许可证编号:?|证书编号:?|编号:)")),
    ("company", re.compile(r"^(?:公司名称|企业名称|单位名称|经营者名称):?")),
    ("legal_representative", re.compile(r"^(?:法定代表人|法人代表|法定代表人姓名):?")),
    ("issuer", re.compile(r"^发证机关(?:\(盖章\)|\(章\))?:?")),
    ("issue_date", re.compile(r"^(?:发证日期|签发日期|颁发日期):?")),
    ("expiry_date", re.compile(r"^(?:有效期至|有效期限至|有效期截至)")),
    ("validity", re.compile(r"^有效期(?:限)?:")),
)
# 业务种类（服务项目）及覆盖范围 — whole, or split over up to three lines as on the printed form.
_SERVICES_LABEL = re.compile(r"^业务种类(?:\(服务项目\))?(?:及覆盖范围)?:?")
_SERVICES_LABEL_PARTS = (
    re.compile(r"^业务种类"),
    re.compile(r"^\(服务项目\)"),
    re.compile(r"^及?覆盖范围:?"),
)
_AUTHORITY = re.compile(r"^(?:中华人民共和国)?(?:工业和信息化部|[\u4e00-\u9fff]{2,8}通信管理局)(?:\(盖章\))?$")


@dataclass
class CertificateFields:
    title_parts: list[str] = field(default_factory=list)
    number: str | None = None
    preamble: str | None = None
    company: str | None = None
    legal_representative: str | None = None
    issuer: str | None = None
    issue_date: str | None = None  # raw text; parsed by the reader
    expiry_date: str | None = None
    services: list[Service] = field(default_factory=list)
    unplaced: list[Line] = field(default_factory=list)


class CertificateReader:
    """Feed the lines of the certificate page in order; read `fields` at the end."""

    def __init__(self) -> None:
        self.fields = CertificateFields()
        self._pending: str | None = None  # a label whose value is on the next line
        self._in_services = False
        self._preamble_open = False
        self._after_stamp_label = False
        self.services = ServicesReader()
        self._preamble = Paragraph()

    def feed(self, line: Line) -> None:
        key = line.key
        if self._preamble_open and not self._starts_field(key):
            self._preamble.add(line.text)
            self._preamble_open = not key.endswith("。")
            return
        # A field's label ends the preamble even when its full stop was lost (a scan reads 。 as ·).
        self._preamble_open = False
        if key.startswith("根据") and ("电信条例" in key or "特颁发" in key):
            # Before the title test: the preamble names the license too (…特颁发增值电信业务经营许可证。).
            self._preamble = Paragraph(line.text)
            self._preamble_open = not key.endswith("。")
            self._in_services = False
            return
        if "经营许可证" in key and ("中华人民共和国" in key or key.endswith("经营许可证")) and not self.fields.number:
            self.fields.title_parts.append(key)
            return
        if key == "中华人民共和国" and not self.fields.number:
            self.fields.title_parts.append(key)
            return
        if self._take_label(line):
            return
        if self._pending:
            self._set(self._pending, line.text)
            self._pending = None
            return
        if self._in_services:
            self._feed_service_line(line.text)
            return
        if self._after_stamp_label and _AUTHORITY.match(key):
            self.fields.issuer = re.sub(r"[(（]盖章[)）]$", "", line.text).strip()
            self._after_stamp_label = False
            return
        self.fields.unplaced.append(line)

    # -- labels ------------------------------------------------------------------------
    @staticmethod
    def _starts_field(key: str) -> bool:
        return bool(_SERVICES_LABEL.match(key)) or any(pattern.match(key) for _, pattern in _FIELD_LABELS)

    def _take_label(self, line: Line) -> bool:
        key = line.key
        services = _SERVICES_LABEL.match(key)
        if services and key.startswith("业务种类"):
            self._in_services = True
            self._pending = None
            self._feed_service_line(_strip_label(line.text, services.end()))
            return True
        if self._in_services:
            if key.startswith("覆盖范围"):
                self._feed_service_line(line.text)  # 覆盖范围：… names the current service's coverage
                return True
            for part in _SERVICES_LABEL_PARTS[1:]:
                match = part.match(key)
                if match:
                    self._feed_service_line(_strip_label(line.text, match.end()))
                    return True
        for name, pattern in _FIELD_LABELS:
            match = pattern.match(key)
            if not match:
                continue
            self._in_services = False
            value = _strip_label(line.text, match.end()).strip()
            if name == "issuer":
                self._after_stamp_label = not value
                if value:
                    self.fields.issuer = re.sub(r"[(（]盖章[)）]", "", value).strip() or None
                return True
            if value:
                self._set(name, value)
                self._pending = None
            else:
                self._pending = name
            return True
        return False

    def _set(self, name: str, value: str) -> None:
        value = value.strip()
        if name == "validity":
            # 有效期：2020年1月1日至2025年1月1日 — the second date is the expiry.
            parts = re.split(r"至|到|—|-{1,2}|~", value)
            if len(parts) >= 2:
                self.fields.issue_date = self.fields.issue_date or parts[0]
                self.fields.expiry_date = parts[-1]
            else:
                self.fields.expiry_date = value
            return
        if name == "expiry_date":
            value = re.sub(r"^[:：]", "", value).strip()
        if getattr(self.fields, name) in (None, ""):
            setattr(self.fields, name, value)

    # -- services ----------------------------------------------------------------------
    def _feed_service_line(self, text: str) -> None:
        self.services.feed(text)

    def finish(self) -> None:
        """Write what was read piece by piece into `fields`."""
        self.fields.services = self.services.finish()
        if self._preamble:
            self.fields.preamble = self._preamble.text


def _strip_label(text: str, key_length: int) -> str:
    """The text after a label that was matched on the key (normalised) form of `text`."""
    _, rest = split_at_key(text, key_length)
    return rest.lstrip(" :：")


def build_title(parts: list[str]) -> str | None:
    if not parts:
        return None
    title = "".join(parts)
    return title.replace("(附页)", "").strip() or None


def label_in_cell(cell_key: str) -> str | None:
    """The certificate field a table cell names (公司名称, 业务种类（服务项目）…), or None.

    Only a cell that is the label and nothing else counts; a value never starts with a label's words.
    """
    if cell_key[:1] not in LABEL_FIRST_CHARACTERS:
        return None
    bare = cell_key.rstrip(":")
    for name, pattern in _FIELD_LABELS:
        match = pattern.match(bare + ":")  # 有效期 is a label only with its colon in running text
        if match and match.end() >= len(bare):
            return name
    match = _SERVICES_LABEL.match(bare)
    if match and match.end() == len(bare):
        return "services"
    return None


def label_with_value(cell_key: str) -> str | None:
    """The field of a cell that holds its label, a colon and a value (发证日期：2022年11月3日), or None."""
    if cell_key[:1] not in LABEL_FIRST_CHARACTERS:
        return None
    for name, pattern in _FIELD_LABELS:
        match = pattern.match(cell_key)
        if match and match.end() < len(cell_key) and ":" in cell_key[max(0, match.end() - 1):match.end() + 1]:
            return name
    return None


# The first characters of every label above: most cells are passed by on this alone.
LABEL_FIRST_CHARACTERS = frozenset("经许证编公企单法发签颁有业")


# Words of a services table's header row beside 业务种类: they name columns, they are not a service.
SERVICES_HEADER_WORDS = ("服务项目", "(服务项目)", "覆盖范围", "业务覆盖范围", "备注", "说明")
