"""The history of changes: who-knows-when is not good enough for a license, so every write is noted."""

from __future__ import annotations

import datetime as _dt
import re
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    from licdesk.domain.model import License

CREATE = "create"
REPLACE = "replace"
DELETE = "delete"
UNDELETE = "undelete"
PURGE = "purge"
ATTACH = "attach"    # field "attachments", new = the file name
DETACH = "detach"    # field "attachments", old = the file name

# Fields compared one by one on replace; the lists after them get one summary entry each.
SCALAR_FIELDS = (
    "number", "title", "preamble", "company", "legal_representative", "issuer",
    "issue_date", "expiry_date", "annex_heading", "provisions_intro",
)
LIST_FIELDS = ("services", "annex", "clauses", "inspections", "events", "warnings")


class AuditEntry(NamedTuple):
    at: _dt.datetime  # UTC, timezone-aware
    number: str
    action: str  # create / replace / delete / undelete / purge / attach / detach
    field: str | None = None
    old: str | None = None
    new: str | None = None
    db_user: str | None = None  # who made the change, in a team library (the server's current_user)


def now_text() -> str:
    """The current moment as stored: ISO 8601 UTC with microseconds, so entries sort by time."""
    return _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="microseconds")


def parse_at(text: str) -> _dt.datetime:
    return _dt.datetime.fromisoformat(text)


def changes(old: License, new: License) -> list[tuple[str, str | None, str | None]]:
    """(field, old, new) for each scalar field that differs, and a summary for each list that differs."""
    before, after = old.to_dict(), new.to_dict()
    out: list[tuple[str, str | None, str | None]] = []
    for name in SCALAR_FIELDS:
        if before[name] != after[name]:
            out.append((name, _text(before[name]), _text(after[name])))
    for name in LIST_FIELDS:
        if before[name] != after[name]:
            out.append((name, summarize(name, before[name]), summarize(name, after[name])))
    return out


# A list field's summary as stored (Chinese, since the first history) and its English, read back by
# `summary_in`: the history shows it in the interface's language.
NONE = "（无）"
_SITES = "{count} 个网站："
_CLAUSES = "{count} 条"
_ITEMS = "{count} 项"
_SUMMARIES_EN = (  # patterns as text, compiled by `re` when the history is first read
    (r"(?s)^(?P<count>\d+) 个网站：(?P<rest>.*)$",
     lambda m: f"{_count(m, 'website', 'websites')}: " + m["rest"].replace("、", ", ")),
    (r"^(?P<count>\d+) 条$", lambda m: _count(m, "clause", "clauses")),
    (r"^(?P<count>\d+) 项$", lambda m: _count(m, "item", "items")),
)


def summarize(name: str, items: list[Any]) -> str:
    """A short human description of a list field, e.g. the service names or the number of clauses."""
    if name == "services":
        return "、".join(s["name"] for s in items) or NONE
    if name == "annex":
        domains = [d for site in items for d in site["domains"]]
        return _SITES.format(count=len(items)) + "、".join(domains) if items else NONE
    if name == "inspections":
        return "、".join(f"{r['year']} {r['result']}" for r in items) or NONE
    if name == "clauses":
        def count(nodes: list[dict[str, Any]]) -> int:
            return sum(1 + count(n["children"]) for n in nodes)
        return _CLAUSES.format(count=count(items))
    return _ITEMS.format(count=len(items))


def summary_in(name: str, text: str | None, language: str) -> str | None:
    """The stored old or new text of field `name` in `language`: of a list field the words `summarize` wrote
    translated, the license's own text (service names, record results) as written; any other value as it is."""
    if text is None or language != "en" or name not in LIST_FIELDS:
        return text
    if text == NONE:
        return "(none)"
    for pattern, english in _SUMMARIES_EN:
        match = re.match(pattern, text)
        if match:
            return english(match)
    return text


def _count(match: re.Match[str], one: str, many: str) -> str:
    count = int(match["count"])
    return f"{count} {one if count == 1 else many}"


def _text(value: Any) -> str | None:
    return None if value is None else str(value)
