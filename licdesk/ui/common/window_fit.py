"""Windows and dialogs within the screen: never larger than its available area (a 1366×768 laptop
shows every one whole), and each closes with Esc or Ctrl+W as well as its close button."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence, QShortcut
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


class _CloseKeys(QObject):
    """The same keys once more as the window sees them: a key no child used (a list, a picker ignores
    Esc and passes it up) or one that came while nothing in the window had the focus, when the
    window's shortcut was not tried."""

    def __init__(self, window: QWidget, keys: list[QKeySequence]) -> None:
        super().__init__(window)
        self._window = window
        self._keys = keys

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self._window and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            pressed = QKeySequence(event.keyCombination())
            if any(pressed.matches(key) == QKeySequence.SequenceMatch.ExactMatch for key in self._keys):
                self._window.close()
                return True
        return False


def closable(window: QWidget) -> None:
    """Ctrl+W (the platform's Close key) and Esc close the window; a dialog has Esc already."""
    # QKeySequence(StandardKey.Close) would keep only the platform's first binding (Ctrl+F4).
    names = {k.toString() for k in QKeySequence.keyBindings(QKeySequence.StandardKey.Close)} | {"Ctrl+W"}
    if not isinstance(window, QDialog):
        names.add("Esc")
    keys = [QKeySequence(name) for name in sorted(names)]
    for key in keys:
        QShortcut(key, window, window.close, context=Qt.ShortcutContext.WindowShortcut)
    window.installEventFilter(_CloseKeys(window, keys))
