"""The main certificate (正本): title, number, preamble, company, representative, services, issuer, dates."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from licdesk.domain import business
from licdesk.domain.dates import parse_cn_date
from licdesk.domain.model import Service
from licdesk.importer.lines import Line, join_text, make_key

# Field labels as they appear in the key (normalised) form; the value may follow on the same line.
_FIELD_LABELS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("number", re.compile(r"^(?:经营)?许可证编号:?")),
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

_SERVICE_NAMES = sorted(
    {t.name for t in business.BUSINESS_TYPES}
    | {"互联网资源协作服务业务", "离岸呼叫中心业务", "国内呼叫中心业务", "信息服务业务"},
    key=len,
    reverse=True,
)
_SERVICE_START = re.compile(
    r"^(?P<name>(?:第[一二]类增值电信业务中的)?(?:" + "|".join(map(re.escape, _SERVICE_NAMES)) + r")"
    r"(?:\s*[(（][^()（）]{1,40}[)）])?)"
)
_COVERAGE_START = re.compile(
    r"^(?:业务)?(?:覆盖范围[:：为]?\s*)?(?:全国|机房所在地|"
    r"(?:北京|天津|上海|重庆|河北|山西|内蒙古|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|"
    r"广东|广西|海南|四川|贵州|云南|西藏|陕西|甘肃|青海|宁夏|新疆)(?:省|市|自治区)?)"
)


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
        self._coverage_open = False  # the coverage line ended with 、 and goes on
        self._carried = ""  # a services line cut inside its brackets
        self._pending_coverage: str | None = None  # the coverage column read beside a name

    def feed(self, line: Line) -> None:
        key = line.key
        if self._preamble_open:
            self.fields.preamble = join_text(self.fields.preamble or "", line.text)
            self._preamble_open = not key.endswith("。")
            return
        if "经营许可证" in key and ("中华人民共和国" in key or key.endswith("经营许可证")) and not self.fields.number:
            self.fields.title_parts.append(key)
            return
        if key == "中华人民共和国" and not self.fields.number:
            self.fields.title_parts.append(key)
            return
        if key.startswith("根据") and ("电信条例" in key or "特颁发" in key):
            self.fields.preamble = line.text
            self._preamble_open = not key.endswith("。")
            self._in_services = False
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
    def _take_label(self, line: Line) -> bool:
        key = line.key
        services = _SERVICES_LABEL.match(key)
        if services and key.startswith("业务种类"):
            self._in_services = True
            self._pending = None
            self._feed_service_line(_strip_label(line.text, services.end()))
            return True
        if self._in_services:
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
        """One line of the services block: a new business type, its coverage, or its qualifiers."""
        text = text.strip()
        # Two table columns on one line (a scan, a copied table): the service, a gap, its coverage.
        columns = re.match(r"^(?P<left>.+?)\s+(?P<right>\S+)$", text)
        if columns and _WHOLE_COVERAGE.match(make_key(columns["right"])) and (
            self._carried or _SERVICE_START.match(make_key(columns["left"]))
        ):
            self._pending_coverage = columns["right"]
            text = columns["left"]
        elif _open_brackets(self._carried + text) > 0:
            # OCR may drop the gap: a name cut inside its brackets cannot end in a place, so that is the column.
            glued = _GLUED_COVERAGE.match(text)
            if glued:
                self._pending_coverage = glued["right"]
                text = glued["left"]
        text = self._carried + text
        self._carried = ""
        if _open_brackets(text) > 0:
            # A name wrapped inside its brackets (…业务（仅限互联网信息 / 服务）): wait for the rest.
            self._carried = text
            return
        while text:
            key = make_key(text)
            start = _SERVICE_START.match(key)
            if start:
                name, rest = _split_at_key(text, start.end())
                self.fields.services.append(Service(name=name.strip()))
                self._coverage_open = False
                if self._pending_coverage:
                    self.fields.services[-1].coverage = _trim_punct(self._pending_coverage)
                    self._coverage_open = _ends_a_list_item(self._pending_coverage)
                    self._pending_coverage = None
                text = rest.lstrip(" ，,;；")
                continue
            if not self.fields.services:
                # A type the catalogue does not know: keep the line as the service's name.
                self.fields.services.append(Service(name=text))
                return
            current = self.fields.services[-1]
            coverage = re.match(r"^(?:业务)?覆盖范围\s*[:：为]?\s*", text)
            if coverage:
                text = text[coverage.end():]
                current.coverage = _join_field(current.coverage, _trim_punct(text))
                return
            if current.coverage is None and (
                (current.remarks is None and _COVERAGE_START.match(key)) or _WHOLE_COVERAGE.match(key)
            ):
                current.coverage = _trim_punct(text)
                self._coverage_open = _ends_a_list_item(text)
                if not self._coverage_open:
                    current.coverage = current.coverage.rstrip("，,")
                return
            if self._coverage_open and current.remarks is None and not text.startswith(_QUALIFIER_STARTS):
                # A list of places wrapped onto the next line (…北京、天津、 / 上海、广州).
                current.coverage = join_text(current.coverage or "", _trim_punct(text))
                if not _ends_a_list_item(text):
                    current.coverage = current.coverage.rstrip("，,")
                self._coverage_open = _ends_a_list_item(text)
                return
            current.remarks = _join_field(current.remarks, text)
            return


_PLACE = (r"(?:北京|天津|上海|重庆|河北|山西|内蒙古|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|"
          r"广东|广西|海南|四川|贵州|云南|西藏|陕西|甘肃|青海|宁夏|新疆|香港|澳门|深圳|广州|成都|杭州|南京|苏州|武汉|西安)"
          r"(?:省|市|自治区|壮族自治区|回族自治区|维吾尔自治区|特别行政区)?")
# A line that is nothing but a coverage: 全国, a list of places, or the IDC form.
_WHOLE_COVERAGE = re.compile(rf"^(?:全国|机房所在地为?.+|{_PLACE}(?:[、,，]{_PLACE})*[、,，]?)$")


_GLUED_COVERAGE = re.compile(rf"^(?P<left>.*[(（][^)）]*?)(?P<right>全国|{_PLACE}(?:[、,，]{_PLACE})*)$")


def _open_brackets(text: str) -> int:
    return text.count("（") + text.count("(") - text.count("）") - text.count(")")


_QUALIFIER_STARTS = ("不含", "含", "仅限", "【", "[", "(", "（", "其中")


def _ends_a_list_item(text: str) -> bool:
    return text.rstrip().endswith(("、", "，", ","))


def _trim_punct(text: str) -> str:
    return text.strip().rstrip("；;")


def _join_field(old: str | None, new: str) -> str:
    return join_text(old, new) if old else new


def _strip_label(text: str, key_length: int) -> str:
    """The text after a label that was matched on the key (normalised) form of `text`."""
    _, rest = _split_at_key(text, key_length)
    return rest.lstrip(" :：")


def _split_at_key(text: str, key_length: int) -> tuple[str, str]:
    """Split `text` after as many characters as make `key_length` characters of its key."""
    consumed = 0
    for position, char in enumerate(text):
        if consumed >= key_length:
            return text[:position], text[position:]
        consumed += len(make_key(char))
    return text, ""


def build_title(parts: list[str]) -> str | None:
    if not parts:
        return None
    title = "".join(parts)
    return title.replace("(附页)", "").strip() or None
