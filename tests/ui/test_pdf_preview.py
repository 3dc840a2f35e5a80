"""The print preview dialog: pages shown fitted to width, paging, saving, printing to a PDF printer."""

from __future__ import annotations

from pathlib import Path

import datetime as dt
import io

import pytest
from pypdf import PdfReader

from licdesk.domain.model import Clause, License, Service
from licdesk.pdf import render_license

pytest.importorskip("PySide6.QtPdfWidgets")

from PySide6.QtPdfWidgets import QPdfView  # noqa: E402
from PySide6.QtPrintSupport import QPrinter  # noqa: E402
from PySide6.QtWidgets import QFileDialog  # noqa: E402

from licdesk.ui.dialogs.pdf_preview import PdfPreviewDialog  # noqa: E402


def rendered():
    lic = License(
        number="京B2-20990001", company="北京青禾示例科技有限公司", legal_representative="周明远",
        services=[Service("信息服务业务（仅限互联网信息服务）")],
        issue_date=dt.date(2021, 12, 28), expiry_date=dt.date(2026, 12, 28),
        clauses=[Clause(i, f"{i}、", "你公司应当依法经营，按期报送年报，配合监督检查。" * 5) for i in range(1, 40)],
    )
    return render_license(lic)


@pytest.fixture
def dialog(qtbot):
    result = rendered()
    dlg = PdfPreviewDialog(result.pdf, "京B2-20990001", None)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    return dlg, result


def test_opens_fitted_to_width_on_page_one_of_all(dialog):
    dlg, result = dialog
    assert dlg.page_count() == result.page_count >= 3
    assert dlg.view.zoomMode() == QPdfView.ZoomMode.FitToWidth
    assert dlg.page_label.text() == f"第 1 页，共 {result.page_count} 页"
    assert not dlg.previous_button.isEnabled() and dlg.next_button.isEnabled()
    assert "京B2-20990001" in dlg.windowTitle()


def test_next_and_previous_move_through_the_pages(dialog, qtbot):
    dlg, result = dialog
    dlg.next_button.click()
    assert dlg.current_page() == 1
    assert dlg.page_label.text().startswith("第 2 页")
    dlg.go_to_page(result.page_count - 1)
    assert not dlg.next_button.isEnabled()
    dlg.go_to_page(result.page_count + 5)  # out of range: stays
    assert dlg.current_page() == result.page_count - 1
    dlg.previous_button.click()
    assert dlg.current_page() == result.page_count - 2


def test_whole_page_zoom_toggles(dialog):
    dlg, _ = dialog
    dlg.whole_page_button.click()
    assert dlg.view.zoomMode() == QPdfView.ZoomMode.FitInView
    assert not dlg.fit_width_button.isChecked()


def test_save_as_writes_the_same_bytes(dialog, tmp_path, monkeypatch):
    dlg, result = dialog
    target = tmp_path / "副本"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    dlg.save_button.click()
    assert (tmp_path / "副本.pdf").read_bytes() == result.pdf


def test_save_to_an_unwritable_place_says_so(dialog, tmp_path, monkeypatch):
    dlg, _ = dialog
    shown = []
    monkeypatch.setattr("licdesk.ui.dialogs.pdf_preview.show_error", lambda parent, title, text: shown.append(text))
    assert dlg.save_to(tmp_path / "no-such-folder" / "x.pdf") is False
    assert shown and "no-such-folder" in shown[0]


def test_print_draws_every_page_on_white_paper(dialog, tmp_path):
    dlg, result = dialog
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    assert dlg.print_to(printer)
    assert len(PdfReader(io.BytesIO(out.read_bytes())).pages) == result.page_count
    image = dlg._page_image(0, 40)
    assert image.pixelColor(2, 2).name() == "#ffffff"  # the margin is paper, not transparent


def test_warnings_are_shown_as_plain_text(qtbot):
    dlg = PdfPreviewDialog(rendered().pdf, "x", None, warnings=["字符「<b>😀</b>」无字形"])
    qtbot.addWidget(dlg)
    assert not dlg.warning_label.isHidden()
    assert "<b>😀</b>" in dlg.warning_label.text()


def test_preview_for_a_license_suggests_its_number_as_file_name(qtbot, monkeypatch, tmp_path):
    from licdesk.domain.model import License
    from licdesk.ui.common.file_dialogs import start_in
    from licdesk.ui.dialogs.pdf_preview import preview_for_license

    dlg = preview_for_license(License(number="京B2/2099:01", company="示例😀公司"))
    qtbot.addWidget(dlg)
    asked = []

    def fake_dialog(parent, caption, suggested, filters):
        asked.append(suggested)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake_dialog))
    dlg.save_button.click()
    assert [Path(a).name for a in asked] == ["京B2_2099_01.pdf"]
    assert Path(asked[0]).parent == Path(start_in())  # in the documents folder, not the working directory
    assert not dlg.warning_label.isHidden()  # the emoji could not be printed
