"""File dialogs start in the clerk's documents folder, then where the clerk last chose, never the
program's working directory."""

from __future__ import annotations

from pathlib import Path

import pytest

from licdesk.ui.common import file_dialogs


@pytest.fixture
def documents(tmp_path: Path, monkeypatch) -> Path:  # noqa: ANN001
    folder = tmp_path / "文档"
    folder.mkdir()
    monkeypatch.setattr(file_dialogs, "documents_folder", lambda: folder)
    monkeypatch.setattr(file_dialogs, "_last_folder", None)
    monkeypatch.chdir(tmp_path)  # the working directory is somewhere else
    return folder


def test_a_first_dialog_starts_in_the_documents_folder(documents: Path) -> None:
    assert file_dialogs.start_in() == str(documents)
    assert file_dialogs.start_in("许可证.pdf") == str(documents / "许可证.pdf")


def test_the_next_dialog_starts_where_the_clerk_last_chose(documents: Path, tmp_path: Path) -> None:
    chosen = tmp_path / "归档"
    chosen.mkdir()
    file_dialogs.remember(str(chosen / "a.pdf"))
    assert file_dialogs.start_in("b.pdf") == str(chosen / "b.pdf")
    file_dialogs.remember("")  # a cancelled dialog changes nothing
    assert file_dialogs.start_in() == str(chosen)


def test_the_documents_folder_is_a_real_folder(qapp) -> None:  # noqa: ANN001
    assert file_dialogs.documents_folder().is_dir()


def test_the_import_dialog_starts_in_the_documents_folder(window, documents: Path, tmp_path: Path,  # noqa: ANN001
                                                           monkeypatch) -> None:
    starts = []

    def fake_dialog(parent, title, start, filters):  # noqa: ANN001, ANN202
        starts.append(start)
        return [], ""

    from licdesk.ui.controllers import importing

    monkeypatch.setattr(importing.QFileDialog, "getOpenFileNames", staticmethod(fake_dialog))
    window.session.settings.set(importing.options.IMPORT_FOLDER, "")
    window.importing.import_dialog()
    assert starts == [str(documents)]
