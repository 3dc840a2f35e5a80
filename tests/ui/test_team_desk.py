"""The desk on a team library: File → 连接团队库… opens it in the same window, another desk's writes
are told to it, and the way back to the desk's own file."""

from __future__ import annotations

import datetime as dt

import psycopg
import pytest

from licdesk.store import DuplicateLicenseError, Store
from licdesk.store.team import live
from licdesk.store.team.location import TeamLibrary
from licdesk.store.team.roles import init_library
from licdesk.ui.controllers import team as team_controller
from tests.unit.test_store_samples import plain_license


@pytest.fixture
def team(postgres_database: str) -> str:
    with psycopg.connect(postgres_database) as admin:
        init_library(admin)
    with Store.open(postgres_database) as store:
        store.save(plain_license("京B2-20990301", "团队示例有限公司", dt.date(2030, 1, 1)))
    return postgres_database


def test_the_desk_switches_to_a_team_library_and_back(qtbot, window, monkeypatch, team: str) -> None:  # noqa: ANN001
    said: list[str] = []
    monkeypatch.setattr(team_controller, "show_error", lambda _p, _title, text: said.append(text))
    own_file = window.session.store.path
    assert window.team.open_team(TeamLibrary.parse(team), None), said
    assert window.session.store.team_library is not None and window.team.on_team_library()
    assert window.library.model.rowCount() == 1
    assert window.library.counts["all"] == 1 and not window.session.read_only
    assert window.team.open_local()
    assert window.session.store.path == own_file and window.session.store.team_library is None


def test_a_write_tells_the_other_desks_once_it_commits(team: str) -> None:
    listener = live.ChangeListener(TeamLibrary.parse(team))
    try:
        with Store.open(team) as store:
            store.save(plain_license("京B2-20990302", "另一示例有限公司", dt.date(2030, 1, 1)))
            news = list(listener.changes(timeout=2.0))
            assert [(c.kind, c.number, c.pid) for c in news] == [("license", "京B2-20990302", store.server_process)]
            with pytest.raises(DuplicateLicenseError):  # a refused save is told nothing
                store.save(plain_license("京B2-20990302", "重复示例有限公司", dt.date(2030, 1, 1)))
            assert list(listener.changes(timeout=0.3)) == []
            from licdesk.store import review as store_review

            store_review.start_round(store, "京B2-20990302")
            assert [c.kind for c in listener.changes(timeout=2.0)] == ["review"]
            store.delete("京B2-20990302")
            store.purge_many(["京B2-20990302"])
            assert [(c.kind, c.number) for c in listener.changes(timeout=2.0)] == [
                ("license", "京B2-20990302"), ("licenses", "")]
    finally:
        listener.close()
