"""Chinese numerals as licenses write them: clause labels (十二、), periods (九十日), dates (二〇二六年).

    to_chinese(15) == "十五"          from_chinese("一百零二") == 102
    read_number("30") == read_number("三十") == 30
"""

from __future__ import annotations

import unicodedata

_DIGITS = "零一二三四五六七八九"
_DIGIT_VALUES = {**{c: i for i, c in enumerate(_DIGITS)}, "〇": 0, "两": 2}
_UNITS = {"十": 10, "百": 100, "千": 1000}


def to_chinese(value: int) -> str:
    """0 → 零, 1 → 一, 10 → 十, 15 → 十五, 20 → 二十, 102 → 一百零二, 115 → 一百一十五 (0 to 9999)."""
    if not 0 <= value < 10000:
        raise ValueError(f"{value} is outside 0–9999")
    if value == 0:
        return _DIGITS[0]
    parts: list[str] = []
    pending_zero = False
    for unit, name in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit, value = divmod(value, unit)
        if digit == 0:
            pending_zero = bool(parts)
            continue
        if pending_zero:
            parts.append(_DIGITS[0])
            pending_zero = False
        # 十五, not 一十五, when the number starts with its tens
        parts.append(("" if unit == 10 and digit == 1 and not parts else _DIGITS[digit]) + name)
    return "".join(parts)


def digits_to_chinese(value: int) -> str:
    """2026 → 二〇二六: a year, read digit by digit as a stamp writes it."""
    return "".join("〇" if c == "0" else _DIGITS[int(c)] for c in str(value))


def from_chinese(text: str) -> int | None:
    """一 → 1, 十五 → 15, 二十三 → 23, 一百零二 → 102, 二〇二六 → 2026; None when not a Chinese numeral.

    Without a unit (十 百 千) the characters are digits in place: 二〇二六 is the year 2026.
    """
    text = text.strip()
    if not text or any(c not in _DIGIT_VALUES and c not in _UNITS for c in text):
        return None
    if not any(c in _UNITS for c in text):
        return int("".join(str(_DIGIT_VALUES[c]) for c in text))
    total, pending, last_unit = 0, None, 10 ** 9
    for char in text:
        if char in _DIGIT_VALUES:
            digit = _DIGIT_VALUES[char]
            if pending:  # two digits in a row (二三十) is no numeral
                return None
            pending = digit
            continue
        unit = _UNITS[char]
        if unit >= last_unit or pending == 0:  # 十十, 百千, 零十 are no numerals
            return None
        total += (1 if pending is None else pending) * unit
        pending, last_unit = None, unit
    return total + (pending or 0)


def read_number(text: str) -> int | None:
    """A count as a clause states it, in Arabic (30, ３０) or Chinese (三十) digits; None otherwise."""
    normal = unicodedata.normalize("NFKC", text).strip()
    if normal.isascii() and normal.isdigit():
        return int(normal)
    return from_chinese(normal)
