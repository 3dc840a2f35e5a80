"""Clause tree editing (licdesk.ui.editor.clause_ops, no Qt): labels renumber themselves after every change."""

from __future__ import annotations

from licdesk.domain.model import Clause
from licdesk.domain.numerals import to_chinese
from licdesk.ui.editor import clause_ops


def _labels(clauses: list[Clause]) -> list:
    return [(c.label, c.text, _labels(c.children)) if c.children else (c.label, c.text) for c in clauses]


def _tree() -> list[Clause]:
    clauses: list[Clause] = []
    for text in ("甲", "乙", "丙"):
        clause_ops.add_after(clauses, (len(clauses) - 1,) if clauses else None, text)
    return clauses


def test_chinese_numbers_and_labels_by_level() -> None:
    assert [to_chinese(n) for n in (1, 9, 10, 11, 15, 20, 21, 99)] == [
        "一", "九", "十", "十一", "十五", "二十", "二十一", "九十九"]
    assert [clause_ops.label_for(level, 12) for level in (1, 2, 3, 4)] == ["十二、", "（十二）", "12.", "(12)"]


def test_add_after_and_add_child_number_in_order() -> None:
    clauses = _tree()
    assert _labels(clauses) == [("一、", "甲"), ("二、", "乙"), ("三、", "丙")]
    assert clause_ops.add_after(clauses, (0,), "新") == (1,)
    assert _labels(clauses)[:3] == [("一、", "甲"), ("二、", "新"), ("三、", "乙")]
    assert clause_ops.add_child(clauses, (0,), "子") == (0, 0)
    assert clause_ops.add_child(clauses, (0, 0), "孙") == (0, 0, 0)
    assert _labels(clauses)[0] == ("一、", "甲", [("（一）", "子", [("1.", "孙")])])
    assert [c.number for c in clauses] == [1, 2, 3, 4]


def test_move_indent_outdent_delete() -> None:
    clauses = _tree()
    assert clause_ops.move(clauses, (2,), -1) == (1,)
    assert [c.text for c in clauses] == ["甲", "丙", "乙"]
    assert clause_ops.move(clauses, (0,), -1) == (0,)  # already first: stays
    assert clause_ops.indent(clauses, (1,)) == (0, 0)
    assert _labels(clauses) == [("一、", "甲", [("（一）", "丙")]), ("二、", "乙")]
    assert clause_ops.indent(clauses, (0,)) == (0,)  # nothing above to go under
    assert clause_ops.outdent(clauses, (0, 0)) == (1,)
    assert _labels(clauses) == [("一、", "甲"), ("二、", "丙"), ("三、", "乙")]
    assert clause_ops.delete(clauses, (2,)) == (1,)
    assert clause_ops.delete(clauses, (0,)) == (0,)
    assert _labels(clauses) == [("一、", "丙")]
    assert clause_ops.delete(clauses, (0,)) is None
    assert clauses == []


def test_paths_read_the_tree_depth_first() -> None:
    clauses = _tree()
    clause_ops.add_child(clauses, (1,), "乙一")
    assert clause_ops.paths(clauses) == [(0,), (1,), (1, 0), (2,)]
