"""An editable combo box of usual values: each choice shown in the clerk's words, stored as the document
words it stands for; anything else the clerk types is kept as typed.

    combo = choice_combo(parent, [("B25 信息服务业务", "信息服务业务"), …])
    combo_value(combo)              # the stored words of the choice, or the text as typed
    show_value(combo, "信息服务业务")  # show a stored value (a choice when it is one)
    ChoiceDelegate(lambda: [...])   # the same in a table cell
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QStyledItemDelegate, QStyleOptionViewItem, QWidget

Choices = list[tuple[str, str]]  # (shown, stored)
_Index = QModelIndex | QPersistentModelIndex


def choice_combo(parent: QWidget | None, choices: Choices) -> QComboBox:
    combo = QComboBox(parent)
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)  # typed text stays free text, not a new choice
    for shown, stored in choices:
        combo.addItem(shown, stored)
    completer = combo.completer()
    if completer is not None:  # a few letters of any part of a choice find it (信息 → B25 信息服务业务)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    combo.setCurrentIndex(-1)
    combo.setEditText("")
    return combo


def combo_value(combo: QComboBox) -> str:
    """The value to store: a choice's own words, or the text as typed."""
    text = combo.currentText().strip()
    for row in range(combo.count()):
        if text in (combo.itemText(row), combo.itemData(row)):
            return str(combo.itemData(row))
    return text


def show_value(combo: QComboBox, value: str) -> None:
    row = combo.findData(value)
    if row >= 0:
        combo.setCurrentIndex(row)
    else:
        combo.setCurrentIndex(-1)
        combo.setEditText(value)


class ChoiceDelegate(QStyledItemDelegate):
    """A table cell edited with `choice_combo`; the cell keeps the stored words."""

    def __init__(self, choices: Callable[[], Choices], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._choices = choices

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        return choice_combo(parent, self._choices())

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        show_value(editor, str(index.data() or ""))

    def setModelData(self, editor: QWidget, model, index: _Index) -> None:  # noqa: ANN001
        model.setData(index, combo_value(editor))
