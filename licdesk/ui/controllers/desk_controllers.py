"""The desk's controllers, one attribute each: `window.importing`, `window.team`, … built when first used.

The main window takes them from here, so it keeps to layout and showing a license; a new workflow
adds its line below and its slots to the actions table (licdesk/ui/actions.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from licdesk.ui.controllers import Lazy

if TYPE_CHECKING:  # names only: no controller module loads before it is first used
    from licdesk.ui.controllers.comparing import CompareController
    from licdesk.ui.controllers.deadlines import DeadlinesController
    from licdesk.ui.controllers.editing import EditController
    from licdesk.ui.controllers.exporting import ExportController
    from licdesk.ui.controllers.helping import HelpController
    from licdesk.ui.controllers.importing import ImportController
    from licdesk.ui.controllers.library_ops import LibraryController
    from licdesk.ui.controllers.printing import PrintController
    from licdesk.ui.controllers.reviewing import ReviewController
    from licdesk.ui.controllers.safety import SafetyController
    from licdesk.ui.controllers.scanning import ScanController
    from licdesk.ui.controllers.team import TeamController


class DeskControllers:
    importing: Lazy[ImportController] = Lazy("importing", "ImportController")
    scanning: Lazy[ScanController] = Lazy("scanning", "ScanController")
    library_ops: Lazy[LibraryController] = Lazy("library_ops", "LibraryController")
    printing: Lazy[PrintController] = Lazy("printing", "PrintController")
    deadlines: Lazy[DeadlinesController] = Lazy("deadlines", "DeadlinesController")
    safety: Lazy[SafetyController] = Lazy("safety", "SafetyController")
    reviewing: Lazy[ReviewController] = Lazy("reviewing", "ReviewController")
    comparing: Lazy[CompareController] = Lazy("comparing", "CompareController")
    editing: Lazy[EditController] = Lazy("editing", "EditController")
    team: Lazy[TeamController] = Lazy("team", "TeamController")
    exporting: Lazy[ExportController] = Lazy("exporting", "ExportController")
    helping: Lazy[HelpController] = Lazy("helping", "HelpController")
