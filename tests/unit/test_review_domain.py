"""The review's rules: keys and fingerprints, applicability, progress, rounds, diffs and merging."""

from __future__ import annotations

import datetime as _dt

import pytest

from licdesk.domain import review as rv
from licdesk.domain.model import Clause, License, Service
from licdesk.domain.review_merge import OURS, THEIRS, merge_reviews, resolve

AT = _dt.datetime(2026, 11, 23, 9, 0, tzinfo=_dt.timezone.utc)


def fictional_license() -> License:
    """An ICP license without search and instant messaging, with an ISP block it does not hold."""
    return License(
        number="京B2-20990001",
        company="北京示例星河科技有限公司",
        services=[Service("信息服务业务（仅限互联网信息服务）", "北京",
                          "不含信息搜索查询服务、信息即时交互服务。")],
        clauses=[
            Clause(1, "一、", "你公司应当配备用户投诉受理人员。"),
            Clause(2, "二、", "你公司应当在每年第一季度参加经营许可证年报。"),
            Clause(3, "三、", "你公司在经营信息服务业务时应当遵守下列规定：", children=[
                Clause(1, "（一）", "做好用户日志留存。"),
                Clause(2, "（二）", "提供信息搜索查询服务时，不得推送违法信息。", applies_to="信息搜索查询服务"),
                Clause(3, "（三）", "提供信息发布平台和递送服务时，保障用户权益。", applies_to="信息发布平台及递送服务"),
            ]),
            Clause(4, "四、", "你公司在经营互联网接入服务业务时应当遵守下列规定：", children=[
                Clause(1, "（一）", "严格执行网站先备案后接入。"),
            ]),
        ],
    )


def test_keys_follow_the_clause_tree_and_fingerprints_ignore_spacing() -> None:
    items = rv.review_items(fictional_license())
    assert [i.key for i in items] == ["1", "2", "3", "3.1", "3.2", "3.3", "4", "4.1"]
    assert rv.text_hash("你公司应当 配备 用户投诉受理人员。") == rv.text_hash("你公司应当配备用户投诉受理人员。")
    assert rv.text_hash("做好用户日志留存(六个月)") == rv.text_hash("做好用户日志留存（六个月）")
    assert rv.text_hash("留存六个月") != rv.text_hash("留存十二个月")


def test_clauses_for_services_the_license_lacks_start_not_applicable() -> None:
    lic = fictional_license()
    first = rv.first_round(lic, AT, "王审核")
    status = {key: r.status for key, r in first.reviews.items()}
    assert status["3.2"] == rv.NOT_APPLICABLE  # 不含信息搜索查询服务
    assert status["3.3"] == rv.NOT_REVIEWED  # 及/和 spelled differently, still held
    assert status["4"] == status["4.1"] == rv.NOT_APPLICABLE  # no 互联网接入服务业务 on the license
    assert "互联网接入服务业务" in first.reviews["4.1"].note
    assert status["1"] == status["3"] == rv.NOT_REVIEWED


def test_seed_blocks_for_a_business_type_not_held_are_not_applicable(seeds) -> None:  # noqa: ANN001
    from licdesk.importer import read_license

    cross_regional = next(read_license(p.read_bytes()) for p in seeds if "B1-" in read_license(p.read_bytes()).number)
    items = {i.key: i for i in rv.review_items(cross_regional)}
    assert items["16"].not_applicable_reason and items["16.3"].not_applicable_reason  # ISP block, not held
    assert items["15.1"].not_applicable_reason is None  # IDC block, held


def test_progress_and_next_unreviewed_walk_the_clauses() -> None:
    lic = fictional_license()
    current = rv.first_round(lic, AT)
    items = {i.key: i for i in rv.review_items(lic)}
    assert rv.progress(lic, current).describe() == "已审 3 / 8 条"
    assert rv.progress(lic, current).describe("en") == "3 of 8 reviewed"
    assert rv.next_unreviewed(lic, current) == "1"
    current.reviews["1"] = rv.set_review(current.reviews["1"], items["1"], AT, "王审核", status=rv.COMPLIANT)
    assert rv.next_unreviewed(lic, current, after="1") == "2"
    assert rv.next_unreviewed(lic, current, after="3.3") == "2"  # wraps around
    assert rv.next_unreviewed(lic, current, after="2", backwards=True) == "3.3"
    counted = rv.progress(lic, current)
    assert counted.reviewed == 4 and counted.by_status[rv.COMPLIANT] == 1


def test_a_second_round_flags_a_clause_whose_text_changed() -> None:
    lic = fictional_license()
    first = rv.first_round(lic, AT, "王审核")
    items = {i.key: i for i in rv.review_items(lic)}
    for key in ("1", "2", "3", "3.1", "3.3"):
        first.reviews[key] = rv.set_review(first.reviews[key], items[key], AT, status=rv.COMPLIANT, note="有制度文件")
    assert rv.progress(lic, first).reviewed == 8

    lic.clauses[2].children[0].text = "做好用户日志留存，留存时间不少于六个月。"  # a renewal changed the words
    second = rv.next_round(lic, first, AT + _dt.timedelta(days=365), "李律师")
    new_items = {i.key: i for i in rv.review_items(lic)}
    assert second.base_uuid == first.uuid and second.uuid != first.uuid
    assert rv.needs_rereview(new_items["3.1"], second.reviews["3.1"])
    assert not rv.needs_rereview(new_items["1"], second.reviews["1"])
    assert second.reviews["3.1"].note == "有制度文件"  # carried over for the reviewer to check
    counted = rv.progress(lic, second)
    assert counted.reviewed == 7 and counted.rereview == 1
    assert rv.next_unreviewed(lic, second) == "3.1"

    second.reviews["3.1"] = rv.set_review(second.reviews["3.1"], new_items["3.1"], AT, status=rv.PARTLY,
                                          note="日志只留存三个月", due=_dt.date(2027, 3, 31))
    changes = {c.clause_key: c for c in rv.diff_rounds(lic, first, second)}
    assert list(changes) == ["3.1"]
    assert changes["3.1"].text_changed and changes["3.1"].label == "三（一）"
    assert ("status", rv.COMPLIANT, rv.PARTLY) in changes["3.1"].changes
    assert [(i.key, r.due) for i, r in rv.open_findings(lic, second)] == [("3.1", _dt.date(2027, 3, 31))]


def test_unknown_status_is_refused() -> None:
    with pytest.raises(ValueError):
        rv.ClauseReview("1", "x", status="maybe")


def review(key: str, note: str = "", status: str = rv.NOT_REVIEWED, by: str = "") -> rv.ClauseReview:
    return rv.ClauseReview(key, "h", status=status, note=note, updated_by=by)


def test_merge_takes_one_sided_changes_and_reports_both_sided_ones() -> None:
    base = {"1": review("1"), "2": review("2"), "3": review("3", note="旧")}
    ours = {"1": review("1", status=rv.COMPLIANT), "2": review("2"), "3": review("3", note="我们的说明")}
    theirs = {"1": review("1"), "2": review("2", note="律师意见", by="李律师"),
              "3": review("3", note="律师的说明", by="李律师")}
    result = merge_reviews(base, ours, theirs)
    assert result.merged["1"].status == rv.COMPLIANT  # ours only
    assert result.merged["2"].note == "律师意见"  # theirs only
    assert result.merged["3"].note == "我们的说明"  # kept until someone chooses
    [conflict] = result.conflicts
    assert (conflict.clause_key, conflict.field, conflict.ours, conflict.theirs) == ("3", "note", "我们的说明", "律师的说明")
    assert resolve(result.merged["3"], conflict, THEIRS).note == "律师的说明"
    assert resolve(result.merged["3"], conflict, OURS).note == "我们的说明"
    assert result.taken == ["2"]


def test_merge_of_identical_changes_is_no_conflict() -> None:
    base = {"1": review("1")}
    same = {"1": review("1", note="一样", status=rv.COMPLIANT)}
    result = merge_reviews(base, same, dict(same))
    assert not result.conflicts and not result.changed


def test_seed_sub_services_the_license_excludes_are_not_applicable(seeds) -> None:  # noqa: ANN001
    from licdesk.importer import read_license

    for path in seeds:
        lic = read_license(path.read_bytes())
        excluded = " ".join(s.remarks or "" for s in lic.services)
        for item in rv.review_items(lic):
            if item.applies_to and item.applies_to in excluded:
                assert item.not_applicable_reason == f"许可证不含{item.applies_to}", (lic.number, item.key)
            elif item.applies_to:
                assert item.not_applicable_reason is None, (lic.number, item.key)
