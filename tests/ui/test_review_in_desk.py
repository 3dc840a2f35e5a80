"""The review lives in the desk: a 审查 tab beside the provisions, and review mode from the Tools menu."""

from __future__ import annotations

from PySide6.QtCore import Qt


def test_review_tab_follows_the_selected_license(window, qtbot) -> None:  # noqa: ANN001
    tabs = window.detail.tabs
    titles = [tabs.tabText(i) for i in range(tabs.count())]
    assert "审查" in titles
    number = window.library.current_number
    assert number
    tabs.setCurrentWidget(window.review_scroll)
    window.review.new_round_button.click()
    qtbot.waitUntil(lambda: window.review.model.rowCount() > 0, timeout=3000)
    assert window.review.model.rowCount() > 0


def test_review_mode_opens_from_the_tools_menu(window, qtbot) -> None:  # noqa: ANN001
    review = window.open_review_mode()
    assert review.isVisible()
    assert review.testAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    review.close()


def test_a_review_package_opens_read_only_without_touching_the_library(window, tmp_path, monkeypatch) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QFileDialog

    from licdesk.services.review_package import export_package

    number = window.library.current_number
    package = tmp_path / "review.licreview"
    export_package(window.store, [number], package)
    before = window.store.count()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(package), ""))
    review = window.view_review_package()
    assert review is not None and review.store.readonly
    assert window.store.count() == before
    review.close()


def test_the_review_tab_fits_the_desks_default_column(make_window, sample_store, desk_font, qtbot) -> None:  # noqa: ANN001
    window = make_window(sample_store)
    window.detail.tabs.setCurrentWidget(window.review_scroll)
    window.review.new_round_button.click()
    qtbot.waitUntil(lambda: window.review.model.rowCount() > 0, timeout=3000)
    # No sideways scrolling to reach the notes, owner and evidence: the status buttons take two or
    # three rows and the fields go under their labels instead.
    assert window.review.minimumSizeHint().width() <= window.review_scroll.viewport().width()
    qtbot.waitUntil(lambda: not window.review_scroll.horizontalScrollBar().isVisible(), timeout=3000)
    buttons = list(window.review.status_buttons.values())
    assert len({b.y() for b in buttons}) > 1
