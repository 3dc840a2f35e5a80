"""The main window's shape across starts: geometry, the splitters, the library's columns, the tab shown."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QSplitter

from licdesk.ui import settings as options

if TYPE_CHECKING:
    from licdesk.ui.main_window import MainWindow

_SPLITTERS = (("desk", options.DESK_SPLITTER), ("detail", options.DETAIL_SPLITTER),
              ("provisions", options.PROVISIONS_SPLITTER))


def _splitter(window: MainWindow, name: str) -> QSplitter:
    if name == "desk":
        return window.desk
    return window.detail if name == "detail" else window.detail.provisions.splitter


DEFAULT_SIZE = (1600, 900)
WIDE_SIZE = (1800, 1000)  # on a screen with room for it
# Narrower than this (a laptop), the library starts as the compact list: the license beside it needs the room.
COMPACT_BELOW = 1500


def fit_to_screen(window: MainWindow, screen: QScreen | None = None, *, offscreen_too: bool = False) -> None:
    """The default size, within the screen's available area (a 1366×768 laptop shows the whole window).

    Drawn offscreen (a screenshot, a test) there is no desktop to fit: the picture has the default size.
    """
    screen = screen or window.screen() or QGuiApplication.primaryScreen()
    width, height = DEFAULT_SIZE
    if screen is not None and (offscreen_too or QGuiApplication.platformName() != "offscreen"):
        area = screen.availableGeometry()
        # The frame (title bar, borders) comes on top of the client area the window is sized by.
        frame_w, frame_h = 16, 40
        if WIDE_SIZE[0] + frame_w <= area.width() and WIDE_SIZE[1] + frame_h <= area.height():
            width, height = WIDE_SIZE  # a 1920×1080 screen: the library shows every column, the company whole
        width, height = min(width, area.width() - frame_w), min(height, area.height() - frame_h)
        window.resize(width, height)
        window.move(area.x() + (area.width() - width - frame_w) // 2, area.y() + (area.height() - height - frame_h) // 2)
    else:
        window.resize(width, height)


def restore_window(window: MainWindow) -> None:
    settings = window.session.settings
    geometry = settings.get(options.WINDOW_GEOMETRY)
    if geometry is not None:
        window.restoreGeometry(geometry)
    else:
        fit_to_screen(window)
    header = settings.get(options.LIBRARY_HEADER)
    if header is not None:
        window.library.table.horizontalHeader().restoreState(header)
    compact = settings.get(options.LIBRARY_COMPACT)
    # The View menu's actions are built after the first paint and take these from the library.
    window.library.set_compact(window.width() < COMPACT_BELOW if compact is None else compact)  # over the header's
    # The library's share of the width, until the clerk drags it: a window closed on the welcome
    # page keeps its place and size but has no desk sizes to keep.
    library = window.library.share_of(window.width())
    window.desk.setSizes([library, max(window.width() - library, library)])
    _restore_splitter(window, "desk", options.DESK_SPLITTER)
    window.library.set_shown(settings.get(options.LIBRARY_SHOWN))  # with a width, if it had none
    last = settings.get(options.LAST_LICENSE)
    if last:
        window.library.select_number(last)


def restore_detail(window: MainWindow) -> None:
    detail = window.detail
    # Until the clerk drags them: the tabs and the annex their share (at least what they need whole),
    # the certificate the rest.
    total = max(window.detail_stack.width(), 600)
    tabs = max(detail.tabs.minimumSizeHint().width(), total * 36 // 100)
    annex = max(detail.annex.minimumSizeHint().width(), total * 28 // 100)
    detail.setSizes([max(total - tabs - annex, 260), annex, tabs])
    for name, option in _SPLITTERS[1:]:
        _restore_splitter(window, name, option)
    window.detail.tabs.setCurrentIndex(window.session.settings.get(options.DETAIL_TAB))


def _restore_splitter(window: MainWindow, name: str, option: options.Option) -> None:  # type: ignore[type-arg]
    state = window.session.settings.get(option)
    if state is not None:
        _splitter(window, name).restoreState(state)


def save_window(window: MainWindow) -> None:
    settings = window.session.settings
    settings.set(options.WINDOW_GEOMETRY, window.saveGeometry())
    if window.pages.currentWidget() is window.desk:  # a hidden desk has no sizes worth keeping
        # Panes never built keep the sizes they were given last time.
        for name, option in _SPLITTERS if window.detail_built else _SPLITTERS[:1]:
            settings.set(option, _splitter(window, name).saveState())
    settings.set(options.LIBRARY_HEADER, window.library.table.horizontalHeader().saveState())
    settings.set(options.LIBRARY_COMPACT, window.library.compact)
    settings.set(options.LIBRARY_SHOWN, not window.library.isHidden())
    if window.detail_built:
        settings.set(options.DETAIL_TAB, window.detail.tabs.currentIndex())
    if window.library.current_number:
        settings.set(options.LAST_LICENSE, window.library.current_number)
    settings.sync()
