"""On a 1366×768 laptop, in Chinese and English, the certificate, the annex and the provisions stand side
by side and each reads in full: nothing cut on the right, no domain broken, every tab in view."""

from __future__ import annotations

import datetime as _dt

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QToolButton, QWidget

from licdesk.domain.model import Inspection, License, Website

LAPTOP_WINDOW = (1366 - 16, 768 - 40)  # the window a first start gives on a laptop without a taskbar


@pytest.fixture(params=["zh_CN", "en"])
def language(request, qapp):  # noqa: ANN001, ANN201
    from licdesk.ui.i18n import install_translator

    install_translator(QApplication.instance(), request.param)
    yield request.param
    install_translator(QApplication.instance(), "zh_CN")


@pytest.fixture
def laptop_window(desk_font, language, make_window, sample_store, monkeypatch):  # noqa: ANN001, ANN201
    """The desk at its first start on a laptop screen (offscreen there is no screen to fit: the size is given)."""
    from licdesk.ui import window_state

    monkeypatch.setattr(window_state, "DEFAULT_SIZE", LAPTOP_WINDOW)
    window = make_window(sample_store)
    assert window.select_license("沪B2-20213857")
    QApplication.processEvents()
    return window


def _lic(domains: list[str]) -> License:
    return License(number="沪B2-20990001", company="上海青岚示例信息技术有限公司", legal_representative="林晓",
                   issue_date=_dt.date(2024, 3, 1), expiry_date=_dt.date(2029, 3, 1),
                   annex=[Website(site_name="青岚阅读", domains=domains, server_location="上海市",
                                  access_provider="示例云服务（上海）有限公司")])


def _inside(widget: QLabel, sheet) -> bool:  # noqa: ANN001
    right = widget.mapTo(sheet, widget.rect().topRight()).x()
    return right <= sheet.width()


# -- the certificate -----------------------------------------------------------------------------------
def test_the_certificate_scales_to_a_narrow_pane_like_a_page_fitted_to_width(desk_font, qtbot) -> None:  # noqa: ANN001
    from licdesk.ui.panes.certificate_pane import FULL_SIZE_WIDTH, CertificatePane

    pane = CertificatePane()
    qtbot.addWidget(pane)
    pane.resize(700, 700)
    pane.show()
    pane.show_license(_lic(["qinglan-demo.cn"]))
    qtbot.waitUntil(lambda: pane.scale == 1.0)
    full_number = pane.number_label.font().pointSizeF()
    pane.resize(270, 700)
    qtbot.waitUntil(lambda: pane.scale < 1.0)
    QApplication.processEvents()
    assert pane.sheet.width() <= pane.viewport().width()  # nothing beyond the right edge
    assert pane.number_label.font().pointSizeF() < full_number  # the type shrank with the page
    for label in pane.sheet.findChildren(QLabel):
        if label.isVisible() and label.text():
            assert _inside(label, pane.sheet), label.text()
    number = pane.number_label  # one piece, never wrapped: it must show whole
    assert number.width() >= number.fontMetrics().horizontalAdvance(number.text())
    # ... and no smaller than it must be: a step larger would not fit.
    room, scale = pane._room(), pane.scale
    if scale < min(1.0, room / FULL_SIZE_WIDTH) - 1e-6:
        pane._apply_scale(scale + 0.05)
        assert pane._least_sheet_width() > pane._room()
        pane.fit_to_width()
    pane.resize(270, 240)  # short as well: the sheet scrolls, and the scroll bar takes its share of the width
    qtbot.waitUntil(lambda: pane.verticalScrollBar().isVisible())
    QApplication.processEvents()
    assert pane.sheet.width() <= pane.viewport().width()
    pane.resize(700, 700)
    qtbot.waitUntil(lambda: pane.scale == 1.0)  # wide again, full size again
    assert pane.number_label.font().pointSizeF() == full_number


# -- the annex -------------------------------------------------------------------------------------------
def test_annex_domains_stay_whole_one_to_a_line(desk_font, qtbot) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QStyleOptionViewItem

    from licdesk.ui.panes.annex_pane import AnnexModel, AnnexPane

    domains = ["qzpipi.com", "www.qinglan-reading-demo.com.cn"]
    pane = AnnexPane()
    qtbot.addWidget(pane)
    pane.show_license(_lic(domains))
    pane.resize(pane.minimumSizeHint().width(), 600)  # as narrow as the splitter lets it be
    pane.show()
    qtbot.waitExposed(pane)
    row = pane.model.row_of(0, "domains")
    index = pane.model.index(row, AnnexModel.VALUE)
    assert index.data().split("\n") == domains  # one domain a line: lines break between domains
    option = QStyleOptionViewItem()
    pane.table.itemDelegate().initStyleOption(option, index)
    assert not option.features & QStyleOptionViewItem.ViewItemFeature.WrapText  # ... and never inside one
    longest = max(pane.table.fontMetrics().horizontalAdvance(d) for d in domains)
    assert pane.table.columnWidth(AnnexModel.VALUE) >= longest  # the longest shows whole, the short one too
    assert pane.table.rowHeight(row) >= len(domains) * pane.table.fontMetrics().height()


# -- the desk at 1366×768 ------------------------------------------------------------------------------------
def test_on_a_laptop_the_three_panes_read_in_full(laptop_window) -> None:  # noqa: ANN001
    window = laptop_window
    detail = window.detail
    assert window.width() <= LAPTOP_WINDOW[0]
    certificate, annex, tabs = detail.certificate, detail.annex, detail.tabs
    for pane in (certificate, annex, tabs):
        assert pane.isVisible() and pane.width() > 0
    assert certificate.sheet.width() <= certificate.viewport().width()
    assert certificate.scale >= 0.75  # fitted, and still legible
    longest = max(annex.table.fontMetrics().horizontalAdvance(d) for site in window.license.annex for d in site.domains)
    assert annex.table.columnWidth(2) >= longest
    assert annex.table.horizontalHeader().length() <= annex.table.viewport().width()


def test_on_a_laptop_every_tab_is_in_view_without_scroll_arrows(laptop_window) -> None:  # noqa: ANN001
    bar = laptop_window.detail.tabs.tabBar()
    assert bar.count() == 5
    for index in range(bar.count()):
        assert bar.rect().contains(bar.tabRect(index)), bar.tabText(index)
        assert bar.tabToolTip(index)  # the full name of a short title
    arrows = [button for button in bar.findChildren(QToolButton) if button.isVisible()]
    assert not arrows


def test_on_a_laptop_the_library_is_the_compact_list_with_number_company_and_status(laptop_window) -> None:  # noqa: ANN001
    library = laptop_window.library
    assert library.compact and laptop_window.compact_library_action.isChecked()
    table, header = library.table, library.table.horizontalHeader()
    assert [c for c in range(header.count()) if not table.isColumnHidden(c)] == [0, 5]
    assert table.model().index(0, 0).data().split("\n") == [library.model.summary_at(0).number,
                                                            library.model.summary_at(0).company]
    status_right = header.sectionViewportPosition(5) + header.sectionSize(5)
    assert status_right <= table.viewport().width()  # 状态 is not pushed off
    metrics = table.fontMetrics()
    for row in range(library.model.rowCount()):
        company = library.model.summary_at(row).company
        assert header.sectionSize(0) >= metrics.horizontalAdvance(company)  # no "…"


def test_inspection_columns_share_a_narrow_pane_without_clipping(desk_font, language, qtbot) -> None:  # noqa: ANN001
    from licdesk.ui.panes.inspections_pane import InspectionsPane

    pane = InspectionsPane()
    qtbot.addWidget(pane)
    lic = _lic(["qinglan-demo.cn"])
    lic.inspections = [Inspection(year=2016, result="合格", date=_dt.date(2017, 3, 22),
                                  authority="上海市通信管理局", note="年检合格，准予继续经营")]
    pane.resize(310, 400)  # the tabs' width beside the annex on a laptop
    pane.show()
    pane.show_license(lic)
    qtbot.waitExposed(pane)
    header = pane.table.horizontalHeader()
    assert header.length() <= pane.table.viewport().width()  # nothing beyond the right edge
    for column in range(header.count()):  # each header reads whole (a long one on two lines)
        caption = str(pane.model.headerData(column, header.orientation()))
        longest_word = max(header.fontMetrics().horizontalAdvance(word) for word in caption.split())
        assert header.sectionSize(column) >= longest_word


def test_on_a_laptop_the_review_tab_reads_in_full(laptop_window, qtbot) -> None:  # noqa: ANN001
    from licdesk.domain import review as rv
    from licdesk.ui.common.findings import interface_language
    from licdesk.ui.models.review_model import LABEL, STATUS, TEXT
    from licdesk.ui.panes.review_pane import SECONDARY

    window = laptop_window
    window.detail.tabs.setCurrentWidget(window.review_scroll)
    pane = window.review
    pane.start_round()
    pane.table.selectRow(0)
    pane.due_check.setChecked(True)
    pane.due_edit.set_value(_dt.date(2026, 12, 31))
    QApplication.processEvents()
    assert not window.review_scroll.horizontalScrollBar().isVisible()
    # the fix-by date shows whole beside its calendar button (the row goes under its label when short of room)
    edit = pane.due_edit
    assert edit.isVisible() and edit.width() >= edit.minimumSizeHint().width()
    assert edit.minimumSizeHint().width() >= edit.fontMetrics().horizontalAdvance("2026-12-31") + 16
    assert pane.note_edit.width() >= 0.6 * pane.width()  # the labels above the fields, not a sliver beside them
    # the clause list keeps the clause, its text and its status; the rest is in the editor below
    table = pane.table
    assert all(table.isColumnHidden(column) for column in SECONDARY)
    metrics = table.fontMetrics()
    widest_status = max(metrics.horizontalAdvance(word) for status in rv.STATUSES
                        for word in rv.status_name(status, interface_language()).split())
    assert table.columnWidth(STATUS) >= widest_status
    assert table.columnWidth(TEXT) >= max(table.columnWidth(LABEL), table.columnWidth(STATUS))
    assert table.horizontalHeader().length() <= table.viewport().width()


def test_the_review_list_shows_every_column_when_wide(qtbot, sample_store) -> None:  # noqa: ANN001
    from licdesk.ui.panes.review_pane import SECONDARY, ReviewPane

    pane = ReviewPane(sample_store)
    qtbot.addWidget(pane)
    pane.resize(300, 600)
    pane.show()
    pane.show_license("沪B2-20213857")
    qtbot.waitUntil(lambda: pane.table.isColumnHidden(SECONDARY[0]))
    pane.resize(1300, 600)  # a review window of its own
    qtbot.waitUntil(lambda: not any(pane.table.isColumnHidden(column) for column in SECONDARY))


def test_the_attachment_buttons_wrap_instead_of_a_scroll_bar(laptop_window, language, qtbot) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QFrame, QScrollArea

    from licdesk.ui.panes.attachments_pane import AttachmentsPane

    detail = laptop_window.detail
    detail.tabs.setCurrentWidget(detail.attachments_tab)
    QApplication.processEvents()
    assert not detail.attachments_tab.horizontalScrollBar().isVisible()  # the desk at 1366×768

    holder = QWidget()  # the tab made narrower still: the library and the annex dragged wider
    qtbot.addWidget(holder)
    pane = AttachmentsPane()
    area = QScrollArea(holder)  # as the desk's tab holds it
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(pane)
    holder.resize(240, 500)
    area.resize(240, 500)
    holder.show()
    pane.set_session(laptop_window.session)
    pane.show_license("沪B2-20213857")
    qtbot.waitUntil(lambda: pane.buttons.columns() < 3)  # they went onto a second row
    QApplication.processEvents()
    assert not area.horizontalScrollBar().isVisible()
    for button in (pane.add_button, pane.open_button, pane.remove_button):
        assert button.width() >= button.sizeHint().width(), button.text()  # each label whole
        assert button.toolTip()  # the full words of a short label
        assert button.mapTo(area.viewport(), button.rect().topRight()).x() <= area.viewport().width()
