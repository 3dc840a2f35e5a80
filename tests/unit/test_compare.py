"""Comparing two licenses: field by field, and clauses aligned by their labels with a text diff."""

from __future__ import annotations

import copy
import datetime as _dt

from licdesk.domain import compare
from licdesk.domain.model import Clause, License, Service, Website


def _license() -> License:
    return License(
        number="京B2-20990001", company="北京星河示例科技有限公司", legal_representative="王示例",
        services=[Service("信息服务业务（仅限互联网信息服务）", coverage="北京市")],
        issue_date=_dt.date(2024, 3, 1), expiry_date=_dt.date(2029, 3, 1),
        annex=[Website("星河示例", ["example-xinghe.cn"], "北京市", "示例接入有限公司")],
        clauses=[
            Clause(1, "一、", "经营者应当遵守示例规定。", children=[
                Clause(1, "（一）", "按时报送年报。"),
                Clause(2, "（二）", "保存用户日志六十日。"),
            ]),
            Clause(2, "二、", "许可证有效期届满需继续经营的，应提前申请续办。"),
        ],
    )


def test_identical_licenses_have_no_differences() -> None:
    result = compare.compare(_license(), _license())
    assert result.identical
    assert [c.label for c in result.clauses] == ["一、", "一、（一）", "一、（二）", "二、"]


def test_changed_fields_are_listed_with_both_sides() -> None:
    renewed = _license()
    renewed.legal_representative = "李示例"
    renewed.expiry_date = _dt.date(2034, 3, 1)
    renewed.annex[0].domains.append("xinghe-example.com")
    changed = {f.field: (f.left, f.right) for f in compare.compare(_license(), renewed).changed_fields}
    assert changed["legal_representative"] == ("王示例", "李示例")
    assert changed["expiry_date"] == ("2029年3月1日", "2034年3月1日")
    assert "xinghe-example.com" in changed["annex"][1] and "xinghe-example.com" not in changed["annex"][0]
    assert set(changed) == {"legal_representative", "expiry_date", "annex"}


def test_reworded_clause_is_paired_by_label_with_a_character_diff() -> None:
    edited = _license()
    edited.clauses[0].children[1].text = "保存用户日志九十日。"
    diffs = compare.compare(_license(), edited).changed_clauses
    assert len(diffs) == 1
    diff = diffs[0]
    assert diff.key == ("一、", "（二）") and diff.status == compare.CHANGED
    assert [(s.op, s.text) for s in diff.segments] == [
        ("equal", "保存用户日志"), ("delete", "六"), ("insert", "九"), ("equal", "十日。")]


def test_added_and_removed_clauses() -> None:
    edited = _license()
    del edited.clauses[0].children[0]
    edited.clauses.append(Clause(3, "三、", "新增的示例条款。"))
    result = compare.compare(_license(), edited)
    statuses = {c.label: c.status for c in result.changed_clauses}
    # （二） moved up to become the first child, but its label stays （二） here: labels decide the place.
    assert statuses == {"一、（一）": compare.REMOVED, "三、": compare.ADDED}


def test_labels_match_whatever_their_punctuation() -> None:
    other = _license()
    other.clauses[0].children[0].label = "(一)"
    assert compare.compare(_license(), other).identical


def test_seed_against_an_edited_copy(seeds) -> None:  # noqa: ANN001
    from licdesk.importer import read_license

    original = read_license(seeds[0].read_bytes())
    edited = copy.deepcopy(original)
    path, clause = list(edited.walk_clauses())[-1]
    clause.text = clause.text + "（已修改）"
    diffs = compare.compare(original, edited).changed_clauses
    assert len(diffs) == 1 and diffs[0].right is clause
    assert diffs[0].segments[-1] == compare.Segment("insert", "（已修改）")
