"""User data shown as plain text: never interpreted as rich text, wherever Qt would guess.

Qt treats a string that *looks* like HTML as rich text in labels, tooltips and message boxes.  A
company named `<b>x</b>` must show those characters, so every user string passes through here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

if TYPE_CHECKING:  # the message box and the html module load when first needed, not with the desk's first paint
    from PySide6.QtWidgets import QMessageBox


def plain_label(text: str = "", parent: QWidget | None = None, *, wrap: bool = True,
                selectable: bool = False) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setText(text)
    return label


def tooltip(text: str) -> str:
    """A tooltip that shows `text` literally (escaped inside a rich-text paragraph, so Qt cannot guess)."""
    if not text:
        return ""
    import html

    body = html.escape(text).replace("\n", "<br>")
    return f"<p style='white-space:pre-wrap'>{body}</p>"


def message_box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str,
                details: str = "") -> QMessageBox:
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    if details:
        box.setDetailedText(details)
    return box


def show_error(parent: QWidget | None, title: str, text: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    box = message_box(parent, QMessageBox.Icon.Warning, title, text)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.exec()


def ask_yes_no(parent: QWidget | None, title: str, text: str, yes: str, no: str) -> bool:
    from PySide6.QtWidgets import QMessageBox

    box = message_box(parent, QMessageBox.Icon.Question, title, text)
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    no_button = box.addButton(no, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no_button)
    box.exec()
    return box.clickedButton() is yes_button
