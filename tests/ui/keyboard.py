"""Typing as a clerk does: keys go to whichever widget has the focus, Chinese comes from the input method."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def type_text(qtbot, text: str, widget: QWidget | None = None) -> None:  # noqa: ANN001
    """Each ASCII character as a key press (to `widget`, else to the focused widget: a cell's editor
    opens on the first key); other text (年, full-width digits) as one input-method commit, the way a
    Chinese input method delivers it."""
    run = ""
    for char in text + "\0":
        if char.isascii() and char != "\0":
            if run:
                _commit(run, widget)
                run = ""
            qtbot.keyClick(widget or focused(), char)
        elif char != "\0":
            run += char
        elif run:
            _commit(run, widget)


def _commit(text: str, widget: QWidget | None) -> None:
    """A composition (pre-edit: a cell opens its editor on it) and then its commit."""
    QApplication.sendEvent(widget or focused(), QInputMethodEvent(text, []))
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget or focused(), event)


def press(qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:  # noqa: ANN001
    qtbot.keyClick(focused(), key, modifier)


def replace_text(qtbot, widget: QWidget, text: str) -> None:  # noqa: ANN001
    """Click into a field, select what it holds and type over it."""
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, text, widget)
