"""Review mode: licenses beside the review pane; packages in and out, report written, rounds compared."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from licdesk.domain import review as rv
from licdesk.store import Store
from licdesk.store import review as store_review
from tests.unit.test_review_domain import fictional_license

NUMBER = "京B2-20990001"


@pytest.fixture
def office(tmp_path: Path):  # noqa: ANN201
    with Store.open(tmp_path / "office.sqlite3") as store:
        store.save(fictional_license())
        yield store


def make_window(qtbot, store, reviewer: str):  # noqa: ANN001, ANN201
    from licdesk.ui.common.fonts import register_bundled_fonts
    from licdesk.ui.dialogs.review_window import ReviewWindow

    register_bundled_fonts()
    window = ReviewWindow(store, reviewer=reviewer)
    qtbot.addWidget(window)
    window.resize(1300, 860)
    window.show()
    return window


def test_review_mode_round_trip_through_a_package(qtbot, office: Store, tmp_path: Path) -> None:  # noqa: ANN001
    window = make_window(qtbot, office, "王审核")
    assert window.current_number() == NUMBER and "未开始审查" in window.licenses.item(0).text()
    qtbot.mouseClick(window.pane.new_round_button, Qt.MouseButton.LeftButton)
    window.pane.table.setFocus()
    qtbot.keyClick(window.pane.table, Qt.Key.Key_2)
    assert "已审 4 / 8 条" in window.licenses.item(0).text()

    package = window.export_package_file(tmp_path / "out.licreview")
    assert package is not None and package.exists()

    with Store.open(tmp_path / "laptop.sqlite3") as laptop:
        away = make_window(qtbot, laptop, "李律师")
        assert away.licenses.count() == 0
        report = away.import_package_file(package)
        assert report.licenses[0].created and away.licenses.count() == 1
        away.pane.select_clause("2")
        away.pane.note_edit.setPlainText("年报回执已核对")
        away.pane.table.setFocus()
        qtbot.keyClick(away.pane.table, Qt.Key.Key_2)
        reply = away.export_package_file(tmp_path / "reply.licreview")

    window.pane.select_clause("2")
    window.pane.note_edit.setPlainText("年报截图待补")
    window.pane.commit_edits()
    report = window.import_package_file(reply)
    assert report.conflicts == 1 and "冲突 1 处" in window.statusBar().currentMessage()
    assert "待解决冲突：1" in window.conflicts_label.text()
    dialog = window.conflicts_dialog  # opened by the import
    assert dialog is not None and dialog.isVisible() and dialog.table.rowCount() == 1
    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.keep_ours_button, Qt.MouseButton.LeftButton)
    dialog.close()
    assert window.conflicts_label.text() == ""
    latest = store_review.latest_round(office, NUMBER).reviews["2"]
    assert (latest.status, latest.note) == (rv.COMPLIANT, "年报截图待补")


def test_report_and_comparison_from_review_mode(qtbot, office: Store, tmp_path: Path) -> None:  # noqa: ANN001
    first = store_review.start_round(office, NUMBER)
    store_review.update_review(office, first.uuid, "1", status=rv.NOT_COMPLIANT, note="未配备")
    second = store_review.start_round(office, NUMBER)
    store_review.update_review(office, second.uuid, "1", status=rv.COMPLIANT, note="已配备两名")
    window = make_window(qtbot, office, "王审核")
    dialog = window.show_diff()
    cells = [[dialog.table.item(r, c).text() for c in range(4)] for r in range(dialog.table.rowCount())]
    assert ["一", "状态", "不符合", "符合"] in cells and ["一", "说明", "未配备", "已配备两名"] in cells

    from openpyxl import load_workbook
    from pypdf import PdfReader

    pdf = window.write_report(tmp_path / "报告.pdf")
    text = "".join(p.extract_text() for p in PdfReader(pdf).pages).replace(" ", "")
    assert "已配备两名" in text
    xlsx = window.write_report(tmp_path / "报告.xlsx")
    rows = list(load_workbook(xlsx)["逐条审查"].iter_rows(min_row=2, values_only=True))
    assert rows[0][4] == "符合" and rows[0][6] == "已配备两名"


def test_review_mode_on_a_read_only_database(qtbot, office: Store, tmp_path: Path) -> None:  # noqa: ANN001
    store_review.start_round(office, NUMBER)
    with Store.open(office.path, readonly=True) as view:
        window = make_window(qtbot, view, "访客")
        assert "只读" in window.windowTitle()
        assert not window.import_action.isEnabled() and not window.pane.new_round_button.isEnabled()


def test_licdesk_review_open_takes_a_package_in_and_shows_it(qtbot, office: Store, tmp_path: Path,  # noqa: ANN001
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    from licdesk import cli
    from licdesk.services.review_package import export_package

    if "licdesk.cli.review" not in cli._COMMAND_MODULES:
        monkeypatch.setattr(cli, "_COMMAND_MODULES", cli._COMMAND_MODULES + ("licdesk.cli.review",))
    package = export_package(office, [NUMBER], tmp_path / "p.licreview")
    laptop = tmp_path / "laptop.sqlite3"
    picture = tmp_path / "review.png"
    code = cli.run(["--db", str(laptop), "review", "open", str(package), "--reviewer", "李律师",
                    "--screenshot", str(picture)])
    assert code == 0 and picture.stat().st_size > 10000
    with Store.open(laptop) as opened:
        assert opened.load(NUMBER) is not None and store_review.rounds(opened, NUMBER)


def test_a_review_report_is_offered_under_a_name_of_its_own(qtbot, office: Store, monkeypatch) -> None:  # noqa: ANN001
    import datetime as dt

    from licdesk.ui.dialogs import review_window

    window = make_window(qtbot, office, "王审核")
    offered = []
    monkeypatch.setattr(review_window.QFileDialog, "getSaveFileName",
                        staticmethod(lambda parent, title, start, filters: (offered.append(start), ("", ""))[1]))
    window._ask_report()
    assert Path(offered[0]).name == f"审查报告-{NUMBER}-{dt.date.today().isoformat()}.pdf"
