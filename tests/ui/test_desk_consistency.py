"""What the list shows as selected is what every pane shows and every action acts on; every pane follows
every write, whoever made it (the editor, a restore, review mode, a review package); workers whose
window is gone end quietly."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from licdesk.store import Store
from licdesk.store import backups as store_backups

A, B = "B1-20204618", "沪B2-20213857"


def _type(widget, text: str) -> None:  # noqa: ANN001
    widget.setFocus()
    widget.selectAll()
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def _click_row(qtbot, window, number: str) -> None:  # noqa: ANN001
    """Click the license's row in the library as a clerk does."""
    table = window.library.table
    row = window.library.model.row_of(number)
    assert row is not None
    rect = table.visualRect(window.library.model.index(row, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.center()))


def _answer(monkeypatch, button: QMessageBox.StandardButton) -> list[str]:  # noqa: ANN001
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: asked.append(box.text()) or button)
    return asked


def _shown_number(window) -> str | None:  # noqa: ANN001
    lic = window.detail.license
    return lic.number if lic else None


def test_saving_on_leaving_an_edit_keeps_list_and_panes_on_the_license_clicked(qtbot, window, monkeypatch):  # noqa: ANN001
    _click_row(qtbot, window, A)
    assert window.editing.edit_current()
    _type(window.editing.editor.certificate.edits["legal_representative"], "钱示例")
    _answer(monkeypatch, QMessageBox.StandardButton.Save)
    _click_row(qtbot, window, B)
    qtbot.waitUntil(lambda: not window.editing.active)
    assert window.store.load(A).legal_representative == "钱示例"
    assert window.library.current_number == B and _shown_number(window) == B and window.license.number == B

    _click_row(qtbot, window, A)
    assert window.library.current_number == A
    assert _shown_number(window) == A and window.license.number == A
    assert window.windowTitle().startswith(A)
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    window.library_ops.delete_current()
    assert asked and A in asked[0] and B not in asked[0]


def test_every_action_acts_on_the_license_the_list_shows_selected(qtbot, window, monkeypatch):  # noqa: ANN001
    for number in (A, B, A):
        _click_row(qtbot, window, number)
        assert window.library.current_number == number == window.license.number == _shown_number(window)
    window.comparing.compare_with_version()
    dialog = window.comparing.dialog
    assert dialog is not None
    assert dialog.left.license_box.currentData() == A and dialog.right.license_box.currentData() == A


def _restore_latest(window, monkeypatch) -> None:  # noqa: ANN001
    """Tools → 从备份恢复, choosing the newest backup and answering yes."""
    from licdesk.ui.dialogs import safety_dialogs

    monkeypatch.setattr(safety_dialogs, "inform", lambda *args: None)

    def exec_(dialog) -> int:  # noqa: ANN001
        dialog._confirm = lambda text: True
        dialog.table.selectRow(0)
        assert dialog.restore_selected()
        return 1

    monkeypatch.setattr(safety_dialogs.RestoreDialog, "exec", exec_)
    window.restore_action.trigger()


def test_after_a_restore_every_pane_and_open_window_works_on_the_restored_database(
        qtbot, window, db_path: Path, tmp_path: Path, monkeypatch):  # noqa: ANN001
    store_backups.create_backup(db_path, "start")
    review = window.reviewing.open_review_mode()
    _restore_latest(window, monkeypatch)
    assert window.store is not None and window.store.count() == 3
    _click_row(qtbot, window, B)
    scan = tmp_path / "扫描件.png"
    scan.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    errors: list[str] = []
    monkeypatch.setattr("licdesk.ui.panes.attachments_pane.show_error", lambda *args: errors.append(args[-1]))
    assert window.detail.attachments.add_file(scan), errors
    assert [a.file_name for a in window.store.attachments(B)] == ["扫描件.png"]
    assert window.detail.attachments.list.count() == 1
    # The review window opened before the restore reads the restored file, not the closed one.
    review.reload(select=B)
    assert review.current_number() == B
    assert review.store is window.store


def test_a_review_package_that_brings_a_new_license_shows_in_the_library_and_counts(
        qtbot, make_window, sample_store, tmp_path: Path, monkeypatch):  # noqa: ANN001
    from licdesk.importer import read_license
    from licdesk.paths import resource_path
    from licdesk.services.review_package import export_package

    other = tmp_path / "other.sqlite3"
    with Store.open(other) as colleague:
        lic = read_license(resource_path("samples", "sample_icp_shanghai.txt").read_bytes())
        lic.number, lic.company = "浙B2-20990001", "杭州远山示例科技有限公司"
        colleague.save(lic)
        package = export_package(colleague, [lic.number], tmp_path / "pack.licreview", created_by="钱")
    window = make_window(sample_store)
    assert window.library.counts["all"] == 3
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getOpenFileName",
                        lambda *args, **kwargs: (str(package), ""))
    window.import_review_package_action.trigger()
    qtbot.waitUntil(lambda: window.library.counts.get("all") == 4)
    assert window.library.model.row_of("浙B2-20990001") is not None
    assert "共 4 张" in window.status_label.text()


def test_a_review_filed_in_review_mode_shows_in_the_desks_review_tab(qtbot, window):  # noqa: ANN001
    _click_row(qtbot, window, B)
    assert window.review.model.round is None
    review = window.reviewing.open_review_mode()
    review.reload(select=B)
    review.pane.start_round()
    review.pane.set_status("not_compliant")
    qtbot.waitUntil(lambda: window.review.model.round is not None)
    assert "已审 1 /" in window.review.progress_label.text()


@pytest.mark.parametrize("after_s", [0.3, 0.8, 1.5])
def test_closing_the_desk_right_after_its_start_ends_quietly(sample_store, db_path: Path, tmp_path: Path,
                                                             after_s: float) -> None:
    """A polite kill (as a logout sends) at moments of the start: settings saved, no traceback, exit 0."""
    import signal
    import time

    sample_store.close()
    env = {"HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "config"), "PATH": "/usr/bin:/bin",
           "XDG_DATA_HOME": str(tmp_path / "data"), "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.Popen([sys.executable, "-m", "licdesk", "--db", str(db_path)], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True, env=env)
    time.sleep(after_s)
    child.send_signal(signal.SIGTERM)
    try:
        _out, err = child.communicate(timeout=60)
    finally:
        child.kill()
    if child.returncode == -signal.SIGTERM:
        pytest.skip("the signal came before Python had started the desk")  # nothing of licdesk ran yet
    assert child.returncode == 0, err
    assert "Traceback" not in err and "RuntimeError" not in err, err
