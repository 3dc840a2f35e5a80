"""Properties of the three-way merge, over many generated rounds: nothing one side changed is lost,
and nothing both sides changed differently is decided without a person."""

from __future__ import annotations

import datetime as _dt
from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from licdesk.domain import review as rv
from licdesk.domain.review_merge import OURS, THEIRS, merge_reviews, resolve

KEYS = ["1", "2", "3.1", "3.2"]
reviews = st.builds(
    rv.ClauseReview,
    clause_key=st.just("x"),
    text_hash=st.sampled_from(["a", "b"]),
    status=st.sampled_from(rv.STATUSES),
    note=st.sampled_from(["", "甲", "乙"]),
    responsible=st.sampled_from(["", "张三"]),
    due=st.sampled_from([None, _dt.date(2027, 1, 1)]),
    evidence=st.sampled_from([(), ("a" * 64,)]),
)
rounds = st.fixed_dictionaries({k: reviews.map(lambda r, k=k: replace(r, clause_key=k)) for k in KEYS})


def same(a: dict[str, rv.ClauseReview], b: dict[str, rv.ClauseReview]) -> bool:
    return {k: v.values() for k, v in a.items()} == {k: v.values() for k, v in b.items()}


@settings(max_examples=150, deadline=None)
@given(base=rounds, ours=rounds)
def test_unchanged_theirs_keeps_ours_and_unchanged_ours_takes_theirs(base, ours) -> None:  # noqa: ANN001
    kept = merge_reviews(base, ours, base)
    assert same(kept.merged, ours) and not kept.conflicts
    taken = merge_reviews(base, base, ours)
    assert same(taken.merged, ours) and not taken.conflicts


@settings(max_examples=150, deadline=None)
@given(base=rounds, ours=rounds, theirs=rounds)
def test_every_field_is_one_sides_value_and_both_sided_changes_are_conflicts(base, ours, theirs) -> None:  # noqa: ANN001
    result = merge_reviews(base, ours, theirs)
    conflicted = {(c.clause_key, c.field) for c in result.conflicts}
    for key in KEYS:
        b, o, t, m = base[key].values(), ours[key].values(), theirs[key].values(), result.merged[key].values()
        for name in rv.REVIEW_FIELDS:
            assert m[name] in (o[name], t[name])
            if o[name] != t[name] and o[name] != b[name] and t[name] != b[name] and name != "text_hash":
                assert (key, name) in conflicted and m[name] == o[name]  # kept until a person chooses
            elif o[name] == b[name]:
                assert m[name] == t[name]
            elif t[name] == b[name]:
                assert m[name] == o[name]
    for conflict in result.conflicts:
        review = result.merged[conflict.clause_key]
        assert getattr(resolve(review, conflict, THEIRS), conflict.field) == conflict.theirs
        assert getattr(resolve(review, conflict, OURS), conflict.field) == conflict.ours
