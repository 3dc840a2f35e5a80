"""帮助 → 用户指南 and 键盘快捷键: the guide read inside licdesk (offline), and every key of the actions table.

The guide is docs/guide.md, shipped with the program; licdesk.guide picks the part in the interface's
language.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QTableWidget, QTableWidgetItem, QTextBrowser,
    QVBoxLayout, QWidget,
)

from licdesk.guide import guide_markdown
from licdesk.ui import actions as desk_actions
from licdesk.ui.common.findings import interface_language
from licdesk.ui.common.window_fit import closable, size_within_screen

class GuideWindow(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("licdesk 用户指南"))
        self.setModal(False)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        size_within_screen(self, 820, 900)
        closable(self)
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(True)
        text = guide_markdown(interface_language())
        if text is None:
            self.browser.setPlainText(self.tr("找不到用户指南文件（guide.md）。请重新安装 licdesk。"))
        else:
            self.browser.setMarkdown(text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)


def _plain(text: str) -> str:
    """A menu text without its mnemonic: "导出(&X)…" → "导出…", "&Export…" → "Export…"."""
    return re.sub(r"\(&.\)", "", text).replace("&&", "\0").replace("&", "").replace("\0", "&")


def shortcut_rows(actions: dict[str, QAction]) -> list[tuple[str, str, str]]:
    """(menu, action, keys) for every action of the table that has a key, in the menus' order."""
    menus = {key: _plain(QCoreApplication.translate(desk_actions.CONTEXT, title)) for key, title in desk_actions.MENUS}
    rows = []
    for key, _title in desk_actions.MENUS:
        for spec in desk_actions.TABLE:
            action = actions.get(spec.name)
            if spec.menu != key or action is None or not action.shortcuts():
                continue
            keys = " / ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts())
            rows.append((menus[key], _plain(action.text()), keys))
    return rows


class ShortcutsDialog(QDialog):
    def __init__(self, actions: dict[str, QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("键盘快捷键"))
        closable(self)
        rows = shortcut_rows(actions)
        self.table = QTableWidget(len(rows), 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("菜单"), self.tr("命令"), self.tr("快捷键")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for row, values in enumerate(rows):
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        size_within_screen(self, 560, 620)
