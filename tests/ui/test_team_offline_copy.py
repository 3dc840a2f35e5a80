"""File → 带走离线副本… on a team library: a save dialog in Documents, the copy written in the background, a
message that opens its folder; the copy opened in the desk says where it came from."""

from __future__ import annotations

from pathlib import Path

import pytest

from licdesk.cli import run
from licdesk.importer import read_license
from licdesk.paths import resource_path
from licdesk.store import Store
from licdesk.store.team.location import TeamLibrary
from licdesk.ui.controllers import team as team_controller


@pytest.fixture
def team_url(postgres_database: str) -> str:
    assert run(["team", "init", "--db", postgres_database]) == 0
    with Store.open(postgres_database) as library:
        library.save(read_license(resource_path("samples", "sample_icp_shanghai.txt").read_bytes()))
    return postgres_database


def test_the_offline_copy_is_taken_from_a_team_library_and_opens_as_one(
        qtbot, make_window, store, team_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    window = make_window(store)
    action = window.actions_by_name["team_snapshot"]
    assert not action.isEnabled()  # on the clerk's own file there is nothing to take along
    assert window.team.open_team(TeamLibrary.parse(team_url), None)
    assert action.isEnabled()
    assert action in window.menuBar().actions()[0].menu().actions()  # in the File menu

    asked: dict[str, str] = {}
    target = tmp_path / "带走" / "团队库副本"
    target.parent.mkdir()

    def save_name(parent, title, start, filters):  # noqa: ANN001, ANN202
        asked.update(title=title, start=start, filters=filters)
        return str(target), filters

    monkeypatch.setattr(team_controller.QFileDialog, "getSaveFileName", save_name)
    opened: list[Path] = []
    monkeypatch.setattr(window.exporting, "open_folder", lambda folder: opened.append(folder) or True)
    action.trigger()
    qtbot.waitUntil(lambda: window.team.message is not None and window.team.message.isVisible(), timeout=10000)
    written = target.with_name("团队库副本.sqlite3")
    assert asked["title"] == "带走离线副本" and asked["start"].endswith(".sqlite3") and "*.sqlite3" in asked["filters"]
    box = window.team.message
    assert str(written) in box.text() and "1 张许可证" in box.text()
    [folder_button] = [b for b in box.buttons() if b.text() == "打开所在文件夹"]
    folder_button.click()
    assert opened == [written.parent]
    box.close()

    with Store.open(written, readonly=True) as copy:
        assert copy.count() == 1

    monkeypatch.setattr(team_controller.QFileDialog, "getOpenFileName", lambda *a, **k: (str(written), ""))
    assert window.team.open_offline_copy()
    assert not window.session.store.is_team_library and not action.isEnabled()
    badge = window.findChild(type(window.status_label), "offline_copy_badge")
    assert badge is not None and badge.isVisible()
    assert badge.text().startswith("离线副本，取自 ") and TeamLibrary.parse(team_url).describe() in badge.text()
    assert window.library.counts.get("all") == 1


def test_the_copy_never_replaces_the_clerk_s_own_file(qtbot, make_window, store, team_url: str,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    window = make_window(store)
    own = Path(store.path)
    assert window.team.open_team(TeamLibrary.parse(team_url), None)
    monkeypatch.setattr(team_controller.QFileDialog, "getSaveFileName", lambda *a, **k: (str(own), ""))
    shown: list[str] = []
    monkeypatch.setattr(team_controller, "show_error", lambda parent, title, text: shown.append(text))
    before = own.read_bytes()
    window.team.take_offline_copy()
    assert shown and "本机的数据库文件" in shown[0]
    assert own.read_bytes() == before and window.team.message is None


@pytest.fixture
def english(qapp):  # noqa: ANN001, ANN201
    from PySide6.QtWidgets import QApplication

    from licdesk.ui.i18n import install_translator

    install_translator(QApplication.instance(), "en")
    yield
    install_translator(QApplication.instance(), "zh_CN")


def test_an_offline_copy_says_so_in_english_and_the_menu_reads_in_english(english, make_window, store) -> None:  # noqa: ANN001
    import re

    from licdesk.store import library_meta

    library_meta.put(store, library_meta.SNAPSHOT_SOURCE, "db.example.cn:5432/licdesk")
    library_meta.put(store, library_meta.SNAPSHOT_TAKEN_AT, "2026-12-02T06:05:00+00:00")
    window = make_window(store)
    badge = window.findChild(type(window.status_label), "offline_copy_badge")
    assert badge.isVisible() and badge.text().startswith("Offline copy, taken from db.example.cn:5432/licdesk on ")
    assert not re.search(r"[\u4e00-\u9fff]", badge.text() + badge.toolTip())
    for name in ("team_snapshot", "open_copy"):
        action = window.actions_by_name[name]
        assert action.text() and not re.search(r"[\u4e00-\u9fff]", action.text() + action.toolTip())


def test_back_up_now_on_a_team_library_takes_an_offline_copy(qtbot, make_window, store, team_url: str,
                                                             tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    window = make_window(store)
    assert window.team.open_team(TeamLibrary.parse(team_url), None)
    titles: list[str] = []

    def save_name(parent, title, start, filters):  # noqa: ANN001, ANN202
        titles.append(title)
        return str(tmp_path / "备份.sqlite3"), filters

    monkeypatch.setattr(team_controller.QFileDialog, "getSaveFileName", save_name)
    window.backup_now_action.trigger()
    qtbot.waitUntil(lambda: window.team.message is not None and window.team.message.isVisible(), timeout=10000)
    assert titles == ["带走离线副本"]
    window.team.message.close()
    with Store.open(tmp_path / "备份.sqlite3", readonly=True) as copy:
        assert copy.count() == 1
