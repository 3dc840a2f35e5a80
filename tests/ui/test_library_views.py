"""The library as every column, as a compact list, or hidden; its words for a license about to expire;
menus that show each label whole; and a library the keyboard walks through."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QHeaderView, QMenu


@pytest.fixture(params=["zh_CN", "en"])
def language(request, qapp):  # noqa: ANN001, ANN201
    from licdesk.ui.i18n import install_translator

    install_translator(QApplication.instance(), request.param)
    yield request.param
    install_translator(QApplication.instance(), "zh_CN")


def test_on_a_wide_screen_every_column_shows_and_the_company_takes_the_room(window) -> None:  # noqa: ANN001
    library = window.library
    header = library.table.horizontalHeader()
    assert not library.compact and not window.compact_library_action.isChecked()
    assert not any(library.table.isColumnHidden(c) for c in range(header.count()))
    assert header.sectionResizeMode(1) == QHeaderView.ResizeMode.Stretch  # free space goes to the company
    before = header.sectionSize(1)
    window.desk.setSizes([library.width() + 200, window.desk.sizes()[1] - 200])
    QApplication.processEvents()
    assert header.sectionSize(1) >= before + 150


def test_the_compact_list_and_back(window, qtbot) -> None:  # noqa: ANN001
    library = window.library
    header = library.table.horizontalHeader()
    number_width, wide = header.sectionSize(0), library.width()
    window.compact_library_action.trigger()
    assert library.compact
    assert [c for c in range(header.count()) if not library.table.isColumnHidden(c)] == [0, 5]
    assert library.model.headerData(0, Qt.Orientation.Horizontal) == "编号 / 公司名称"
    first = library.model.summary_at(0)
    assert library.model.index(0, 0).data() == f"{first.number}\n{first.company}"
    QApplication.processEvents()
    assert library.width() < wide  # narrowed: the license beside it has the room
    metrics = library.table.fontMetrics()
    companies = [library.model.summary_at(r).company for r in range(library.model.rowCount())]
    assert header.sectionSize(0) >= max(metrics.horizontalAdvance(c) for c in companies)  # no "…"
    assert header.sectionViewportPosition(5) + header.sectionSize(5) <= library.table.viewport().width()
    assert library.table.rowHeight(0) >= 2 * metrics.height()
    window.compact_library_action.trigger()
    assert not library.compact
    assert not any(library.table.isColumnHidden(c) for c in range(header.count()))
    assert header.sectionSize(0) == number_width
    assert library.model.index(0, 0).data() == first.number


def test_the_library_hides_and_comes_back_and_both_choices_are_remembered(make_window, sample_store, qtbot) -> None:  # noqa: ANN001
    first = make_window(sample_store)
    assert first.show_library_action.shortcut().toString() == "F9"
    first.compact_library_action.trigger()
    first.show_library_action.trigger()
    assert not first.library.isVisible()
    assert first.detail.isVisible()  # the license keeps its place
    first.close()

    second = make_window(sample_store)
    assert second.library.compact and second.compact_library_action.isChecked()
    assert not second.library.isVisible() and not second.show_library_action.isChecked()
    second.find_action.trigger()  # Ctrl+F searches the library: it comes back to be searched
    assert second.library.isVisible() and second.show_library_action.isChecked()
    assert second.library.width() >= 100  # with its width, not squeezed to nothing
    qtbot.waitUntil(lambda: QApplication.focusWidget() is second.library.search_box)


def test_a_license_about_to_expire_is_called_the_same_everywhere(window, language) -> None:  # noqa: ANN001, ARG001
    from licdesk.ui.common.status import status_short_text, status_text
    from licdesk.ui.models.library_model import STATUS_ROLE

    expected = {"zh_CN": "即将到期", "en": "Expiring"}[language]
    assert status_short_text("expiring") == status_text("expiring") == expected
    window.library.refresh_counts()
    assert window.library.filter_buttons["expiring"].text().startswith(expected)
    model = window.library.model
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data(STATUS_ROLE) == "expiring")
    assert model.index(row, 5).data() == expected
    window.library.query_changed.emit()
    assert f"{expected.lower() if language == 'en' else expected}" in window.status_label.text()


def test_menu_labels_are_never_elided(desk_font, language, window) -> None:  # noqa: ANN001, ARG001
    """Fusion elides a label against its written text ("&" included) in room sized for the text as shown."""
    from licdesk.ui.common.menu_room import RoomyMenus

    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        menu.popup(window.mapToGlobal(window.rect().center()))  # as the clerk opens it
        assert isinstance(menu.style(), RoomyMenus)
        metrics = QFontMetrics(menu.font())
        labels = [a.text() for a in menu.actions() if a.text()]
        shown = Qt.TextFlag.TextShowMnemonic | Qt.TextFlag.TextSingleLine
        widest = max(labels, key=lambda text: metrics.size(shown, text).width())
        plain = QMenu()  # the same items in the style's own room
        plain.addActions(menu.actions())
        written_extra = metrics.horizontalAdvance(widest) - metrics.size(shown, widest).width()
        assert menu.width() >= plain.sizeHint().width() + written_extra, (menu.title(), widest)
        menu.hide()


def test_tab_leaves_the_library_table_and_the_filters_show_focus(window, qtbot) -> None:  # noqa: ANN001
    library = window.library
    window.activateWindow()
    qtbot.waitActive(window)
    assert not library.table.tabKeyNavigation()
    library.table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is library.table)
    qtbot.keyClick(library.table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not library.table  # on to the panes beside, not the next cell
    button = library.filter_buttons["expiring"]
    assert button.focusPolicy() == Qt.FocusPolicy.StrongFocus
    unfocused = button.grab().toImage()
    button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(button.hasFocus)
    assert button.grab().toImage() != unfocused  # the ring is drawn
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert library.status_filter == "expiring"


def test_every_desk_action_can_be_reached_from_the_keyboard(window) -> None:  # noqa: ANN001
    """Each action is in a menu the menu bar opens with Alt, or has its own key."""
    in_menus = {a for m in window.menuBar().actions() for a in m.menu().actions()}
    for name, action in window.actions_by_name.items():
        assert action in in_menus or not action.shortcut().isEmpty(), name
    for menu_action in window.menuBar().actions():
        assert "&" in menu_action.text()


def test_the_menu_key_opens_the_context_menu_of_the_selected_license(window, qtbot) -> None:  # noqa: ANN001
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QContextMenuEvent, QGuiApplication

    library = window.library
    assert library.select_number("粤B2-20150326")
    table = library.table
    below_the_rows = QPoint(5, table.height() - 5)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, below_the_rows, table.mapToGlobal(below_the_rows),
                              Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(table, event)
    menu = library.context_menu
    [copy] = [a for a in menu.actions() if a.text() == "复制编号"]
    menu.close()
    copy.trigger()
    assert QGuiApplication.clipboard().text() == "粤B2-20150326"


def test_the_compact_list_colours_the_number_and_writes_the_company_in_ink(window, qtbot) -> None:  # noqa: ANN001
    from licdesk.ui.common.status import status_color
    from licdesk.ui.models.library_model import STATUS_ROLE

    library = window.library
    window.compact_library_action.trigger()
    library.table.clearSelection()
    QApplication.processEvents()
    index = library.model.index(0, 0)
    color = status_color(index.data(STATUS_ROLE))
    rect = library.table.visualRect(index)
    picture = library.table.viewport().grab(rect).toImage()

    def tinted(top: int, bottom: int) -> int:
        return sum(1 for y in range(top, bottom) for x in range(picture.width())
                   if abs(picture.pixelColor(x, y).red() - color.red()) < 30
                   and abs(picture.pixelColor(x, y).green() - color.green()) < 30
                   and abs(picture.pixelColor(x, y).blue() - color.blue()) < 30)

    half = picture.height() // 2
    assert tinted(0, half) > 20  # the number in its status colour
    assert tinted(half, picture.height()) < 5  # the company in the ordinary ink


def test_on_a_1920_screen_the_whole_company_shows(desk_font, language, make_window, sample_store, monkeypatch) -> None:  # noqa: ANN001, ARG001
    from licdesk.ui import window_state

    monkeypatch.setattr(window_state, "DEFAULT_SIZE", window_state.WIDE_SIZE)  # what a 1920×1080 screen starts with
    window = make_window(sample_store)
    library = window.library
    assert not library.compact
    header, metrics = library.table.horizontalHeader(), library.table.fontMetrics()
    companies = [library.model.summary_at(r).company for r in range(library.model.rowCount())]
    assert header.sectionSize(1) >= max(metrics.horizontalAdvance(c) for c in companies) + 6
    assert header.length() <= library.table.viewport().width()
    assert sum(window.detail.sizes()) >= 980  # and the panes beside keep the room they read well in (less the handles)
