"""The desk's backup, restore and check dialogs, over a real database in a temp folder."""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from pathlib import Path

import pytest

from licdesk.store import Store
from licdesk.store import backups as store_backups
from licdesk.ui.dialogs import safety_dialogs
from licdesk.ui import settings as options
from licdesk.ui.dialogs.safety_dialogs import BackupDialog, CheckDialog, RestoreDialog, backup_keep, backup_now
from licdesk.ui.settings import Settings


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Message boxes recorded instead of shown (they are modal)."""
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(safety_dialogs, "inform", lambda parent, title, text: shown.append((title, text)))
    monkeypatch.setattr(safety_dialogs, "show_error", lambda parent, title, text: shown.append((title, text)))
    return shown


def export(db: Path) -> str:
    with Store.open(db) as store:
        return json.dumps([lic.to_dict() for lic in store.licenses()], ensure_ascii=False)


def test_backup_now_says_where_it_went(qtbot, sample_store, db_path: Path, messages) -> None:
    made = backup_now(None, db_path)
    assert made is not None and made.parent == db_path.parent / "backups"
    assert messages == [("已备份", f"已把 3 份许可证备份到：\n{made}")]


def test_backup_dialog_keeps_the_number_to_keep_in_settings(qtbot, sample_store, db_path: Path, make_settings,
                                                            messages) -> None:
    settings = Settings(make_settings())
    changed: list[str] = []
    settings.changed.connect(changed.append)
    dialog = BackupDialog(db_path, settings=settings)
    qtbot.addWidget(dialog)
    assert dialog.keep_spin.value() == 10 and dialog.last_label.text() == "还没有备份"
    dialog.keep_spin.setValue(3)
    assert backup_keep(make_settings()) == 3 and changed == [options.BACKUP_KEEP.key]  # the desk hears of it
    with qtbot.waitSignal(dialog.backed_up):
        dialog.now_button.click()
    assert "3 份许可证" in dialog.last_label.text() and "手动备份" in dialog.last_label.text()


def test_a_failed_backup_is_explained(qtbot, tmp_path: Path, messages) -> None:
    assert backup_now(None, tmp_path / "none.sqlite3") is None
    assert messages[0][0] == "备份失败" and "数据库未受影响" in messages[0][1]


def test_restore_dialog_lists_backups_and_restores_the_chosen_one(qtbot, sample_store, db_path: Path,
                                                                 make_settings, messages) -> None:
    before = export(db_path)
    store_backups.create_backup(db_path, "start")
    for summary in sample_store.summaries():
        sample_store.delete(summary.number)
    store_backups.create_backup(db_path, "import")
    released: list[bool] = []

    def release() -> None:  # the main window closes its store here
        sample_store.close()
        released.append(True)

    questions: list[str] = []
    dialog = RestoreDialog(db_path, release_database=release, settings=Settings(make_settings()),
                           confirm=lambda text: questions.append(text) or True)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 2
    assert [dialog.table.item(r, 1).text() for r in range(2)] == ["0", "3"]  # newest first
    assert dialog.table.item(1, 3).text() == "启动时自动备份"
    dialog.table.selectRow(1)
    with qtbot.waitSignal(dialog.restored) as signal:
        assert dialog.restore_selected()
    assert released == [True] and dialog.released
    assert "3 份许可证" in questions[0] and "另存为一份备份" in questions[0]
    assert signal.args[0].license_count == 3
    assert messages[-1][0] == "恢复完成" and str(signal.args[0].previous) in messages[-1][1]
    assert export(db_path) == before


def test_restore_can_be_declined_and_a_bad_file_is_refused(qtbot, sample_store, db_path: Path, tmp_path: Path,
                                                          messages) -> None:
    store_backups.create_backup(db_path, "start")
    dialog = RestoreDialog(db_path, release_database=lambda: pytest.fail("released"), confirm=lambda text: False)
    qtbot.addWidget(dialog)
    assert not dialog.restore_selected() and not dialog.released
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"\x00" * 100)
    assert not dialog.restore_from(bad)
    assert messages[-1][0] == "无法恢复" and "数据库未作任何改动" in messages[-1][1]
    assert sample_store.count() == 3


def test_restore_dialog_with_no_backups(qtbot, db_path: Path) -> None:
    dialog = RestoreDialog(db_path)
    qtbot.addWidget(dialog)
    assert dialog.empty.isVisibleTo(dialog) and not dialog.restore_button.isEnabled()


def test_check_dialog_shows_a_sound_library(qtbot, sample_store) -> None:
    dialog = CheckDialog(sample_store, start=False)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.checked, timeout=30000) as signal:
        dialog.start()
    report = signal.args[0]
    assert report.database_sound
    groups = [dialog.tree.topLevelItem(i).text(0) for i in range(dialog.tree.topLevelItemCount())]
    assert groups[0] == "✓ 数据库完整性" and groups[1] == "✓ 搜索索引"
    assert groups[2].endswith("许可证检查（共 3 份）")
    assert not dialog.rebuild_button.isEnabled() and dialog.copy_button.isEnabled()


def test_check_dialog_offers_a_rebuild_and_opens_licenses(qtbot, sample_store, db_path: Path) -> None:
    conn = sqlite3.connect(db_path, isolation_level=None)
    conn.execute("DELETE FROM search_clauses")
    conn.close()
    number = sample_store.summaries()[0].number
    sample_store.save(dataclasses.replace(sample_store.load(number), company=""), replace=True)
    dialog = CheckDialog(sample_store, start=False)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.checked, timeout=30000):
        dialog.start()
    assert dialog.rebuild_button.isEnabled()
    assert "✗" in dialog.verdict.text()
    licenses = dialog.tree.topLevelItem(2)
    entry = next(licenses.child(i) for i in range(licenses.childCount())
                 if licenses.child(i).text(0).startswith(number))
    assert any("缺少公司名称" in entry.child(i).text(0) for i in range(entry.childCount()))
    with qtbot.waitSignal(dialog.license_activated) as opened:
        dialog.tree.itemDoubleClicked.emit(entry, 0)
    assert opened.args == [number]
    with qtbot.waitSignal(dialog.checked, timeout=30000) as again:
        assert dialog.rebuild_index()
    assert again.args[0].database_sound and not again.args[0].search_needs_rebuild
    dialog.copy_report()
    from PySide6.QtGui import QGuiApplication

    assert "licdesk 数据库检查报告" in QGuiApplication.clipboard().text()


def test_check_dialog_on_a_read_only_view(qtbot, sample_store, db_path: Path) -> None:
    with Store.open(db_path, readonly=True) as view:
        dialog = CheckDialog(view, start=False)
        qtbot.addWidget(dialog)
        with qtbot.waitSignal(dialog.checked, timeout=30000) as signal:
            dialog.start()
        assert signal.args[0].license_count == 3
        dialog.close()


def test_check_dialog_says_plainly_when_the_file_cannot_be_checked(qtbot, tmp_path: Path) -> None:
    db = tmp_path / "gone.sqlite3"
    Store.open(db).close()
    with Store.open(db, readonly=True) as view:
        db.unlink()  # the clerk's file is gone from the disk while the desk still shows it
        dialog = CheckDialog(view, start=False)
        qtbot.addWidget(dialog)
        dialog.start()
        qtbot.waitUntil(lambda: not dialog.progress.isVisible() and dialog.again_button.isEnabled(), timeout=30000)
        assert dialog.verdict.text().startswith("无法检查数据库：") and dialog.report is None


def test_closing_the_check_dialog_while_it_runs_drops_the_report(qtbot, sample_store) -> None:
    dialog = CheckDialog(sample_store, start=False)
    qtbot.addWidget(dialog)
    reports: list[object] = []
    dialog.checked.connect(reports.append)
    dialog.start()
    task = dialog._task
    dialog.reject()
    assert dialog._task is None and task is not None
    qtbot.waitUntil(lambda: not task.running, timeout=30000)
    qtbot.wait(50)
    assert reports == []
