"""Windows and dialogs within the screen: never larger than its available area (a 1366×768 laptop
shows every one whole), and each closes with Esc or Ctrl+W as well as its close button."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QWidget

# The frame (title bar, borders) comes on top of the client area a window is sized by.
FRAME_WIDTH, FRAME_HEIGHT = 16, 40


def fitted(width: int, height: int, available_width: int, available_height: int) -> tuple[int, int]:
    """(width, height) made small enough for an available area, frame included."""
    return min(width, available_width - FRAME_WIDTH), min(height, available_height - FRAME_HEIGHT)


def size_within_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize to the size a window reads best at, or the screen's available area if that is smaller.

    Drawn offscreen (a screenshot, a test) there is no desktop to fit: the window keeps its size.
    """
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is not None and QGuiApplication.platformName() != "offscreen":
        area = screen.availableGeometry()
        width, height = fitted(width, height, area.width(), area.height())
    widget.resize(width, height)


def closable(window: QWidget) -> None:
    """Ctrl+W (the platform's Close key) and Esc close the window; a dialog has Esc already."""
    # QKeySequence(StandardKey.Close) would keep only the platform's first binding (Ctrl+F4).
    keys = {k.toString() for k in QKeySequence.keyBindings(QKeySequence.StandardKey.Close)} | {"Ctrl+W"}
    if not isinstance(window, QDialog):
        keys.add("Esc")
    for key in sorted(keys):
        QShortcut(QKeySequence(key), window, window.close)
