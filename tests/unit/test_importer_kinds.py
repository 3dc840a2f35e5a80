"""The importer on texts of every kind clerks bring: tables, annex tables, column layouts, page furniture,
OCR noise, implausible values and look-alike documents.

Each text in tests/data/licenses/kinds has its expected facts beside it (NAME.json, in the shape of the
reference seeds' expected files, plus issuer, title and warnings).  A text whose facts say
"expect_error" must be refused with one clear line, and by the command line with exit 2.
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

from licdesk.cli import run
from licdesk.domain.model import Clause, License
from licdesk.importer import NotALicenseError, read_license
from licdesk.store import Store
from tests.conftest import DATA

KINDS = DATA / "licenses" / "kinds"
EXPECTED = sorted(KINDS.glob("*.json"))
READABLE = [p for p in EXPECTED if not json.loads(p.read_text(encoding="utf-8")).get("expect_error")]
REFUSED = [p for p in EXPECTED if p not in READABLE]


def squash(value: object) -> str | None:
    if value is None:
        return None
    return "".join(unicodedata.normalize("NFKC", str(value)).split())


def facts(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def source_of(path: Path) -> Path:
    return path.parent / facts(path)["source"]


def clause_at(clauses: list[Clause], dotted: str) -> Clause | None:
    node, level = None, clauses
    for part in dotted.split("."):
        node = next((c for c in level if c.number == int(part)), None)
        if node is None:
            return None
        level = node.children
    return node


def differences(want: dict, lic: License) -> list[str]:
    """Every expected fact the license does not hold, as readable lines."""
    got = lic.to_dict()
    misses = []

    def expect(name: str, ok: bool, have: object) -> None:
        if not ok:
            misses.append(f"{name}: want {want.get(name)!r}, got {have!r}")

    for key in ("number", "region", "cross_regional", "company", "legal_representative", "issuer", "title",
                "issue_date", "expiry_date", "categories"):
        if key in want:
            have = got.get(key)
            same = squash(want[key]) == squash(have) if isinstance(want[key], str) or want[key] is None \
                else want[key] == have
            expect(key, same, have)
    if "preamble_starts" in want:
        expect("preamble_starts", squash(lic.preamble or "").startswith(squash(want["preamble_starts"])), lic.preamble)
    if "services" in want:
        names = [squash(s.name) for s in lic.services]
        expect("services", names == [squash(s["name"]) for s in want["services"]], names)
        for i, service in enumerate(want["services"]):
            have = lic.services[i] if i < len(lic.services) else None
            for field in ("coverage", "remarks"):
                if field not in service or have is None:
                    continue
                value = getattr(have, field)
                if not service[field]:
                    ok = not value
                elif field == "remarks":
                    ok = squash(service[field]) in (squash(value) or "")
                else:
                    ok = squash(service[field]) == squash(value)
                if not ok:
                    misses.append(f"services[{i}].{field}: want {service[field]!r}, got {value!r}")
    if "annex" in want:
        if len(lic.annex) != len(want["annex"]):
            misses.append(f"annex: want {len(want['annex'])} sites, got {[s.to_dict() for s in lic.annex]}")
        for i, (site, wanted) in enumerate(zip(lic.annex, want["annex"])):
            for field, value in wanted.items():
                have = getattr(site, field)
                ok = have == value if field == "domains" else squash(value) == squash(have)
                if not ok:
                    misses.append(f"annex[{i}].{field}: want {value!r}, got {have!r}")
    if "clause_count" in want:
        expect("clause_count", len(lic.clauses) == want["clause_count"], [c.label for c in lic.clauses])
    for dotted, count in want.get("clause_children", {}).items():
        node = clause_at(lic.clauses, dotted)
        have = len(node.children) if node else None
        if have != count:
            misses.append(f"clause {dotted} children: want {count}, got {have}")
    for dotted, snippets in want.get("clause_contains", {}).items():
        node = clause_at(lic.clauses, dotted)
        for snippet in snippets:
            if node is None or squash(snippet) not in squash(node.text):
                misses.append(f"clause {dotted} lacks {snippet!r}: {node.text if node else None!r}")
    texts = [squash(c.text) for _, c in lic.walk_clauses()]
    for noise in want.get("clause_must_not_contain", []):
        leaked = [t for t in texts if squash(noise) in t]
        if leaked:
            misses.append(f"page noise {noise!r} in clause text: {leaked[0][:80]!r}")
    for words in want.get("warnings_contain", []):
        if not any(words in w for w in lic.warnings):
            misses.append(f"no warning about {words!r}: {lic.warnings}")
    if want.get("no_warnings") and lic.warnings:
        misses.append(f"unexpected warnings: {lic.warnings}")
    return misses


@pytest.mark.parametrize("expected", READABLE, ids=lambda p: p.stem)
def test_every_kind_of_text_reads_its_expected_facts(expected: Path) -> None:
    lic = read_license(source_of(expected).read_bytes(), source=source_of(expected).name)
    assert differences(facts(expected), lic) == []


@pytest.mark.parametrize("expected", READABLE, ids=lambda p: p.stem)
def test_every_kind_keeps_a_number_and_a_company(expected: Path) -> None:
    lic = read_license(source_of(expected).read_bytes())
    assert lic.number and lic.company


@pytest.mark.parametrize("expected", REFUSED, ids=lambda p: p.stem)
def test_texts_without_a_number_or_a_company_are_refused(expected: Path) -> None:
    with pytest.raises(NotALicenseError) as caught:
        read_license(source_of(expected).read_bytes())
    message = str(caught.value)
    assert facts(expected)["error_contains"] in message
    assert "\n" not in message


@pytest.mark.parametrize("expected", REFUSED, ids=lambda p: p.stem)
def test_the_command_line_refuses_them_with_exit_2_and_one_line(expected: Path, capsys, db_path: Path) -> None:
    reason = facts(expected)["error_contains"]
    assert run(["parse", str(source_of(expected)), "--json"]) == 2
    out, err = capsys.readouterr()
    assert out == "" and len(err.strip().splitlines()) == 1 and reason in err
    assert run(["import", "--db", str(db_path), str(source_of(expected))]) == 2
    out, err = capsys.readouterr()
    assert reason in out + err and "Traceback" not in out + err
    if db_path.exists():  # the store is unchanged: nothing was saved
        with Store.open(db_path) as store:
            assert store.count() == 0


@pytest.mark.parametrize("expected", READABLE, ids=lambda p: p.stem)
def test_parse_import_export_is_lossless(expected: Path, capsys, tmp_path: Path) -> None:
    db = str(tmp_path / "kinds.sqlite3")
    path = str(source_of(expected))
    assert run(["parse", path, "--json"]) == 0
    parsed = json.loads(capsys.readouterr().out)
    assert run(["import", "--db", db, path]) == 0
    capsys.readouterr()
    assert run(["export", "--db", db, "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == [parsed]
