"""Three-way merge of a review round, clause by clause and field by field.

`base` is the round as both sides last had it (when the package was exported), `ours` the round in
this database now, `theirs` the round as the package brings it back.  A field changed on one side
only takes that side's value; a field changed on both sides to different values is a conflict: ours
is kept until a person chooses, and nothing is overwritten silently.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from licdesk.domain.review import REVIEW_FIELDS, ClauseReview, key_order

OURS = "ours"
THEIRS = "theirs"


@dataclass(frozen=True)
class FieldConflict:
    """Both sides changed the same field of the same clause's review, differently."""

    clause_key: str
    field: str
    base: object
    ours: object
    theirs: object
    theirs_by: str = ""


@dataclass
class MergeResult:
    merged: dict[str, ClauseReview]
    conflicts: list[FieldConflict]
    taken: list[str]  # clause keys where the package's changes were taken

    @property
    def changed(self) -> bool:
        return bool(self.taken or self.conflicts)


def merge_reviews(base: dict[str, ClauseReview], ours: dict[str, ClauseReview],
                  theirs: dict[str, ClauseReview]) -> MergeResult:
    merged: dict[str, ClauseReview] = {}
    conflicts: list[FieldConflict] = []
    taken: list[str] = []
    for key in sorted(set(base) | set(ours) | set(theirs), key=key_order):
        mine, other, common = ours.get(key), theirs.get(key), base.get(key)
        if other is None:
            if mine is not None:
                merged[key] = mine
            continue
        if mine is None:  # a clause this database has no review of yet
            merged[key] = other
            taken.append(key)
            continue
        result, clause_conflicts, took = _merge_one(common, mine, other)
        merged[key] = result
        conflicts += clause_conflicts
        if took:
            taken.append(key)
    return MergeResult(merged, conflicts, taken)


def _merge_one(base: ClauseReview | None, ours: ClauseReview,
               theirs: ClauseReview) -> tuple[ClauseReview, list[FieldConflict], bool]:
    if ours.values() == theirs.values():
        return ours, [], False
    base_values = base.values() if base is not None else {}
    mine, other = ours.values(), theirs.values()
    changes: dict[str, object] = {}
    conflicts: list[FieldConflict] = []
    for name in REVIEW_FIELDS:
        if mine[name] == other[name] or other[name] == base_values.get(name, mine[name]):
            continue  # the same on both sides, or changed by us only
        if mine[name] == base_values.get(name):
            changes[name] = other[name]  # changed by them only
        elif name == "text_hash":
            continue  # follows the status; the status conflict (if any) carries the decision
        else:
            conflicts.append(FieldConflict(ours.clause_key, name, base_values.get(name), mine[name], other[name],
                                           theirs.updated_by))
    if not changes:
        return ours, conflicts, False
    stamp = {"updated_at": theirs.updated_at, "updated_by": theirs.updated_by} if not conflicts else {}
    return replace(ours, **changes, **stamp), conflicts, True  # type: ignore[arg-type]


def resolve(review: ClauseReview, conflict: FieldConflict, choice: str) -> ClauseReview:
    """The review with the conflict's field set to the chosen side's value."""
    if choice not in (OURS, THEIRS):
        raise ValueError(f"choice must be {OURS!r} or {THEIRS!r}")
    value = conflict.ours if choice == OURS else conflict.theirs
    return replace(review, **{conflict.field: value})  # type: ignore[arg-type]


__all__ = ["OURS", "THEIRS", "FieldConflict", "MergeResult", "merge_reviews", "resolve", "REVIEW_FIELDS"]
