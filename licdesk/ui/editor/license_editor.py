"""Edit mode: the whole license in tabs (正本 / 附页 / 特别规定事项 / 年检/年报), findings as the clerk types.

The editor only edits its EditSession; saving and leaving are the main window's business
(`save_requested`, `cancel_requested`).
"""

from __future__ import annotations

from typing import Callable

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout, QListWidget, QListWidgetItem, QPushButton, QTabWidget, QToolButton, QVBoxLayout,
    QWidget,
)

from licdesk.domain.model import License
from licdesk.domain.validation import ERROR, Finding, validate
from licdesk.ui.editor.annex_editor import AnnexEditor
from licdesk.ui.editor.certificate_form import CertificateForm
from licdesk.ui.editor.clause_editor import ClauseEditor
from licdesk.ui.editor.edit_session import EditSession
from licdesk.ui.common.findings import by_field, finding_text
from licdesk.ui.editor.inspections_editor import InspectionsEditor
from licdesk.ui.common.plain import plain_label
from licdesk.ui.common.status import finding_icon

Checker = Callable[[License], list[Finding]]


def tab_for_field(field: str) -> int:
    """Which tab shows the field a finding names."""
    if field.startswith("annex"):
        return 1
    if field.startswith("clauses") or field == "provisions_intro":
        return 2
    if field.startswith("inspections"):
        return 3
    return 0


class LicenseEditor(QWidget):
    save_requested = Signal()
    cancel_requested = Signal()

    def __init__(self, session: EditSession, checker: Checker | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.checker: Checker = checker or validate
        self.findings: list[Finding] = []

        self.title = plain_label("", self, wrap=False)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        self.undo_button = QToolButton(self)
        self.redo_button = QToolButton(self)
        self.undo_button.setText(self.tr("撤销"))
        self.redo_button.setText(self.tr("重做"))
        self.undo_button.clicked.connect(session.undo_stack.undo)
        self.redo_button.clicked.connect(session.undo_stack.redo)
        self.save_button = QPushButton(self.tr("保存"), self)
        self.save_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("退出编辑"), self)
        self.save_button.clicked.connect(self.save_requested.emit)
        self.cancel_button.clicked.connect(self.cancel_requested.emit)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.undo_button)
        top.addWidget(self.redo_button)
        top.addSpacing(12)
        top.addWidget(self.cancel_button)
        top.addWidget(self.save_button)

        self.certificate = CertificateForm(session, self)
        self.annex = AnnexEditor(session, self)
        self.clauses = ClauseEditor(session, self)
        self.inspections = InspectionsEditor(session, self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.certificate, self.tr("正本"))
        self.tabs.addTab(self.annex, self.tr("附页"))
        self.tabs.addTab(self.clauses, self.tr("特别规定事项"))
        self.tabs.addTab(self.inspections, self.tr("年检/年报"))

        self.findings_list = QListWidget(self)
        self.findings_list.setWordWrap(True)
        self.findings_list.itemActivated.connect(self._finding_activated)
        self.findings_list.itemClicked.connect(self._finding_activated)
        self.findings_caption = plain_label("", self)
        findings_box = QWidget(self)
        findings_layout = QVBoxLayout(findings_box)
        findings_layout.setContentsMargins(0, 0, 0, 0)
        findings_layout.addWidget(self.findings_caption)
        findings_layout.addWidget(self.findings_list, 1)
        self.findings_list.setMaximumHeight(150)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(findings_box)

        session.changed.connect(self.refresh)
        self.certificate.entries_changed.connect(self.refresh)
        # Bound slots, not lambdas: Qt drops the connections when the editor goes away first.
        session.undo_stack.cleanChanged.connect(self._clean_changed)
        session.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        session.undo_stack.canRedoChanged.connect(self.redo_button.setEnabled)
        session.undo_stack.undoTextChanged.connect(self._undo_text_changed)
        session.undo_stack.redoTextChanged.connect(self._redo_text_changed)
        self.undo_button.setEnabled(False)
        self.redo_button.setEnabled(False)
        self.refresh()

    @property
    def license(self) -> License:
        return self.session.license

    def refresh(self) -> None:
        lic = self.session.license
        try:
            self.findings = self.checker(lic)
        except Exception:  # noqa: BLE001 - a check that cannot run (database gone) must not stop the typing
            self.findings = validate(lic)
        self.findings += self.certificate.entry_findings()  # typed text that is not yet a date
        grouped = by_field(self.findings)
        self.certificate.show_license(lic, grouped)
        self.annex.show_license(lic, grouped)
        self.clauses.show_license(lic, grouped)
        self.inspections.show_license(lic, grouped)
        self._show_findings()
        self._show_title()

    def _clean_changed(self, _clean: bool) -> None:
        if shiboken6.isValid(self.session.undo_stack):  # not while the stack itself is being destroyed
            self._show_title()

    def _undo_text_changed(self, text: str) -> None:
        self.undo_button.setToolTip(self.tr("撤销 ") + text if text else "")

    def _redo_text_changed(self, text: str) -> None:
        self.redo_button.setToolTip(self.tr("重做 ") + text if text else "")

    def _show_title(self) -> None:
        lic = self.session.license
        if self.session.original_number is None:
            text = self.tr("新许可证")
        else:
            text = self.tr("编辑 ") + self.session.original_number
        if lic.company:
            text += f" · {lic.company}"
        if self.session.dirty:
            text += self.tr("（未保存）")
        self.title.setText(text)

    def _show_findings(self) -> None:
        self.findings_list.clear()
        errors = sum(1 for f in self.findings if f.level == ERROR)
        self.findings_list.setVisible(bool(self.findings))
        if not self.findings:
            self.findings_caption.setText(self.tr("核对：没有发现问题。"))
        else:
            self.findings_caption.setText(self.tr("核对：%1 处错误（须改正才能保存），%2 处提示").replace(
                "%1", str(errors)).replace("%2", str(len(self.findings) - errors)))
        for finding in sorted(self.findings, key=lambda f: f.level != ERROR):
            item = QListWidgetItem(finding_icon(finding.level), finding_text(finding))
            item.setData(Qt.ItemDataRole.UserRole, finding.field)
            self.findings_list.addItem(item)

    def _finding_activated(self, item: QListWidgetItem) -> None:
        self.tabs.setCurrentIndex(tab_for_field(str(item.data(Qt.ItemDataRole.UserRole))))

    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.level == ERROR]
