"""A team library's server lost during a save: the editor keeps the clerk's changes, says so, and the
next save (once the server answers again) stores them whole; the library never holds half a license."""

from __future__ import annotations

import time

import psycopg

from licdesk.importer import read_license
from licdesk.paths import resource_path
from licdesk.store import Store
from licdesk.store.team.location import TeamLibrary
from licdesk.ui.controllers import editing as editing_controller
from tests.ui.test_editing import _type


def _drop_connection(url: str, pid: int) -> None:
    """What a network cut does to the desk: the server ends the desk's connection (and it is gone)."""
    with psycopg.connect(url, autocommit=True, application_name="licdesk-test-admin") as admin:
        admin.execute("SELECT pg_terminate_backend(%s)", (pid,))
        deadline = time.monotonic() + 5
        while admin.execute("SELECT 1 FROM pg_stat_activity WHERE pid = %s", (pid,)).fetchone():
            assert time.monotonic() < deadline, "the server did not end the connection"
            time.sleep(0.02)


def test_a_save_cut_off_keeps_the_changes_and_saves_them_when_asked_again(qtbot, make_window, store,  # noqa: ANN001
                                                                          team: str, monkeypatch) -> None:
    lic = read_license(resource_path("samples", "sample_icp_shanghai.txt").read_bytes())
    with Store.open(team) as colleague:
        colleague.save(lic)
    window = make_window(store)
    assert window.team.open_team(TeamLibrary.parse(team), None)
    window.team.stop_live_updates()  # this test looks at the save alone
    window.select_license(lic.number)
    qtbot.waitUntil(lambda: window.current_number() == lic.number, timeout=2000)
    assert window.editing.edit_current()
    _type(qtbot, window.editing.editor.certificate.edits["legal_representative"], "孙示例")
    said: list[str] = []
    monkeypatch.setattr(editing_controller, "show_error", lambda _p, _title, text: said.append(text))
    team_store = window.session.store
    real_save = type(team_store).save
    cut: list[int] = []

    def save_cut_off(self, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        if not cut:  # the line goes down just as the clerk saves
            cut.append(self.backend_pid)
            _drop_connection(team, self.backend_pid)
        return real_save(self, *args, **kwargs)

    monkeypatch.setattr(type(team_store), "save", save_cut_off)
    assert window.editing.save() is False
    assert said and "连接中断" in said[0] and "您的修改仍在编辑器中" in said[0]
    assert window.editing.active  # still editing, the typed name still there
    assert window.editing.editor.certificate.edits["legal_representative"].text() == "孙示例"
    with Store.open(team) as check:
        kept = check.load(lic.number)
        assert kept is not None and kept.legal_representative == lic.legal_representative  # nothing half-written

    assert window.editing.save() is True  # the store connects again by itself
    assert not window.editing.active
    with Store.open(team) as check:
        saved = check.load(lic.number)
        assert saved is not None and saved.legal_representative == "孙示例"
        assert saved.annex == lic.annex and saved.clauses == lic.clauses
