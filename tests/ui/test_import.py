"""Import: preview before saving, drag and drop, paste, refusals, background batches with duplicates."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialog

from licdesk.paths import resource_path
from licdesk.ui.dialogs import duplicate_question
from licdesk.ui.controllers import importing as main_window_module
from licdesk.ui.dialogs.duplicate_question import DuplicateAnswer
from licdesk.ui.dialogs.import_preview import ImportPreviewDialog, warning_lines
from licdesk.ui.dialogs.paste_dialog import PasteDialog
from tests.ui.conftest import SAMPLES

FICTIONAL = """中华人民共和国
增值电信业务经营许可证
经营许可证编号：浙B2-20230042
公司名称：杭州云桥示例科技有限公司
法定代表人：沈一帆
业务种类（服务项目）及覆盖范围：信息服务业务（仅限互联网信息服务）
发证日期：2023年04月11日
有效期至：2028年04月11日
"""


def _drop(window, mime: QMimeData) -> QDropEvent:  # noqa: ANN001
    """What a drag from the file manager delivers: enter (which the window must accept), then the drop."""
    at = window.rect().center()
    enter = QDragEnterEvent(at, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(at), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, drop)
    return drop


def _accept_previews(monkeypatch) -> list[ImportPreviewDialog]:  # noqa: ANN001
    shown: list[ImportPreviewDialog] = []

    def accept(dialog: ImportPreviewDialog) -> int:
        shown.append(dialog)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ImportPreviewDialog, "exec", accept)
    return shown


def _errors(monkeypatch) -> list[tuple[str, str]]:  # noqa: ANN001
    seen: list[tuple[str, str]] = []
    monkeypatch.setattr(main_window_module, "show_error", lambda _parent, title, text: seen.append((title, text)))
    return seen


def test_preview_then_save_adds_the_license(make_window, store, tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    window = make_window(store)
    assert window.pages.currentWidget() is window.welcome
    path = tmp_path / "zhejiang.txt"
    text = FICTIONAL.replace("发证日期：2023年04月11日", "发证日期：2023年13月45日")
    path.write_text(text, encoding="gb18030")  # as a Windows computer would save it
    shown = _accept_previews(monkeypatch)
    assert window.importing.import_one(str(path))
    [dialog] = shown
    assert "杭州云桥示例科技有限公司" in dialog.source.toPlainText()
    assert dialog.highlighted_lines == [6]  # 0-based: the line whose date could not be read
    assert dialog.warning_list.count() == 1 and dialog.warning_list.isVisibleTo(dialog)
    top = [dialog.tree.topLevelItem(i).text(0) for i in range(dialog.tree.topLevelItemCount())]
    assert "经营许可证编号" in top and "特别规定事项" in top
    assert store.load("浙B2-20230042").company == "杭州云桥示例科技有限公司"
    assert window.pages.currentWidget() is window.desk
    assert window.license.number == "浙B2-20230042"


def test_cancelled_preview_saves_nothing(make_window, store, tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    window = make_window(store)
    monkeypatch.setattr(ImportPreviewDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    path = tmp_path / "a.txt"
    path.write_text(FICTIONAL, encoding="utf-8")
    assert not window.importing.import_one(str(path))
    assert store.count() == 0


def test_warning_lines_are_found_by_number_or_by_quote() -> None:
    source = "第一行\n公司名称：某某\n怪异的一行\n"
    found = warning_lines(source, ["第3行未能识别，已略过：怪异的一行", "发证日期“某某”不是有效的日期"])
    assert found == {2: ["第3行未能识别，已略过：怪异的一行"], 1: ["发证日期“某某”不是有效的日期"]}


def test_not_a_license_is_refused_with_a_clear_message(make_window, store, tmp_path: Path,
                                                       monkeypatch) -> None:  # noqa: ANN001
    window = make_window(store)
    errors = _errors(monkeypatch)
    path = tmp_path / "notice.txt"
    path.write_text("关于放假安排的通知\n各部门：国庆节放假七天。\n", encoding="utf-8")
    assert not window.importing.import_one(str(path))
    [(title, text)] = errors
    assert "notice.txt" in title and "不是增值电信业务经营许可证" in text
    assert store.count() == 0


def test_drag_and_drop_of_a_text_file_imports_it(make_window, store, qtbot, monkeypatch) -> None:  # noqa: ANN001
    window = make_window(store)
    _accept_previews(monkeypatch)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(resource_path("samples", SAMPLES["B1-20204618"])))])
    assert _drop(window, mime).isAccepted()
    qtbot.waitUntil(lambda: store.exists("B1-20204618"))
    qtbot.waitUntil(lambda: window.license is not None and window.license.number == "B1-20204618")


def test_dropping_other_files_explains_what_can_be_imported(make_window, store, tmp_path, qtbot,
                                                            monkeypatch) -> None:  # noqa: ANN001
    window = make_window(store)
    errors = _errors(monkeypatch)
    document = tmp_path / "license.docx"
    document.write_bytes(b"PK\x03\x04")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(document))])
    _drop(window, mime)
    qtbot.waitUntil(lambda: bool(errors))
    assert ".txt" in errors[0][1] and "PDF" in errors[0][1] and ".png" in errors[0][1]
    assert store.count() == 0


def test_dropped_pdfs_and_scans_are_imported(make_window, store, tmp_path, qtbot,
                                             monkeypatch) -> None:  # noqa: ANN001
    window = make_window(store)
    imported: list[list[str]] = []
    monkeypatch.setattr(window.importing, "import_files", imported.append)
    files = [tmp_path / name for name in ("a.pdf", "b.PNG", "c.jpeg", "d.tif", "e.doc")]
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in files])
    _drop(window, mime)
    qtbot.waitUntil(lambda: bool(imported))
    assert [Path(p).name for p in imported[0]] == ["a.pdf", "b.PNG", "c.jpeg", "d.tif"]


def test_paste_license_text(make_window, store, monkeypatch) -> None:  # noqa: ANN001
    window = make_window(store)
    _accept_previews(monkeypatch)

    def fill_and_accept(dialog: PasteDialog) -> int:
        dialog.text_box.setPlainText(FICTIONAL)
        assert dialog.read_button.isEnabled()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PasteDialog, "exec", fill_and_accept)
    window.paste_action.trigger()
    assert store.exists("浙B2-20230042")


def test_a_duplicate_asks_before_replacing(make_window, sample_store, tmp_path, monkeypatch) -> None:  # noqa: ANN001
    window = make_window(sample_store)
    _accept_previews(monkeypatch)
    changed = resource_path("samples", SAMPLES["沪B2-20213857"]).read_text(encoding="utf-8").replace(
        "周明远", "周明达")
    path = tmp_path / "changed.txt"
    path.write_text(changed, encoding="utf-8")
    answers = [DuplicateAnswer(replace=False), DuplicateAnswer(replace=True)]
    monkeypatch.setattr(duplicate_question, "ask_duplicate", lambda *a, **k: answers.pop(0))
    assert not window.importing.import_one(str(path))
    assert sample_store.load("沪B2-20213857").legal_representative == "周明远"
    assert window.importing.import_one(str(path))
    assert sample_store.load("沪B2-20213857").legal_representative == "周明达"
    assert window.detail.certificate.values["legal_representative"].text() == "周明达"


def test_several_files_import_in_the_background(make_window, sample_store, tmp_path, qtbot,
                                                monkeypatch) -> None:  # noqa: ANN001
    window = make_window(sample_store)
    new = tmp_path / "new.txt"
    new.write_text(FICTIONAL, encoding="utf-8")
    broken = tmp_path / "broken.txt"
    broken.write_text("不是许可证", encoding="utf-8")
    duplicates = [str(resource_path("samples", name)) for name in SAMPLES.values()]
    asked = []

    def replace_all(*args, **kwargs) -> DuplicateAnswer:  # noqa: ANN002, ANN003
        asked.append(kwargs.get("others_left"))
        return DuplicateAnswer(replace=True, for_all=True)

    monkeypatch.setattr(duplicate_question, "ask_duplicate", replace_all)
    window.importing.import_files([str(new), str(broken), *duplicates])
    qtbot.waitUntil(lambda: window.importing.summary_box is not None, timeout=20000)
    assert asked == [2]  # asked once, answered for all three
    assert sample_store.exists("浙B2-20230042")
    assert sample_store.count() == 4
    summary = window.importing.summary_box
    assert summary.text().startswith("已导入 1 张，替换 3 张，跳过 0 张，失败 1 个文件。")
    assert "broken.txt" in summary.detailedText()
    assert window.library.filter_buttons[None].text().endswith(" 4")
    summary.close()


def test_a_cancelled_batch_saves_nothing_more(store, tmp_path, qtbot) -> None:  # noqa: ANN001
    from licdesk.services.importing import CANCELLED
    from licdesk.ui.common.import_worker import BatchImport

    paths = []
    for name in SAMPLES.values():
        paths.append(str(resource_path("samples", name)))
    batch = BatchImport(paths, store.path)
    batch.cancel()  # the clerk pressed 取消 before the workers got to the files
    with qtbot.waitSignal(batch.finished, timeout=20000) as finished:
        batch.start()
    assert [o.status for o in finished.args[0]] == [CANCELLED] * 3
    assert store.count() == 0


def test_a_batch_finishes_once_even_when_progress_reporting_processes_events(store, qtbot) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QApplication as App

    from licdesk.ui.common.import_worker import BatchImport

    batch = BatchImport([str(resource_path("samples", name)) for name in SAMPLES.values()], store.path)
    finished = []
    batch.progress.connect(lambda *_: App.processEvents())  # what a window-modal progress dialog does
    batch.finished.connect(finished.append)
    batch.start()
    qtbot.waitUntil(lambda: bool(finished), timeout=20000)
    qtbot.wait(200)  # time for a second, wrong, finish to show up
    assert len(finished) == 1 and len(finished[0]) == 3
