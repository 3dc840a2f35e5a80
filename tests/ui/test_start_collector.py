"""The cycle collector is off while the desk starts and on again, with start-up's objects frozen,
once the first license is shown; the command line and a window built any other way keep it on."""

from __future__ import annotations

import gc
import subprocess
import sys
from pathlib import Path

import pytest

from licdesk import start_collector
from tests.ui.conftest import SAMPLES
from tests.ui.desk_probe import run_desk_probe, sample_library

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def collector_on():  # noqa: ANN201
    gc.enable()
    yield
    start_collector.release()
    gc.unfreeze()
    gc.enable()


def test_hold_turns_the_collector_off_and_release_freezes_and_turns_it_on(collector_on) -> None:  # noqa: ANN001
    start_collector.hold()
    assert not gc.isenabled()
    made_while_held = [[] for _ in range(1000)]
    frozen_before = gc.get_freeze_count()
    start_collector.release()
    assert gc.isenabled()
    assert gc.get_freeze_count() >= frozen_before + len(made_while_held)
    start_collector.release()  # a second release changes nothing
    assert gc.isenabled()


def test_release_leaves_a_collector_someone_else_turned_off(collector_on) -> None:  # noqa: ANN001
    gc.disable()
    start_collector.hold()  # already off: not licdesk's to turn on again
    start_collector.release()
    assert not gc.isenabled()
    assert gc.get_freeze_count() == 0


# The desk as `licdesk --db … --screenshot …` starts it (through the entry point), reporting the
# collector's state when the window first shows and once the first license is beside the library.
_COLLECTOR_DURING_START = """
import gc, json, sys
from licdesk import __main__ as entry
from licdesk.ui import app as desk_app
def report(qapp, window, _path):
    qapp.processEvents()
    shown = gc.isenabled()
    while window.opening_pending:
        qapp.processEvents()
    print(json.dumps({"shown": shown, "settled": gc.isenabled(), "frozen": gc.get_freeze_count(),
                      "license": window.license.number if window.license else None}))
    return 0
desk_app.save_screenshot = report
sys.exit(entry.main(["--db", sys.argv[1], "--screenshot", "unused.png"]))
"""


def test_the_desk_starts_with_the_collector_off_and_turns_it_on_with_the_first_license(tmp_path: Path) -> None:
    seen = run_desk_probe(_COLLECTOR_DURING_START, sample_library(tmp_path / "start.sqlite3"), tmp_path)
    assert seen["license"] in SAMPLES
    assert seen["shown"] is False and seen["settled"] is True
    assert seen["frozen"] > 10_000  # Qt's and licdesk's start-up objects, set aside for good


def test_the_command_line_keeps_the_collector_on(tmp_path: Path) -> None:
    probe = ("import gc, sys\nfrom licdesk import __main__ as entry\n"
             "code = entry.main(['--db', sys.argv[1], 'list'])\nprint(gc.isenabled(), gc.get_freeze_count())\n")
    done = subprocess.run([sys.executable, "-c", probe, str(tmp_path / "cli.sqlite3")], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    assert done.stdout.strip().splitlines()[-1] == "True 0", done.stderr


def test_a_window_built_directly_leaves_the_collector_alone(make_window, store) -> None:  # noqa: ANN001
    window = make_window(store)
    assert gc.isenabled() and gc.get_freeze_count() == 0
    assert not window.opening_pending


def test_a_bug_while_the_first_license_opens_still_ends_the_start(make_settings, sample_store, qtbot,
                                                                  monkeypatch) -> None:  # noqa: ANN001
    from licdesk.ui.main_window import MainWindow

    def broken(_window) -> None:  # noqa: ANN001
        raise RuntimeError("the panes could not be built")

    monkeypatch.setattr(MainWindow, "_build_detail", broken)
    window = MainWindow(sample_store, settings=make_settings())
    qtbot.addWidget(window)
    settled: list[bool] = []
    window.settled.connect(lambda: settled.append(True))
    with qtbot.capture_exceptions() as raised:
        window.show()
        qtbot.waitUntil(lambda: bool(settled))
    assert [str(exc) for _type, exc, _tb in raised] == ["the panes could not be built"]
    assert not window.opening_pending
    window.close()
