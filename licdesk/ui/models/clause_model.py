"""The special provisions (特别规定事项) as a tree model over License.clauses."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt

from licdesk.domain.model import Clause
from licdesk.domain.validation import Finding
from licdesk.ui.common.findings import by_field, describe
from licdesk.ui.common.plain import tooltip

LABEL_ROLE = Qt.ItemDataRole.UserRole + 10
TEXT_ROLE = Qt.ItemDataRole.UserRole + 11
APPLIES_TO_ROLE = Qt.ItemDataRole.UserRole + 12
TOP_ROW_ROLE = Qt.ItemDataRole.UserRole + 13  # row of the top-level clause this item belongs to
FINDINGS_ROLE = Qt.ItemDataRole.UserRole + 14
DEPTH_ROLE = Qt.ItemDataRole.UserRole + 15

_Index = QModelIndex | QPersistentModelIndex


class _Node:
    """A clause with its place in the tree; the model hands these out as internal pointers."""

    __slots__ = ("clause", "parent", "row", "children", "top_row", "depth")

    def __init__(self, clause: Clause | None, parent: _Node | None, row: int, top_row: int, depth: int) -> None:
        self.clause = clause
        self.parent = parent
        self.row = row
        self.top_row = top_row
        self.depth = depth
        self.children: list[_Node] = []


class ClauseTreeModel(QAbstractItemModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._root = _Node(None, None, 0, -1, -1)
        self._findings: dict[str, list[Finding]] = {}
        self.highlighted_block: int | None = None  # top-level row governing the selected service
        self.search_term = ""

    # -- content -------------------------------------------------------------------------------
    def set_clauses(self, clauses: list[Clause], findings: list[Finding] | None = None) -> None:
        self.beginResetModel()
        self._root = _Node(None, None, 0, -1, -1)
        for row, clause in enumerate(clauses):
            self._root.children.append(self._build(clause, self._root, row, row, 0))
        self._findings = by_field(findings or [])
        self.highlighted_block = None
        self.endResetModel()

    def _build(self, clause: Clause, parent: _Node, row: int, top_row: int, depth: int) -> _Node:
        node = _Node(clause, parent, row, top_row, depth)
        node.children = [self._build(child, node, i, top_row, depth + 1) for i, child in enumerate(clause.children)]
        return node

    def set_highlighted_block(self, top_row: int | None) -> None:
        self.highlighted_block = top_row
        self._repaint_all()

    def set_search_term(self, term: str) -> None:
        self.search_term = term.strip()
        self._repaint_all()

    def _repaint_all(self) -> None:
        if self._root.children:
            last = self._root.children[-1].row
            self.dataChanged.emit(self.index(0, 0), self.index(last, 0))
            for node in self._walk():
                if node.children:
                    parent = self.createIndex(node.row, 0, node)
                    self.dataChanged.emit(self.index(0, 0, parent), self.index(len(node.children) - 1, 0, parent))

    def _walk(self, node: _Node | None = None):  # noqa: ANN202 - generator of _Node
        for child in (node or self._root).children:
            yield child
            yield from self._walk(child)

    def all_indexes(self) -> list[QModelIndex]:
        return [self.createIndex(node.row, 0, node) for node in self._walk()]

    def matches(self, term: str | None = None) -> list[QModelIndex]:
        """Items whose label, text or applies-to tag contain the term (case-insensitive)."""
        needle = (self.search_term if term is None else term).strip().lower()
        if not needle:
            return []
        found = []
        for node in self._walk():
            clause = node.clause
            haystack = f"{clause.label}{clause.text}{clause.applies_to or ''}".lower()
            if needle in haystack:
                found.append(self.createIndex(node.row, 0, node))
        return found

    def top_index(self, top_row: int) -> QModelIndex:
        return self.index(top_row, 0) if 0 <= top_row < len(self._root.children) else QModelIndex()

    # -- Qt's model interface ------------------------------------------------------------------
    def _node(self, index: _Index) -> _Node:
        return index.internalPointer() if index.isValid() else self._root

    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        node = self._node(parent)
        if column != 0 or not 0 <= row < len(node.children):
            return QModelIndex()
        return self.createIndex(row, 0, node.children[row])

    def parent(self, index: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        parent = self._node(index).parent
        if parent is None or parent is self._root:
            return QModelIndex()
        return self.createIndex(parent.row, 0, parent)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._node(parent).children)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 1

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr("特别规定事项")
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node = self._node(index)
        clause = node.clause
        if role == Qt.ItemDataRole.DisplayRole:
            tag = self.tr("（适用于%1）").replace("%1", clause.applies_to) if clause.applies_to else ""
            return f"{clause.label}{tag}{clause.text}"
        if role == LABEL_ROLE:
            return clause.label
        if role == TEXT_ROLE:
            return clause.text
        if role == APPLIES_TO_ROLE:
            return clause.applies_to
        if role == TOP_ROW_ROLE:
            return node.top_row
        if role == DEPTH_ROLE:
            return node.depth
        if role == FINDINGS_ROLE:
            return self._node_findings(node)
        if role == Qt.ItemDataRole.ToolTipRole:
            findings = self._node_findings(node)
            return tooltip(describe(findings)) if findings else None
        return None

    def _node_findings(self, node: _Node) -> list[Finding]:
        # Findings name top-level clauses by their number: clauses[16] is 十六、
        if node.depth != 0:
            return []
        return self._findings.get(f"clauses[{node.clause.number}]", [])

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
