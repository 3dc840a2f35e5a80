"""Closing a license on the desk as a clerk does it: the dialog filled in by keyboard and mouse, the
library, the certificate's banner and the history saying so, the new license one click away, and
reopening undoing it all; the tracking start year chosen in the preferences."""

from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import Qt

from licdesk.domain import closure as cl
from licdesk.domain import deadlines as dl
from licdesk.store import closures, library_meta
from tests.ui.keyboard import type_text

OLD = "粤B2-20150326"  # expired 2020 in the samples
NEW = "沪B2-20213857"


def _status_text(window, number: str) -> str:  # noqa: ANN001
    model = window.library.model
    row = model.row_of(number)
    assert row is not None
    return str(model.data(model.index(row, model.columnCount() - 1)))


def test_a_clerk_closes_a_license_as_replaced_and_reopens_it(qtbot, window, monkeypatch) -> None:  # noqa: ANN001
    import licdesk.ui.controllers.library_ops as library_ops
    from licdesk.ui.dialogs.closure_dialog import ClosureDialog

    assert window.select_license(OLD)
    assert _status_text(window, OLD) == "已过期"
    seen: list[ClosureDialog] = []

    def fill_in(dialog: ClosureDialog) -> int:
        seen.append(dialog)
        dialog.show()  # exec would show it and wait; here the clerk's clicks and keys come at once
        qtbot.waitExposed(dialog)
        qtbot.mouseClick(dialog.kind_buttons[cl.REPLACED], Qt.MouseButton.LeftButton)
        assert dialog.replacement.isEnabled()
        dialog.replacement.setCurrentIndex(dialog.replacement.findData(NEW))  # picked from the library list
        dialog.date_edit.clear()
        type_text(qtbot, "2026年11月1日", dialog.date_edit)
        type_text(qtbot, "换发新证，旧证已交回", dialog.note_edit)
        qtbot.mouseClick(dialog.settle_box, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(ClosureDialog, "exec", fill_in)
    window.close_license_action.trigger()
    assert seen and "已换发新证" in seen[0].kind_buttons[cl.REPLACED].text()

    stored = closures.closure(window.store, OLD)
    assert stored == cl.Closure(OLD, cl.REPLACED, _dt.date(2026, 11, 1), replaced_by=NEW,
                                note="换发新证，旧证已交回", settles_open=True)
    # the library: its closing, not "expired", and counted apart
    assert _status_text(window, OLD) == "已换证"
    assert window.library.counts["expired"] == 0 and window.library.counts["closed"] == 1
    assert not window.library.filter_buttons["closed"].isHidden()
    # the certificate: a banner first, with the new license one click away
    banner = window.detail.certificate.closure_banner
    assert not banner.isHidden()
    assert "此许可证已于 2026年11月1日 换发新证" in banner.label.text() and NEW in banner.label.text()
    assert window.detail.certificate.renewal_note.isHidden()  # no "已于…过期" under a closed license
    # the history in plain words
    history = window.detail.history.model
    assert any("换发新证" in history._text(row, 2) and history._text(row, 1) == "关闭许可证"
               for row in range(history.rowCount()))
    # the Deadlines list has nothing open left for it
    from licdesk.services.obligations import needing_attention

    assert OLD not in {o.number for o in needing_attention(window.store, window.session.today())}

    banner.label.linkActivated.emit(f"license:{NEW}")
    assert window.current_number() == NEW

    assert window.select_license(OLD)
    monkeypatch.setattr(library_ops, "ask_yes_no", lambda *args: True)
    window.reopen_license_action.trigger()
    assert closures.closure(window.store, OLD) is None
    assert _status_text(window, OLD) == "已过期"
    assert window.detail.certificate.closure_banner.isHidden()
    assert history._text(0, 1) == "重新启用"


def test_the_dialog_fits_a_laptop_screen_says_what_is_missing_and_closes_with_esc(qtbot, sample_store) -> None:  # noqa: ANN001
    from licdesk.ui.dialogs.closure_dialog import ClosureDialog

    dialog = ClosureDialog(OLD, "示例公司", _dt.date(2026, 11, 23), [(NEW, "上海示例"), (OLD, "示例公司")],
                           open_count=3)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.frameGeometry().width() <= 1366 and dialog.frameGeometry().height() <= 768
    assert dialog.replacement.count() == 1  # never itself
    assert "（3 项）" in dialog.settle_box.text()
    qtbot.mouseClick(dialog.kind_buttons[cl.REPLACED], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "新许可证" in dialog.problem_label.text()
    dialog.date_edit.clear()
    qtbot.keyClicks(dialog.date_edit, "2026-13-40")
    dialog.set_replacement(NEW)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "不是有效日期" in dialog.problem_label.text()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert closures.closure(sample_store, OLD) is None  # the dialog only asks


def test_the_tracking_start_year_is_chosen_in_the_preferences_and_folds_older_duties(
        qtbot, window, monkeypatch) -> None:  # noqa: ANN001
    from licdesk.ui.dialogs import preferences_dialog
    from licdesk.ui.dialogs.preferences_dialog import PreferencesDialog

    def choose(dialog: PreferencesDialog) -> int:
        assert dialog.tracking_spin.isEnabled() and dialog.tracking_spin.text() == "全部年度"
        dialog.tracking_spin.lineEdit().selectAll()
        qtbot.keyClicks(dialog.tracking_spin, "2026")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(PreferencesDialog, "exec", choose)
    preferences_dialog.show_preferences(window)
    assert library_meta.tracking_start_year(window.store) == 2026

    from licdesk.ui.deadlines.deadlines_page import DeadlinesPage

    page = DeadlinesPage(window.store, today=window.session.today(), window_days=30)
    qtbot.addWidget(page)
    page.show()
    older = page.older
    assert not older.isHidden() and older.table.isHidden()  # collapsed
    count = older.model.rowCount()
    assert count > 0 and older.toggle.text() == f"更早的事项（不跟踪）{count} 项"
    assert all(o.status == dl.OVERDUE and (o.year or o.due.year) < 2026 for o in older.model.items())
    assert not [o for o in page.obligations() if o.status == dl.OVERDUE and (o.year or o.due.year) < 2026]
    qtbot.mouseClick(older.toggle, Qt.MouseButton.LeftButton)
    assert not older.table.isHidden()


def _context_menu(window, number: str):  # noqa: ANN001, ANN202
    library = window.library
    row = library.model.row_of(number)
    assert row is not None
    library.table.customContextMenuRequested.emit(library.table.visualRect(library.model.index(row, 0)).center())
    menu = library.context_menu
    menu.close()
    return {a.text(): a for a in menu.actions() if not a.isSeparator()}


def test_the_library_menu_closes_and_reopens_and_the_status_bar_counts_the_closed(qtbot, window,  # noqa: ANN001
                                                                                   monkeypatch) -> None:
    import licdesk.ui.controllers.library_ops as library_ops
    from licdesk.ui.dialogs.closure_dialog import ClosureDialog

    assert "已关闭" not in window.status_label.text()  # said only when there are any
    entries = _context_menu(window, OLD)
    assert "重新启用许可证" not in entries and entries["关闭许可证…"].isEnabled()

    def cancel_it(dialog: ClosureDialog) -> int:
        dialog.kind_buttons[cl.CANCELLED].setChecked(True)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(ClosureDialog, "exec", cancel_it)
    entries["关闭许可证…"].trigger()
    assert closures.closure(window.store, OLD) is not None and window.current_number() == OLD
    assert window.status_label.text().endswith(" · 已关闭 1")

    entries = _context_menu(window, OLD)
    assert "关闭许可证…" not in entries
    monkeypatch.setattr(library_ops, "ask_yes_no", lambda *args: True)
    entries["重新启用许可证"].trigger()
    assert closures.closure(window.store, OLD) is None
    assert "已关闭" not in window.status_label.text()


def test_the_library_menu_adds_a_yearly_record_and_exports_that_license(qtbot, window, monkeypatch) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QDialog

    from licdesk.domain.model import Inspection
    from licdesk.ui.dialogs.export_dialog import ExportDialog
    from licdesk.ui.dialogs.record_dialog import RecordDialog

    before = len(window.store.load(NEW).inspections)
    monkeypatch.setattr(RecordDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(RecordDialog, "record", lambda self: Inspection(2030, "已报送", kind="annual_report"))
    _context_menu(window, NEW)["添加年检/年报记录…"].trigger()
    assert len(window.store.load(NEW).inspections) == before + 1

    asked: list[ExportDialog] = []
    monkeypatch.setattr(ExportDialog, "exec", lambda self: asked.append(self) or QDialog.DialogCode.Rejected)
    _context_menu(window, OLD)["导出此许可证…"].trigger()
    assert asked and asked[0].selected_button.isChecked() and asked[0].scope().number == OLD
