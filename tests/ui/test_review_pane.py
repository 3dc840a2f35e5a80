"""A seed reviewed end to end in the review pane: keys set statuses and move on, notes are kept, a second
round flags a changed clause, the report is read back, a package goes to a second database and
comes back with a conflict that is shown and resolved."""

from __future__ import annotations

import datetime as _dt
import io
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from licdesk.domain import review as rv
from licdesk.store import Store
from licdesk.store import review as store_review
from licdesk.ui.models.review_model import STATUS
from tests.ui.keyboard import replace_text


@pytest.fixture
def seed_license(seeds):  # noqa: ANN001, ANN201
    from licdesk.importer import read_license

    return read_license(seeds[0].read_bytes())


def make_pane(qtbot, store, reviewer: str):  # noqa: ANN001, ANN201
    from licdesk.ui.common.fonts import register_bundled_fonts
    from licdesk.ui.panes.review_pane import ReviewPane

    register_bundled_fonts()
    pane = ReviewPane(store, reviewer=reviewer)
    qtbot.addWidget(pane)
    pane.resize(1280, 860)
    pane.show()
    return pane


def status_text(pane, key: str) -> str:  # noqa: ANN001
    return pane.model.data(pane.model.index(pane.model.row_of(key), STATUS))


def test_a_seed_reviewed_end_to_end(qtbot, seed_license, tmp_path: Path) -> None:  # noqa: ANN001
    number = seed_license.number
    office = Store.open(tmp_path / "office.sqlite3")
    laptop = Store.open(tmp_path / "laptop.sqlite3")
    try:
        office.save(seed_license)
        pane = make_pane(qtbot, office, "王审核")
        pane.show_license(number)
        assert "还没有审查" in pane.message_label.text()
        qtbot.mouseClick(pane.new_round_button, Qt.MouseButton.LeftButton)
        total = len(rv.review_items(seed_license))
        start = rv.progress(seed_license, pane.model.round)
        assert pane.progress_label.text() == f"已审 {start.reviewed} / {total} 条"
        assert pane.current_key() == "1"

        # statuses by keyboard: each key sets the status and moves to the next clause still to review
        pane.table.setFocus()
        qtbot.keyClick(pane.table, Qt.Key.Key_2)  # 一 符合
        assert pane.current_key() == "2"
        qtbot.keyClick(pane.table, Qt.Key.Key_4)  # 二 不符合
        assert pane.current_key() == "3"
        qtbot.keyClick(pane.table, Qt.Key.Key_K)  # back to the previous clause still to review: none before 3
        qtbot.keyClick(pane.table, Qt.Key.Key_N)
        assert pane.current_key() == "3"
        pane.select_clause("2")
        pane.note_edit.insertPlainText("投诉受理人员尚未配备")  # QTest types ASCII only
        pane.responsible_edit.insert("张三")
        pane.due_check.setChecked(True)
        replace_text(qtbot, pane.due_edit, "2027年3月31日")
        pane.table.setFocus()
        qtbot.keyClick(pane.table, Qt.Key.Key_N)  # leaving the clause keeps what was typed
        assert pane.current_key() == "3"
        pane.select_clause("9")
        qtbot.keyClick(pane.table, Qt.Key.Key_2)  # 九 符合
        kept = store_review.latest_round(office, number).reviews
        assert kept["1"].status == rv.COMPLIANT
        assert (kept["2"].status, kept["2"].note, kept["2"].responsible, kept["2"].due) == (
            rv.NOT_COMPLIANT, "投诉受理人员尚未配备", "张三", _dt.date(2027, 3, 31))
        assert pane.progress_label.text() == f"已审 {start.reviewed + 3} / {total} 条"
        assert status_text(pane, "2") == "不符合"

        # a second round after the text of clause 九 changed: flagged for re-review
        changed = office.load(number)
        changed.clauses[8].text += "日志留存不少于六个月。"
        office.save(changed, replace=True)
        qtbot.mouseClick(pane.new_round_button, Qt.MouseButton.LeftButton)
        assert pane.rounds_box.count() == 2
        assert "需重新审查" in status_text(pane, "9")
        assert "1 条需重新审查" in pane.progress_label.text()
        assert status_text(pane, "2") == "不符合"  # carried over
        pane.select_clause("1")
        pane.table.setFocus()
        qtbot.keyClick(pane.table, Qt.Key.Key_N)
        assert pane.current_key() == "3"  # 3 is still unreviewed; 9 comes later
        pane.select_clause("9")
        assert "已变化" in pane.clause_label.text()
        qtbot.keyClick(pane.table, Qt.Key.Key_3)  # 部分符合, judged on the new words
        assert "需重新审查" not in status_text(pane, "9")
        rounds = store_review.rounds(office, number)
        assert [c.clause_key for c in rv.diff_rounds(office.load(number), rounds[0], rounds[1])] == ["9"]

        # the report, read back
        from pypdf import PdfReader

        from licdesk.pdf.review_report import render_review_report

        report = render_review_report(office.load(number), rounds[1], generated=_dt.date(2026, 11, 23))
        text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(report.pdf)).pages).replace(" ", "")
        assert "投诉受理人员尚未配备" in text and "部分符合" in text and number in text

        # a package to the laptop and back, with a conflict on clause 二's note
        from licdesk.services.review_package import export_package, import_package

        export_package(office, [number], tmp_path / "out.licreview", created_by="王审核")
        import_package(laptop, tmp_path / "out.licreview")
        away = make_pane(qtbot, laptop, "李律师")
        away.show_license(number)
        away.select_clause("2")
        away.note_edit.setPlainText("律师：投诉电话已公布，人员在招聘")
        qtbot.mouseClick(away.save_button, Qt.MouseButton.LeftButton)
        away.select_clause("3")
        away.table.setFocus()
        qtbot.keyClick(away.table, Qt.Key.Key_2)
        export_package(laptop, [number], tmp_path / "back.licreview", created_by="李律师")

        pane.show_license(number)
        pane.select_clause("2")
        pane.note_edit.setPlainText("办公室：本月完成招聘")
        pane.commit_edits()
        result = import_package(office, tmp_path / "back.licreview")
        assert result.conflicts == 1 and result.clauses_taken >= 1
        pane.show_license(number)
        assert status_text(pane, "3") == "符合"  # the lawyer's status merged in

        from licdesk.ui.dialogs.review_conflicts_dialog import ReviewConflictsDialog

        dialog = ReviewConflictsDialog(office, by="王审核")
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.table.rowCount() == 1
        assert dialog.table.item(0, 3).text() == "办公室：本月完成招聘"
        assert dialog.table.item(0, 4).text().startswith("律师：投诉电话已公布，人员在招聘")
        qtbot.mouseClick(dialog.take_theirs_button, Qt.MouseButton.LeftButton)
        assert dialog.table.rowCount() == 0 and "没有待解决的冲突" in dialog.message_label.text()
        assert store_review.latest_round(office, number).reviews["2"].note == "律师：投诉电话已公布，人员在招聘"
    finally:
        office.close()
        laptop.close()


def test_a_read_only_view_shows_the_review_and_refuses_keys(qtbot, seed_license, tmp_path: Path) -> None:  # noqa: ANN001
    path = tmp_path / "office.sqlite3"
    with Store.open(path) as office:
        office.save(seed_license)
        store_review.start_round(office, seed_license.number)
    with Store.open(path, readonly=True) as view:
        pane = make_pane(qtbot, view, "访客")
        pane.show_license(seed_license.number)
        assert not pane.new_round_button.isEnabled() and not pane.note_edit.isEnabled()
        before = status_text(pane, "1")
        pane.select_clause("1")
        qtbot.keyClick(pane.table, Qt.Key.Key_2)
        assert status_text(pane, "1") == before
        assert "只读" in pane.message_label.text()


def test_user_text_shows_as_plain_text(qtbot, seed_license, tmp_path: Path) -> None:  # noqa: ANN001
    with Store.open(tmp_path / "db.sqlite3") as store:
        store.save(seed_license)
        current = store_review.start_round(store, seed_license.number)
        store_review.update_review(store, current.uuid, "1", note="<b>粗体</b> & 说明")
        pane = make_pane(qtbot, store, "王审核")
        pane.show_license(seed_license.number)
        pane.select_clause("1")
        assert pane.note_edit.toPlainText() == "<b>粗体</b> & 说明"
        assert pane.model.data(pane.model.index(0, 3)) == "<b>粗体</b> & 说明"


def test_a_file_added_as_evidence_is_attached_and_named(qtbot, seed_license, tmp_path: Path) -> None:  # noqa: ANN001
    scan = tmp_path / "投诉受理制度.pdf"
    scan.write_bytes(b"%PDF-1.4 policy")
    not_a_scan = tmp_path / "notes.txt"
    not_a_scan.write_text("x")
    with Store.open(tmp_path / "db.sqlite3") as store:
        store.save(seed_license)
        store_review.start_round(store, seed_license.number)
        pane = make_pane(qtbot, store, "王审核")
        pane.show_license(seed_license.number)
        pane.select_clause("5")
        assert pane.add_evidence_file(scan)
        [info] = store.attachments(seed_license.number)
        assert store_review.latest_round(store, seed_license.number).reviews["5"].evidence == (info.sha256,)
        assert pane.evidence_list.item(0).checkState() == Qt.CheckState.Checked
        assert pane.model.data(pane.model.index(pane.model.row_of("5"), 6)) == "投诉受理制度.pdf"
        assert not pane.add_evidence_file(not_a_scan)
        assert "不是 PDF" in pane.message_label.text()
        pane.evidence_list.item(0).setCheckState(Qt.CheckState.Unchecked)  # unticked: no longer evidence
        assert store_review.latest_round(store, seed_license.number).reviews["5"].evidence == ()
