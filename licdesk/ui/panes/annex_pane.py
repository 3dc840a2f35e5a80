"""The annex (附页): the licensed websites as a word-wrapped table."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView, QHeaderView, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTableView, QVBoxLayout,
    QWidget,
)

from licdesk.domain.model import License, Website
from licdesk.domain.validation import Finding
from licdesk.ui.common.findings import by_field, describe, worst_level
from licdesk.ui.common.fonts import document_font
from licdesk.ui.common.plain import plain_label, tooltip
from licdesk.ui.common.status import FINDING_COLORS, finding_icon

_Index = QModelIndex | QPersistentModelIndex


class AnnexModel(QAbstractTableModel):
    """One block of rows per website, as the paper annex lists them: ordinal | field | value.

    A narrow pane cannot show four wrapped columns legibly; field rows keep every value whole.
    """

    FIELDS = (
        ("site_name", QT_TRANSLATE_NOOP("AnnexModel", "网站名称")),
        ("domains", QT_TRANSLATE_NOOP("AnnexModel", "网站域名")),
        ("server_location", QT_TRANSLATE_NOOP("AnnexModel", "服务器放置地")),
        ("access_provider", QT_TRANSLATE_NOOP("AnnexModel", "网站接入服务提供单位")),
    )
    ORDINAL, CAPTION, VALUE = range(3)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._sites: list[Website] = []
        self._findings: dict[str, list[Finding]] = {}

    def set_sites(self, sites: list[Website], findings: list[Finding]) -> None:
        self.beginResetModel()
        self._sites = list(sites)
        self._findings = by_field(findings)
        self.endResetModel()

    def place(self, row: int) -> tuple[int, str]:
        """(website index, field key) shown on a row."""
        site, field = divmod(row, len(self.FIELDS))
        return site, self.FIELDS[field][0]

    def row_of(self, site: int, key: str) -> int:
        return site * len(self.FIELDS) + [k for k, _ in self.FIELDS].index(key)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._sites) * len(self.FIELDS)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return ("", self.tr("项目"), self.tr("内容"))[section]
        return None

    def findings_at(self, site: int, key: str) -> list[Finding]:
        return self._findings.get(f"annex[{site}].{key}", []) + (
            self._findings.get(f"annex[{site}]", []) if key == "site_name" else [])

    def value(self, site: int, key: str) -> str:
        website = self._sites[site]
        if key == "domains":
            return "\n".join(website.domains)
        return getattr(website, key) or ""

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        site, key = self.place(index.row())
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.ORDINAL:
                return str(site + 1) if key == self.FIELDS[0][0] else ""
            if column == self.CAPTION:
                return self.tr(dict(self.FIELDS)[key])
            return self.value(site, key)
        if role == Qt.ItemDataRole.TextAlignmentRole and column != self.VALUE:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop) if column else int(
                Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.CAPTION:
            return QColor("#6b3a26")
        if column != self.VALUE:
            return None
        findings = self.findings_at(site, key)
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(describe(findings)) if findings else None
        if role == Qt.ItemDataRole.DecorationRole and findings:
            return finding_icon(worst_level(findings) or "warning")
        if role == Qt.ItemDataRole.BackgroundRole and findings:
            color = QColor(FINDING_COLORS[worst_level(findings) or "warning"])
            color.setAlpha(40)
            return color
        return None


class DomainsDelegate(QStyledItemDelegate):
    """Domains are never broken: one to a line, each whole (the pane keeps room for the longest)."""

    def __init__(self, model: AnnexModel, parent: QWidget) -> None:
        super().__init__(parent)
        self._model = model

    def is_domains(self, index: _Index) -> bool:
        return index.column() == AnnexModel.VALUE and self._model.place(index.row())[1] == "domains"

    def initStyleOption(self, option: QStyleOptionViewItem, index: _Index) -> None:
        super().initStyleOption(option, index)
        if self.is_domains(index):
            option.features &= ~QStyleOptionViewItem.ViewItemFeature.WrapText
            option.textElideMode = Qt.TextElideMode.ElideNone


class AnnexPane(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = plain_label("", self, selectable=True)
        heading_font = document_font(12.5)
        self.heading.setFont(heading_font)
        self.title = plain_label(self.tr("附页：获准经营信息服务业务的网站"), self)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.model = AnnexModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.table.horizontalHeader()
        header.hide()
        header.setSectionResizeMode(AnnexModel.ORDINAL, QHeaderView.ResizeMode.ResizeToContents)
        # Captions wrap at six characters (网站接入服务提供单位 takes two lines) to leave the values room.
        header.setSectionResizeMode(AnnexModel.CAPTION, QHeaderView.ResizeMode.Fixed)
        caption_sample = "服务器放置地"  # not interface text: six characters measure the caption column
        header.resizeSection(AnnexModel.CAPTION, self.table.fontMetrics().horizontalAdvance(caption_sample) + 14)
        header.setSectionResizeMode(AnnexModel.VALUE, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setFont(document_font(11.5))
        self.table.setItemDelegate(DomainsDelegate(self.model, self.table))
        self.empty = plain_label(self.tr("此许可证没有附页网站信息。"), self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(6)
        layout.addWidget(self.title)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        # No fixed least width: the table's (room for the longest domain) sets the pane's.
        self.show_license(None)

    def show_license(self, lic: License | None, findings: list[Finding] | None = None) -> None:
        sites = lic.annex if lic else []
        self.model.set_sites(sites, findings or [])
        self.heading.setText((lic.annex_heading or "") if lic else "")
        self.heading.setVisible(bool(lic and lic.annex_heading))
        self.table.clearSpans()
        for site in range(len(sites)):
            self.table.setSpan(site * len(AnnexModel.FIELDS), AnnexModel.ORDINAL, len(AnnexModel.FIELDS), 1)
        self.table.setVisible(bool(sites))
        self.empty.setVisible(lic is not None and not sites)
        self.table.setMinimumWidth(self._room_for_domains(sites))
        self.table.resizeRowsToContents()

    def _room_for_domains(self, sites: list[Website]) -> int:
        """The table's least width: the longest domain whole in the value column, a finding's icon beside it."""
        metrics = self.table.fontMetrics()
        longest = max((metrics.horizontalAdvance(domain) for site in sites for domain in site.domains), default=0)
        style = self.table.style()
        flagged = any(self.model.findings_at(site, "domains") for site in range(len(sites)))
        icon = style.pixelMetric(QStyle.PixelMetric.PM_SmallIconSize) + 4 if flagged else 0
        margin = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self.table) + 1) + 6
        header = self.table.horizontalHeader()
        others = header.sectionSize(AnnexModel.ORDINAL) + header.sectionSize(AnnexModel.CAPTION)
        scroll_bar = self.table.verticalScrollBar().sizeHint().width()
        return max(200, others + longest + icon + margin + scroll_bar + 2 * self.table.frameWidth())

    def resizeEvent(self, event) -> None:  # noqa: ANN001
        super().resizeEvent(event)
        self.table.resizeRowsToContents()  # wrapped cells grow or shrink with the width
