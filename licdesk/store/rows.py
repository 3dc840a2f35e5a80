"""License ↔ table rows: writing an aggregate into its tables and reading it back without loss."""

from __future__ import annotations

import datetime as _dt
import json
import sqlite3
from typing import TYPE_CHECKING, Any

# The domain model loads with the first license read or written: listing the library needs none of it,
# and the desk shows the list before anything else.
if TYPE_CHECKING:
    from licdesk.domain.model import Clause, License


def iso(value: _dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


def date_or_none(value: str | None) -> _dt.date | None:
    return _dt.date.fromisoformat(value) if value else None


def number_key(number: str) -> str:
    """The form two spellings of one number share (京B2-20192917号 = 京B2-20192917)."""
    from licdesk.domain import numbers

    return numbers.normalize(number)


def license_columns(lic: License) -> dict[str, Any]:
    """The licenses row's own columns (without id, version and timestamps)."""
    return {
        "number": lic.number,
        "number_key": number_key(lic.number),
        "company": lic.company,
        "legal_representative": lic.legal_representative,
        "title": lic.title,
        "preamble": lic.preamble,
        "issuer": lic.issuer,
        "issue_date": iso(lic.issue_date),
        "expiry_date": iso(lic.expiry_date),
        "annex_heading": lic.annex_heading,
        "provisions_intro": lic.provisions_intro,
        "warnings": json.dumps(list(lic.warnings), ensure_ascii=False),
        "categories": json.dumps(lic.categories, ensure_ascii=False),
        "service_names": json.dumps([s.name for s in lic.services], ensure_ascii=False),
    }


def insert_children(conn: sqlite3.Connection, license_id: int, lic: License) -> None:
    """Services, websites with their domains, the clause tree, inspections and events, in order."""
    conn.executemany(
        "INSERT INTO services (license_id, ordinal, name, coverage, remarks) VALUES (?, ?, ?, ?, ?)",
        [(license_id, i, s.name, s.coverage, s.remarks) for i, s in enumerate(lic.services)],
    )
    for i, site in enumerate(lic.annex):
        cursor = conn.execute(
            "INSERT INTO websites (license_id, ordinal, site_name, server_location, access_provider) "
            "VALUES (?, ?, ?, ?, ?)",
            (license_id, i, site.site_name, site.server_location, site.access_provider),
        )
        website_id = cursor.lastrowid
        conn.executemany(
            "INSERT INTO domains (website_id, ordinal, domain, domain_key) VALUES (?, ?, ?, ?)",
            [(website_id, j, d, domain_key(d)) for j, d in enumerate(site.domains)],
        )
    _insert_clauses(conn, license_id, lic.clauses)
    conn.executemany(
        "INSERT INTO inspections (license_id, ordinal, year, kind, result, authority, date, note) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [(license_id, i, r.year, r.kind, r.result, r.authority, iso(r.date), r.note)
         for i, r in enumerate(lic.inspections)],
    )
    conn.executemany(
        "INSERT INTO events (license_id, ordinal, kind, date, note, filed) VALUES (?, ?, ?, ?, ?, ?)",
        [(license_id, i, e.kind, iso(e.date), e.note, iso(e.filed)) for i, e in enumerate(lic.events)],
    )


def _insert_clauses(conn: sqlite3.Connection, license_id: int, clauses: list[Clause]) -> None:
    """The clause tree in one statement: ids are given here (parents before their children), so no
    row has to be written alone to learn its id.  Inside the write transaction no one else adds rows."""
    next_id = conn.execute("SELECT coalesce(max(id), 0) FROM clauses").fetchone()[0] + 1
    values: list[tuple] = []

    def add(parent_id: int | None, level: list[Clause]) -> None:
        nonlocal next_id
        for ordinal, clause in enumerate(level):
            clause_id, next_id = next_id, next_id + 1
            values.append((clause_id, license_id, parent_id, ordinal, clause.number, clause.label, clause.text,
                           clause.applies_to))
            add(clause_id, clause.children)

    add(None, clauses)
    conn.executemany(
        "INSERT INTO clauses (id, license_id, parent_id, ordinal, number, label, text, applies_to) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", values)


def delete_children(conn: sqlite3.Connection, license_id: int) -> None:
    for table in ("services", "websites", "clauses", "inspections", "events"):
        conn.execute(f"DELETE FROM {table} WHERE license_id = ?", (license_id,))


def domain_key(domain: str) -> str:
    return (domain or "").strip().lower()


def read_license(conn: sqlite3.Connection, row: sqlite3.Row) -> License:
    """The whole License of one licenses row."""
    return read_licenses(conn, [row])[0]


def read_licenses(conn: sqlite3.Connection, license_rows: list[sqlite3.Row]) -> list[License]:
    """Whole Licenses for several licenses rows, in their order, with one query per child table."""
    from licdesk.domain.model import Event, Inspection, License, Service, Website

    ids = [r["id"] for r in license_rows]
    if not ids:
        return []
    marks = ", ".join("?" for _ in ids)

    def grouped(sql: str, key: str = "license_id") -> dict[int, list[sqlite3.Row]]:
        groups: dict[int, list[sqlite3.Row]] = {}
        for r in conn.execute(sql, ids):
            groups.setdefault(r[key], []).append(r)
        return groups

    services = grouped(f"SELECT * FROM services WHERE license_id IN ({marks}) ORDER BY license_id, ordinal")
    websites = grouped(f"SELECT * FROM websites WHERE license_id IN ({marks}) ORDER BY license_id, ordinal")
    domains = grouped(
        "SELECT d.website_id, d.domain FROM domains d JOIN websites w ON w.id = d.website_id "
        f"WHERE w.license_id IN ({marks}) ORDER BY d.website_id, d.ordinal", key="website_id")
    clauses = grouped(f"SELECT * FROM clauses WHERE license_id IN ({marks}) ORDER BY license_id, ordinal, id")
    inspections = grouped(f"SELECT * FROM inspections WHERE license_id IN ({marks}) ORDER BY license_id, ordinal")
    events = grouped(f"SELECT * FROM events WHERE license_id IN ({marks}) ORDER BY license_id, ordinal")

    licenses = []
    for row in license_rows:
        license_id = row["id"]
        licenses.append(License(
            number=row["number"],
            company=row["company"],
            legal_representative=row["legal_representative"],
            title=row["title"],
            preamble=row["preamble"],
            services=[Service(name=r["name"], coverage=r["coverage"], remarks=r["remarks"])
                      for r in services.get(license_id, [])],
            issuer=row["issuer"],
            issue_date=date_or_none(row["issue_date"]),
            expiry_date=date_or_none(row["expiry_date"]),
            annex_heading=row["annex_heading"],
            annex=[
                Website(site_name=r["site_name"], domains=[d["domain"] for d in domains.get(r["id"], [])],
                        server_location=r["server_location"], access_provider=r["access_provider"])
                for r in websites.get(license_id, [])
            ],
            provisions_intro=row["provisions_intro"],
            clauses=_clause_tree(clauses.get(license_id, [])),
            inspections=[
                Inspection(year=r["year"], result=r["result"], authority=r["authority"],
                           date=date_or_none(r["date"]), kind=r["kind"], note=r["note"])
                for r in inspections.get(license_id, [])
            ],
            events=[
                Event(kind=r["kind"], date=_dt.date.fromisoformat(r["date"]), note=r["note"],
                      filed=date_or_none(r["filed"]))
                for r in events.get(license_id, [])
            ],
            warnings=[str(w) for w in json.loads(row["warnings"] or "[]")],
        ))
    return licenses


def _clause_tree(clause_rows: list[sqlite3.Row]) -> list[Clause]:
    """Rebuild the clause tree from its parent links, siblings in their stored order."""
    from licdesk.domain.model import Clause

    by_parent: dict[int | None, list[sqlite3.Row]] = {}
    for r in clause_rows:
        by_parent.setdefault(r["parent_id"], []).append(r)

    def build(parent_id: int | None) -> list[Clause]:
        return [
            Clause(number=r["number"], label=r["label"], text=r["text"], applies_to=r["applies_to"],
                   children=build(r["id"]))
            for r in by_parent.get(parent_id, [])
        ]

    return build(None)


def _descriptive_words(lic: License) -> list[str]:
    words: list[str] = []
    for site in lic.annex:
        words.extend(w for w in (site.site_name, site.server_location, site.access_provider) if w)
    for service in lic.services:
        words.extend(w for w in (service.name, service.coverage) if w)
    return words


def search_columns(lic: License) -> dict[str, str]:
    """The words a search looks through for one license."""
    return {
        "number": lic.number,
        "company": lic.company,
        "legal_representative": lic.legal_representative,
        # The short descriptive words beside the name (the column keeps its first name, "sites"): the
        # sites, where their servers stand and who connects them, and the services with their coverage.
        "sites": "\n".join(_descriptive_words(lic)),
        "domains": "\n".join(lic.domains()),
        "clauses": "\n".join(f"{c.label}{c.text}" for _, c in lic.walk_clauses()),
    }
