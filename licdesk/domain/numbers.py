"""License numbers (经营许可证编号): reading, normalising and checking every form in use.

Shape: ``[prefix]{A|B}{1|2}[.{A|B}{1|2}]-YYYYNNNN``: 京B2-20192917, B1-20195402 (cross-regional,
no prefix), 沪B1.B2-20130047.  Variants met in the wild are read too: a trailing 号, a website
suffix (粤B2-20090059-5), an annotation (B2-20110196(全网)), the OCR slip ``Bl`` for ``B1``, and
legacy forms (辽B-2-4-20080039, 京ICP证030173号) which are kept but flagged.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, field

MINISTRY = "中华人民共和国工业和信息化部"

# Province short name → full name of the province (the issuer is "<full name>通信管理局").
PROVINCES: dict[str, str] = {
    "京": "北京市", "津": "天津市", "冀": "河北省", "晋": "山西省", "蒙": "内蒙古自治区",
    "辽": "辽宁省", "吉": "吉林省", "黑": "黑龙江省", "沪": "上海市", "苏": "江苏省",
    "浙": "浙江省", "皖": "安徽省", "闽": "福建省", "赣": "江西省", "鲁": "山东省",
    "豫": "河南省", "鄂": "湖北省", "湘": "湖南省", "粤": "广东省", "桂": "广西壮族自治区",
    "琼": "海南省", "渝": "重庆市", "川": "四川省", "黔": "贵州省", "滇": "云南省",
    "藏": "西藏自治区", "陕": "陕西省", "甘": "甘肃省", "陇": "甘肃省", "青": "青海省",
    "宁": "宁夏回族自治区", "新": "新疆维吾尔自治区",
}
# Long forms sometimes written in place of the short prefix.
_LONG_PREFIXES = {"蜀": "川", "贵": "黔", "云": "滇"}

_PREFIX_CHARS = "".join(PROVINCES) + "".join(_LONG_PREFIXES)

_MODERN = re.compile(
    rf"^(?P<prefix>[{_PREFIX_CHARS}])?"
    r"(?P<classes>[AB][12](?:[.·、,/][AB][12])*)"
    r"-(?P<year>\d{4})(?P<serial>\d{4})"
    r"(?P<site>-\d{1,3})?"
    r"(?P<note>\([^()]*\))?$"
)
_LEGACY_DASHED = re.compile(rf"^(?P<prefix>[{_PREFIX_CHARS}])?(?P<cls>[AB])-(?P<sub>[12])-\d+-(?P<serial>\d{{6,8}})$")
_LEGACY_ICP = re.compile(rf"^(?P<prefix>[{_PREFIX_CHARS}])?ICP证?\d{{5,8}}$")


@dataclass(frozen=True)
class LicenseNumber:
    """What a license number says.  `warnings` are (zh, en) pairs about odd but readable forms."""

    raw: str
    normalized: str
    valid: bool
    region: str | None = None
    categories: tuple[str, ...] = ()
    year: int | None = None
    serial: str | None = None
    legacy: bool = False
    warnings: tuple[tuple[str, str], ...] = field(default=())

    @property
    def issuer(self) -> str | None:
        if not self.valid:
            return None
        return issuer_for(self.region) if self.region else MINISTRY


def issuer_for(region: str | None) -> str | None:
    """The authority that issues licenses with this prefix (None → the ministry)."""
    if region is None:
        return MINISTRY
    province = PROVINCES.get(region)
    return f"{province}通信管理局" if province else None


def _canonical_text(raw: str) -> str:
    text = unicodedata.normalize("NFKC", raw or "")
    text = re.sub(r"\s+", "", text)
    # Dashes of every width mean the same here.
    return re.sub(r"[‐‑‒–—―−﹣－]", "-", text)


@functools.lru_cache(maxsize=4096)  # a license asks for its number several times per save; the result is frozen
def parse(raw: str) -> LicenseNumber:
    """Read a license number in any form met in the wild; never raises."""
    text = _canonical_text(raw)
    warnings: list[tuple[str, str]] = []
    if text.endswith("号"):
        text = text[:-1]
    upper = text.upper()
    # OCR slips: letter l / I / | for the digit 1 right after the class letter (Bl-…, BI-…).
    slipped = re.sub(r"(?<=[AB])[LI|](?=[-.·、,/]|\d{8}|$)", "1", upper)
    if slipped != upper:
        warnings.append((
            f"编号中的字母“l”被读作数字“1”：{raw.strip()} → {slipped}",
            f"letter 'l' read as digit '1' in the number: {raw.strip()} -> {slipped}",
        ))
    upper = slipped
    upper = upper.replace("．", ".").replace("。", ".")
    # The serial sometimes arrives with an en-dash-less join: B220192917 → B2-20192917.
    upper = re.sub(r"^(.{0,1}[AB][12](?:\.[AB][12])*)(\d{8})", r"\1-\2", upper)

    match = _MODERN.match(upper)
    if match:
        prefix = match.group("prefix")
        if prefix in _LONG_PREFIXES:
            warnings.append((f"省份简称“{prefix}”不常用，按“{_LONG_PREFIXES[prefix]}”处理",
                             f"unusual province prefix '{prefix}', read as '{_LONG_PREFIXES[prefix]}'"))
            prefix = _LONG_PREFIXES[prefix]
        classes = tuple(dict.fromkeys(re.findall(r"[AB][12]", match.group("classes"))))
        year = int(match.group("year"))
        if not 1990 <= year <= 2100:
            warnings.append((f"编号中的年份 {year} 不合常理", f"implausible year {year} in the number"))
        if match.group("site"):
            warnings.append(("编号带有网站序号后缀（备案号形式），已保留原样",
                             "the number carries a website suffix (ICP filing form); kept as written"))
        if match.group("note"):
            warnings.append((f"编号带有附注 {match.group('note')}，已保留原样",
                             f"the number carries an annotation {match.group('note')}; kept as written"))
        if any(c.startswith("A") for c in classes):
            warnings.append(("编号为基础电信业务（A类）许可证", "the number is a basic telecom (class A) license"))
        normalized = (prefix or "") + ".".join(classes) + f"-{match.group('year')}{match.group('serial')}"
        normalized += (match.group("site") or "") + (match.group("note") or "")
        return LicenseNumber(
            raw=raw, normalized=normalized, valid=True, region=prefix, categories=classes,
            year=year, serial=match.group("serial"), warnings=tuple(warnings),
        )

    legacy = _LEGACY_DASHED.match(upper) or _LEGACY_ICP.match(upper)
    if legacy:
        cats: tuple[str, ...] = ()
        if "cls" in legacy.groupdict():
            cats = (legacy.group("cls") + legacy.group("sub"),)
        warnings.append(("旧式编号，已按原样保留", "legacy number form, kept as written"))
        return LicenseNumber(
            raw=raw, normalized=text, valid=True, region=legacy.group("prefix"), categories=cats,
            legacy=True, warnings=tuple(warnings),
        )

    return LicenseNumber(raw=raw, normalized=text, valid=False, warnings=tuple(warnings))


def normalize(raw: str) -> str:
    """The canonical spelling of a number (unchanged text when it cannot be read)."""
    return parse(raw).normalized


# A number somewhere in running text (page headers, OCR lines): used by the importer.
NUMBER_IN_TEXT = re.compile(
    rf"[{_PREFIX_CHARS}]?\s*[ABＡＢ]\s*[12１２lI](?:\s*[.．·]\s*[ABＡＢ]\s*[12１２lI])*\s*[-－—–]\s*\d{{8}}(?:-\d{{1,3}})?号?"
)
