"""帮助: the guide inside licdesk, the keyboard shortcuts from the actions table, About with the database's place."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QLabel

from licdesk import __version__

from licdesk.guide import guide_part
from licdesk.ui import actions as desk_actions
from licdesk.ui.dialogs import about_dialog
from licdesk.ui.dialogs.help_window import GuideWindow, ShortcutsDialog
from tests.ui.test_fit_screen import language  # noqa: F401 - the Chinese and the English interface


@pytest.fixture
def english(qapp):  # noqa: ANN001, ANN201
    from licdesk.ui.i18n import install_translator

    install_translator(QApplication.instance(), "en")
    yield
    install_translator(QApplication.instance(), "zh_CN")


def test_f1_shows_the_chinese_guide_with_its_export_and_viewer_sections(make_window, sample_store, qtbot) -> None:  # noqa: ANN001
    window = make_window(sample_store)
    assert window.guide_action.shortcut().toString() == "F1"
    window.guide_action.trigger()
    guide = window.helping.show_guide()  # asked again: the same window
    assert isinstance(guide, GuideWindow) and guide.isVisible()
    text = guide.browser.toPlainText()
    assert "导入许可证" in text and "导出" in text and "查看附件" in text
    assert "First start" not in text  # the English part stays out of the Chinese window
    guide.close()
    qtbot.waitUntil(lambda: window.helping.__dict__.get("_guide") is None)


def test_english_interface_shows_the_english_part(english, make_window, sample_store) -> None:  # noqa: ANN001
    window = make_window(sample_store)
    guide = window.helping.show_guide()
    text = guide.browser.toPlainText()
    assert "First start" in text and "Exporting" in text and "第一次打开" not in text
    guide.close()


def test_a_guide_without_an_english_part_says_so_in_english() -> None:
    shown = guide_part("# 说明\n\n### 1. 第一次打开\n内容\n![图](screenshots/x.png)\n", "en")
    assert shown.startswith("*The guide is in Chinese.*") and "## 1. 第一次打开" in shown and "![" not in shown


def test_shortcut_list_is_every_keyed_action_of_the_table(make_window, sample_store, qtbot) -> None:  # noqa: ANN001
    window = make_window(sample_store)
    dialog = window.helping.show_shortcuts()
    assert isinstance(dialog, ShortcutsDialog)
    listed = {(dialog.table.item(r, 1).text(), dialog.table.item(r, 2).text()) for r in range(dialog.table.rowCount())}
    expected = set()
    for spec in desk_actions.TABLE:
        action = window.actions_by_name[spec.name]
        if action.shortcuts():
            keys = " / ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts())
            expected.add((re.sub(r"\(&.\)", "", action.text()).replace("&", ""), keys))
    assert listed == expected
    names = {name for name, _keys in listed}
    assert {"导出…", "用户指南", "打印预览…", "新建许可证"} <= names and len(listed) >= 15
    dialog.close()


def test_shortcut_list_in_english(english, make_window, sample_store) -> None:  # noqa: ANN001
    window = make_window(sample_store)
    dialog = window.helping.show_shortcuts()
    cells = [dialog.table.item(r, c).text() for r in range(dialog.table.rowCount()) for c in range(3)]
    assert "Export…" in cells and "User Guide" in cells
    assert not [c for c in cells if re.search(r"[\u4e00-\u9fff]", c)]
    dialog.close()


def test_about_shows_the_database_and_opens_its_folder(make_window, sample_store, monkeypatch) -> None:  # noqa: ANN001
    window = make_window(sample_store)
    opened: list[str] = []
    monkeypatch.setattr(about_dialog.QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toLocalFile()) or True))
    dialog = window.helping.show_about()
    assert str(Path(sample_store.path).absolute()) in dialog.location.text()
    assert f"licdesk {__version__}" in [label.text() for label in dialog.findChildren(QLabel)]
    dialog.folder_button.click()
    assert [Path(p) for p in opened] == [Path(sample_store.path).absolute().parent]
    dialog.close()


def test_about_says_plainly_when_no_folder_program(make_window, sample_store, monkeypatch) -> None:  # noqa: ANN001
    window = make_window(sample_store)
    said: list[str] = []
    monkeypatch.setattr(about_dialog.QDesktopServices, "openUrl", staticmethod(lambda url: False))
    monkeypatch.setattr(about_dialog, "show_error", lambda parent, title, text: said.append(text))
    dialog = window.helping.show_about()
    assert not dialog.open_folder() and str(Path(sample_store.path).absolute().parent) in said[0]
    dialog.close()


def test_a_team_library_is_shown_without_a_password() -> None:
    class TeamStore:
        path = "postgresql://clerk:secret@db.example.test:5432/licdesk?sslmode=require"

    shown, folder = about_dialog.library_location(TeamStore())
    assert shown == "postgresql://clerk@db.example.test:5432/licdesk" and folder is None
    assert "secret" not in shown


@pytest.mark.usefixtures("desk_font", "language")
def test_the_new_windows_fit_a_laptop_screen(make_window, sample_store, qtbot) -> None:  # noqa: ANN001
    from tests.ui.test_attachment_viewer import pdf_bytes, png_bytes
    from tests.ui.test_fit_screen import _assert_fits

    from licdesk.ui.dialogs.attachment_viewer import AttachmentViewer
    from licdesk.ui.dialogs.export_dialog import ExportDialog

    window = make_window(sample_store)
    windows = {
        "export": ExportDialog(3, "沪B2-20213857", listed=1, has_query=True),
        "guide": GuideWindow(),
        "shortcuts": ShortcutsDialog(window.actions_by_name),
        "about": about_dialog.AboutDialog(store=sample_store),
        "pdf viewer": AttachmentViewer(pdf_bytes(), "正本.pdf", "application/pdf"),
        "image viewer": AttachmentViewer(png_bytes(), "照片.png", "image/png"),
        "damaged viewer": AttachmentViewer(b"%PDF-1.4 broken", "坏.pdf", "application/pdf"),
    }
    for what, widget in windows.items():
        qtbot.addWidget(widget)
        _assert_fits(widget, what)


def test_about_names_a_team_library_by_its_address() -> None:
    from licdesk.store.team.location import TeamLibrary

    class TeamStore:
        team_library = TeamLibrary.parse("postgresql://clerk@db.example.test:5432/licdesk")
        path = None

    assert about_dialog.library_location(TeamStore()) == ("postgresql://clerk@db.example.test:5432/licdesk", None)
