"""viewport_width works out the width a scroll area lays its viewport out to, without asking for it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QTreeWidget, QTreeWidgetItem

from licdesk.ui.common.viewport_room import viewport_width


def _tree(qtbot, rows: int) -> QTreeWidget:  # noqa: ANN001
    tree = QTreeWidget()
    tree.setHeaderHidden(True)
    for number in range(rows):
        QTreeWidgetItem(tree, [f"第{number}条"])
    qtbot.addWidget(tree)
    tree.resize(320, 240)
    tree.show()
    qtbot.waitExposed(tree)
    return tree


def test_matches_the_viewport_without_a_scroll_bar(qtbot) -> None:  # noqa: ANN001
    tree = _tree(qtbot, 2)
    assert not tree.verticalScrollBar().isVisible()
    assert viewport_width(tree) == tree.viewport().width()


def test_matches_the_viewport_when_the_scroll_bar_shows(qtbot) -> None:  # noqa: ANN001
    tree = _tree(qtbot, 200)
    qtbot.waitUntil(tree.verticalScrollBar().isVisible)
    assert viewport_width(tree) == tree.viewport().width()


def test_with_scroll_bar_gives_the_width_a_longer_content_will_have(qtbot) -> None:  # noqa: ANN001
    short = _tree(qtbot, 2)
    expected = short.viewport().width() - short.verticalScrollBar().sizeHint().width()
    assert viewport_width(short, with_scroll_bar=True) == expected


def test_an_always_on_bar_is_counted_once(qtbot) -> None:  # noqa: ANN001
    tree = _tree(qtbot, 2)
    tree.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
    qtbot.waitUntil(tree.verticalScrollBar().isVisible)
    assert viewport_width(tree) == tree.viewport().width()
    assert viewport_width(tree, with_scroll_bar=True) == tree.viewport().width()


def test_margins_and_frame_are_taken_off(qtbot) -> None:  # noqa: ANN001
    area = QScrollArea()
    area.setWidget(QLabel("许可证"))
    area.setViewportMargins(10, 0, 14, 0)
    qtbot.addWidget(area)
    area.resize(300, 200)
    area.show()
    qtbot.waitExposed(area)
    assert viewport_width(area) == area.viewport().width() == 300 - 2 * area.frameWidth() - 24


def test_a_view_not_yet_shown_gives_the_width_it_will_have(qtbot) -> None:  # noqa: ANN001
    tree = QTreeWidget()
    qtbot.addWidget(tree)
    tree.resize(300, 200)  # not shown: the viewport keeps its default size until the first layout
    assert viewport_width(tree) == 300 - 2 * tree.frameWidth()
