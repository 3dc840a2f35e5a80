"""Review rounds in the database: functions taking a Store, one transaction per write.

    from licdesk.store import review as store_review
    current = store_review.start_round(store, "京B2-20990001", reviewer="王审核")
    store_review.update_review(store, current.uuid, "15.3", status=rv.COMPLIANT, by="王审核")
    store_review.rounds(store, number)            # oldest first
    store_review.conflicts(store)                 # merge conflicts waiting for a person's choice
    store_review.resolve_conflict(store, conflict_id, "theirs")
"""

from __future__ import annotations

import datetime as _dt
import json
import sqlite3
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Iterable

from licdesk.domain import review as rv
from licdesk.domain.review_merge import OURS, THEIRS, FieldConflict, resolve
from licdesk.store import audit
from licdesk.store.attachments import AttachmentInfo
from licdesk.store.engine import text_order
from licdesk.store.errors import LicenseNotFoundError, StoreError, message
from licdesk.store.hygiene import clean_block, clean_line
from licdesk.store.writing import inserted_id

if TYPE_CHECKING:
    from licdesk.store.store import Store

_UNSET: Any = ...


@dataclass(frozen=True)
class StoredConflict:
    """A merge conflict kept in the database until someone chooses a side."""

    id: int
    round_uuid: str
    number: str
    conflict: FieldConflict
    created_at: _dt.datetime


# -- reading ----------------------------------------------------------------------------------
def rounds(store: Store, number: str) -> list[rv.ReviewRound]:
    """The review rounds of a license, oldest first."""
    row = store._row(number)
    if row is None:
        return []
    found = store._conn.execute(
        "SELECT r.*, l.number FROM review_rounds r JOIN licenses l ON l.id = r.license_id "
        "WHERE r.license_id = ? ORDER BY r.started_at, r.id", (row["id"],)).fetchall()
    return [_read_round(store._conn, r) for r in found]


def latest_round(store: Store, number: str) -> rv.ReviewRound | None:
    found = rounds(store, number)
    return found[-1] if found else None


def latest_rounds(store: Store) -> dict[str, rv.ReviewRound]:
    """The latest round of every license not in the trash that has one, by license number."""
    found = store._conn.execute(
        "SELECT r.*, l.number FROM review_rounds r JOIN licenses l ON l.id = r.license_id "
        "WHERE l.deleted_at IS NULL AND r.id = (SELECT r2.id FROM review_rounds r2 WHERE r2.license_id = r.license_id "
        "ORDER BY r2.started_at DESC, r2.id DESC LIMIT 1)").fetchall()
    return {row["number"]: _read_round(store._conn, row) for row in found}


def review_obligations(store: Store, today: _dt.date, window_days: int | None = None) -> list[Any]:
    """Open findings with a due date of each license's latest round, as compliance-calendar obligations."""
    from licdesk.domain import review_calendar

    latest = latest_rounds(store)
    pairs = [(lic, latest[lic.number]) for lic in store.licenses() if lic.number in latest]
    if window_days is None:
        return review_calendar.all_review_obligations(pairs, today)
    return review_calendar.all_review_obligations(pairs, today, window_days)


def load_round(store: Store, uuid: str) -> rv.ReviewRound | None:
    row = round_row(store._conn, uuid)
    return None if row is None else _read_round(store._conn, row)


def sync_base(store: Store, uuid: str) -> dict[str, rv.ClauseReview] | None:
    """The reviews of the round as last exchanged by package (the merge base); None if never exchanged."""
    row = round_row(store._conn, uuid)
    if row is None or row["sync_base"] is None:
        return None
    return {r.clause_key: r for r in (rv.ClauseReview.from_dict(d) for d in json.loads(row["sync_base"]))}


def evidence_files(store: Store, number: str, review: rv.ClauseReview) -> list[AttachmentInfo]:
    """The attachments a review names as evidence, in the order named (ones since removed are left out)."""
    by_hash = {a.sha256: a for a in store.attachments(number)}
    return [by_hash[h] for h in review.evidence if h in by_hash]


# -- writing ----------------------------------------------------------------------------------
def start_round(store: Store, number: str, reviewer: str = "", *, now: _dt.datetime | None = None) -> rv.ReviewRound:
    """A new round: a first review of every clause, or one carried over from the latest round."""
    lic = store.load(number)
    if lic is None:
        raise LicenseNotFoundError(message(f"没有编号为 {number} 的许可证", f"no license numbered {number}"))
    started = now or _now()
    previous = latest_round(store, number)
    if previous is None:
        new = rv.first_round(lic, started, reviewer)
    else:
        new = rv.next_round(lic, previous, started, reviewer)
    with store._transaction() as conn:
        _insert_round(conn, _license_id(store, number), new)
    return new


def update_review(store: Store, uuid: str, clause_key: str, *, by: str = "", status: str | None = None,
                  note: str | None = None, responsible: str | None = None, due: _dt.date | None = _UNSET,
                  evidence: Iterable[str] | None = None, now: _dt.datetime | None = None) -> rv.ClauseReview:
    """Change one clause's review in one transaction; setting a status judges the clause's current text."""
    current = _require_round(store, uuid)
    lic = store.load(current.number)
    if lic is None:
        raise LicenseNotFoundError(message(f"许可证 {current.number} 已不在库中", f"license {current.number} is gone"))
    items = {i.key: i for i in rv.review_items(lic)}
    item = items.get(clause_key)
    if item is None:
        raise StoreError(message(f"许可证 {lic.number} 没有第 {clause_key} 条", f"no clause {clause_key}"))
    changed = rv.set_review(current.review_for(item), item, now or _now(), by, status=status, note=note,
                            responsible=responsible, due=due, evidence=evidence)
    with store._transaction() as conn:
        round_id = _round_id(conn, uuid)
        _write_review(conn, round_id, changed)
    return changed


def finish_round(store: Store, uuid: str, *, now: _dt.datetime | None = None) -> None:
    _require_round(store, uuid)
    with store._transaction() as conn:
        conn.execute("UPDATE review_rounds SET finished_at = ? WHERE uuid = ?", ((now or _now()).isoformat(), uuid))


def put_round(conn: sqlite3.Connection, license_id: int, round_: rv.ReviewRound,
              base: dict[str, rv.ClauseReview] | None) -> None:
    """Write a whole round (replacing one of the same uuid) and its merge base, inside the caller's transaction."""
    existing = round_row(conn, round_.uuid)
    if existing is None:
        _insert_round(conn, license_id, round_)
        row_id = _round_id(conn, round_.uuid)
    else:
        row_id = existing["id"]
        conn.execute("UPDATE review_rounds SET finished_at = ?, reviewer = ? WHERE id = ?",
                     (_iso(round_.finished), clean_line(round_.reviewer), row_id))
        conn.execute("DELETE FROM clause_reviews WHERE round_id = ?", (row_id,))
        for review in round_.reviews.values():
            _write_review(conn, row_id, review)
    conn.execute("UPDATE review_rounds SET sync_base = ? WHERE id = ?", (_reviews_json(base), row_id))


def set_sync_base(conn: sqlite3.Connection, uuid: str, base: dict[str, rv.ClauseReview]) -> None:
    conn.execute("UPDATE review_rounds SET sync_base = ? WHERE uuid = ?", (_reviews_json(base), uuid))


def add_conflicts(conn: sqlite3.Connection, uuid: str, found: Iterable[FieldConflict]) -> int:
    """Keep merge conflicts for a person to resolve; a conflict already waiting on the same field is replaced."""
    row_id = _round_id(conn, uuid)
    count = 0
    now = audit.now_text()
    for c in found:
        conn.execute("DELETE FROM review_conflicts WHERE round_id = ? AND clause_key = ? AND field = ?",
                     (row_id, c.clause_key, c.field))
        conn.execute(
            "INSERT INTO review_conflicts (round_id, clause_key, field, base, ours, theirs, theirs_by, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (row_id, c.clause_key, c.field, _value_json(c.base), _value_json(c.ours), _value_json(c.theirs),
             c.theirs_by, now))
        count += 1
    return count


def conflicts(store: Store, uuid: str | None = None) -> list[StoredConflict]:
    """Merge conflicts waiting for a choice (of one round, or all), in clause order."""
    sql = ("SELECT c.*, r.uuid, l.number FROM review_conflicts c JOIN review_rounds r ON r.id = c.round_id "
           "JOIN licenses l ON l.id = r.license_id")
    params: tuple[Any, ...] = ()
    if uuid is not None:
        sql += " WHERE r.uuid = ?"
        params = (uuid,)
    found = [
        StoredConflict(
            id=row["id"], round_uuid=row["uuid"], number=row["number"],
            conflict=FieldConflict(row["clause_key"], row["field"], _value(row["field"], row["base"]),
                                   _value(row["field"], row["ours"]), _value(row["field"], row["theirs"]),
                                   row["theirs_by"]),
            created_at=audit.parse_at(row["created_at"]))
        for row in store._conn.execute(sql + f" ORDER BY {text_order(store._conn, 'l.number')}, c.id", params)
    ]
    return sorted(found, key=lambda s: (s.number, rv.key_order(s.conflict.clause_key), s.id))


def resolve_conflict(store: Store, conflict_id: int, choice: str, *, by: str = "",
                     now: _dt.datetime | None = None) -> rv.ClauseReview:
    """Settle a conflict with ours or theirs, in one transaction; the conflict is then gone."""
    if choice not in (OURS, THEIRS):
        raise ValueError(f"choice must be {OURS!r} or {THEIRS!r}")
    waiting = {c.id: c for c in conflicts(store)}
    stored = waiting.get(int(conflict_id))
    if stored is None:
        raise StoreError(message("该冲突已解决或不存在", "the conflict was already resolved or does not exist"))
    current = _require_round(store, stored.round_uuid)
    review = current.reviews.get(stored.conflict.clause_key)
    if review is None:
        raise StoreError(message("冲突所指的条款审查已不存在", "the clause review of the conflict is gone"))
    settled = resolve(review, stored.conflict, choice)
    from dataclasses import replace

    settled = replace(settled, updated_at=now or _now(), updated_by=by or settled.updated_by)
    with store._transaction() as conn:
        round_id = _round_id(conn, stored.round_uuid)
        _write_review(conn, round_id, settled)
        conn.execute("DELETE FROM review_conflicts WHERE id = ?", (stored.id,))
    return settled


# -- rows ------------------------------------------------------------------------------------
def _now() -> _dt.datetime:
    return _dt.datetime.now(_dt.timezone.utc)


def _iso(value: _dt.datetime | None) -> str | None:
    return value.isoformat() if value else None


def _license_id(store: Store, number: str) -> int:
    row = store._row(number)
    if row is None:
        raise LicenseNotFoundError(message(f"没有编号为 {number} 的许可证", f"no license numbered {number}"))
    return int(row["id"])


def round_row(conn: sqlite3.Connection, uuid: str) -> sqlite3.Row | None:
    """The review_rounds row of a round (with its license's number), or None."""
    return conn.execute(
        "SELECT r.*, l.number FROM review_rounds r JOIN licenses l ON l.id = r.license_id WHERE r.uuid = ?",
        (uuid,)).fetchone()


def _round_id(conn: sqlite3.Connection, uuid: str) -> int:
    """The row id of a round the caller has already found."""
    row = round_row(conn, uuid)
    if row is None:
        raise LookupError(f"review round {uuid} vanished inside its own transaction")  # a bug, not a user's mistake
    return int(row["id"])


def _require_round(store: Store, uuid: str) -> rv.ReviewRound:
    found = load_round(store, uuid)
    if found is None:
        raise StoreError(message("该审查轮次不存在", "no such review round"))
    return found


def _read_round(conn: sqlite3.Connection, row: sqlite3.Row) -> rv.ReviewRound:
    reviews = {
        r["clause_key"]: rv.ClauseReview(
            clause_key=r["clause_key"], text_hash=r["text_hash"], status=r["status"], note=r["note"],
            responsible=r["responsible"],
            due=_dt.date.fromisoformat(r["due_date"]) if r["due_date"] else None,
            evidence=tuple(json.loads(r["evidence"] or "[]")),
            updated_at=_dt.datetime.fromisoformat(r["updated_at"]) if r["updated_at"] else None,
            updated_by=r["updated_by"],
        )
        for r in conn.execute("SELECT * FROM clause_reviews WHERE round_id = ?", (row["id"],))
    }
    return rv.ReviewRound(
        uuid=row["uuid"], number=row["number"], started=_dt.datetime.fromisoformat(row["started_at"]),
        reviewer=row["reviewer"],
        finished=_dt.datetime.fromisoformat(row["finished_at"]) if row["finished_at"] else None,
        base_uuid=row["base_uuid"], reviews=reviews)


def _insert_round(conn: sqlite3.Connection, license_id: int, round_: rv.ReviewRound) -> None:
    cursor = conn.execute(
        "INSERT INTO review_rounds (uuid, license_id, base_uuid, started_at, finished_at, reviewer) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (round_.uuid, license_id, round_.base_uuid, round_.started.isoformat(), _iso(round_.finished),
         clean_line(round_.reviewer)))
    for review in round_.reviews.values():
        _write_review(conn, inserted_id(cursor), review)


def _write_review(conn: sqlite3.Connection, round_id: int, review: rv.ClauseReview) -> None:
    conn.execute(
        "INSERT INTO clause_reviews (round_id, clause_key, text_hash, status, note, responsible, "
        "due_date, evidence, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (round_id, clause_key) DO UPDATE SET text_hash = excluded.text_hash, "
        "status = excluded.status, note = excluded.note, responsible = excluded.responsible, "
        "due_date = excluded.due_date, evidence = excluded.evidence, updated_at = excluded.updated_at, "
        "updated_by = excluded.updated_by",
        (round_id, review.clause_key, review.text_hash, review.status, clean_block(review.note),
         clean_line(review.responsible), review.due.isoformat() if review.due else None,
         json.dumps(list(review.evidence)), _iso(review.updated_at), clean_line(review.updated_by)))


def _reviews_json(reviews: dict[str, rv.ClauseReview] | None) -> str | None:
    if reviews is None:
        return None
    return json.dumps([r.to_dict() for r in reviews.values()], ensure_ascii=False)


def _value_json(value: object) -> str:
    if isinstance(value, _dt.date):
        value = value.isoformat()
    elif isinstance(value, tuple):
        value = list(value)
    return json.dumps(value, ensure_ascii=False)


def _value(field: str, text: str | None) -> object:
    value = json.loads(text) if text is not None else None
    if field == "due" and value:
        return _dt.date.fromisoformat(value)
    if field == "evidence":
        return tuple(value or ())
    return value
