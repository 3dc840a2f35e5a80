"""Live news between desks on one team library (LISTEN/NOTIFY) and who is editing what, on a real server."""

from __future__ import annotations

import psycopg
import pytest

from licdesk.store.team import live
from licdesk.store.team.location import TeamLibrary


def test_news_travels_only_when_its_transaction_commits(postgres_database: str) -> None:
    library = TeamLibrary.parse(postgres_database)
    listener = live.ChangeListener(library)
    try:
        with psycopg.connect(postgres_database) as writer:
            with writer.transaction():
                live.announce(writer, live.Change("license", "沪B2-20990001"))
                assert list(listener.changes(timeout=0.2)) == []  # not yet committed: no news
            writer_pid = writer.info.backend_pid
            got = list(listener.changes(timeout=2.0))
            assert [(c.kind, c.number, c.pid) for c in got] == [("license", "沪B2-20990001", writer_pid)]
            try:
                with writer.transaction():
                    live.announce(writer, live.Change("licenses"))
                    raise RuntimeError("the write fails")
            except RuntimeError:
                pass
            assert list(listener.changes(timeout=0.3)) == []  # rolled back: nothing to tell
    finally:
        listener.close()


@pytest.mark.parametrize("payload", [
    "", "not json", "[1, 2]", '{"kind": "drop table"}', '{"kind": "license", "number": 5}',
    '{"kind": "license", "number": "' + "x" * 500 + '"}', "[" * 100000,
])
def test_news_of_another_shape_is_ignored(payload: str) -> None:
    assert live.parse_change(payload) is None


def test_an_absurd_number_becomes_general_news() -> None:
    change = live.Change("license", "号" * 5000)
    assert live.parse_change(change.payload()) == live.Change("licenses", "")


def test_another_desk_editing_a_license_is_seen_until_it_stops_or_goes(postgres_database: str) -> None:
    with psycopg.connect(postgres_database, autocommit=True) as mine, \
            psycopg.connect(postgres_database, autocommit=True) as theirs:
        user = theirs.execute("select current_user").fetchone()[0]  # type: ignore[index]
        assert live.editors(mine, "京B2-20990002") == []
        live.begin_editing(theirs, "京B2-20990002")
        assert live.editors(mine, "京B2-20990002") == [user]
        assert live.editors(mine, "京B2-20990003") == []  # another license is not marked
        assert live.editors(theirs, "京B2-20990002") == []  # a desk is not told about itself
        live.begin_editing(mine, "京B2-20990002")  # both at once: neither waits
        assert live.editors(theirs, "京B2-20990002") == [user] and live.editors(mine, "京B2-20990002") == [user]
        live.end_editing(mine, "京B2-20990002")
        live.end_editing(theirs, "京B2-20990002")
        assert live.editors(mine, "京B2-20990002") == []
        live.begin_editing(theirs, "京B2-20990002")
    with psycopg.connect(postgres_database, autocommit=True) as later:  # their desk went away
        assert live.editors(later, "京B2-20990002") == []


def test_an_attachment_added_or_removed_is_news_of_its_license(postgres_database: str) -> None:
    from licdesk.store import Store
    from licdesk.store.team.roles import init_library
    from tests.unit.test_store_samples import rich_license

    with psycopg.connect(postgres_database) as admin:
        init_library(admin)
    with Store.open(postgres_database) as store:
        store.save(rich_license())
        listener = live.ChangeListener(TeamLibrary.parse(postgres_database))
        try:
            info = store.add_attachment("京B1.B2-20990001", "正本.pdf", b"%PDF-1.4\n%%EOF\n")
            got = list(listener.changes(timeout=2.0))
            assert ("license", "京B1.B2-20990001", store.backend_pid) in [(c.kind, c.number, c.pid) for c in got]
            store.remove_attachment(info.id)
            got = list(listener.changes(timeout=2.0))
            assert [(c.kind, c.number) for c in got] == [("license", "京B1.B2-20990001")]
        finally:
            listener.close()
