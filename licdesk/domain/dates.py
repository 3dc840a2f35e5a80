"""Dates as the documents write them (2021年 06月 22日, 2023年05月3日) and as they print."""

from __future__ import annotations

import datetime as _dt
import re
import unicodedata

_CN_DATE = re.compile(r"(\d{4})\s*[年./\-]\s*(\d{1,2})\s*[月./\-]\s*(\d{1,2})\s*日?")

_CN_DIGITS = "〇一二三四五六七八九"


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

    def number(n: int) -> str:
        if n < 10:
            return _CN_DIGITS[n]
        tens, units = divmod(n, 10)
        return ("" if tens == 1 else _CN_DIGITS[tens]) + "十" + (_CN_DIGITS[units] if units else "")

    year = "".join(_CN_DIGITS[int(c)] for c in str(value.year))
    return f"{year}年{number(value.month)}月{number(value.day)}日"
