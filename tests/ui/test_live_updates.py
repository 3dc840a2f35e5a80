"""Another desk's news on a team library becomes this desk's session signals, within a second."""

from __future__ import annotations

from pathlib import Path

import psycopg

from licdesk.store.team import live
from licdesk.store.team.location import TeamLibrary
from licdesk.ui.common.live_updates import LiveUpdates
from licdesk.ui.session import DeskSession


def _started(qtbot, url: str, own_process: int = 0) -> tuple[DeskSession, LiveUpdates]:  # noqa: ANN001
    session = DeskSession(None)
    updates = LiveUpdates(session, TeamLibrary.parse(url), None, own_process=lambda: own_process)
    updates.start()
    assert updates.listening.wait(10)
    return session, updates


def test_a_colleagues_save_reaches_the_session(qtbot, postgres_database: str) -> None:  # noqa: ANN001
    session, updates = _started(qtbot, postgres_database)
    try:
        with psycopg.connect(postgres_database, autocommit=True) as colleague:
            with qtbot.waitSignal(session.license_changed, timeout=1000) as changed, \
                    qtbot.waitSignal(session.licenses_changed, timeout=1000):
                live.announce(colleague, live.Change("license", "沪B2-20990001"))
            assert changed.args == ["沪B2-20990001"]
            with qtbot.waitSignal(session.reviews_changed, timeout=1000) as reviewed:
                live.announce(colleague, live.Change("review", "沪B2-20990001"))
            assert reviewed.args == ["沪B2-20990001"]
            with qtbot.waitSignal(session.editing_changed, timeout=1000) as editing:
                live.begin_editing(colleague, "沪B2-20990001")
            assert editing.args == ["沪B2-20990001"]
    finally:
        updates.stop()


def test_the_desks_own_news_is_not_delivered_twice(qtbot, postgres_database: str) -> None:  # noqa: ANN001
    with psycopg.connect(postgres_database, autocommit=True) as mine:
        session, updates = _started(qtbot, postgres_database, own_process=mine.info.backend_pid)
        try:
            with qtbot.assertNotEmitted(session.license_changed, wait=700):
                live.announce(mine, live.Change("license", "沪B2-20990001"))
        finally:
            updates.stop()


def test_a_server_that_cannot_be_reached_is_said_once(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    session = DeskSession(None)
    updates = LiveUpdates(session, TeamLibrary.parse(f"postgresql://clerk@/licdesk?host={tmp_path}&port=5999"), None)
    with qtbot.waitSignal(updates.lost, timeout=5000) as lost:
        updates.start()
    assert "无法连接" in lost.args[0]
    updates.stop()
    assert not updates.listening.is_set()
