"""Compare two licenses (or two versions of one) side by side: fields, then clauses, differences marked.

The differences come from licdesk.domain.compare; here they are only drawn.  User text is escaped
before it goes into the HTML of the view, so it always shows as written.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QGridLayout, QHBoxLayout, QPushButton, QTextBrowser, QVBoxLayout, QWidget,
)

from licdesk.ui.common.window_fit import closable, size_within_screen
from licdesk.domain import compare
from licdesk.domain.model import License
from licdesk.store import StoreError
from licdesk.ui.common.plain import plain_label

_DELETED = "background:#f8d0cc;color:#8b1a10;text-decoration:line-through;"
_INSERTED = "background:#cdebd0;color:#14501c;"
_WHOLE_VALUE_FIELDS = {"number", "issue_date", "expiry_date", "legal_representative"}
_STATUS_COLORS = {compare.CHANGED: "#fff6e0", compare.ADDED: "#eaf6ea", compare.REMOVED: "#fbeaea"}
# The captions of licdesk.domain.compare.FIELDS, spelled out so the translation tools find them;
# the dialog translates a row's caption when it draws it.
_FIELD_CAPTIONS = (
    QT_TRANSLATE_NOOP("CompareDialog", "经营许可证编号"),
    QT_TRANSLATE_NOOP("CompareDialog", "公司名称"),
    QT_TRANSLATE_NOOP("CompareDialog", "法定代表人"),
    QT_TRANSLATE_NOOP("CompareDialog", "业务种类及覆盖范围"),
    QT_TRANSLATE_NOOP("CompareDialog", "发证机关"),
    QT_TRANSLATE_NOOP("CompareDialog", "发证日期"),
    QT_TRANSLATE_NOOP("CompareDialog", "有效期至"),
    QT_TRANSLATE_NOOP("CompareDialog", "附页网站"),
    QT_TRANSLATE_NOOP("CompareDialog", "年检/年报"),
)
_SECTION_ROW = "<tr><td colspan='3' style='background:#6b3a26;color:white;'><b>{}</b></td></tr>"


def _escape(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


def side_html(segments: tuple[compare.Segment, ...], side: str) -> str:
    """One side of a text diff: the left shows what was removed, the right what was inserted."""
    skip = "insert" if side == "left" else "delete"
    out = []
    for segment in segments:
        if segment.op == skip:
            continue
        text = _escape(segment.text)
        out.append(text if segment.op == "equal" else f"<span style='{_DELETED if side == 'left' else _INSERTED}'>"
                   f"{text}</span>")
    return "".join(out)


class VersionPicker(QWidget):
    """One side: which license, and which of its saved versions (the current one by default)."""

    def __init__(self, store: Any, numbers: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.license_box = QComboBox(self)
        for number, company in numbers:
            self.license_box.addItem(f"{number}  {company}", number)
        self.version_box = QComboBox(self)
        self.license_box.currentIndexChanged.connect(self._fill_versions)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.license_box, 3)
        layout.addWidget(self.version_box, 2)

    def choose(self, number: str | None, version: int | None) -> None:
        if number:
            index = self.license_box.findData(number)
            if index >= 0:
                self.license_box.setCurrentIndex(index)
        self._fill_versions()
        if version is not None:
            index = self.version_box.findData(version)
            if index >= 0:
                self.version_box.setCurrentIndex(index)

    def _fill_versions(self) -> None:
        self.version_box.blockSignals(True)
        self.version_box.clear()
        self.version_box.addItem(self.tr("当前版本"), None)
        number = self.license_box.currentData()
        try:
            versions = self.store.versions(number) if number else []
        except StoreError:
            versions = []
        for info in versions:
            self.version_box.addItem(self.tr("第 %1 版 · %2").replace("%1", str(info.version)).replace(
                "%2", info.saved_at.astimezone().strftime("%Y-%m-%d %H:%M")), info.version)
        self.version_box.blockSignals(False)

    def license(self) -> License | None:
        number = self.license_box.currentData()
        if not number:
            return None
        version = self.version_box.currentData()
        if version is None:
            return self.store.load(number)
        return self.store.load_version(number, int(version))

    def caption(self) -> str:
        return f"{self.license_box.currentData() or ''} · {self.version_box.currentText()}"


class CompareDialog(QDialog):
    def __init__(self, store: Any, parent: QWidget | None = None, *, left: tuple[str | None, int | None] = (None, None),
                 right: tuple[str | None, int | None] = (None, None)) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("比较许可证"))
        size_within_screen(self, 1200, 780)
        closable(self)
        try:
            numbers = [(s.number, s.company) for s in store.summaries(order_by="number")]
        except StoreError:
            numbers = []
        self.left = VersionPicker(store, numbers, self)
        self.right = VersionPicker(store, numbers, self)
        self.left.choose(*left)
        self.right.choose(*right)
        self.only_changes = QCheckBox(self.tr("只显示不同之处"), self)
        self.only_changes.setChecked(True)
        self.summary = plain_label("", self)
        self.view = QTextBrowser(self)
        self.view.setOpenLinks(False)
        grid = QGridLayout()
        grid.addWidget(plain_label(self.tr("左："), self, wrap=False), 0, 0)
        grid.addWidget(self.left, 0, 1)
        grid.addWidget(plain_label(self.tr("右："), self, wrap=False), 1, 0)
        grid.addWidget(self.right, 1, 1)
        bar = QHBoxLayout()
        bar.addWidget(self.summary, 1)
        bar.addWidget(self.only_changes)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        close_button = QPushButton(self.tr("关闭"), self)
        close_button.setAutoDefault(False)
        close_button.clicked.connect(self.close)
        closing = QHBoxLayout()
        closing.addStretch(1)
        closing.addWidget(close_button)
        layout.addLayout(closing)
        for picker in (self.left, self.right):
            picker.license_box.currentIndexChanged.connect(self.refresh)
            picker.version_box.currentIndexChanged.connect(self.refresh)
        self.only_changes.toggled.connect(self.refresh)
        self.comparison: compare.Comparison | None = None
        self.refresh()

    def refresh(self) -> None:
        try:
            left, right = self.left.license(), self.right.license()
        except StoreError as exc:
            self.summary.setText(str(exc))
            return
        if left is None or right is None:
            self.comparison = None
            self.summary.setText(self.tr("请选择要比较的两张许可证。"))
            self.view.clear()
            return
        self.comparison = compare.compare(left, right)
        fields, clauses = self.comparison.changed_fields, self.comparison.changed_clauses
        if self.comparison.identical:
            self.summary.setText(self.tr("两者内容相同。"))
        else:
            self.summary.setText(self.tr("%1 项字段、%2 条条款不同。").replace("%1", str(len(fields))).replace(
                "%2", str(len(clauses))))
        self.view.setHtml(self.render_html(self.comparison, self.only_changes.isChecked()))

    def render_html(self, comparison: compare.Comparison, only_changes: bool) -> str:
        head = (f"<tr><th width='16%'></th><th width='42%'>{_escape(self.left.caption())}</th>"
                f"<th width='42%'>{_escape(self.right.caption())}</th></tr>")
        rows = [_SECTION_ROW.format(self.tr("正本、附页与年检"))]
        for diff in comparison.fields:
            if only_changes and diff.status == compare.SAME:
                continue
            if diff.field in _WHOLE_VALUE_FIELDS and diff.status != compare.SAME:
                # A number or a date reads wrong marked digit by digit: show the whole value changed.
                segments = (compare.Segment("delete", diff.left), compare.Segment("insert", diff.right))
            else:
                segments = compare.text_segments(diff.left, diff.right)
            rows.append(self._row(self.tr(diff.caption), side_html(segments, "left"), side_html(segments, "right"),
                                  diff.status))
        rows.append(_SECTION_ROW.format(self.tr("特别规定事项")))
        for clause in comparison.clauses:
            if only_changes and clause.status == compare.SAME:
                continue
            left = side_html(clause.segments, "left") if clause.left is not None else self.tr("（无此条）")
            right = side_html(clause.segments, "right") if clause.right is not None else self.tr("（无此条）")
            for side, node in (("left", clause.left), ("right", clause.right)):
                if node is not None and node.applies_to:
                    applies_to = self.tr("适用于：") + node.applies_to
                    extra = f"<br><i>{_escape(applies_to)}</i>"
                    left, right = (left + extra, right) if side == "left" else (left, right + extra)
            rows.append(self._row(_escape(clause.label), left, right, clause.status))
        return ("<table width='100%' cellspacing='0' cellpadding='6' border='1' style='border-collapse:collapse;"
                "border-color:#d8cfc0;'>" + head + "".join(rows) + "</table>")

    @staticmethod
    def _row(caption: str, left: str, right: str, status: str) -> str:
        color = _STATUS_COLORS.get(status, "#ffffff")
        return (f"<tr style='background:{color};'><td valign='top'><b>{caption}</b></td>"
                f"<td valign='top'>{left}</td><td valign='top'>{right}</td></tr>")
