"""The attachment viewer: PDFs and images inside licdesk, damaged files said plainly, save as, the system's viewer."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QIODevice, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from licdesk.ui.dialogs import attachment_viewer
from licdesk.ui.dialogs.attachment_viewer import AttachmentViewer

NUMBER = "沪B2-20213857"


def png_bytes(width: int = 1600, height: int = 2200) -> bytes:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#fbf6e6"))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data())


def pdf_bytes(pages: int = 2) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    sheet = canvas.Canvas(out, pagesize=A4)
    for number in range(pages):
        sheet.drawString(72, 760, f"Page {number + 1}")
        sheet.showPage()
    sheet.save()
    return out.getvalue()


@pytest.fixture
def pane(make_window, sample_store):  # noqa: ANN001, ANN201
    window = make_window(sample_store)
    window.select_license(NUMBER)
    pane = window.detail.attachments
    for name, data in (("正本.pdf", pdf_bytes()), ("照片.png", png_bytes()),
                       ("坏的.pdf", b"%PDF-1.7\n" + b"\x00garbage" * 50), ("坏的.png", b"\x89PNG\r\n\x1a\n" + b"junk" * 40)):
        sample_store.add_attachment(NUMBER, name, data)
    pane.show_license(NUMBER)
    window.detail.tabs.setCurrentWidget(pane)
    yield pane
    for viewer in list(pane.viewers.values()):
        viewer.close()


def open_row(pane, qtbot, row: int) -> AttachmentViewer:  # noqa: ANN001
    item = pane.list.item(row)
    pane.list.setCurrentItem(item)
    rect = pane.list.visualItemRect(item)
    # A real double-click: press and release, then the second press Qt reads as the double-click.
    qtbot.mouseClick(pane.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(pane.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: pane.selected_id() in pane.viewers)
    viewer = pane.viewers[pane.selected_id()]
    qtbot.waitExposed(viewer)
    return viewer


def test_double_click_shows_the_pdf_inside_licdesk(pane, qtbot) -> None:  # noqa: ANN001
    viewer = open_row(pane, qtbot, 0)
    assert viewer.kind == "pdf" and viewer.problem == ""
    assert viewer.document.pageCount() == 2 and viewer.pdf_view is not None and viewer.pdf_view.isVisible()
    assert "正本.pdf" in viewer.windowTitle() and viewer.page_label.text() == "第 1 / 2 页"
    assert pane.open_selected() is viewer  # asked again: the same window comes forward
    viewer.set_fit(False)
    assert viewer.pdf_view.zoomFactor() == 1.0


def test_an_image_fits_the_window_or_shows_at_full_size(pane, qtbot) -> None:  # noqa: ANN001
    viewer = open_row(pane, qtbot, 1)
    assert viewer.kind == "image" and viewer.problem == ""
    fitted = viewer.image_label.pixmap().size()
    room = viewer.scroll.viewport().size()
    assert fitted.width() <= room.width() and fitted.height() <= room.height()
    assert room.height() - fitted.height() <= 2  # as large as the window allows: the tall page fills its height
    viewer.actual_button.click()
    assert viewer.image_label.pixmap().size().width() == 1600 and viewer.scroll.verticalScrollBar().maximum() > 0
    viewer.fit_button.click()
    assert viewer.image_label.pixmap().size().width() < 1600


@pytest.mark.parametrize(("row", "words"), [(2, "PDF 文件已损坏"), (3, "图像文件已损坏")])
def test_a_damaged_file_is_said_plainly_and_can_still_be_saved(pane, qtbot, monkeypatch, tmp_path, row, words) -> None:  # noqa: ANN001
    viewer = open_row(pane, qtbot, row)
    assert words in viewer.problem
    shown = [label.text() for label in viewer.findChildren(attachment_viewer.QLabel) if label.isVisible()]
    assert viewer.problem in shown and not viewer.fit_button.isEnabled()
    target = tmp_path / "saved" / "copy.bin"
    target.parent.mkdir()
    monkeypatch.setattr(attachment_viewer.QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    assert viewer.save_as() == target and target.read_bytes() == viewer.data


def test_system_viewer_gets_a_copy_or_a_clear_message(pane, qtbot, monkeypatch) -> None:  # noqa: ANN001
    viewer = open_row(pane, qtbot, 1)
    opened: list[str] = []
    monkeypatch.setattr(attachment_viewer.QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toLocalFile()) or True))
    copy = viewer.open_in_system()
    assert opened == [str(copy)] and Path(copy).read_bytes() == viewer.data and Path(copy).suffix == ".png"
    said: list[str] = []
    monkeypatch.setattr(attachment_viewer.QDesktopServices, "openUrl", staticmethod(lambda url: False))
    monkeypatch.setattr(attachment_viewer, "show_error", lambda parent, title, text: said.append(text))
    assert viewer.open_in_system() is None and "照片.png" in said[0] and "另存为" in said[0]


def test_an_unknown_type_offers_save_and_the_system_viewer(qtbot, monkeypatch) -> None:  # noqa: ANN001
    viewer = AttachmentViewer(b"PK\x03\x04 not a scan", "notes.docx", "application/octet-stream")
    qtbot.addWidget(viewer)
    assert viewer.kind == "other" and "不能显示" in viewer.problem
    assert viewer.save_button.isEnabled() and viewer.system_button.isEnabled()
    opened: list[str] = []
    monkeypatch.setattr(attachment_viewer.QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toLocalFile()) or True))
    copy = viewer.open_in_system()
    assert copy is not None and copy.name == "attachment.docx" and copy.read_bytes() == viewer.data


def test_the_viewer_closes_with_ctrl_w_and_its_close_button(pane, qtbot) -> None:  # noqa: ANN001
    viewer = open_row(pane, qtbot, 0)
    viewer.close_button.click()
    qtbot.waitUntil(lambda: not pane.viewers)
    for key, modifier in ((Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier),
                          (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier)):
        viewer = open_row(pane, qtbot, 1)
        qtbot.waitUntil(lambda: QApplication.activeWindow() is viewer)  # noqa: B023 - waited for here
        qtbot.keyClick(QApplication.focusWidget() or viewer, key, modifier)  # where a clerk's keys go
        qtbot.waitUntil(lambda: not pane.viewers)
