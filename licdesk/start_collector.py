"""Python's cycle collector held off while the desk starts.

Starting the desk makes tens of thousands of objects (about 46,000 by the first license: Qt's enums
and classes, licdesk's modules, the window, the first license's panes), and almost none of them become
garbage (a few hundred): the collector would walk them again and again (about 6 ms before the window shows, more while the first license
is built).  It is off from the launch until the first license is on the screen; then the objects
made so far are set aside for good (gc.freeze), so later collections walk only what the clerk's
work creates, and the first of them is no long pause.
"""

from __future__ import annotations

import gc

_held = False


def hold() -> None:
    """Off until release(); only the desk's start calls this (the command line keeps the collector)."""
    global _held
    if gc.isenabled():
        gc.disable()
        _held = True


def release() -> None:
    """On again, with what start-up made kept out of its walks; nothing when hold() did not turn it off."""
    global _held
    if _held:
        _held = False
        gc.freeze()
        gc.enable()
