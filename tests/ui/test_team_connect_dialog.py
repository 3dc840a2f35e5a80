"""File → 连接团队库…: the fields, the recent libraries, the keyring, a real connection test, switching back."""

from __future__ import annotations

from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from licdesk.store.team import credentials
from licdesk.store.team.location import TeamLibrary
from licdesk.ui.controllers import team as team_controller
from licdesk.ui.dialogs.team_connect_dialog import TeamConnectDialog

RECENT = ["postgresql://wang@db.example.cn:5433/licdesk?sslmode=require", "postgresql://li@10.0.0.5/register"]


def _dialog(qtbot, recent=RECENT, local="/home/clerk/licdesk.sqlite3") -> TeamConnectDialog:  # noqa: ANN001
    dialog = TeamConnectDialog(list(recent), local_label=local)
    qtbot.addWidget(dialog)
    return dialog


def test_the_recent_libraries_are_listed_after_the_desks_own_file(qtbot, memory_keyring) -> None:  # noqa: ANN001
    dialog = _dialog(qtbot, recent=RECENT + ["not a url", "postgresql://x:pw@h/db"])
    texts = [dialog.recent_list.item(i).text() for i in range(dialog.recent_list.count())]
    assert texts[0].endswith("/home/clerk/licdesk.sqlite3")
    assert texts[1:] == ["团队库：db.example.cn:5433/licdesk（用户 wang）", "团队库：10.0.0.5/register（用户 li）"]


def test_choosing_a_recent_library_fills_the_fields(qtbot, memory_keyring) -> None:  # noqa: ANN001
    dialog = _dialog(qtbot)
    dialog.recent_list.setCurrentRow(1)
    assert (dialog.host.text(), dialog.port.value(), dialog.database.text(), dialog.user.text()) == \
        ("db.example.cn", 5433, "licdesk", "wang")
    assert dialog.tls.currentData() == "require"
    assert dialog.chosen_library().url == RECENT[0]


def test_the_desks_own_file_needs_no_fields(qtbot, memory_keyring) -> None:  # noqa: ANN001
    dialog = _dialog(qtbot)
    dialog.recent_list.setCurrentRow(0)
    assert not dialog.host.isEnabled() and not dialog.test_button.isEnabled()
    assert dialog.connect_button.text() == "打开本机数据库"
    dialog.connect_button.click()
    assert dialog.result() == dialog.DialogCode.Accepted and dialog.switch_to_local and dialog.library is None


def test_a_missing_field_is_said_and_the_dialog_stays(qtbot, memory_keyring) -> None:  # noqa: ANN001
    dialog = _dialog(qtbot, recent=[])
    dialog.host.setText("db.example.cn")
    dialog.user.setText("")
    dialog.connect_button.click()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "用户名" in dialog.result_label.text()


def test_connecting_remembers_the_password_in_the_keyring_only(qtbot, memory_keyring) -> None:  # noqa: ANN001
    dialog = _dialog(qtbot, recent=[])
    dialog.host.setText("db.example.cn")
    dialog.user.setText("wang")
    dialog.password_box.setText("s3cret")
    dialog.remember.setChecked(True)
    dialog.connect_button.click()
    assert dialog.library is not None and dialog.password == "s3cret"
    assert "s3cret" not in dialog.library.url
    assert credentials.saved_password(dialog.library) == "s3cret"
    again = _dialog(qtbot)  # the next time, an empty password box takes the kept one
    again.host.setText("db.example.cn")
    again.port.setValue(5432)
    again.user.setText("wang")
    again.connect_button.click()
    assert again.password == "s3cret"


def test_removing_a_recent_library_forgets_its_password(qtbot, memory_keyring) -> None:  # noqa: ANN001
    kept = TeamLibrary.parse(RECENT[1])
    credentials.remember_password(kept, "pw")
    dialog = _dialog(qtbot)
    dialog.recent_list.setCurrentRow(2)
    dialog.forget_button.click()
    assert dialog.forgotten == [RECENT[1]] and dialog.recent_list.count() == 2
    assert credentials.saved_password(kept) is None


def test_without_a_keyring_the_choice_is_off_and_says_why(qtbot) -> None:  # noqa: ANN001
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        dialog = _dialog(qtbot)
        assert not dialog.remember.isEnabled() and "钥匙串" in dialog.remember.toolTip()
        dialog.recent_list.setCurrentRow(1)
        assert not dialog.remember.isEnabled()
    finally:
        keyring.set_keyring(previous)


def test_testing_a_live_server_says_it_connected(qtbot, memory_keyring, postgres_url: str) -> None:  # noqa: ANN001
    library = TeamLibrary.parse(postgres_url)
    dialog = _dialog(qtbot, recent=[library.url])
    dialog.recent_list.setCurrentRow(1)
    dialog.test_button.click()
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=15000)
    assert dialog.result_label.text().startswith("连接成功")


def test_testing_a_stopped_server_says_why_in_plain_words(qtbot, memory_keyring, tmp_path: Path) -> None:  # noqa: ANN001
    dialog = _dialog(qtbot, recent=[])
    dialog.host.setText(str(tmp_path))  # a socket folder where no server listens
    dialog.port.setValue(5999)
    dialog.user.setText("clerk")
    dialog.test_button.click()
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=15000)
    assert dialog.result_label.text().startswith("连接失败：连不上服务器")
    assert "(" not in dialog.result_label.text()  # the clerk's words, not the command line's two languages


def test_a_library_that_cannot_be_opened_leaves_the_desk_on_its_file(qtbot, window, monkeypatch,  # noqa: ANN001
                                                                     tmp_path: Path) -> None:
    said: list[str] = []
    monkeypatch.setattr(team_controller, "show_error", lambda _p, _title, text: said.append(text))
    before = window.session.store
    library = TeamLibrary.from_parts(host=str(tmp_path), port=5999, database="licdesk", user="clerk")
    assert window.team.open_team(library, None) is False
    assert window.session.store is before and window.team.recent() == []
    assert said and "连不上服务器" in said[0]


def test_the_action_is_in_the_file_menu(window) -> None:  # noqa: ANN001
    action = window.team_connect_action
    assert action in window.menuBar().actions()[0].menu().actions()
    assert action.isEnabled()


def test_recent_libraries_are_kept_newest_first_without_repeats(window) -> None:  # noqa: ANN001
    first, second = (TeamLibrary.parse(url) for url in RECENT)
    window.team.remember(first)
    window.team.remember(second)
    window.team.remember(first)
    assert window.team.recent() == [RECENT[0], RECENT[1]]
    window.team.forget([RECENT[0]])
    assert window.team.recent() == [RECENT[1]]


def test_at_the_start_the_keyring_is_asked_only_when_the_server_wants_a_password(qtbot, monkeypatch,  # noqa: ANN001
                                                                                team) -> None:
    from licdesk.ui import opening

    monkeypatch.setattr(credentials, "saved_password", lambda _library: (_ for _ in ()).throw(
        AssertionError("the keyring was asked although the server wanted no password")))
    store = opening.open_team_at_start(team, ask=False)
    assert store is not None and store.is_team_library
    store.close()


def test_at_the_start_a_wanted_password_comes_from_the_keyring(qtbot, monkeypatch, memory_keyring) -> None:  # noqa: ANN001
    from licdesk.store.team.connect import TeamConnectError
    from licdesk.ui import opening

    library = TeamLibrary.parse(RECENT[0])
    credentials.remember_password(library, "kept")
    tried: list[str | None] = []

    def server(_library, password):  # noqa: ANN001, ANN202 - a server that wants the kept password
        tried.append(password)
        if password != "kept":
            raise TeamConnectError("password", _library.describe())
        return "the store"

    monkeypatch.setattr(opening, "open_team_store", server)
    assert opening.open_team_at_start(RECENT[0], ask=False) == "the store"
    assert tried == [None, "kept"]
    credentials.forget_password(library)
    tried.clear()
    with pytest.raises(TeamConnectError):  # no kept password and no one to ask: the server's refusal
        opening.open_team_at_start(RECENT[0], ask=False)
    assert tried == [None]

