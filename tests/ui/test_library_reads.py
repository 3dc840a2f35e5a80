"""The library reads its first page once while the window is built, and again on every real change."""

from __future__ import annotations

from PySide6.QtCore import Qt

from licdesk.ui.models import library_model as library_model_module
from tests.ui.conftest import TODAY



def _count_page_reads(monkeypatch) -> list[int]:  # noqa: ANN001
    reads: list[int] = []
    original = library_model_module.LibraryModel._page

    def counted(self, offset: int):  # noqa: ANN001, ANN202
        reads.append(offset)
        return original(self, offset)

    monkeypatch.setattr(library_model_module.LibraryModel, "_page", counted)
    return reads


def test_building_the_window_reads_the_first_page_once(make_window, sample_store, monkeypatch) -> None:  # noqa: ANN001
    reads = _count_page_reads(monkeypatch)
    window = make_window(sample_store)
    assert reads == [0]
    assert window.library.model.rowCount() == sample_store.count(today=TODAY)


def test_a_new_search_sort_or_refresh_reads_again(window, monkeypatch) -> None:  # noqa: ANN001
    reads = _count_page_reads(monkeypatch)
    library = window.library
    library.apply_query()  # nothing changed: the rows on screen are current
    assert reads == []
    library.search_box.setText("云帆")
    library.apply_query()
    library.table.sortByColumn(4, Qt.SortOrder.DescendingOrder)
    library.refresh()  # the store changed
    assert reads == [0, 0, 0]
