"""Several files imported on the desk: a backup of the library comes first, as the guide promises."""

from __future__ import annotations

from licdesk.store.backups import IMPORT, list_backups
from tests.ui.test_import import FICTIONAL


def test_importing_two_files_backs_up_the_library_first(make_window, sample_store, tmp_path, qtbot) -> None:  # noqa: ANN001
    window = make_window(sample_store)
    before = sample_store.count()
    first = tmp_path / "first.txt"
    first.write_text(FICTIONAL, encoding="utf-8")
    second = tmp_path / "second.txt"
    second.write_text(FICTIONAL.replace("浙B2-20230042", "浙B2-20230043").replace("沈一帆", "沈二帆"),
                      encoding="utf-8")
    window.importing.import_files([str(first), str(second)])
    qtbot.waitUntil(lambda: window.importing.summary_box is not None, timeout=20000)
    assert sample_store.count() == before + 2
    made = [b for b in list_backups(sample_store.path) if b.reason == IMPORT]
    assert len(made) == 1
    assert made[0].license_count == before  # the library as it was before the batch
    window.importing.summary_box.close()


def test_an_empty_library_imports_without_a_backup(make_window, store, tmp_path, qtbot) -> None:  # noqa: ANN001
    window = make_window(store)
    first = tmp_path / "first.txt"
    first.write_text(FICTIONAL, encoding="utf-8")
    second = tmp_path / "second.txt"
    second.write_text(FICTIONAL.replace("浙B2-20230042", "浙B2-20230043"), encoding="utf-8")
    window.importing.import_files([str(first), str(second)])
    qtbot.waitUntil(lambda: window.importing.summary_box is not None, timeout=20000)
    assert store.count() == 2
    assert not [b for b in list_backups(store.path) if b.reason == IMPORT]
    window.importing.summary_box.close()
