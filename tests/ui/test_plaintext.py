"""User data is shown as plain text everywhere: markup in a company name is shown, never obeyed."""

from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from licdesk.domain.model import Clause, License, Service, Website

HOSTILE_COMPANY = "<b>粗体</b>公司<img src=x onerror=alert(1)>"
HOSTILE_PERSON = "<i>张三</i>"


def _hostile() -> License:
    return License(
        number="京B2-20990099", company=HOSTILE_COMPANY, legal_representative=HOSTILE_PERSON,
        services=[Service("<u>信息服务业务</u>", "<a href='x'>全国</a>", "<script>x</script>")],
        issue_date=_dt.date(2024, 1, 1), expiry_date=_dt.date(2029, 1, 1),
        annex=[Website("<h1>站</h1>", ["<b>bad</b>.cn"], "<br>机房", "<s>接入</s>")],
        clauses=[Clause(1, "一、", "<b>条款</b>正文", applies_to="<i>信息</i>")],
    )


def test_hostile_strings_render_as_plain_text(make_window, store) -> None:  # noqa: ANN001
    store.save(_hostile())
    window = make_window(store)
    window.select_license("京B2-20990099")
    certificate = window.detail.certificate
    company = certificate.values["company"]
    assert company.textFormat() == Qt.TextFormat.PlainText
    assert company.text() == HOSTILE_COMPANY
    assert certificate.values["legal_representative"].text() == HOSTILE_PERSON
    row = certificate.service_rows[0]
    assert row.name_label.text() == "<u>信息服务业务</u>"
    assert row.coverage_label.text() == "覆盖范围：<a href='x'>全国</a>"
    # Every label that could carry user data is plain text.
    for label in window.findChildren(QLabel):
        if "<" in label.text():
            assert label.textFormat() == Qt.TextFormat.PlainText, label.text()
    # A plain-text label shows the markup characters: its width fits the literal text, not "粗体公司".
    assert company.sizeHint().width() > company.fontMetrics().horizontalAdvance("粗体公司") * 2


def test_tooltips_and_tables_escape_markup(make_window, store) -> None:  # noqa: ANN001
    store.save(_hostile())
    window = make_window(store)
    window.select_license("京B2-20990099")
    library = window.library.model
    tip = library.index(0, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert "&lt;b&gt;粗体&lt;/b&gt;" in tip and "<b>粗体" not in tip
    annex = window.detail.annex.model
    domains = annex.index(annex.row_of(0, "domains"), annex.VALUE)
    assert domains.data() == "<b>bad</b>.cn"
    assert "&lt;b&gt;bad&lt;/b&gt;.cn" in domains.data(Qt.ItemDataRole.ToolTipRole)  # the invalid-domain finding
    assert HOSTILE_COMPANY in window.windowTitle()


def test_hostile_name_in_the_delete_question_is_plain(make_window, store, monkeypatch) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QMessageBox

    store.save(_hostile())
    window = make_window(store)
    window.select_license("京B2-20990099")
    boxes = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: boxes.append(box) or 0)
    window.library_ops.delete_current()
    [box] = boxes
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert HOSTILE_COMPANY in box.text()
    assert store.exists("京B2-20990099")  # no button was clicked: nothing deleted
