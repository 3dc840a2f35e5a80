"""A picture of all licenses over time: validity spans, renewal deadlines, annual-report quarters, today.

    view = TimelineView(licenses, today)       # a QWidget; put it in a QScrollArea for many licenses
    view.export_png("timeline.png")            # the same picture as a file

One row per license.  The bar is the validity (issue → expiry) coloured by the license's status; the
hatched end is the time after the renewal deadline (R1); the diamond is that deadline, coloured by
whether the renewal was applied for.  Under the bar, one strip per annual report (its quarter),
coloured done / overdue / due soon / upcoming; dots are the follow-ups of recorded events.
"""

from __future__ import annotations

import datetime as _dt
from typing import Any, Callable, Iterable

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QHelpEvent, QImage, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from licdesk.ui.common.file_dialogs import remember, start_in
from licdesk.domain import deadlines as dl
from licdesk.domain.model import License
from licdesk.ui.deadlines.obligation_model import obligation_title

LABEL_WIDTH = 300
AXIS_HEIGHT = 48
ROW_HEIGHT = 52
LEGEND_HEIGHT = 44
RIGHT_MARGIN = 110  # room for the last license's expiry date after the axis
BAR_HEIGHT = 16

_LICENSE_COLORS = {  # (fill, outline) by License.status()
    "valid": (QColor("#a5d6a7"), QColor("#2e7d32")),
    "expiring": (QColor("#ffe082"), QColor("#b86e00")),
    "expired": (QColor("#e0e0e0"), QColor("#9e9e9e")),
    "unknown": (QColor("#e0e0e0"), QColor("#6d6d6d")),
}
_STATUS_COLORS = {
    dl.DONE: QColor("#43a047"),
    dl.OVERDUE: QColor("#d32f2f"),
    dl.DUE_SOON: QColor("#f59e0b"),
    dl.UPCOMING: QColor("#5c8ed6"),
}
_TODAY = QColor("#d32f2f")
_GRID = QColor("#e3e6ea")
_TEXT = QColor("#1f2937")
_MUTED = QColor("#6b7280")
_STRIPE = QColor("#f7f8fa")


class TimelineView(QWidget):
    """All licenses' validity spans on one time axis, with today's line."""

    def __init__(self, licenses: Iterable[License], today: _dt.date | None = None,
                 parent: QWidget | None = None, *, window_days: int = dl.DEFAULT_WINDOW_DAYS) -> None:
        super().__init__(parent)
        self._window_days = window_days
        self._licenses: list[License] = []
        self._obligations: dict[str, list[dl.Obligation]] = {}
        self._today = today or _dt.date.today()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)
        self.set_licenses(licenses, today)

    # -- data ---------------------------------------------------------------------------------
    def set_licenses(self, licenses: Iterable[License], today: _dt.date | None = None,
                     obligations: Iterable[dl.Obligation] | None = None) -> None:
        """Draw `licenses`; their `obligations` as the store's list gives them (by default, each
        license's own, without review findings)."""
        self._licenses = sorted(licenses, key=lambda lic: (lic.expiry_date or _dt.date.max, lic.number))
        if today is not None:
            self._today = today
        if obligations is None:
            obligations = dl.all_obligations(self._licenses, self._today, self._window_days)
        self._obligations = {}
        for item in obligations:
            self._obligations.setdefault(item.number, []).append(item)
        self.setMinimumHeight(self._content_height())
        self.updateGeometry()
        self.update()

    def licenses(self) -> list[License]:
        return list(self._licenses)

    def today(self) -> _dt.date:
        return self._today

    def window_days(self) -> int:
        return self._window_days

    def span(self) -> tuple[_dt.date, _dt.date]:
        """First and last day on the axis: whole years around every license and today."""
        starts = [self._start_of(lic) for lic in self._licenses]
        ends = [lic.expiry_date for lic in self._licenses if lic.expiry_date]
        first = min(starts + [self._today - _dt.timedelta(days=365)])
        last = max(ends + [self._today + _dt.timedelta(days=365)])
        return _dt.date(first.year, 1, 1), _dt.date(last.year + 1, 1, 1)

    @staticmethod
    def _start_of(lic: License) -> _dt.date:
        if lic.issue_date:
            return lic.issue_date
        if lic.expiry_date:
            return lic.expiry_date.replace(year=lic.expiry_date.year - 5, day=min(lic.expiry_date.day, 28))
        return _dt.date.today()

    # -- geometry -------------------------------------------------------------------------------
    def _content_height(self) -> int:
        return AXIS_HEIGHT + max(len(self._licenses), 1) * ROW_HEIGHT + LEGEND_HEIGHT

    def sizeHint(self) -> QSize:
        return QSize(1100, self._content_height())

    def minimumSizeHint(self) -> QSize:
        return QSize(LABEL_WIDTH + 300, self._content_height())

    def _x(self, day: _dt.date, width: int) -> float:
        first, last = self.span()
        left, right = LABEL_WIDTH + 8, width - RIGHT_MARGIN
        return left + (right - left) * (day - first).days / max((last - first).days, 1)

    def row_at(self, y: float) -> int | None:
        row = int((y - AXIS_HEIGHT) // ROW_HEIGHT)
        return row if y >= AXIS_HEIGHT and 0 <= row < len(self._licenses) else None

    # -- painting -------------------------------------------------------------------------------
    def paintEvent(self, event: Any) -> None:
        painter = QPainter(self)
        try:
            self.paint(painter, self.width(), self.height())
        finally:
            painter.end()

    def paint(self, painter: QPainter, width: int, height: int) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.fillRect(QRectF(0, 0, width, height), QColor("white"))
        painter.setFont(self.font())
        if not self._licenses:
            painter.setPen(_MUTED)
            painter.drawText(QRectF(0, 0, width, height), Qt.AlignmentFlag.AlignCenter,
                             self.tr("没有许可证可显示。导入许可证后，这里会显示各证的有效期和合规期限。"))
            return
        rows_bottom = AXIS_HEIGHT + len(self._licenses) * ROW_HEIGHT
        for row in range(len(self._licenses)):
            if row % 2:
                painter.fillRect(QRectF(0, AXIS_HEIGHT + row * ROW_HEIGHT, width, ROW_HEIGHT), _STRIPE)
        self._paint_axis(painter, width, rows_bottom)
        for row, lic in enumerate(self._licenses):
            self._paint_row(painter, lic, AXIS_HEIGHT + row * ROW_HEIGHT, width)
        self._paint_today(painter, width, rows_bottom)
        self._paint_legend(painter, rows_bottom, width)

    def _paint_axis(self, painter: QPainter, width: int, bottom: float) -> None:
        first, last = self.span()
        small = QFont(self.font())
        small.setPointSizeF(max(small.pointSizeF() * 0.85, 7))
        bold = QFont(self.font())
        bold.setBold(True)
        for year in range(first.year, last.year + 1):
            x = self._x(_dt.date(year, 1, 1), width)
            painter.setPen(QPen(_GRID, 1))
            painter.drawLine(QPointF(x, AXIS_HEIGHT - 6), QPointF(x, bottom))
            if year < last.year:
                # The first quarter of each year: when annual reports are filed.
                q_end = self._x(_dt.date(year, 4, 1), width)
                painter.fillRect(QRectF(x, AXIS_HEIGHT - 6, q_end - x, 6), QColor("#c7dcf5"))
                painter.setPen(_TEXT)
                painter.setFont(bold)
                next_x = self._x(_dt.date(year + 1, 1, 1), width)
                painter.drawText(QRectF(x + 4, 6, next_x - x - 4, 20),
                                 Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, str(year))
                painter.setFont(small)
                painter.setPen(_MUTED)
                for quarter in (2, 3, 4):
                    qx = self._x(_dt.date(year, 3 * quarter - 2, 1), width)
                    painter.drawLine(QPointF(qx, AXIS_HEIGHT - 3), QPointF(qx, AXIS_HEIGHT))
        painter.setFont(self.font())
        painter.setPen(QPen(QColor("#c0c6cd"), 1))
        painter.drawLine(QPointF(0, AXIS_HEIGHT), QPointF(width, AXIS_HEIGHT))

    def _paint_row(self, painter: QPainter, lic: License, top: float, width: int) -> None:
        metrics = QFontMetrics(self.font())
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(_TEXT)
        painter.drawText(QRectF(12, top + 6, LABEL_WIDTH - 20, ROW_HEIGHT / 2 - 4),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, lic.number)
        painter.setFont(self.font())
        painter.setPen(_MUTED)
        company = metrics.elidedText(lic.company, Qt.TextElideMode.ElideRight, LABEL_WIDTH - 20)
        painter.drawText(QRectF(12, top + ROW_HEIGHT / 2, LABEL_WIDTH - 20, ROW_HEIGHT / 2 - 6),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, company)
        if lic.expiry_date is None:
            painter.drawText(QRectF(LABEL_WIDTH + 8, top, width - LABEL_WIDTH - 30, ROW_HEIGHT),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             self.tr("有效期未知：无法计算期限"))
            return

        items = self._obligations.get(lic.number, [])
        bar_top = top + 12
        start_x, end_x = self._x(self._start_of(lic), width), self._x(lic.expiry_date, width)
        fill, outline = _LICENSE_COLORS.get(lic.status(self._today), _LICENSE_COLORS["unknown"])
        bar = QRectF(start_x, bar_top, max(end_x - start_x, 2), BAR_HEIGHT)
        painter.setPen(QPen(outline, 1))
        painter.setBrush(fill)
        painter.drawRoundedRect(bar, 3, 3)

        renewal = next((o for o in items if o.kind in (dl.RENEWAL, dl.NOT_CONTINUING_REPORT)), None)
        period = dl.read_periods(lic)["R1"].days
        deadline = renewal.due if renewal else lic.expiry_date - _dt.timedelta(days=period)
        deadline_x = self._x(deadline, width)
        late = QRectF(deadline_x, bar_top, max(end_x - deadline_x, 1), BAR_HEIGHT)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(QColor("#b86e00"), Qt.BrushStyle.BDiagPattern))
        painter.drawRect(late)
        diamond_color = _STATUS_COLORS[renewal.status] if renewal else _MUTED
        self._diamond(painter, QPointF(deadline_x, bar_top + BAR_HEIGHT / 2), 7, diamond_color)

        small = QFont(self.font())
        small.setPointSizeF(max(small.pointSizeF() * 0.85, 7))
        painter.setFont(small)
        painter.setPen(_TEXT)
        expiry_text = self.tr("至 %1").replace("%1", lic.expiry_date.isoformat())
        text_width = QFontMetrics(small).horizontalAdvance(expiry_text) + 4
        if end_x + 6 + text_width < width - 2:
            painter.drawText(QRectF(end_x + 6, bar_top - 2, text_width, BAR_HEIGHT + 4),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, expiry_text)
        else:
            painter.drawText(QRectF(end_x - text_width - 4, bar_top - 2, text_width, BAR_HEIGHT + 4),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, expiry_text)
        painter.setFont(self.font())

        strip_top = bar_top + BAR_HEIGHT + 5
        for item in items:
            colour = _STATUS_COLORS.get(item.status, _MUTED)
            if item.kind == dl.ANNUAL_REPORT and item.window_start:
                x0, x1 = self._x(item.window_start, width), self._x(item.due, width)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(colour)
                painter.drawRoundedRect(QRectF(x0, strip_top, max(x1 - x0, 3), 7), 2, 2)
            elif item.event_kind and item.kind not in (dl.RENEWAL, dl.NOT_CONTINUING_REPORT):
                painter.setPen(QPen(QColor("white"), 1))
                painter.setBrush(colour)
                painter.drawEllipse(QPointF(self._x(item.due, width), strip_top + 13), 4.5, 4.5)

    def _paint_today(self, painter: QPainter, width: int, bottom: float) -> None:
        x = self._x(self._today, width)
        painter.setPen(QPen(_TODAY, 2, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(x, AXIS_HEIGHT - 10), QPointF(x, bottom))
        label = self.tr("今天 %1").replace("%1", self._today.isoformat())
        small = QFont(self.font())
        small.setPointSizeF(max(small.pointSizeF() * 0.85, 7))
        small.setBold(True)
        painter.setFont(small)
        text_width = QFontMetrics(small).horizontalAdvance(label) + 10
        left = min(max(x - text_width / 2, LABEL_WIDTH), width - text_width - 2)
        box = QRectF(left, AXIS_HEIGHT - 26, text_width, 17)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(_TODAY)
        painter.drawRoundedRect(box, 3, 3)
        painter.setPen(QColor("white"))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, label)
        painter.setFont(self.font())

    def _paint_legend(self, painter: QPainter, top: float, width: int) -> None:
        small = QFont(self.font())
        small.setPointSizeF(max(small.pointSizeF() * 0.85, 7))
        painter.setFont(small)
        metrics = QFontMetrics(small)

        def bar(fill: QColor, outline: QColor) -> Callable[[float, float], None]:
            def draw(x: float, y: float) -> None:
                painter.setPen(QPen(outline, 1))
                painter.setBrush(fill)
                painter.drawRoundedRect(QRectF(x, y - 6, 26, 12), 3, 3)
            return draw

        def hatched(x: float, y: float) -> None:
            painter.setPen(QPen(QColor("#b86e00"), 1))
            painter.setBrush(QBrush(QColor("#b86e00"), Qt.BrushStyle.BDiagPattern))
            painter.drawRect(QRectF(x, y - 6, 26, 12))

        def diamond(x: float, y: float) -> None:
            self._diamond(painter, QPointF(x + 7, y), 7, _STATUS_COLORS[dl.DUE_SOON])

        def quarter(x: float, y: float) -> None:
            painter.fillRect(QRectF(x, y - 3, 22, 6), QColor("#c7dcf5"))

        def mark(status: str) -> Callable[[float, float], None]:
            def draw(x: float, y: float) -> None:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(_STATUS_COLORS[status])
                painter.drawRoundedRect(QRectF(x, y - 3.5, 22, 7), 2, 2)
            return draw

        def dot(x: float, y: float) -> None:
            painter.setPen(QPen(QColor("white"), 1))
            painter.setBrush(_STATUS_COLORS[dl.DUE_SOON])
            painter.drawEllipse(QPointF(x + 5, y), 4.5, 4.5)

        def today(x: float, y: float) -> None:
            painter.setPen(QPen(_TODAY, 2, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(x + 4, y - 8), QPointF(x + 4, y + 8))

        # (symbol, room the symbol takes, caption)
        entries = [
            (bar(*_LICENSE_COLORS["valid"]), 32, self.tr("有效期")),
            (hatched, 32, self.tr("续办截止后")),
            (diamond, 20, self.tr("续办截止日")),
            (quarter, 28, self.tr("第一季度（年报期）")),
            (mark(dl.DONE), 28, self.tr("年报已完成")),
            (mark(dl.OVERDUE), 28, self.tr("已逾期")),
            (mark(dl.DUE_SOON), 28, self.tr("即将到期")),
            (mark(dl.UPCOMING), 28, self.tr("未到期")),
            (dot, 16, self.tr("变更等事项的报送")),
            (today, 12, self.tr("今天")),
        ]
        # Entries flow onto a second line when the words are longer than the width (English).
        lines: list[list[tuple[Callable[[float, float], None], int, str, float]]] = [[]]
        x = 12.0
        for symbol, room, text in entries:
            advance = metrics.horizontalAdvance(text)
            if lines[-1] and x + room + advance > width - 12:
                lines.append([])
                x = 12.0
            lines[-1].append((symbol, room, text, x))
            x += room + advance + 18
        step = 20.0
        y = top + LEGEND_HEIGHT / 2 - step * (len(lines) - 1) / 2
        for line in lines:
            for symbol, room, text, left in line:
                symbol(left, y)
                painter.setPen(_TEXT)
                advance = metrics.horizontalAdvance(text)
                painter.drawText(QRectF(left + room, y - 9, advance + 4, 18), Qt.AlignmentFlag.AlignVCenter, text)
            y += step
        painter.setFont(self.font())

    @staticmethod
    def _diamond(painter: QPainter, centre: QPointF, radius: float, colour: QColor) -> None:
        painter.setPen(QPen(QColor("white"), 1.5))
        painter.setBrush(colour)
        painter.drawPolygon(QPolygonF([
            QPointF(centre.x(), centre.y() - radius), QPointF(centre.x() + radius, centre.y()),
            QPointF(centre.x(), centre.y() + radius), QPointF(centre.x() - radius, centre.y()),
        ]))

    # -- tooltips -------------------------------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            help_event: QHelpEvent = event  # type: ignore[assignment]
            text = self.tooltip_at(help_event.pos().y())
            if text:
                QToolTip.showText(help_event.globalPos(), text, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def tooltip_at(self, y: float) -> str:
        """The row's license and its open obligations, as plain text escaped for a tooltip."""
        import html

        row = self.row_at(y)
        if row is None:
            return ""
        lic = self._licenses[row]
        lines = [f"{lic.number}  {lic.company}"]
        if lic.issue_date or lic.expiry_date:
            lines.append(self.tr("有效期：%1 至 %2").replace("%1", str(lic.issue_date or "?"))
                         .replace("%2", str(lic.expiry_date or "?")))
        for item in self._obligations.get(lic.number, []):
            if item.status in (dl.OVERDUE, dl.DUE_SOON):
                lines.append(f"{item.due.isoformat()}  {obligation_title(item)}")
        return "<p style='white-space:pre'>" + "<br>".join(html.escape(line) for line in lines) + "</p>"

    # -- export ---------------------------------------------------------------------------------
    def render_image(self, width: int | None = None, scale: float = 2.0) -> QImage:
        """The picture at `width` logical pixels (default: the widget's width), `scale`× sharp."""
        width = width or max(self.width(), self.sizeHint().width())
        height = self._content_height()
        image = QImage(int(width * scale), int(height * scale), QImage.Format.Format_ARGB32)
        image.setDevicePixelRatio(scale)
        image.fill(QColor("white"))
        painter = QPainter(image)
        try:
            self.paint(painter, width, height)
        finally:
            painter.end()
        return image

    def export_png(self, path: str, width: int | None = None, scale: float = 2.0) -> bool:
        """Save the picture as PNG; False when the file cannot be written."""
        return self.render_image(width, scale).save(path, "PNG")


class TimelinePage(QWidget):
    """The timeline of every license in the store, scrollable, with "save as picture"."""

    def __init__(self, store: Any, parent: QWidget | None = None, *, today: _dt.date | None = None,
                 holidays: Callable[[], Any] | None = None) -> None:
        from PySide6.QtWidgets import QHBoxLayout, QPushButton, QScrollArea, QVBoxLayout

        super().__init__(parent)
        self._store = store
        self._fixed_today = today
        self._holidays = holidays  # the desk's holiday table, asked for at each refresh
        self.view = TimelineView([], self._today())
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.view)
        self.export_button = QPushButton(self.tr("保存为图片…"))
        self.refresh_button = QPushButton(self.tr("刷新"))
        self.close_button = QPushButton(self.tr("关闭"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.refresh_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        self.export_button.clicked.connect(self._ask_export)
        self.refresh_button.clicked.connect(self.refresh)
        self.close_button.clicked.connect(self.close)
        self.refresh()

    def _today(self) -> _dt.date:
        return self._fixed_today or _dt.date.today()

    def refresh(self) -> None:
        """Redraw from the store (call after licenses change elsewhere)."""
        from licdesk.services.obligations import store_obligations

        today = self._today()
        self.view.set_licenses(self._store.licenses(), today,
                               store_obligations(self._store, today, self.view.window_days(),
                                                 self._holidays() if self._holidays else None))

    def _ask_export(self) -> None:
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        path, _ = QFileDialog.getSaveFileName(self, self.tr("保存时间轴图片"), start_in(self.tr("许可证时间轴.png")),
                                              self.tr("PNG 图片 (*.png)"))
        remember(path)
        if path and not self.view.export_png(path):
            QMessageBox.warning(self, self.tr("保存失败"), self.tr("无法写入 %1").replace("%1", path))
