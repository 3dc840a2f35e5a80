"""The clause-by-clause compliance review of a license's special provisions (特别规定事项).

A review is a dated round: for each clause (and sub-clause) a status, a note, a responsible person,
a due date for fixes and the evidence (attachments, named by their SHA-256 so that a reference means
the same file in every database).  A new round starts from the last one; a clause whose text changed
since it was reviewed is flagged for re-review.  No Qt, no SQL, no clock: times are always given.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import re
import unicodedata
import uuid as _uuid
from types import EllipsisType
from dataclasses import dataclass, field, replace
from typing import Iterable, Iterator

from licdesk.domain import business
from licdesk.domain.model import Clause, License

# -- statuses ----------------------------------------------------------------------------------
NOT_REVIEWED = "not_reviewed"
COMPLIANT = "compliant"
PARTLY = "partly"
NOT_COMPLIANT = "not_compliant"
NOT_APPLICABLE = "not_applicable"
STATUSES = (NOT_REVIEWED, COMPLIANT, PARTLY, NOT_COMPLIANT, NOT_APPLICABLE)  # keys 1–5, in this order

STATUS_NAMES: dict[str, tuple[str, str]] = {
    NOT_REVIEWED: ("未审", "Not reviewed"),
    COMPLIANT: ("符合", "Compliant"),
    PARTLY: ("部分符合", "Partly compliant"),
    NOT_COMPLIANT: ("不符合", "Not compliant"),
    NOT_APPLICABLE: ("不适用", "Not applicable"),
}

# A finding still to be fixed: it has a due date and appears in the compliance calendar.
OPEN_STATUSES = (PARTLY, NOT_COMPLIANT)

# The fields of a clause review that a person changes (compared between rounds and merged).
REVIEW_FIELDS = ("status", "note", "responsible", "due", "evidence", "text_hash")


def status_name(status: str, language: str = "zh") -> str:
    zh, en = STATUS_NAMES.get(status, (status, status))
    return en if language.startswith("en") else zh


# -- clauses as review items -----------------------------------------------------------------
def clause_key(path: tuple[int, ...]) -> str:
    """The clause's place in the tree as ordinals: 十五（三） → "15.3"."""
    return ".".join(str(n) for n in path)


def text_hash(text: str) -> str:
    """A fingerprint of the clause's own words; spacing and full/half-width forms do not count."""
    folded = re.sub(r"\s+", "", unicodedata.normalize("NFKC", text or ""))
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class ReviewItem:
    """One clause as the review sees it."""

    key: str
    path: tuple[int, ...]
    label: str
    text: str
    applies_to: str | None
    text_hash: str
    not_applicable_reason: str | None  # why the clause starts as not applicable, or None

    @property
    def depth(self) -> int:
        return len(self.path) - 1


def review_items(lic: License) -> list[ReviewItem]:
    """Every clause of the license in document order, with its key, fingerprint and applicability."""
    items: list[ReviewItem] = []
    scope: dict[tuple[int, ...], str | None] = {}
    for path, clause in lic.walk_clauses():
        reason = scope.get(path[:-1]) or _not_applicable(lic, clause)
        scope[path] = reason
        items.append(ReviewItem(clause_key(path), path, clause.label, clause.text, clause.applies_to,
                                text_hash(clause.text), reason))
    return items


_BLOCK_HEADING = re.compile(r"在?(?:经营|提供)(.{2,30}?业务)时")
_EXCLUDED = re.compile(r"不含([^。；;【]*)")


def _fold(text: str | None) -> str:
    return re.sub(r"[\s（）()]", "", unicodedata.normalize("NFKC", text or "")).replace("及", "和")


def _not_applicable(lic: License, clause: Clause) -> str | None:
    """Why a clause does not concern this license: a block for a business type it does not hold, or a
    sub-service (适用于…) that the license excludes (不含…) or whose business type it lacks."""
    held = {t.code for t in (business.classify(s.name) for s in lic.services) if t is not None}
    if clause.applies_to:
        wanted = _fold(clause.applies_to)
        for service in lic.services:
            for excluded in _EXCLUDED.findall(_fold(service.remarks) + _fold(service.name)):
                if wanted and wanted in excluded:
                    return f"许可证不含{clause.applies_to}"
        kind = business.classify(clause.applies_to)
        if kind is not None and held and kind.code not in held:
            return f"许可证未列{kind.name}"
        return None
    match = _BLOCK_HEADING.search(unicodedata.normalize("NFKC", clause.text or ""))
    if match and lic.services:
        kind = business.classify(match.group(1))
        if kind is not None and kind.code not in held:
            return f"许可证未列{kind.name}"
    return None


# -- one clause's review -------------------------------------------------------------------
@dataclass(frozen=True)
class ClauseReview:
    """The review of one clause in one round."""

    clause_key: str
    text_hash: str  # the clause text this review judged
    status: str = NOT_REVIEWED
    note: str = ""
    responsible: str = ""
    due: _dt.date | None = None
    evidence: tuple[str, ...] = ()  # SHA-256 of attachments of the license
    updated_at: _dt.datetime | None = None
    updated_by: str = ""

    def __post_init__(self) -> None:
        if self.status not in STATUSES:
            raise ValueError(f"unknown review status {self.status!r}")

    def values(self) -> dict[str, object]:
        """The fields a person changes, for comparing rounds and merging."""
        return {name: getattr(self, name) for name in REVIEW_FIELDS}

    @property
    def is_open_finding(self) -> bool:
        return self.status in OPEN_STATUSES

    def to_dict(self) -> dict[str, object]:
        return {
            "clause_key": self.clause_key,
            "text_hash": self.text_hash,
            "status": self.status,
            "note": self.note,
            "responsible": self.responsible,
            "due": self.due.isoformat() if self.due else None,
            "evidence": list(self.evidence),
            "updated_at": self.updated_at.isoformat() if self.updated_at else None,
            "updated_by": self.updated_by,
        }

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> ClauseReview:
        due = data.get("due")
        at = data.get("updated_at")
        return cls(
            clause_key=str(data["clause_key"]),
            text_hash=str(data["text_hash"]),
            status=str(data.get("status") or NOT_REVIEWED),
            note=str(data.get("note") or ""),
            responsible=str(data.get("responsible") or ""),
            due=_dt.date.fromisoformat(str(due)) if due else None,
            evidence=tuple(str(e) for e in data.get("evidence") or ()),  # type: ignore[union-attr,attr-defined]
            updated_at=_dt.datetime.fromisoformat(str(at)) if at else None,
            updated_by=str(data.get("updated_by") or ""),
        )


def initial_review(item: ReviewItem) -> ClauseReview:
    """Where a clause starts in a first round: not applicable when it does not concern the license."""
    status = NOT_APPLICABLE if item.not_applicable_reason else NOT_REVIEWED
    note = item.not_applicable_reason or ""
    return ClauseReview(item.key, item.text_hash, status=status, note=note)


# -- a round -------------------------------------------------------------------------------
@dataclass
class ReviewRound:
    """One dated review of one license; `reviews` by clause key."""

    uuid: str
    number: str
    started: _dt.datetime
    reviewer: str = ""
    finished: _dt.datetime | None = None
    base_uuid: str | None = None  # the round this one started from
    reviews: dict[str, ClauseReview] = field(default_factory=dict)

    def review_for(self, item: ReviewItem) -> ClauseReview:
        """This round's review of the clause; a clause added since the round began starts afresh."""
        return self.reviews.get(item.key) or initial_review(item)

    def to_dict(self) -> dict[str, object]:
        return {
            "uuid": self.uuid,
            "number": self.number,
            "started": self.started.isoformat(),
            "finished": self.finished.isoformat() if self.finished else None,
            "reviewer": self.reviewer,
            "base_uuid": self.base_uuid,
            "reviews": [r.to_dict() for r in sorted(self.reviews.values(), key=lambda r: _key_order(r.clause_key))],
        }


def new_uuid() -> str:
    return str(_uuid.uuid4())


def first_round(lic: License, started: _dt.datetime, reviewer: str = "", uuid: str | None = None) -> ReviewRound:
    """A first review: every clause not reviewed, or not applicable when it does not concern the license."""
    reviews = {item.key: initial_review(item) for item in review_items(lic)}
    return ReviewRound(uuid or new_uuid(), lic.number, started, reviewer, reviews=reviews)


def next_round(lic: License, previous: ReviewRound, started: _dt.datetime, reviewer: str = "",
               uuid: str | None = None) -> ReviewRound:
    """A new round that starts from the last: every finding carried over with the text it judged, so a
    clause whose words changed since shows as needing re-review."""
    reviews: dict[str, ClauseReview] = {}
    for item in review_items(lic):
        earlier = previous.reviews.get(item.key)
        reviews[item.key] = earlier if earlier is not None else initial_review(item)
    return ReviewRound(uuid or new_uuid(), lic.number, started, reviewer, base_uuid=previous.uuid, reviews=reviews)


def needs_rereview(item: ReviewItem, review: ClauseReview) -> bool:
    """The clause was judged (or marked not applicable) on other words than it has now."""
    return review.status != NOT_REVIEWED and review.text_hash != item.text_hash


def is_reviewed(item: ReviewItem, review: ClauseReview) -> bool:
    return review.status != NOT_REVIEWED and not needs_rereview(item, review)


def set_review(review: ClauseReview, item: ReviewItem, at: _dt.datetime, by: str = "", *,
               status: str | None = None, note: str | None = None, responsible: str | None = None,
               due: _dt.date | None | EllipsisType = ..., evidence: Iterable[str] | None = None) -> ClauseReview:
    """The review with the given fields changed; setting a status judges the clause's current text."""
    changes: dict[str, object] = {"updated_at": at, "updated_by": by}
    if status is not None:
        if status not in STATUSES:
            raise ValueError(f"unknown review status {status!r}")
        changes["status"] = status
        changes["text_hash"] = item.text_hash
    if note is not None:
        changes["note"] = note
    if responsible is not None:
        changes["responsible"] = responsible
    if due is not ...:
        changes["due"] = due
    if evidence is not None:
        changes["evidence"] = tuple(dict.fromkeys(evidence))
    return replace(review, **changes)  # type: ignore[arg-type]


# -- progress and navigation ---------------------------------------------------------------
@dataclass(frozen=True)
class Progress:
    reviewed: int
    total: int
    by_status: dict[str, int]
    rereview: int  # judged on earlier words: counted as not reviewed
    open_findings: int

    def describe(self, language: str = "zh") -> str:
        if language.startswith("en"):
            return f"{self.reviewed} of {self.total} reviewed"
        return f"已审 {self.reviewed} / {self.total} 条"


def progress(lic: License, round_: ReviewRound) -> Progress:
    counts = {s: 0 for s in STATUSES}
    reviewed = rereview = open_findings = 0
    items = review_items(lic)
    for item in items:
        review = round_.review_for(item)
        if needs_rereview(item, review):
            rereview += 1
            counts[NOT_REVIEWED] += 1
            continue
        counts[review.status] += 1
        if review.status != NOT_REVIEWED:
            reviewed += 1
        if review.is_open_finding:
            open_findings += 1
    return Progress(reviewed, len(items), counts, rereview, open_findings)


def next_unreviewed(lic: License, round_: ReviewRound, after: str | None = None,
                    backwards: bool = False) -> str | None:
    """The key of the next clause still to review after `after` (wrapping around), or None when done."""
    items = review_items(lic)
    if backwards:
        items.reverse()
    keys = [i.key for i in items]
    start = keys.index(after) + 1 if after in keys else 0
    for item in items[start:] + items[:start]:
        if not is_reviewed(item, round_.review_for(item)):
            return item.key
    return None


# -- comparing rounds --------------------------------------------------------------------------
@dataclass(frozen=True)
class ClauseChange:
    """How one clause's review differs between two rounds: (field, before, after) per field."""

    clause_key: str
    label: str
    changes: tuple[tuple[str, object, object], ...]
    text_changed: bool  # the clause's words changed since the older round judged them


def diff_rounds(lic: License, older: ReviewRound, newer: ReviewRound) -> list[ClauseChange]:
    """Clause by clause, what changed from one round to the next (clauses in document order)."""
    out: list[ClauseChange] = []
    items = review_items(lic)
    labels = {item.key: _full_label(lic, item.path) for item in items}
    hashes = {item.key: item.text_hash for item in items}
    keys = sorted(set(older.reviews) | set(newer.reviews) | set(labels), key=_key_order)
    for key in keys:
        before = older.reviews.get(key)
        after = newer.reviews.get(key)
        if before is None and after is None:
            continue
        old_values = before.values() if before else {}
        new_values = after.values() if after else {}
        changes = tuple((name, old_values.get(name), new_values.get(name)) for name in REVIEW_FIELDS
                        if name != "text_hash" and old_values.get(name) != new_values.get(name))
        # the words differ between what the rounds judged, or the clause changed since the older round
        current = hashes.get(key)
        text_changed = bool(before and before.status != NOT_REVIEWED and (
            (after is not None and before.text_hash != after.text_hash)
            or (current is not None and before.text_hash != current)))
        if changes or text_changed:
            out.append(ClauseChange(key, labels.get(key, key), changes, text_changed))
    return out


def _full_label(lic: License, path: tuple[int, ...]) -> str:
    """十五（三） for path (15, 3): the labels of the clause and its parents."""
    nodes = lic.clauses
    parts: list[str] = []
    for ordinal in path:
        found = next((c for c in nodes if c.number == ordinal), None)
        if found is None:
            return clause_key(path)
        parts.append(found.label.strip().rstrip("、.．"))
        nodes = found.children
    return "".join(parts)


def full_label(lic: License, item: ReviewItem) -> str:
    return _full_label(lic, item.path)


def _key_order(key: str) -> tuple[int, ...]:
    try:
        return tuple(int(p) for p in key.split("."))
    except ValueError:
        return (10**9,)


def key_order(key: str) -> tuple[int, ...]:
    """Sort key of a clause key in document order ("15.10" after "15.9")."""
    return _key_order(key)


def open_findings(lic: License, round_: ReviewRound) -> Iterator[tuple[ReviewItem, ClauseReview]]:
    """Clauses found not (or partly) compliant in this round, in document order."""
    for item in review_items(lic):
        review = round_.review_for(item)
        if review.is_open_finding:
            yield item, review
