"""Review rounds in a real database: migration, rounds carried over, one clause at a time, conflicts."""

from __future__ import annotations

import datetime as _dt
import sqlite3
from pathlib import Path

import pytest

from licdesk.domain import review as rv
from licdesk.domain.review_merge import FieldConflict
from licdesk.store import Store, StoreError
from licdesk.store import review as store_review
from tests.unit.test_review_domain import fictional_license

T0 = _dt.datetime(2026, 11, 23, 9, 0, tzinfo=_dt.timezone.utc)


@pytest.fixture
def store(library: str | Path):  # noqa: ANN201  # the file, then a team library (tests/conftest.py)
    with Store.open(library) as opened:
        opened.save(fictional_license())
        yield opened


def test_a_database_from_before_reviews_gains_the_review_tables(tmp_path: Path) -> None:
    from licdesk.store import migrations

    path = tmp_path / "old.sqlite3"
    conn = sqlite3.connect(path, isolation_level=None)
    for step in migrations.MIGRATIONS[:2]:
        migrations.apply(conn, step)
    conn.close()
    with Store.open(path) as opened:
        tables = {r[0] for r in opened.db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert {"review_rounds", "clause_reviews", "review_conflicts"} <= tables
        assert opened.db.execute("PRAGMA user_version").fetchone()[0] == migrations.LATEST_VERSION
    assert (tmp_path / "old.sqlite3.v2.bak").exists()


def test_rounds_are_kept_clause_by_clause_and_survive_reopening(store: Store, library: str | Path) -> None:
    first = store_review.start_round(store, "京B2-20990001", "王审核", now=T0)
    assert first.reviews["3.2"].status == rv.NOT_APPLICABLE
    store_review.update_review(store, first.uuid, "1", status=rv.NOT_COMPLIANT, note="未配备专人",
                               responsible="张三", due=_dt.date(2027, 1, 31), by="王审核", now=T0)
    store.close()
    with Store.open(library) as reopened:
        [again] = store_review.rounds(reopened, "京B2-20990001")
        got = again.reviews["1"]
        assert (got.status, got.note, got.responsible, got.due, got.updated_by) == (
            rv.NOT_COMPLIANT, "未配备专人", "张三", _dt.date(2027, 1, 31), "王审核")
        assert again.reviewer == "王审核" and again.started == T0


def test_a_second_round_starts_from_the_last_and_flags_changed_text(store: Store) -> None:
    first = store_review.start_round(store, "京B2-20990001", now=T0)
    store_review.update_review(store, first.uuid, "3.1", status=rv.COMPLIANT, note="日志系统截图")
    lic = store.load("京B2-20990001")
    lic.clauses[2].children[0].text = "做好用户日志留存，留存时间不少于十二个月。"
    store.save(lic, replace=True)
    second = store_review.start_round(store, "京B2-20990001", now=T0 + _dt.timedelta(days=1))
    assert second.base_uuid == first.uuid
    assert [r.uuid for r in store_review.rounds(store, "京B2-20990001")] == [first.uuid, second.uuid]
    item = {i.key: i for i in rv.review_items(store.load("京B2-20990001"))}["3.1"]
    assert rv.needs_rereview(item, second.reviews["3.1"])
    first = store_review.load_round(store, first.uuid)
    [change] = rv.diff_rounds(lic, first, second)  # nothing re-judged yet: only the words changed
    assert change.clause_key == "3.1" and change.text_changed and change.changes == ()
    store_review.update_review(store, second.uuid, "3.1", status=rv.COMPLIANT)
    assert not rv.needs_rereview(item, store_review.load_round(store, second.uuid).reviews["3.1"])


def test_evidence_names_attachments_of_the_license(store: Store) -> None:
    current = store_review.start_round(store, "京B2-20990001")
    scan = store.add_attachment("京B2-20990001", "投诉制度.pdf", b"%PDF-1.4 policy")
    store_review.update_review(store, current.uuid, "1", evidence=[scan.sha256, scan.sha256])
    review = store_review.load_round(store, current.uuid).reviews["1"]
    assert review.evidence == (scan.sha256,)
    assert [a.file_name for a in store_review.evidence_files(store, "京B2-20990001", review)] == ["投诉制度.pdf"]


def test_a_conflict_waits_for_a_choice_then_is_gone(store: Store) -> None:
    current = store_review.start_round(store, "京B2-20990001")
    store_review.update_review(store, current.uuid, "2", note="我们的说明")
    with store.transaction() as tx:
        tx.add_conflicts(current.uuid, [FieldConflict("2", "note", "", "我们的说明", "律师的说明", "李律师")])
    [waiting] = store_review.conflicts(store)
    assert (waiting.number, waiting.conflict.theirs, waiting.conflict.theirs_by) == ("京B2-20990001", "律师的说明", "李律师")
    settled = store_review.resolve_conflict(store, waiting.id, "theirs", by="王审核")
    assert settled.note == "律师的说明"
    assert store_review.load_round(store, current.uuid).reviews["2"].note == "律师的说明"
    assert store_review.conflicts(store) == []
    with pytest.raises(StoreError):
        store_review.resolve_conflict(store, waiting.id, "ours")


@pytest.mark.file_only
def test_purging_a_license_removes_its_rounds(store: Store) -> None:
    store_review.start_round(store, "京B2-20990001")
    store.delete("京B2-20990001")
    store.purge("京B2-20990001")
    assert store.db.execute("SELECT count(*) FROM review_rounds").fetchone()[0] == 0
    assert store.db.execute("SELECT count(*) FROM clause_reviews").fetchone()[0] == 0


def test_a_read_only_view_refuses_review_changes(store: Store, library: str | Path) -> None:
    current = store_review.start_round(store, "京B2-20990001")
    with Store.open(library, readonly=True) as view:
        assert store_review.load_round(view, current.uuid) is not None
        with pytest.raises(StoreError):
            store_review.update_review(view, current.uuid, "1", status=rv.COMPLIANT)


def test_an_unknown_clause_or_round_is_a_clear_error(store: Store) -> None:
    current = store_review.start_round(store, "京B2-20990001")
    with pytest.raises(StoreError, match="没有第 9.9 条"):
        store_review.update_review(store, current.uuid, "9.9", status=rv.COMPLIANT)
    with pytest.raises(StoreError, match="审查轮次不存在"):
        store_review.update_review(store, "no-such-round", "1", status=rv.COMPLIANT)


def test_open_findings_of_latest_rounds_feed_the_calendar(store: Store) -> None:
    from licdesk.domain import deadlines as dl

    first = store_review.start_round(store, "京B2-20990001", now=T0)
    store_review.update_review(store, first.uuid, "1", status=rv.NOT_COMPLIANT, due=_dt.date(2026, 12, 1))
    assert [o.due for o in store_review.review_obligations(store, _dt.date(2026, 11, 23))] == [_dt.date(2026, 12, 1)]
    second = store_review.start_round(store, "京B2-20990001", now=T0 + _dt.timedelta(days=30))
    store_review.update_review(store, second.uuid, "1", status=rv.COMPLIANT)
    assert set(store_review.latest_rounds(store)) == {"京B2-20990001"}
    assert store_review.review_obligations(store, _dt.date(2026, 11, 23)) == []  # fixed in the latest round
    store_review.update_review(store, second.uuid, "2", status=rv.PARTLY, due=_dt.date(2026, 11, 1))
    [late] = store_review.review_obligations(store, _dt.date(2026, 11, 23))
    assert late.status == dl.OVERDUE and late.source == "二"
