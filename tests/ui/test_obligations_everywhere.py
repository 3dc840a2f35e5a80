"""One list of obligations everywhere: `licdesk due`, the Deadlines page, the start-up reminder and the
calendar export show the same duties, a not-compliant review finding due for fixing among them."""

from __future__ import annotations

import datetime as _dt
import json
from pathlib import Path

import pytest

from licdesk import cli
from licdesk.domain import deadlines as dl
from licdesk.domain import review as rv
from licdesk.domain.model import ANNUAL_REPORT, Clause, Event, Inspection, License, Service

TODAY = _dt.date(2026, 11, 23)
NUMBER = "浙B2-20990808"


def _license() -> License:
    return License(
        number=NUMBER, company="杭州溪山示例网络有限公司", legal_representative="沈溪",
        services=[Service("信息服务业务（仅限互联网信息服务）", "浙江省")],
        issue_date=_dt.date(2022, 7, 1), expiry_date=_dt.date(2027, 6, 30),
        inspections=[Inspection(y, "已报送", date=_dt.date(y + 1, 3, 1), kind=ANNUAL_REPORT) for y in range(2022, 2026)],
        events=[Event(dl.LEGAL_REPRESENTATIVE_CHANGE, _dt.date(2026, 11, 10), note="新任法定代表人：许山")],
        clauses=[Clause(1, "一、", "你公司应当配备用户投诉受理人员。"),
                 Clause(2, "二、", "你公司应当建立网络与信息安全保障措施。")],
    )


@pytest.fixture
def library(db_path: Path) -> Path:
    """A license with a change to file, and a not-compliant finding of its review due in 5 days."""
    from licdesk.store import Store
    from licdesk.store import review as store_review

    with Store.open(db_path) as store:
        store.save(_license())
        current = store_review.start_round(store, NUMBER, reviewer="王审核")
        store_review.update_review(store, current.uuid, "1", status=rv.NOT_COMPLIANT, by="王审核",
                                   note="投诉受理人员尚未配备", due=TODAY + _dt.timedelta(days=5))
        store_review.update_review(store, current.uuid, "2", status=rv.COMPLIANT, by="王审核")
    return db_path


def _due_json(db_path: Path, capsys, *extra: str) -> list[dict]:  # noqa: ANN001
    code = cli.run(["due", "--today", TODAY.isoformat(), "--within", "30", "--json", "--db", str(db_path), *extra])
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out)


def _finding(items: list[dict]) -> list[dict]:
    return [i for i in items if i["obligation"] == dl.REVIEW_FINDING]


def test_the_command_line_the_deadlines_page_and_the_reminder_list_the_same(qtbot, library, capsys):  # noqa: ANN001
    from licdesk.store import Store
    from licdesk.ui.deadlines.deadlines_page import DeadlinesPage
    from licdesk.ui.deadlines.reminder import reminder_items, startup_reminder

    needing = _due_json(library, capsys)
    everything = _due_json(library, capsys, "--all")
    [finding] = _finding(needing)
    assert (finding["number"], finding["due"], finding["status"]) == (NUMBER, "2026-11-28", dl.DUE_SOON)
    assert {i["obligation"] for i in needing} == {dl.REVIEW_FINDING, dl.CHANGE_FILING}

    with Store.open(library, readonly=True) as store:
        page = DeadlinesPage(store, today=TODAY, window_days=30)
        qtbot.addWidget(page)
        assert [o.to_dict() for o in page.model.items()] == everything
        shown = [page.model.data(page.model.index(row, page.model.TITLE)) for row in range(page.model.rowCount())]
        assert "整改第一条（不符合）" in shown
        kinds = [page.kind_filter.itemText(i) for i in range(page.kind_filter.count())]
        assert "审查整改" in kinds  # a kind of its own in the filter, named in the clerk's words

        dialog = startup_reminder(None, store, TODAY, window_days=30)
        assert dialog is not None
        qtbot.addWidget(dialog)
        assert [o.to_dict() for o in dialog.model.items()] == needing
        # what the desk's start-up worker computes on its own read-only connection
        assert [o.to_dict() for o in reminder_items(store, TODAY, 30)] == needing


def _deadline_titles(path: Path) -> list[str]:
    from openpyxl import load_workbook

    sheet = load_workbook(path)["合规期限"]
    return [str(cell.value) for row in sheet.iter_rows() for cell in row if cell.value]


def test_the_calendar_and_excel_exports_of_the_page_and_the_command_line_hold_the_finding(
        qtbot, library, capsys, tmp_path):  # noqa: ANN001
    from licdesk.store import Store
    from licdesk.ui.deadlines.deadlines_page import DeadlinesPage

    for kind in ("ics", "xlsx"):
        assert cli.run(["export", "--format", kind, "--today", TODAY.isoformat(), "--db", str(library),
                        "-o", str(tmp_path / f"cli.{kind}")]) == 0
    with Store.open(library, readonly=True) as store:
        page = DeadlinesPage(store, today=TODAY, window_days=30)
        qtbot.addWidget(page)
        assert page.export_ics(str(tmp_path / "page.ics"))
        assert page.export_xlsx(str(tmp_path / "page.xlsx"))
    for name in ("cli.ics", "page.ics"):
        text = (tmp_path / name).read_text(encoding="utf-8")
        assert "整改第一条" in text and "DTSTART;VALUE=DATE:20261128" in text
    for name in ("cli.xlsx", "page.xlsx"):
        assert "整改第一条（不符合）" in _deadline_titles(tmp_path / name)


def test_the_desk_at_start_up_reminds_of_the_finding_and_its_deadlines_window_lists_it(
        qtbot, make_window, library, capsys, monkeypatch):  # noqa: ANN001
    import licdesk.ui.deadlines.deadlines_page as deadlines_page
    from licdesk.store import Store

    needing = _due_json(library, capsys)
    everything = _due_json(library, capsys, "--all")
    monkeypatch.setattr(deadlines_page, "saved_window_days", lambda settings=None: 30)  # the window `due --within 30` uses
    with Store.open(library) as store:
        window = make_window(store, today=TODAY)
        window.deadlines.reminder = None
        window.deadlines.start_reminder_in_background()  # as the desk does once it is shown
        qtbot.waitUntil(lambda: window.deadlines.reminder is not None, timeout=10000)
        assert [o.to_dict() for o in window.deadlines.reminder.model.items()] == needing
        window.deadlines.reminder.accept()  # 查看合规期限
        page = window.deadlines.page
        assert page is not None and page.isVisible()
        page.window_spin.setValue(30)
        assert [o.to_dict() for o in page.model.items()] == everything
        assert any(o.kind == dl.REVIEW_FINDING for o in page.visible_obligations())
        window.close()


def test_a_closed_license_makes_no_new_duty_in_any_place(qtbot, library, capsys, tmp_path):  # noqa: ANN001
    """Closed on 15 November: the change filing of the 10th still stands; the finding due on the 28th,
    the annual report and the renewal arise after the closing and are listed nowhere."""
    from licdesk.domain import closure as cl
    from licdesk.store import Store, closures
    from licdesk.ui.deadlines.deadlines_page import DeadlinesPage
    from licdesk.ui.deadlines.reminder import reminder_items, startup_reminder

    with Store.open(library) as store:
        closures.close_license(store, NUMBER, cl.CANCELLED, _dt.date(2026, 11, 15))
    needing = _due_json(library, capsys)
    everything = _due_json(library, capsys, "--all")
    assert {i["obligation"] for i in needing} == {dl.CHANGE_FILING}
    assert not _finding(everything)
    assert not [i for i in everything if i["obligation"] in (dl.RENEWAL, dl.EXPIRY)]
    assert not [i for i in everything if i["obligation"] == dl.ANNUAL_REPORT and i["year"] == 2026]

    assert cli.run(["export", "--format", "ics", "--today", TODAY.isoformat(), "--db", str(library),
                    "-o", str(tmp_path / "cli.ics")]) == 0
    with Store.open(library, readonly=True) as store:
        page = DeadlinesPage(store, today=TODAY, window_days=30)
        qtbot.addWidget(page)
        assert [o.to_dict() for o in page.model.items()] == everything
        assert page.export_ics(str(tmp_path / "page.ics"))
        dialog = startup_reminder(None, store, TODAY, window_days=30)
        assert dialog is not None
        qtbot.addWidget(dialog)
        assert [o.to_dict() for o in dialog.model.items()] == needing
        assert [o.to_dict() for o in reminder_items(store, TODAY, 30)] == needing
    for name in ("cli.ics", "page.ics"):
        text = (tmp_path / name).read_text(encoding="utf-8")
        assert "整改第一条" not in text and "法定代表人变更" in text
