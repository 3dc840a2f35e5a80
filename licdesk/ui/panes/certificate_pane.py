"""The main certificate (正本), drawn like the paper: cream sheet, formal border, Song/Ming type.

Every value is a plain-text label that wraps, so the whole certificate reads in full at any width;
validation findings stand beside the field they concern as a coloured ⚠ with the message as tooltip.
"""

from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import QDate, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFontMetricsF, QMouseEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QFrame, QGridLayout, QHBoxLayout, QLabel, QLayout, QScrollArea, QSizePolicy, QVBoxLayout, QWidget,
)

from licdesk.domain.status import DUE_SOON_DAYS
from licdesk.domain.dates import format_cn_date
from licdesk.domain.closure import Closure
from licdesk.domain.model import License
from licdesk.domain.validation import Finding
from licdesk.ui.common.findings import FindingMark, by_field, finding_text, worst_level
from licdesk.ui.common.fonts import document_font
from licdesk.ui.common.plain import plain_label
from licdesk.ui.common.status import FINDING_COLORS
from licdesk.ui.common.viewport_room import viewport_width
from licdesk.ui.panes.closure_banner import ClosureBanner

PAPER = QColor("#fbf6e6")
INK = QColor("#1f1a14")
CAPTION_INK = QColor("#6b3a26")
BORDER = QColor("#8b2a1a")
SELECTED = QColor(224, 170, 60, 70)
HOVER = QColor(224, 170, 60, 35)
RENEWAL_NOTICE_DAYS = DUE_SOON_DAYS  # 提前90日 申请续办 (clause 十二 of the usual template)
# The sheet is drawn at full size from this viewport width up; narrower, it is scaled down as a page
# fitted to the width (type, margins and indents together), never below MIN_SCALE.
FULL_SIZE_WIDTH = 340
MIN_SCALE = 0.55
SHEET_PADDING = 40
SERVICES_INDENT = 18

# The sheet is a facsimile: its printed words (title, captions) stay as the paper has them in every
# interface language; only licdesk's own notes on it (renewal, findings, tooltips) are translated.
_MINISTRY_TITLE = "跨地区增值电信业务经营许可证"
_PROVINCIAL_TITLE = "增值电信业务经营许可证"


def _ink(label: QLabel, color: QColor = INK) -> QLabel:
    """Paper keeps dark ink whatever the system palette (a dark theme would give light text on cream)."""
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, color)
    palette.setColor(QPalette.ColorRole.Text, color)
    label.setPalette(palette)
    return label


class PaperSheet(QWidget):
    """A cream sheet with a double rule border; children lay out inside the margins."""

    MARGIN = 12

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        outer = QRectF(self.rect()).adjusted(self.MARGIN, self.MARGIN, -self.MARGIN, -self.MARGIN)
        painter.fillRect(outer, PAPER)
        painter.setPen(QPen(BORDER, 3))
        painter.drawRect(outer.adjusted(1.5, 1.5, -1.5, -1.5))
        painter.setPen(QPen(BORDER, 0.8))
        painter.drawRect(outer.adjusted(7, 7, -7, -7))
        # Small corner ornaments, as printed certificates have.
        painter.setPen(QPen(BORDER, 1.2))
        inner = outer.adjusted(7, 7, -7, -7)
        for corner, dx, dy in ((inner.topLeft(), 1, 1), (inner.topRight(), -1, 1),
                               (inner.bottomLeft(), 1, -1), (inner.bottomRight(), -1, -1)):
            painter.drawLine(corner + QPointF(4 * dx, 10 * dy), corner + QPointF(10 * dx, 10 * dy))
            painter.drawLine(corner + QPointF(10 * dx, 4 * dy), corner + QPointF(10 * dx, 10 * dy))
        painter.end()


class ServiceRow(QFrame):
    """One business type with its coverage and remarks; clicking it selects it."""

    clicked = Signal(int)

    def __init__(self, index: int, name: str, coverage: str | None, remarks: str | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.index = index
        self.selected = False
        self._hover = False
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAttribute(Qt.WidgetAttribute.WA_Hover)
        layout = QGridLayout(self)
        layout.setContentsMargins(8, 5, 8, 5)
        layout.setHorizontalSpacing(6)
        layout.setVerticalSpacing(2)
        self.name_label = _ink(plain_label(name, self))
        self.name_label.setFont(document_font(12.5))
        self.mark = FindingMark(self)
        layout.addWidget(self.name_label, 0, 0)
        layout.addWidget(self.mark, 0, 1, Qt.AlignmentFlag.AlignTop)
        row = 1
        self.coverage_label = None
        if coverage:
            self.coverage_label = _ink(plain_label("覆盖范围：" + coverage, self))
            self.coverage_label.setFont(document_font(11.5))
            layout.addWidget(self.coverage_label, row, 0, 1, 2)
            row += 1
        self.remarks_label = None
        if remarks:
            self.remarks_label = _ink(plain_label(remarks, self), CAPTION_INK)
            self.remarks_label.setFont(document_font(10.5))
            layout.addWidget(self.remarks_label, row, 0, 1, 2)
        layout.setColumnStretch(0, 1)
        for label in (self.name_label, self.coverage_label, self.remarks_label):
            if label is not None:
                label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setToolTip(self.tr("点击查看管辖此业务的特别规定事项"))

    def set_selected(self, selected: bool) -> None:
        self.selected = selected
        self.update()

    def clear_hover(self) -> None:
        self._hover = False
        self.update()

    def enterEvent(self, event) -> None:  # noqa: ANN001 - Qt event type differs by version
        self._hover = True
        self.update()
        super().enterEvent(event)

    def leaveEvent(self, event) -> None:  # noqa: ANN001
        self._hover = False
        self.update()
        super().leaveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit(self.index)
        super().mouseReleaseEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.selected or self._hover:
            painter = QPainter(self)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(BORDER, 1) if self.selected else Qt.PenStyle.NoPen)
            painter.setBrush(SELECTED if self.selected else HOVER)
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4)
            painter.end()
        super().paintEvent(event)


class CertificatePane(QScrollArea):
    """Shows one License as its main certificate.  `service_clicked(index)` links to the provisions."""

    service_clicked = Signal(int)
    FIELDS = (
        ("company", "公司名称"),
        ("legal_representative", "法定代表人"),
    )
    TAIL_FIELDS = (
        ("issuer", "发证机关"),
        ("issue_date", "发证日期"),
        ("expiry_date", "有效期至"),
    )

    def __init__(self, parent: QWidget | None = None, today: _dt.date | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self.license: License | None = None
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sheet = PaperSheet()
        self.sheet.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.MinimumExpanding)
        self.setWidget(self.sheet)
        self.setMinimumWidth(260)
        self.scale = 1.0
        self._fitting = False

        outer = QVBoxLayout(self.sheet)
        outer.setContentsMargins(SHEET_PADDING, SHEET_PADDING, SHEET_PADDING, SHEET_PADDING)
        outer.setSpacing(10)

        self.closure_banner = ClosureBanner(self.sheet)  # over the title: a closed license says so first
        outer.addWidget(self.closure_banner)
        self.title_top = self._centred(document_font(15))
        self.title_main = self._centred(document_font(21))
        self.number_label = self._centred(document_font(12.5))
        self.number_label.setWordWrap(False)  # a number is read as one piece
        self.marks: dict[str, FindingMark] = {"number": FindingMark(self.sheet), "title": FindingMark(self.sheet)}
        outer.addWidget(self.title_top)
        outer.addWidget(self.title_main)
        number_row = QHBoxLayout()
        number_row.addStretch(1)
        number_row.addWidget(self.number_label)
        number_row.addWidget(self.marks["number"])
        number_row.addStretch(1)
        outer.addLayout(number_row)
        outer.addSpacing(6)

        self.preamble = _ink(plain_label("", self.sheet))
        self.preamble.setFont(document_font(11.5))
        outer.addWidget(self.preamble)
        outer.addSpacing(4)

        self.values: dict[str, QLabel] = {}
        self.captions: dict[str, QLabel] = {}
        outer.addLayout(self._field_grid(self.FIELDS))

        self.services_caption = _ink(plain_label("业务种类（服务项目）及覆盖范围：", self.sheet), CAPTION_INK)
        self.services_caption.setFont(document_font(12))
        self.marks["services"] = FindingMark(self.sheet)
        caption_row = QHBoxLayout()
        caption_row.addWidget(self.services_caption, 1)
        caption_row.addWidget(self.marks["services"])
        outer.addLayout(caption_row)
        self.services_box = QVBoxLayout()
        self.services_box.setContentsMargins(SERVICES_INDENT, 0, 0, 0)
        self.services_box.setSpacing(4)
        outer.addLayout(self.services_box)
        self.service_rows: list[ServiceRow] = []
        outer.addSpacing(8)

        outer.addLayout(self._field_grid(self.TAIL_FIELDS))
        self.renewal_note = plain_label("", self.sheet)
        self.renewal_note.setFont(document_font(11))
        self.renewal_note.setAlignment(Qt.AlignmentFlag.AlignRight)
        outer.addWidget(self.renewal_note)
        outer.addSpacing(10)
        # Every finding once more in words, for those who do not hover over each ⚠.
        self.findings_note = plain_label("", self.sheet, selectable=True)
        self.findings_note.setFont(document_font(10.5))
        outer.addWidget(self.findings_note)
        outer.addStretch(1)
        self.sheet.hide()

    # -- building ------------------------------------------------------------------------------
    def _centred(self, font) -> QLabel:  # noqa: ANN001
        label = _ink(plain_label("", self.sheet))
        label.setFont(font)
        label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        return label

    def _field_grid(self, fields: tuple[tuple[str, str], ...]) -> QGridLayout:
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(10)
        for row, (name, caption) in enumerate(fields):
            caption_label = _ink(plain_label(caption + "：", self.sheet, wrap=False), CAPTION_INK)
            caption_label.setFont(document_font(12))
            value = _ink(plain_label("", self.sheet, selectable=True))
            value.setFont(document_font(12.5))
            value.setObjectName(f"certificate-{name}")
            mark = FindingMark(self.sheet)
            grid.addWidget(caption_label, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(value, row, 1)
            grid.addWidget(mark, row, 2, Qt.AlignmentFlag.AlignTop)
            self.captions[name] = caption_label
            self.values[name] = value
            self.marks[name] = mark
        grid.setColumnStretch(1, 1)
        return grid

    def resizeEvent(self, event) -> None:  # noqa: ANN001
        super().resizeEvent(event)
        self.fit_to_width()

    def fit_to_width(self) -> None:
        """Scale the sheet so that it is never wider than the pane: nothing is cut off on the right."""
        if self._fitting:
            return
        self._fitting = True  # new fonts resize the sheet, which may bring the scroll bar and come back here
        try:
            available = self._room()
            scale = max(MIN_SCALE, min(1.0, available / FULL_SIZE_WIDTH))
            self._apply_scale(scale)
            while scale > MIN_SCALE and self._least_sheet_width() > available:
                scale = max(MIN_SCALE, scale - 0.05)
                self._apply_scale(scale)
        finally:
            self._fitting = False

    def _room(self) -> int:
        """The sheet's width with the scroll bar shown, which a longer sheet brings without a resize event."""
        return viewport_width(self, with_scroll_bar=True)

    def _least_sheet_width(self) -> int:
        # Every layout of the sheet forgets its cached size, the nested ones too (the number's row).
        for layout in (self.sheet.layout(), *self.sheet.findChildren(QLayout)):
            layout.invalidate()
        return self.sheet.minimumSizeHint().width()

    def _apply_scale(self, scale: float) -> None:
        self.scale = scale
        for label in self.sheet.findChildren(QLabel):
            if isinstance(label, FindingMark) or label is self.title_main:
                continue
            base = label.property("full_point_size")
            if base is None:  # the size the label was given, read once: the sheet at full size
                base = label.font().pointSizeF()
                label.setProperty("full_point_size", base)
            font = label.font()
            if abs(font.pointSizeF() - base * scale) > 0.01:
                font.setPointSizeF(base * scale)
                label.setFont(font)
        padding = round(SHEET_PADDING * scale)
        self.sheet.layout().setContentsMargins(padding, padding, padding, padding)
        self.services_box.setContentsMargins(round(SERVICES_INDENT * scale), 0, 0, 0)
        self._fit_title()

    def _fit_title(self) -> None:
        """The long title keeps to one line as on paper: shrink it (down to a floor) rather than orphan 证."""
        text = self.title_main.text()
        if not text:
            return
        padding = round(SHEET_PADDING * self.scale)
        available = self._room() - 2 * padding - 2 * PaperSheet.MARGIN - 8
        size = 21.0 * self.scale
        font = document_font(size)
        while size > 13 * self.scale and QFontMetricsF(font).horizontalAdvance(text) > available:
            size -= 0.5
            font = document_font(size)
        self.title_main.setFont(font)

    # -- showing a license ---------------------------------------------------------------------
    @property
    def today(self) -> _dt.date:
        return self._today or _dt.date.today()

    def show_license(self, lic: License | None, findings: list[Finding] | None = None,
                     closure: Closure | None = None) -> None:
        self.license = lic
        self.closure_banner.show_closure(closure if lic is not None else None)
        for row in self.service_rows:  # hidden and kept in the sheet until deleted: never a window of its own
            row.hide()
            self.services_box.removeWidget(row)
            row.deleteLater()
        self.service_rows = []
        if lic is None:
            self.sheet.hide()
            return
        grouped = by_field(findings or [])
        self.title_top.setText("中华人民共和国")
        self.title_main.setText(_MINISTRY_TITLE if lic.cross_regional else _PROVINCIAL_TITLE)
        self.number_label.setText("经营许可证编号：" + lic.number)
        self.preamble.setText(lic.preamble or "")
        self.preamble.setVisible(bool(lic.preamble))
        self.values["company"].setText(lic.company)
        self.values["legal_representative"].setText(lic.legal_representative)
        self.values["issuer"].setText(lic.effective_issuer or "")
        self.values["issue_date"].setText(format_cn_date(lic.issue_date))
        self.values["expiry_date"].setText(format_cn_date(lic.expiry_date))
        for index, service in enumerate(lic.services):
            row = ServiceRow(index, service.name, service.coverage, service.remarks, self.sheet)
            row.mark.set_findings(grouped.get(f"services[{index}]", []))
            row.clicked.connect(self._service_clicked)
            self.services_box.addWidget(row)
            self.service_rows.append(row)
        for name, mark in self.marks.items():
            mark.set_findings(grouped.get(name, []))
        self._show_renewal_note(lic)
        self._show_findings_note(findings or [])
        self.sheet.show()
        self.fit_to_width()  # the new rows take the sheet's present scale
        self.verticalScrollBar().setValue(0)

    def _note_date(self, value: _dt.date) -> str:
        """A date in licdesk's own notes, written the way the interface language writes dates."""
        return QDate(value.year, value.month, value.day).toString(self.tr("yyyy年M月d日"))

    def _show_renewal_note(self, lic: License) -> None:
        status = lic.status(self.today)
        expiry = lic.expiry_date
        if expiry is None or self.closure_banner.closure is not None:  # closed: no renewal to remind of
            text, color = "", INK
        elif status == "expired":
            text, color = self.tr("已于 %1 过期").replace("%1", self._note_date(expiry)), QColor("#c62828")
        else:
            due = expiry - _dt.timedelta(days=RENEWAL_NOTICE_DAYS)
            if status == "expiring":
                text = self.tr("⚠ 续期申请应在 %1 前提交")
            else:
                text = self.tr("续期申请应在 %1 前提交")
            text = text.replace("%1", self._note_date(due))
            color = QColor("#b86e00") if status == "expiring" else CAPTION_INK
        _ink(self.renewal_note, color)
        self.renewal_note.setText(text)
        self.renewal_note.setVisible(bool(text))

    def _show_findings_note(self, findings: list[Finding]) -> None:
        level = worst_level(findings)
        if level is None:
            self.findings_note.hide()
            return
        lines = [self.tr("核对提示（%1 处）：").replace("%1", str(len(findings)))]
        lines += [f"⚠ {finding_text(finding)}" for finding in findings]
        _ink(self.findings_note, FINDING_COLORS[level])
        self.findings_note.setText("\n".join(lines))
        self.findings_note.show()

    # -- linking with the provisions -----------------------------------------------------------
    def _service_clicked(self, index: int) -> None:
        self.highlight_service(index)
        self.service_clicked.emit(index)

    def highlight_service(self, index: int | None) -> None:
        for row in self.service_rows:
            row.set_selected(row.index == index)
        if index is not None and 0 <= index < len(self.service_rows):
            self.ensureWidgetVisible(self.service_rows[index])

    @property
    def highlighted_service(self) -> int | None:
        for row in self.service_rows:
            if row.selected:
                return row.index
        return None
