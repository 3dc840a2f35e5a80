"""业务种类（服务项目）及覆盖范围: the lines of the services block → services with coverage and qualifiers.

A service's coverage may stand on the next line, beside the name in a right-hand column (a table, a
scan, pdftotext -layout), or wrap over several lines — even in the middle of a place's name (安 / 徽).
The text of a coverage or a qualifier grows piece by piece and is joined once at the end.
"""

from __future__ import annotations

import re

from licdesk.domain import business
from licdesk.domain.model import Service
from licdesk.importer.lines import Paragraph, make_key
from licdesk.importer.regions import continues_list, ends_open

_SERVICE_NAMES = sorted(
    {t.name for t in business.BUSINESS_TYPES}
    | {"互联网资源协作服务业务", "离岸呼叫中心业务", "国内呼叫中心业务", "信息服务业务"},
    key=len,
    reverse=True,
)
SERVICE_START = re.compile(
    r"^(?P<name>(?:第[一二]类增值电信业务中的)?(?:" + "|".join(map(re.escape, _SERVICE_NAMES)) + r")"
    r"(?:\s*[(（][^()（）]{1,40}[)）])?)"
)
_REGION_NAMES = (r"北京|天津|上海|重庆|河北|山西|内蒙古|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|"
                 r"广东|广西|海南|四川|贵州|云南|西藏|陕西|甘肃|青海|宁夏|新疆")
_COVERAGE_START = re.compile(rf"^(?:业务)?(?:覆盖范围[:：为]?\s*)?(?:全国|机房所在地|(?:{_REGION_NAMES})(?:省|市|自治区)?)")
_PLACE = (rf"(?:{_REGION_NAMES}|香港|澳门|深圳|广州|成都|杭州|南京|苏州|武汉|西安)"
          r"(?:省|市|自治区|壮族自治区|回族自治区|维吾尔自治区|特别行政区)?")
# A line that is nothing but a coverage: 全国, a list of places, or the IDC form.
_WHOLE_COVERAGE = re.compile(rf"^(?:全国|机房所在地为?.+|{_PLACE}(?:[、,，]{_PLACE})*[、,，]?)$")
_GLUED_COVERAGE = re.compile(rf"^(?P<left>.*[(（][^)）]*?)(?P<right>全国|{_PLACE}(?:[、,，]{_PLACE})*)$")
_COVERAGE_LABEL = re.compile(r"^(?:业务)?覆盖范围\s*[:：为]?\s*")
_QUALIFIER_STARTS = ("不含", "含", "仅限", "【", "[", "(", "（", "其中")
_BRACKETED = re.compile(r"^[(（][^()（）]{2,40}[)）]$")
_COLUMN_GAP = re.compile(r"\s{2,}|\t")


def _open_brackets(text: str) -> int:
    return text.count("（") + text.count("(") - text.count("）") - text.count(")")


def _trim_punct(text: str) -> str:
    return text.strip().rstrip("；;")


class ServicesReader:
    """Feed the services block line by line; `finish()` gives the services read."""

    def __init__(self) -> None:
        self.services: list[Service] = []
        self._coverage: dict[int, Paragraph] = {}  # by position in `services`
        self._remarks: dict[int, Paragraph] = {}
        self._coverage_open = False  # the coverage so far ends with 、 or half a place name
        self._carried = ""  # a services line cut inside its brackets
        self._pending_coverage: str | None = None  # the coverage column read beside a name not yet complete

    def finish(self) -> list[Service]:
        for position, service in enumerate(self.services):
            if position in self._coverage:
                service.coverage = self._coverage[position].text.rstrip("，,") or None
            if position in self._remarks:
                service.remarks = self._remarks[position].text or None
        return self.services

    def feed(self, text: str) -> None:
        """One line of the services block: a new business type, its coverage, or its qualifiers."""
        text = text.strip()
        cells = [cell for cell in _COLUMN_GAP.split(text) if cell]
        if len(cells) == 2 and self._is_coverage_column(cells[1]):
            # Two columns: the name (or its qualifier) on the left, the coverage on the right.
            self._read(cells[0])
            if self._carried or not self.services:
                self._pending_coverage = (self._pending_coverage or "") + cells[1]
            else:
                self._add_coverage(cells[1])
            return
        self._read(text)

    def _is_coverage_column(self, text: str) -> bool:
        key = make_key(text)
        if _WHOLE_COVERAGE.match(key):
            return True
        last = self._last_coverage_piece()
        if last and key.startswith(("、", ",")):
            return continues_list("", key[1:])
        return continues_list(last if self._coverage_open else "", key)

    # -- the text of the current service -------------------------------------------------------
    def _has(self, store: dict[int, Paragraph]) -> bool:
        return bool(self.services) and bool(store.get(len(self.services) - 1))

    def _last_coverage_piece(self) -> str:
        paragraph = self._coverage.get(len(self.services) - 1)
        return paragraph.last_piece() if paragraph else ""

    def _add_coverage(self, text: str) -> None:
        text = _trim_punct(text)
        self._coverage.setdefault(len(self.services) - 1, Paragraph()).add(text)
        self._coverage_open = ends_open(text)

    def _add_remarks(self, text: str) -> None:
        self._remarks.setdefault(len(self.services) - 1, Paragraph()).add(text)

    def _read(self, text: str) -> None:
        if _open_brackets(self._carried + text) > 0 and not self._pending_coverage:
            # OCR may drop the gap: a name cut inside its brackets cannot end in a place, so that is the column.
            glued = _GLUED_COVERAGE.match(text)
            if glued:
                self._pending_coverage = glued["right"]
                text = glued["left"]
        else:
            # Two columns joined by a single space: the service, then a coverage that is nothing else.
            columns = re.match(r"^(?P<left>.+?)\s+(?P<right>\S+)$", text)
            if columns and _WHOLE_COVERAGE.match(make_key(columns["right"])) and (
                self._carried or SERVICE_START.match(make_key(columns["left"]))
            ):
                self._pending_coverage = columns["right"]
                text = columns["left"]
        text = self._carried + text
        self._carried = ""
        if _open_brackets(text) > 0:
            # A name wrapped inside its brackets (…业务（仅限互联网信息 / 服务）): wait for the rest.
            self._carried = text
            return
        while text:
            key = make_key(text)
            start = SERVICE_START.match(key)
            if start:
                name, rest = split_at_key(text, start.end())
                self.services.append(Service(name=name.strip()))
                self._coverage_open = False
                if self._pending_coverage:
                    self._add_coverage(self._pending_coverage)
                    self._pending_coverage = None
                text = rest.lstrip(" ，,;；")
                named = re.match(r"^[:：]\s*(?P<coverage>[^;；]+)[;；]?\s*", text)
                if named and _WHOLE_COVERAGE.match(make_key(named["coverage"])):
                    # 信息服务业务：全国；在线数据处理…：北京 — each name with its coverage after a colon.
                    self._add_coverage(named["coverage"])
                    text = text[named.end():]
                continue
            if not self.services:
                # A type the catalogue does not know: keep the line as the service's name.
                self.services.append(Service(name=text))
                return
            self._read_detail(text, key)
            return

    def _read_detail(self, text: str, key: str) -> None:
        """A line under the current service's name: its coverage, a wrapped qualifier, or remarks."""
        current = self.services[-1]
        coverage = _COVERAGE_LABEL.match(text)
        if coverage:
            self._add_coverage(text[coverage.end():])
            return
        has_coverage, has_remarks = self._has(self._coverage), self._has(self._remarks)
        if not has_remarks and _BRACKETED.match(key) and not re.search(r"[(（]", current.name) \
                and not key[1:].startswith(("不含", "含")):
            current.name += text.strip()  # 互联网接入服务业务 / （为上网用户提供互联网接入服务）
            return
        if not has_coverage and ((not has_remarks and _COVERAGE_START.match(key)) or _WHOLE_COVERAGE.match(key)):
            self._add_coverage(text)
            return
        if has_coverage and not has_remarks and text.startswith(("、", "，", ",")):
            self._add_coverage(text)  # the list was cut just before a separator (…上海 / 、重庆…)
            return
        if self._coverage_open and not has_remarks and not text.startswith(_QUALIFIER_STARTS):
            # A list of places wrapped onto the next line (…北京、天津、 / 上海 or …、安 / 徽、福建).
            self._add_coverage(text)
            return
        self._add_remarks(text)


def split_at_key(text: str, key_length: int) -> tuple[str, str]:
    """Split `text` after as many characters as make `key_length` characters of its key."""
    consumed = 0
    for position, char in enumerate(text):
        if consumed >= key_length:
            return text[:position], text[position:]
        consumed += _key_length(char)
    return text, ""


def _key_length(char: str) -> int:
    """How many characters `char` gives in a key: 0 for white space, 1 for almost all, more for a few."""
    if char.isspace():
        return 0
    if char.isascii() or "\u4e00" <= char <= "\u9fff" or "\uff01" <= char <= "\uff5e":
        return 1
    return len(make_key(char))

