"""The review report read back: PDF text (pypdf), workbook cells (openpyxl), calendar obligations."""

from __future__ import annotations

import datetime as _dt
import io
from pathlib import Path

from licdesk.domain import deadlines as dl
from licdesk.domain import review as rv
from licdesk.domain.review_calendar import REVIEW_FINDING, review_obligations
from tests.unit.test_review_domain import AT, fictional_license

TODAY = _dt.date(2026, 11, 23)


def reviewed_round():  # noqa: ANN201
    lic = fictional_license()
    round_ = rv.first_round(lic, AT, "王审核 & <法务>")
    items = {i.key: i for i in rv.review_items(lic)}
    round_.reviews["1"] = rv.set_review(round_.reviews["1"], items["1"], AT, "王审核", status=rv.NOT_COMPLIANT,
                                        note="尚未配备投诉受理人员 <急>", responsible="张三",
                                        due=_dt.date(2026, 12, 15), evidence=["ab" * 32])
    round_.reviews["2"] = rv.set_review(round_.reviews["2"], items["2"], AT, status=rv.COMPLIANT,
                                        note="=已于一季度报送")
    round_.reviews["3.1"] = rv.set_review(round_.reviews["3.1"], items["3.1"], AT, status=rv.PARTLY,
                                          note="日志只留存三个月")  # no due date: not in the calendar
    return lic, round_


def pdf_text(data: bytes) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_the_pdf_report_holds_every_clause_its_status_and_evidence(tmp_path: Path) -> None:
    from licdesk.pdf.review_report import render_review_report

    lic, round_ = reviewed_round()
    result = render_review_report(lic, round_, evidence_names={"ab" * 32: "投诉受理制度.pdf"}, generated=TODAY)
    text = pdf_text(result.pdf).replace(" ", "")
    assert result.page_count >= 1 and not result.missing_characters
    assert "特别规定事项合规审查报告" in text and "京B2-20990001" in text
    assert "王审核&<法务>" in text  # user text printed literally, markup escaped
    assert "尚未配备投诉受理人员<急>" in text and "投诉受理制度.pdf" in text
    assert "待整改事项（2项）" in text and "2026年12月15日" in text
    assert "已审6条，共8条" in text
    for label in ("一", "二", "三（一）", "三（二）", "四（一）"):
        assert label in text
    assert b"Helvetica" not in result.pdf  # only the embedded faces


def test_the_workbook_has_a_summary_and_one_row_per_clause(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    from licdesk.exports.review_xlsx import CLAUSES_SHEET, SUMMARY_SHEET, write_review_workbook

    lic, round_ = reviewed_round()
    path = write_review_workbook(tmp_path / "审查.xlsx", lic, round_, evidence_names={"ab" * 32: "投诉受理制度.pdf"},
                                 generated=TODAY)
    book = load_workbook(path)
    summary = {row[0].value: row[1].value for row in book[SUMMARY_SHEET].iter_rows()}
    assert summary["已审条款"] == 6 and summary["条款总数"] == 8 and summary["状态：不符合"] == 1
    rows = list(book[CLAUSES_SHEET].iter_rows(min_row=2, values_only=True))
    assert [r[1] for r in rows] == ["1", "2", "3", "3.1", "3.2", "3.3", "4", "4.1"]
    first = rows[0]
    assert (first[4], first[6], first[7], first[9]) == ("不符合", "尚未配备投诉受理人员 <急>", "张三", "投诉受理制度.pdf")
    assert first[8].date() == _dt.date(2026, 12, 15)
    assert rows[1][6] == "'=已于一季度报送"  # a note, not a formula (OWASP: a leading quote)
    assert book[CLAUSES_SHEET]["G3"].data_type == "s"


def test_open_findings_with_a_due_date_enter_the_calendar() -> None:
    lic, round_ = reviewed_round()
    [item] = review_obligations(lic, round_, TODAY)
    assert item.kind == REVIEW_FINDING and item.due == _dt.date(2026, 12, 15)
    assert item.status == dl.DUE_SOON and "一" in item.title_zh and "张三" in item.note
    assert review_obligations(lic, round_, _dt.date(2027, 1, 1))[0].status == dl.OVERDUE


def test_every_seed_prints_a_complete_report(seeds) -> None:  # noqa: ANN001
    from licdesk.importer import read_license
    from licdesk.pdf.review_report import render_review_report

    for path in seeds:
        lic = read_license(path.read_bytes())
        round_ = rv.first_round(lic, AT, "王审核")
        result = render_review_report(lic, round_, generated=TODAY)
        text = pdf_text(result.pdf).replace(" ", "")
        assert not result.missing_characters, lic.number
        total = len(rv.review_items(lic))
        assert f"共{total}条" in text
        assert text.count("不适用") >= rv.progress(lic, round_).by_status[rv.NOT_APPLICABLE]


def test_review_findings_are_a_calendar_kind_of_their_own() -> None:
    lic, round_ = reviewed_round()
    [item] = review_obligations(lic, round_, TODAY)
    assert dl.KIND_NAMES[item.kind] == ("审查整改", "Review finding to fix")
    assert not dl.can_mark_done(item)  # settled by a later review, not by a filing
    from licdesk.exports.ics import calendar_text

    assert "审查整改" in calendar_text([item])
