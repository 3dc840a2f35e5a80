"""PDFs and scans in the desk: a text PDF through the ordinary preview; a scan recognised in the background,
reviewed beside its page image and saved with the scan kept as the license's attachment."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QPushButton

from licdesk.importer import ocr, read_license
from licdesk.pdf import render_license
from licdesk.ui.controllers import importing as importing_module
from licdesk.ui.controllers import scanning as scanning_module
from licdesk.ui.dialogs import scan_import
from licdesk.ui.dialogs.import_preview import ImportPreviewDialog
from licdesk.ui.dialogs.scan_import import ScanPreviewDialog
from tests.conftest import DATA

FICTIONAL = DATA / "licenses" / "combined_classes_shanghai.txt"


def _original():  # noqa: ANN202
    return read_license(FICTIONAL.read_bytes())


def _scan_of_first_page(tmp_path: Path) -> Path:
    """The printed certificate's first page as a 200 dpi greyscale PNG: what a scanner delivers."""
    import pypdfium2 as pdfium

    page = pdfium.PdfDocument(render_license(_original()).pdf)[0]
    scan = tmp_path / "扫描件.png"
    page.render(scale=200 / 72).to_pil().convert("L").save(scan)
    return scan


def _errors(monkeypatch) -> list[tuple[str, str]]:  # noqa: ANN001
    seen: list[tuple[str, str]] = []
    for module in (importing_module, scanning_module):
        monkeypatch.setattr(module, "show_error", lambda _parent, title, text: seen.append((title, text)))
    return seen


def test_a_text_pdf_goes_through_the_ordinary_preview(make_window, store, tmp_path: Path,
                                                       monkeypatch) -> None:  # noqa: ANN001
    window = make_window(store)
    pdf = tmp_path / "certificate.pdf"
    pdf.write_bytes(render_license(_original()).pdf)
    shown: list[ImportPreviewDialog] = []
    monkeypatch.setattr(ImportPreviewDialog, "exec",
                        lambda dialog: shown.append(dialog) or QDialog.DialogCode.Accepted)

    assert window.importing.import_one(str(pdf))

    assert shown and "经营许可证编号" in shown[0].source.toPlainText()
    assert store.load(_original().number).company == _original().company
    assert store.attachments(_original().number) == []  # a text PDF is read, not kept


def test_a_scan_is_reviewed_beside_its_image_and_kept_as_the_attachment(make_window, store, qtbot, tmp_path: Path,
                                                                        monkeypatch) -> None:  # noqa: ANN001
    pytest.importorskip("rapidocr_onnxruntime", reason="the OCR engine (licdesk[ocr]) is not installed")
    window = make_window(store)
    scan = _scan_of_first_page(tmp_path)
    reviewed: list[ScanPreviewDialog] = []
    monkeypatch.setattr(ScanPreviewDialog, "exec",
                        lambda dialog: reviewed.append(dialog) or QDialog.DialogCode.Accepted)
    number = _original().number

    window.importing.import_one(str(scan))  # returns at once: recognition runs in the background
    qtbot.waitUntil(lambda: store.exists(number), timeout=120_000)

    dialog = reviewed[0]
    assert dialog.pages.page_count == 1 and not dialog.pages.image.pixmap().isNull()
    assert dialog.license.company == _original().company
    attachments = store.attachments(number)
    assert [a.file_name for a in attachments] == ["扫描件.png"]
    assert store.attachment_data(attachments[0].id) == scan.read_bytes()
    assert window.license is not None and window.license.number == number


def test_cancelling_recognition_saves_nothing(make_window, store, qtbot, tmp_path: Path,
                                              monkeypatch) -> None:  # noqa: ANN001
    window = make_window(store)
    scan = tmp_path / "scan.png"
    scan.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
    started = threading.Event()

    def slow_recognition(data, *, progress, cancelled, source):  # noqa: ANN001, ANN202
        progress(0, 3)
        started.set()
        while not cancelled():
            threading.Event().wait(0.02)
        raise ocr.OcrCancelled()

    monkeypatch.setattr(scan_import.ocr, "read_scan", slow_recognition)
    reviewed: list[ScanPreviewDialog] = []
    monkeypatch.setattr(ScanPreviewDialog, "exec", lambda dialog: reviewed.append(dialog) or 1)
    errors = _errors(monkeypatch)

    window.importing.import_one(str(scan))
    qtbot.waitUntil(lambda: "第 1 / 3 页" in window.scanning.progress.labelText())
    window.scanning.progress.findChild(QPushButton).click()  # the dialog's 取消 button
    qtbot.waitUntil(lambda: "已取消" in window.statusBar().currentMessage())

    assert started.is_set() and window.scanning.recognition is None
    assert store.count() == 0 and not reviewed and not errors


def test_a_missing_engine_is_explained_with_the_install_command(make_window, store, qtbot, tmp_path: Path,
                                                                monkeypatch) -> None:  # noqa: ANN001
    window = make_window(store)
    scan = tmp_path / "scan.jpg"
    scan.write_bytes(b"\xff\xd8\xff" + b"\0" * 64)

    def no_engine(*_args, **_kwargs):  # noqa: ANN002, ANN003, ANN202
        raise ocr.OcrUnavailableError()

    monkeypatch.setattr(scan_import.ocr, "read_scan", no_engine)
    errors = _errors(monkeypatch)

    window.importing.import_one(str(scan))
    qtbot.waitUntil(lambda: bool(errors))

    assert "pip install" in errors[0][1] and "licdesk[ocr]" in errors[0][1]
    assert store.count() == 0


def test_the_preview_marks_doubtful_lines_and_lists_low_confidence_fields(qtbot) -> None:  # noqa: ANN001
    from PIL import Image
    import io

    page = io.BytesIO()
    Image.new("L", (400, 560), 255).save(page, format="PNG")
    text = "经营许可证编号：沪B2-20990001\n公司名称：上海示例星河网络有限公司\n法定代表人：林小舟"
    result = ocr.OcrResult(text, [(1, "经营许可证编号：沪B2-20990001", 0.98),
                                  (2, "公司名称：上海示例星河网络有限公司", 0.62),
                                  (3, "法定代表人：林小舟", 0.95)], [page.getvalue(), page.getvalue()])
    lic = read_license("中华人民共和国\n增值电信业务经营许可证\n" + text)
    lic.warnings.append("识别置信度较低，请核对：公司名称（第2行，置信度 62%）")

    dialog = ScanPreviewDialog(lic, result, "scan.png")
    qtbot.addWidget(dialog)
    dialog.show()

    assert dialog.highlighted_lines == [2]
    assert dialog.low_confidence == ["识别置信度较低，请核对：公司名称（第2行，置信度 62%）"]
    assert dialog.warning_list.item(0).text().endswith("公司名称（第2行，置信度 62%）")
    assert dialog.pages.page_choice.count() == 2 and dialog.pages.page_choice.isVisible()
    dialog.warning_list.setCurrentRow(0)  # the clerk clicks the warning: the text opens at that line
    assert dialog.tabs.currentWidget() is dialog.text
    assert dialog.text.textCursor().blockNumber() == 1


def test_a_refused_attachment_is_explained_and_the_license_stays_saved(make_window, store, qtbot, tmp_path: Path,
                                                                       monkeypatch) -> None:  # noqa: ANN001
    from licdesk.store.attachments import AttachmentTooLargeError

    window = make_window(store)
    scan = tmp_path / "scan.png"
    scan.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
    lic = _original()
    monkeypatch.setattr(scan_import.ocr, "read_scan", lambda *_a, **_k: (lic, ocr.OcrResult("", [], [])))
    monkeypatch.setattr(ScanPreviewDialog, "exec", lambda _dialog: QDialog.DialogCode.Accepted)

    def too_large(*_args, **_kwargs):  # noqa: ANN002, ANN003, ANN202
        raise AttachmentTooLargeError("附件过大")

    monkeypatch.setattr(store, "add_attachment", too_large)
    errors = _errors(monkeypatch)

    window.importing.import_one(str(scan))
    qtbot.waitUntil(lambda: bool(errors))

    assert lic.number in errors[0][1] and "附件" in errors[0][1]
    assert store.exists(lic.number)
