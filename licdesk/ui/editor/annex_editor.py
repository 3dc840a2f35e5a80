"""Edit mode of the annex (附页): websites added, removed, reordered; several domains per website."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from licdesk.domain.model import License, Website
from licdesk.domain.validation import Finding
from licdesk.ui.editor.edit_session import EditSession
from licdesk.ui.common.plain import plain_label
from licdesk.ui.editor.record_table import RecordTable

_DOMAIN_SEPARATORS = re.compile(r"[\s,，;；、]+")


def split_domains(text: str) -> list[str]:
    """Domains as typed: separated by spaces, commas, semicolons or 、 (whichever the clerk uses)."""
    return [part for part in _DOMAIN_SEPARATORS.split(text.strip()) if part]


class AnnexEditor(QWidget):
    ATTRIBUTES = ("site_name", "domains", "server_location", "access_provider")

    def __init__(self, session: EditSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.heading = QLineEdit(self)
        self.heading.setPlaceholderText(self.tr("附页标题（可不填），如“……获准经营信息服务业务的网站相关信息”"))
        self.heading.textEdited.connect(self._heading_edited)
        self.heading.editingFinished.connect(session.end_merging)
        columns = [self.tr("网站名称"), self.tr("网站域名"), self.tr("服务器放置地"), self.tr("网站接入服务提供单位")]
        self.table = RecordTable(columns, self.tr("添加网站"), self)
        self.table.cell_edited.connect(self._cell_edited)
        self.table.add_requested.connect(self._add)
        self.table.remove_requested.connect(self._remove)
        self.table.move_requested.connect(self._move)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(self.tr("附页：获准经营信息服务业务的网站"), self))
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        hint = plain_label(self.tr("选中单元格直接输入即可修改，Tab 键到下一格。一个网站有多个域名时，用空格、逗号或换行分隔。"), self)
        hint.setEnabled(False)
        layout.addWidget(hint)

    def _heading_edited(self, text: str) -> None:
        self.session.edit(self.tr("修改附页标题"), lambda lic: setattr(lic, "annex_heading", text or None),
                          merge_key="annex_heading")

    def _cell_edited(self, row: int, column: int, text: str) -> None:
        attribute = self.ATTRIBUTES[column]
        value: object = split_domains(text) if attribute == "domains" else (text.strip() or None)
        caption = self.tr("修改网站域名") if attribute == "domains" else self.tr("修改网站信息")
        self.session.edit(caption, lambda lic: setattr(lic.annex[row], attribute, value))

    def _add(self, after: int) -> None:
        position = after + 1 if after >= 0 else len(self.session.license.annex)
        self.session.edit(self.tr("添加网站"), lambda lic: lic.annex.insert(position, Website()))
        self.table.set_rows(self.rows(self.session.license), select=position)
        self.table.table.setCurrentCell(position, 0)
        self.table.table.editItem(self.table.table.item(position, 0))

    def _remove(self, row: int) -> None:
        self.session.edit(self.tr("删除网站"), lambda lic: lic.annex.pop(row))

    def _move(self, row: int, step: int) -> None:
        target = row + step

        def change(lic: License) -> None:
            lic.annex[row], lic.annex[target] = lic.annex[target], lic.annex[row]
        self.session.edit(self.tr("调整网站顺序"), change)
        self.table.table.selectRow(target)

    @staticmethod
    def rows(lic: License) -> list[list[str]]:
        return [[w.site_name or "", "，".join(w.domains), w.server_location or "", w.access_provider or ""]
                for w in lic.annex]

    def show_license(self, lic: License, grouped: dict[str, list[Finding]]) -> None:
        if self.heading.text() != (lic.annex_heading or ""):
            self.heading.setText(lic.annex_heading or "")
        findings = [[f for key, found in grouped.items() if key == f"annex[{i}]" or key.startswith(f"annex[{i}].")
                     for f in found] for i in range(len(lic.annex))]
        self.table.set_rows(self.rows(lic), findings)
