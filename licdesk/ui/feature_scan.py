"""PySide6's scan of every module imported after it, answered by the module's name instead.

PySide6 reads the whole source of each Python module imported once it is loaded, to learn whether
the module uses PySide6 (for its optional `from __feature__ import snake_case, true_property`
switches).  At the desk's start that is about a hundred files read and split into lines before the
window shows (~10 ms), for an answer that changes nothing: licdesk never selects a feature, and a
module that does is still recorded, by the `__feature__` import itself, not by this scan.

When PySide6 no longer has the scan where it is looked for, nothing is changed.
"""

from __future__ import annotations

import sys
from types import ModuleType

_FEATURE_MODULE = "shibokensupport.feature"
_SCAN = "_mod_uses_pyside"


def answer_scan_by_name() -> bool:
    """Replace the source scan (needs PySide6 imported); True when it was replaced."""
    feature = sys.modules.get(_FEATURE_MODULE)
    scan = getattr(feature, _SCAN, None)
    if feature is None or not callable(scan):
        return False
    if scan is not _uses_pyside:
        setattr(feature, _SCAN, _uses_pyside)
    return True


def _uses_pyside(module: ModuleType) -> bool:
    """licdesk's own modules count as PySide6's users (its windows are); libraries do not."""
    name = getattr(module, "__name__", "") or ""
    return name == "licdesk" or name.startswith("licdesk.")
