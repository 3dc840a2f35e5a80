"""Tabs whose panes are built when first shown, or first asked for.

The desk opens on one tab of its provisions area; the others (records, attachments, review,
history) wait as empty pages until the clerk turns to them, so the first license appears without
building, and reading the data of, four panes nobody is looking at yet.  Whoever asks for a pane
(`pane(name)`) gets it built and filled with what the desk shows.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QFrame, QScrollArea, QTabWidget, QVBoxLayout, QWidget


@dataclass
class _Waiting:
    page: QWidget  # what the tab holds from the start
    build: Callable[[], QWidget]
    fill: Callable[[QWidget], None]  # shows the desk's current license in the pane
    pane: QWidget | None = None


class LazyTabs:
    def __init__(self, tabs: QTabWidget) -> None:
        self.tabs = tabs
        self._tabs: dict[str, _Waiting] = {}
        tabs.currentChanged.connect(self._shown)

    def add(self, name: str, title: str, tip: str, build: Callable[[], QWidget], fill: Callable[[QWidget], None],
            *, scrolled: bool = False, index: int = -1) -> QWidget:
        """A tab for the pane `build` makes; `scrolled`: the pane sits in a scroll area (its row of
        buttons must not set the least width of every tab).  Returns the tab's page."""
        if scrolled:
            page: QWidget = QScrollArea(self.tabs)
            page.setWidgetResizable(True)
            page.setFrameShape(QFrame.Shape.NoFrame)
        else:
            page = QWidget(self.tabs)
            QVBoxLayout(page).setContentsMargins(0, 0, 0, 0)
        self._tabs[name] = _Waiting(page, build, fill)
        at = self.tabs.insertTab(index, page, title)
        self.tabs.setTabToolTip(at, tip)
        if self.tabs.currentWidget() is page:
            self.pane(name)
        return page

    def page(self, name: str) -> QWidget:
        return self._tabs[name].page

    def pane(self, name: str) -> QWidget:
        """The tab's pane, built (and filled) now if it was not yet."""
        waiting = self._tabs[name]
        if waiting.pane is None:
            pane = waiting.pane = waiting.build()
            if isinstance(waiting.page, QScrollArea):
                waiting.page.setWidget(pane)
            else:
                waiting.page.layout().addWidget(pane)
            waiting.fill(pane)
        return waiting.pane

    def built(self, name: str) -> QWidget | None:
        return self._tabs[name].pane

    def refill(self) -> None:
        """Show the desk's current license in every pane built so far."""
        for waiting in self._tabs.values():
            if waiting.pane is not None:
                waiting.fill(waiting.pane)

    def _shown(self, index: int) -> None:
        page = self.tabs.widget(index)
        for name, waiting in self._tabs.items():
            if waiting.page is page:
                self.pane(name)
                return
