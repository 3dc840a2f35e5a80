"""Edit mode of the special provisions (特别规定事项): the clause tree and the selected clause's words.

Structure changes (add, delete, move, indent, outdent) go through licdesk.ui.editor.clause_ops, which
renumbers the labels; the text and applies-to of the selected clause are edited below the tree.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFormLayout, QHeaderView, QHBoxLayout, QLineEdit, QPlainTextEdit, QPushButton, QSplitter, QTreeWidget, QTreeWidgetItem,
    QVBoxLayout, QWidget,
)

from licdesk.domain.model import Clause, License
from licdesk.domain.validation import Finding
from licdesk.ui.editor import clause_ops
from licdesk.ui.editor.clause_ops import Path
from licdesk.ui.editor.edit_session import EditSession
from licdesk.ui.common.findings import describe
from licdesk.ui.common.fonts import document_font
from licdesk.ui.common.plain import tooltip
from licdesk.ui.common.wrapping_delegate import WrappingDelegate

_PATH_ROLE = Qt.ItemDataRole.UserRole + 1


class _WrappingTree(QTreeWidget):
    """Whole clauses on as many lines as they need; re-wrapped when the width changes."""

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.scheduleDelayedItemsLayout()


class ClauseEditor(QWidget):
    def __init__(self, session: EditSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.current: Path | None = None
        self.intro = QLineEdit(self)
        self.intro.setPlaceholderText(self.tr("引言（可不填），如“《特别规定事项》是经营许可证重要组成部分……”"))
        self.intro.textEdited.connect(lambda text: session.edit(
            self.tr("修改特别规定事项引言"), lambda lic: setattr(lic, "provisions_intro", text or None),
            merge_key="provisions_intro"))
        self.intro.editingFinished.connect(session.end_merging)

        self.tree = _WrappingTree(self)
        self.tree.setItemDelegate(WrappingDelegate(self.tree))
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("编号"), self.tr("条款")])
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setFont(document_font(11.5))
        self.tree.currentItemChanged.connect(self._current_changed)
        header = self.tree.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(0, 6 * self.tree.fontMetrics().averageCharWidth() * 2 + 3 * self.tree.indentation())

        self.buttons: dict[str, QPushButton] = {}
        bar = QHBoxLayout()
        for key, caption, slot in (
            ("add", self.tr("添加条款"), self.add_sibling), ("child", self.tr("添加下级"), self.add_child),
            ("delete", self.tr("删除"), self.delete), ("up", self.tr("上移"), lambda: self.move(-1)),
            ("down", self.tr("下移"), lambda: self.move(1)), ("outdent", self.tr("升级 ←"), self.outdent),
            ("indent", self.tr("降级 →"), self.indent),
        ):
            button = QPushButton(caption, self)
            button.clicked.connect(slot)
            bar.addWidget(button)
            self.buttons[key] = button
        bar.addStretch(1)

        self.text = QPlainTextEdit(self)
        self.text.setFont(document_font(12))
        self.text.setPlaceholderText(self.tr("条款内容：从许可证原件照录"))
        self.text.textChanged.connect(self._text_changed)
        self.applies_to = QLineEdit(self)
        self.applies_to.setPlaceholderText(self.tr("如：信息服务业务（可不填）"))
        self.applies_to.textEdited.connect(self._applies_to_edited)
        self.applies_to.editingFinished.connect(session.end_merging)
        below = QWidget(self)
        form = QFormLayout(below)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("条款内容："), self.text)
        form.addRow(self.tr("适用于："), self.applies_to)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.tree)
        splitter.addWidget(below)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([520, 180])
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        self._filling = False

    # -- structure -------------------------------------------------------------------------------
    def _restructure(self, caption: str, operation) -> None:  # noqa: ANN001 - (clauses, path) -> new path
        result: dict[str, Path | None] = {}

        def change(lic: License) -> None:
            result["path"] = operation(lic.clauses, self.current)
        self.session.edit(caption, change)
        self.select(result.get("path", self.current))

    def add_sibling(self) -> None:
        self._restructure(self.tr("添加条款"), lambda clauses, path: clause_ops.add_after(clauses, path))
        self.text.setFocus()

    def add_child(self) -> None:
        if self.current is None:
            self.add_sibling()
            return
        self._restructure(self.tr("添加下级条款"), clause_ops.add_child)
        self.text.setFocus()

    def delete(self) -> None:
        if self.current is not None:
            self._restructure(self.tr("删除条款"), clause_ops.delete)

    def move(self, step: int) -> None:
        if self.current is not None:
            self._restructure(self.tr("上移条款") if step < 0 else self.tr("下移条款"),
                              lambda clauses, path: clause_ops.move(clauses, path, step))

    def indent(self) -> None:
        if self.current is not None:
            self._restructure(self.tr("降级条款"), clause_ops.indent)

    def outdent(self) -> None:
        if self.current is not None:
            self._restructure(self.tr("升级条款"), clause_ops.outdent)

    # -- words -----------------------------------------------------------------------------------
    def _text_changed(self) -> None:
        if self._filling or self.current is None:
            return
        path, text = self.current, self.text.toPlainText()
        self.session.edit(self.tr("修改条款内容"), lambda lic: setattr(clause_ops.get(lic.clauses, path), "text", text),
                          merge_key=f"clause-text-{path}")

    def _applies_to_edited(self, text: str) -> None:
        if self.current is None:
            return
        path = self.current
        self.session.edit(self.tr("修改条款适用范围"),
                          lambda lic: setattr(clause_ops.get(lic.clauses, path), "applies_to", text.strip() or None),
                          merge_key=f"clause-applies-{path}")

    # -- showing ---------------------------------------------------------------------------------
    def select(self, path: Path | None) -> None:
        self.current = path
        item = self._item_at(path) if path else None
        self.tree.blockSignals(True)
        self.tree.setCurrentItem(item)
        self.tree.blockSignals(False)
        if item is not None:
            self.tree.scrollToItem(item)
        self._show_current()

    def _item_at(self, path: Path) -> QTreeWidgetItem | None:
        item: QTreeWidgetItem | None = None
        for index in path:
            holder_count = self.tree.topLevelItemCount() if item is None else item.childCount()
            if index >= holder_count:
                return None
            item = self.tree.topLevelItem(index) if item is None else item.child(index)
        return item

    def _current_changed(self, item: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        self.session.end_merging()
        self.current = tuple(item.data(0, _PATH_ROLE)) if item is not None else None
        self._show_current()

    def _show_current(self) -> None:
        clause = self._clause(self.current)
        self._filling = True
        if self.text.toPlainText() != (clause.text if clause else ""):
            self.text.setPlainText(clause.text if clause else "")
        if self.applies_to.text() != ((clause.applies_to or "") if clause else ""):
            self.applies_to.setText((clause.applies_to or "") if clause else "")
        self._filling = False
        for widget in (self.text, self.applies_to):
            widget.setEnabled(clause is not None)
        path = self.current
        for key in ("child", "delete", "up", "down", "indent", "outdent"):
            self.buttons[key].setEnabled(clause is not None)
        if clause is not None and path is not None:
            count = len(clause_ops.siblings(self.session.license.clauses, path))
            self.buttons["up"].setEnabled(path[-1] > 0)
            self.buttons["down"].setEnabled(path[-1] < count - 1)
            self.buttons["indent"].setEnabled(path[-1] > 0)
            self.buttons["outdent"].setEnabled(len(path) > 1)

    def _clause(self, path: Path | None) -> Clause | None:
        if not path:
            return None
        try:
            return clause_ops.get(self.session.license.clauses, path)
        except IndexError:
            return None

    def show_license(self, lic: License, grouped: dict[str, list[Finding]]) -> None:
        if self.intro.text() != (lic.provisions_intro or ""):
            self.intro.setText(lic.provisions_intro or "")
        if self._shown_tree() != self._tree_of(lic.clauses):
            self._fill(lic, grouped)
        if self._clause(self.current) is None:
            self.current = None
        self.select(self.current)

    @staticmethod
    def _tree_of(clauses: list[Clause]) -> list:
        return [(c.label, c.text, c.applies_to, ClauseEditor._tree_of(c.children)) for c in clauses]

    def _shown_tree(self) -> list:
        def walk(item_count: int, child) -> list:  # noqa: ANN001
            out = []
            for index in range(item_count):
                item = child(index)
                out.append((item.text(0), item.data(1, Qt.ItemDataRole.UserRole), item.data(0, Qt.ItemDataRole.UserRole),
                            walk(item.childCount(), item.child)))
            return out
        return walk(self.tree.topLevelItemCount(), self.tree.topLevelItem)

    def _fill(self, lic: License, grouped: dict[str, list[Finding]]) -> None:
        self.tree.blockSignals(True)
        self.tree.clear()

        def add(clauses: list[Clause], parent: QTreeWidgetItem | None, prefix: Path) -> None:
            for index, clause in enumerate(clauses):
                path = prefix + (index,)
                item = QTreeWidgetItem([clause.label, clause.text.replace("\n", " ")])
                item.setData(0, _PATH_ROLE, list(path))
                item.setData(1, Qt.ItemDataRole.UserRole, clause.text)
                item.setData(0, Qt.ItemDataRole.UserRole, clause.applies_to)
                if clause.applies_to:
                    item.setToolTip(1, tooltip(self.tr("适用于：") + clause.applies_to))
                if parent is None:
                    self.tree.addTopLevelItem(item)
                else:
                    parent.addChild(item)
                add(clause.children, item, path)

        add(lic.clauses, None, ())
        self.tree.expandAll()
        self.tree.blockSignals(False)
        self._mark_findings(grouped)

    def _mark_findings(self, grouped: dict[str, list[Finding]]) -> None:
        """Clause findings name the top-level clause by its ordinal (clauses[15])."""
        for index in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(index)
            findings = grouped.get(f"clauses[{index + 1}]", [])
            if findings:
                item.setToolTip(1, tooltip(describe(findings)))
