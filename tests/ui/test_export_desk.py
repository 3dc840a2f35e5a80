"""文件 → 导出…: each format written from the desk over a real database and read back."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import icalendar
import openpyxl
import pytest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from licdesk.domain.model import License
from licdesk.ui.controllers import exporting
from licdesk.ui.dialogs.export_dialog import ExportDialog
from tests.ui.conftest import SAMPLES

NUMBERS = sorted(SAMPLES)


@pytest.fixture
def english(qapp):  # noqa: ANN001, ANN201
    from licdesk.ui.i18n import install_translator

    install_translator(QApplication.instance(), "en")
    yield
    install_translator(QApplication.instance(), "zh_CN")


def answer(monkeypatch, target: Path, fmt: str, scope: str = "all") -> list[ExportDialog]:  # noqa: ANN001
    """The dialog answers with `fmt` and `scope`; the file dialog with `target`."""
    shown: list[ExportDialog] = []

    def exec_(dialog: ExportDialog) -> int:
        shown.append(dialog)
        dialog.format_buttons[fmt].setChecked(True)
        {"all": dialog.all_button, "listed": dialog.listed_button, "selected": dialog.selected_button}[scope].setChecked(True)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ExportDialog, "exec", exec_)
    monkeypatch.setattr(exporting.QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    return shown


def export(window, qtbot) -> QMessageBox:  # noqa: ANN001
    window.export_action.trigger()
    qtbot.waitUntil(lambda: window.exporting.message is not None, timeout=20000)
    return window.exporting.message


def test_excel_holds_the_library_and_its_deadlines(make_window, sample_store, qtbot, monkeypatch, tmp_path) -> None:  # noqa: ANN001
    window = make_window(sample_store)
    target = tmp_path / "out" / "library.xlsx"
    target.parent.mkdir()
    answer(monkeypatch, target, "xlsx")
    message = export(window, qtbot)
    book = openpyxl.load_workbook(target)
    assert book.sheetnames == ["许可证", "合规期限"]
    rows = list(book["许可证"].iter_rows(values_only=True))
    assert rows[0][:2] == ("经营许可证编号", "公司名称")
    assert sorted(r[0] for r in rows[1:]) == NUMBERS
    deadlines = list(book["合规期限"].iter_rows(values_only=True))
    assert len(deadlines) > 1 and {r[3] for r in deadlines[1:]} <= set(NUMBERS)
    assert str(target) in message.text() and "3 张许可证" in message.text()
    assert not [p for p in target.parent.iterdir() if p.name.endswith(".part")]  # no temporary left beside it


def test_csv_without_a_suffix_gets_one_and_reads_back(make_window, sample_store, qtbot, monkeypatch, tmp_path) -> None:  # noqa: ANN001
    window = make_window(sample_store)
    answer(monkeypatch, tmp_path / "library", "csv")
    export(window, qtbot)
    with (tmp_path / "library.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][0] == "经营许可证编号" and sorted(r[0] for r in rows[1:]) == NUMBERS


def test_json_is_the_schema_json_of_each_license(make_window, sample_store, qtbot, monkeypatch, tmp_path) -> None:  # noqa: ANN001
    window = make_window(sample_store)
    target = tmp_path / "library.json"
    answer(monkeypatch, target, "json")
    export(window, qtbot)
    data = json.loads(target.read_text(encoding="utf-8"))
    assert [item["number"] for item in data] == NUMBERS
    for item in data:
        assert License.from_dict(item).to_dict() == sample_store.load(item["number"]).to_dict()


def test_calendar_holds_the_open_deadlines(make_window, sample_store, qtbot, monkeypatch, tmp_path) -> None:  # noqa: ANN001
    window = make_window(sample_store)
    target = tmp_path / "deadlines.ics"
    answer(monkeypatch, target, "ics")
    message = export(window, qtbot)
    calendar = icalendar.Calendar.from_ical(target.read_bytes())
    events = list(calendar.walk("VEVENT"))
    assert events and f"{len(events)} 项合规期限" in message.text()
    assert all(str(e["description"]).startswith("公司：") for e in events)


def test_the_selected_license_alone(make_window, sample_store, qtbot, monkeypatch, tmp_path) -> None:  # noqa: ANN001
    window = make_window(sample_store)
    window.select_license("B1-20204618")
    target = tmp_path / "one.ics"
    shown = answer(monkeypatch, target, "ics", "selected")
    export(window, qtbot)
    assert "B1-20204618" in shown[0].selected_button.text()
    events = list(icalendar.Calendar.from_ical(target.read_bytes()).walk("VEVENT"))
    assert events and all("B1-20204618" in str(e["summary"]) for e in events)


def test_the_listed_licenses_follow_the_search(make_window, sample_store, qtbot, monkeypatch, tmp_path) -> None:  # noqa: ANN001
    window = make_window(sample_store)
    window.library.set_status_filter("expired")
    target = tmp_path / "expired.json"
    shown = answer(monkeypatch, target, "json", "listed")
    export(window, qtbot)
    assert not shown[0].listed_button.isHidden()
    assert [item["number"] for item in json.loads(target.read_text(encoding="utf-8"))] == ["粤B2-20150326"]


def test_english_interface_writes_english_headers_and_descriptions(english, make_window, sample_store, qtbot,  # noqa: ANN001
                                                                   monkeypatch, tmp_path) -> None:
    window = make_window(sample_store)
    answer(monkeypatch, tmp_path / "library.csv", "csv")
    message = export(window, qtbot)
    assert "exported" in message.text().lower() or "Exported" in message.text()
    header = (tmp_path / "library.csv").read_text(encoding="utf-8-sig").splitlines()[0]
    assert header.startswith("License number,Company")
    window.exporting.message.close()
    window.exporting.message = None
    answer(monkeypatch, tmp_path / "deadlines.ics", "ics")
    export(window, qtbot)
    events = list(icalendar.Calendar.from_ical((tmp_path / "deadlines.ics").read_bytes()).walk("VEVENT"))
    assert events and all(str(e["description"]).startswith("Company: ") for e in events)
    assert all("Due date: " in str(e["description"]) and "截止日期" not in str(e["description"]) for e in events)


def test_folder_button_opens_the_folder_of_the_file(make_window, sample_store, qtbot, monkeypatch, tmp_path) -> None:  # noqa: ANN001
    window = make_window(sample_store)
    opened: list[str] = []
    monkeypatch.setattr(exporting.QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toLocalFile()) or True))
    answer(monkeypatch, tmp_path / "library.xlsx", "xlsx")
    message = export(window, qtbot)
    folder_button = next(b for b in message.buttons() if b.text() == "打开所在文件夹")
    folder_button.click()
    assert [Path(p) for p in opened] == [tmp_path]


def test_no_folder_program_is_said_plainly(make_window, sample_store, qtbot, monkeypatch, tmp_path) -> None:  # noqa: ANN001
    window = make_window(sample_store)
    said: list[str] = []
    monkeypatch.setattr(exporting.QDesktopServices, "openUrl", staticmethod(lambda url: False))
    monkeypatch.setattr(exporting, "show_error", lambda parent, title, text: said.append(text))
    assert not window.exporting.open_folder(tmp_path)
    assert said and str(tmp_path) in said[0]


def test_a_folder_that_is_not_there_is_said_and_nothing_written(make_window, sample_store, qtbot, monkeypatch,  # noqa: ANN001
                                                                tmp_path) -> None:
    window = make_window(sample_store)
    said: list[str] = []
    monkeypatch.setattr(exporting, "show_error", lambda parent, title, text: said.append(text))
    missing = tmp_path / "gone" / "library.xlsx"
    answer(monkeypatch, missing, "xlsx")
    window.export_action.trigger()
    qtbot.waitUntil(lambda: bool(said), timeout=20000)
    assert str(missing.parent) in said[0] and not missing.parent.exists()
    assert window.exporting.message is None


def test_file_dialog_starts_in_the_documents_folder_with_a_name(make_window, sample_store, monkeypatch) -> None:  # noqa: ANN001
    from licdesk.ui.common import file_dialogs

    window = make_window(sample_store)
    asked: list[tuple] = []
    monkeypatch.setattr(file_dialogs, "_last_folder", None)
    monkeypatch.setattr(exporting.QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: asked.append(a) or ("", "")))
    assert window.exporting.ask_target("xlsx", exporting.Scope("all")) is None
    start = Path(asked[0][2])
    assert start.parent == file_dialogs.documents_folder() and start.name == "许可证-2026-11-23.xlsx"


def test_the_deadlines_page_exports_in_the_interface_language(english, sample_store, qtbot, tmp_path) -> None:  # noqa: ANN001
    from licdesk.ui.deadlines.deadlines_page import DeadlinesPage
    from tests.ui.conftest import TODAY

    page = DeadlinesPage(sample_store, today=TODAY)
    qtbot.addWidget(page)
    assert page.export_xlsx(str(tmp_path / "due.xlsx")) and page.export_ics(str(tmp_path / "due.ics"))
    book = openpyxl.load_workbook(tmp_path / "due.xlsx")
    assert book.sheetnames == ["Licenses", "Deadlines"]
    assert next(book["Deadlines"].iter_rows(values_only=True))[:3] == ("Status", "Due date", "Days left")
    events = list(icalendar.Calendar.from_ical((tmp_path / "due.ics").read_bytes()).walk("VEVENT"))
    assert events and all(str(e["description"]).startswith("Company: ") for e in events)


def test_a_team_library_is_exported_through_the_desks_own_connection(make_window, sample_store, qtbot, monkeypatch,  # noqa: ANN001
                                                                       tmp_path) -> None:
    from licdesk.store.team.location import TeamLibrary

    window = make_window(sample_store)
    monkeypatch.setattr(sample_store, "team_library", TeamLibrary.parse("postgresql://clerk@db.example.test/licdesk"),
                        raising=False)
    target = tmp_path / "team.json"
    answer(monkeypatch, target, "json")
    message = export(window, qtbot)
    assert str(target) in message.text()
    assert [item["number"] for item in json.loads(target.read_text(encoding="utf-8"))] == NUMBERS
