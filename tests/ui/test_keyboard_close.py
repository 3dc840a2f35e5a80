"""Esc and Ctrl+W close a window wherever its focus is: in a list, in a picker a clerk can type in."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

KEYS = [(Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier), (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)]


def _shown(widget, qtbot):  # noqa: ANN001, ANN202
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitActive(widget)
    return widget


@pytest.mark.parametrize(("key", "modifier"), KEYS)
def test_the_review_window_closes_from_its_list(sample_store, qtbot, key, modifier) -> None:  # noqa: ANN001
    from licdesk.ui.dialogs.review_window import ReviewWindow

    window = _shown(ReviewWindow(sample_store), qtbot)
    window.licenses.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.licenses)
    qtbot.keyClick(window.licenses, key, modifier)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=1000)


@pytest.mark.parametrize(("key", "modifier"), KEYS)
@pytest.mark.parametrize("picker", ["license_box", "version_box"])
@pytest.mark.parametrize("editable", [False, True])
def test_the_compare_window_closes_from_its_pickers(sample_store, qtbot, key, modifier, picker, editable) -> None:  # noqa: ANN001
    from licdesk.ui.dialogs.compare_dialog import CompareDialog

    dialog = _shown(CompareDialog(sample_store), qtbot)
    box = getattr(dialog.left, picker)
    box.setEditable(editable)  # a picker the clerk types a number into, or one that only drops down
    box.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() in [w for w in (box, box.lineEdit()) if w is not None])
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)  # where a clerk's keys go
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=1000)


@pytest.mark.parametrize(("key", "modifier"), KEYS)
def test_windows_opened_from_the_desk_close_from_their_lists_and_pickers(window, qtbot, key, modifier) -> None:  # noqa: ANN001
    review = window.reviewing.open_review_mode()
    qtbot.waitExposed(review)
    review.activateWindow()
    qtbot.waitActive(review)
    review.licenses.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is review.licenses)
    qtbot.keyClick(review.licenses, key, modifier)
    qtbot.waitUntil(lambda: not review.isVisible(), timeout=1000)
    window.comparing.compare_licenses()
    dialog = window.comparing.dialog
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    for box in (dialog.left.license_box, dialog.right.version_box):
        box.setEditable(True)
    dialog.right.version_box.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() in (dialog.right.version_box, dialog.right.version_box.lineEdit()))
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=1000)


@pytest.mark.parametrize(("key", "modifier"), KEYS)
def test_a_window_with_nothing_focused_closes_by_keyboard(sample_store, qtbot, key, modifier) -> None:  # noqa: ANN001
    from licdesk.ui.deadlines.deadlines_page import DeadlinesPage
    from licdesk.ui.common.window_fit import closable
    from licdesk.ui.dialogs.review_window import ReviewWindow

    page = DeadlinesPage(sample_store)
    closable(page)  # as the desk opens it
    for window in (ReviewWindow(sample_store), page):
        _shown(window, qtbot)
        qtbot.keyClick(window, key, modifier)  # the key reaches the window itself
        qtbot.waitUntil(lambda window=window: not window.isVisible(), timeout=1000)
