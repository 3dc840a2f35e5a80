"""The desk spares PySide6 its read of every module's source, and PySide6's feature switches still work."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from tests.conftest import ROOT

# A module written for the occasion, imported after PySide6: whether its source was read shows in
# linecache, where PySide6's scan (inspect.getsource) leaves it.
_PROGRAM = textwrap.dedent("""
    import linecache, sys
    sys.path.insert(0, sys.argv[1])
    import PySide6.QtCore
    if sys.argv[2] == "answered":
        from licdesk.ui.feature_scan import answer_scan_by_name
        assert answer_scan_by_name()
        assert answer_scan_by_name()  # a second call changes nothing
    import plain_module, snake_module
    read = any(name.endswith("plain_module.py") for name in linecache.cache)
    print("read" if read else "not-read", snake_module.NAME)
""")


def _run(tmp_path: Path, mode: str) -> str:
    (tmp_path / "plain_module.py").write_text("VALUE = 1\n", encoding="utf-8")
    # A module that opts into snake_case names still gets them: the opt-in is recorded by the import.
    (tmp_path / "snake_module.py").write_text(textwrap.dedent("""
        from PySide6.QtCore import QObject
        from __feature__ import snake_case
        thing = QObject()
        thing.set_object_name("x")
        NAME = thing.object_name()
    """), encoding="utf-8")
    result = subprocess.run([sys.executable, "-c", _PROGRAM, str(tmp_path), mode], cwd=ROOT,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout.strip()


def test_pyside_reads_each_module_s_source_unless_the_desk_answers_for_it(tmp_path: Path) -> None:
    assert _run(tmp_path, "as-shipped") == "read x"  # what PySide6 does on its own
    assert _run(tmp_path, "answered") == "not-read x"


def test_the_answer_is_by_name() -> None:
    import types

    from licdesk.ui import feature_scan

    assert feature_scan._uses_pyside(types.ModuleType("licdesk.ui.main_window"))
    assert not feature_scan._uses_pyside(types.ModuleType("reportlab.pdfgen"))
    assert not feature_scan._uses_pyside(types.ModuleType("licdeskish"))
