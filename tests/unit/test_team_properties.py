"""The store's properties over generated licenses, on a team library: any text a clerk could type comes back
as the file gives it back, and any sequence of saves, replaces, deletes and purges matches a simple model."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import psycopg
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from licdesk.domain.model import License
from licdesk.store import Store
from tests.unit.test_store_properties import OPERATIONS, canonical, licenses

# One database for all the examples, emptied between them (a new database for each would take long).
PROFILE = settings(max_examples=25, deadline=None,
                   suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])


def _emptied(url: str) -> str:
    with psycopg.connect(url, autocommit=True) as admin:
        admin.execute("TRUNCATE licenses, audit_log RESTART IDENTITY CASCADE")
    return url


@PROFILE
@given(lic=licenses())
def test_any_license_comes_back_as_the_file_gives_it_back(team: str, tmp_path: Path, lic: License) -> None:
    file_path = tmp_path / "p.sqlite3"
    file_path.unlink(missing_ok=True)
    with Store.open(_emptied(team)) as server, Store.open(file_path) as file:
        server.save(lic)
        file.save(lic)
        assert canonical(server.load(lic.number)) == canonical(file.load(lic.number)) == canonical(lic)
        assert canonical(server.load_version(lic.number, 1)) == canonical(lic)
        assert [s.number for s in server.summaries(search=lic.company)] == \
            [s.number for s in file.summaries(search=lic.company)]


@PROFILE
@given(operations=OPERATIONS, variants=st.lists(licenses(), min_size=4, max_size=4))
def test_any_sequence_of_operations_matches_a_simple_model(team: str, operations, variants) -> None:  # noqa: ANN001
    live: dict[str, License] = {}
    trash: dict[str, License] = {}
    saves: dict[str, int] = {}
    with Store.open(_emptied(team)) as store:
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
            assert [v.version for v in store.versions(number)] == list(range(count, 0, -1))
