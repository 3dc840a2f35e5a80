"""Properties of the store over generated licenses and operation sequences: nothing lost, nothing mixed up."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from licdesk.domain.model import Clause, Event, Inspection, License, Service, Website
from licdesk.store import Store
from licdesk.store.backups import create_backup, restore_backup
from licdesk.store.hygiene import clean_license, has_suspect_characters

PROFILE = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Any text a clerk could type or paste, control characters included (the store drops them); not lone
# surrogates (not text).
TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)
OPTIONAL = st.none() | TEXT
DATES = st.none() | st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2099, 12, 31))
NUMBERS = ["京B2-20990001", "沪B1.B2-20990002", "B1-20990003", "粤B2-20990004"]


def clauses(depth: int = 2) -> st.SearchStrategy[list[Clause]]:
    children = clauses(depth - 1) if depth > 0 else st.just([])
    return st.lists(st.builds(Clause, number=st.integers(1, 99), label=TEXT, text=TEXT, applies_to=OPTIONAL,
                              children=children), max_size=3)


def licenses(number: st.SearchStrategy[str] = st.sampled_from(NUMBERS)) -> st.SearchStrategy[License]:
    return st.builds(
        License,
        number=number,
        company=TEXT,
        legal_representative=TEXT,
        title=OPTIONAL,
        preamble=OPTIONAL,
        services=st.lists(st.builds(Service, name=TEXT, coverage=OPTIONAL, remarks=OPTIONAL), max_size=4),
        issuer=OPTIONAL,
        issue_date=DATES,
        expiry_date=DATES,
        annex_heading=OPTIONAL,
        annex=st.lists(st.builds(Website, site_name=OPTIONAL, domains=st.lists(TEXT, max_size=3),
                                 server_location=OPTIONAL, access_provider=OPTIONAL), max_size=3),
        provisions_intro=OPTIONAL,
        clauses=clauses(),
        inspections=st.lists(st.builds(Inspection, year=st.integers(1990, 2099), result=TEXT, authority=OPTIONAL,
                                       date=DATES, kind=st.sampled_from(["inspection", "annual_report"]),
                                       note=OPTIONAL), max_size=3),
        events=st.lists(st.builds(Event, kind=st.sampled_from(["legal_representative_change", "renewal_applied"]),
                                  date=st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2099, 12, 31)),
                                  note=OPTIONAL, filed=DATES), max_size=2),
        warnings=st.lists(TEXT, max_size=2),
    )


def canonical(lic: License) -> str:
    """The license as the store keeps it: control characters and bidi overrides are removed on the way in."""
    return json.dumps(clean_license(lic).to_dict(), ensure_ascii=False, sort_keys=True)


@PROFILE
@given(licenses())
def test_any_license_comes_back_exactly_and_as_its_first_version(lic: License) -> None:
    with tempfile.TemporaryDirectory() as folder, Store.open(Path(folder) / "p.sqlite3") as store:
        store.save(lic)
        assert canonical(store.load(lic.number)) == canonical(lic)
        assert canonical(store.load_version(lic.number, 1)) == canonical(lic)
        assert store.check() == []
        stored = json.dumps(store.load(lic.number).to_dict(), ensure_ascii=False)
        assert not has_suspect_characters(json.loads(stored)["company"] + json.loads(stored)["number"])


OPERATIONS = st.lists(st.tuples(st.sampled_from(["save", "replace", "delete", "undelete", "purge"]),
                                st.sampled_from(NUMBERS), st.integers(0, 3)), max_size=25)


@PROFILE
@given(OPERATIONS, st.lists(licenses(), min_size=4, max_size=4))
def test_any_sequence_of_operations_matches_a_simple_model(operations, variants) -> None:
    """The library equals a dict kept beside it; each license keeps one version per save since it was created."""
    live: dict[str, License] = {}
    trash: dict[str, License] = {}
    saves: dict[str, int] = {}
    with tempfile.TemporaryDirectory() as folder, Store.open(Path(folder) / "p.sqlite3") as store:
        for action, number, which in operations:
            lic = dataclasses.replace(variants[which], number=number)
            exists = number in live or number in trash
            if action == "save" and not exists:
                store.save(lic)
                live[number], saves[number] = lic, 1
            elif action == "replace" and exists:
                store.save(lic, replace=True, expected_version=store.version(number))
                trash.pop(number, None)
                live[number] = lic
                saves[number] += 1
            elif action == "delete" and number in live:
                store.delete(number)
                trash[number] = live.pop(number)
            elif action == "undelete" and number in trash:
                store.undelete(number)
                live[number] = trash.pop(number)
            elif action == "purge" and number in trash:
                store.purge(number)
                del trash[number], saves[number]
        assert {lic.number: canonical(lic) for lic in store.licenses()} == {n: canonical(v) for n, v in live.items()}
        assert {s.number for s in store.list_trash()} == set(trash)
        for number, count in saves.items():
            kept = store.versions(number)
            assert [v.version for v in kept] == list(range(count, 0, -1))
            current = live.get(number) or trash[number]
            assert canonical(store.load_version(number, count)) == canonical(current)
        assert store.check_database().database_sound


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(licenses(), min_size=1, max_size=4))
def test_backup_then_restore_gives_back_every_license(variants) -> None:
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "p.sqlite3"
        with Store.open(db) as store:
            store.save_many([dataclasses.replace(v, number=NUMBERS[i]) for i, v in enumerate(variants)])
            before = [canonical(lic) for lic in store.licenses()]
        made = create_backup(db, "manual")
        with Store.open(db) as store:
            for number in [lic.number for lic in store.licenses()]:
                store.delete(number)
                store.purge(number)
        restore_backup(db, made)
        with Store.open(db) as store:
            assert [canonical(lic) for lic in store.licenses()] == before
