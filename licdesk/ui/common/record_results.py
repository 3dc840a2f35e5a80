"""The results a yearly record (年检/年报) usually has, offered in an editable combo box.

The stored result is the word the paper or the ministry's system uses (合格, 已报送 …), whatever
the interface language: the combo shows each choice in the clerk's language and keeps that word as
the item's data. Anything else the clerk types is kept as typed.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

RESULTS = (
    QT_TRANSLATE_NOOP("RecordResults", "合格"),
    QT_TRANSLATE_NOOP("RecordResults", "不合格"),
    QT_TRANSLATE_NOOP("RecordResults", "已报送"),
    QT_TRANSLATE_NOOP("RecordResults", "已公示"),
    QT_TRANSLATE_NOOP("RecordResults", "限期整改"),
    QT_TRANSLATE_NOOP("RecordResults", "未报送"),
)


def result_combo(parent: QWidget | None = None) -> QComboBox:
    combo = QComboBox(parent)
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)  # typed text stays free text, not a new choice
    for word in RESULTS:
        combo.addItem(QCoreApplication.translate("RecordResults", word), word)
    combo.setCurrentIndex(-1)
    combo.setEditText("")
    return combo


def combo_result(combo: QComboBox) -> str:
    """The result to store: a choice's own word, or the text as typed."""
    text = combo.currentText().strip()
    for row in range(combo.count()):
        if text in (combo.itemText(row), combo.itemData(row)):
            return str(combo.itemData(row))
    return text


def show_result(combo: QComboBox, result: str) -> None:
    row = combo.findData(result)
    if row >= 0:
        combo.setCurrentIndex(row)
    else:
        combo.setCurrentIndex(-1)
        combo.setEditText(result)
