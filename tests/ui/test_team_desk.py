"""Two desks on one team library: a colleague's import, save and removal reach the other desk within a
second, through the server's own news (LISTEN/NOTIFY), and a conflicting edit is caught."""

from __future__ import annotations

import pytest

from licdesk.importer import read_license
from licdesk.paths import resource_path
from licdesk.store import ConflictError, Store
from licdesk.store.team.location import TeamLibrary


def _sample(name: str = "sample_icp_shanghai.txt"):  # noqa: ANN202
    return read_license(resource_path("samples", name).read_bytes())


def _listed(window) -> list[str]:  # noqa: ANN001
    model = window.library.model
    return [summary.number for row in range(model.rowCount()) if (summary := model.summary_at(row)) is not None]


def test_a_colleagues_import_save_and_removal_reach_the_desk(qtbot, make_window, store, team: str) -> None:  # noqa: ANN001
    window = make_window(store)
    assert window.team.open_team(TeamLibrary.parse(team), None)
    assert window.session.store.is_team_library and not window.read_only
    qtbot.waitUntil(lambda: window.team._live is not None and window.team._live.listening.is_set(), timeout=5000)
    lic = _sample()
    with Store.open(team) as colleague:
        colleague.save(lic)
        qtbot.waitUntil(lambda: lic.number in _listed(window), timeout=1000)
        window.select_license(lic.number)
        qtbot.waitUntil(lambda: window.license is not None and window.license.number == lic.number, timeout=2000)
        changed = colleague.load(lic.number)
        changed.legal_representative = "钱十二"
        colleague.save(changed, replace=True)
        qtbot.waitUntil(lambda: window.license is not None and window.license.legal_representative == "钱十二",
                        timeout=1000)
        colleague.delete(lic.number)
        qtbot.waitUntil(lambda: lic.number not in _listed(window), timeout=1000)


def test_a_stale_save_from_another_desk_is_a_conflict(team: str) -> None:
    lic = _sample()
    with Store.open(team) as mine, Store.open(team) as theirs:
        mine.save(lic)
        my_version = mine.version(lic.number)
        their_copy = theirs.load(lic.number)
        assert their_copy is not None
        their_copy.company = "示例甲科技有限公司"
        theirs.save(their_copy, replace=True, expected_version=theirs.version(lic.number))
        my_copy = mine.load(lic.number)
        assert my_copy is not None
        my_copy.company = "示例乙科技有限公司"
        with pytest.raises(ConflictError):
            mine.save(my_copy, replace=True, expected_version=my_version)
        assert mine.load(lic.number).company == "示例甲科技有限公司"  # type: ignore[union-attr]


def test_a_license_being_edited_elsewhere_is_shown_as_such(qtbot, make_window, store, team: str) -> None:  # noqa: ANN001
    lic = _sample()
    with Store.open(team) as colleague:
        colleague.save(lic)
        window = make_window(store)
        assert window.team.open_team(TeamLibrary.parse(team), None)
        qtbot.waitUntil(lambda: window.team._live.listening.is_set(), timeout=5000)
        window.select_license(lic.number)
        qtbot.waitUntil(lambda: window.current_number() == lic.number, timeout=2000)
        presence = window.team._presence
        assert not presence.isVisible()
        colleague.begin_editing(lic.number)
        qtbot.waitUntil(presence.isVisible, timeout=1000)
        assert colleague.db_user in presence.message.text() and lic.number in presence.message.text()
        colleague.end_editing(lic.number)
        qtbot.waitUntil(lambda: not presence.isVisible(), timeout=1000)
        # And the other way round: this desk's edit mode is seen by the colleague.
        assert window.editing.edit_current()
        assert colleague.editors(lic.number) == [window.session.store.db_user]
        window.editing.leave()
        assert colleague.editors(lic.number) == []


def test_the_desk_goes_back_to_its_own_file(qtbot, make_window, store, team: str) -> None:  # noqa: ANN001
    window = make_window(store)
    own_file = window.session.store.path
    assert window.team.open_team(TeamLibrary.parse(team), None)
    assert window.session.store.team_library is not None and window.library.counts["all"] == 0
    assert window.team.open_local()
    assert window.session.store.path == own_file and window.session.store.team_library is None
