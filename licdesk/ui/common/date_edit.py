"""The one date field of the desk: type a date the way it is written, or pick it from a calendar.

    edit = DateEdit(optional=True)          # blank allowed (the paper left the date empty)
    edit.set_value(datetime.date(2026, 3, 15))
    edit.date_edited.connect(...)           # a date (or None when blank) the clerk typed or picked
    edit.value()                            # the date shown, None when blank or not a date

Whatever is typed is read by licdesk.domain.dates.parse_typed_date (2026-03-15, 2026/3/15, 20260315,
2026年3月15日, full-width digits) and shown back as yyyy-MM-dd.  Text that is not a date, or a date
outside the allowed range, is never replaced by another day: the field turns red, says why, and its
owner refuses to save it.  (A QDateEdit edits section by section: with the year selected, typing
2026-03-15 used to give 2026-12-03.)
"""

from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import QDate, QPoint, QSize, Qt, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QWidget

from licdesk.domain.dates import parse_typed_date
from licdesk.paths import resource_path

_REFUSED_STYLE = "QLineEdit { border: 1px solid #c62828; background: #fdecea; }"


def _calendar_icon() -> QIcon:
    try:
        return QIcon(str(resource_path("icons", "calendar.svg")))
    except FileNotFoundError:
        return QIcon()


class DateEdit(QLineEdit):
    date_edited = Signal(object)  # datetime.date, or None when a blank optional field was cleared

    def __init__(self, parent: QWidget | None = None, *, optional: bool = False,
                 minimum: _dt.date | None = None, maximum: _dt.date | None = None) -> None:
        super().__init__(parent)
        self.optional = optional
        self.minimum, self.maximum = minimum, maximum
        self.setPlaceholderText(self.tr("（未填写）如 2026-03-15") if optional else self.tr("如 2026-03-15"))
        self._calendar: QCalendarWidget | None = None
        self.calendar_action = QAction(_calendar_icon(), self.tr("从日历中选择"), self)
        self.calendar_action.setToolTip(self.tr("从日历中选择"))
        self.calendar_action.triggered.connect(self.show_calendar)
        self.addAction(self.calendar_action, QLineEdit.ActionPosition.TrailingPosition)
        self.textEdited.connect(self._text_edited)
        self.editingFinished.connect(self.check)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        # Never narrower than a whole date and its calendar button: a layout short of room wraps the row
        # instead of eliding the date to "…".
        hint = super().minimumSizeHint()
        metrics = self.fontMetrics()
        room = metrics.horizontalAdvance("2026-12-31") + metrics.averageCharWidth()  # and the cursor
        return QSize(max(hint.width(), hint.width() - metrics.maxWidth() + room), hint.height())

    # -- the value ---------------------------------------------------------------------------
    def value(self) -> _dt.date | None:
        """The date shown; None when the field is blank or holds something that is not an allowed date."""
        return parse_typed_date(self.text()) if self.problem() is None else None

    def set_value(self, value: _dt.date | None) -> None:
        """Show `value` (None: blank) without announcing it as the clerk's edit."""
        self.setText(value.isoformat() if value else "")
        self._show_problem(None)

    def set_range(self, minimum: _dt.date | None, maximum: _dt.date | None) -> None:
        self.minimum, self.maximum = minimum, maximum

    def is_acceptable(self) -> bool:
        return self.problem() is None

    def is_blank(self) -> bool:
        return not self.text().strip()

    def problem(self) -> str | None:
        """Why the text cannot be kept as a date, in the clerk's words; None when it can."""
        text = self.text().strip()
        if not text:
            return None if self.optional else self.tr("请填写日期，如 2026-03-15")
        day = parse_typed_date(text)
        if day is None:
            return self.tr("“%1”不是有效日期：请写作 2026-03-15、2026/3/15、20260315 或 2026年3月15日").replace("%1", text)
        if self.minimum and day < self.minimum:
            return self.tr("日期不能早于 %1").replace("%1", self.minimum.isoformat())
        if self.maximum and day > self.maximum:
            return self.tr("日期不能晚于 %1").replace("%1", self.maximum.isoformat())
        return None

    def normalized_text(self) -> str:
        """yyyy-MM-dd for an allowed date, blank for blank, otherwise the text as typed (for its owner to refuse)."""
        value = self.value()
        if value is not None:
            return value.isoformat()
        return "" if self.is_blank() else self.text().strip()

    def check(self) -> bool:
        """Show whether the text is an allowed date: in yyyy-MM-dd when it is, red with the reason when not."""
        problem = self.problem()
        if problem is None and not self.is_blank():
            shown = self.normalized_text()
            if shown != self.text():
                self.setText(shown)
        self._show_problem(problem)
        return problem is None

    def _show_problem(self, problem: str | None) -> None:
        self.setStyleSheet(_REFUSED_STYLE if problem else "")
        self.setToolTip(problem or "")
        self.setProperty("refused", bool(problem))

    def _text_edited(self, _text: str) -> None:
        if self.property("refused") and self.problem() is None:
            self._show_problem(None)  # fixed while typing: the red goes at once, the reason with it
        if self.problem() is None:
            self.date_edited.emit(self.value())

    # -- the calendar ------------------------------------------------------------------------
    def show_calendar(self) -> QCalendarWidget:
        """Open the month of the date shown (or today) below the field; a click fills the field in."""
        if self._calendar is None:
            # A child of the field: an item view keeps its editor open while the calendar has focus.
            calendar = QCalendarWidget(self)
            calendar.setWindowFlags(Qt.WindowType.Popup)
            calendar.setGridVisible(True)
            calendar.clicked.connect(self._picked)
            calendar.activated.connect(self._picked)
            self._calendar = calendar
        calendar = self._calendar
        calendar.setMinimumDate(QDate(self.minimum) if self.minimum else QDate(1900, 1, 1))
        calendar.setMaximumDate(QDate(self.maximum) if self.maximum else QDate(2199, 12, 31))
        shown = parse_typed_date(self.text()) or _dt.date.today()
        calendar.setSelectedDate(QDate(shown))
        calendar.adjustSize()
        calendar.move(self.mapToGlobal(QPoint(0, self.height())))
        calendar.show()
        calendar.setFocus()
        return calendar

    def _picked(self, day: QDate) -> None:
        if self._calendar is not None:
            self._calendar.hide()
        self.setText(day.toString("yyyy-MM-dd"))
        self._show_problem(None)
        self.setFocus()
        self.date_edited.emit(self.value())
        self.editingFinished.emit()
