"""Window geometry, splitter sizes, column widths and the last selection survive a restart."""

from __future__ import annotations


def test_settings_persist_across_a_restart(make_window, sample_store, settings_path) -> None:  # noqa: ANN001
    first = make_window(sample_store)
    first.resize(1400, 820)
    first.select_license("粤B2-20150326")
    first.desk.setSizes([500, 900])
    first.detail.setSizes([450, 150, 300])
    first.detail.tabs.setCurrentIndex(1)
    first.library.table.horizontalHeader().resizeSection(3, 150)  # 业务种类, widened by hand
    sizes = first.detail.sizes()
    first.close()
    assert settings_path.exists()

    second = make_window(sample_store)
    assert second.license is not None and second.license.number == "粤B2-20150326"
    assert second.library.current_number == "粤B2-20150326"
    assert (second.size().width(), second.size().height()) == (1400, 820)
    assert second.detail.sizes() == sizes
    assert second.detail.tabs.currentIndex() == 1
    assert second.library.table.horizontalHeader().sectionSize(3) == 150


def test_a_collapsed_pane_stays_collapsed(make_window, sample_store) -> None:  # noqa: ANN001
    first = make_window(sample_store)
    first.detail.setSizes([500, 0, 500])  # the annex dragged shut
    first.close()
    second = make_window(sample_store)
    assert second.detail.sizes()[1] == 0
    assert second.detail.sizes()[0] > 0 and second.detail.sizes()[2] > 0


def test_first_start_selects_the_first_license(make_window, sample_store) -> None:  # noqa: ANN001
    window = make_window(sample_store)
    assert window.license is not None
    assert window.library.current_number == window.library.model.summary_at(0).number


def test_the_panes_beside_the_library_are_built_after_the_first_paint(qtbot, sample_store, make_settings) -> None:  # noqa: ANN001
    from licdesk.ui.main_window import MainWindow

    window = MainWindow(sample_store, settings=make_settings())
    qtbot.addWidget(window)
    assert not window.detail_built and window.opening_pending  # the window appears without them
    window.show()
    qtbot.waitUntil(lambda: not window.opening_pending)
    assert window.detail_built
    assert window.detail_stack.currentWidget() is window.detail
    assert window.license is not None and window.license.number == window.library.current_number
    assert window.detail.certificate.isVisible()
    window.close()


def test_a_window_closed_before_its_panes_were_built_keeps_their_sizes(make_window, qtbot, sample_store,  # noqa: ANN001
                                                                        make_settings) -> None:
    from licdesk.ui.main_window import MainWindow

    first = make_window(sample_store)
    first.detail.setSizes([450, 150, 300])
    sizes = first.detail.sizes()
    first.close()
    never_shown = MainWindow(sample_store, settings=make_settings())
    qtbot.addWidget(never_shown)
    never_shown.close()
    assert not never_shown.detail_built  # closing did not build them only to save their sizes
    third = make_window(sample_store)
    assert third.detail.sizes() == sizes


def test_a_pane_hidden_from_the_view_menu_before_the_panes_exist_stays_hidden(qtbot, sample_store,  # noqa: ANN001
                                                                             make_settings) -> None:
    from licdesk.ui.main_window import MainWindow

    window = MainWindow(sample_store, settings=make_settings())
    qtbot.addWidget(window)
    annex_action = window.pane_actions[1]
    annex_action.setChecked(False)
    window.show()
    qtbot.waitUntil(lambda: not window.opening_pending)
    assert not window.detail.annex.isVisible() and window.detail.certificate.isVisible()
    annex_action.setChecked(True)
    assert window.detail.annex.isVisible()
    window.close()


def test_a_first_start_closed_on_the_welcome_page_leaves_the_default_layout(make_window, store,  # noqa: ANN001
                                                                           settings_path) -> None:
    from licdesk.importer import read_license
    from licdesk.paths import resource_path
    from tests.ui.conftest import SAMPLES

    first = make_window(store)  # an empty library: the welcome page, the desk never laid out
    assert first.pages.currentWidget() is first.welcome
    first.close()
    assert settings_path.exists()  # the window's place and size are kept
    for name in SAMPLES.values():
        store.save(read_license(resource_path("samples", name).read_bytes()))
    second = make_window(store)
    assert second.pages.currentWidget() is second.desk
    library, beside = second.desk.sizes()
    assert library >= min(second.library.preferred_width(), second.width() * 2 // 5) - 8  # as on a first start
    assert beside > library


def test_the_default_layout_shows_the_company_beside_the_other_columns(make_window, sample_store,  # noqa: ANN001
                                                                       desk_font) -> None:  # noqa: ANN001
    window = make_window(sample_store)
    header = window.library.table.horizontalHeader()
    eight_characters = window.library.table.fontMetrics().horizontalAdvance("中" * 8)
    assert header.sectionSize(1) >= eight_characters  # the company column, which takes what is left
    assert sum(header.sectionSize(c) for c in range(header.count())) <= window.library.table.viewport().width()


def test_a_first_start_fits_the_window_to_a_laptop_screen(window) -> None:  # noqa: ANN001
    """On a 1366×768 screen (taskbar taken off) the whole window, frame included, is on the screen."""
    from PySide6.QtCore import QRect

    from licdesk.ui.window_state import fit_to_screen

    class Laptop:
        def availableGeometry(self) -> QRect:  # noqa: N802 - Qt's name
            return QRect(0, 0, 1366, 728)

    fit_to_screen(window, Laptop(), offscreen_too=True)  # type: ignore[arg-type]
    assert window.width() <= 1366 - 16 and window.height() <= 728 - 40
    assert window.x() >= 0 and window.y() >= 0
    assert window.x() + window.width() + 16 <= 1366 and window.y() + window.height() + 40 <= 728

    class Wide:
        def availableGeometry(self) -> QRect:  # noqa: N802 - Qt's name
            return QRect(0, 0, 1920, 1040)

    fit_to_screen(window, Wide(), offscreen_too=True)  # type: ignore[arg-type]
    assert (window.width(), window.height()) == (1800, 1000)  # a 1920×1080 screen gives the library its room

    class Middle:
        def availableGeometry(self) -> QRect:  # noqa: N802 - Qt's name
            return QRect(0, 0, 1680, 1010)

    fit_to_screen(window, Middle(), offscreen_too=True)  # type: ignore[arg-type]
    assert (window.width(), window.height()) == (1600, 900)
