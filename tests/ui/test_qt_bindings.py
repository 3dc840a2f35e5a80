"""The Qt bindings licdesk is pinned to survive long sessions.

PySide6 6.12.0 on Python 3.11 loses a reference to None/True/False on every Qt call that returns
nothing and on every signal emit, and the interpreter aborts after a few thousand; pyproject.toml pins
a version without the fault.  This stresses the bindings the way an hour of clicking does.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

from tests.conftest import ROOT

_STRESS = textwrap.dedent("""
    import os, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QObject, Signal
    from PySide6.QtWidgets import QApplication, QWidget
    app = QApplication([])
    class Ping(QObject):
        ping = Signal()
    widget, ping = QWidget(), Ping()
    ping.ping.connect(lambda: None)
    before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(50_000):
        widget.setEnabled(True)
        widget.parent()
        ping.ping.emit()
    after = sys.getrefcount(None), sys.getrefcount(True)
    print("drift", after[0] - before[0], after[1] - before[1])
""")


def test_many_qt_calls_keep_none_and_true_alive() -> None:
    result = subprocess.run([sys.executable, "-c", _STRESS], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    drift = [int(x) for x in result.stdout.split()[1:]]
    assert all(abs(d) < 100 for d in drift), result.stdout
