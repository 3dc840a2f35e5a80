"""The special provisions pane: clause tree with search, expand/collapse, and a reading area."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QFontMetricsF, QResizeEvent, QTextBlockFormat, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QLineEdit, QSplitter, QTextEdit, QToolButton, QTreeView, QVBoxLayout,
    QWidget,
)

from licdesk.domain.model import Clause, License
from licdesk.domain.validation import Finding
from licdesk.ui.editor.clause_delegate import ClauseDelegate
from licdesk.ui.models.clause_model import TOP_ROW_ROLE, ClauseTreeModel
from licdesk.ui.common.fonts import document_font
from licdesk.ui.common.plain import plain_label


class ClauseTree(QTreeView):
    """A tree whose rows grow to show whole clauses; re-wraps them when its width changes."""

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.scheduleDelayedItemsLayout()


class ProvisionsPane(QWidget):
    """Emits the top-level row of the clause the clerk selects (-1 for none)."""

    clause_selected = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.license: License | None = None
        self._matches: list[QModelIndex] = []
        self._match_position = -1

        self.search_box = QLineEdit(self)
        self.search_box.setPlaceholderText(self.tr("在条款中查找…"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setMinimumWidth(120)
        self.search_box.textChanged.connect(self.set_search)
        self.search_box.returnPressed.connect(self.next_match)
        self.match_label = plain_label("", self, wrap=False)
        self.expand_button = QToolButton(self)
        self.expand_button.setText(self.tr("展开"))
        self.expand_button.setToolTip(self.tr("全部展开"))
        self.expand_button.clicked.connect(self.expand_all)
        self.collapse_button = QToolButton(self)
        self.collapse_button.setText(self.tr("折叠"))
        self.collapse_button.setToolTip(self.tr("全部折叠"))
        self.collapse_button.clicked.connect(self.collapse_all)
        bar = QHBoxLayout()
        bar.setSpacing(4)
        bar.addWidget(self.search_box, 1)
        bar.addWidget(self.match_label)
        bar.addWidget(self.expand_button)
        bar.addWidget(self.collapse_button)

        self.model = ClauseTreeModel(self)
        self.tree = ClauseTree(self)
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setWordWrap(True)
        self.tree.setAnimated(False)
        self.tree.setIndentation(14)
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tree.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.delegate = ClauseDelegate(self.tree)
        self.tree.setItemDelegate(self.delegate)
        self.tree.selectionModel().currentChanged.connect(self._current_changed)

        self.reading = QTextEdit(self)
        self.reading.setReadOnly(True)
        self.reading.setAcceptRichText(False)
        self.reading.setFont(document_font(12))
        self.reading.setPlaceholderText(self.tr("选择一条规定，在此阅读全文。"))

        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(self.reading)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(6)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)

    # -- content -------------------------------------------------------------------------------
    def show_license(self, lic: License | None, findings: list[Finding] | None = None) -> None:
        self.license = lic
        self.model.set_clauses(lic.clauses if lic else [], findings)
        self.tree.expandAll()
        self.reading.setPlainText((lic.provisions_intro or "") if lic else "")
        if self.search_box.text():
            self.set_search(self.search_box.text())

    def expand_all(self) -> None:
        self.tree.expandAll()

    def collapse_all(self) -> None:
        self.tree.collapseAll()

    # -- search --------------------------------------------------------------------------------
    def set_search(self, term: str) -> None:
        self.model.set_search_term(term)
        self._matches = self.model.matches()
        self._match_position = -1
        if not term.strip():
            self.match_label.setText("")
        elif not self._matches:
            self.match_label.setText(self.tr("无匹配"))
        else:
            self.match_label.setText(self.tr("%1 处").replace("%1", str(len(self._matches))))
            for index in self._matches:
                parent = index.parent()
                while parent.isValid():
                    self.tree.expand(parent)
                    parent = parent.parent()
            self.next_match()
        self.tree.viewport().update()

    def next_match(self) -> None:
        if not self._matches:
            return
        self._match_position = (self._match_position + 1) % len(self._matches)
        index = self._matches[self._match_position]
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtTop)

    @property
    def matches(self) -> list[QModelIndex]:
        return list(self._matches)

    # -- linking with the certificate ----------------------------------------------------------
    def highlight_block(self, top_row: int | None) -> None:
        """Tint the clause block that governs the selected service and bring it into view."""
        self.model.set_highlighted_block(top_row)
        if top_row is None:
            return
        index = self.model.top_index(top_row)
        if index.isValid():
            self.tree.expand(index)
            self.tree.selectionModel().blockSignals(True)
            self.tree.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            self.tree.selectionModel().blockSignals(False)
            self._show_reading(index)
            self.tree.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtTop)
        self.tree.viewport().update()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_reading(current)
        self.clause_selected.emit(int(current.data(TOP_ROW_ROLE)) if current.isValid() else -1)

    def _show_reading(self, index: QModelIndex) -> None:
        if not index.isValid() or self.license is None:
            return
        node = index.internalPointer()
        self.reading.clear()
        cursor = QTextCursor(self.reading.document())
        self._write_clause(cursor, node.clause, 0, first=True)
        self.reading.moveCursor(QTextCursor.MoveOperation.Start)

    def _write_clause(self, cursor: QTextCursor, clause: Clause, depth: int, first: bool = False) -> None:
        """One paragraph per clause, its label hanging in the margin as in the printed document."""
        hang = QFontMetricsF(self.reading.font()).horizontalAdvance(clause.label) + 2
        block = QTextBlockFormat()
        block.setLeftMargin(depth * 22 + hang)
        block.setTextIndent(-hang)
        block.setBottomMargin(4)
        if first:
            cursor.setBlockFormat(block)
        else:
            cursor.insertBlock(block)
        tag = self.tr("（适用于%1）").replace("%1", clause.applies_to) if clause.applies_to else ""
        cursor.insertText(f"{clause.label}{tag}{clause.text}")  # insertText: plain, never markup
        for child in clause.children:
            self._write_clause(cursor, child, depth + 1)
