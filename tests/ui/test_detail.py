"""Selecting a license fills every pane; service ↔ clause highlighting; findings beside their fields."""

from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import Qt

from licdesk.domain.model import Clause, License, Service, Website
from licdesk.ui.models.clause_model import TOP_ROW_ROLE


def test_selecting_a_license_fills_all_panes(window) -> None:  # noqa: ANN001
    assert window.select_license("沪B2-20213857")
    detail = window.detail
    certificate = detail.certificate
    assert certificate.title_main.text() == "增值电信业务经营许可证"
    assert certificate.number_label.text() == "经营许可证编号：沪B2-20213857"
    assert certificate.values["company"].text() == "上海星澜示例网络科技有限公司"
    assert certificate.values["legal_representative"].text() == "周明远"
    assert certificate.values["issuer"].text() == "上海市通信管理局"  # derived from the prefix 沪
    assert certificate.values["issue_date"].text() == "2022年3月18日"
    assert certificate.values["expiry_date"].text() == "2027年1月20日"
    assert "2026年10月22日" in certificate.renewal_note.text()  # 90 days before expiry
    assert [row.name_label.text() for row in certificate.service_rows] == ["信息服务业务（仅限互联网信息服务）"]

    annex = detail.annex.model
    assert annex.rowCount() == 8  # two websites, four fields each
    assert annex.value(0, "domains") == "xinglan-demo.cn\nwww.xinglan-demo.cn"
    assert annex.value(1, "site_name") == "星澜读书"

    clauses = detail.provisions.model
    assert clauses.rowCount() == 11
    block = clauses.index(10, 0)
    assert clauses.rowCount(block) == 6
    assert clauses.index(4, 0, block).data() == "（五）（适用于信息发布平台和递送服务）你公司提供信息发布服务时，不得强行向用户推送信息。"
    assert detail.provisions.tree.isExpanded(block)
    assert "特别规定事项" in detail.provisions.reading.toPlainText()


def test_cross_regional_certificate_and_inspection_tab(window) -> None:  # noqa: ANN001
    window.select_license("B1-20204618")
    certificate = window.detail.certificate
    assert certificate.title_main.text() == "跨地区增值电信业务经营许可证"
    assert certificate.values["issuer"].text() == "中华人民共和国工业和信息化部"
    assert [r.coverage_label.text() for r in certificate.service_rows] == ["覆盖范围：机房所在地为北京、上海、成都",
                                                                          "覆盖范围：全国"]
    assert window.detail.annex.empty.isVisibleTo(window.detail.annex)

    window.select_license("粤B2-20150326")
    inspections = window.detail.inspections.model
    assert inspections.rowCount() == 2
    assert [inspections.index(r, 0).data() for r in range(2)] == ["2015 年度", "2016 年度"]
    assert inspections.index(0, 1).data() == "年检"
    assert inspections.index(0, 2).data() == "合格"
    assert inspections.index(1, 3).data() == "2017年3月22日"
    assert inspections.index(1, 4).data() == "发证机关"
    assert window.detail.tabs.tabText(1) == "年检 (2)"
    assert "已于 2020年1月12日 过期" == window.detail.certificate.renewal_note.text()


def test_selecting_a_service_highlights_its_clause_block_and_back(window, qtbot) -> None:  # noqa: ANN001
    window.select_license("B1-20204618")
    certificate = window.detail.certificate
    provisions = window.detail.provisions
    cdn_row = certificate.service_rows[1]
    qtbot.mouseClick(cdn_row, Qt.MouseButton.LeftButton)
    assert certificate.highlighted_service == 1
    assert provisions.model.highlighted_block == 10  # 十一、你公司在经营内容分发网络业务时…
    assert provisions.tree.currentIndex().data(TOP_ROW_ROLE) == 10

    # The reverse: a sub-item of the IDC block selects the IDC service on the certificate.
    idc_block = provisions.model.index(9, 0)
    provisions.tree.setCurrentIndex(provisions.model.index(2, 0, idc_block))
    assert certificate.highlighted_service == 0
    assert provisions.model.highlighted_block == 9
    assert "（三）" in provisions.reading.toPlainText()

    # A common clause governs no service: nothing stays highlighted.
    provisions.tree.setCurrentIndex(provisions.model.index(0, 0))
    assert certificate.highlighted_service is None
    assert provisions.model.highlighted_block is None


def test_search_inside_the_clause_tree(window) -> None:  # noqa: ANN001
    window.select_license("B1-20204618")
    provisions = window.detail.provisions
    provisions.search_box.setText("30日")
    assert len(provisions.matches) == 2  # 六、 and 八、
    assert provisions.match_label.text() == "2 处"
    assert provisions.tree.currentIndex() == provisions.matches[0]
    provisions.next_match()
    assert provisions.tree.currentIndex() == provisions.matches[1]
    provisions.search_box.setText("不存在的词语")
    assert provisions.match_label.text() == "无匹配"
    provisions.collapse_all()
    assert not provisions.tree.isExpanded(provisions.model.index(9, 0))
    provisions.expand_all()
    assert provisions.tree.isExpanded(provisions.model.index(9, 0))


def test_clause_rows_grow_to_show_whole_text(window) -> None:  # noqa: ANN001
    window.select_license("沪B2-20213857")
    tree = window.detail.provisions.tree
    short = tree.model().index(1, 0)  # 二、 a long clause
    block = tree.model().index(10, 0)  # 十一、 one line
    assert tree.sizeHintForIndex(short).height() > tree.sizeHintForIndex(block).height()
    wide = tree.sizeHintForIndex(short).height()
    window.resize(1900, window.height())  # the annex keeps room for its longest domain: the room comes from here
    window.detail.setSizes([300, 200, 1200])
    window.detail.provisions.tree.doItemsLayout()
    assert tree.sizeHintForIndex(short).height() < wide  # wider pane, fewer lines


def test_findings_appear_beside_their_fields(make_window, store) -> None:  # noqa: ANN001
    odd = License(
        number="京B2-20990007", company="示例问题有限公司", legal_representative="",
        services=[Service("互联网数据中心业务", "全国")],
        issue_date=_dt.date(2024, 1, 1), expiry_date=_dt.date(2024, 3, 1),
        annex=[Website("示例站", ["good-example.cn", "not a domain"])],
        clauses=[Clause(1, "一、", "你公司在经营互联网接入服务业务时应当遵守下列规定：")],
    )
    store.save(odd)
    window = make_window(store)
    window.select_license("京B2-20990007")
    certificate = window.detail.certificate
    assert certificate.marks["legal_representative"].isVisibleTo(certificate)
    assert "缺少法定代表人" in certificate.marks["legal_representative"].toolTip()
    assert certificate.marks["expiry_date"].isVisibleTo(certificate)
    assert not certificate.marks["company"].isVisibleTo(certificate)
    assert certificate.findings_note.text().startswith("核对提示（")
    assert "⚠ 缺少法定代表人" in certificate.findings_note.text()
    assert certificate.service_rows[0].mark.isVisibleTo(certificate)  # B11 on a B2 license
    annex = window.detail.annex.model
    domains = annex.index(annex.row_of(0, "domains"), annex.VALUE)
    assert "not a domain" in domains.data(Qt.ItemDataRole.ToolTipRole)
    assert not domains.data(Qt.ItemDataRole.DecorationRole).isNull()
    clause = window.detail.provisions.model.index(0, 0)
    assert "许可证未列此业务" in clause.data(Qt.ItemDataRole.ToolTipRole)


def test_history_tab_lists_what_happened(window, monkeypatch) -> None:  # noqa: ANN001
    import dataclasses

    lic = window.store.load("沪B2-20213857")
    window.store.save(dataclasses.replace(lic, legal_representative="周明达"), replace=True)
    window.refresh()
    window.select_license("沪B2-20213857")
    history = window.detail.history.model
    rows = [[history.index(r, c).data() for c in range(3)] for r in range(history.rowCount())]
    assert ["修改", "法定代表人：周明远 → 周明达"] in [row[1:] for row in rows]
    assert rows[-1][1] == "录入"
    tabs = window.detail.tabs
    assert tabs.tabText(tabs.indexOf(window.detail.attachments_tab)) == "附件"
    assert tabs.tabText(tabs.indexOf(window.detail.lazy.page("history"))) == "历史"


def test_the_tabs_behind_the_provisions_are_built_when_first_shown(window, monkeypatch, qtbot) -> None:  # noqa: ANN001
    detail, tabs = window.detail, window.detail.tabs
    assert tabs.currentWidget() is detail.provisions
    # The desk opened its first license without building the panes nobody is looking at, and without
    # reading that license's history.
    assert [detail.lazy.built(name) for name in ("inspections", "attachments", "history", "review")] == [None] * 4
    audits: list[str] = []
    read_audit = window.store.audit
    monkeypatch.setattr(window.store, "audit", lambda number: audits.append(number) or read_audit(number))
    window.select_license("粤B2-20150326")
    assert audits == []
    assert tabs.tabText(tabs.indexOf(detail.lazy.page("inspections"))).startswith("年检 (")  # the count, all the same

    tabs.setCurrentWidget(detail.lazy.page("inspections"))  # the clerk turns to the records
    records = detail.lazy.built("inspections")
    assert records is detail.inspections and records.license.number == "粤B2-20150326"
    assert records.model.rowCount() == len(window.license.inspections) > 0
    # Its columns fit the width it was given on screen, not the no width it had when it was made.
    header = records.table.horizontalHeader()
    qtbot.waitUntil(lambda: sum(header.sectionSize(c) for c in range(header.count()))
                    >= records.table.viewport().width() - 2 > 200)

    tabs.setCurrentWidget(detail.lazy.page("history"))
    assert audits == ["粤B2-20150326"] and detail.history.model.rowCount() > 0
    tabs.setCurrentWidget(window.review_scroll)
    assert window.review.number == "粤B2-20150326"

    window.select_license("沪B2-20213857")  # the panes built so far follow the selection
    assert detail.inspections.license.number == "沪B2-20213857"
    assert window.review.number == "沪B2-20213857"
    assert audits == ["粤B2-20150326", "沪B2-20213857"]  # the history tab is built: it reads at once
    assert detail.lazy.built("attachments") is None
    assert detail.attachments.number == "沪B2-20213857"  # asked for, built and filled
