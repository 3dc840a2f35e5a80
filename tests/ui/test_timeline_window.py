"""The timeline opens from the View menu, follows the library and closes with Esc or Ctrl+W."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton


def _numbers(page) -> list[str]:  # noqa: ANN001
    return sorted(lic.number for lic in page.view.licenses())


def test_the_view_menu_opens_the_timeline_of_every_license(window, qtbot) -> None:  # noqa: ANN001
    view_menu = next(a.menu() for a in window.menuBar().actions() if a.menu() and window.timeline_action in a.menu().actions())
    assert view_menu is not None and window.timeline_action.shortcut().toString() == "Ctrl+Shift+L"
    window.timeline_action.trigger()
    page = window.deadlines.timeline
    qtbot.waitUntil(page.isVisible)
    assert _numbers(page) == sorted(["B1-20204618", "沪B2-20213857", "粤B2-20150326"])
    assert any(b.text() == "关闭" for b in page.findChildren(QPushButton))


def test_the_timeline_follows_a_delete_and_closes_with_esc(window, qtbot, monkeypatch) -> None:  # noqa: ANN001
    window.timeline_action.trigger()
    page = window.deadlines.timeline
    qtbot.waitUntil(page.isVisible)
    window.session.store.delete("粤B2-20150326")
    window.session.licenses_changed.emit()
    qtbot.waitUntil(lambda: "粤B2-20150326" not in _numbers(page))
    page.activateWindow()
    qtbot.keyClick(page, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not page.isVisible())
