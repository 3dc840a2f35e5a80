"""The clerk's holiday table read from a file: UTF-8 or GB18030, a bad line named, a missing or
oversized file refused with a reason."""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import pytest

from licdesk.services.holiday_file import MAX_BYTES, HolidayFileError, read_holiday_file

TEXT = "# 本单位 2027 年安排\n2027-02-08 休\n2027-02-14 班\n"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030"])
def test_a_table_saved_as_windows_or_linux_saves_it_reads(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "节假日表.txt"
    path.write_bytes(TEXT.encode(encoding))
    table = read_holiday_file(path)
    assert table.holidays == {_dt.date(2027, 2, 8)} and table.workdays == {_dt.date(2027, 2, 14)}
    assert table.years == {2027}


def test_a_line_that_is_not_a_date_is_named(tmp_path: Path) -> None:
    path = tmp_path / "table.txt"
    path.write_text("2027-02-08 休\n春节 休\n", encoding="utf-8")
    with pytest.raises(HolidayFileError, match="table.txt：第 2 行"):
        read_holiday_file(path)


def test_a_missing_or_oversized_file_is_refused_with_a_reason(tmp_path: Path) -> None:
    with pytest.raises(HolidayFileError, match="无法读取"):
        read_holiday_file(tmp_path / "none.txt")
    big = tmp_path / "big.txt"
    big.write_bytes(b"#" * (MAX_BYTES + 1))
    with pytest.raises(HolidayFileError, match="太大"):
        read_holiday_file(big)
