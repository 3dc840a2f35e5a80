"""A team library's server that goes away: a banner, a read-only desk, and back to normal once it returns."""

from __future__ import annotations

from pathlib import Path

from licdesk.store.team.location import TeamLibrary


def _unreachable(tmp_path: Path) -> TeamLibrary:
    return TeamLibrary.parse(f"postgresql://clerk@/licdesk?host={tmp_path}&port=5999")


def test_a_lost_server_makes_the_desk_read_only_under_a_banner(qtbot, window, tmp_path: Path) -> None:  # noqa: ANN001
    assert window.import_action.isEnabled() and not window.read_only
    with qtbot.waitSignal(window.session.connection_changed, timeout=5000) as changed:
        window.team.start_live_updates(_unreachable(tmp_path), None)
    assert changed.args == [False]
    banner = window.team._banner
    assert banner is not None and banner.isVisible()
    assert "正在自动重新连接" in banner.message.text()
    assert window.read_only and not window.import_action.isEnabled() and not window.edit_action.isEnabled()
    assert window.print_action.isEnabled() == window.print_action.isEnabled()  # showing and printing stay
    with qtbot.waitSignal(window.session.connection_changed, timeout=5000) as changed:
        window.team.stop_live_updates()
    assert changed.args == [True]
    assert not banner.isVisible() and not window.read_only and window.import_action.isEnabled()


def test_a_reachable_server_shows_no_banner(qtbot, window, postgres_database: str) -> None:  # noqa: ANN001
    with qtbot.assertNotEmitted(window.session.connection_changed, wait=1500):
        window.team.start_live_updates(TeamLibrary.parse(postgres_database), None)
    assert window.team._live.listening.is_set()
    assert not window.team._banner.isVisible() and not window.read_only
    window.team.stop_live_updates()


def test_the_listening_ends_quietly_when_its_owner_goes(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    from PySide6.QtCore import QCoreApplication, QEvent, QObject

    from licdesk.ui.common.live_updates import LiveUpdates
    from licdesk.ui.session import DeskSession

    owner = QObject()
    live = LiveUpdates(DeskSession(None), _unreachable(tmp_path), None, parent=owner)
    live.start()
    thread = live._thread
    assert thread is not None
    owner.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    thread.join(timeout=10)
    assert not thread.is_alive()
