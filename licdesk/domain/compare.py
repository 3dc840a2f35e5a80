"""Two licenses side by side: which fields differ, and which clauses were added, removed or reworded.

Used to compare an old certificate with its renewal, or a license with an earlier version of itself.
Clauses are aligned by their place in the tree, written as the chain of labels (e.g. 十五、/（二）), so
clause 十五、（二） of one is set against 十五、（二） of the other; differing text is split into
character runs that are equal, removed or inserted.  No Qt here.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field

from licdesk.domain.dates import format_cn_date
from licdesk.domain.model import Clause, License

SAME = "same"
CHANGED = "changed"
ADDED = "added"  # only on the right
REMOVED = "removed"  # only on the left

# (field, caption) in the order a certificate reads.
FIELDS: tuple[tuple[str, str], ...] = (
    ("number", "经营许可证编号"),
    ("company", "公司名称"),
    ("legal_representative", "法定代表人"),
    ("services", "业务种类及覆盖范围"),
    ("issuer", "发证机关"),
    ("issue_date", "发证日期"),
    ("expiry_date", "有效期至"),
    ("annex", "附页网站"),
    ("inspections", "年检/年报"),
)


@dataclass(frozen=True)
class Segment:
    """A run of text: `op` is "equal", "delete" (left only) or "insert" (right only)."""

    op: str
    text: str


@dataclass(frozen=True)
class FieldDiff:
    field: str
    caption: str
    left: str
    right: str

    @property
    def status(self) -> str:
        return SAME if self.left == self.right else CHANGED


@dataclass(frozen=True)
class ClauseDiff:
    key: tuple[str, ...]  # the chain of labels, e.g. ("十五、", "（二）")
    left: Clause | None
    right: Clause | None
    segments: tuple[Segment, ...] = field(default=())

    @property
    def label(self) -> str:
        return "".join(self.key)

    @property
    def status(self) -> str:
        if self.left is None:
            return ADDED
        if self.right is None:
            return REMOVED
        same = (self.left.text == self.right.text and (self.left.applies_to or "") == (self.right.applies_to or ""))
        return SAME if same else CHANGED


@dataclass(frozen=True)
class Comparison:
    fields: tuple[FieldDiff, ...]
    clauses: tuple[ClauseDiff, ...]

    @property
    def changed_fields(self) -> list[FieldDiff]:
        return [f for f in self.fields if f.status != SAME]

    @property
    def changed_clauses(self) -> list[ClauseDiff]:
        return [c for c in self.clauses if c.status != SAME]

    @property
    def identical(self) -> bool:
        return not self.changed_fields and not self.changed_clauses


def text_segments(left: str, right: str) -> tuple[Segment, ...]:
    """The character runs turning `left` into `right` (Chinese has no spaces: compare by character)."""
    matcher = difflib.SequenceMatcher(None, left, right, autojunk=False)
    out: list[Segment] = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            out.append(Segment("equal", left[i1:i2]))
            continue
        if i2 > i1:
            out.append(Segment("delete", left[i1:i2]))
        if j2 > j1:
            out.append(Segment("insert", right[j1:j2]))
    return tuple(out)


def field_text(lic: License, name: str) -> str:
    """A field as one piece of text, the way it reads on paper (lists one item a line)."""
    if name in ("issue_date", "expiry_date"):
        return format_cn_date(getattr(lic, name))
    if name == "issuer":
        return lic.effective_issuer or ""
    if name == "services":
        return "\n".join(
            s.name + (f"（覆盖范围：{s.coverage}）" if s.coverage else "") + (f" {s.remarks}" if s.remarks else "")
            for s in lic.services)
    if name == "annex":
        return "\n".join(
            "；".join(part for part in (w.site_name or "", "、".join(w.domains), w.server_location or "",
                                         w.access_provider or "") if part)
            for w in lic.annex)
    if name == "inspections":
        kinds = {"inspection": "年检", "annual_report": "年报"}
        return "\n".join(
            " ".join(part for part in (f"{i.year}年", kinds.get(i.kind, i.kind), i.result, i.authority or "",
                                       format_cn_date(i.date), i.note or "") if part)
            for i in sorted(lic.inspections, key=lambda i: (i.year, i.kind)))
    value = getattr(lic, name)
    return "" if value is None else str(value)


def _label_key(label: str) -> str:
    """一、 and 一． and （一） vs (一) are the same place: compare labels without their punctuation."""
    return re.sub(r"[\s、.．。()（）]", "", label)


def _clause_keys(lic: License) -> list[tuple[tuple[str, ...], Clause]]:
    out: list[tuple[tuple[str, ...], Clause]] = []

    def walk(clauses: list[Clause], prefix: tuple[str, ...]) -> None:
        for clause in clauses:
            key = prefix + (clause.label or str(clause.number),)
            out.append((key, clause))
            walk(clause.children, key)

    walk(lic.clauses, ())
    return out


def align_clauses(left: License, right: License) -> list[ClauseDiff]:
    """Pair clauses by their label chain; those of one side only come out as added or removed, in order."""
    lefts = _clause_keys(left)
    rights = _clause_keys(right)
    left_keys = [tuple(_label_key(part) for part in key) for key, _ in lefts]
    right_keys = [tuple(_label_key(part) for part in key) for key, _ in rights]
    matcher = difflib.SequenceMatcher(None, left_keys, right_keys, autojunk=False)
    out: list[ClauseDiff] = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            for (key, a), (_key, b) in zip(lefts[i1:i2], rights[j1:j2]):
                out.append(ClauseDiff(key, a, b, text_segments(a.text, b.text)))
            continue
        for key, a in lefts[i1:i2]:
            out.append(ClauseDiff(key, a, None, (Segment("delete", a.text),)))
        for key, b in rights[j1:j2]:
            out.append(ClauseDiff(key, None, b, (Segment("insert", b.text),)))
    return out


def compare(left: License, right: License) -> Comparison:
    fields = tuple(FieldDiff(name, caption, field_text(left, name), field_text(right, name))
                   for name, caption in FIELDS)
    return Comparison(fields=fields, clauses=tuple(align_clauses(left, right)))
