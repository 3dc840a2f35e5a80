"""附件 tab (scans kept in the database, thumbnails, opened in licdesk and through a copy) and the compare dialog."""

from __future__ import annotations

import copy
import io
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QColor, QDesktopServices, QImage
from PySide6.QtWidgets import QMessageBox

from licdesk.ui.panes import attachments_pane
from licdesk.ui.panes.attachments_pane import render_thumbnail


def _png(path: Path) -> Path:
    image = QImage(300, 400, QImage.Format.Format_RGB32)
    image.fill(QColor("#fbf6e6"))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    path.write_bytes(bytes(buffer.data()))
    return path


def _pdf(path: Path) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=A4)
    page.setFillColorRGB(0.55, 0.16, 0.1)
    page.rect(50, 50, 495, 742, fill=1)
    page.showPage()
    page.save()
    path.write_bytes(out.getvalue())
    return path


def test_scans_are_attached_shown_as_thumbnails_opened_and_removed(window, tmp_path, monkeypatch):  # noqa: ANN001
    window.select_license("沪B2-20213857")
    pane = window.detail.attachments
    assert window.detail.tabs.tabText(window.detail.tabs.indexOf(window.detail.attachments_tab)) == "附件"
    assert pane.add_file(_png(tmp_path / "正本扫描.png"))
    assert pane.add_file(_pdf(tmp_path / "附页.pdf"))
    assert pane.list.count() == 2
    infos = window.store.attachments("沪B2-20213857")
    assert [i.file_name for i in infos] == ["正本扫描.png", "附页.pdf"]

    pdf_thumb = render_thumbnail(window.store.attachment_data(infos[1].id), infos[1].mime)
    assert not pdf_thumb.isNull() and pdf_thumb.height() <= attachments_pane.THUMBNAIL.height()
    # The page was drawn: its middle is the dark red rectangle, its corner white paper.
    middle = QColor(pdf_thumb.pixel(pdf_thumb.width() // 2, pdf_thumb.height() // 2))
    assert middle.red() > 100 and middle.green() < 80
    assert QColor(pdf_thumb.pixel(1, 1)).lightness() > 240
    assert not pane.list.item(0).icon().isNull()

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    pane.list.setCurrentRow(1)
    viewer = pane.open_selected()  # licdesk's own viewer; from there, the system's
    assert viewer is not None and viewer.document is not None and viewer.document.pageCount() == 1
    copy_path = viewer.open_in_system()
    assert opened == [str(copy_path)] and copy_path.read_bytes() == (tmp_path / "附页.pdf").read_bytes()
    assert copy_path.parent != tmp_path  # a copy in licdesk's own temporary folder
    viewer.close()

    monkeypatch.setattr(QMessageBox, "exec", lambda box: 0)
    monkeypatch.setattr(attachments_pane, "ask_yes_no", lambda *args: True)
    assert pane.remove_selected()
    assert [i.file_name for i in window.store.attachments("沪B2-20213857")] == ["正本扫描.png"]
    assert any(e.action == "detach" for e in window.store.audit("沪B2-20213857"))


def test_too_large_or_wrong_files_get_a_clear_message(window, tmp_path, monkeypatch):  # noqa: ANN001
    window.select_license("沪B2-20213857")
    pane = window.detail.attachments
    said: list[str] = []
    monkeypatch.setattr(attachments_pane, "show_error", lambda _parent, _title, text: said.append(text))
    monkeypatch.setattr(attachments_pane, "MAX_ATTACHMENT_SIZE", 1000)
    assert not pane.add_file(_png(tmp_path / "big.png"))
    assert "太大" in said[-1] and "big.png" in said[-1]
    monkeypatch.undo()
    monkeypatch.setattr(attachments_pane, "show_error", lambda _parent, _title, text: said.append(text))
    text_file = tmp_path / "notes.txt"
    text_file.write_text("不是扫描件", encoding="utf-8")
    assert not pane.add_file(text_file)
    assert said[-1]
    assert window.store.attachments("沪B2-20213857") == []


def test_compare_dialog_shows_a_real_clause_difference_of_a_seed(make_window, store, seeds):  # noqa: ANN001
    from licdesk.importer import read_license

    original = read_license(seeds[0].read_bytes())
    store.save(original)
    renewed = copy.deepcopy(original)
    path, clause = list(renewed.walk_clauses())[1]
    clause.text = clause.text[: len(clause.text) // 2] + "〔示例改动〕" + clause.text[len(clause.text) // 2:]
    store.save(renewed, replace=True)
    window = make_window(store)
    window.select_license(original.number)
    window.comparing.compare_with_version()
    dialog = window.comparing.dialog
    assert dialog.left.version_box.currentData() == 1 and dialog.right.version_box.currentData() is None
    changed = dialog.comparison.changed_clauses
    assert [c.status for c in changed] == ["changed"] and changed[0].right.text == clause.text
    assert dialog.comparison.changed_fields == []
    shown = dialog.view.toPlainText()
    assert "〔示例改动〕" in shown and "1 条条款不同" in dialog.summary.text()


def test_compare_two_licenses_field_by_field(window):  # noqa: ANN001
    from licdesk.ui.dialogs.compare_dialog import CompareDialog

    dialog = CompareDialog(window.store, window, left=("沪B2-20213857", None), right=("粤B2-20150326", None))
    changed = {f.field for f in dialog.comparison.changed_fields}
    assert {"number", "company", "expiry_date"} <= changed
    dialog.only_changes.setChecked(False)
    assert "经营许可证编号" in dialog.view.toPlainText()


def test_user_text_in_the_compare_view_shows_as_written(window):  # noqa: ANN001
    from licdesk.ui.dialogs.compare_dialog import CompareDialog

    lic = window.store.load("B1-20204618")
    lic.company = "<b>粗体</b>公司"
    window.store.save(lic, replace=True)
    dialog = CompareDialog(window.store, window, left=("B1-20204618", 1), right=("B1-20204618", None))
    assert "<b>粗体</b>公司" in dialog.view.toPlainText()


def test_start_up_reminder_opens_the_deadlines_page(window):  # noqa: ANN001
    dialog = window.deadlines.show_startup_reminder()
    assert dialog is not None  # the expired 粤B2 sample has overdue duties
    dialog.accept()
    assert window.deadlines.page is not None and window.deadlines.page.isVisible()


def test_the_window_icon_comes_from_the_app_icon_set(qapp) -> None:  # noqa: ANN001
    from PySide6.QtCore import QSize

    from licdesk.ui.common.status import app_icon

    icon = app_icon()
    assert not icon.isNull()
    assert icon.pixmap(QSize(48, 48)).width() == 48


def test_compare_from_the_library_sets_the_same_companys_other_license_beside_it(window) -> None:  # noqa: ANN001
    renewed = window.store.load("沪B2-20213857")
    renewed.number = "沪B2-20263857"
    window.store.save(renewed)
    window.library.refresh()
    window.library.compare_requested.emit("沪B2-20213857")
    dialog = window.comparing.dialog
    assert dialog.left.license_box.currentData() == "沪B2-20213857"
    assert dialog.right.license_box.currentData() == "沪B2-20263857"
    assert [f.field for f in dialog.comparison.changed_fields] == ["number"]


def test_scans_dropped_on_the_tab_are_attached(window, tmp_path, qtbot):  # noqa: ANN001
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDropEvent

    window.select_license("B1-20204618")
    pane = window.detail.attachments
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(_png(tmp_path / "scan.png"))), QUrl.fromLocalFile(str(tmp_path / "a.txt"))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    pane.dropEvent(event)
    qtbot.waitUntil(lambda: pane.list.count() == 1)
    assert [i.file_name for i in window.store.attachments("B1-20204618")] == ["scan.png"]


def test_compare_a_seed_with_an_edited_copy_under_another_number(make_window, store, seeds):  # noqa: ANN001
    from licdesk.importer import read_license
    from licdesk.ui.dialogs.compare_dialog import CompareDialog

    original = read_license(seeds[-1].read_bytes())
    store.save(original)
    renewed = copy.deepcopy(original)
    renewed.number = original.parsed_number.normalized.replace(original.parsed_number.serial or "", "9999")
    _path, clause = list(renewed.walk_clauses())[0]
    clause.text = "〔续期后的新写法〕" + clause.text
    store.save(renewed)
    window = make_window(store)
    dialog = CompareDialog(store, window, left=(original.number, None), right=(renewed.number, None))
    assert {f.field for f in dialog.comparison.changed_fields} == {"number"}
    [changed] = dialog.comparison.changed_clauses
    assert changed.segments[0] == compare_segment("insert", "〔续期后的新写法〕")
    assert "〔续期后的新写法〕" in dialog.view.toPlainText()


def compare_segment(op: str, text: str):  # noqa: ANN201
    from licdesk.domain.compare import Segment

    return Segment(op, text)


def test_start_up_reminder_is_computed_on_a_worker(window, qtbot):  # noqa: ANN001
    window.deadlines.reminder = None
    window.deadlines.start_reminder_in_background()
    qtbot.waitUntil(lambda: window.deadlines.reminder is not None, timeout=10000)  # the desk was free meanwhile
    window.deadlines.reminder.accept()
    assert window.deadlines.page is not None and window.deadlines.page.isVisible()
