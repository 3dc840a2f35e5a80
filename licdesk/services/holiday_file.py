"""The clerk's own holiday table, read from the file the desk's Preferences name (one date a line with
休 or 班, licdesk.domain.holidays).  It rules the years it lists; the State Council's published
schedule counts the others.  No Qt."""

from __future__ import annotations

import os
from pathlib import Path

from licdesk.domain.holidays import HolidayTable, HolidayTableError, parse_holiday_table

# A holiday table is a few dozen lines; anything far larger is not one.
MAX_BYTES = 256 * 1024


class HolidayFileError(ValueError):
    """The file cannot serve as a holiday table: `zh` and `en` say why; str() gives both."""

    def __init__(self, zh: str, en: str) -> None:
        super().__init__(f"{zh} ({en})")
        self.zh, self.en = zh, en

    def message(self, language: str = "zh") -> str:
        return self.en if language.startswith("en") else self.zh


def read_holiday_file(path: str | os.PathLike[str]) -> HolidayTable:
    """The table in `path`: UTF-8 (with or without a byte order mark) or GB18030, as Windows saves it."""
    where = Path(path)
    try:
        if where.stat().st_size > MAX_BYTES:
            raise HolidayFileError(f"{where.name} 太大，不像节假日表", f"{where.name} is too large for a holiday table")
        data = where.read_bytes()
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise HolidayFileError(f"无法读取 {where}：{reason}", f"cannot read {where}: {reason}") from None
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:  # pragma: no cover - gb18030 decodes nearly any bytes; kept for the odd one it refuses
        raise HolidayFileError(f"{where.name} 不是文本文件", f"{where.name} is not a text file")
    try:
        return parse_holiday_table(text)
    except HolidayTableError as exc:
        raise HolidayFileError(f"{where.name}：第 {exc.line} 行不是日期加“休”或“班”",
                               f"{where.name}: line {exc.line} is not a date followed by off or work") from None
