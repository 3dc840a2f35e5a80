"""The detail area: certificate | annex | provisions (with inspections) side by side, as on a desk."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QProxyStyle, QSplitter, QStyle, QStyleOption, QTabWidget, QWidget,
)

from licdesk.domain.closure import Closure
from licdesk.domain.model import License
from licdesk.domain.validation import Finding
from licdesk.ui.common import linking
from licdesk.ui.panes.annex_pane import AnnexPane
from licdesk.ui.panes.certificate_pane import CertificatePane
from licdesk.ui.panes.lazy_tabs import LazyTabs
from licdesk.ui.panes.provisions_pane import ProvisionsPane

# The records, attachments and history panes load when their tab is first shown (lazy_tabs).
if TYPE_CHECKING:
    from licdesk.ui.panes.attachments_pane import AttachmentsPane
    from licdesk.ui.panes.history_pane import HistoryPane
    from licdesk.ui.panes.inspections_pane import InspectionsPane
    from licdesk.ui.session import DeskSession

# The panes that write through the desk's session.
_WRITING_PANES = ("attachments", "inspections")
# A license's history: the entries, or how to read them when the history tab is first shown.
History = list[Any] | Callable[[], list[Any]]


class _SnugTabs(QProxyStyle):
    """Tabs with less room either side of their titles: five of them fit beside the annex on a laptop."""

    def pixelMetric(self, metric: QStyle.PixelMetric, option: QStyleOption | None = None,
                    widget: QWidget | None = None) -> int:
        value = super().pixelMetric(metric, option, widget)
        return min(value, 12) if metric == QStyle.PixelMetric.PM_TabBarTabHSpace else value


class DetailArea(QSplitter):
    compare_requested = Signal()  # the history pane's "compare with an earlier version"

    def __init__(self, parent: QWidget | None = None, today: _dt.date | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.license: License | None = None
        self.findings: list[Finding] = []
        self.session: DeskSession | None = None
        self._history: History = []
        self.certificate = CertificatePane(self, today=today)
        self.annex = AnnexPane(self)
        self.provisions = ProvisionsPane(self)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        # Short titles (the full name in the tooltip) and no scroll arrows: the pane never narrows past
        # its five tabs, so each stays in view on a laptop screen in either language.
        self.tabs.setUsesScrollButtons(False)
        self.tabs.setElideMode(Qt.TextElideMode.ElideNone)
        self._tab_style = _SnugTabs(self.tabs.tabBar().style().name())
        self.tabs.tabBar().setStyle(self._tab_style)
        self.add_tab(self.provisions, self.tr("条款"), self.tr("特别规定事项"))
        self.lazy = LazyTabs(self.tabs)
        self.lazy.add("inspections", self.tr("年检"), self.tr("年检/年报记录"), self._new_inspections,
                      lambda pane: pane.show_license(self.license))
        self.attachments_tab = self.lazy.add(
            "attachments", self.tr("附件"), self.tr("随许可证保存的文件"), self._new_attachments,
            lambda pane: pane.show_license(self.license.number if self.license else None), scrolled=True)
        self.lazy.add("history", self.tr("历史"), self.tr("此许可证的修改历史"), self._new_history,
                      lambda pane: pane.show_entries(self._history_entries()))
        self.addWidget(self.certificate)
        self.addWidget(self.annex)
        self.addWidget(self.tabs)
        self.setChildrenCollapsible(True)
        self.setStretchFactor(0, 4)
        self.setStretchFactor(1, 3)
        self.setStretchFactor(2, 4)
        self.certificate.service_clicked.connect(self._service_clicked)
        self.certificate.closure_banner.license_requested.connect(self._open_linked)
        self.provisions.clause_selected.connect(self._clause_selected)

    def set_session(self, session: DeskSession) -> None:
        """The desk's session: the panes that write (attachments, yearly records) write through it; the
        closing banner reads the license's closing from its store."""
        self.session = session
        for name in _WRITING_PANES:
            pane = self.lazy.built(name)
            if pane is not None:
                pane.set_session(session)  # type: ignore[attr-defined]

    # -- the tabs built when first shown ---------------------------------------------------------
    @property
    def inspections(self) -> InspectionsPane:
        return self.lazy.pane("inspections")  # type: ignore[return-value]

    @property
    def attachments(self) -> AttachmentsPane:
        return self.lazy.pane("attachments")  # type: ignore[return-value]

    @property
    def history(self) -> HistoryPane:
        return self.lazy.pane("history")  # type: ignore[return-value]

    def _new_inspections(self) -> QWidget:
        from licdesk.ui.panes.inspections_pane import InspectionsPane

        return self._with_session(InspectionsPane(self))

    def _new_attachments(self) -> QWidget:
        from licdesk.ui.panes.attachments_pane import AttachmentsPane

        return self._with_session(AttachmentsPane(self))

    def _with_session(self, pane: InspectionsPane | AttachmentsPane) -> QWidget:
        if self.session is not None:
            pane.set_session(self.session)
        return pane

    def _new_history(self) -> QWidget:
        from licdesk.ui.panes.history_pane import HistoryPane

        pane = HistoryPane(self)
        pane.compare_requested.connect(self.compare_requested)
        return pane

    def _history_entries(self) -> list[Any]:
        if callable(self._history):
            self._history = self._history()  # read once, when the history tab first shows it
        return self._history

    def _closure(self, lic: License | None) -> Closure | None:
        session = self.session
        if lic is None or session is None or not session.is_open:
            return None
        from licdesk.store import closures

        return session.attempt(lambda: closures.closure(session.store, lic.number), lambda _message: None)

    def _open_linked(self, number: str) -> None:
        # The desk selects it in the library (clearing a filter that hides it); the window is the desk.
        select = getattr(self.window(), "select_license", None)
        if callable(select):
            select(number)

    def add_tab(self, pane: QWidget, title: str, tip: str, index: int = -1) -> None:
        at = self.tabs.insertTab(index, pane, title)
        self.tabs.setTabToolTip(at, tip)

    def show_license(self, lic: License | None, findings: list[Finding] | None = None,
                     history: History | None = None) -> None:
        """Show `lic`; `history` may be a function that reads it, called only once the history is shown."""
        self.license = lic
        self._history = history if history is not None else []
        self.findings = list(findings or [])
        self.certificate.show_license(lic, self.findings, self._closure(lic))
        self.annex.show_license(lic, self.findings)
        self.provisions.show_license(lic, self.findings)
        self.lazy.refill()
        count = len(lic.inspections) if lic else 0
        self.tabs.setTabText(self.tabs.indexOf(self.lazy.page("inspections")),
                             self.tr("年检") + (f" ({count})" if count else ""))

    # -- service ↔ clause ----------------------------------------------------------------------
    def _service_clicked(self, index: int) -> None:
        if self.license is None:
            return
        self.tabs.setCurrentWidget(self.provisions)
        self.provisions.highlight_block(linking.block_for_service(self.license, index))

    def _clause_selected(self, top_row: int) -> None:
        if self.license is None:
            return
        service = linking.service_for_block(self.license, top_row) if top_row >= 0 else None
        self.certificate.highlight_service(service)
        self.provisions.model.set_highlighted_block(top_row if service is not None else None)
