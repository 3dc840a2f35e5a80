"""Closing a license and the year tracking starts at, on a real database: stored, noted in the history,
undone by reopening, carried over from a version 5 file; and the one filter of obligations that honours them."""

from __future__ import annotations

import datetime as _dt
import json
import sqlite3
from pathlib import Path

import pytest

from licdesk.domain import closure as cl
from licdesk.domain import deadlines as dl
from licdesk.domain.model import ANNUAL_REPORT, Inspection, License, Service
from licdesk.services.obligations import needing_attention, obligation_groups, store_obligations
from licdesk.store import Store, StoreError, migrations
from licdesk.store import closures, library_meta
from licdesk.store.schema_check import unexpected_objects

TODAY = _dt.date(2026, 11, 20)
OLD = "京B2-20990101"
NEW = "京B2-20990102"
QUIET = "京B2-20990103"


def _license(number: str, issued: _dt.date, expires: _dt.date, reported: range = range(0)) -> License:
    return License(number=number, company="北京松岭示例科技有限公司", legal_representative="林示例",
                   services=[Service("信息服务业务（仅限互联网信息服务）", "北京市")],
                   issue_date=issued, expiry_date=expires,
                   inspections=[Inspection(y, "已报送", date=_dt.date(y + 1, 3, 1), kind=ANNUAL_REPORT) for y in reported])


@pytest.fixture
def store(library: str | Path):  # noqa: ANN201  # the file, then a team library (tests/conftest.py)
    with Store.open(library) as opened:
        # 2024 and 2025 not reported: two overdue annual reports before closing
        opened.save(_license(OLD, _dt.date(2021, 5, 1), _dt.date(2027, 4, 30), range(2021, 2024)))
        opened.save(_license(NEW, _dt.date(2026, 6, 1), _dt.date(2031, 5, 31)))
        # taken over without records: every year since 2017 looks overdue
        opened.save(_license(QUIET, _dt.date(2017, 3, 1), _dt.date(2027, 2, 28)))
        yield opened


def _of(items: list[dl.Obligation], number: str) -> list[dl.Obligation]:
    return [o for o in items if o.number == number]


def test_a_closing_is_stored_noted_in_the_history_and_undone_by_reopening(store: Store) -> None:
    done = closures.close_license(store, OLD, cl.REPLACED, _dt.date(2026, 6, 1), replaced_by=NEW,
                                  note="换发新证后旧证交回")
    assert done == cl.Closure(OLD, cl.REPLACED, _dt.date(2026, 6, 1), replaced_by=NEW, note="换发新证后旧证交回")
    assert closures.closure(store, OLD) == done
    assert closures.all_closures(store) == {OLD: done}
    [entry] = [e for e in store.audit(OLD) if e.action == closures.CLOSE]
    assert closures.from_record(OLD, entry.new) == done and entry.old is None
    assert closures.history_text(done) == "已于 2026-06-01 换发新证（新证 京B2-20990102）；换发新证后旧证交回"

    assert closures.reopen_license(store, OLD) == done
    assert closures.closure(store, OLD) is None
    reopened = store.audit(OLD)[-1]
    assert (reopened.action, closures.from_record(OLD, reopened.old), reopened.new) == (closures.REOPEN, done, None)
    assert closures.from_record(OLD, "not a record") is None
    with pytest.raises(StoreError, match="没有关闭"):
        closures.reopen_license(store, OLD)


def test_a_replacement_must_be_another_stored_license(store: Store) -> None:
    with pytest.raises(StoreError, match="新许可证"):
        closures.close_license(store, OLD, cl.REPLACED, TODAY)
    with pytest.raises(StoreError, match="自己"):
        closures.close_license(store, OLD, cl.REPLACED, TODAY, replaced_by=OLD)
    with pytest.raises(StoreError, match="没有编号"):
        closures.close_license(store, OLD, cl.REPLACED, TODAY, replaced_by="京B2-20990999")
    assert closures.closure(store, OLD) is None  # nothing half written


def test_a_closing_goes_with_its_license_and_a_purged_replacement_leaves_it_closed(store: Store) -> None:
    closures.close_license(store, OLD, cl.REPLACED, TODAY, replaced_by=NEW)
    store.delete(NEW)
    store.purge(NEW)
    assert closures.closure(store, OLD) == cl.Closure(OLD, cl.REPLACED, TODAY)
    store.delete(OLD)
    assert closures.all_closures(store) == {}  # the trash makes no obligations anyway
    store.purge(OLD)
    assert closures.closure(store, OLD) is None


def test_the_tracking_start_year_travels_with_the_file(store: Store, library: str | Path) -> None:
    assert library_meta.tracking_start_year(store) is None
    library_meta.set_tracking_start_year(store, 2025)
    with Store.open(library, readonly=True) as other:
        assert library_meta.tracking_start_year(other) == 2025
    with pytest.raises(StoreError, match="1990"):
        library_meta.set_tracking_start_year(store, 17)
    library_meta.set_tracking_start_year(store, None)
    assert library_meta.tracking_start_year(store) is None


def test_a_closed_license_makes_no_new_obligations_after_its_closing_date(store: Store) -> None:
    before = _of(store_obligations(store, TODAY), OLD)
    assert {(o.kind, o.year) for o in before if o.status == dl.OVERDUE} == {
        (dl.ANNUAL_REPORT, 2024), (dl.ANNUAL_REPORT, 2025), (dl.LATE_ANNUAL_REPORT, 2025)}
    closures.close_license(store, OLD, cl.CANCELLED, _dt.date(2025, 8, 15))
    after = _of(store_obligations(store, TODAY), OLD)
    # the 2024 report arose before the closing and is still open; 2025, the renewal and the expiry are gone
    assert [(o.kind, o.year, o.status) for o in after if o.status != dl.DONE] == [(dl.ANNUAL_REPORT, 2024, dl.OVERDUE)]
    assert not [o for o in after if o.kind in (dl.RENEWAL, dl.EXPIRY)]
    assert [o.number for o in needing_attention(store, TODAY)].count(OLD) == 1


def test_closing_with_settle_marks_the_open_duties_waived(store: Store) -> None:
    closures.close_license(store, OLD, cl.CANCELLED, _dt.date(2025, 8, 15), settles_open=True)
    [report] = [o for o in _of(store_obligations(store, TODAY), OLD) if o.year == 2024]
    assert (report.status, report.done_on) == (dl.DONE, _dt.date(2025, 8, 15))
    assert report.note == "已免除（许可证已注销，2025-08-15）"
    assert OLD not in {o.number for o in needing_attention(store, TODAY)}
    closures.reopen_license(store, OLD)
    assert sorted(o.year for o in needing_attention(store, TODAY) if o.number == OLD) == [2024, 2025, 2025]


def test_what_was_done_stays_listed_after_the_closing(store: Store) -> None:
    lic = store.load(NEW)
    assert lic is not None
    lic.inspections.append(Inspection(2026, "已报送", date=_dt.date(2026, 11, 2), kind=ANNUAL_REPORT))
    store.save(lic, replace=True)  # reported early, then the license was cancelled
    closures.close_license(store, NEW, cl.CANCELLED, _dt.date(2026, 11, 10))
    kept = [(o.kind, o.year, o.status) for o in store_obligations(store, TODAY) if o.number == NEW]
    assert kept == [(dl.ANNUAL_REPORT, 2026, dl.DONE)]


def test_a_lapsed_license_closed_as_not_continued_no_longer_alarms(store: Store) -> None:
    later = _dt.date(2027, 6, 1)
    [lapse] = [o for o in store_obligations(store, later) if o.number == OLD and o.kind == dl.EXPIRY]
    assert lapse.status == dl.OVERDUE
    closures.close_license(store, OLD, cl.NOT_CONTINUING, _dt.date(2027, 5, 10))
    [lapse] = [o for o in store_obligations(store, later) if o.number == OLD and o.kind == dl.EXPIRY]
    assert lapse.status == dl.DONE


def test_years_before_the_tracking_start_are_listed_apart_never_as_alarms(store: Store) -> None:
    overdue_years = sorted(o.year for o in needing_attention(store, TODAY) if o.number == QUIET and o.year)
    assert overdue_years[0] == 2017
    library_meta.set_tracking_start_year(store, 2025)
    tracked, older = obligation_groups(store, TODAY)
    assert sorted(o.year for o in needing_attention(store, TODAY) if o.number == QUIET and o.year) == [2025, 2025]
    assert sorted(o.year for o in older if o.number == QUIET) == list(range(2017, 2025))
    assert all(o.status == dl.OVERDUE for o in older)
    assert store_obligations(store, TODAY) == tracked
    # what was done before the start stays as history
    assert {o.year for o in tracked if o.number == OLD and o.status == dl.DONE} >= {2021, 2022, 2023}


def _as_version_5(path: Path) -> None:
    """Make the file what licdesk wrote before migration 6: without its tables, at version 5."""
    with sqlite3.connect(path) as conn:
        conn.execute("DROP TABLE license_closures")
        conn.execute("DROP TABLE library_meta")
        conn.execute("PRAGMA user_version = 5")
    conn.close()


def test_a_version_5_library_is_upgraded_with_nothing_lost(db_path: Path) -> None:
    with Store.open(db_path) as first:
        first.save(_license(OLD, _dt.date(2021, 5, 1), _dt.date(2027, 4, 30)))
    _as_version_5(db_path)
    with Store.open(db_path) as upgraded:
        assert upgraded.db.execute("PRAGMA user_version").fetchone()[0] == migrations.LATEST_VERSION == 6
        assert unexpected_objects(upgraded._conn) == []  # noqa: SLF001 - the schema is licdesk's own
        assert [lic.number for lic in upgraded.licenses()] == [OLD]
        assert closures.closure(upgraded, OLD) is None
        closures.close_license(upgraded, OLD, cl.CANCELLED, TODAY)
        library_meta.set_tracking_start_year(upgraded, 2024)
    with Store.open(db_path, readonly=True) as again:
        assert closures.closure(again, OLD) == cl.Closure(OLD, cl.CANCELLED, TODAY)
        assert library_meta.tracking_start_year(again) == 2024


def test_the_library_lists_a_closed_license_as_closed_not_as_expiring_or_expired(store: Store) -> None:
    later = _dt.date(2027, 3, 1)  # OLD expires within 90 days, QUIET has expired
    assert store.status_counts(today=later)["expired"] == 1
    closures.close_license(store, OLD, cl.NOT_CONTINUING, later)
    closures.close_license(store, QUIET, cl.REPLACED, _dt.date(2027, 2, 1), replaced_by=NEW)
    counts = store.status_counts(today=later)
    assert (counts["closed"], counts["expiring"], counts["expired"], counts["all"]) == (2, 0, 0, 3)
    shown = {s.number: (s.status, s.closure) for s in store.summaries(today=later)}
    assert shown == {OLD: ("closed", cl.NOT_CONTINUING), NEW: ("valid", None), QUIET: ("closed", cl.REPLACED)}
    assert [s.number for s in store.summaries(status="closed", today=later)] == [OLD, QUIET]
    assert [store.count(status=status, today=later) for status in ("expired", "expiring", "valid", "closed")] == \
        [0, 0, 1, 2]
    assert store.summaries(status="expired", today=later) == []


def test_the_command_line_closes_and_reopens(store: Store, library: str | Path, capsys) -> None:  # noqa: ANN001
    from licdesk import cli

    store.close()  # the command takes the file for itself, as a second licdesk would
    args = ["--db", str(library)]
    assert cli.run(["close", OLD, "--kind", "replaced", "--by", NEW, "--date", "2026-06-01", "--settle", *args]) == 0
    assert "已于 2026-06-01 换发新证" in capsys.readouterr().out
    assert cli.run(["close", QUIET, "--kind", "replaced", *args]) == 2
    assert "--by" in capsys.readouterr().err
    assert cli.run(["close", QUIET, "--kind", "cancelled", "--date", "2026-02-30", *args]) == 2
    assert cli.run(["close", "京B2-20990999", "--kind", "cancelled", *args]) == 2
    assert "没有编号" in capsys.readouterr().err
    assert cli.run(["list", "--status", "closed", "--json", *args]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(row["number"], row["closure"]) for row in listed] == [(OLD, cl.REPLACED)]
    assert cli.run(["show", OLD, *args]) == 0
    assert "已关闭：已于 2026-06-01 换发新证（新证 京B2-20990102）；此前未完成的事项一并免除" in capsys.readouterr().out
    assert cli.run(["reopen", OLD, *args]) == 0
    assert cli.run(["reopen", OLD, *args]) == 2
    with Store.open(library, readonly=True) as again:
        assert closures.all_closures(again) == {}
