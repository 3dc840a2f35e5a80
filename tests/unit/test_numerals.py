"""Chinese numerals (licdesk.domain.numerals): one implementation for labels, periods and dates."""

from __future__ import annotations

import pytest

from licdesk.domain.numerals import digits_to_chinese, from_chinese, read_number, to_chinese


@pytest.mark.parametrize(("value", "written"), [
    (0, "零"), (1, "一"), (9, "九"), (10, "十"), (11, "十一"), (15, "十五"), (20, "二十"), (21, "二十一"),
    (90, "九十"), (99, "九十九"), (100, "一百"), (102, "一百零二"), (110, "一百一十"), (115, "一百一十五"),
    (120, "一百二十"), (1001, "一千零一"), (1010, "一千零一十"), (9999, "九千九百九十九"),
])
def test_numbers_are_written_as_licenses_write_them_and_read_back(value: int, written: str) -> None:
    assert to_chinese(value) == written
    assert from_chinese(written) == value


def test_every_number_up_to_ten_thousand_reads_back_as_itself() -> None:
    assert all(from_chinese(to_chinese(n)) == n for n in range(10000))


def test_numbers_outside_the_range_are_refused() -> None:
    with pytest.raises(ValueError):
        to_chinese(-1)
    with pytest.raises(ValueError):
        to_chinese(10000)


def test_variants_a_document_may_use_are_read() -> None:
    assert from_chinese("两百") == 200
    assert from_chinese("一〇") == 10  # digits in place, as a year is written
    assert from_chinese("二〇二六") == 2026
    assert digits_to_chinese(2026) == "二〇二六"


@pytest.mark.parametrize("text", ["", "十十", "二三十", "百千", "零十", "十五日", "abc", "一 二"])
def test_what_is_not_a_numeral_reads_as_none(text: str) -> None:
    assert from_chinese(text) is None


def test_a_count_may_be_written_in_either_script() -> None:
    assert read_number("30") == read_number("３０") == read_number("三十") == 30
    assert read_number("九十") == 90
    assert read_number("x") is None
