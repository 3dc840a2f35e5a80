"""Page furniture found by repetition: whatever comes back at every page break is the page's, not the license's.

An electronic license prints its banner, QR caption, verification code and "同等法律效力" note on every
page; a print-out adds a company footer or an archive stamp.  No fixed list can know them all, so a
line is furniture when its shape (digits and their OCR look-alikes counted as one) comes back on several
pages, spread apart, and keeps to the page breaks (page numbers, number headers) — or, in a text that
marks no breaks, comes back three times or more.  Lines the license itself repeats (field labels,
clause labels, titles, coverage, inspection cells) are never furniture.  Removing the furniture lets a
word broken across the page join its other half; each kind removed is named in a warning.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict

from licdesk.importer.clauses import read_label
from licdesk.importer.lines import Line, is_number_header, is_page_noise, is_page_number, is_provisions_heading
from licdesk.importer.noise import mend_number
from licdesk.domain.reading_notes import note

# Lines shorter than a clause sentence; a clause may repeat a phrase, never a whole long line per page.
_MAX_KEY = 60
# Repeated lines closer than this (in lines with text) are the license's own list, not page furniture.
_MIN_GAP = 4
# How near (in lines with text) a page number or number header must stand to count as "by a page break".
_NEAR_BREAK = 6
_MEANINGFUL_STARTS = (
    "公司名称", "企业名称", "单位名称", "经营者名称", "法定代表人", "法人代表", "经营许可证编号", "许可证编号",
    "发证机关", "发证日期", "签发日期", "颁发日期", "有效期", "业务种类", "(服务项目)", "及覆盖范围",
    "覆盖范围", "网站名称", "网站域名", "域名", "服务器", "网站接入", "接入服务", "《特别规定事项》",
)
_MEANINGFUL_WORDS = re.compile(r"经审核|年度|年检|年报|盖章|^(?:中华人民共和国)?(?:跨地区)?增值电信业务经营许可证(?:\(附页\)|附页)?$|"
                               r"^中华人民共和国$|"
                               r"^(?:全国|机房所在地)|业务(?:\(.*\))?$|获准经营|相关信息$")
_DIGITS = re.compile(r"\d+")
_ELECTRONIC_MARKS = re.compile(r"二维码|验证码|校验码|核验码|同等法律|法律效力|电子证照|扫码")
_MAY_HOLD_DIGITS = re.compile(r"[0-9OolI|]")


def shape(key: str) -> str:
    """A line's key with its numbers blurred: 1/3 and 2/3, 京B2-2019602l and 京B2-20196021 look alike."""
    return _DIGITS.sub("#", mend_number(key))


def is_meaningful(line: Line) -> bool:
    """Lines the license repeats on purpose, and clutter the reader knows by name: never furniture here."""
    key = line.key
    return (
        len(key) > _MAX_KEY
        or key.startswith(_MEANINGFUL_STARTS)
        or bool(_MEANINGFUL_WORDS.search(key))
        or is_provisions_heading(line)
        or read_label(line.text) is not None
        or _looks_like_domains(key)
        or is_page_noise(line)  # known clutter the reader drops itself (and compares number headers)
    )


def _looks_like_domains(key: str) -> bool:
    return bool(re.fullmatch(r"[A-Za-z0-9.\-、,;:/]+", key)) and "." in key


def _is_bare_label(line: Line) -> bool:
    """公司名称： alone on its line, its value on the next (a clause ending in ： is not one)."""
    return line.key.endswith(":") and len(line.key) <= 16 and read_label(line.text) is None


def remove_furniture(lines: list[Line]) -> tuple[list[Line], list[str]]:
    """`lines` without the lines that come back at every page break, and a warning for each kind removed.

    Removed lines are named in a warning (once per kind), so nothing leaves the text unseen.
    """
    content = [line for line in lines if line]
    # Only short lines can be furniture or mark a break; a clause's long lines are passed by at once.
    short = [(i, line) for i, line in enumerate(content) if len(line.key) <= _MAX_KEY]
    headers = [i for i, line in short if is_number_header(line)]
    # The first number line is the certificate's own field; the ones after it head the later pages.
    breaks = sorted(headers[1:] + [i for i, line in short if is_page_number(line)])
    # Lines are grouped by key first (cheap); a key with digits or their look-alikes by its shape.
    places: dict[str, list[int]] = defaultdict(list)
    for position, line in short:
        key = line.key
        places[shape(key) if _MAY_HOLD_DIGITS.search(key) else key].append(position)

    def near_break(position: int) -> bool:
        at = bisect.bisect_left(breaks, position - _NEAR_BREAK)
        return any(0 < abs(b - position) <= _NEAR_BREAK for b in breaks[at:at + 2 * _NEAR_BREAK + 1])

    furniture: set[int] = set()
    warnings: list[str] = []
    for positions in places.values():
        # Lines of one key (or shape) are alike: the first and the last tell whether they mean something.
        if len(positions) < 2 or is_meaningful(content[positions[0]]) or is_meaningful(content[positions[-1]]):
            continue
        if min(b - a for a, b in zip(positions, positions[1:])) < _MIN_GAP:
            continue
        by_breaks = sum(1 for p in positions if near_break(p))
        # Three or more times: furniture when it keeps to the page breaks (or the text marks none);
        # twice: only when both times stand by a break.
        if (len(positions) >= 3 and (not breaks or 2 * by_breaks >= len(positions))) or by_breaks == len(positions):
            # A value written under its label (公司名称： / 示例有限公司) is the field's, however often it recurs.
            furniture.update(p for p in positions if p == 0 or not _is_bare_label(content[p - 1]))
            first = content[positions[0]]
            warnings.append(note("repeated_furniture", text=first.text, line=first.index, count=len(positions)))
    # What an electronic license prints around its QR code, even where OCR has made each page's copy differ.
    marked = [p for p, line in enumerate(content) if p not in furniture and len(line.key) <= 40
              and _ELECTRONIC_MARKS.search(line.key) and not is_meaningful(line)]
    marked = [p for p in marked if len(marked) >= 2 or near_break(p)]
    for p in marked:
        warnings.append(note("electronic_mark", line=content[p].index, text=content[p].text))
    furniture.update(marked)
    dropped = {id(content[p]) for p in furniture}
    return [line for line in lines if id(line) not in dropped], warnings
