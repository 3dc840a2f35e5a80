"""The desk survives the Qt bindings' lost references to None/True/False (PySide6 6.12 on Python 3.11)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# Far more Qt calls returning nothing and signal emits than None and True have references at start.
_STRESS = textwrap.dedent("""
    import os, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    import licdesk.ui  # applies the guard
    from PySide6.QtCore import QObject, Signal
    from PySide6.QtWidgets import QApplication, QWidget
    app = QApplication([])
    class Ping(QObject):
        ping = Signal()
    widget, ping = QWidget(), Ping()
    ping.ping.connect(lambda: None)
    for _ in range(50_000):
        widget.setEnabled(True)
        widget.parent()
        ping.ping.emit()
    print("survived")
""")


def test_many_qt_calls_do_not_abort_the_interpreter() -> None:
    result = subprocess.run([sys.executable, "-c", _STRESS], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "survived" in result.stdout


def test_the_guard_is_harmless_to_apply_twice() -> None:
    from licdesk.ui.singleton_guard import protect_singletons

    before = sys.getrefcount(None)
    protect_singletons()
    assert sys.getrefcount(None) - before < 1000  # already protected: not raised again
    assert sys.getrefcount(None) > 1 << 30 or sys.version_info >= (3, 12)
