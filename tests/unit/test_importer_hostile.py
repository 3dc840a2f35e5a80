"""Hostile input: whatever arrives, the reader returns a License (with warnings) or refuses clearly.

No other exception, no hang: each example is bounded by hypothesis' deadline.
"""

from __future__ import annotations

import datetime as dt
import random

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from licdesk.domain import numbers
from licdesk.domain.dates import parse_cn_date
from licdesk.domain.model import License
from licdesk.importer import NotALicenseError, read_license
from tests.conftest import DATA, seed_paths

SOURCES = [p.read_text(encoding="utf-8") for p in sorted((DATA / "licenses").glob("*.txt"))]
SOURCES += [p.read_text(encoding="utf-8") for p in seed_paths()]
PROFILE = settings(max_examples=300, deadline=dt.timedelta(seconds=2),
                   suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def outcome(data) -> License | None:
    try:
        lic = read_license(data)
    except NotALicenseError as error:
        assert str(error) and "\n" not in str(error)
        return None
    assert isinstance(lic, License)
    License.from_dict(lic.to_dict())  # whatever was read can be stored and read back
    return lic


@PROFILE
@given(st.text(max_size=3000))
def test_arbitrary_text(text: str) -> None:
    outcome(text)


@PROFILE
@given(st.binary(max_size=4000))
def test_arbitrary_bytes(data: bytes) -> None:
    outcome(data)


def _mutate(text: str, rnd: random.Random) -> str:
    lines = text.split("\n")
    for _ in range(rnd.randint(1, 6)):
        if not lines:
            break
        choice = rnd.randrange(6)
        i = rnd.randrange(len(lines))
        if choice == 0:
            del lines[i]
        elif choice == 1:
            lines.insert(i, lines[rnd.randrange(len(lines))])
        elif choice == 2:
            rnd.shuffle(lines)
        elif choice == 3:  # flip punctuation widths
            table = str.maketrans("：，（）:,()", ":,()：，（）")
            lines[i] = lines[i].translate(table)
        elif choice == 4:  # a page repeated
            j = min(len(lines), i + rnd.randint(5, 40))
            lines[i:i] = lines[i:j]
        else:  # a line cut in two
            cut = rnd.randint(0, len(lines[i]))
            lines[i:i + 1] = [lines[i][:cut], lines[i][cut:]]
    return "\n".join(lines)


@settings(max_examples=400, deadline=dt.timedelta(seconds=2), suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(min_value=0, max_value=len(SOURCES) - 1), st.integers(min_value=0, max_value=2**32))
def test_mutated_licenses(source: int, seed: int) -> None:
    mutated = _mutate(SOURCES[source], random.Random(seed))
    outcome(mutated)
    outcome(mutated.encode("gb18030"))


@PROFILE
@given(st.text(max_size=60))
def test_number_reader(text: str) -> None:
    parsed = numbers.parse(text)
    assert parsed.valid in (True, False)
    if parsed.valid:
        assert numbers.parse(parsed.normalized).normalized == parsed.normalized


@PROFILE
@given(st.text(max_size=60))
def test_date_reader(text: str) -> None:
    value = parse_cn_date(text)
    assert value is None or isinstance(value, dt.date)


@PROFILE
@given(st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2100, 12, 31)), st.sampled_from(["年", "-", "."]))
def test_date_reader_reads_every_real_date(day: dt.date, sep: str) -> None:
    text = f"{day.year}{sep}{day.month}{sep}{day.day}{'日' if sep == '年' else ''}".replace("年", "年", 1)
    if sep == "年":
        text = f"{day.year}年 {day.month:02d}月{day.day}日"
    assert parse_cn_date(text) == day


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=200)
       | st.text(alphabet="，：（）１２ＡＢａｂ　。、的经营许可证\u0301\u00bd\ufb01①", max_size=60))
@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
def test_fast_normalisation_equals_nfkc(text: str) -> None:
    import unicodedata

    from licdesk.importer.lines import nfkc

    assert nfkc(text) == unicodedata.normalize("NFKC", text)
