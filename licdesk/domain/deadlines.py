"""The compliance calendar: what each license obliges its company to do, and by when.

From a License (its expiry, its own clause text, its yearly records and recorded events) the engine
derives the obligations R1–R11 of the rules table (DOMAIN.md) as of any date.  Periods are read from
the license's clauses where they state them (提前90日, 30日内, 10个工作日内) and fall back to the
defaults of order No. 42 otherwise.  No Qt, no SQL, no clock: `today` is always given.

Horizon: every obligation of the license's own past that is not done stays listed (overdue) until it
is recorded as done; done ones are listed too (status done) so a view can show the history; the
future holds the renewal and expiry of the current certificate and the next annual report only.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
from dataclasses import dataclass
from typing import Any, Iterable

from licdesk.domain.holidays import HolidayTable, WorkingCalendar, working_calendar
from licdesk.domain.model import Event, License
from licdesk.domain.periods import LicensePeriods, Period, read_periods  # noqa: F401 - part of this API
from licdesk.domain.numerals import to_chinese

# -- statuses ----------------------------------------------------------------------------
DONE = "done"
OVERDUE = "overdue"
DUE_SOON = "due_soon"
UPCOMING = "upcoming"
STATUSES = (OVERDUE, DUE_SOON, UPCOMING, DONE)

DEFAULT_WINDOW_DAYS = 30

# -- obligation kinds --------------------------------------------------------------------
RENEWAL = "renewal"
NOT_CONTINUING_REPORT = "not_continuing_report"
EXPIRY = "expiry"
ANNUAL_REPORT = "annual_report"
LATE_ANNUAL_REPORT = "late_annual_report"
CHANGE_FILING = "change_filing"
SYSTEM_UPDATE = "system_update"
PROVINCIAL_LICENSE_CANCEL = "provincial_license_cancel"
SECURITY_ASSESSMENT_REPORT = "security_assessment_report"
ILLEGAL_INFO_REPORT = "illegal_info_report"
REVIEW_FINDING = "review_finding"  # a fix found by the company's own review (licdesk.domain.review_calendar)
OBLIGATION_KINDS = (
    RENEWAL, NOT_CONTINUING_REPORT, EXPIRY, ANNUAL_REPORT, LATE_ANNUAL_REPORT, CHANGE_FILING,
    SYSTEM_UPDATE, PROVINCIAL_LICENSE_CANCEL, SECURITY_ASSESSMENT_REPORT, ILLEGAL_INFO_REPORT, REVIEW_FINDING,
)

# Short names of the kinds, for filters and table columns.
KIND_NAMES: dict[str, tuple[str, str]] = {
    RENEWAL: ("续办申请", "Renewal application"),
    NOT_CONTINUING_REPORT: ("不再继续经营报告", "Report of not continuing"),
    EXPIRY: ("有效期届满", "Expiry"),
    ANNUAL_REPORT: ("年报", "Annual report"),
    LATE_ANNUAL_REPORT: ("年报补报", "Late annual report"),
    CHANGE_FILING: ("变更申请", "Change filing"),
    SYSTEM_UPDATE: ("系统信息更新", "System update"),
    PROVINCIAL_LICENSE_CANCEL: ("省级许可证注销或变更", "Provincial license cancellation"),
    SECURITY_ASSESSMENT_REPORT: ("安全评估报告", "Security assessment report"),
    ILLEGAL_INFO_REPORT: ("违法信息处置上报", "Illegal information report"),
    REVIEW_FINDING: ("审查整改", "Review finding to fix"),
}

# -- event kinds (Event.kind) ------------------------------------------------------------
LEGAL_REPRESENTATIVE_CHANGE = "legal_representative_change"
NAME_CHANGE = "name_change"
REGISTERED_CAPITAL_CHANGE = "registered_capital_change"
ADDRESS_CHANGE = "address_change"
SHAREHOLDING_CHANGE = "shareholding_change"
ENTITY_CHANGE = "entity_change"  # merger or split
BUSINESS_SCOPE_CHANGE = "business_scope_change"
SECURITY_ASSESSMENT = "security_assessment"
ILLEGAL_INFO_DISPOSAL = "illegal_info_disposal"
CROSS_REGIONAL_GRANT = "cross_regional_grant"
RENEWAL_APPLIED = "renewal_applied"
NOT_CONTINUING_REPORTED = "not_continuing_reported"

EVENT_NAMES: dict[str, tuple[str, str]] = {
    LEGAL_REPRESENTATIVE_CHANGE: ("法定代表人变更", "Change of legal representative"),
    NAME_CHANGE: ("公司名称变更", "Change of company name"),
    REGISTERED_CAPITAL_CHANGE: ("注册资本变更", "Change of registered capital"),
    ADDRESS_CHANGE: ("住所变更", "Change of registered address"),
    SHAREHOLDING_CHANGE: ("股东股权变更", "Change of shareholding"),
    ENTITY_CHANGE: ("经营主体变更（合并、分立）", "Change of operating entity (merger, split)"),
    BUSINESS_SCOPE_CHANGE: ("业务范围变化", "Change of business scope"),
    SECURITY_ASSESSMENT: ("完成安全评估", "Security assessment completed"),
    ILLEGAL_INFO_DISPOSAL: ("处置违法信息", "Illegal information disposed of"),
    CROSS_REGIONAL_GRANT: ("取得跨地区许可证", "Cross-regional license granted"),
    RENEWAL_APPLIED: ("已申请续办", "Renewal applied for"),
    NOT_CONTINUING_REPORTED: ("已报告不再继续经营", "Not continuing reported"),
}
EVENT_KINDS = tuple(EVENT_NAMES)

# -- periods -----------------------------------------------------------------------------
# Order No. 42 art. 38: the late-report grace ends about 30 April (the yearly notice may move it).
LATE_REPORT_MONTH_DAY = (4, 30)
# 年检 was replaced by 年报 under order No. 42 (in force 2017-09-01); the first 年报 covered 2017.
FIRST_ANNUAL_REPORT_YEAR = 2017
# A renewal application older than this before expiry belongs to an earlier certificate.
RENEWAL_LOOKBACK_DAYS = 365


# -- obligations -------------------------------------------------------------------------
@dataclass(frozen=True)
class Obligation:
    """One thing a company must do for one license, with its due date and status as of a day."""

    number: str
    company: str
    kind: str  # one of OBLIGATION_KINDS
    title_zh: str
    title_en: str
    due: _dt.date
    status: str  # one of STATUSES
    rule: str  # R1 … R11
    window_start: _dt.date | None = None
    source: str | None = None  # clause label the period was read from
    year: int | None = None  # the year an annual report covers
    event_kind: str | None = None  # the recorded event that started it
    event_date: _dt.date | None = None
    done_on: _dt.date | None = None  # when it was filed, when known
    note: str | None = None
    calendar_zh: str | None = None  # for a period in working days: the calendar it was counted by
    calendar_en: str | None = None

    @property
    def key(self) -> str:
        """Identifies the obligation across runs (the same duty keeps the same key as days pass)."""
        anchor = self.year if self.year is not None else (self.event_date or self.due).isoformat()
        return f"{self.number}/{self.kind}/{self.event_kind or ''}/{anchor}"

    @property
    def uid(self) -> str:
        return hashlib.sha1(self.key.encode("utf-8")).hexdigest()[:24] + "@licdesk"

    def title(self, language: str = "zh") -> str:
        return self.title_en if language.startswith("en") else self.title_zh

    def calendar(self, language: str = "zh") -> str | None:
        return self.calendar_en if language.startswith("en") else self.calendar_zh

    def days_left(self, today: _dt.date) -> int:
        return (self.due - today).days

    def to_dict(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "company": self.company,
            "obligation": self.kind,
            "rule": self.rule,
            "title_zh": self.title_zh,
            "title_en": self.title_en,
            "due": self.due.isoformat(),
            "window_start": self.window_start.isoformat() if self.window_start else None,
            "status": self.status,
            "source": self.source,
            "year": self.year,
            "event_kind": self.event_kind,
            "event_date": self.event_date.isoformat() if self.event_date else None,
            "done_on": self.done_on.isoformat() if self.done_on else None,
            "note": self.note,
            "calendar_zh": self.calendar_zh,
            "calendar_en": self.calendar_en,
        }


def status_of(due: _dt.date, today: _dt.date, window_days: int, done: bool) -> str:
    if done:
        return DONE
    if due < today:
        return OVERDUE
    if (due - today).days <= window_days:
        return DUE_SOON
    return UPCOMING


def obligations(
    lic: License,
    today: _dt.date,
    window_days: int = DEFAULT_WINDOW_DAYS,
    holidays: HolidayTable | WorkingCalendar | None = None,
) -> list[Obligation]:
    """Every obligation of one license as of `today`, in the order of `sort_key`.

    Working days are counted by `holidays` (a clerk's table) over the published schedule."""
    context = _Context(lic, today, window_days, working_calendar(holidays), read_periods(lic))
    found = context.renewal_and_expiry() + context.annual_reports() + context.event_followups()
    return sorted(found, key=sort_key)


def all_obligations(
    licenses: Iterable[License],
    today: _dt.date,
    window_days: int = DEFAULT_WINDOW_DAYS,
    holidays: HolidayTable | WorkingCalendar | None = None,
) -> list[Obligation]:
    """The obligations of many licenses: overdue first, then by due date; done ones last."""
    found: list[Obligation] = []
    for lic in licenses:
        found += obligations(lic, today, window_days, holidays)
    return sorted(found, key=sort_key)


_STATUS_ORDER = {OVERDUE: 0, DUE_SOON: 1, UPCOMING: 1, DONE: 2}


def sort_key(item: Obligation) -> tuple[Any, ...]:
    return (_STATUS_ORDER[item.status], item.due, item.number, item.rule, item.year or 0)


def needs_attention(items: Iterable[Obligation]) -> list[Obligation]:
    """The overdue and due-soon obligations: what a reminder shows."""
    return [o for o in items if o.status in (OVERDUE, DUE_SOON)]


@dataclass
class _Context:
    lic: License
    today: _dt.date
    window_days: int
    holidays: WorkingCalendar
    periods: LicensePeriods

    def make(self, kind: str, rule: str, title_zh: str, title_en: str, due: _dt.date, done: bool,
             **extra: Any) -> Obligation:
        return Obligation(
            number=self.lic.number, company=self.lic.company, kind=kind, title_zh=title_zh,
            title_en=title_en, due=due, status=status_of(due, self.today, self.window_days, done),
            rule=rule, **extra,
        )

    def events(self, kind: str) -> list[Event]:
        return [e for e in self.lic.events if e.kind == kind]

    # R1, R2, R3 ---------------------------------------------------------------------
    def renewal_and_expiry(self) -> list[Obligation]:
        expiry = self.lic.expiry_date
        if expiry is None:
            return []
        since = expiry - _dt.timedelta(days=RENEWAL_LOOKBACK_DAYS)
        applied = [e for e in self.events(RENEWAL_APPLIED) if e.date >= since]
        stopping = [e for e in self.events(NOT_CONTINUING_REPORTED) if e.date >= since]
        out: list[Obligation] = []
        r1, r2 = self.periods["R1"], self.periods["R2"]
        if applied:
            first = min(e.date for e in applied)
            out.append(self.make(
                RENEWAL, "R1", f"申请续办经营许可证（有效期届满前{r1.days}日）",
                f"Apply for renewal of the license ({r1.days} days before expiry)",
                expiry - _dt.timedelta(days=r1.days), True, source=r1.source, done_on=first,
                event_kind=RENEWAL_APPLIED))
        elif stopping:
            first = min(e.date for e in stopping)
            out.append(self.make(
                NOT_CONTINUING_REPORT, "R2", f"报告不再继续经营（有效期届满前{r2.days}日）",
                f"Report that the license will not be continued ({r2.days} days before expiry)",
                expiry - _dt.timedelta(days=r2.days), True, source=r2.source, done_on=first,
                event_kind=NOT_CONTINUING_REPORTED))
        elif self.today <= expiry:
            # Once the license has lapsed the renewal duty is moot: the expiry item says it.
            out.append(self.make(
                RENEWAL, "R1", f"申请续办经营许可证，或报告不再继续经营（有效期届满前{r1.days}日）",
                f"Apply for renewal, or report not continuing ({r1.days} days before expiry)",
                expiry - _dt.timedelta(days=r1.days), False, source=r1.source))
        if self.today <= expiry:
            out.append(self.make(EXPIRY, "R3", "经营许可证有效期届满", "The license expires", expiry, False))
        elif stopping:
            out.append(self.make(EXPIRY, "R3", "经营许可证已到期（已报告不再继续经营）",
                                 "The license has expired (not continuing was reported)", expiry, True,
                                 done_on=min(e.date for e in stopping)))
        else:
            out.append(self.make(
                EXPIRY, "R3", "经营许可证已过期失效：请录入续办后的新证书，或报告不再继续经营",
                "The license has lapsed: enter the renewed certificate, or report not continuing",
                expiry, False))
        return out

    # R4, R5 -------------------------------------------------------------------------
    def annual_reports(self) -> list[Obligation]:
        expiry, issued = self.lic.expiry_date, self.lic.issue_date
        if expiry is None:
            return []
        first_year = issued.year if issued else expiry.year - 5
        recorded: dict[int, Any] = {}
        for record in self.lic.inspections:
            recorded.setdefault(record.year, record)
        quarter = self.periods.report_quarter
        out: list[Obligation] = []
        for year in range(first_year, self.today.year + 1):
            year_end = _dt.date(year, 12, 31)
            if not held_on(self.lic, year_end):
                continue
            window_start = _dt.date(year + 1, 3 * (quarter - 1) + 1, 1)
            due = _quarter_end(year + 1, quarter)
            found = recorded.get(year)
            word_zh, word_en = ("年报", "annual report") if year >= FIRST_ANNUAL_REPORT_YEAR else ("年检", "annual inspection")
            out.append(self.make(
                ANNUAL_REPORT, "R4", f"{year}年度经营许可证{word_zh}（{year + 1}年第{to_chinese(quarter)}季度）",
                f"{year} {word_en} of the license (Q{quarter} {year + 1})", due, found is not None,
                window_start=window_start, source=self.periods.report_source, year=year,
                done_on=found.date if found else None))
            late_due = _dt.date(year + 1, *LATE_REPORT_MONTH_DAY)
            # Shown while the report is missed, until the next year's report takes over: older
            # misses stay listed once (R4 overdue), not twice.
            if found is None and due < self.today <= _dt.date(year + 1, 12, 31) and late_due > due:
                out.append(self.make(
                    LATE_ANNUAL_REPORT, "R5", f"补报{year}年度{word_zh}，以免列入电信业务经营不良名单",
                    f"File the {year} {word_en} late, before listing as a bad-record operator", late_due,
                    False, window_start=due + _dt.timedelta(days=1), year=year))
        return out

    # R6–R11 -------------------------------------------------------------------------
    def event_followups(self) -> list[Obligation]:
        out: list[Obligation] = []
        for event in self.lic.events:
            spec = _FOLLOWUPS.get(event.kind)
            if spec is None:
                continue
            period = self.periods[spec.rule]
            due = period.after(event.date, self.holidays)
            calendar = self.holidays.describe(event.date, due) if period.working else (None, None)
            out.append(self.make(
                spec.kind, spec.rule,
                f"{spec.title_zh}（{event.date.isoformat()}起{period.describe_zh()}内）",
                f"{spec.title_en} (within {period.describe_en()} of {event.date.isoformat()})",
                due, event.filed is not None, window_start=event.date, source=period.source,
                event_kind=event.kind, event_date=event.date, done_on=event.filed, note=event.note,
                calendar_zh=calendar[0], calendar_en=calendar[1]))
        return out


@dataclass(frozen=True)
class _Followup:
    kind: str
    rule: str
    title_zh: str
    title_en: str


_FOLLOWUPS: dict[str, _Followup] = {
    LEGAL_REPRESENTATIVE_CHANGE: _Followup(
        CHANGE_FILING, "R7", "法定代表人变更：向原发证机关申请办理许可证变更",
        "Legal representative changed: apply to the issuer to amend the license"),
    NAME_CHANGE: _Followup(
        CHANGE_FILING, "R7", "公司名称变更：向原发证机关申请办理许可证变更",
        "Company name changed: apply to the issuer to amend the license"),
    REGISTERED_CAPITAL_CHANGE: _Followup(
        CHANGE_FILING, "R7", "注册资本变更：向原发证机关申请办理许可证变更",
        "Registered capital changed: apply to the issuer to amend the license"),
    ADDRESS_CHANGE: _Followup(
        SYSTEM_UPDATE, "R8", "住所变更：在电信业务市场综合管理信息系统中更新信息",
        "Address changed: update the ministry's licensing system"),
    SHAREHOLDING_CHANGE: _Followup(
        SYSTEM_UPDATE, "R8", "股东股权变更：在电信业务市场综合管理信息系统中更新信息",
        "Shareholding changed: update the ministry's licensing system"),
    ENTITY_CHANGE: _Followup(
        CHANGE_FILING, "R6", "经营主体变更（合并、分立）：向发证机关提出申请，经批准后方可实施",
        "Change of operating entity (merger, split): apply to the issuer; act only once approved"),
    BUSINESS_SCOPE_CHANGE: _Followup(
        CHANGE_FILING, "R6", "业务范围变化：向发证机关提出申请，经批准后方可实施",
        "Change of business scope: apply to the issuer; act only once approved"),
    CROSS_REGIONAL_GRANT: _Followup(
        PROVINCIAL_LICENSE_CANCEL, "R9", "取得跨地区许可证：办理省级许可证的注销或变更手续",
        "Cross-regional license granted: cancel or amend the overlapping provincial license"),
    SECURITY_ASSESSMENT: _Followup(
        SECURITY_ASSESSMENT_REPORT, "R10", "安全评估完成：向电信主管部门提交书面评估报告",
        "Security assessment done: submit the written report to the regulator"),
    ILLEGAL_INFO_DISPOSAL: _Followup(
        ILLEGAL_INFO_REPORT, "R11", "违法信息已处置：向电信主管部门上报",
        "Illegal information disposed of: report it to the regulator"),
}


def held_on(lic: License, day: _dt.date) -> bool:
    """Whether the license was in force on `day` (issued on or before it, expiring after it)."""
    if lic.expiry_date is None or lic.expiry_date <= day:
        return False
    return lic.issue_date is None or lic.issue_date <= day


def _quarter_end(year: int, quarter: int) -> _dt.date:
    month = 3 * quarter
    next_month = _dt.date(year + (month == 12), month % 12 + 1, 1)
    return next_month - _dt.timedelta(days=1)


# -- marking done ----------------------------------------------------------------------------
def can_mark_done(item: Obligation) -> bool:
    """Whether recording a filing would settle it (an expiry is settled by a new certificate, a review
    finding by a later review that finds the clause compliant)."""
    return item.status != DONE and item.kind not in (EXPIRY, REVIEW_FINDING)


def mark_done(lic: License, item: Obligation, on: _dt.date, note: str | None = None) -> None:
    """Record on `lic` the filing that settles `item` (the caller saves the license).

    An annual report adds the year's record; a renewal adds a renewal_applied event; an event's
    follow-up gets its filing date.  Raises ValueError when the item cannot be settled this way.
    """
    from licdesk.domain.model import ANNUAL_REPORT as REPORT_RECORD, INSPECTION, Inspection

    if item.number != lic.number:
        raise ValueError(f"obligation of {item.number} given with license {lic.number}")
    if not can_mark_done(item):
        raise ValueError(f"{item.kind} cannot be marked done")
    if item.kind in (ANNUAL_REPORT, LATE_ANNUAL_REPORT) and item.year is not None:
        kind = REPORT_RECORD if item.year >= FIRST_ANNUAL_REPORT_YEAR else INSPECTION
        lic.inspections.append(Inspection(year=item.year, result="已报送", date=on, kind=kind, note=note))
        lic.inspections.sort(key=lambda r: r.year)
    elif item.kind == RENEWAL:
        lic.events.append(Event(kind=RENEWAL_APPLIED, date=on, note=note))
    elif item.kind == NOT_CONTINUING_REPORT:
        lic.events.append(Event(kind=NOT_CONTINUING_REPORTED, date=on, note=note))
    else:
        for event in lic.events:
            if event.kind == item.event_kind and event.date == item.event_date and event.filed is None:
                event.filed = on
                if note:  # the clerk's words are kept, after what the event already said
                    event.note = f"{event.note}；{note}" if event.note else note
                return
        raise ValueError(f"no unfiled {item.event_kind} event of {item.event_date} on {lic.number}")


STATUS_NAMES: dict[str, tuple[str, str]] = {
    OVERDUE: ("已逾期", "Overdue"),
    DUE_SOON: ("即将到期", "Due soon"),
    UPCOMING: ("未到期", "Upcoming"),
    DONE: ("已完成", "Done"),
}
