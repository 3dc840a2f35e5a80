"""The window paints with its menu titles; the actions under them are built just after, or when asked for."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from tests.ui.conftest import TODAY


def _unshown(store, make_settings):  # noqa: ANN001, ANN202
    from licdesk.ui.main_window import MainWindow

    return MainWindow(store, today=TODAY, settings=make_settings())


def test_the_menu_titles_come_first_and_the_actions_after_the_first_paint(sample_store, make_settings, qtbot) -> None:  # noqa: ANN001
    window = _unshown(sample_store, make_settings)
    qtbot.addWidget(window)
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles == ["文件(&F)", "编辑(&E)", "视图(&V)", "工具(&T)", "帮助(&H)"]
    assert window._actions is None and all(menu.isEmpty() for menu in window._menus.values())
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: not window.opening_pending)
    assert window._actions is not None
    assert not window._menus["file"].isEmpty()
    assert window.import_action.shortcut().toString()  # the keys are there too


def test_a_menu_opened_at_once_has_its_entries(sample_store, make_settings, qtbot) -> None:  # noqa: ANN001
    window = _unshown(sample_store, make_settings)
    qtbot.addWidget(window)
    window._menus["edit"].aboutToShow.emit()  # what opening the menu does first
    assert window.undo_action in window._menus["edit"].actions()


def test_an_action_asked_for_is_built_with_the_desk_s_state(make_window, sample_store, db_path, make_settings,
                                                             qtbot) -> None:  # noqa: ANN001
    from licdesk.store import Store

    reader = Store.open(db_path, readonly=True)
    try:
        window = _unshown(reader, make_settings)
        qtbot.addWidget(window)
        assert window._actions is None
        assert not window.import_action.isEnabled()  # read-only: nothing that writes, though built late
        assert window.compact_library_action.isChecked() == window.library.compact
        assert window.show_library_action.isChecked()
    finally:
        window.close()
        QApplication.processEvents()
        reader.close()


def test_an_unknown_attribute_is_still_an_error(sample_store, make_settings, qtbot) -> None:  # noqa: ANN001
    import pytest

    window = _unshown(sample_store, make_settings)
    qtbot.addWidget(window)
    with pytest.raises(AttributeError):
        window.no_such_action  # noqa: B018
    with pytest.raises(AttributeError):
        window.no_such_thing  # noqa: B018
