"""Starting licdesk: screenshots without a screen, a clear refusal without a desktop, fonts, about, bugs."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from licdesk.importer import read_license
from licdesk.paths import resource_path
from licdesk.store import Store
from tests.ui.conftest import SAMPLES
from tests.ui.desk_probe import run_desk_probe, sample_library

ROOT = Path(__file__).resolve().parents[2]


def _run(args: list[str], tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    return subprocess.run([sys.executable, "-m", "licdesk", *args], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=120)


def test_screenshot_without_a_display(tmp_path: Path) -> None:
    db = tmp_path / "shot.sqlite3"
    with Store.open(db) as store:
        store.save(read_license(resource_path("samples", SAMPLES["B1-20204618"]).read_bytes()))
    picture = tmp_path / "desk.png"
    result = _run(["--db", str(db), "--open", "B1-20204618", "--screenshot", str(picture)], tmp_path)
    assert result.returncode == 0, result.stderr
    from PySide6.QtGui import QImage

    image = QImage(str(picture))
    assert (image.width(), image.height()) == (1600, 900)
    assert not (tmp_path / "config" / "licdesk").exists()  # a screenshot leaves the clerk's settings alone


# The desk as `licdesk --screenshot` starts it, reporting which of licdesk's modules are loaded when the
# window first shows and again once the first license is open beside the library.
_LOADED_AT_FIRST_PAINT = """
import json, sys
from licdesk import __main__ as entry
from licdesk.ui import app as desk_app
def report(qapp, window, _path):
    qapp.processEvents()
    shown = sorted(m for m in sys.modules if m.startswith("licdesk"))
    while window.opening_pending:
        qapp.processEvents()
    print(json.dumps({"shown": shown, "settled": sorted(m for m in sys.modules if m.startswith("licdesk")),
                      "license": window.license.number if window.license else None}))
    return 0
desk_app.save_screenshot = report
sys.exit(entry.main(["--db", sys.argv[1], "--screenshot", "unused.png"]))
"""


def test_the_window_shows_before_the_license_panes_and_the_domain_model_load(tmp_path: Path) -> None:
    loaded = run_desk_probe(_LOADED_AT_FIRST_PAINT, sample_library(tmp_path / "start.sqlite3"), tmp_path)
    later = ("licdesk.domain.model", "licdesk.domain.numbers", "licdesk.ui.panes.detail_area", "licdesk.ui.panes.review_pane",
             "licdesk.ui.dialogs.duplicate_question", "licdesk.importer", "licdesk.pdf", "licdesk.store.attachments")
    assert "licdesk.ui.panes.library_pane" in loaded["shown"]
    assert [m for m in later if m in loaded["shown"]] == []
    # The first license then opens in full beside the library, with what it needs.
    assert loaded["license"] in SAMPLES
    assert {"licdesk.domain.model", "licdesk.ui.panes.detail_area"} <= set(loaded["settled"])


def test_without_a_desktop_the_window_explains_instead_of_aborting(tmp_path: Path) -> None:
    result = _run(["--db", str(tmp_path / "x.sqlite3")], tmp_path)
    assert result.returncode == 2
    assert "xvfb-run" in result.stderr and "Aborted" not in result.stderr


def test_bundled_fonts_are_registered(qapp) -> None:  # noqa: ANN001
    from PySide6.QtGui import QFontDatabase

    from licdesk.ui.common.fonts import register_bundled_fonts

    fonts = register_bundled_fonts()
    assert fonts.ui == "WenQuanYi Micro Hei"
    assert fonts.document.startswith("AR PL UMing")
    assert fonts.document in QFontDatabase.families()


def test_about_box_credits_the_fonts_and_their_licenses(qtbot) -> None:  # noqa: ANN001
    from licdesk import __version__
    from licdesk.ui.dialogs.about_dialog import AboutDialog

    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    text = dialog.credits.text()
    assert "AR PL UMing" in text and "Arphic Public License" in text
    assert "WenQuanYi Micro Hei" in text and "Apache" in text and "GPL" in text
    assert any(__version__ in label.text() for label in dialog.findChildren(type(dialog.credits)))


def test_bug_dialog_details_can_be_copied(qtbot) -> None:  # noqa: ANN001
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QPushButton

    from licdesk.ui.dialogs.error_dialog import BugDialog, bug_report

    try:
        raise RuntimeError("示例错误")
    except RuntimeError as exc:
        details = bug_report(type(exc), exc, exc.__traceback__)
    dialog = BugDialog(details)
    qtbot.addWidget(dialog)
    assert "RuntimeError: 示例错误" in dialog.details.toPlainText()
    [copy] = [b for b in dialog.findChildren(QPushButton) if b.text() == "复制详情"]
    copy.click()
    assert "示例错误" in QGuiApplication.clipboard().text()


def test_welcome_page_loads_the_samples(make_window, store) -> None:  # noqa: ANN001
    window = make_window(store)
    assert window.pages.currentWidget() is window.welcome
    window.welcome.samples_button.click()
    assert window.pages.currentWidget() is window.desk
    assert store.count() == 3
    assert window.license is not None
    assert window.status_label.text().startswith("共 3 张许可证")


def test_store_errors_become_messages(make_window, sample_store, monkeypatch) -> None:  # noqa: ANN001
    from licdesk.store import StoreError
    from licdesk.ui import main_window as main_window_module

    window = make_window(sample_store)
    shown = []
    monkeypatch.setattr(main_window_module, "show_error", lambda _p, title, text: shown.append((title, text)))

    def locked(_number: str) -> None:
        raise StoreError("数据库正被另一个程序使用，请关闭其他 licdesk 窗口或稍后再试")

    monkeypatch.setattr(sample_store, "load", locked)
    window.open_license("B1-20204618")
    assert shown == [("数据库问题", "数据库正被另一个程序使用，请关闭其他 licdesk 窗口或稍后再试")]


def test_print_preview_opens_the_rendered_certificate(window, monkeypatch) -> None:  # noqa: ANN001
    action = window.print_action
    assert action.shortcut().toString() == "Ctrl+P"
    assert action.isEnabled()
    from licdesk.ui.dialogs import pdf_preview

    shown = []
    monkeypatch.setattr(pdf_preview.PdfPreviewDialog, "exec", lambda dialog: shown.append(dialog) or 0)
    window.select_license("B1-20204618")
    action.trigger()
    [dialog] = shown
    assert dialog.windowTitle() and "B1-20204618" in dialog.windowTitle()


def test_deadlines_window_opens_from_the_view_menu(window) -> None:  # noqa: ANN001
    window.deadlines_action.trigger()
    page = window.deadlines.page
    assert page is not None and page.isVisible()
    window.close()
    assert not page.isVisible()


def test_keyboard_shortcuts(window, qtbot) -> None:  # noqa: ANN001
    window.activateWindow()
    window.detail.provisions.tree.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.library.search_box.hasFocus()
    shortcuts = {a.shortcut().toString() for a in (window.import_action, window.find_action, window.delete_action,
                                                  window.print_action, window.paste_action)}
    assert shortcuts == {"Ctrl+O", "Ctrl+F", "Del", "Ctrl+P", "Ctrl+Shift+V"}


def test_an_uncaught_error_shows_the_bug_dialog(qapp, monkeypatch) -> None:  # noqa: ANN001
    import sys

    from licdesk.ui.dialogs import error_dialog
    from licdesk.ui.common.excepthook import install_excepthook

    shown = []
    monkeypatch.setattr(error_dialog.BugDialog, "exec", lambda dialog: shown.append(dialog) or 0)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    install_excepthook()
    try:
        raise ValueError("示例程序错误")
    except ValueError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    [dialog] = shown
    assert "ValueError: 示例程序错误" in dialog.details.toPlainText()


def test_a_database_in_use_opens_read_only(make_window, sample_store, db_path) -> None:  # noqa: ANN001
    from licdesk.ui.opening import open_store

    with Store.open(db_path, lock=True):  # another licdesk is editing the file
        viewer = open_store(db_path, ask=False)
        try:
            assert viewer.readonly
            window = make_window(viewer)
            assert window.read_only
            assert window.license is not None  # reading and searching still work
            for action in (window.import_action, window.paste_action, window.delete_action, window.trash_action):
                assert not action.isEnabled()
            assert not window.acceptDrops()
            assert window.windowTitle().endswith("（只读）")
            window.library_ops.delete_license(window.license.number)  # even when asked directly: nothing happens
            assert viewer.count() == 3
            window.close()
        finally:
            viewer.close()


def test_an_empty_library_in_use_elsewhere_offers_nothing_to_add(make_window, tmp_path) -> None:  # noqa: ANN001
    from licdesk.ui.opening import open_store

    path = tmp_path / "empty.sqlite3"
    with Store.open(path, lock=True):  # another licdesk is editing the (empty) file
        viewer = open_store(path, ask=False)
        try:
            window = make_window(viewer)
            assert window.pages.currentWidget() is window.welcome
            for button in (window.welcome.import_button, window.welcome.paste_button,
                           window.welcome.samples_button, window.welcome.new_button):
                assert not button.isEnabled()
            window.close()
        finally:
            viewer.close()


def test_the_desk_holds_the_instance_lock(db_path) -> None:  # noqa: ANN001
    from licdesk.store import DatabaseInUseError
    from licdesk.ui.opening import open_store

    first = open_store(db_path, ask=False)
    try:
        assert not first.readonly
        with pytest.raises(DatabaseInUseError):
            Store.open(db_path, lock=True)
    finally:
        first.close()


def test_tools_menu_backup_and_restore_reopen_the_store(window, monkeypatch, qtbot) -> None:  # noqa: ANN001
    from licdesk.store import backups
    from licdesk.ui.dialogs import safety_dialogs

    monkeypatch.setattr(safety_dialogs, "inform", lambda *args, **kwargs: None)
    window.backup_now_action.trigger()
    [made] = backups.list_backups(window.store.path)
    window.select_license("B1-20204618")
    old_store = window.store

    def restore_now(dialog) -> int:  # noqa: ANN001 - the dialog releases the file, then restores
        dialog.release_database()
        dialog.released = True
        return 0

    monkeypatch.setattr(safety_dialogs.RestoreDialog, "exec", restore_now)
    window.restore_action.trigger()
    assert window.store is not old_store and not window.store.readonly
    assert window.library.filter_buttons[None].text().endswith(" 3")
    assert window.license is not None and window.license.number == "B1-20204618"


def test_start_up_backup_runs_in_the_background(window, qtbot) -> None:  # noqa: ANN001
    from licdesk.store import backups

    window.safety.start_backup_at_start()
    qtbot.waitUntil(lambda: bool(backups.list_backups(window.store.path)), timeout=20000)


_TEAM_DESK = """
import json, sys
from licdesk import __main__ as entry
from licdesk.ui import app as desk_app
def report(qapp, window, _path):
    while window.opening_pending:
        qapp.processEvents()
    print(json.dumps({"read_only": window.session.read_only, "license": window.license.number if window.license else None,
                      "title": window.windowTitle(), "badge": window.session.read_only_badge()}))
    return 0
desk_app.save_screenshot = report
sys.exit(entry.main(["--db", sys.argv[1], "--screenshot", "unused.png"]))
"""


def test_the_desk_opens_a_team_library_and_a_reader_s_desk_is_read_only(postgres_database: str,
                                                                         tmp_path: Path) -> None:
    import uuid
    from urllib.parse import urlsplit, urlunsplit

    import psycopg

    from licdesk.store.team.roles import READER, init_library

    with psycopg.connect(postgres_database) as admin:
        init_library(admin)
    with Store.open(postgres_database) as store:
        store.save(read_license(resource_path("samples", SAMPLES["B1-20204618"]).read_bytes()))
    reader = f"reader_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(postgres_database, autocommit=True) as admin:
        admin.execute(f'CREATE ROLE "{reader}" LOGIN IN ROLE {READER}')
    parts = urlsplit(postgres_database)
    try:
        seen = {}
        for who, url in (("clerk", postgres_database),
                         ("reader", urlunsplit(parts._replace(netloc=f"{reader}@{parts.hostname or ''}")))):
            seen[who] = run_desk_probe(_TEAM_DESK, url, tmp_path)
    finally:
        with psycopg.connect(postgres_database, autocommit=True) as admin:
            admin.execute(f'DROP OWNED BY "{reader}"')
            admin.execute(f'DROP ROLE "{reader}"')
    assert seen["clerk"]["license"] == seen["reader"]["license"] == "B1-20204618"
    assert not seen["clerk"]["read_only"] and seen["reader"]["read_only"]
    assert "只读" in seen["reader"]["title"] and "只读" not in seen["clerk"]["title"]
    assert "团队库" in seen["reader"]["badge"]
    assert list(tmp_path.iterdir()) in ([], [tmp_path / "config"])  # no database file was made from the URL
