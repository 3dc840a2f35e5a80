"""Before anything is saved: the source text beside what licdesk read from it.

Lines the reader could not place (License.warnings, each quoting its line) are highlighted in the
source, and listed; clicking one shows its line.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QTextCursor, QTextFormat
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QListWidget, QListWidgetItem, QPlainTextEdit, QSplitter, QTextEdit,
    QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget,
)

from licdesk.ui.common.window_fit import closable, size_within_screen
from licdesk.domain.dates import format_cn_date
from licdesk.domain.model import ANNUAL_REPORT, License
from licdesk.ui.common.fonts import document_font
from licdesk.ui.common.plain import plain_label
from licdesk.ui.common.wrapping_delegate import WrappingDelegate
from licdesk.ui.common.findings import reading_note_text

WARNING_LINE = QColor(255, 200, 80, 110)
_LINE_NUMBER = re.compile(r"第\s*(\d+)\s*行")
_QUOTED = re.compile(r"[“\"](.+?)[”\"]")


def warning_lines(source: str, warnings: list[str]) -> dict[int, list[str]]:
    """0-based source line → the warnings about it (by the 第N行 it names, else by the text it quotes)."""
    lines = source.split("\n")
    found: dict[int, list[str]] = {}
    for warning in warnings:
        line_no: int | None = None
        match = _LINE_NUMBER.search(warning)
        if match and 1 <= int(match.group(1)) <= len(lines):
            line_no = int(match.group(1)) - 1
        else:
            quoted = [q for q in _QUOTED.findall(warning)] + warning.split("：")[1:]
            for candidate in (q.strip() for q in quoted):
                if not candidate:
                    continue
                line_no = next((i for i, text in enumerate(lines) if candidate in text), None)
                if line_no is not None:
                    break
        if line_no is not None:
            found.setdefault(line_no, []).append(warning)
    return found


def license_tree_items(lic: License) -> list[QTreeWidgetItem]:
    """The parsed fields as tree rows (QTreeWidgetItem text is always plain)."""

    def item(caption: str, value: str = "", children: list[QTreeWidgetItem] | None = None) -> QTreeWidgetItem:
        node = QTreeWidgetItem([caption, value])
        node.setToolTip(1, "")
        for child in children or []:
            node.addChild(child)
        return node

    services = [
        item(s.name, "；".join(p for p in (s.coverage, s.remarks) if p)) for s in lic.services
    ]
    sites = [
        item(w.site_name or "—", "、".join(w.domains), [
            item(QCoreApplication.translate("ImportPreview", "服务器放置地"), w.server_location or ""),
            item(QCoreApplication.translate("ImportPreview", "接入服务提供单位"), w.access_provider or "")])
        for w in lic.annex
    ]

    def clause_item(clause) -> QTreeWidgetItem:  # noqa: ANN001
        tag = ""
        if clause.applies_to:
            tag = QCoreApplication.translate("ImportPreview", "（适用于%1）").replace("%1", clause.applies_to)
        return item(clause.label, tag + clause.text, [clause_item(c) for c in clause.children])

    kinds = {ANNUAL_REPORT: QCoreApplication.translate("ImportPreview", "年报")}
    inspection = QCoreApplication.translate("ImportPreview", "年检")
    records = [
        item(QCoreApplication.translate("ImportPreview", "%1 年度").replace("%1", str(r.year)),
             f"{kinds.get(r.kind, inspection)} {r.result} {format_cn_date(r.date)}")
        for r in lic.inspections
    ]
    # Who issued it and where it lets the company operate, rather than a bare 跨地区 / 省级.
    scope = (QCoreApplication.translate("ImportPreview", "跨地区许可证：由工业和信息化部颁发，可在多个省份经营")
             if lic.cross_regional else
             QCoreApplication.translate("ImportPreview", "省内许可证：由所在省（自治区、直辖市）通信管理局颁发，在该地经营"))
    return [
        item(QCoreApplication.translate("ImportPreview", "经营许可证编号"), lic.number),
        item(QCoreApplication.translate("ImportPreview", "许可证类别"), scope),
        item(QCoreApplication.translate("ImportPreview", "公司名称"), lic.company),
        item(QCoreApplication.translate("ImportPreview", "法定代表人"), lic.legal_representative),
        item(QCoreApplication.translate("ImportPreview", "业务种类"), str(len(lic.services)), services),
        item(QCoreApplication.translate("ImportPreview", "发证机关"), lic.effective_issuer or ""),
        item(QCoreApplication.translate("ImportPreview", "发证日期"), format_cn_date(lic.issue_date)),
        item(QCoreApplication.translate("ImportPreview", "有效期至"), format_cn_date(lic.expiry_date)),
        item(QCoreApplication.translate("ImportPreview", "附页网站"), str(len(lic.annex)), sites),
        item(QCoreApplication.translate("ImportPreview", "特别规定事项"), str(len(lic.clauses)),
             [clause_item(c) for c in lic.clauses]),
        item(QCoreApplication.translate("ImportPreview", "年检/年报"), str(len(lic.inspections)), records),
    ]


class ImportPreviewDialog(QDialog):
    def __init__(self, lic: License, source: str, origin: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.license = lic
        self.setWindowTitle(self.tr("导入预览") + (f" — {origin}" if origin else ""))
        summary = plain_label(self.tr("请核对读取结果。确认无误后点击“保存”；在此之前不会写入任何内容。"), self)

        self.source = QPlainTextEdit(self)
        self.source.setReadOnly(True)
        self.source.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.source.setFont(document_font(11))
        self.source.setPlainText(source)

        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels([self.tr("项目"), self.tr("读取结果")])
        self.tree.setWordWrap(True)
        self.tree.addTopLevelItems(license_tree_items(lic))
        for row in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(row)
            top.setExpanded(top.childCount() <= 6)
        self.tree.setColumnWidth(0, 170)
        self.tree.setItemDelegate(WrappingDelegate(self.tree))
        self.tree.setUniformRowHeights(False)
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tree.header().setStretchLastSection(True)
        self.tree.header().sectionResized.connect(lambda *_: self.tree.doItemsLayout())

        self.warning_list = QListWidget(self)
        self.warning_list.setWordWrap(True)
        self._by_line = warning_lines(source, lic.warnings)
        line_of = {w: line for line, ws in self._by_line.items() for w in ws}
        for warning in lic.warnings:
            entry = QListWidgetItem("⚠ " + reading_note_text(warning))
            entry.setData(Qt.ItemDataRole.UserRole, line_of.get(warning, -1))
            self.warning_list.addItem(entry)
        self.warning_list.currentItemChanged.connect(self._jump_to_warning)
        self.warning_list.setVisible(bool(lic.warnings))
        self.warning_title = plain_label(
            self.tr("%1 行未能识别（在原文中以黄色标出）：").replace("%1", str(len(lic.warnings))), self)
        self.warning_title.setVisible(bool(lic.warnings))
        self._highlight_warning_lines()

        sides = QSplitter(Qt.Orientation.Horizontal, self)
        sides.addWidget(self.source)
        sides.addWidget(self.tree)
        sides.setSizes([500, 500])

        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(self.tr("保存"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.tr("取消"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(sides, 1)
        layout.addWidget(self.warning_title)
        layout.addWidget(self.warning_list)
        layout.addWidget(self.buttons)
        self.warning_list.setMaximumHeight(110)
        size_within_screen(self, 1100, 720)
        closable(self)

    @property
    def highlighted_lines(self) -> list[int]:
        return sorted(self._by_line)

    def _highlight_warning_lines(self) -> None:
        selections = []
        document = self.source.document()
        for line in self._by_line:
            block = document.findBlockByNumber(line)
            if not block.isValid():
                continue
            selection = QTextEdit.ExtraSelection()
            selection.format.setBackground(WARNING_LINE)
            selection.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
            selection.cursor = QTextCursor(block)
            selections.append(selection)
        self.source.setExtraSelections(selections)

    def _jump_to_warning(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None = None) -> None:
        line = item.data(Qt.ItemDataRole.UserRole) if item else -1
        if line is None or line < 0:
            return
        block = self.source.document().findBlockByNumber(line)
        self.source.setTextCursor(QTextCursor(block))
        self.source.centerCursor()
