"""Fixtures for the desk's tests: a store in a temp dir, settings in a temp dir, a window on them."""

from __future__ import annotations

import datetime as _dt
import os
from pathlib import Path
from typing import Callable, Iterator

import pytest

from licdesk.paths import resource_path

# Qt's offscreen screen is 800×600 unless told otherwise; the desk is laid out for a laptop screen
# or larger (and restoreGeometry keeps windows within the screen), so give it a 1920×1200 one.
if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={Path(__file__).with_name('offscreen_screen.json')}"

# A fixed "today" so statuses do not drift: 沪B2 sample expires 2027-01-20 (within 90 days),
# the B1 sample 2028-05-09 (valid), the 粤B2 sample 2020-01-12 (expired).
TODAY = _dt.date(2026, 11, 23)
SAMPLES = {
    "沪B2-20213857": "sample_icp_shanghai.txt",
    "B1-20204618": "sample_cross_regional_b1.txt",
    "粤B2-20150326": "sample_inspections_guangdong.txt",
}


@pytest.fixture
def store(db_path: Path) -> Iterator["object"]:
    from licdesk.store import Store

    with Store.open(db_path) as opened:
        yield opened


@pytest.fixture
def sample_store(store):  # noqa: ANN001, ANN201
    from licdesk.importer import read_license

    for name in SAMPLES.values():
        store.save(read_license(resource_path("samples", name).read_bytes()))
    return store


@pytest.fixture
def settings_path(tmp_path: Path) -> Path:
    return tmp_path / "settings" / "licdesk.ini"


@pytest.fixture
def make_settings(settings_path: Path) -> Callable[[], "object"]:
    from PySide6.QtCore import QSettings

    def make() -> QSettings:
        return QSettings(str(settings_path), QSettings.Format.IniFormat)

    return make


@pytest.fixture
def make_window(qtbot, make_settings):  # noqa: ANN001, ANN201
    """Build a main window on a store; windows are closed (and settings written) at the end, and a
    database a window opened itself (a restore, a team library, an offline copy) is closed too."""
    from licdesk.ui.common.fonts import register_bundled_fonts
    from licdesk.ui.main_window import MainWindow

    register_bundled_fonts()
    windows = []

    def make(store, today: _dt.date = TODAY) -> MainWindow:  # noqa: ANN001
        window = MainWindow(store, today=today, settings=make_settings())
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        qtbot.waitUntil(lambda: not window.opening_pending)  # the first license opens after the first paint
        windows.append((window, store))
        return window

    yield make
    for window, given in windows:
        if window.isVisible():
            window.close()
        if window.session.is_open and window.session.store is not given:  # the given one is its fixture's
            window.session.release_store()


@pytest.fixture
def window(make_window, sample_store):  # noqa: ANN001, ANN201
    return make_window(sample_store)


@pytest.fixture
def desk_font(qapp):  # noqa: ANN001, ANN201
    """The application font the desk starts with (the bundled CJK face, wider than the fallback), for
    tests of what fits where; the test's own font comes back afterwards."""
    from licdesk.ui.common.fonts import register_ui_font, ui_font

    register_ui_font()
    before = qapp.font()
    qapp.setFont(ui_font())
    yield
    qapp.setFont(before)
