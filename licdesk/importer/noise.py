"""Scanner and typing noise that is mended the same way wherever it stands.

OCR reads the digits 0 and 1 as the letters O/o and l/I/| when they stand among digits (2O2l年,
京B2-2019602l), and leaves spaces between Chinese characters (合肥 蜀山 示例公司, 法定代 表人).
Chinese has no spaces between words, so a space between two Chinese characters is never meant.
"""

from __future__ import annotations

import re

_CJK = r"[\u3400-\u9fff\uf900-\ufaff]"
_CJK_GAP = re.compile(rf"(?<={_CJK})[ \t\u3000]+(?={_CJK})")

# A letter that looks like 0 or 1, with a digit (or another such letter next to a digit) beside it.
_SLIPPED = re.compile(r"(?<=[0-9])[OolI|]|[OolI|](?=[0-9])")
_ANY_SLIP = re.compile(r"[OolI|]")
_DIGIT_FOR = {"O": "0", "o": "0", "l": "1", "I": "1", "|": "1"}
_DIGIT_TABLE = str.maketrans("".join(_DIGIT_FOR), "".join(_DIGIT_FOR.values()))


def close_cjk_gaps(text: str) -> str:
    """合肥 蜀山 示例 网络科技有限公司 → 合肥蜀山示例网络科技有限公司; Latin words keep their spaces."""
    return _CJK_GAP.sub("", text)


def mend_digits(text: str) -> str:
    """2O2O年7月l5日 → 2020年7月15日, 2019602l → 20196021: letters read for digits among digits.

    Runs until nothing changes, so a run of slipped letters (2OO1) is mended from both ends.
    """
    previous = None
    while previous != text:
        previous = text
        text = _SLIPPED.sub(lambda m: _DIGIT_FOR[m.group()], text)
    return text


_NUMBER_SERIAL = re.compile(r"(?P<head>[AB][12lI|](?:[.．·][AB][12lI|])*\s*[-－—–]\s*)(?P<serial>[0-9OoDlI|]{8})(?![0-9A-Za-z])")


def mend_number(text: str) -> str:
    """The serial of a license number with its OCR slips mended: Bl-2O2l3307 → Bl-20213307.

    The class letters are left to the number reader, which mends Bl → B1 and says so.
    """
    if not _ANY_SLIP.search(text):
        return text  # nothing that could be a slipped digit: most lines, read at once
    return _NUMBER_SERIAL.sub(lambda m: m.group("head") + mend_digits(m.group("serial")).translate(
        _DIGIT_TABLE), text)
