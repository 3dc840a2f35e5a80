"""The Deadlines page, the startup reminder and the timeline, on a real store with fictional licenses.

Set LICDESK_SCREENSHOTS=1 to also write the pictures to docs/screenshots/.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path

import pytest

from licdesk.domain import deadlines as dl
from licdesk.domain.model import ANNUAL_REPORT, Event, Inspection, License, Service, Website
from licdesk.paths import resource_path

D = dt.date
TODAY = D(2025, 6, 10)
ROOT = Path(__file__).resolve().parents[2]


def reports(*years: int) -> list[Inspection]:
    return [Inspection(y, "已报送", date=D(y + 1, 3, 10), kind=ANNUAL_REPORT) for y in years]


def fictional_licenses() -> list[License]:
    icp = [Service("信息服务业务（仅限互联网信息服务）", "全国")]
    return [
        License(number="沪B2-20990101", company="上海青禾网络科技有限公司", legal_representative="李青",
                services=icp, issue_date=D(2020, 9, 1), expiry_date=D(2025, 8, 31),
                annex=[Website("青禾社区", ["qinghe.example.cn"])], inspections=reports(2020, 2021, 2022, 2023, 2024),
                events=[Event(dl.LEGAL_REPRESENTATIVE_CHANGE, D(2025, 5, 28), note="新任法定代表人：周青")]),
        License(number="B1-20990202", company="远山数据服务股份有限公司", legal_representative="赵远",
                services=[Service("互联网数据中心业务", "北京、上海、广东")],
                issue_date=D(2022, 7, 1), expiry_date=D(2027, 6, 30), inspections=reports(2022, 2023)),
        License(number="粤B2-20990303", company="广州榕树信息技术有限公司", legal_representative="陈榕",
                services=icp, issue_date=D(2019, 3, 15), expiry_date=D(2024, 3, 14),
                inspections=reports(2019, 2020, 2021, 2022)),
        License(number="苏B2-20990404", company="苏州云帆信息技术有限公司", legal_representative="周帆",
                services=icp, issue_date=D(2023, 11, 1), expiry_date=D(2028, 10, 31), inspections=reports(2023, 2024),
                events=[Event(dl.ILLEGAL_INFO_DISPOSAL, D(2025, 6, 5)),
                        Event(dl.SECURITY_ASSESSMENT, D(2025, 3, 1), filed=D(2025, 3, 20))]),
        License(number="浙B2-20990505", company="杭州晨星科技有限公司", legal_representative="钱晨",
                services=icp, issue_date=D(2021, 6, 20), expiry_date=D(2026, 6, 19),
                inspections=reports(2021, 2022, 2023, 2024)),
    ]


@pytest.fixture
def app_with_font(qapp):
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QFont, QFontDatabase

    QCoreApplication.setOrganizationName("licdesk-tests")
    QCoreApplication.setApplicationName("licdesk-tests")
    font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", "wqy-microhei.ttc")))
    families = QFontDatabase.applicationFontFamilies(font_id)
    if families:
        qapp.setFont(QFont(families[0], 10))
    return qapp


@pytest.fixture
def store(db_path: Path):
    from licdesk.store import Store

    with Store.open(db_path) as opened:
        for lic in fictional_licenses():
            opened.save(lic)
        yield opened


def keep_screenshot(path: Path) -> None:
    if os.environ.get("LICDESK_SCREENSHOTS"):
        target = ROOT / "docs" / "screenshots" / path.name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, target)


# -- the page --------------------------------------------------------------------------------
def test_the_page_lists_overdue_first_colour_coded(app_with_font, qtbot, store) -> None:
    from PySide6.QtCore import Qt

    from licdesk.ui.deadlines.deadlines_page import DeadlinesPage
    from licdesk.ui.deadlines.obligation_model import ObligationModel

    page = DeadlinesPage(store, today=TODAY, window_days=30)
    qtbot.addWidget(page)
    shown = page.visible_obligations()
    assert shown, "something is due"
    assert all(o.status != dl.DONE for o in shown)  # the default filter: not done
    statuses = [o.status for o in shown]
    assert statuses.index(dl.OVERDUE) == 0
    assert dl.OVERDUE not in statuses[statuses.index(dl.DUE_SOON):]
    first = page.proxy.index(0, ObligationModel.STATUS)
    assert first.data() == "已逾期"
    assert first.data(Qt.ItemDataRole.BackgroundRole).color().name() == "#fde2e1"
    titles = [page.proxy.index(r, ObligationModel.TITLE).data() for r in range(page.proxy.rowCount())]
    assert any("2024年度" in t for t in titles)
    assert any("续办" in t for t in titles)
    assert "已逾期" in page.summary.text() and "2025年6月10日" in page.summary.text()


def test_filters_by_license_kind_and_status(app_with_font, qtbot, store) -> None:
    from licdesk.ui.deadlines.deadlines_page import DeadlinesPage

    page = DeadlinesPage(store, today=TODAY, window_days=30)
    qtbot.addWidget(page)
    page.set_filters(number="B1-20990202")
    assert {o.number for o in page.visible_obligations()} == {"B1-20990202"}
    page.set_filters(kind=dl.ANNUAL_REPORT)
    assert {(o.kind, o.year) for o in page.visible_obligations()} == {
        (dl.ANNUAL_REPORT, 2024), (dl.ANNUAL_REPORT, 2025), (dl.LATE_ANNUAL_REPORT, 2024)}
    page.set_filters(status=dl.DONE)
    assert {o.year for o in page.visible_obligations()} == {2022, 2023}
    page.license_filter.setCurrentIndex(0)
    page.kind_filter.setCurrentIndex(0)
    page.set_filters(status=dl.OVERDUE)
    assert {o.status for o in page.visible_obligations()} == {dl.OVERDUE}
    assert len({o.number for o in page.visible_obligations()}) == 3


def test_marking_an_annual_report_done_saves_it_in_the_store(app_with_font, qtbot, store) -> None:
    from licdesk.ui.deadlines.deadlines_page import DeadlinesPage

    page = DeadlinesPage(store, today=TODAY, window_days=30)
    qtbot.addWidget(page)
    page.set_filters(number="B1-20990202", kind=dl.ANNUAL_REPORT)
    row = next(i for i, o in enumerate(page.visible_obligations()) if o.kind == dl.ANNUAL_REPORT and o.year == 2024)
    page.select_row(row)
    item = page.selected_obligation()
    assert (item.number, item.year) == ("B1-20990202", 2024)
    assert page.mark_button.isEnabled()
    with qtbot.waitSignal(page.changed) as signal:
        assert page.record_done(item, D(2025, 6, 9), note="受理编号 A-1")
    assert signal.args == ["B1-20990202"]
    saved = store.load("B1-20990202")
    assert [(r.year, r.kind, r.date, r.note) for r in saved.inspections if r.year == 2024] == [
        (2024, ANNUAL_REPORT, D(2025, 6, 9), "受理编号 A-1")]
    assert {o.year for o in page.visible_obligations()} == {2025}  # 2024 and its late twin are gone


def test_an_expiry_cannot_be_marked_done_and_says_why(app_with_font, qtbot, store) -> None:
    from licdesk.ui.deadlines.deadlines_page import DeadlinesPage

    page = DeadlinesPage(store, today=TODAY, window_days=30)
    qtbot.addWidget(page)
    page.set_filters(number="粤B2-20990303", kind=dl.EXPIRY)
    page.select_row(0)
    assert page.selected_obligation().kind == dl.EXPIRY
    assert not page.mark_button.isEnabled()
    assert "新证书" in page.details.text()


def test_the_mark_done_dialog_defaults_to_today(app_with_font, qtbot) -> None:
    from licdesk.ui.deadlines.deadlines_page import MarkDoneDialog

    item = next(o for o in dl.obligations(fictional_licenses()[1], TODAY) if o.year == 2024)
    dialog = MarkDoneDialog(item, TODAY)
    qtbot.addWidget(dialog)
    assert dialog.chosen_date() == TODAY
    assert dialog.note() is None
    dialog.note_edit.setText("  网上报送  ")
    assert dialog.note() == "网上报送"


def test_a_wider_window_turns_upcoming_into_due_soon(app_with_font, qtbot, store) -> None:
    from licdesk.ui.deadlines.deadlines_page import DeadlinesPage

    page = DeadlinesPage(store, today=TODAY, window_days=30)
    qtbot.addWidget(page)
    page.window_spin.setValue(30)
    before = sum(o.status == dl.DUE_SOON for o in page.obligations())
    page.window_spin.setValue(120)
    after = [o for o in page.obligations() if o.status == dl.DUE_SOON]
    assert len(after) > before
    assert any(o.number == "沪B2-20990101" and o.kind == dl.EXPIRY for o in after)


def test_exports_from_the_page_write_what_it_lists(app_with_font, qtbot, store, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    from licdesk.ui.deadlines.deadlines_page import DeadlinesPage

    page = DeadlinesPage(store, today=TODAY, window_days=30)
    qtbot.addWidget(page)
    page.set_filters(number="沪B2-20990101")
    assert page.export_ics(str(tmp_path / "due.ics"))
    assert (tmp_path / "due.ics").read_text(encoding="utf-8").count("BEGIN:VEVENT") == len(page.visible_obligations())
    assert page.export_xlsx(str(tmp_path / "due.xlsx"))
    sheet = load_workbook(tmp_path / "due.xlsx")["合规期限"]
    assert {row[3] for row in sheet.iter_rows(min_row=2, values_only=True)} == {"沪B2-20990101"}


def test_deadlines_page_screenshot(app_with_font, qtbot, store, tmp_path: Path) -> None:
    from PySide6.QtGui import QColor

    from licdesk.ui.deadlines.deadlines_page import DeadlinesPage

    page = DeadlinesPage(store, today=TODAY, window_days=30)
    qtbot.addWidget(page)
    page.resize(1280, 640)
    page.show()
    qtbot.waitExposed(page)
    page.select_row(0)
    image = page.grab().toImage()
    path = tmp_path / "deadlines.png"
    assert image.save(str(path))
    colours = {QColor(image.pixel(x, y)).name() for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert "#fde2e1" in colours and "#fff1cc" in colours  # overdue and due-soon rows are tinted
    keep_screenshot(path)


# -- the reminder ----------------------------------------------------------------------------
def test_the_startup_reminder_shows_what_needs_doing(app_with_font, qtbot, store, tmp_path: Path) -> None:
    from licdesk.ui.deadlines.reminder import startup_reminder

    dialog = startup_reminder(None, store, TODAY, window_days=30)
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert dialog.isVisible()
    expected = dl.needs_attention(dl.all_obligations(store.licenses(), TODAY, 30))
    assert dialog.model.rowCount() == len(expected)
    overdue = sum(o.status == dl.OVERDUE for o in expected)
    assert dialog.headline.text() == f"请注意：{overdue} 项已逾期，{len(expected) - overdue} 项将在 30 天内到期。"
    qtbot.waitExposed(dialog)
    shot = tmp_path / "deadlines-reminder.png"
    assert dialog.grab().save(str(shot))
    keep_screenshot(shot)
    with qtbot.waitSignal(dialog.accepted):
        dialog.show_button.click()


def test_no_reminder_when_nothing_is_due(app_with_font, qtbot, db_path: Path) -> None:
    from licdesk.store import Store
    from licdesk.ui.deadlines.reminder import startup_reminder

    with Store.open(db_path) as empty:
        assert startup_reminder(None, empty, TODAY) is None
        empty.save(License(number="京B2-20990606", company="北京安然科技有限公司", legal_representative="孙安",
                           issue_date=D(2024, 2, 1), expiry_date=D(2029, 1, 31), inspections=reports(2024)))
        assert startup_reminder(None, empty, TODAY) is None


# -- the timeline ----------------------------------------------------------------------------
def test_the_timeline_draws_every_license_and_today(app_with_font, qtbot, tmp_path: Path) -> None:
    from PySide6.QtGui import QColor, QImage

    from licdesk.ui.deadlines.timeline import AXIS_HEIGHT, ROW_HEIGHT, TimelineView

    licenses = fictional_licenses()
    view = TimelineView(licenses, TODAY)
    qtbot.addWidget(view)
    view.resize(1200, view.sizeHint().height())
    assert view.span() == (D(2019, 1, 1), D(2029, 1, 1))
    assert view.sizeHint().height() >= AXIS_HEIGHT + 5 * ROW_HEIGHT
    path = tmp_path / "timeline.png"
    assert view.export_png(str(path), width=1200, scale=1.0)
    image = QImage(str(path))
    assert (image.width(), image.height()) == (1200, view.sizeHint().height())
    today_x = round(view._x(TODAY, 1200))
    reds = [QColor(image.pixel(x, y)).name() for x in range(today_x - 2, today_x + 3)
            for y in range(AXIS_HEIGHT + ROW_HEIGHT * 2, AXIS_HEIGHT + ROW_HEIGHT * 3)]
    assert "#d32f2f" in reds  # the dashed today line crosses the rows
    # Rows are ordered by expiry: the lapsed Guangzhou license first, the Suzhou one last.
    assert [lic.number for lic in view.licenses()][0] == "粤B2-20990303"
    assert "苏B2-20990404" in view.tooltip_at(AXIS_HEIGHT + ROW_HEIGHT * 4 + 10)
    assert view.tooltip_at(AXIS_HEIGHT - 5) == ""
    keep_screenshot(_retina(view, tmp_path))


def _retina(view, tmp_path: Path) -> Path:
    path = tmp_path / "timeline.png"
    assert view.export_png(str(path), width=1200, scale=2.0)
    return path


def test_an_empty_timeline_says_so(app_with_font, qtbot) -> None:
    from licdesk.ui.deadlines.timeline import TimelineView

    view = TimelineView([], TODAY)
    qtbot.addWidget(view)
    assert not view.render_image(600, 1.0).isNull()
    assert view.span() == (D(2024, 1, 1), D(2027, 1, 1))


def test_the_timeline_page_reads_the_store_and_follows_changes(app_with_font, qtbot, store) -> None:
    from licdesk.ui.deadlines.timeline import TimelinePage

    page = TimelinePage(store, today=TODAY)
    qtbot.addWidget(page)
    assert len(page.view.licenses()) == 5
    store.delete("粤B2-20990303")
    page.refresh()
    assert "粤B2-20990303" not in [lic.number for lic in page.view.licenses()]


def test_marking_renewal_and_an_event_follow_up_done_survive_a_reload(app_with_font, qtbot, store) -> None:
    from licdesk.ui.deadlines.deadlines_page import DeadlinesPage

    page = DeadlinesPage(store, today=TODAY, window_days=30)
    qtbot.addWidget(page)
    page.set_filters(number="沪B2-20990101")
    pending = {o.kind: o for o in page.visible_obligations()}
    assert page.record_done(pending[dl.RENEWAL], D(2025, 6, 10))
    assert page.record_done(pending[dl.CHANGE_FILING], D(2025, 6, 10), note="已提交变更申请")
    saved = store.load("沪B2-20990101")
    assert [(e.kind, e.date) for e in saved.events if e.kind == dl.RENEWAL_APPLIED] == [(dl.RENEWAL_APPLIED, D(2025, 6, 10))]
    change = next(e for e in saved.events if e.kind == dl.LEGAL_REPRESENTATIVE_CHANGE)
    assert change.filed == D(2025, 6, 10)
    assert change.note == "新任法定代表人：周青；已提交变更申请"
    assert {o.kind for o in page.visible_obligations()} == {dl.EXPIRY}
