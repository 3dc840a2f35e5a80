"""licdesk.services.obligations on a real database, without Qt: license duties and open review findings
in one list, in the engine's order; the trash and fixed findings stay out; holidays count."""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import pytest

from licdesk.domain import deadlines as dl
from licdesk.domain import review as rv
from licdesk.domain.holidays import parse_holiday_table
from licdesk.domain.model import Clause, Event, License, Service
from licdesk.services.obligations import needing_attention, store_obligations
from licdesk.store import Store
from licdesk.store import review as store_review

TODAY = _dt.date(2026, 9, 28)
T0 = _dt.datetime(2026, 9, 1, 9, 0, tzinfo=_dt.timezone.utc)


def _license(number: str, company: str, **extra) -> License:  # noqa: ANN003
    return License(number=number, company=company, legal_representative="韩示例",
                   services=[Service("信息服务业务（仅限互联网信息服务）", "全国")],
                   issue_date=_dt.date(2023, 1, 10), expiry_date=_dt.date(2028, 1, 9),
                   clauses=[Clause(1, "一、", "你公司应当配备用户投诉受理人员。"),
                            Clause(2, "二、", "你公司应当落实用户日志留存。")], **extra)


@pytest.fixture
def store(db_path: Path):  # noqa: ANN201
    with Store.open(db_path) as opened:
        opened.save(_license("B2-20990901", "示例远帆网络有限公司",
                             events=[Event(dl.ILLEGAL_INFO_DISPOSAL, _dt.date(2026, 9, 25))]))
        opened.save(_license("B2-20990902", "示例近岸信息技术有限公司"))
        yield opened


def _finding(store: Store, number: str, key: str, status: str, due: _dt.date, *, now: _dt.datetime = T0) -> None:
    current = store_review.latest_round(store, number) or store_review.start_round(store, number, now=now)
    store_review.update_review(store, current.uuid, key, status=status, due=due)


def test_license_duties_and_review_findings_come_in_one_list_in_the_engine_order(store: Store) -> None:
    _finding(store, "B2-20990902", "2", rv.NOT_COMPLIANT, TODAY + _dt.timedelta(days=5))
    _finding(store, "B2-20990901", "1", rv.PARTLY, TODAY - _dt.timedelta(days=2))
    items = store_obligations(store, TODAY, 30)
    assert items == sorted(items, key=dl.sort_key)
    findings = [(o.number, o.due, o.status) for o in items if o.kind == dl.REVIEW_FINDING]
    assert findings == [("B2-20990901", _dt.date(2026, 9, 26), dl.OVERDUE),
                        ("B2-20990902", _dt.date(2026, 10, 3), dl.DUE_SOON)]
    licenses = list(store.licenses())
    assert [o for o in items if o.kind != dl.REVIEW_FINDING] == dl.all_obligations(licenses, TODAY, 30)
    assert needing_attention(store, TODAY, 30) == dl.needs_attention(items)


def test_a_finding_fixed_in_the_latest_round_and_a_license_in_the_trash_are_not_listed(store: Store) -> None:
    _finding(store, "B2-20990902", "1", rv.NOT_COMPLIANT, TODAY + _dt.timedelta(days=5))
    later = store_review.start_round(store, "B2-20990902", now=T0 + _dt.timedelta(days=10))
    store_review.update_review(store, later.uuid, "1", status=rv.COMPLIANT)
    assert [o for o in store_obligations(store, TODAY) if o.kind == dl.REVIEW_FINDING] == []
    _finding(store, "B2-20990901", "2", rv.NOT_COMPLIANT, TODAY + _dt.timedelta(days=3))
    store.delete("B2-20990901")
    assert {o.number for o in store_obligations(store, TODAY)} == {"B2-20990902"}


def test_the_window_and_the_holidays_reach_every_duty(store: Store) -> None:
    _finding(store, "B2-20990902", "1", rv.NOT_COMPLIANT, TODAY + _dt.timedelta(days=20))
    finding = next(o for o in store_obligations(store, TODAY, 10) if o.kind == dl.REVIEW_FINDING)
    assert finding.status == dl.UPCOMING
    assert next(o for o in store_obligations(store, TODAY, 30) if o.kind == dl.REVIEW_FINDING).status == dl.DUE_SOON
    # 10 working days after 2026-09-25, with the National Day week off: not before the holidays end
    holidays = parse_holiday_table("\n".join(f"2026-10-0{d} 休" for d in range(1, 8)))
    report = next(o for o in store_obligations(store, TODAY, 30, holidays) if o.kind == dl.ILLEGAL_INFO_REPORT)
    assert report.due == holidays.add_working_days(_dt.date(2026, 9, 25), 10) > _dt.date(2026, 10, 9)
