"""The periods a license's own clauses state for its duties (提前90日, 30日内, 10个工作日内), with the
defaults of order No. 42 where they are silent."""

from __future__ import annotations

import datetime as _dt
import functools
import re
import unicodedata
from dataclasses import dataclass
from typing import Iterable

from licdesk.domain.holidays import NO_HOLIDAYS, WorkingDays
from licdesk.domain.model import License
from licdesk.domain.numerals import read_number


@dataclass(frozen=True)
class Period:
    """A reporting period: `days` calendar days, or working days when `working`."""

    days: int
    working: bool = False
    source: str | None = None  # the clause label it was read from, None for the default

    def after(self, start: _dt.date, holidays: WorkingDays = NO_HOLIDAYS) -> _dt.date:
        if self.working:
            return holidays.add_working_days(start, self.days)
        return start + _dt.timedelta(days=self.days)

    def describe_zh(self) -> str:
        return f"{self.days}个工作日" if self.working else f"{self.days}日"

    def describe_en(self) -> str:
        return f"{self.days} working days" if self.working else f"{self.days} days"


@dataclass(frozen=True)
class _Rule:
    """How to find a rule's period in the clause text: words the sentence must hold, and the period."""

    default: Period
    topic: re.Pattern[str]
    period: re.Pattern[str]


_NUM = r"([0-9]+|[一二三四五六七八九十百]+)"
_WITHIN = re.compile(_NUM + r"个?(工作)?[日天]内")

_RULES: dict[str, _Rule] = {
    "R1": _Rule(Period(90), re.compile(r"续办|延续"), re.compile(r"提前" + _NUM + r"个?(工作)?[日天]")),
    "R2": _Rule(Period(90), re.compile(r"不再继续"), re.compile(r"提前" + _NUM + r"个?(工作)?[日天]")),
    "R6": _Rule(Period(30), re.compile(r"合并|分立|经营主体|业务范围"), _WITHIN),
    "R7": _Rule(Period(30), re.compile(r"名称|法定代表人"), _WITHIN),
    "R8": _Rule(Period(30), re.compile(r"住所|注册资本|股东股权|机构信息"), _WITHIN),
    "R9": _Rule(Period(30), re.compile(r"注销或变更"), _WITHIN),
    "R10": _Rule(Period(30), re.compile(r"安全评估"), _WITHIN),
    "R11": _Rule(Period(10, working=True), re.compile(r"违法信息"), _WITHIN),
}
_QUARTER = re.compile(r"第([一二三四1-4])季度")
_ANNUAL_TOPIC = re.compile(r"年报|年检")


@dataclass(frozen=True)
class LicensePeriods:
    """The periods one license's clauses state, with defaults where they are silent."""

    by_rule: dict[str, Period]
    report_quarter: int = 1
    report_source: str | None = None

    def __getitem__(self, rule: str) -> Period:
        return self.by_rule[rule]


def read_periods(lic: License) -> LicensePeriods:
    """Read R1/R2/R4/R6–R11 periods from the license's own clauses (first matching sentence wins)."""
    # Licenses of one template share their clause text: reading it once serves them all.
    labelled = tuple((path, clause.label, clause.text) for path, clause in lic.walk_clauses())
    return _periods_of(labelled)


@functools.lru_cache(maxsize=256)
def _periods_of(labelled: tuple[tuple[tuple[int, ...], str, str], ...]) -> LicensePeriods:
    sentences = list(_clause_sentences(labelled))
    found: dict[str, Period] = {}
    for rule, spec in _RULES.items():
        found[rule] = spec.default
        for label, sentence in sentences:
            if not spec.topic.search(sentence):
                continue
            match = spec.period.search(sentence)
            days = read_number(match.group(1)) if match else None
            if match and days:
                found[rule] = Period(days, working=bool(match.group(2)), source=label)
                break
    if found["R2"].source is None:  # a template that states one period for both branches of 十二
        found["R2"] = found["R1"]
    quarter, quarter_source = 1, None
    for label, sentence in sentences:
        match = _QUARTER.search(sentence) if _ANNUAL_TOPIC.search(sentence) else None
        if match:
            quarter, quarter_source = read_number(match.group(1)) or 1, label
            break
    return LicensePeriods(found, quarter, quarter_source)


def _clause_sentences(labelled: Iterable[tuple[tuple[int, ...], str, str]]) -> Iterable[tuple[str, str]]:
    """(clause label such as 十二 or 十六（八）, one sentence of its text), clause by clause."""
    labels: dict[tuple[int, ...], str] = {}
    for path, raw_label, raw_text in labelled:
        own = raw_label.strip().rstrip("、.．:：")
        label = labels.get(path[:-1], "") + own
        labels[path] = label
        text = re.sub(r"\s+", "", unicodedata.normalize("NFKC", raw_text or ""))
        for sentence in re.split(r"[。;；]", text):
            if sentence:
                yield label, sentence
