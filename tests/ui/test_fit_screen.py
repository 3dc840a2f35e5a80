"""Every window and dialog fits a 1366×768 laptop screen, in Chinese and in English, and each closes
with Esc or Ctrl+W."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from licdesk.ui.common.window_fit import FRAME_HEIGHT, FRAME_WIDTH, fitted

LAPTOP = (1366, 768)
# What a window may take of a 1366×768 screen: its available area (a 40 px taskbar) less the frame.
ROOM = (LAPTOP[0] - FRAME_WIDTH, LAPTOP[1] - 40 - FRAME_HEIGHT)


@pytest.fixture(params=["zh_CN", "en"])
def language(request, qapp):  # noqa: ANN001, ANN201
    from licdesk.ui.i18n import install_translator

    install_translator(QApplication.instance(), request.param)
    yield request.param
    install_translator(QApplication.instance(), "zh_CN")


def _assert_fits(widget: QWidget, what: str) -> None:
    """The least a window can be made fits; a dialog, which opens at its size hint, opens within it."""
    widget.ensurePolished()
    hints = [("minimum size hint", widget.minimumSizeHint())]
    if isinstance(widget, QDialog):
        hints.append(("size hint", widget.sizeHint()))
    for name, hint in hints:
        assert hint.width() <= ROOM[0] and hint.height() <= ROOM[1], f"{what}: {name} {hint.width()}×{hint.height()}"


def test_a_size_is_brought_within_the_available_area() -> None:
    assert fitted(860, 960, 1366, 728) == (860, 728 - FRAME_HEIGHT)
    assert fitted(1600, 900, 1920, 1040) == (1600, 900)


def test_the_desk_fits_in_view_and_edit_mode(desk_font, language, window, qtbot) -> None:  # noqa: ANN001
    window.show()
    qtbot.waitUntil(lambda: not window.opening_pending)  # the panes beside the library are built
    assert window.select_license("沪B2-20213857")
    _assert_fits(window, "main window")
    assert window.select_license("沪B2-20213857")
    assert window.editing.edit_license("沪B2-20213857")
    _assert_fits(window, "main window in edit mode")


def test_every_window_and_dialog_fits(desk_font, language, sample_store, qtbot) -> None:  # noqa: ANN001
    from licdesk.ui.deadlines.deadlines_page import DeadlinesPage
    from licdesk.ui.deadlines.timeline import TimelinePage
    from licdesk.ui.dialogs.batch_print import BatchPrintDialog
    from licdesk.ui.dialogs.compare_dialog import CompareDialog
    from licdesk.ui.dialogs.import_preview import ImportPreviewDialog
    from licdesk.ui.dialogs.paste_dialog import PasteDialog
    from licdesk.ui.dialogs.pdf_preview import preview_for_license
    from licdesk.ui.dialogs.review_window import ReviewWindow
    from licdesk.ui.dialogs.trash_dialog import TrashDialog

    lic = sample_store.load("沪B2-20213857")
    windows = {
        "compare": CompareDialog(sample_store),
        "print preview": preview_for_license(lic),
        "deadlines": DeadlinesPage(sample_store),
        "timeline": TimelinePage(sample_store),
        "review mode": ReviewWindow(sample_store),
        "batch print": BatchPrintDialog(sample_store),
        "trash": TrashDialog(sample_store),
        "import preview": ImportPreviewDialog(lic, "示例文本"),
        "paste": PasteDialog(),
    }
    for what, widget in windows.items():
        qtbot.addWidget(widget)
        _assert_fits(widget, what)


def test_windows_close_with_esc(sample_store, qtbot) -> None:  # noqa: ANN001
    from licdesk.ui.dialogs.compare_dialog import CompareDialog

    for make, key, modifier in ((lambda: CompareDialog(sample_store), Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
                                ):
        widget = make()
        qtbot.addWidget(widget)
        widget.show()
        qtbot.waitExposed(widget)
        widget.activateWindow()
        qtbot.waitActive(widget)
        qtbot.keyClick(QApplication.focusWidget() or widget, key, modifier)  # where a clerk's keys go
        qtbot.wait(50)
        assert not widget.isVisible(), (type(widget).__name__, key, QApplication.focusWidget())
