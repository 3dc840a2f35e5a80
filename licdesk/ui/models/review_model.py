"""The clauses of one review round as a table: label, clause text, status, note, responsible, due, evidence."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from licdesk.domain import review as rv
from licdesk.domain.model import License
from licdesk.ui.common.findings import interface_language
from licdesk.ui.common.plain import tooltip

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2

LABEL, TEXT, STATUS, NOTE, RESPONSIBLE, DUE, EVIDENCE = range(7)

# Soft tints: the words say the status, the colour only helps the eye find the findings.
_TINTS = {
    rv.NOT_COMPLIANT: QColor("#f8d7d5"),
    rv.PARTLY: QColor("#fbeec2"),
    rv.COMPLIANT: QColor("#dcefdc"),
    rv.NOT_APPLICABLE: QColor("#ececec"),
}
_REREVIEW_TINT = QColor("#fde3c4")


_INDENT = chr(0x3000)  # an ideographic space per level, as Chinese documents indent


def scope_text(item: rv.ReviewItem) -> str:
    """（适用于…） for a clause that applies to one service only, else nothing."""
    if not item.applies_to:
        return ""
    return QCoreApplication.translate("ReviewModel", "（适用于%1）").replace("%1", item.applies_to)


class ReviewModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._lic: License | None = None
        self._round: rv.ReviewRound | None = None
        self._items: list[rv.ReviewItem] = []
        self._labels: list[str] = []
        self._evidence_names: dict[str, str] = {}
        translate = QCoreApplication.translate
        self._headers = [translate("ReviewModel", "条款"), translate("ReviewModel", "条款内容"),
                         translate("ReviewModel", "状态"), translate("ReviewModel", "说明"),
                         translate("ReviewModel", "负责人"), translate("ReviewModel", "整改期限"),
                         translate("ReviewModel", "证据")]

    # -- content -------------------------------------------------------------------------
    def set_round(self, lic: License | None, round_: rv.ReviewRound | None,
                  evidence_names: dict[str, str] | None = None) -> None:
        self.beginResetModel()
        self._lic, self._round = lic, round_
        self._items = rv.review_items(lic) if lic is not None else []
        self._labels = [rv.full_label(lic, i) for i in self._items] if lic is not None else []
        self._evidence_names = dict(evidence_names or {})
        self.endResetModel()

    def update_round(self, round_: rv.ReviewRound, key: str | None = None) -> None:
        """The round changed (one clause, or all when key is None): repaint without losing the selection."""
        self._round = round_
        if key is None or key not in self.keys():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))
            return
        row = self.keys().index(key)
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    @property
    def round(self) -> rv.ReviewRound | None:
        return self._round

    @property
    def license(self) -> License | None:
        return self._lic

    def keys(self) -> list[str]:
        return [i.key for i in self._items]

    def item(self, row: int) -> rv.ReviewItem:
        return self._items[row]

    def review(self, row: int) -> rv.ClauseReview:
        assert self._round is not None
        return self._round.review_for(self._items[row])

    def row_of(self, key: str) -> int:
        return self.keys().index(key)

    # -- Qt --------------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() or self._round is None else len(self._items)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._round is None:
            return None
        item = self._items[index.row()]
        review = self._round.review_for(item)
        stale = rv.needs_rereview(item, review)
        column = index.column()
        if role == KEY_ROLE:
            return item.key
        if role == STATUS_ROLE:
            return review.status
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(index.row(), column, item, review, stale)
        if role == Qt.ItemDataRole.ToolTipRole and column in (TEXT, NOTE):
            return tooltip(item.text if column == TEXT else review.note)
        if role == Qt.ItemDataRole.BackgroundRole and column == STATUS:
            tint = _REREVIEW_TINT if stale else _TINTS.get(review.status)
            return QBrush(tint) if tint is not None else None
        return None

    def _display(self, row: int, column: int, item: rv.ReviewItem, review: rv.ClauseReview, stale: bool) -> str:
        if column == LABEL:
            return _INDENT * item.depth + self._labels[row]
        if column == TEXT:
            return scope_text(item) + item.text
        if column == STATUS:
            name = rv.status_name(review.status, interface_language())
            flag = QCoreApplication.translate("ReviewModel", "⚑ 条款已变化，需重新审查")
            return f"{name}\n{flag}" if stale else name
        if column == NOTE:
            return review.note
        if column == RESPONSIBLE:
            return review.responsible
        if column == DUE:
            return review.due.isoformat() if review.due else ""
        if column == EVIDENCE:
            return "\n".join(self._evidence_names.get(h, h[:8]) for h in review.evidence)
        return ""
