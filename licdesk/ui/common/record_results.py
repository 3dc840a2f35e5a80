"""The results a yearly record (年检/年报) usually has, offered in an editable combo box.

The stored result is the word the paper or the ministry's system uses (合格, 已报送 …), whatever
the interface language; anything else the clerk types is kept as typed.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

from licdesk.ui.common.choice_combo import Choices, choice_combo

RESULTS = (
    QT_TRANSLATE_NOOP("RecordResults", "合格"),
    QT_TRANSLATE_NOOP("RecordResults", "不合格"),
    QT_TRANSLATE_NOOP("RecordResults", "已报送"),
    QT_TRANSLATE_NOOP("RecordResults", "已公示"),
    QT_TRANSLATE_NOOP("RecordResults", "限期整改"),
    QT_TRANSLATE_NOOP("RecordResults", "未报送"),
)


def result_choices() -> Choices:
    return [(QCoreApplication.translate("RecordResults", word), word) for word in RESULTS]


def result_name(result: str) -> str:
    """A usual result in the clerk's language (合格 → Passed); any other words as stored."""
    return QCoreApplication.translate("RecordResults", result) if result in RESULTS else result


def result_combo(parent: QWidget | None = None) -> QComboBox:
    return choice_combo(parent, result_choices())
