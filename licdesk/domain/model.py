"""The License aggregate: the one language the importer, store, desk and printer speak.

Plain dataclasses, no I/O.  `License.to_dict()` gives the JSON of `license.schema.json`
(the shape `licdesk parse --json` prints and `licdesk export --format json` writes) and
`License.from_dict()` reads it back, so the two round-trip without loss.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from typing import Any, Iterator

from licdesk.domain import numbers
from licdesk.domain.status import DUE_SOON_DAYS, license_status

# Kinds of yearly record.  Annual inspection (年检) was replaced by the annual report (年报) in 2017.
INSPECTION = "inspection"
ANNUAL_REPORT = "annual_report"
RECORD_KINDS = (INSPECTION, ANNUAL_REPORT)


@dataclass
class Service:
    """One business type on the certificate, with its coverage and qualifiers."""

    name: str
    coverage: str | None = None
    remarks: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "coverage": self.coverage, "remarks": self.remarks}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Service:
        return cls(name=data["name"], coverage=data.get("coverage"), remarks=data.get("remarks"))


@dataclass
class Website:
    """One website of the annex (附页)."""

    site_name: str | None = None
    domains: list[str] = field(default_factory=list)
    server_location: str | None = None
    access_provider: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "site_name": self.site_name,
            "domains": list(self.domains),
            "server_location": self.server_location,
            "access_provider": self.access_provider,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Website:
        return cls(
            site_name=data.get("site_name"),
            domains=[str(d) for d in data.get("domains") or []],
            server_location=data.get("server_location"),
            access_provider=data.get("access_provider"),
        )


@dataclass
class Clause:
    """A node of the special provisions (特别规定事项) tree.

    `number` is the ordinal within the parent (十五 → 15), `label` the document's own
    numbering (十五、 or （三）), `text` the clause's own words without label or children.
    """

    number: int
    label: str
    text: str
    applies_to: str | None = None
    children: list[Clause] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "label": self.label,
            "text": self.text,
            "applies_to": self.applies_to,
            "children": [c.to_dict() for c in self.children],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Clause:
        return cls(
            number=int(data["number"]),
            label=data["label"],
            text=data.get("text") or "",
            applies_to=data.get("applies_to"),
            children=[cls.from_dict(c) for c in data.get("children") or []],
        )

    def walk(self, path: tuple[int, ...] = ()) -> Iterator[tuple[tuple[int, ...], Clause]]:
        """Yield (path of ordinals, clause) for this clause and all below it, depth first."""
        here = path + (self.number,)
        yield here, self
        for child in self.children:
            yield from child.walk(here)


@dataclass
class Inspection:
    """A yearly record: an annual inspection stamp (年检) or an annual report filing (年报)."""

    year: int
    result: str
    authority: str | None = None
    date: _dt.date | None = None  # the stamp date, or the filing date of a report
    kind: str = INSPECTION
    note: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "year": self.year,
            "result": self.result,
            "authority": self.authority,
            "date": _iso(self.date),
            "kind": self.kind,
            "note": self.note,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Inspection:
        return cls(
            year=int(data["year"]),
            result=data["result"],
            authority=data.get("authority"),
            date=_date(data.get("date")),
            kind=data.get("kind") or INSPECTION,
            note=data.get("note"),
        )


@dataclass
class Event:
    """Something that happened to the company and starts a reporting duty, or marks one done.

    `kind` is a stable identifier (e.g. "legal_representative_change", "security_assessment",
    "renewal_applied"); the deadline engine knows what each kind triggers.  `filed` is the date
    the follow-up filing was made, when it has been.
    """

    kind: str
    date: _dt.date
    note: str | None = None
    filed: _dt.date | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "date": _iso(self.date), "note": self.note, "filed": _iso(self.filed)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Event:
        when = _date(data.get("date"))
        if when is None:
            raise ValueError("an event needs a date")
        return cls(kind=str(data["kind"]), date=when, note=data.get("note"), filed=_date(data.get("filed")))


@dataclass
class License:
    """One value-added telecom operating license with its annex, provisions and records."""

    number: str
    company: str = ""
    legal_representative: str = ""
    title: str | None = None
    preamble: str | None = None
    services: list[Service] = field(default_factory=list)
    issuer: str | None = None
    issue_date: _dt.date | None = None
    expiry_date: _dt.date | None = None
    annex_heading: str | None = None  # 「…获准经营…相关信息」
    annex: list[Website] = field(default_factory=list)
    provisions_intro: str | None = None  # 「《特别规定事项》是经营许可证重要组成部分…」
    clauses: list[Clause] = field(default_factory=list)
    inspections: list[Inspection] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # what the reader could not place

    # -- derived from the number -------------------------------------------------------
    @property
    def parsed_number(self) -> numbers.LicenseNumber:
        return numbers.parse(self.number)

    @property
    def region(self) -> str | None:
        return self.parsed_number.region

    @property
    def categories(self) -> list[str]:
        return list(self.parsed_number.categories)

    @property
    def cross_regional(self) -> bool:
        if self.title and "跨地区" in self.title:
            return True
        if self.preamble and "跨地区" in self.preamble:
            return True
        parsed = self.parsed_number
        return parsed.valid and parsed.region is None

    @property
    def effective_issuer(self) -> str | None:
        """The issuer as printed, else the authority the number's prefix names."""
        if self.issuer:
            return self.issuer
        if self.cross_regional:
            return numbers.MINISTRY
        return numbers.issuer_for(self.region)

    def domains(self) -> list[str]:
        return [d for site in self.annex for d in site.domains]

    def walk_clauses(self) -> Iterator[tuple[tuple[int, ...], Clause]]:
        for clause in self.clauses:
            yield from clause.walk()

    def status(self, today: _dt.date, soon_days: int = DUE_SOON_DAYS) -> str:
        """valid / expiring (renewal due within `soon_days`) / expired / unknown."""
        return license_status(self.expiry_date, today, soon_days)

    # -- JSON ------------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        """The schema JSON; key order is fixed so that the same data gives the same bytes."""
        return {
            "number": self.number,
            "region": self.region,
            "categories": self.categories,
            "cross_regional": self.cross_regional,
            "title": self.title,
            "preamble": self.preamble,
            "company": self.company,
            "legal_representative": self.legal_representative,
            "services": [s.to_dict() for s in self.services],
            "issuer": self.issuer,
            "issue_date": _iso(self.issue_date),
            "expiry_date": _iso(self.expiry_date),
            "annex_heading": self.annex_heading,
            "annex": [w.to_dict() for w in self.annex],
            "provisions_intro": self.provisions_intro,
            "clauses": [c.to_dict() for c in self.clauses],
            "inspections": [i.to_dict() for i in self.inspections],
            "events": [e.to_dict() for e in self.events],
            "warnings": list(self.warnings),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> License:
        """Read the schema JSON (derived keys such as region are recomputed, not trusted)."""
        return cls(
            number=str(data["number"]),
            company=data.get("company") or "",
            legal_representative=data.get("legal_representative") or "",
            title=data.get("title"),
            preamble=data.get("preamble"),
            services=[Service.from_dict(s) for s in data.get("services") or []],
            issuer=data.get("issuer"),
            issue_date=_date(data.get("issue_date")),
            expiry_date=_date(data.get("expiry_date")),
            annex_heading=data.get("annex_heading"),
            annex=[Website.from_dict(w) for w in data.get("annex") or []],
            provisions_intro=data.get("provisions_intro"),
            clauses=[Clause.from_dict(c) for c in data.get("clauses") or []],
            inspections=[Inspection.from_dict(i) for i in data.get("inspections") or []],
            events=[Event.from_dict(e) for e in data.get("events") or []],
            warnings=[str(w) for w in data.get("warnings") or []],
        )


def _iso(value: _dt.date | None) -> str | None:
    return value.isoformat() if value else None


def _date(value: Any) -> _dt.date | None:
    if value in (None, ""):
        return None
    if isinstance(value, _dt.date):
        return value
    return _dt.date.fromisoformat(str(value))
