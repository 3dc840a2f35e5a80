"""Dates as the documents write them (2021年 06月 22日, 2023年05月3日) and as they print."""

from __future__ import annotations

import datetime as _dt
import re
import unicodedata

from licdesk.domain.numerals import digits_to_chinese, read_number, to_chinese

_CN_DATE = re.compile(r"(\d{4})\s*[年./\-]\s*(\d{1,2})\s*[月./\-]\s*(\d{1,2})\s*日?")


def parse_cn_date(text: str) -> _dt.date | None:
    """The first date in `text`, in any of the written forms; None when there is none or it is impossible."""
    if not text:
        return None
    normal = unicodedata.normalize("NFKC", text).replace("O", "0").replace("〇", "0")
    match = _CN_DATE.search(normal)
    if not match:
        return None
    year, month, day = (int(g) for g in match.groups())
    try:
        return _dt.date(year, month, day)
    except ValueError:
        return None


def format_cn_date(value: _dt.date | None) -> str:
    """2021年12月28日 (the certificate's style); empty for no date."""
    if value is None:
        return ""
    return f"{value.year}年{value.month}月{value.day}日"


def format_cn_date_upper(value: _dt.date | None) -> str:
    """二〇二一年十二月二十八日, the style of an official stamp."""
    if value is None:
        return ""
    return f"{digits_to_chinese(value.year)}年{to_chinese(value.month)}月{to_chinese(value.day)}日"


# -- dates a clerk types ------------------------------------------------------------------------
# The whole entry must be one date, in one of the forms people write; anything else is refused
# rather than guessed (15/3/2026 could be read two ways, 26-3-15 has no century).
_DASHES = str.maketrans({c: "-" for c in "‐‑‒–—―−﹣"})
_SEPARATED = re.compile(r"(\d{4})\s*([-/.])\s*(\d{1,2})\s*\2\s*(\d{1,2})")
_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})")
_WRITTEN = re.compile(r"(\S{4})\s*年\s*(\S{1,3}?)\s*月\s*(\S{1,3}?)\s*[日号]?")

EARLIEST_TYPED_YEAR = 1900
LATEST_TYPED_YEAR = 2199


def parse_typed_date(text: str) -> _dt.date | None:
    """The date a clerk typed: 2026-03-15, 2026/3/15, 2026.3.15, 20260315, 2026年3月15日, 二〇二六年三月十五日.

    Full-width digits and punctuation count as their ASCII twins.  None when the text is not exactly
    one real date in one of these forms (the caller refuses it; it never guesses another day).
    """
    normal = unicodedata.normalize("NFKC", text or "").translate(_DASHES).strip()
    if not normal:
        return None
    parts: tuple[int | None, ...]
    if match := _SEPARATED.fullmatch(normal):
        parts = (int(match.group(1)), int(match.group(3)), int(match.group(4)))
    elif match := _COMPACT.fullmatch(normal):
        parts = tuple(int(group) for group in match.groups())
    elif match := _WRITTEN.fullmatch(normal):
        parts = tuple(read_number(group) for group in match.groups())
    else:
        return None
    year, month, day = parts
    if year is None or month is None or day is None:
        return None
    if not EARLIEST_TYPED_YEAR <= year <= LATEST_TYPED_YEAR:
        return None
    try:
        return _dt.date(year, month, day)
    except ValueError:
        return None


def next_record_year(years: list[int], today: _dt.date) -> int:
    """The year a new 年检/年报 record is most likely for: a report filed this year is for last year
    (filed in 2026 → 2025年度).  When that year has its record already, the year after the last one."""
    filed_for = today.year - 1
    return filed_for if filed_for not in years else max(years) + 1
