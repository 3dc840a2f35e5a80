"""Batch printing: choosing licenses, one combined PDF or one file each, cancel leaving nothing behind."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QPushButton

from licdesk.pdf.options import CERTIFICATE, INSPECTIONS
from licdesk.services import batch_printing
from licdesk.ui.dialogs import batch_print
from licdesk.ui.dialogs.batch_print import BatchPrintDialog

from .conftest import SAMPLES

SCREENSHOT = Path(__file__).resolve().parents[2] / "docs" / "screenshots" / "batch-print.png"


@pytest.fixture
def make_dialog(qtbot, sample_store):  # noqa: ANN001, ANN201
    def make(numbers: list[str] | None = None) -> BatchPrintDialog:
        dialog = BatchPrintDialog(sample_store, numbers, None)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog

    return make


def run_to_end(qtbot, dialog: BatchPrintDialog):  # noqa: ANN001, ANN201
    with qtbot.waitSignal(dialog.batch_finished, timeout=120_000) as finished:
        dialog.start_button.click()
    return finished.args[0]


def pdf_text(path: Path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def save_file_answer(monkeypatch, target: Path) -> None:  # noqa: ANN001
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))


def folder_answer(monkeypatch, folder: Path) -> None:  # noqa: ANN001
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(folder)))


def test_lists_every_license_with_the_given_ones_checked(make_dialog):
    dialog = make_dialog(["B1-20204618"])
    assert dialog.license_list.count() == len(SAMPLES)
    assert dialog.checked_numbers() == ["B1-20204618"]
    assert "已选 1 份，共 3 份" == dialog.count_label.text()
    dialog.select_all_button.click()
    assert sorted(dialog.checked_numbers()) == sorted(SAMPLES)
    dialog.select_none_button.click()
    assert dialog.checked_numbers() == []


def test_search_narrows_the_list_and_select_all_takes_only_what_is_shown(make_dialog):
    dialog = make_dialog()
    dialog.search_edit.setText("沪b2")
    shown = [dialog.license_list.item(i) for i in range(dialog.license_list.count())
             if not dialog.license_list.item(i).isHidden()]
    assert [item.data(batch_print.NUMBER_ROLE) for item in shown] == ["沪B2-20213857"]
    dialog.select_all_button.click()
    assert dialog.checked_numbers() == ["沪B2-20213857"]


def test_options_follow_the_parts_watermark_and_reference(make_dialog):
    dialog = make_dialog()
    dialog.part_boxes[CERTIFICATE].setChecked(False)
    dialog.watermark_edit.setEditText("仅供内部审核使用")
    dialog.reference_edit.setText("  示例公司文号 2026-01 ")
    options = dialog.options()
    assert CERTIFICATE not in options.parts and INSPECTIONS in options.parts
    assert options.watermark == "仅供内部审核使用"
    assert options.reference == "示例公司文号 2026-01"


def test_combined_pdf_holds_each_chosen_license(make_dialog, qtbot, monkeypatch, tmp_path):
    chosen = ["沪B2-20213857", "粤B2-20150326"]
    dialog = make_dialog(chosen)
    dialog.watermark_edit.setEditText("仅供内部审核使用")
    out = tmp_path / "输出"
    out.mkdir()
    save_file_answer(monkeypatch, out / "合并")  # no suffix typed: .pdf is added
    outcome = run_to_end(qtbot, dialog)
    target = out / "合并.pdf"
    assert outcome.written == [target] and not outcome.error
    text = pdf_text(target)
    for number in chosen:
        assert number in text
    assert "B1-20204618" not in text
    assert sorted(p.name for p in out.iterdir()) == ["合并.pdf"]  # no temporary file left
    assert "2" in dialog.report_box.text() and str(target) in dialog.report_box.text()


def test_one_file_each_never_overwrites_what_is_in_the_folder(make_dialog, qtbot, monkeypatch, tmp_path):
    dialog = make_dialog(list(SAMPLES))
    dialog.separate_radio.setChecked(True)
    folder = tmp_path / "输出"
    folder.mkdir()
    (folder / "B1-20204618.pdf").write_bytes(b"the clerk's own file")
    folder_answer(monkeypatch, folder)
    outcome = run_to_end(qtbot, dialog)
    names = sorted(p.name for p in folder.iterdir())
    assert names == sorted(["B1-20204618.pdf", "B1-20204618 (2).pdf", "沪B2-20213857.pdf", "粤B2-20150326.pdf"])
    assert (folder / "B1-20204618.pdf").read_bytes() == b"the clerk's own file"
    assert len(outcome.written) == len(SAMPLES)
    assert "B1-20204618" in pdf_text(folder / "B1-20204618 (2).pdf")
    assert "粤B2-20150326" in pdf_text(folder / "粤B2-20150326.pdf")
    assert str(folder) in dialog.report_box.text()


def test_cancel_leaves_no_output(make_dialog, qtbot, monkeypatch, tmp_path):
    dialog = make_dialog(list(SAMPLES))
    dialog.separate_radio.setChecked(True)
    folder = tmp_path / "输出"
    folder.mkdir()
    folder_answer(monkeypatch, folder)
    real_render = batch_printing.render_batch

    def cancel_after_first(licenses, options, *, combined, progress, cancelled):  # noqa: ANN001, ANN202
        def progress_then_cancel(done: int, total: int) -> None:
            progress(done, total)
            dialog._task.cancel()  # what the progress dialog's Cancel button does, from the worker's side
        return real_render(licenses, options, combined=combined, progress=progress_then_cancel, cancelled=cancelled)

    monkeypatch.setattr(batch_printing, "render_batch", cancel_after_first)
    outcome = run_to_end(qtbot, dialog)
    assert outcome.cancelled and outcome.written == []
    assert list(folder.iterdir()) == []
    assert "取消" in dialog.report_box.text()


def test_cancel_button_of_the_progress_dialog_stops_the_batch(make_dialog, qtbot, monkeypatch, tmp_path):
    dialog = make_dialog(list(SAMPLES))
    save_file_answer(monkeypatch, tmp_path / "all.pdf")
    with qtbot.waitSignal(dialog.batch_finished, timeout=120_000):
        dialog.start_button.click()
        task = dialog._task
        dialog.progress_dialog.findChild(QPushButton).click()  # the progress dialog's 取消
        assert task is not None and task.control.cancelled
    assert not (tmp_path / "all.pdf").exists()


def test_nothing_checked_is_said_plainly(make_dialog, monkeypatch):
    dialog = make_dialog()
    said = []
    monkeypatch.setattr(batch_print, "show_error", lambda parent, title, text: said.append(text))
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: asked.append(a) or ("", "")))
    dialog.start_button.click()
    assert said == ["请至少勾选一份许可证。"] and asked == []


def test_a_license_deleted_meanwhile_is_named_not_printed(make_dialog, sample_store, qtbot, monkeypatch, tmp_path):
    dialog = make_dialog(["沪B2-20213857", "B1-20204618"])
    sample_store.delete("B1-20204618")
    save_file_answer(monkeypatch, tmp_path / "x.pdf")
    outcome = run_to_end(qtbot, dialog)
    assert outcome.missing_numbers == ["B1-20204618"] and outcome.printed_numbers == ["沪B2-20213857"]
    assert "B1-20204618" in dialog.report_box.text()


def test_company_names_are_shown_as_plain_text(qtbot, store):
    from licdesk.domain.model import License

    store.save(License(number="京B2-20990002", company="<b>示例</b>科技有限公司"))
    dialog = BatchPrintDialog(store, None, None)
    qtbot.addWidget(dialog)
    assert "<b>示例</b>" in dialog.license_list.item(0).text()


def test_screenshot(make_dialog, qtbot):
    from licdesk.ui.common.fonts import register_bundled_fonts

    register_bundled_fonts()
    dialog = make_dialog(["沪B2-20213857", "粤B2-20150326"])
    dialog.watermark_edit.setEditText("仅供内部审核使用")
    qtbot.wait(50)
    image = dialog.grab()
    assert image.width() > 300 and image.height() > 300
    SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
    assert image.save(str(SCREENSHOT))
    assert dialog.license_list.item(0).checkState() in (Qt.CheckState.Checked, Qt.CheckState.Unchecked)


def test_characters_the_fonts_lack_are_reported(qtbot, store, monkeypatch, tmp_path):
    from licdesk.domain.model import License

    store.save(License(number="京B2-20990003", company="示例😀科技有限公司"))
    dialog = BatchPrintDialog(store, ["京B2-20990003"], None)
    qtbot.addWidget(dialog)
    save_file_answer(monkeypatch, tmp_path / "out.pdf")
    outcome = run_to_end(qtbot, dialog)
    assert outcome.warnings and (tmp_path / "out.pdf").exists()
    assert "□" in dialog.report_box.text() and "😀" in dialog.report_box.text()


def test_batch_printing_opens_from_the_file_menu(window) -> None:  # noqa: ANN001
    titles = [a.text() for a in window.menuBar().actions()[0].menu().actions()]
    assert "批量打印(&B)…" in titles
    dialog = window.printing.batch_print()
    assert dialog.isVisible()
    dialog.close()
