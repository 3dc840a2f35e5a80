"""The library: search as you type, status filters with counts, lazy paging, context menu, trash."""

from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import Qt

from licdesk.domain.model import License
from licdesk.ui.controllers import library_ops as main_window_module
from licdesk.ui.models.library_model import NUMBER_ROLE, LibraryModel
from tests.ui.conftest import TODAY


def _numbers(window) -> list[str]:  # noqa: ANN001
    model = window.library.model
    return [model.index(row, 0).data(NUMBER_ROLE) for row in range(model.rowCount())]


def test_search_narrows_the_list_as_you_type(window, qtbot) -> None:  # noqa: ANN001
    assert len(_numbers(window)) == 3
    qtbot.keyClicks(window.library.search_box, "xinglan")  # typed: QTest types ASCII only
    qtbot.waitUntil(lambda: _numbers(window) == ["沪B2-20213857"])
    assert "当前列出 1 张" in window.status_label.text()
    window.library.search_box.clear()
    qtbot.waitUntil(lambda: len(_numbers(window)) == 3)


def test_search_finds_domains_and_clause_text(window, qtbot) -> None:  # noqa: ANN001
    window.library.search_box.setText("星澜读书")
    qtbot.waitUntil(lambda: _numbers(window) == ["沪B2-20213857"])
    window.library.search_box.setText("内容加速")  # words of a clause of the B1 sample only
    qtbot.waitUntil(lambda: _numbers(window) == ["B1-20204618"])


def test_status_filters_show_counts_and_filter(window, qtbot) -> None:  # noqa: ANN001
    buttons = window.library.filter_buttons
    assert buttons[None].text().endswith(" 3")
    assert buttons["valid"].text() == "有效 1"
    assert buttons["expiring"].text() == "即将到期 1"
    assert buttons["expired"].text() == "已过期 1"
    qtbot.mouseClick(buttons["expired"], Qt.MouseButton.LeftButton)
    assert _numbers(window) == ["粤B2-20150326"]
    qtbot.mouseClick(buttons["expiring"], Qt.MouseButton.LeftButton)
    assert _numbers(window) == ["沪B2-20213857"]
    qtbot.mouseClick(buttons[None], Qt.MouseButton.LeftButton)
    assert len(_numbers(window)) == 3


def test_status_column_has_words_icon_and_colour(window) -> None:  # noqa: ANN001
    model = window.library.model
    row = model.row_of("粤B2-20150326")
    status = model.index(row, 5)
    assert status.data() == "已过期"
    assert not status.data(Qt.ItemDataRole.DecorationRole).isNull()
    assert status.data(Qt.ItemDataRole.ForegroundRole).name() == "#c62828"


def test_sorting_by_expiry_descending(window) -> None:  # noqa: ANN001
    window.library.table.sortByColumn(4, Qt.SortOrder.DescendingOrder)
    assert _numbers(window) == ["B1-20204618", "沪B2-20213857", "粤B2-20150326"]


def test_pages_are_read_as_the_view_asks(store, qtbot) -> None:  # noqa: ANN001
    for n in range(450):
        store.save(License(number=f"京B2-2020{n:04d}", company=f"示例公司{n}",
                           expiry_date=_dt.date(2030, 1, 1)))
    model = LibraryModel(store, today=TODAY)
    model.set_query()
    assert model.rowCount() == LibraryModel.PAGE_SIZE
    qtbot.waitUntil(lambda: model.total == 450)  # counted just after the first page shows
    assert model.canFetchMore()
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 450
    assert model.summary_at(449).number == "京B2-20200449"


def test_delete_moves_to_trash_after_confirmation(window, monkeypatch, qtbot) -> None:  # noqa: ANN001
    asked = []
    monkeypatch.setattr(main_window_module, "ask_yes_no", lambda *args: asked.append(args) or False)
    window.select_license("B1-20204618")
    window.delete_action.trigger()
    assert asked and window.store.load("B1-20204618") is not None  # said no: nothing happened

    monkeypatch.setattr(main_window_module, "ask_yes_no", lambda *args: True)
    qtbot.keyClick(window.library.table, Qt.Key.Key_Delete)
    assert window.store.load("B1-20204618") is None
    assert window.store.in_trash("B1-20204618")
    assert "B1-20204618" not in _numbers(window)
    assert window.library.filter_buttons[None].text().endswith(" 2")
    assert window.license is not None and window.license.number != "B1-20204618"


def test_context_menu_offers_open_edit_compare_print_copy_delete(window, qtbot) -> None:  # noqa: ANN001
    table = window.library.table
    rect = table.visualRect(window.library.model.index(0, 0))
    table.customContextMenuRequested.emit(rect.center())
    menu = window.library.context_menu
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts == ["打开", "编辑…", "与其他许可证比较…", "打印预览…", "复制编号", "导出此许可证…",
                     "添加年检/年报记录…", "关闭许可证…", "移到回收站…"]
    menu.close()
    [copy] = [a for a in menu.actions() if a.text() == "复制编号"]
    copy.trigger()
    from PySide6.QtGui import QGuiApplication

    assert QGuiApplication.clipboard().text() == _numbers(window)[0]
    [edit] = [a for a in menu.actions() if a.text() == "编辑…"]
    edit.trigger()
    assert window.editing.active and window.editing.edit.original_number == _numbers(window)[0]


def test_trash_restores_a_deleted_license(window, monkeypatch) -> None:  # noqa: ANN001
    from licdesk.ui.dialogs import trash_dialog

    monkeypatch.setattr(main_window_module, "ask_yes_no", lambda *args: True)
    window.select_license("粤B2-20150326")
    window.library_ops.delete_current()
    assert "粤B2-20150326" not in _numbers(window)

    def restore_and_close(dialog) -> int:  # noqa: ANN001
        assert dialog.model.rows[0].number == "粤B2-20150326"
        dialog.restore_button.click()
        assert dialog.empty.isVisibleTo(dialog)
        return 0

    monkeypatch.setattr(trash_dialog.TrashDialog, "exec", restore_and_close)
    window.trash_action.trigger()
    assert "粤B2-20150326" in _numbers(window)
    assert window.license.number == "粤B2-20150326"


def test_trash_purges_only_after_a_second_question(window, monkeypatch, qtbot) -> None:  # noqa: ANN001
    from licdesk.ui.dialogs import trash_dialog

    monkeypatch.setattr(main_window_module, "ask_yes_no", lambda *args: True)
    window.select_license("B1-20204618")
    window.library_ops.delete_current()
    dialog = trash_dialog.TrashDialog(window.store, window)
    qtbot.addWidget(dialog)
    answers = [False, True]
    monkeypatch.setattr(trash_dialog, "ask_yes_no", lambda *args: answers.pop(0))
    dialog.purge_button.click()
    assert window.store.in_trash("B1-20204618")
    dialog.purge_button.click()
    assert not window.store.exists("B1-20204618")


def test_a_search_that_hides_the_open_license_opens_the_first_match(window, qtbot) -> None:  # noqa: ANN001
    window.select_license("B1-20204618")
    window.library.search_box.setText("榕意")
    qtbot.waitUntil(lambda: window.license is not None and window.license.number == "粤B2-20150326")
    window.library.search_box.setText("没有这样的公司名称")
    qtbot.waitUntil(lambda: window.license is None)
    assert not window.delete_action.isEnabled()
    assert window.detail_stack.currentWidget() is window.no_selection


def test_search_finds_access_providers_server_places_services_and_coverage(window, qtbot) -> None:  # noqa: ANN001
    window.library.search_box.setText("示例云服务")  # the access provider of the Shanghai sample's sites
    qtbot.waitUntil(lambda: _numbers(window) == ["沪B2-20213857"])
    window.library.search_box.setText("闵行区")  # where one of its sites' servers stand
    qtbot.waitUntil(lambda: _numbers(window) == ["沪B2-20213857"])
    window.library.search_box.setText("内容分发")  # a service on the B1 certificate
    qtbot.waitUntil(lambda: _numbers(window) == ["B1-20204618"])
    window.library.search_box.setText("广东")  # a two-character coverage
    qtbot.waitUntil(lambda: _numbers(window) == ["粤B2-20150326"])
    assert "接入商" in window.library.search_box.placeholderText()  # the box says what it searches


def test_the_search_box_offers_its_clear_button_once_there_is_text(window, qtbot) -> None:  # noqa: ANN001
    box = window.library.search_box
    assert not box.isClearButtonEnabled()  # an empty box shows none: it is added with the first character
    qtbot.keyClicks(box, "x")
    assert box.isClearButtonEnabled()
    window.library.search_box.clear()
    assert box.isClearButtonEnabled()  # and stays for the next search
